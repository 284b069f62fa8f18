"""A paragraph written as lines broken with ``<br>`` (text pasted from a word processor, or an
old site's content in one long paragraph): each line is read as a paragraph of its own, and a
line that stands as a heading, all in bold or by the plain-text reader's rules (a short line
over longer text, a question over its answer), as a heading."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.main_content import SKIP_TAGS
from senreport.pseudo_headings import stands_out

#: The fewest lines with words that make a paragraph a run of lines, not a paragraph with a
#: line break or two in it (an address, a signature).
LINES_APART = 4
_BREAK = None


def _pieces(element: etree._Element, bold: bool) -> Iterator[tuple[str, bool] | None]:
    """The element's text in order, each piece with whether it is bold; None at a break."""
    bold = bold or stands_out(element)
    if element.text:
        yield element.text, bold
    for child in element:
        if isinstance(child.tag, str):
            if child.tag == "br":
                yield _BREAK
            elif child.tag not in SKIP_TAGS:
                yield from _pieces(child, bold)
        if child.tail:
            yield child.tail, bold


def broken_lines(element: etree._Element) -> list[tuple[str, bool]] | None:
    """The element's lines, each with whether it is a heading; None when it is not written
    as lines (fewer than :data:`LINES_APART` lines with words, unless the first is a bold
    heading over the rest: "<b>Who is the SENCO?</b><br>Mrs Hill ...")."""
    if next(element.iter("br"), None) is None:
        return None  # most paragraphs: no line break at all
    breaks = sum(1 for _ in element.iter("br"))
    if breaks < LINES_APART - 1 and not _opens_in_bold(element):
        return None
    lines: list[str] = []
    bold: list[bool] = []
    words: list[str] = []
    all_bold = True
    for piece in [*_pieces(element, False), _BREAK]:
        if piece is _BREAK:
            lines.append(" ".join(" ".join(words).split()))
            bold.append(all_bold and bool(lines[-1]))
            words, all_bold = [], True
            continue
        text, in_bold = piece
        words.append(text)
        all_bold = all_bold and (in_bold or not text.strip())
    filled = [i for i, line in enumerate(lines) if line]
    if len(filled) < 2 or len(filled) < LINES_APART and not _is_bold_title(
            lines[filled[0]], bold[filled[0]]):
        return None
    if len(filled) < LINES_APART:  # a bold heading over the rest, read as one paragraph
        return [(lines[filled[0]], True), (" ".join(lines[i] for i in filled[1:]), False)]
    # The plain-text reader reads names in glossaries through the facts, which read documents:
    # imported here, once a page has lines, not when documents are first imported.
    from senreport.readers.text import heading_lines

    headed = heading_lines(lines)
    return [(line, i in headed or _is_bold_title(line, bold[i]))
            for i, line in enumerate(lines) if line]


def _is_bold_title(line: str, bold: bool) -> bool:
    return bold and len(line) <= 160 and not line.endswith(".")


def _opens_in_bold(element: etree._Element) -> bool:
    """Whether the element opens on bold words (the cheap test before reading its lines)."""
    first = element[0] if len(element) else None
    return first is not None and not (element.text or "").strip() and (
        stands_out(first))
