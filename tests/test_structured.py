"""YAML/JSON reports: loaded into the model, with errors that name the line and the field."""

from __future__ import annotations

from datetime import date

import pytest

from senreport.readers.structured import ReportError, load_report


def test_loads_every_field() -> None:
    report = load_report(
        """
kind: sen-report
school: {name: Oakfield, type: nursery}
senco: {name: Mrs Khan, email: senco@oak.sch.uk, phone: 01632 960123}
local_offer: {authority: Exampleshire, url: "https://ex.gov.uk/lo"}
reviewed: 2026-09-01
next_review: "2027-09-01"
sections:
  - item: "1"
    body: Plain text & more
  - {item: other, title: Extra, body: "<p>Hi</p>"}
"""
    )
    assert report.school.type == "nursery"
    assert report.senco.email == "senco@oak.sch.uk"
    assert report.reviewed == date(2026, 9, 1) and report.next_review == date(2027, 9, 1)
    assert report.sections[0].body == "<p>Plain text &amp; more</p>"
    assert report.sections[0].title  # the catalogue's heading fills an empty title
    assert report.sections[1].item == "other"


def test_json_is_read_too() -> None:
    report = load_report('{"kind": "sen-report", "sections": [{"item": "13", "body": "x"}]}')
    assert report.sections[0].item == "13"


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("kind: sen-report\nschool:\n  type: academy\n", 3, "school.type"),
        ("sections:\n  - item: '1'\n  - item: '3h'\n", 3, "sections[1].item"),
        ("senco:\n  email: not-an-email\n", 2, "senco.email"),
        ("reviewed: last year\n", 1, "reviewed"),
        ("sections:\n  - body: hello\n", 2, "sections[0].item"),
        ("colour: blue\n", 1, "colour"),
        ("sections:\n  - item: '1'\n  - item: '1'\n", 3, "sections[1].item"),
        ("local_offer:\n  url: exampleshire.gov.uk\n", 2, "local_offer.url"),
    ],
)
def test_errors_name_line_and_field(text: str, line: int, field: str) -> None:
    with pytest.raises(ReportError) as error:
        load_report(text, "report.yaml")
    message = str(error.value)
    assert message.startswith(f"report.yaml, line {line}: {field}:"), message
    assert "\n" not in message


def test_malformed_yaml_names_the_line() -> None:
    with pytest.raises(ReportError, match=r"report.yaml, line \d+: .*not valid YAML"):
        load_report("kind: sen-report\nsections:\n  - item: [1\n", "report.yaml")


def test_empty_file() -> None:
    with pytest.raises(ReportError, match="empty"):
        load_report("", "r.yaml")
