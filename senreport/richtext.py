"""Rich text in one canonical form, so a section reads back exactly as it was written.

A section body is an HTML fragment of ordinary content elements. Plain text is
turned into paragraphs (escaped); unknown elements are unwrapped so their text is
kept; scripts, styles and unsafe addresses are dropped (the policy of
:mod:`senreport.safe_html`); class attributes (editor decoration) are left
out so the same words compare equal whichever editor wrote them.
"""

from __future__ import annotations

import html as html_lib
import re
from functools import lru_cache

from lxml import etree, html

from senreport.safe_html import ALLOWED, sanitise, serialise

_ALLOWED = ALLOWED
_DROP = frozenset({"script", "style", "template", "noscript", "head", "title", "meta", "link"})
_BLOCK_LEVEL = frozenset({
    "p", "ul", "ol", "dl", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "table",
    "figure", "details", "address", "iframe",
})
_KNOWN_TAGS = (
    set(_ALLOWED) | set(_DROP)
    | {"h1", "h2", "div", "section", "article", "main", "aside", "header", "footer", "nav",
       "body", "html"}
)
# A comment counts only when it is closed: "<!--" typed alone is text.
_TAG_LIKE = re.compile(r"<\s*/?\s*(" + "|".join(sorted(_KNOWN_TAGS)) + r")\b[^>]*>|<!--(?s:.*?)-->",
                       re.IGNORECASE)
_MARKUP_EVIDENCE = re.compile(r"^<(\s*/|!--|\s*(br|img|hr)\b)", re.IGNORECASE)
_BLOCK_TAG = re.compile(
    r"<\s*(" + "|".join(sorted(_BLOCK_LEVEL | {"div", "section", "h1", "h2", "li", "br"}))
    + r")\b", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n")


def looks_like_html(text: str) -> bool:
    """Whether text holds markup (otherwise it is plain text to be escaped).

    A known tag alone is not enough ("Press <Enter>", "<OL>" typed as text): markup closes
    an element it opened, or uses a line break, image or rule, or a comment.
    """
    for match in _TAG_LIKE.finditer(text):
        tag = match.group(0)
        if not _MARKUP_EVIDENCE.search(tag):
            continue
        closing = re.match(r"<\s*/\s*([a-z0-9]+)", tag, re.IGNORECASE)
        if closing is None:
            return True  # a comment, a line break, an image or a rule
        # A closing tag is markup when it closes something opened before it ("</p>" typed
        # alone is text).
        if re.search(r"<\s*" + closing.group(1) + r"\b", text[:match.start()], re.IGNORECASE):
            return True
    return False


def from_plain_text(text: str) -> str:
    """Plain text as paragraphs: blank lines separate them, nothing is interpreted."""
    return "\n".join(f"<p>{html_lib.escape(p, quote=False)}</p>" for p in _paragraphs(text))


def _paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; a single line break is just a wrapped line."""
    return [" ".join(p.split()) for p in _BLANK_LINES.split(text.strip()) if p.strip()]


@lru_cache(maxsize=128)
def canonical(fragment: str) -> str:
    """The canonical form of a body: plain text or HTML in, tidy HTML out (idempotent).

    Remembered for the last bodies seen: a page checked again as it is edited (and each
    section's body read, then written) is sanitised and parsed once per body.
    """
    if not fragment or not fragment.strip():
        return ""
    if not looks_like_html(fragment):
        return from_plain_text(fragment)
    if not _BLOCK_TAG.search(fragment):  # text with inline markup: paragraphs as plain text
        fragment = "".join(f"<p>{p}</p>" for p in _paragraphs(fragment))
    container = html.fragment_fromstring(sanitise(fragment), create_parent="div")
    _clean(container)
    _wrap_loose_inline(container)
    pieces = [_serialise(child) for child in container]
    return "\n".join(piece for piece in pieces if piece.strip())


_STRUCTURE = frozenset({"ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr"})


def _clean(element: etree._Element) -> None:
    if element.tag in _STRUCTURE or any(c.tag in _BLOCK_LEVEL for c in element):
        # White space between list items, cells or paragraphs is layout, not content.
        if element.text and not element.text.strip():
            element.text = None
        for child in element:
            if child.tail and not child.tail.strip():
                child.tail = None
    for child in list(element):
        if not isinstance(child.tag, str):  # comments, processing instructions
            _remove_keep_tail(child)
            continue
        tag = child.tag.lower()
        if tag in _DROP:
            _remove_keep_tail(child)
            continue
        _clean(child)
        if tag not in _ALLOWED:
            if tag in ("h1", "h2"):
                child.tag = "h3"  # the item's own heading is the only h2
                _keep_attributes(child, _ALLOWED["h3"])
            elif tag in ("div", "section", "article", "main", "aside", "header", "footer",
                         "nav", "body", "html") and _has_block_child(child):
                child.drop_tag()
            elif tag in ("div", "section", "article", "main", "aside", "header", "footer",
                         "nav"):
                child.tag = "p"
                _keep_attributes(child, _ALLOWED["p"])
            else:
                child.drop_tag()
            continue
        _keep_attributes(child, _ALLOWED[tag])


def _keep_attributes(element: etree._Element, allowed: frozenset[str]) -> None:
    for name in list(element.attrib):
        if name not in allowed:
            del element.attrib[name]


def _has_block_child(element: etree._Element) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_LEVEL | {"div", "section"}
               for c in element)


def _remove_keep_tail(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    parent.remove(node)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _wrap_loose_inline(container: etree._Element) -> None:
    """Text and inline elements at the top level go into paragraphs."""
    run: list[etree._Element | str] = []
    new_children: list[etree._Element] = []

    def flush() -> None:
        if not run:
            return
        if all(isinstance(r, str) and not r.strip() for r in run):
            run.clear()
            return
        paragraph = etree.Element("p")
        last: etree._Element | None = None
        for piece in run:
            if isinstance(piece, str):
                if last is None:
                    paragraph.text = (paragraph.text or "") + piece
                else:
                    last.tail = (last.tail or "") + piece
            else:
                piece.tail = None
                paragraph.append(piece)
                last = piece
        _strip_paragraph(paragraph)
        new_children.append(paragraph)
        run.clear()

    if container.text:
        run.append(container.text)
    for child in list(container):
        tail = child.tail
        if child.tag in _BLOCK_LEVEL or child.tag in _ALLOWED and child.tag in (
            "h3", "h4", "h5", "h6"
        ):
            flush()
            child.tail = None
            new_children.append(child)
        else:
            run.append(child)
        if tail:
            run.append(tail)
    flush()
    container.text = None
    for child in list(container):
        container.remove(child)
    for child in new_children:
        container.append(child)


def _strip_paragraph(paragraph: etree._Element) -> None:
    if paragraph.text:
        paragraph.text = paragraph.text.lstrip()
    last = paragraph[-1] if len(paragraph) else None
    if last is not None and last.tail:
        last.tail = last.tail.rstrip()
    elif last is None and paragraph.text:
        paragraph.text = paragraph.text.rstrip()


def _serialise(element: etree._Element) -> str:
    element.tail = None
    return serialise(element).strip()


def text_of(fragment: str) -> str:
    """The words of a body, without markup (for comparisons and checks)."""
    if not fragment.strip():
        return ""
    container = html.fragment_fromstring(fragment, create_parent="div")
    for line_break in container.iter("br"):
        line_break.tail = " " + (line_break.tail or "")
    return " ".join(container.text_content().split())
