"""AX rules on documents offered for download (PDF and Word) instead of web pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from senreport.context import CheckContext
from senreport.document import HEADING_TAGS
from senreport.findings import Finding, finding
from senreport.rules.registry import rule
from senreport.textscan import case_folded, fold

_DOCUMENT_TYPES = {".pdf": "a PDF", ".doc": "a Word document", ".docx": "a Word document",
                   ".odt": "a document", ".rtf": "a document"}
_WEB_ALTERNATIVE = re.compile(
    r"web ?page|online version|read (?:it |this |them )?online|html|accessible (?:version|format)"
    r"|(?:other|alternative|different|large[- ]print) formats?|on this page",
    re.IGNORECASE,
)
#: ``_WEB_ALTERNATIVE`` as a search of the text folded to lower case (far quicker than one
#: that ignores case), if it can be.
_WEB_ALTERNATIVE_FOLDED = case_folded(_WEB_ALTERNATIVE)
#: Where a link's surrounding sentence ends, when looking for a web-page alternative.
_SENTENCE_BLOCKS = frozenset({"p", "li", "td", "th", "dd", "dt", "figcaption", "caption",
                              *HEADING_TAGS})
_INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "u", "small", "mark", "font"})


def _document_type(href: str) -> str | None:
    """'a PDF' or 'a Word document' if the address is a document download, else None."""
    parts = urlsplit(href.strip())
    path = parts.path.lower()
    for extension, name in _DOCUMENT_TYPES.items():
        if path.endswith(extension):
            return name
    host = parts.netloc.lower()
    if host == "docs.google.com" and "/export" in path:
        query = parse_qs(parts.query)  # (read only for these two hosts)
        return "a PDF" if query.get("format", [""])[0] == "pdf" else "a Google Docs file"
    if host == "drive.google.com" and parse_qs(parts.query).get("export"):
        return "a file to download"
    return None


def _surrounding_text(link: etree._Element) -> str:
    """The sentence or list item a link sits in (the link and what follows it, if loose)."""
    for ancestor in link.iterancestors():
        if ancestor.tag in _SENTENCE_BLOCKS:
            return str(ancestor.text_content())
        if ancestor.tag not in _INLINE_TAGS:
            break
    return link.text_content() + (link.tail or "")


def _offers_web_page(text: str) -> bool:
    """Whether the words around a link offer a web page (or another format) instead."""
    if _WEB_ALTERNATIVE_FOLDED is not None:
        return bool(_WEB_ALTERNATIVE_FOLDED.search(fold(text)))
    return bool(_WEB_ALTERNATIVE.search(text))


@rule("AX160", "document-only", severity="info",
      reference="WCAG 2.2 SC 1.3.1 and 4.1.2; GOV.UK guidance on publishing accessible documents",
      wcag=("1.3.1", "4.1.2"))
def check_document_only(ctx: CheckContext) -> Iterator[Finding]:
    """Information is only offered as a PDF or Word document, with no web page version.

    Many parents read school websites on a phone or with a screen reader, and PDFs and
    Word files are hard to open, zoom and navigate that way. A web page works for all.

    Bad::

        <p><a href="/files/sen-report-2026.pdf">SEN Information Report 2026</a></p>

    Good::

        <p><a href="/files/sen-report-2026.pdf">SEN Information Report 2026 (PDF)</a>,
        also available as a <a href="/sen-report">web page</a>.</p>
    """
    seen: set[str] = set()
    for link in ctx.document.links():
        href = (link.get("href") or "").strip()
        kind = _document_type(href) if href else None
        if kind is None or href in seen:
            continue
        seen.add(href)
        if _offers_web_page(_surrounding_text(link)):
            continue
        yield finding(
            f"This links to {kind} with no web page version. Many parents who use screen "
            "readers or read on a phone struggle with PDFs and Word files. Put the "
            "information on a web page (or link to one), or say how to ask for it in another "
            "format.",
            element=link,
        )


