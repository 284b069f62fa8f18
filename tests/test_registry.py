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
