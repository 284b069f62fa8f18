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


def _side_by_side(main: etree._Element) -> Iterator[tuple[etree._Element, etree._Element]]:
    """Each link and the link before it when nothing with words or a picture comes between
    them, in the order the page is read."""
    previous: etree._Element | None = None
    depth = 0  # how many links the walk is inside (links inside links are another rule's)
    between = False
    skipped = 0
    for event, element in etree.iterwalk(main, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _UNSHOWN:
                skipped += 1
            if skipped or depth:
                if tag == "a":
                    depth += 1
                continue
            if tag == "a" and element.get("href") is not None:
                if previous is not None and not between:
                    yield previous, element
                depth += 1
            elif (element.text or "").strip() or tag in ("img", "svg", "input", "select",
                                                           "textarea", "button", "iframe"):
                between = True
        else:
            if tag in _UNSHOWN:
                skipped -= 1
                continue
            if tag == "a" and depth:
                depth -= 1
                if not depth and not skipped and element.get("href") is not None:
                    previous, between = element, False
            if not skipped and not depth and (element.tail or "").strip():
                between = True


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
