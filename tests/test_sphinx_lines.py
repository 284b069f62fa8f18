"""Findings placed at lines of the report file (sphinx_senreport.yaml_lines)."""

from __future__ import annotations

import json
from datetime import date

from senreport.check import check
from senreport.findings import Finding, Location
from sphinx_senreport.yaml_lines import report_lines

REPORT = """\
kind: sen-report
school:
  name: Example School
senco:
  name: Ms Example
reviewed: 2020-09-01
sections:
  - item: "1"
    title: What needs do we provide for?
    body: |
      We support children with autism, dyslexia and speech and language needs
      in all four broad areas of need.
  - title: How do we find out?
    item: "2"
    body: We check every child's progress each term.
"""


def _finding(code: str, item: str | None = None, excerpt: str = "",
             xpath: str | None = None) -> Finding:
    return Finding(code=code, severity="error", message="", item=item, excerpt=excerpt,
                   location=Location(xpath=xpath, line=99) if xpath else None)


def test_fields_and_sections_have_lines() -> None:
    lines = report_lines(REPORT)
    assert lines.fields["reviewed"] == 6
    assert lines.fields["senco.name"] == 5
    assert lines.fields["sections"] == 7
    assert lines.sections["1"] == (8, 8, 12)
    assert lines.sections["2"][0] == 14  # the item: line, wherever it stands in the entry
    assert lines.order == ["1", "2"]
    assert lines.field_given("school.name") and not lines.field_given("school.type")


def test_a_finding_points_at_its_section_field_or_the_sections_list() -> None:
    lines = report_lines(REPORT)
    assert lines.line_of(_finding("SR101", item="1")) == 8
    assert lines.line_of(_finding("SR102", item="2")) == 14
    assert lines.line_of(_finding("SR105", item="5")) == 7  # missing: add it to sections
    assert lines.line_of(_finding("SR140")) == 6  # the review date
    assert lines.line_of(_finding("SR121", item="4")) == 4  # no email or phone: senco:
    assert lines.line_of(_finding("SR151")) == 1  # about the whole report


def test_text_findings_point_at_the_line_of_their_text() -> None:
    lines = report_lines(REPORT)
    found = _finding("PL103", excerpt="in all four broad areas of need.",
                     xpath="/html/body/div/section[1]/p")
    assert lines.line_of(found) == 12
    unknown_text = _finding("AX101", excerpt="Nothing like this", xpath="/html/body/div/section[2]")
    assert lines.line_of(unknown_text) == 14


def test_real_findings_of_a_check_land_on_real_lines() -> None:
    result = check(REPORT, source="x.yaml", today=date(2026, 10, 1))
    lines = report_lines(REPORT)
    placed = {(f.code, lines.line_of(f)) for f in result.findings}
    assert ("SR140", 6) in placed
    assert ("SR105", 7) in placed


def test_json_reports_have_lines_too() -> None:
    text = json.dumps({"kind": "sen-report", "sections": [{"item": "1", "body": "x"}]},
                      indent=2)
    lines = report_lines(text)
    assert lines.line_of(_finding("SR101", item="1")) == text.splitlines().index(
        '      "item": "1",') + 1


def test_unreadable_text_falls_back_to_line_one() -> None:
    assert report_lines("key: [unclosed").line_of(_finding("SR101", item="1")) == 1
