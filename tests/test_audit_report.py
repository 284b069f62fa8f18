"""The audit report: its sections, its accessible heatmap and charts, and its escaping."""

from __future__ import annotations

import pytest
from audit_sites import EASTSHIRE, NORTHSHIRE, SOUTHSHIRE
from lxml import html as lxml_html

from senreport.audit.adviser import Judgement
from senreport.audit.compare import compare_results
from senreport.audit.report import render_report
from senreport.audit.results import build_results
from senreport.audit.rubric import builtin_rubric
from senreport.audit.scoring import combine, score_page
from senreport.check import check

RUBRIC = builtin_rubric()


def authority(pages: dict[str, str], name: str, base: str) -> dict:
    scored = [score_page(text, base + path, RUBRIC) for path, text in pages.items()]
    return combine(scored, RUBRIC, authority=name, source=base + "/")


@pytest.fixture(scope="module")
def results() -> dict:
    documents = [authority(NORTHSHIRE, "Northshire", "https://north.example"),
                 authority(SOUTHSHIRE, "Southshire <b>&</b>", "https://south.example"),
                 authority(EASTSHIRE, "Eastshire", "javascript:alert(1)//")]
    failures = [{"authority": "Brokenshire", "source": "https://broken.example/",
                 "error": "the web server answered 500 (a server error)"}]
    judgements = {"Northshire": {"schools.future_steps": Judgement(
        "Yes", "Post-16 options are in the Preparing for Adulthood pages.")}}
    return build_results(documents, failures, RUBRIC, judgements, "2026-11-23T10:00:00+00:00")


@pytest.fixture(scope="module")
def page(results: dict) -> str:
    return render_report(results, RUBRIC, title="North West Local Offers: trial")


def test_the_briefs_sections_in_order(page: str) -> None:
    root = lxml_html.document_fromstring(page)
    assert root.get("lang") == "en-GB"
    assert [h.text_content() for h in root.iter("h2")] == [
        "Executive summary", "Scores at a glance", "Trends by section", "Areas of weakness",
        "Examples of best practice", "Recommendations", "Summary by authority",
        "Not reviewed", "Areas for future work", "How the scores were made"]
    assert [h.text_content() for h in root.xpath("//h2[@id='trends']/following-sibling::h3")
            ][:4] == ["General considerations", "Early years", "Schools", "Post-16"]
    assert len(root.xpath("//h1")) == 1


def test_the_heatmap_says_each_score_in_words(page: str) -> None:
    root = lxml_html.document_fromstring(page)
    table = root.xpath("//table[@class='heatmap']")[0]
    assert table.xpath("caption") and table.xpath(".//th[@scope='row']")
    assert len(table.xpath(".//thead//th[@scope='col']")) == 1 + 13
    rows = {row.xpath("th")[0].text_content(): [td.text_content() for td in row.xpath("td")]
            for row in table.xpath(".//tbody/tr")}
    assert list(rows) == ["Northshire", "Southshire <b>&</b>", "Eastshire"]
    assert rows["Northshire"][0] == "\u2713 Yes"
    assert "Yes(adviser; automatic Partial)" in rows["Northshire"][9]
    assert rows["Southshire <b>&</b>"][2] == "\u25d0 Partial(awaiting adviser)"
    assert rows["Eastshire"][11] == "\u2717 No"


def test_charts_have_text_alternatives(page: str) -> None:
    root = lxml_html.document_fromstring(page)
    charts = root.xpath("//svg")
    assert len(charts) == 4
    for chart in charts:
        assert chart.get("role") == "img"
        title, desc = chart.find("title"), chart.find("desc")
        assert chart.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        assert "Yes" in desc.text and "Partial" in desc.text
    assert "Accessibility: Yes 1, Partial 1, No 1." in charts[0].find("desc").text


def test_best_practice_recommendations_and_adviser(page: str) -> None:
    root = lxml_html.document_fromstring(page)
    best = root.xpath("//h2[@id='best-practice']/following-sibling::blockquote")[0]
    assert "helpline" in best.text_content()
    assert root.xpath("//a[@href='https://north.example/contact']")[0].text_content() == (
        "Contact the SEND team")
    advice = root.xpath("//h2[@id='recommendations']/following-sibling::ul")[0].text_content()
    assert "Northshire's Local Offer is a model to share (https://north.example/" in advice
    assert "Post-16 options are in the Preparing for Adulthood pages." in page
    assert "Brokenshire" in root.xpath("//h2[@id='not-reviewed']/following-sibling::table")[
        0].text_content()
    future = root.xpath("//h2[@id='future-work']/following-sibling::ul")[0].text_content()
    assert "Brokenshire" in future and "lines scored Partial" in future


def test_untrusted_text_is_escaped_and_only_web_links_are_made(page: str) -> None:
    root = lxml_html.document_fromstring(page)
    assert not root.xpath("//b") and "Southshire &lt;b&gt;&amp;&lt;/b&gt;" in page
    assert all(a.get("href").startswith(("https://", "#")) for a in root.iter("a"))


def test_the_report_passes_senreports_own_accessibility_checks(page: str) -> None:
    result = check(page, source="report.html", kind="local-offer", families=["AX"])
    assert [f.code for f in result.findings] == []


def test_changes_since_an_earlier_review(results: dict) -> None:
    earlier = {**results, "documents": [
        {**d, "scores": {**d["scores"], "general.funding": "No"}} for d in results["documents"]]}
    page = render_report(results, RUBRIC, comparison=compare_results(earlier, results))
    root = lxml_html.document_fromstring(page)
    assert root.xpath("//h2[@id='changes']") and root.xpath("//a[@href='#changes']")
    assert "2 scores changed for 2 authorities (2 up, 0 down)" in page


def test_an_empty_audit_still_makes_a_report() -> None:
    results = build_results([], [{"authority": "A", "source": "https://a.example/",
                                  "error": "the site's name a.example could not be found"}],
                            RUBRIC)
    page = render_report(results, RUBRIC)
    assert "0 authorities reviewed" in page and "could not be found" in page
