"""``senreport audit`` end to end, against Local Offer and school sites served locally.

Three authorities answer (one strong, one thin, one with pages robots.txt keeps out of
reach), three do not: one is slow, one answers 500, one forbids crawling.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from audit_sites import NORTHSHIRE, Site, all_sites, schools, site_list

from senreport.audit.rubric import builtin_rubric, rubric_yaml
from senreport.cli.audit import add_audit_parser, run_audit
from senreport.cli.inputs import UserError

TIMEOUT = "0.3"


def audit(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    add_audit_parser(parser.add_subparsers(dest="command"))
    return run_audit(parser.parse_args(["audit", *argv]))


def polite(*argv: str) -> int:
    """An audit of local test sites: allowed, no pause, a short timeout."""
    return audit(*argv, "--allow-private", "--delay", "0", "--timeout", TIMEOUT)


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    with ExitStack() as stack:
        started = all_sites(slow=1.0)
        for site in started.values():
            stack.enter_context(site)
        yield started


@pytest.fixture
def sites_txt(sites: dict[str, Site], tmp_path: Path) -> Path:
    return site_list(sites, tmp_path / "sites.txt")


def load(out: Path) -> dict:
    return json.loads((out / "audit.json").read_text(encoding="utf-8"))


def by_name(results: dict) -> dict[str, dict]:
    return {d["authority"]: d for d in results["documents"]}


def test_scores_evidence_failures_and_outputs(sites: dict[str, Site], sites_txt: Path,
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "trial"
    assert polite(str(sites_txt), "--out", str(out)) == 1  # three sites could not be read
    results = load(out)
    documents = by_name(results)
    assert list(documents) == ["Northshire", "Southshire", "Eastshire"]
    north, south, east = documents.values()
    assert north["scores"]["general.funding"] == "Yes"
    assert north["scores"]["schools.future_steps"] == "Partial"
    assert north["scores"]["post16.future_steps"] == "No"
    assert north["evidence"]["general.funding"][0]["url"] == sites["Northshire"].url + "funding"
    assert north["crawl"]["documents_linked"] == 1 and len(north["pages"]) == len(NORTHSHIRE)
    assert south["scores"]["general.funding"] == "Partial"
    # robots.txt keeps /private/ out of reach: its mention of custody is never seen
    assert east["scores"]["post16.future_steps"] == "No"
    assert east["scores"]["general.graduated_approach"] == "Yes"
    skipped = {s["url"].rsplit("/", 1)[-1]: s["reason"] for s in east["crawl"]["skipped"]}
    assert "larger than 2 MB" in skipped["big"] and "404" in skipped["missing"]
    assert sites["Eastshire"].requests["/private/draft"] == 0

    summary = results["summary"]
    reasons = {f["authority"]: f["error"] for f in summary["failures"]}
    assert "did not answer within 0.3 seconds" in reasons["Slowshire"]
    assert "answered 500" in reasons["Brokenshire"]
    assert "robots.txt asks crawlers not to read" in reasons["Westshire"]
    assert summary["documents"] == 3 and summary["failed"] == 3
    assert summary["rubric_version"] == "2014-nw-1"
    assert all(d["rubric_version"] == "2014-nw-1" and d["rubric"]["fingerprint"]
               for d in results["documents"])
    # the contract: one check object per document
    for document in results["documents"]:
        assert {"kind", "source", "coverage", "facts", "findings", "summary"} <= set(document)
        assert len(document["coverage"]) == 13

    rows = list(csv.DictReader(io.StringIO((out / "audit.csv").read_text(encoding="utf-8"))))
    assert len(rows) == 3 * 13 + 3 and {r["rubric_version"] for r in rows} == {"2014-nw-1"}
    html = (out / "report.html").read_text(encoding="utf-8")
    for text in ("Executive summary", "Trends by section", "Examples of best practice",
                 "Recommendations", "Summary by authority", "Areas for future work",
                 "Slowshire", "answered 500"):
        assert text in html
    adviser = (out / "adviser.yaml").read_text(encoding="utf-8")
    assert '"Northshire":\n  "schools.future_steps":' in adviser
    captured = capsys.readouterr()
    assert str(out / "report.html") in captured.out
    assert "[4/6] Slowshire: not audited: the web server did not answer" in captured.err
    assert "[1/6] Northshire: 8 pages, Yes 11, Partial 1, No 1" in captured.err


def test_a_rerun_resumes_and_keeps_the_advisers_work(sites: dict[str, Site], sites_txt: Path,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "review"
    polite(str(sites_txt), "--out", str(out))
    adviser = out / "adviser.yaml"
    adviser.write_text(adviser.read_text(encoding="utf-8").replace(
        '"schools.future_steps":  # Schools: Future steps\n    score: null\n    comment: ""',
        '"schools.future_steps":  # Schools: Future steps\n    score: "Yes"\n'
        '    comment: "Post-16 options are covered in the Preparing for Adulthood pages."'),
        encoding="utf-8")
    before = {name: site.total() for name, site in sites.items()}
    capsys.readouterr()

    assert polite(str(sites_txt), "--out", str(out)) == 1
    after = {name: site.total() - before[name] for name, site in sites.items()}
    assert after["Northshire"] == after["Southshire"] == after["Eastshire"] == 0
    assert after["Brokenshire"] > 0 and after["Slowshire"] > 0  # failed sites are retried
    assert "[1/6] Northshire: audited in an earlier run" in capsys.readouterr().err
    kept = adviser.read_text(encoding="utf-8")
    assert "Post-16 options are covered in the Preparing for Adulthood pages." in kept
    north = by_name(load(out))["Northshire"]
    assert north["scores"]["schools.future_steps"] == "Partial"
    assert north["final_scores"]["schools.future_steps"] == "Yes"
    assert north["adviser"]["schools.future_steps"]["comment"].startswith("Post-16 options")
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Post-16 options are covered in the Preparing for Adulthood pages." in html
    assert "(adviser; automatic Partial)" in html

    before = sites["Northshire"].total()
    polite(str(sites_txt), "--out", str(out), "--fresh", "--quiet")
    assert sites["Northshire"].total() - before == len(NORTHSHIRE) + 1  # robots.txt too
    assert "Preparing for Adulthood" in adviser.read_text(encoding="utf-8")


def test_an_amended_rubric_is_recorded_and_compared(sites: dict[str, Site], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    trial = tmp_path / "trial"
    targets = site_list({k: sites[k] for k in ("Northshire", "Southshire")},
                        tmp_path / "trial.txt")
    polite(str(targets), "--out", str(trial), "--quiet")
    amended = rubric_yaml(builtin_rubric()).replace("version: 2014-nw-1", "version: 2014-nw-2")
    amended = amended.replace("  - top-up funding\n  - top up funding\n", "").replace(
        "  - top-up\n", "")
    rubric = tmp_path / "rubric-2014-nw-2.yaml"
    rubric.write_text(amended, encoding="utf-8")
    capsys.readouterr()

    review = tmp_path / "review"
    polite(str(targets), "--out", str(review), "--rubric", str(rubric), "--compare", str(trial))
    results = load(review)
    assert results["summary"]["rubric_version"] == "2014-nw-2"
    assert {d["rubric_version"] for d in results["documents"]} == {"2014-nw-2"}
    south = by_name(results)["Southshire"]
    assert south["scores"]["general.funding"] == "No"  # its only mention was a removed cue
    changes = list(csv.DictReader(io.StringIO((review / "compare.csv").read_text("utf-8"))))
    assert {"authority": "Southshire", "line_id": "general.funding", "old_score": "Partial",
            "new_score": "No", "direction": "worse", "old_rubric_version": "2014-nw-1",
            "new_rubric_version": "2014-nw-2"} in changes
    err = capsys.readouterr().err
    assert "(rubric 2014-nw-1 to 2014-nw-2)" in err
    assert "Changes since the earlier review" in (review / "report.html").read_text("utf-8")

    # the same folder with another rubric starts afresh rather than mixing versions
    polite(str(targets), "--out", str(trial), "--rubric", str(rubric))
    assert "Starting afresh: the rubric has changed" in capsys.readouterr().err
    assert load(trial)["summary"]["rubric_version"] == "2014-nw-2"


def test_private_addresses_are_refused_without_allow_private(
        sites: dict[str, Site], capsys: pytest.CaptureFixture[str]) -> None:
    before = sites["Northshire"].total()
    assert audit(sites["Northshire"].url, "--delay", "0", "--format", "json") == 1
    results = json.loads(capsys.readouterr().out)
    assert results["documents"] == []
    assert "refused: 127.0.0.1 is a private, loopback or link-local address" in \
        results["summary"]["failures"][0]["error"]
    assert sites["Northshire"].total() == before


@pytest.mark.parametrize("fmt, check", [
    ("csv", lambda text: text.startswith("authority,source,rubric_version")),
    ("html", lambda text: text.startswith("<!DOCTYPE html>")),
    ("json", lambda text: json.loads(text)["summary"]["documents"] == 1),
])
def test_printed_formats_without_an_output_folder(sites: dict[str, Site], fmt: str, check,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert polite(sites["Northshire"].url, "--format", fmt, "--quiet") == 0
    assert check(capsys.readouterr().out)


def test_local_files_and_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "Northshire"
    folder.mkdir()
    for path, text in NORTHSHIRE.items():
        (folder / f"{path.strip('/') or 'index'}.html").write_text(text, encoding="utf-8")
    single = tmp_path / "funding.html"
    single.write_text(NORTHSHIRE["/funding"], encoding="utf-8")
    listing = tmp_path / "local.txt"
    listing.write_text("Funding only funding.html\n", encoding="utf-8")
    assert audit(str(folder), str(listing), "--format", "json", "--quiet") == 0
    documents = by_name(json.loads(capsys.readouterr().out))
    assert documents["Northshire"]["scores"]["general.funding"] == "Yes"
    assert len(documents["Northshire"]["pages"]) == len(NORTHSHIRE)
    assert documents["Funding only"]["scores"]["general.funding"] == "Yes"
    assert documents["Funding only"]["scores"]["general.feedback"] == "No"
    assert documents["Funding only"]["evidence"]["general.funding"][0]["url"] == str(single)


def test_schools_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Site(schools()) as site:
        listing = tmp_path / "schools.txt"
        listing.write_text(f"Oak Primary {site.url}oak/sen-report\n"
                           f"Elm Junior {site.url}elm/sen-report\n", encoding="utf-8")
        out = tmp_path / "schools"
        polite(str(listing), "--kind", "sen-report", "--out", str(out), "--quiet")
        assert site.requests["/robots.txt"] == 1  # read once for the host
    documents = by_name(load(out))
    oak, elm = documents["Oak Primary"], documents["Elm Junior"]
    assert set(oak["scores"].values()) == {"Yes"} and len(oak["scores"]) == 19
    assert elm["scores"]["9"] == "No" and elm["scores"]["4"] == "Partial"
    assert elm["rubric_version"] == "send-regs-2014-schedule-1"
    assert any(f["code"].startswith("SR") for f in elm["findings"])
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Summary by school" in html and "SENCO, staff and resources" in html


def test_usage_mistakes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UserError, match="give at least one web address"):
        audit("--out", str(tmp_path / "empty"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: x\nlines: []\n", encoding="utf-8")
    with pytest.raises(UserError, match="'lines' must list"):
        audit("https://lo.example/", "--rubric", str(bad))
    with pytest.raises(UserError, match="--rubric is for Local Offer audits"):
        audit("https://lo.example/", "--rubric", str(bad), "--kind", "sen-report")
    out = tmp_path / "out"
    out.mkdir()
    (out / "adviser.yaml").write_text("A:\n  x.y:\n    score: Perhaps\n", encoding="utf-8")
    with pytest.raises(UserError, match="not one of Yes, Partial or No"):
        audit("https://lo.example/", "--out", str(out))
    listing = tmp_path / "sites.txt"
    listing.write_text("A https://a.example\nB nowhere\n", encoding="utf-8")
    with pytest.raises(UserError, match="sites.txt, line 2: 'nowhere' is not a web address"):
        audit(str(listing))
    assert audit("--print-rubric") == 0
    assert capsys.readouterr().out.startswith("# senreport rubric")
