"""AX256: a picture whose tooltip (title) says something its alt text does not.

The tooltip shows only when a mouse rests on the picture: never on a phone or tablet, nor
to keyboard users, and screen readers read the alt text and only sometimes the title. So
people get different descriptions depending on how they use the page (WCAG 2.2 SC 1.1.1
Non-text Content: the alt text is the one description everyone can reach). Found on shown
images with no role that have both alt text and a title, where the title, ignoring case,
spacing and punctuation, is not already part of the alt text. An empty alt with a title is
AX113's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.images import images
from senreport.rules.registry import rule

_NOT_WORDS = re.compile(r"[\W_]+")


def _words(text: str) -> str:
    return " ".join(_NOT_WORDS.sub(" ", text).lower().split())


@rule("AX256", "image-title-differs", severity="info",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", wcag=("1.1.1",))
def check_image_title_differs(ctx: CheckContext) -> Iterator[Finding]:
    """A picture's tooltip (title) says something its alt text does not.

    Only mouse users see the tooltip, and screen readers read the alt text. Put everything
    that matters in the alt text and delete the title.

    Bad::

        <img src="logo.png" alt="Kent Local Offer" title="Go to the Kent Local Offer website">

    Good::

        <img src="logo.png" alt="Kent Local Offer">
    """
    for image in images(ctx):
        if image.tag != "img" or (image.get("role") or "").strip():
            continue
        alt, title = _words(image.get("alt") or ""), _words(image.get("title") or "")
        if alt and title and f" {title} " not in f" {alt} ":
            yield finding(
                f'This picture\'s tooltip ("{(image.get("title") or "").strip()}") says '
                f'something its alt text ("{(image.get("alt") or "").strip()}") does not. '
                "Only mouse users see the tooltip, and screen readers read the alt text, so "
                "people are told different things. Put everything that matters in the alt "
                "text and delete the title.",
                element=image, excerpt=image.get("title") or "",
            )
