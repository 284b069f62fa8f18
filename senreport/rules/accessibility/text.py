"""AX rules on how text is set: capitals throughout and justified text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.document import HEADING_TAGS
from senreport.findings import Finding, finding
from senreport.rules.registry import rule

_JUSTIFY = re.compile(r"text-align\s*:\s*justify", re.IGNORECASE)
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_COMMON_WORDS = frozenset({
    "A", "AN", "THE", "AND", "OR", "OF", "TO", "IN", "ON", "FOR", "WITH", "OUR", "YOUR", "WE",
    "IS", "ARE", "AT", "BY", "BE", "IT", "THIS", "THAT", "YOU", "ALL", "HOW", "WHAT", "WHO",
    "CAN", "WILL", "FROM", "NOT", "IF", "PLEASE", "CHILD", "CHILDREN", "SCHOOL", "HELP",
})


def previous_element(element: etree._Element) -> etree._Element | None:
    """The element just before this one, skipping comments (block editor markers)."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous


def _all_capitals(text: str) -> bool:
    if text.isascii():
        if text.upper() != text:  # quicker than looking at each letter
            return False
    elif any(ch.islower() for ch in text):
        return False
    words = _LETTER_WORD.findall(text)
    if len(words) < 4:
        return False
    # Several short acronyms ("SEN EHCP LA SENCO") are not shouting; real words are.
    return any(word in _COMMON_WORDS or len(word) >= 6 for word in words)


@rule("AX151", "all-capitals", severity="warning",
      reference="WCAG 2.2 SC 1.4.8 Visual Presentation (good practice)", wcag=("1.4.8",))
def check_all_capitals(ctx: CheckContext) -> Iterator[Finding]:
    """A paragraph or heading written wholly in capital letters.

    Words in capitals all have the same rectangular shape, so they are much slower to
    read, especially for people with dyslexia; some screen readers spell them out.

    Bad::

        <p>PLEASE CONTACT THE SCHOOL OFFICE TO BOOK A MEETING.</p>

    Good::

        <p>Please contact the school office to book a meeting.</p>
    """
    for element in ctx.document.elements("p", *HEADING_TAGS):
        # An element holding no other (nor a comment) holds its own text alone.
        if _all_capitals(element.text_content() if len(element) else element.text or ""):
            yield finding(
                "This is written all in capital letters, which is harder to read, especially "
                "for people with dyslexia. Write it in ordinary sentence case; use bold if it "
                "needs to stand out.",
                element=element,
            )


def _is_justified(element: etree._Element) -> bool:
    return bool(_JUSTIFY.search(element.get("style") or "")
                or (element.get("align") or "").lower() == "justify")


@rule("AX152", "justified-text", severity="info",
      reference="WCAG 2.2 SC 1.4.8 Visual Presentation", wcag=("1.4.8",))
def check_justified_text(ctx: CheckContext) -> Iterator[Finding]:
    """Text is justified (lined up on both the left and right edges).

    Justified text leaves uneven gaps between words, "rivers" of white space that make
    reading harder, especially for people with dyslexia.

    Bad::

        <p style="text-align: justify">We meet every parent each term.</p>

    Good::

        <p>We meet every parent each term.</p>
    """
    if not ctx.document.has_attribute("style", "align"):
        return  # nothing anywhere says how text is aligned
    previous: etree._Element | None = None
    for element in ctx.document.elements():
        if not isinstance(element.tag, str) or not _is_justified(element):
            continue
        # One finding for a run of justified paragraphs, and none for their insides.
        inside = any(_is_justified(a) for a in element.iterancestors())
        if not inside and (previous is None or previous_element(element) is not previous):
            yield finding(
                "This text is justified (lined up on both sides), which leaves uneven gaps "
                "between words and makes it harder to read. Align it to the left instead.",
                element=element,
            )
        previous = element
