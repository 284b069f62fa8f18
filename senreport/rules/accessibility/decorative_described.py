"""AX238: an image marked as decoration (``role="presentation"`` or ``role="none"``) that
also has alt text describing it.

The two say opposite things. Screen readers follow the decoration marking and skip the
image, so the description written for it is never heard; if the picture shows something a
parent needs, that is lost (WCAG 2.2 SC 1.1.1 Non-text Content; ARIA in HTML does not allow
these roles on an image with alt text). A note: when the picture really is decoration,
nothing is lost (ACT rules 46ca7f and e88epe pass such an image). An image the marking
cannot hide (it has a label or takes keyboard focus) is AX209's.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.document import normalise_space
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    PRESENTATIONAL,
    hidden_memo,
    is_focusable,
    is_hidden,
)
from senreport.rules.registry import rule

#: Settings that make browsers ignore the decoration marking (ARIA's conflict resolution).
_LABELS = ("aria-label", "aria-labelledby", "aria-describedby")


@rule("AX238", "decorative-image-described", severity="info",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", wcag=("1.1.1",))
def check_decorative_image_described(ctx: CheckContext) -> Iterator[Finding]:
    """An image is marked as decoration for screen readers to skip, yet has alt text.

    Screen readers skip it, so its description is never read. Decide which it is: a
    decoration (leave the alt text empty) or a picture that shows something (take away
    the decoration marking).

    Bad::

        <img src="sensory-room.jpg" role="presentation" alt="Pupils in our sensory room">

    Good::

        <img src="sensory-room.jpg" alt="Pupils in our sensory room">
        <img src="swirl.png" role="presentation" alt="">
    """
    memo = hidden_memo(ctx)
    for image in ctx.document.elements("img"):
        tokens = (image.get("role") or "").strip().lower().split()
        alt = normalise_space(image.get("alt") or "")
        if not tokens or tokens[0] not in PRESENTATIONAL or not alt:
            continue
        if any((image.get(a) or "").strip() for a in _LABELS) or is_focusable(image):
            continue  # the marking is ignored and the image read out: AX209's
        if is_hidden(image, memo):
            continue
        yield finding(
            "This image is marked as decoration, so screen readers skip it, but it is also "
            f'described ("{alt[:80]}"), and that description is never heard. If the picture '
            "shows something, take away the decoration marking; if it is only decoration, "
            "leave its alt text empty.",
            element=image,
            excerpt=alt,
        )
