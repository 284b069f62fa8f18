"""AX236: one link said twice: two links side by side (nothing to read between them) going to
the same place, often a picture linked and then its caption linked again; or a link whose
picture's description repeats the link's own words ("Red Panda Red Panda").

Keyboard users press Tab twice to get past the same link, and screen reader users hear it
twice (WCAG 2.2 SC 2.4.4 Link Purpose and 1.1.1; technique H2, combining adjacent image and
text links). A note, since the page still works.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name, hidden_memo, is_hidden
from senreport.rules.registry import rule

_WORDS = re.compile(r"\w+")
_UNSHOWN = frozenset({"script", "style", "template", "noscript"})


def _address(link: etree._Element) -> str:
    """Where a link goes, or "" for a link that goes nowhere a second link could repeat."""
    href = (link.get("href") or "").strip()
    if href in ("", "#") or href.lower().startswith("javascript:"):
        return ""
    return href


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text.casefold()))


_CONTENT = ("img", "svg", "input", "select", "textarea", "button", "iframe")


def _has_content(element: etree._Element) -> bool:
    """Whether a part of the page has words or a picture or control in it."""
    if not isinstance(element.tag, str) or element.tag in _UNSHOWN:
        return False
    return bool(element.xpath("normalize-space(string())")) or element.tag in _CONTENT or (
        any(True for _ in element.iter(*_CONTENT)))


def _nothing_between(first: etree._Element, second: etree._Element) -> bool:
    """Whether nothing with words or a picture comes between the end of the first link and
    the start of the second, in the order the page is read."""
    around = set(second.iterancestors())
    node: etree._Element | None = first
    while node is not None:
        if (node.tail or "").strip():
            return False
        following = node.getnext()
        while following is None:  # climb out: the second link is not inside these parts
            node = node.getparent()
            if node is None:
                return False
            if (node.tail or "").strip():
                return False
            following = node.getnext()
        node = following
        while node is not second and node in around:  # step into the part holding it
            if (node.text or "").strip() or len(node) == 0 or node.tag in _CONTENT:
                return False  # words, or a picture or control that holds the link
            node = node[0]
        if node is second:
            return True
        if _has_content(node):
            return False
    return False


def _side_by_side(main: etree._Element) -> Iterator[tuple[etree._Element, etree._Element]]:
    """Each link and the link before it when both go to the same place and nothing with
    words or a picture comes between them, in the order the page is read."""
    links = [a for a in main.iter("a") if a.get("href") is not None]
    for first, second in zip(links, links[1:], strict=False):
        address = _address(second)
        if not address or address != _address(first) or first in second.iterancestors():
            continue
        if second in first.iterdescendants() or any(
                a.tag in _UNSHOWN for a in second.iterancestors()):
            continue
        if _nothing_between(first, second):
            yield first, second


def _repeated_description(link: etree._Element, memo: dict[etree._Element, tuple[bool, str]]
                          ) -> etree._Element | None:
    """A picture in the link whose description repeats the rest of the link's words."""
    pictures = [img for img in link.iter("img") if (img.get("alt") or "").strip()]
    if len(pictures) != 1 or is_hidden(pictures[0], memo):
        return None
    picture = pictures[0]
    alt = _words(picture.get("alt") or "")
    name = _words(accessible_name(link))
    if (link.get("aria-label") or "").strip() or (link.get("aria-labelledby") or "").strip():
        return None  # the link's own label replaces both
    return picture if alt and name == alt + alt else None


@rule("AX236", "link-said-twice", severity="info",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)", wcag=("2.4.4", "1.1.1"))
def check_link_said_twice(ctx: CheckContext) -> Iterator[Finding]:
    """One link is said twice: a picture and its caption linked separately to the same
    place, or a linked picture whose description repeats the link's words.

    Keyboard users have to press Tab twice to get past it, and screen reader users hear
    the same link twice. Put the picture and the words in one link, and leave the
    picture's description empty when the words already say it.

    Bad::

        <a href="/sensory-room"><img src="room.jpg" alt="Our sensory room"></a>
        <a href="/sensory-room">Our sensory room</a>

    Good::

        <a href="/sensory-room"><img src="room.jpg" alt=""> Our sensory room</a>
    """
    memo = hidden_memo(ctx)
    for first, second in _side_by_side(ctx.document.main):
        address = _address(second)
        if first.get("download") is not None or second.get("download") is not None:
            continue  # one opens the file, the other saves it (WordPress's File block)
        if (not address or address != _address(first) or is_hidden(first, memo)
                or is_hidden(second, memo) or "-1" in (first.get("tabindex"),
                                                       second.get("tabindex"))):
            continue
        yield finding(
            "This link is right next to another link to the same place, so keyboard users "
            "press Tab twice to get past it and screen reader users hear it twice. Put the "
            "picture and the words in one link.",
            element=second,
            excerpt=accessible_name(second)[:160],
        )
    for link in ctx.document.links():
        picture = _repeated_description(link, memo) if _address(link) else None
        if picture is not None and not is_hidden(link, memo):
            yield finding(
                "The picture in this link is described with the same words as the link, "
                "so screen readers read them twice. Mark the picture as decorative (an "
                "empty description), as the link's words already say where it goes.",
                element=picture,
                excerpt=picture.get("alt") or "",
            )
