"""Scoring across pages, the adviser's file, comparisons, results, site lists and state."""

from __future__ import annotations

import csv
import io
import json

import pytest
from audit_sites import NORTHSHIRE, SOUTHSHIRE

from senreport.audit.adviser import (
    AdviserError,
    Judgement,
    adviser_yaml,
    apply_judgements,
    parse_adviser,
    with_places,
)
from senreport.audit.compare import compare_results, comparison_csv, comparison_text
from senreport.audit.results import build_results, results_csv
from senreport.audit.rubric import builtin_rubric, catalogue_rubric
from senreport.audit.scoring import combine, excerpt, score_page
from senreport.audit.state import is_done, mismatch, new_state, outcomes, parse_state, record
from senreport.audit.targets import (
    Target,
    TargetError,
    looks_like_site_list,
    named,
    parse_site_list,
)

RUBRIC = builtin_rubric()


def audit(pages: dict[str, str], name: str, base: str = "https://lo.example") -> dict:
    scored = [score_page(text, base + path, RUBRIC) for path, text in pages.items()]
    return combine(scored, RUBRIC, authority=name, source=base + "/")


@pytest.fixture(scope="module")
def north() -> dict:
    return audit(NORTHSHIRE, "Northshire")


@pytest.fixture(scope="module")
def south() -> dict:
    return audit(SOUTHSHIRE, "Southshire", "https://south.example")


def test_the_best_page_decides_each_line_with_its_evidence(north: dict) -> None:
    scores = north["scores"]
    assert scores["general.funding"] == "Yes" and scores["post16.future_steps"] == "No"
    assert scores["schools.future_steps"] == "Partial"
    assert sum(s == "Yes" for s in scores.values()) == 11
    funding = north["evidence"]["general.funding"][0]
    assert funding["url"] == "https://lo.example/funding"
    assert funding["heading"] == "Budget and top-up funding information"
    assert "top-up funding (element 3)" in funding["excerpt"]
    assert north["evidence"]["early_years.future_steps"][0]["url"].endswith("/early-years")
    assert north["evidence"]["post16.future_steps"] == []
    assert north["coverage"]["general.funding"] == "in_place"  # the contract's words
    assert north["rubric_version"] == "2014-nw-1" and len(north["pages"]) == len(NORTHSHIRE)


def test_one_finding_per_line_not_in_place_for_the_authority(north: dict) -> None:
    lines = [f for f in north["findings"] if f["code"].startswith("LO")]
    assert {f["item"]: f["severity"] for f in lines} == {
        "schools.future_steps": "info", "post16.future_steps": "warning"}
    assert lines[0]["location"]["url"] == "https://lo.example/schools"
    assert all(f["location"]["url"].startswith("https://lo.example")
               for f in north["findings"] if f["location"])
    assert north["summary"]["warnings"] >= 1


def test_passing_mentions_are_partial(south: dict) -> None:
    scores = south["scores"]
    assert scores["general.funding"] == scores["early_years.admission"] == "Partial"
    assert scores["general.graduated_approach"] == "No"
    assert south["evidence"]["general.funding"][0]["excerpt"] == (
        "Schools can ask for top-up funding for some pupils.")


def test_schools_score_schedule_1_with_items_that_do_not_apply() -> None:
    rubric = catalogue_rubric("sen-report")
    html = "<h2>Our SENCO</h2><p>Our SENCO is Mrs Khan, senco@oak.sch.uk, 01632 960123.</p>"
    special = combine([score_page(html, "https://oak.example/sen", rubric,
                                  school_type="special")], rubric, authority="Oak",
                      source="https://oak.example/sen")
    assert special["scores"]["4"] == "n/a" and special["scores"]["2"] == "n/a"
    assert special["coverage"]["4"] == "in_place"
    assert special["scores"]["9"] == "No"
    assert any(f["code"].startswith("SR") for f in special["findings"])


def test_excerpts_are_cut_at_a_word() -> None:
    assert excerpt("one two three", 9) == "one two\u2026"
    assert excerpt("  short   text ") == "short text"


def test_adviser_file_round_trip_and_places(north: dict, south: dict) -> None:
    judgements = parse_adviser('"Southshire":\n  general.funding:\n    score: yes\n'
                               '    comment: Banding is in the PDF guide.\n')
    assert judgements["Southshire"]["general.funding"] == Judgement(
        "Yes", "Banding is in the PDF guide.")
    merged, added = with_places(judgements, [north, south])
    assert added == 4  # Northshire 1, Southshire 4 Partial lines, one already judged
    assert merged["Southshire"]["general.funding"].score == "Yes"
    text = adviser_yaml(merged, RUBRIC)
    assert "# General considerations: Budget and top-up funding information" in text
    assert parse_adviser(text) == merged
    applied = apply_judgements(south, merged)
    assert applied["final_scores"]["general.funding"] == "Yes"
    assert applied["final_scores"]["general.feedback"] == "Partial"
    assert applied["adviser"]["general.funding"]["comment"] == "Banding is in the PDF guide."


@pytest.mark.parametrize("text, message", [
    ("Southshire: [1, 2]", "list rubric lines"),
    ("Southshire:\n  general.funding:\n    score: Maybe\n", "not one of Yes, Partial or No"),
    ("Southshire:\n  general.funding: [x]\n", "give a 'score' and a 'comment'"),
    ("Southshire: {\n", "line 2: this is not valid YAML"),
])
def test_adviser_file_errors(text: str, message: str) -> None:
    with pytest.raises(AdviserError, match=message):
        parse_adviser(text, "adviser.yaml")


def test_unquoted_yes_and_no_are_read_as_scores() -> None:
    judged = parse_adviser("A:\n  x.y:\n    score: no\n  x.z:\n    score:\n")
    assert judged["A"]["x.y"].score == "No" and judged["A"]["x.z"] == Judgement()


def test_results_summary_and_csv(north: dict, south: dict) -> None:
    failure = {"authority": "Brokenshire", "source": "https://b.example/",
               "error": "the web server answered 500"}
    south = {**south, "evidence": {**south["evidence"], "general.funding": [
        {"excerpt": "=HYPERLINK(\"http://evil\")", "url": "https://south.example/x"}]}}
    results = build_results([north, south], [failure], RUBRIC, {}, "2026-11-23T10:00:00+00:00")
    summary = results["summary"]
    assert summary["documents"] == 2 and summary["failed"] == 1
    assert summary["failures"] == [failure] and summary["rubric_version"] == "2014-nw-1"
    assert summary["scores"]["Yes"] == 11 and summary["partial_awaiting_adviser"] == 5
    rows = list(csv.DictReader(io.StringIO(results_csv(results, RUBRIC))))
    assert len(rows) == 2 * 13 + 1 and rows[-1]["status"] == "failed"
    funding = next(r for r in rows if r["authority"] == "Southshire"
                   and r["line_id"] == "general.funding")
    assert funding["evidence"].startswith("'=HYPERLINK")  # never run as a formula
    assert all(r["rubric_version"] == "2014-nw-1" for r in rows)


def test_compare_two_audits(north: dict, south: dict) -> None:
    old = build_results([north, south], [], RUBRIC)
    changed = {**south, "scores": {**south["scores"], "general.funding": "No",
                                   "general.graduated_approach": "Yes"}}
    new = build_results([north, changed], [], RUBRIC)
    new["summary"]["rubric_version"] = "2014-nw-2"
    comparison = compare_results(old, new)
    assert comparison["changes"] == [
        {"authority": "Southshire", "line_id": "general.funding", "old": "Partial",
         "new": "No", "direction": "worse"},
        {"authority": "Southshire", "line_id": "general.graduated_approach", "old": "No",
         "new": "Yes", "direction": "better"}]
    assert comparison["unchanged"] == 24
    assert "(rubric 2014-nw-1 to 2014-nw-2): 2 scores changed for 1 authority (1 up, 1 down)" \
        in comparison_text(comparison)
    assert comparison_csv(comparison).splitlines()[1].startswith("Southshire,general.funding")


def test_site_lists() -> None:
    text = ("# trial\n\nExampleshire https://lo.example/\n\"Greater City\", https://gc.example\n"
            "https://plain.example/send/\nFolder pages/home.html\n")
    assert looks_like_site_list(text) and not looks_like_site_list("<html></html>")
    targets = named(parse_site_list(text))
    assert [t.name for t in targets] == ["Exampleshire", "Greater City",
                                         "plain.example/send", "Folder"]
    assert targets[3].location == "pages/home.html" and not targets[3].is_url
    with pytest.raises(TargetError, match="line 2: 'nowhere' is not a web address"):
        parse_site_list("A https://a.example\nB nowhere\n", "sites.txt")
    twice = named([Target("https://a.example/"), Target("https://a.example/")])
    assert [t.name for t in twice] == ["a.example", "a.example (2)"]


def test_state_resumes_only_with_the_same_rubric(north: dict) -> None:
    state = new_state(RUBRIC)
    done, failed = Target("https://lo.example/", "Northshire"), Target("https://b.example/", "B")
    record(state, done, document=north)
    record(state, failed, failure={"authority": "B", "source": "x", "error": "500"})
    assert is_done(state, done) and not is_done(state, failed)
    assert outcomes(state, [failed, done]) == ([north], [{"authority": "B", "source": "x",
                                                         "error": "500"}])
    assert parse_state(json.dumps(state)) == json.loads(json.dumps(state))
    assert parse_state("{broken") is None and mismatch(state, RUBRIC) is None
    assert "audited local-offer, this one sen-report" in mismatch(
        state, catalogue_rubric("sen-report"))
    other = new_state(RUBRIC)
    other["rubric"]["fingerprint"] = "0"
    assert "the rubric has changed since the earlier run" in mismatch(other, RUBRIC)
