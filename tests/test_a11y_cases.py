"""The AX rules on accessibility cases written in the W3C ACT rules' style.

Tuning cases (tests/a11y_cases/tuning.yaml) must each come out right. Held-out cases
(heldout.yaml) were written before the rules were tuned and are judged only as a whole:
at least 90% of failures caught and at most 3% false alarms, the issue's bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y_corpus import Case, act_examples, codes_for, fired, load, score

from senreport.check import check
from senreport.readers.structured import load_report
from senreport.rules import REGISTRY
from senreport.writers.blocks import render_blocks
from senreport.writers.html import render_page

TUNING = load("tuning")
EXAMPLE = Path(__file__).parent.parent / "senreport" / "examples" / "oakfield-primary.yaml"


@pytest.mark.parametrize("case", TUNING, ids=lambda c: f"{c.name}-{c.target}-{c.expect}")
def test_tuning_case(case: Case) -> None:
    assert codes_for(case.target), f"no AX rule answers for {case.target}"
    if case.expect == "failed":
        assert fired(case), case.html
    else:
        assert not fired(case), case.html


def test_held_out_cases_meet_the_bar() -> None:
    result = score(load("heldout"))
    assert result.failed >= 30 and result.clean >= 30
    assert result.caught_rate >= 0.90, [c.html for c in result.missed]
    assert result.false_alarm_rate <= 0.03, [c.html for c in result.alarms]


def test_every_act_rule_of_the_registry_has_cases_of_every_outcome() -> None:
    cases = TUNING + load("heldout")
    for act_id in {a for r in REGISTRY.values() if not r.browser_only
                   for a in r.act} - {"afw4f7"}:
        outcomes = {c.expect for c in cases if c.target == act_id}
        assert outcomes >= {"failed", "passed"}, act_id


def test_act_examples_are_read_from_a_copy_of_the_rules(tmp_path) -> None:
    rules = tmp_path / "_rules"
    rules.mkdir()
    (rules / "image-non-empty-accessible-name-23a2a8.md").write_text(
        "---\nid: 23a2a8\n---\n#### Passed Example 1\n\ntext\n\n```html\n<img alt=\"a\">\n```\n"
        "#### Failed Example 1\n\n```html\n<img src=\"b.png\">\n```\n", encoding="utf-8")
    (rules / "other-zzzzzz.md").write_text("---\nid: zzzzzz\n---\n#### Failed Example 1\n"
                                           "```html\n<p>x</p>\n```\n", encoding="utf-8")
    examples = act_examples(rules)
    assert [(c.target, c.expect) for c in examples] == [("23a2a8", "passed"),
                                                         ("23a2a8", "failed")]
    assert score(examples).caught_rate == 1.0 and score(examples).false_alarm_rate == 0.0


@pytest.mark.parametrize("render", [render_page, render_blocks], ids=["page", "blocks"])
def test_no_ax_finding_on_the_projects_own_output(render) -> None:
    report = load_report(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE))
    result = check(render(report), source="example.html", families=["AX"])
    assert [(f.code, f.excerpt) for f in result.findings] == []
