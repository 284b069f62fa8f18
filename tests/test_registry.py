"""Every rule is documented with a failing and a passing example, and both behave."""

from __future__ import annotations

from datetime import date

import pytest
from example_documents import document_from_description

from senreport.check import check
from senreport.rules import REGISTRY
from senreport.rules.registry import parse_docstring, rule

EXAMPLE_DAY = date(2026, 11, 23)
RULES = sorted(REGISTRY.values(), key=lambda r: r.code)


def codes_found(example: str, kind: str, form: str = "html") -> set[str]:
    if form == "html":
        result = check(example, source="example.html", kind=kind, today=EXAMPLE_DAY)
    else:  # a described PDF or Word file: make the real file and check it
        data, name = document_from_description(example)
        result = check(data, source=name, kind=kind, today=EXAMPLE_DAY)
        assert result.document.file is not None and result.document.file.format == form
    return {f.code for f in result.findings}


def test_every_family_is_present() -> None:
    assert {r.family for r in RULES} >= {"SR", "AX"}


@pytest.mark.parametrize("registered", RULES, ids=lambda r: r.code)
def test_rule_is_documented(registered) -> None:
    assert registered.summary, f"{registered.code} has no summary line"
    assert registered.bad, f"{registered.code} has no Bad:: example"
    assert registered.good, f"{registered.code} has no Good:: example"
    assert registered.reference


@pytest.mark.parametrize("registered", RULES, ids=lambda r: r.code)
def test_bad_example_fires(registered) -> None:
    if registered.browser_only:
        assert registered.code not in codes_found(registered.bad[0], registered.kinds[0])
        return  # found in the rendered page only (tests/test_browser_check.py)
    for example in registered.bad:
        assert registered.code in codes_found(example, registered.kinds[0],
                                              registered.example_form), example


@pytest.mark.parametrize("registered", RULES, ids=lambda r: r.code)
def test_good_example_is_clean(registered) -> None:
    for example in registered.good:
        assert registered.code not in codes_found(example, registered.kinds[0],
                                                  registered.example_form), example


def test_docstring_examples_are_parsed() -> None:
    summary, description, bad, good = parse_docstring(
        """Short summary.

        Why it matters.

        Bad::

            <p>one</p>
            <p>two</p>

        Good::

            <p>three</p>
        """
    )
    assert summary == "Short summary."
    assert description == "Why it matters."
    assert bad == ("<p>one</p>\n<p>two</p>",)
    assert good == ("<p>three</p>",)


def test_codes_are_checked_and_unique() -> None:
    with pytest.raises(ValueError, match="not of the form"):
        rule("XX1", "bad-code", severity="error", reference="-")
    with pytest.raises(ValueError, match="registered twice"):
        rule("AX101", "again", severity="warning", reference="-")(lambda ctx: [])


@pytest.mark.parametrize("registered", RULES, ids=lambda r: r.code)
def test_rule_page_is_generated_from_the_rule(registered) -> None:
    from senreport.output.rule_docs import rule_page

    page = rule_page(registered)
    assert page.splitlines()[2].startswith(f"{registered.code} {registered.name}")
    assert registered.reference in page
    for example in registered.bad + registered.good:
        assert example.splitlines()[0] in page


def test_rules_docs_command_writes_every_page(tmp_path) -> None:
    from senreport.cli import main

    assert main(["rules", "--docs", str(tmp_path)]) == 0
    written = {p.stem for p in tmp_path.glob("*.rst")}
    assert written == set(REGISTRY) | {"index"}


@pytest.mark.parametrize("registered", RULES, ids=lambda r: r.code)
def test_accessibility_rules_name_their_success_criteria(registered) -> None:
    if registered.family == "AX" and registered.name != "rendered-barrier":  # axe's others
        assert registered.wcag, f"{registered.code} names no WCAG 2.2 success criterion"
    else:
        assert registered.act == () and registered.wcag == ()


def test_act_and_wcag_are_checked() -> None:
    with pytest.raises(ValueError, match="ACT rule id"):
        rule("AX998", "x", severity="warning", reference="-", act=("not-an-id",))
    with pytest.raises(ValueError, match="success criterion"):
        rule("AX999", "y", severity="warning", reference="-", wcag=("9.9.9",))


def test_rules_json_lists_act_and_wcag(capsys) -> None:
    import json

    from senreport.cli import main

    assert main(["rules", "--format", "json"]) == 0
    listed = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed["AX110"]["act"] == ["23a2a8", "7d6734", "8fc3b6"]
    assert listed["AX110"]["wcag"] == ["1.1.1"]
    assert listed["AX123"]["act"] == ["c487ae"]
    assert all(isinstance(r["act"], list) and isinstance(r["wcag"], list)
               for r in listed.values())
    assert next(r for r in listed.values() if r["code"].startswith("SR"))["act"] == []


def test_rule_page_links_its_act_rules_and_criteria() -> None:
    from senreport.output.rule_docs import rule_page

    page = rule_page(REGISTRY["AX123"])
    assert "https://www.w3.org/WAI/standards-guidelines/act/rules/c487ae/" in page
    assert "https://www.w3.org/TR/WCAG22/#link-purpose-in-context" in page
    assert "`4.1.2 Name, Role, Value <https://www.w3.org/TR/WCAG22/#name-role-value>`__" in page
