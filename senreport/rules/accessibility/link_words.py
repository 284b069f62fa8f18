"""AX248: two links in one passage of text with the same words that go to two different
websites ("Lions" to Wikipedia and "Lions" to National Geographic).

People who list a page's links, or hear them read out, get the same words twice and cannot
tell which goes where; the passage around them is the same for both, so it cannot tell
them apart either (WCAG 2.2 SC 2.4.4 Link Purpose (In Context)). Only links in the same
paragraph, list item, cell or other block with words of its own are compared: links with
the same words in different entries (a "Website" link under each service) are told apart
by their entry. Only links to two different websites count: two addresses on one site may
well be the same page or the same information (ACT rule b20e66's passed examples), which
the markup cannot show. Left alone: hidden links and links with a role. A note, since two
websites may still hold the same information.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name, hidden_memo, is_hidden
from senreport.rules.registry import rule

_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
                     "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
                     "sub", "sup", "time", "u", "var", "br", "wbr"})
_PROSE_WORDS = 6
_SITE = re.compile(r"^(?:https?:)?//(?:www\.)?([^/?#:]+)")


def _block(link: etree._Element) -> etree._Element | None:
    """The nearest block around the link (paragraph, list item, cell, ...)."""
    for outer in link.iterancestors():
        if isinstance(outer.tag, str) and outer.tag not in _INLINE:
            return outer
    return None


def _prose(block: etree._Element) -> bool:
    """Whether the block is running text: words of its own outside its links."""
    words = 0
    for piece in block.xpath(".//text()[not(ancestor::a)]"):
        words += len(str(piece).split())
        if words >= _PROSE_WORDS:
            return True
    return False


def _site(href: str) -> str | None:
    """The website an absolute address is on (without "www."), or None for one on this site."""
    match = _SITE.match(href.strip().lower())
    return match.group(1) if match else None


@rule("AX248", "link-words-reused", severity="info",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)", wcag=("2.4.4",))
def check_link_words_reused(ctx: CheckContext) -> Iterator[Finding]:
    """Two links in one paragraph say the same words but go to different websites.

    People cannot tell which link goes where. Make each link's words say where it goes.

    Bad::

        <p>For advice, contact <a href="https://www.ipsea.org.uk/">SEND advice</a> for
        legal help, or <a href="https://www.kent.gov.uk/send">SEND advice</a> from the
        council.</p>

    Good::

        <p>For advice, contact <a href="https://www.ipsea.org.uk/">IPSEA</a> for legal
        help, or <a href="https://www.kent.gov.uk/send">Kent's Local Offer</a>.</p>
    """
    seen: dict[tuple[int, str], str] = {}
    for link in ctx.document.links():
        href = (link.get("href") or "").strip()
        if not href or (link.get("role") or "").strip():
            continue
        block = _block(link)
        name = accessible_name(link).casefold()
        if block is None or not name:
            continue
        key = (id(block), name)
        address = _site(href)
        if address is None:
            continue
        if key not in seen:
            seen[key] = address
            continue
        if seen[key] == address or not _prose(block):
            continue
        if is_hidden(link, hidden_memo(ctx)):
            continue
        yield finding(
            f'Two links in this paragraph say "{accessible_name(link)[:50]}" but go to '
            "different places, so people cannot tell which is which. Ask whoever wrote it to "
            "make each link's words say where it goes.",
            element=link,
        )
