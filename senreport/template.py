"""Reports as YAML a person edits: a blank one with every prompt, or one filled in."""

from __future__ import annotations

from typing import Any

import yaml

from senreport.catalogue import items_for
from senreport.model import Report


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(str, _str_presenter)


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88)


def report_template(kind: str = "sen-report") -> str:
    """A report to fill in: every item of the kind, with its prompts as comments."""
    out = [
        f"# A {kind} for senreport. Fill in each section's body, then run:",
        "#   senreport check report.yaml",
        "#   senreport render report.yaml --to html",
        f"kind: {kind}",
        "school:",
        "  name: ''",
        "  type: mainstream   # mainstream | nursery | special | post16",
        "senco:",
        "  name: ''           # e.g. Mrs Ayesha Khan",
        "  email: ''",
        "  phone: ''",
        "local_offer:",
        "  authority: ''      # e.g. Exampleshire County Council",
        "  url: ''            # the address of the authority's Local Offer",
        "reviewed: ''         # e.g. 2026-09-01",
        "next_review: ''",
        "sections:",
    ]
    for item in items_for(kind):
        out.append(f"  # {item.id}. {getattr(item, 'wording', '') or item.heading}")
        for question in getattr(item, "faq", ())[:3]:
            out.append(f"  #   Parents ask: {question}")
        for prompt in getattr(item, "prompts", ()) or getattr(item, "requirements", ()):
            out.append(f"  #   - {prompt}")
        out.append(f"  - item: '{item.id}'")
        out.append(f"    title: {_dump(item.heading).strip().removesuffix('...').strip()}")
        out.append("    body: ''")
    return "\n".join(out) + "\n"


def report_yaml(report: Report) -> str:
    """A report as YAML in the shape ``senreport check`` and ``render`` read."""
    data = report.to_dict()
    data = {key: value for key, value in data.items() if value not in (None, {}, "")}
    return _dump(data)
