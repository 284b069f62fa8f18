"""Content written as WordPress's classic editor stores it: paragraphs of bare text parted by
blank lines, with only inline markup and the odd heading or list among them (WordPress adds
the ``<p>`` tags when it shows the page). Read as the page shows it: each such paragraph a
paragraph, each single line break a line break."""

from __future__ import annotations

import re

#: A chunk that opens with a block of its own is left as it is.
_OPENS_BLOCK = re.compile(
    r"<(?:/?(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|blockquote|pre|figure|"
    r"figcaption|section|article|aside|details|summary|dl|dt|dd|hr|form|fieldset|iframe|nav|"
    r"header|footer|main|address|caption|video|audio|object)\b|!--)", re.IGNORECASE)
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
