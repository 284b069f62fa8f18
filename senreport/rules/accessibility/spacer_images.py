"""AX254: a spacer image, a see-through picture put in to make a gap or push things apart.

Space made by pictures of a fixed size does not adjust when people enlarge the text, read
on a phone or use their own colours and spacing, and a spacer given alt text is read out
(WCAG 2.2 SC 1.1.1 Non-text Content: advisory technique C18 makes space with styles, never
pictures). Found only where the markup says so: a shown image whose file (its address's
last part, with no query) is called spacer, shim, blank, clear, transparent, trans,
pixel or 1x1 (GIF or PNG; "spacer" may carry a suffix such as spacer-10.gif), or a GIF
set to 1 or 0 pixels one way and wider the other (a line of space). A 1 by 1 picture alone
is left alone (most are counters for a website's statistics, not spacing), as is a
placeholder a script swaps for the real picture (srcset, a data-src or data-lazy setting,
class lazy...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

_SPACER_FILE = re.compile(
    r"(?:spacer[\w-]{0,8}|shim|blank|clear|clearpixel|clear[-_]pixel|transparent|trans|pixel"
    r"|1x1)\.(?:gif|png)", re.IGNORECASE)
_PIXELS = re.compile(r"\s*(\d{1,5})(?:\.0*)?\s*(?:px)?\s*", re.IGNORECASE)


def _pixels(value: str | None) -> int | None:
    match = _PIXELS.fullmatch(value or "")
    return int(match.group(1)) if match else None


def _spacer(image: etree._Element) -> bool:
    address = (image.get("src") or "").strip()
    if not address or "?" in address or address.lower().startswith("data:"):
        return False
    name = address.rsplit("/", 1)[-1]
    if _SPACER_FILE.fullmatch(name):
        return True
    if not name.lower().endswith(".gif"):
        return False
    width, height = _pixels(image.get("width")), _pixels(image.get("height"))
    return width is not None and height is not None and min(width, height) <= 1 < max(
        width, height)


def _lazy(image: etree._Element) -> bool:
    """Whether a script swaps the picture in later (the spacer is only a placeholder)."""
    return (image.get("srcset") is not None or "lazy" in (image.get("class") or "").lower()
            or any(name.startswith("data-") and ("src" in name or "lazy" in name
                                                 or "original" in name)
                   for name in image.attrib))


@rule("AX254", "spacer-image", severity="info",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", wcag=("1.1.1",))
def check_spacer_image(ctx: CheckContext) -> Iterator[Finding]:
    """A see-through spacer picture is used to make a gap.

    Gaps made with pictures do not adjust when people enlarge the text or read on a
    phone, and a spacer with alt text is read out. Use the editor's spacing instead.

    Bad::

        <p>Mrs Khan <img src="/images/spacer.gif" width="40" height="1" alt=""> SENCO</p>

    Good::

        <p>Mrs Khan, SENCO</p>
    """
    memo = hidden_memo(ctx)
    for image in ctx.document.elements("img"):
        if _spacer(image) and not _lazy(image) and not is_hidden(image, memo):
            yield finding(
                "This is a spacer: a see-through picture put in to make a gap. Gaps made "
                "with pictures do not adjust when people enlarge the text or read on a "
                "phone. Delete the picture and use the editor's spacing (a new paragraph, "
                "or the spacer block) instead.",
                element=image, excerpt=image.get("src") or "",
            )
