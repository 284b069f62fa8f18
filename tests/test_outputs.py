"""Fingerprints and acknowledgements, and the SARIF and HTML outputs."""

from __future__ import annotations

import json
from datetime import date

from lxml import html as lxml_html

from senreport.check import check
from senreport.cli import main
from senreport.output import format_result

TODAY = date(2026, 11, 23)
PAGE = "<h2>Our sensory room</h2>\n<p>Children use it every day.</p>\n<img src='room.jpg'>\n"


def _image_finding(page: str):
    return next(f for f in check(page, today=TODAY).findings if f.code == "AX110")


def test_fingerprint_survives_unrelated_edits() -> None:
    before = _image_finding(PAGE)
    edited = "<h2>Welcome</h2><p>A new paragraph at the top.</p>\n" + PAGE.replace(
        "every day", "every single day")
    after = _image_finding(edited)
    assert before.location != after.location
    assert before.fingerprint == after.fingerprint


def test_fingerprints_differ_for_different_problems() -> None:
    page = PAGE + "<img src='hall.jpg'>\n<img src='hall.jpg'>\n"
    prints = [f.fingerprint for f in check(page, today=TODAY).findings if f.code == "AX110"]
    assert len(prints) == 3 and len(set(prints)) == 3


def test_acknowledged_findings_are_reported_not_hidden(tmp_path, capsys) -> None:
    fingerprint = _image_finding(PAGE).fingerprint
    page = tmp_path / "p.html"
    page.write_text(PAGE)
    acks = tmp_path / "acks.json"
    acks.write_text(json.dumps({fingerprint: "The photo is decorative; alt added next term."}))
    main(["check", str(page), "--format", "json", "--today", "2026-11-23",
          "--acknowledged", str(acks)])
    data = json.loads(capsys.readouterr().out)
    image = next(f for f in data["findings"] if f["code"] == "AX110")
    assert image["acknowledged"] == {"reason": "The photo is decorative; alt added next term."}
    assert data["summary"]["acknowledged"] == 1


def test_acknowledged_error_no_longer_fails_the_check() -> None:
    page = "<h2>Contact</h2><p>Please ring the office.</p>"
    result = check(page, today=TODAY)
    errors = {f.fingerprint: "Being written by the SENCO" for f in result.findings
              if f.severity == "error"}
    assert result.exit_code == 1
    assert check(page, today=TODAY, acknowledgements=errors).exit_code == 0


def test_sarif_is_2_1_0_with_rules_and_results() -> None:
    result = check(PAGE, source="page.html", today=TODAY)
    sarif = json.loads(format_result(result, "sarif"))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert len(run["results"]) == len(result.findings)
    for entry in run["results"]:
        assert rule_ids[entry["ruleIndex"]] == entry["ruleId"]
        assert entry["level"] in ("error", "warning", "note")
    image = next(r for r in run["results"] if r["ruleId"] == "AX110")
    assert image["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert image["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "page.html"


def test_html_report_reproduces_the_self_evaluation_table() -> None:
    result = check(PAGE, source="page.html", today=TODAY)
    page = lxml_html.document_fromstring(format_result(result, "html"))
    headers = [th.text_content() for th in page.xpath("//table[1]/thead//th")]
    assert headers == ["Information about your school", "In place", "Partly", "Not in place",
                       "Comments"]
    rows = page.xpath("//table[1]/tbody/tr")
    assert len(rows) == 19
    assert rows[0].xpath("th")[0].text_content().startswith("1. The kinds of special")
    # Nothing of item 1 is there: its mark is in the "Not in place" column.
    assert "Not in place" in rows[0].xpath("td")[2].text_content()
    assert page.get("lang") == "en-GB"
    assert "AX110" in page.text_content()
