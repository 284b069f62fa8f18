"""Linear time in the size of the page: flat pages of thousands of headings."""

from __future__ import annotations

import gc
import time
from pathlib import Path

from lxml import html

from senreport.check import check, read_document
from senreport.element_paths import path_of

CORPUS = Path(__file__).parent / "corpus"


def _flat(headings: int) -> str:
    return "".join(f"<h2>Heading {i}</h2><p>Some words about item {i}.</p>"
                   for i in range(headings))


def _cpu(function, *args) -> float:
    """CPU time of one call, with the garbage collector paused: a full collection during the
    call walks every object the test run holds (all earlier tests' too), not the page's."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        function(*args)
        return time.process_time() - started
    finally:
        gc.enable()


def test_paths_are_the_ones_lxml_writes() -> None:
    pages = sorted(CORPUS.glob("*.html"))
    assert pages
    for page in pages:
        root = html.document_fromstring(page.read_text(encoding="utf-8"))
        tree = root.getroottree()
        for element in root.iter():
            assert path_of(element) == tree.getpath(element), page.name
    fragment = html.fragment_fromstring("<p>a</p><!-- c --><p>b</p><p>c</p>",
                                        create_parent="div")
    assert [path_of(e) for e in fragment] == [fragment.getroottree().getpath(e)
                                              for e in fragment]


def test_reading_a_flat_page_of_16000_headings_is_linear_and_under_a_second() -> None:
    small = min(_cpu(read_document, _flat(2000), "x.html") for _ in range(2))
    large = min(_cpu(read_document, _flat(16000), "x.html") for _ in range(2))
    # Eight times the headings: linear is about 8 times the time, quadratic 64 times.
    assert large < 16 * max(small, 0.01), (small, large)
    assert large < 1.0


def test_checking_a_flat_page_grows_linearly() -> None:
    page = "".join(f"<h2>Heading {i}</h2>" for i in range(16000))
    small = min(_cpu(check, "".join(f"<h2>Heading {i}</h2>" for i in range(4000)))
                for _ in range(2))
    large = _cpu(check, page)
    assert large < 8 * small, (small, large)  # four times the headings


def test_a_checked_page_is_freed_once_nothing_holds_it() -> None:
    """The paths kept for a tree must not keep the tree alive: the sidecar checks page after
    page in one worker, and each page kept grew its memory by the page's whole tree."""
    import weakref

    document, _ = read_document(_flat(50), "x.html")
    assert document.blocks[2].xpath == "/html/body/h2[2]"  # worked out by path_of
    root = weakref.ref(document.root)
    del document
    gc.collect()
    assert root() is None


def test_a_check_holds_the_cycle_collector_off_only_while_it_runs(monkeypatch) -> None:
    from senreport import check as checking

    during: list[bool] = []
    read = checking.extract_facts
    monkeypatch.setattr(checking, "extract_facts",
                        lambda *args: during.append(gc.isenabled()) or read(*args))
    assert gc.isenabled()
    assert check(_flat(50)).document.blocks
    assert gc.isenabled() and during == [False]
    gc.disable()
    try:
        check(_flat(50))
        assert not gc.isenabled()  # as the caller left it
    finally:
        gc.enable()
    assert during == [False, False]
