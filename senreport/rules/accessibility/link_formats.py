"""AX250: a link whose words name only a file format or version ("HTML", "EPUB", "Large
print") with nothing around it to say what it is a version of.

Screen reader users who list a page's links, or move from link to link, hear "HTML, EPUB,
Plain text" and cannot tell which document each one opens (WCAG 2.2 SC 2.4.4 Link Purpose
(In Context)). The words around a link count when the markup ties them to it, as the W3C
ACT rules 5effbb and aizyf1 define it: the same paragraph, list item (the item holding a
nested list counts) or table cell, a table's header cells, the same run of text (the
nearest block around the link) or a description the link points to (``aria-describedby``).
A heading or bold line above a list is not among them. Only when none of these holds any
words besides links is a finding made; menus (``nav``) name pages and are left alone, and
"PDF" and "Word" alone are AX124's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.links import described, links
from senreport.rules.registry import rule

#: Link words that name a format or a version of a document, not the document.
_FORMATS = frozenset({
    "html", "web page", "webpage", "online version", "epub", "kindle", "mobi",
    "plain text", "text only", "text version", "txt", "rtf", "doc", "docx", "odt",
    "word version", "word document", "pdf version", "pdf document", "excel", "xls", "xlsx",
    "csv", "powerpoint", "ppt", "pptx", "mp3", "mp4", "audio version", "audio file",
    "video version", "large print", "easy read",
    "easy read version", "braille", "bsl", "bsl version", "british sign language",
    "print version", "printable version", "accessible version", "zip",
})
#: A file size or page count given with the format: "PDF, 245 KB", "(3 pages)".
_SIZE = re.compile(r"[\s,(]*\d[\d.,]*\s*(?:bytes|[kmg]i?b|pages?)\)?", re.IGNORECASE)
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_DIGIT = re.compile(r"\d")
#: Longer link words than this always say more than a format.
_LONGEST = 48
#: Parts whose words are a link's context (ACT's "programmatically determined link context").
_CONTEXT_TAGS = frozenset({"p", "li", "td", "th", "dd", "dt", "caption", "figcaption",
                           "label", "summary", "blockquote"})
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd",
                     "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u",
                     "var"})
_WORDS = re.compile(r"[^\W\d_]{2,}")
_NOT_LINK_TEXT = etree.XPath(".//text()[not(ancestor::a) and not(ancestor::script)"
                             " and not(ancestor::style)]")


def _format_only(name: str) -> bool:
    if len(name) > _LONGEST:
        return False
    if " ".join(_EDGES.sub("", name).lower().split()) in _FORMATS:
        return True
    if not _DIGIT.search(name):
        return False  # no size or page count to take off
    return " ".join(_EDGES.sub("", _SIZE.sub("", name)).lower().split()) in _FORMATS


def _has_own_words(container: etree._Element) -> bool:
    """Whether the part holds words besides its links' own."""
    return any(_WORDS.search(str(text)) for text in _NOT_LINK_TEXT(container))


def _in_context(link: etree._Element, top: etree._Element) -> bool:
    """Whether words the markup ties to the link say what it is a version of."""
    block_seen = False
    for ancestor in link.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag == "nav" or (ancestor.get("role") or "").strip() == "navigation":
            return True  # a menu names pages, whatever they are called
        if tag in ("td", "th"):
            table = next(ancestor.iterancestors("table"), None)
            if table is not None and table.find(".//th") is not None:
                return True  # header cells give the context
        if tag in _CONTEXT_TAGS or (not block_seen and tag not in _INLINE):
            block_seen = block_seen or tag not in _INLINE
            if _has_own_words(ancestor):
                return True
        if ancestor is top:
            break
    return False


@rule("AX250", "link-text-format-only", severity="warning",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)", act=("5effbb", "aizyf1"),
      wcag=("2.4.4",))
def check_link_text_format_only(ctx: CheckContext) -> Iterator[Finding]:
    """A link says only a file format ("HTML", "Large print") with nothing to say of what.

    People who list a page's links hear "HTML, EPUB, Plain text" and cannot tell which
    document each opens. Put the document's name in the same list item, paragraph or
    link.

    Bad::

        <p><strong>Our SEND policy</strong></p>
        <ul><li><a href="/send.html">Web page</a></li><li><a href="/send-lp.pdf">Large
        print</a></li></ul>

    Good::

        <ul><li>Our SEND policy: <a href="/send.html">Web page</a>,
        <a href="/send-lp.pdf">Large print</a></li></ul>
    """
    top = ctx.document.main
    for link, name in links(ctx):
        if _format_only(name) and not described(link) and not _in_context(link, top):
            yield finding(
                f'The link text "{name}" says only what kind of file or version it is, not '
                "which document, and nothing beside it in the same list item or paragraph "
                "says so either. Name the document in the link or next to it, for example "
                '"SEND policy (large print)".',
                element=link,
            )
