"""Documentation pages generated from the rules themselves (reStructuredText)."""

from __future__ import annotations

from pathlib import PurePosixPath

from senreport.rules import REGISTRY, Rule
from senreport.rules.registry import FAMILIES
from senreport.rules.wcag import act_url, criterion_title, criterion_url

_SEVERITY_WORDS = {
    "error": "error: a legal requirement",
    "warning": "warning: something that should be put right",
    "info": "note: good practice",
}


def _title(text: str, underline: str) -> str:
    return f"{text}\n{underline * len(text)}\n"


def _code_block(example: str, form: str = "html") -> str:
    body = "\n".join("   " + line if line else "" for line in example.splitlines())
    language = "html" if form == "html" else "yaml"  # a document is described, key: value
    return f".. code-block:: {language}\n\n{body}\n"


def rule_page(rule: Rule) -> str:
    """One rule's page: what it checks, why, its reference and its examples."""
    parts = [
        f".. _rule-{rule.code}:\n",
        _title(f"{rule.code} {rule.name}", "="),
        f"{rule.summary}\n",
        f":Severity: {_SEVERITY_WORDS[rule.severity]}",
        f":Family: {FAMILIES[rule.family]}",
        f":Applies to: {', '.join(rule.kinds)}",
        f":Reference: {rule.reference}",
    ]
    if rule.wcag:
        parts.append(":WCAG 2.2: " + ", ".join(
            f"`{criterion_title(sc)} <{criterion_url(sc)}>`__" for sc in rule.wcag))
    if rule.act:
        parts.append(":W3C ACT rules: " + ", ".join(
            f"`{act_id} <{act_url(act_id)}>`__" for act_id in rule.act))
    if rule.browser_only:
        parts.append(":Checked: only in the page as a web browser shows it "
                     "(``senreport check --browser``)")
    parts[-1] += "\n"
    if rule.description:
        parts.append(rule.description + "\n")
    for heading, examples in (("Fails", rule.bad), ("Passes", rule.good)):
        parts.append(_title(heading, "-"))
        parts.extend(_code_block(example, rule.example_form) for example in examples)
    return "\n".join(parts)


def index_page() -> str:
    """The rule reference's index: every family and its rules."""
    parts = [_title("Rule reference", "="),
             "Every rule senreport applies, generated from the rules themselves.\n"]
    for family, name in FAMILIES.items():
        members = [r for code, r in sorted(REGISTRY.items()) if r.family == family]
        if not members:
            continue
        parts.append(_title(f"{family}: {name}", "-"))
        parts.append(".. toctree::\n   :maxdepth: 1\n")
        parts.extend(f"   {r.code}" for r in members)
        parts.append("")
    return "\n".join(parts)


def rule_pages() -> dict[str, str]:
    """File name -> page text, for every rule and the index."""
    pages = {str(PurePosixPath(f"{code}.rst")): rule_page(r) for code, r in REGISTRY.items()}
    pages["index.rst"] = index_page()
    return pages
