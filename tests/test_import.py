"""Importing a published page: each passage under the item it answers, nothing dropped."""

from __future__ import annotations

from collections import Counter

import pytest
from corpus_loader import cases

from senreport.check import read_document
from senreport.matching import words
from senreport.readers.importer import import_report
from senreport.richtext import text_of

HTML_CASES = [c for c in cases() if c.path.suffix == ".html"]


@pytest.mark.parametrize("case", HTML_CASES, ids=lambda c: c.name)
def test_import_keeps_every_word(case) -> None:
    document, _ = read_document(case.text, case.path.name)
    report = import_report(case.text, case.path.name)
    imported = Counter(words(" ".join(s.title + " " + text_of(s.body) for s in report.sections)))
    original = Counter(words(document.text))
    lost = original - imported
    # Only a level-one page title may be left out (it becomes the page, not a section).
    titles = Counter(words(" ".join(b.text for b in document.blocks if b.level == 1)))
    assert not (lost - titles), f"lost words: {sorted(lost - titles)[:20]}"


def test_import_files_passages_under_items() -> None:
    page = """<html><body><main><h1>SEN Information Report</h1>
    <h2>Who is our SENCO?</h2><p>Our SENCO is Mrs Ayesha Khan, senco@oak.sch.uk.</p>
    <h2>Complaints</h2><p>If you are unhappy, follow our complaints procedure.</p>
    <h2>Our lunch menu</h2><p>Fish on Fridays.</p>
    </main></body></html>"""
    report = import_report(page)
    items = {s.item: s for s in report.sections}
    assert "4" in items and "Mrs Ayesha Khan" in text_of(items["4"].body)
    assert "9" in items and items["9"].title == "Complaints"
    assert "other" in items and "Fish on Fridays." in text_of(items["other"].body)
    assert report.senco.email == "senco@oak.sch.uk"


def test_import_of_our_own_block_markup_is_exact() -> None:
    from senreport.readers.structured import load_report
    from senreport.writers.blocks import render_blocks

    report = load_report("sections:\n  - item: '7'\n    body: We meet parents each term.\n")
    assert import_report(render_blocks(report)) == report


def test_staff_cards_captions_keep_their_words_apart() -> None:
    page = """<html><body><main><h1>SEN Information Report</h1><h2>Meet our team</h2>
    <figure><img src="a.jpg" alt="Photo"><figcaption>Mrs Priya Castell, SENCO</figcaption></figure>
    <figure><img src="b.jpg" alt="Photo"><figcaption>Mr Tom Wardle, Learning Mentor</figcaption>
    </figure></main></body></html>"""
    report = import_report(page)
    said = " ".join(text_of(s.body) for s in report.sections)
    assert "SENCO Mr Tom Wardle" in " ".join(said.split())
