"""How fast a check is: in-process on a 5,000-word report, the rule set alone, and CLI start-up.

The goal is measured on a page of distinct text (the corpus's complete reports, one after
another), each run on a body not seen before; the example's sections repeated are timed too.

Run: .venv/bin/python benchmarks/speed.py
Goals: check under 20 ms, the full rule set under 30 ms, the CLI's cold start under 0.5 s,
a 20-page PDF report checked in under 1 s (laid out by fpdf2, as the tests make them); a page
of one 400-row table and 400 image links is timed too (work per row over the whole table
would show there).
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from senreport.check import check, read_document
from senreport.context import CheckContext
from senreport.coverage import detect_coverage
from senreport.facts import extract_facts
from senreport.readers.structured import load_report
from senreport.rules import REGISTRY
from senreport.writers.html import render_page

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "senreport" / "examples" / "oakfield-primary.yaml"
TODAY = date(2026, 11, 23)


def long_report(min_words: int = 5000) -> str:
    """The example report, its sections repeated until it holds at least min_words words."""
    report = load_report(EXAMPLE.read_text(encoding="utf-8"))
    page = render_page(report)
    body = page[page.index("<main>") + 6 : page.index("</main>")]
    words = len(read_document(page)[0].text.split())
    copies = -(-min_words // words)
    return page.replace(body, body * copies)


def pdf_report(pages: int = 20) -> bytes:
    """The example report laid out by fpdf2 (untagged), repeated to at least ``pages`` pages."""
    sys.path.insert(0, str(ROOT / "tests"))
    from document_makers import fpdf_untagged
    from pypdf import PdfReader

    page = render_page(load_report(EXAMPLE.read_text(encoding="utf-8")))
    body = page[page.index("<main>") + 6 : page.index("</main>")]
    copies = 1
    while True:
        data = fpdf_untagged(page.replace(body, body * copies), title="SEN Information Report")
        count = len(PdfReader(io.BytesIO(data)).pages)
        if count >= pages:
            return data
        copies = max(copies + 1, -(-copies * pages // count))


def distinct_report(min_words: int = 5000) -> str:
    """A page of at least ``min_words`` words in which no passage repeats: the main content
    of the labelled corpus's complete reports, one after another (a page that repeats one
    report's sections would let anything remembered per text make it look faster)."""
    import lxml.html

    bodies, words = [], 0
    for path in sorted((ROOT / "tests" / "corpus").glob("[0-9][0-9]-*.html")):
        tree = lxml.html.fromstring(path.read_bytes())
        main = (tree.xpath("//main") or tree.xpath("//body") or [tree])[0]
        for drop in main.xpath(".//nav|.//footer|.//header|.//script|.//style"):
            drop.drop_tree()
        text = lxml.html.tostring(main, encoding="unicode")
        bodies.append(text)
        words += len(main.text_content().split())
        if words >= min_words:
            break
    return ("<!DOCTYPE html><html lang=\"en\"><head><title>SEN Information Report</title>"
            "</head><body><main>" + "".join(bodies) + "</main></body></html>")


def tables_and_buttons(rows: int = 400) -> str:
    """A page whose size is in one long table and one grid of image links: work done per
    row or per link over the whole table or grid shows here as time growing with its square."""
    table = "".join(f"<tr><td>Group {i} of pupils</td><td>{i} pupils meet on Tuesdays</td></tr>"
                    for i in range(rows))
    grid = "".join(f'<div><a href="https://example.org/{i}"><img src="{i}.png" alt="Tile {i}">'
                   f"</a></div>" for i in range(rows))
    return (f"<html><body><main><h1>Clubs</h1><p>Our clubs this term.</p><table>{table}"
            f"</table><div>{grid}</div></main></body></html>")


def median_ms(function, repeat: int = 30) -> float:
    function()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def main() -> None:
    runs = iter(range(10**9))
    distinct = distinct_report()
    words = len(read_document(distinct)[0].text.split())
    # Each run checks a page whose every passage it has not seen before (a word numbered by
    # the run closes each one), so nothing kept from an earlier check, per body or per text,
    # is used: the figure is what a new page costs.
    closing = re.compile(r"(</(p|li|h[1-6]|td|th|dd|dt|summary)>)")
    fresh = itertools.cycle([closing.sub(f" v{i}\\1", distinct) for i in range(32)])
    ms = median_ms(lambda: check(next(fresh), today=TODAY), repeat=30)
    print(f"check, in process, {words} words of distinct text: median {ms:6.1f} ms"
          "  (goal < 20 ms)")
    page = long_report()
    document, report = read_document(page)
    print(f"report: {len(document.text.split())} words (the example's sections repeated)")
    ms = median_ms(lambda: check(page + f"<!-- run {next(runs)} -->", today=TODAY))
    print(f"check, in process:        median {ms:6.1f} ms")
    ctx = CheckContext(document=document, kind="sen-report", school_type="mainstream",
                       today=TODAY, coverage=detect_coverage(document, "sen-report"),
                       facts=extract_facts(document), report=report)
    rules = list(REGISTRY.values())

    def run_rules() -> None:
        for registered in rules:
            registered.run(ctx)

    print(f"rule set ({len(rules)} rules):      median {median_ms(run_rules):6.1f} ms"
          "  (goal < 30 ms)")
    for family in sorted({r.family for r in rules}):
        members = [r for r in rules if r.family == family]
        ms = median_ms(lambda members=members: [r.run(ctx) for r in members], repeat=10)
        print(f"  {family}: {ms:6.1f} ms")
    big = tables_and_buttons()
    ms = median_ms(lambda: check(big + f"<!-- run {next(runs)} -->", today=TODAY), repeat=5)
    print(f"check of a 400-row table and 400 image buttons: median {ms:6.1f} ms"
          "  (each row and button must cost the same: no reading the whole table per row)")
    pdf = pdf_report()
    ms = median_ms(lambda: check(pdf, source="report.pdf", today=TODAY), repeat=5)
    described = check(pdf, source="report.pdf").document.file
    print(f"check of a {described.pages if described else '?'}-page PDF:  "
          f"median {ms:6.1f} ms  (goal < 1000 ms)")
    cold = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "senreport", "--version"], check=True,
                       capture_output=True)
        cold.append(time.perf_counter() - start)
    print(f"CLI cold start (--version): median {statistics.median(cold):5.2f} s  (goal < 0.5 s)")
    cold = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "senreport", "check", str(EXAMPLE),
                        "--today", "2026-11-23"], capture_output=True)
        cold.append(time.perf_counter() - start)
    print(f"CLI check of the example:   median {statistics.median(cold):5.2f} s")


if __name__ == "__main__":
    main()
