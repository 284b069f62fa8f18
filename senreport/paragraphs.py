"""Content written as WordPress's classic editor stores it: paragraphs of bare text parted by
blank lines, with only inline markup and the odd heading or list among them (WordPress adds
the ``<p>`` tags when it shows the page). Read as the page shows it: each such paragraph a
paragraph, each single line break a line break."""

from __future__ import annotations

import re

from lxml import etree

#: Elements that stand as blocks of their own among bare paragraphs.
_BLOCKS = frozenset("""p div h1 h2 h3 h4 h5 h6 ul ol li table thead tbody tfoot tr td th blockquote
    pre figure figcaption section article aside details summary dl dt dd hr form fieldset iframe
    nav header footer main address caption video audio object""".split())
#: A chunk that opens with a block of its own (or a comment) is left as it is.
_OPENS_BLOCK = re.compile(r"<(?:/?(?:" + "|".join(sorted(_BLOCKS)) + r")\b|!--)", re.IGNORECASE)
_PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def with_paragraphs(fragment: str) -> str:
    """The fragment with its bare paragraphs (parted by blank lines) put in ``<p>`` tags and
    their line breaks as ``<br>``; unchanged when it already has paragraphs or no blank line."""
    text = fragment.replace("\r\n", "\n")
    if _PARAGRAPH_TAG.search(text) or not _BLANK_LINE.search(text):
        return fragment
    found = []
    for chunk in _BLANK_LINE.split(text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if _OPENS_BLOCK.match(chunk):
            found.append(chunk)
        else:
            found.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(found)


#: Elements that hold paragraphs; bare text in them parted by blank lines is paragraphs too.
_HOLDERS = frozenset({"div", "section", "article", "main", "body", "aside"})


def split_bare_text(main: etree._Element) -> None:
    """Put bare text parted by blank lines into paragraphs, in place: a whole page holding
    classic-editor content as stored, not as WordPress shows it (``<div class="entry-content">
    Our school ...<strong>Who is the SENCO?</strong> ...``)."""
    for element in [e for e in main.iter(*_HOLDERS) if _has_bare_paragraphs(e)]:
        _wrap_paragraphs(element)


def _has_bare_paragraphs(element: etree._Element) -> bool:
    """Whether the element's own text has words and blank lines (not only the white space
    between its blocks)."""
    texts = [text for text in (element.text, *(child.tail for child in element)) if text]
    # (words anywhere in them: stripped at once, not text by text)
    return bool("".join(texts).strip()) and any(
        "\n" in text and _BLANK_LINE.search(text) for text in texts)


def _wrap_paragraphs(element: etree._Element) -> None:
    """Wrap each run of text and inline elements between blank lines (or blocks) in a <p>."""
    kept: list[etree._Element] = []
    paragraph: etree._Element | None = None  # the open paragraph, if any

    def opened() -> etree._Element:
        nonlocal paragraph
        if paragraph is None:
            paragraph = element.makeelement("p", {})
        return paragraph

    def close() -> None:
        nonlocal paragraph
        if paragraph is not None:
            kept.append(paragraph)
            paragraph = None

    def add_text(text: str | None) -> None:
        for number, piece in enumerate(_BLANK_LINE.split(text or "")):
            if number:
                close()
            if piece.strip():
                into = opened()
                if len(into):
                    into[-1].tail = (into[-1].tail or "") + piece
                else:
                    into.text = (into.text or "") + piece

    children = list(element)
    text, element.text = element.text, None
    add_text(text)
    for child in children:
        tail, child.tail = child.tail, None
        element.remove(child)
        if child.tag in _BLOCKS:
            close()
            kept.append(child)
        else:
            opened().append(child)
        add_text(tail)
    close()
    for child in kept:
        child.tail = "\n"
        element.append(child)
