"""``senreport check --browser``: the rendered page judged by axe-core in Debian's Chromium."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from senreport.check import check
from senreport.cli import main
from senreport.cli.browser import CHROMIUM
from senreport.rules import REGISTRY
from senreport.rules.accessibility.rendered import AXE_TO_AX, OTHER, merge, rendered_findings

REPO = Path(__file__).resolve().parent.parent
PAGE = """<html lang="en-GB"><head><title>SEN Information Report</title>
<style>.pale { color: #bbbbbb; }</style></head>
<body><main><h1>SEN Information Report</h1>
<img src="senco.png">
<p class="pale">Contact the SENCO on 0113 496 0000.</p>
<p style="color:#aaaaaa">Our SENCO works three days a week.</p>
<form><button><span class="icon-search"></span></button></form>
<p><a href="/policy">Read our SEND policy</a></p>
<script>document.querySelector("main").insertAdjacentHTML("beforeend",
  '<p id="added"><a href="/news"><img src="news.png" alt=""></a></p>');</script>
</main></body></html>
"""


def test_rendered_findings_are_located_mapped_and_merged() -> None:
    result = check(PAGE, source="page.html", families=["AX"])
    violations = [
        {"id": "image-alt", "help": "Images must have alternate text",
         "nodes": [{"xpath": ["/html/body/main/img"], "html": '<img src="senco.png">'}]},
        {"id": "button-name", "help": "Buttons must have discernible text",
         "nodes": [{"xpath": ["/html/body/main/form/button"], "html": "<button>"}]},
        {"id": "scrollable-region-focusable", "help": "Scrollable region must be focusable",
         "nodes": [{"xpath": ["/html/body/nowhere"], "html": "<div>"}]},
    ]
    rendered = rendered_findings(result.document, violations)
    assert [(f.code, f.location.xpath if f.location else None) for f in rendered] == [
        ("AX110", "/html/body/main/img"), ("AX201", "/html/body/main/form/button"),
        (OTHER, "/html/body/nowhere")]
    assert all(f.message.endswith(".") and f.severity == "warning" for f in rendered)
    merged = merge(result.findings, rendered)
    assert [f.code for f in merged].count("AX110") == 1  # both layers found it: once
    assert {"AX201", OTHER} <= {f.code for f in merged}
    assert len({f.fingerprint for f in merged}) == len(merged)


def test_every_axe_rule_answers_to_a_registered_code() -> None:
    assert set(AXE_TO_AX.values()) | {OTHER} <= set(REGISTRY)
    assert all(REGISTRY[code].browser_only for code in ("AX202", "AX203", "AX204", OTHER))


def ensure_chromium() -> None:
    """Debian's chromium, installed by scripts/install-browser.sh when missing (never skipped)."""
    if not os.access(CHROMIUM, os.X_OK):
        result = subprocess.run(["bash", str(REPO / "scripts" / "install-browser.sh")],
                                capture_output=True, text=True, timeout=900)
        if result.returncode != 0 or not os.access(CHROMIUM, os.X_OK):
            pytest.fail(f"{CHROMIUM} is missing and could not be installed:\n"
                        f"{result.stderr[-2000:]}", pytrace=False)


def test_check_browser_adds_what_only_the_rendered_page_shows(tmp_path, capsys) -> None:
    page = tmp_path / "report.html"
    page.write_text(PAGE, encoding="utf-8")
    ensure_chromium()
    # exit 1 both times: the page lacks the report's statutory items (SR errors)
    assert main(["check", str(page), "--format", "json"]) == 1
    static = json.loads(capsys.readouterr().out)["findings"]
    assert main(["check", str(page), "--browser", "--format", "json"]) == 1
    both = json.loads(capsys.readouterr().out)["findings"]
    located = {(f["code"], f["location"]["xpath"]) for f in both if f["code"].startswith("AX")}
    static_located = {(f["code"], f["location"]["xpath"]) for f in static
                      if f["code"].startswith("AX")}
    # what the markup shows: found once, although axe-core finds it too
    assert [f["code"] for f in both].count("AX110") == 1
    assert ("AX130", "/html/body/main/p[2]") in located  # inline colour: found by both
    # what only the rendered page shows: the style sheet's pale text
    assert ("AX130", "/html/body/main/p[1]") in located
    assert ("AX130", "/html/body/main/p[1]") not in static_located
    assert [f["code"] for f in both].count("AX201") == 1  # the unnamed button: once
    # a link added by the page's script: only the rendered page has it
    assert "AX123" in {f["code"] for f in both} - {f["code"] for f in static}
    assert {f["fingerprint"] for f in static} <= {f["fingerprint"] for f in both}


def test_check_browser_without_chromium_is_one_clear_line(tmp_path, capsys,
                                                          monkeypatch) -> None:
    page = tmp_path / "report.html"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setenv("SENREPORT_CHROMIUM", str(tmp_path / "no-such-browser"))
    assert main(["check", str(page), "--browser"]) == 2
    err = capsys.readouterr().err
    assert "Chromium" in err and len(err.strip().splitlines()) == 1


def test_audit_browser_adds_the_rendered_findings(tmp_path, capsys) -> None:
    page = tmp_path / "report.html"
    page.write_text(PAGE, encoding="utf-8")
    ensure_chromium()

    def codes(*extra: str) -> set[str]:
        main(["audit", str(page), "--kind", "sen-report", "--format", "json", "--quiet", *extra])
        document = json.loads(capsys.readouterr().out)["documents"][0]
        return {f["code"] for f in document["findings"]}

    plain, rendered = codes(), codes("--browser")
    assert rendered - plain == {"AX123"}  # the link the page's script adds
    assert plain <= rendered


def test_a_fragment_is_not_blamed_for_the_blank_page_it_is_shown_on() -> None:
    fragment = check('<p>Hello <button></button></p>', source="post.html", families=["AX"])
    page = check(f"<html><body>{'<p>Hello</p>'}</body></html>", source="page.html",
                 families=["AX"])
    violations = [{"id": "document-title", "help": "Documents must have a title",
                   "nodes": [{"xpath": ["/html"], "html": "<html>"}]},
                  {"id": "button-name", "help": "Buttons must have discernible text",
                   "nodes": [{"xpath": ["/html/body/p/button"], "html": "<button>"}]}]
    assert [f.code for f in rendered_findings(fragment.document, violations)] == ["AX201"]
    assert [f.code for f in rendered_findings(page.document, violations[:1])] == ["AX203"]
