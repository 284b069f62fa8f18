"""AX260: the words point people to part of the page by where it sits on the screen or how
it looks ("the links on the right", "click the green button").

A screen reader user hears the page in one line and cannot tell what is on the right;
on a phone the right-hand column moves below everything else; someone who cannot tell red
from green cannot find the green button (WCAG 2.2 SC 1.3.3 Sensory Characteristics;
failure F14: content identified only by its shape or position). Found only in wording
about the page itself: a part of the page (link, button, menu, box, column, picture...)
on the left or right, the left- or right-hand column, menu or side of the page, the
left or right of the page or screen, or pressing a button by its colour or shape.
Left alone: "above" and "below" (they follow the order screen readers read in too), and a
part a heading, link or button also names in words (technique G96: "the menu on the right"
beside a heading "Menu", "the round button" beside one called "Round button").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name
from senreport.rules.accessibility.links import links
from senreport.rules.registry import rule

_PAGE_PART = (r"(?:links?|buttons?|box(?:es)?|menus?|tabs?|icons?|panels?|columns?|"
              r"sidebars?|pictures?|images?|photos?|forms?|banners?|logos?|arrows?|"
              r"options?|bars?)")
_SIDE = r"(?:right|left)"
_COLOUR_OR_SHAPE = (r"(?:red|green|blue|yellow|orange|purple|pink|grey|gray|black|white|"
                    r"round|square|circular)")
_BY_POSITION = re.compile(
    rf"\b(?P<part>{_PAGE_PART})\s+(?:on|to|at|in)\s+the\s+{_SIDE}\b"
    r"(?!\s+(?:of|to)\s+(?!th(?:is|e)\s+(?:page|screen)))"
    rf"|\b(?:on|in|at|down)\s+the\s+{_SIDE}[- ]hand\s+(?:side\s+of\s+(?:this|the|your)\s+"
    r"(?:page|screen)|column|menu|sidebar|panel|bar)\b"
    rf"|\b(?:on|to|at)\s+the\s+{_SIDE}\s+(?:side\s+)?of\s+(?:this|the|your)\s+(?:page|screen)\b"
    rf"|\b(?:click|press|tap|select|choose|use)\s+(?:on\s+)?the\s+(?P<look>{_COLOUR_OR_SHAPE})\s+"
    r"(?P<thing>buttons?|links?|box(?:es)?|icons?|tabs?|arrows?)\b",
    re.IGNORECASE)


#: Every wording above has "the right", "the left" or "the <colour or shape>" in it: found
#: first, and quickly, so the long pattern reads only the few passages around them.
_ANCHOR = re.compile(rf"the\s+(?:{_SIDE}|{_COLOUR_OR_SHAPE})\b")  # on lower-case text
_AROUND = 60


def _anywhere(text: str, lowered: str) -> bool:
    """Whether the wording is anywhere in the text (read only around its anchors, found in
    ``lowered``, the text in lower case)."""
    for anchor in _ANCHOR.finditer(lowered):  # (a few letters lengthen when
        # lowered, shifting offsets by a character or two: the window allows for it)
        start = max(0, anchor.start() - _AROUND)
        while start and not text[start - 1].isspace():  # from the start of a word
            start += 1
        if _BY_POSITION.search(text, start, anchor.end() + _AROUND):
            return True
    return False


def _singular(noun: str) -> str:
    noun = noun.lower()
    return noun[:-2] if noun.endswith("xes") else noun.rstrip("s")


def _named_elsewhere(ctx: CheckContext, match: re.Match[str]) -> bool:
    """Whether a heading, link or button also names the part in words (technique G96):
    "the menu on the right" beside a heading "Menu", "the round button" beside a button
    called "Round button"."""
    noun = match.group("part") or match.group("thing")
    if not noun:
        return False
    wanted = _singular(noun)
    if match.group("look"):
        wanted = f"{match.group('look').lower()} {wanted}"
    names = [block.text for block in ctx.document.blocks if block.is_heading]
    names += [name for _link, name in links(ctx)]
    names += [accessible_name(button) for button in ctx.document.elements("button")]
    return any(wanted in " ".join(name.lower().split()) for name in names)


@rule("AX260", "identified-by-position", severity="info",
      reference="WCAG 2.2 SC 1.3.3 Sensory Characteristics", wcag=("1.3.3",))
def check_identified_by_position(ctx: CheckContext) -> Iterator[Finding]:
    """The words send people to part of the page by where it is or how it looks.

    Screen reader users cannot see what is "on the right", phones move it elsewhere, and
    not everyone sees colours. Name the thing instead.

    Bad::

        <p>Our SEND policy is in the links on the right.</p>

    Good::

        <p>Our SEND policy is under "Policies" in the menu.</p>
    """
    if not _anywhere(ctx.document.text, ctx.document.lowered):
        return
    for block in ctx.document.blocks:
        match = _BY_POSITION.search(block.text)
        if match is None or block.element is None or _named_elsewhere(ctx, match):
            continue
        yield finding(
            f'"{match.group(0)}" sends people to part of the page by where it sits or how it '
            "looks, which screen reader users cannot see and which moves on a phone. Name "
            'it instead, for example "the Policies page" or "the Apply button".',
            element=block.element, excerpt=block.text[:160],
        )
