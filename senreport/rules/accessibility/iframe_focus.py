"""AX225: an embedded frame (a video player, a map, a form) taken out of the keyboard's
path with ``tabindex="-1"``, although it holds links or buttons.

People who use a keyboard rather than a mouse move through a page with the Tab key. A
frame marked ``tabindex="-1"`` is skipped, and with it everything inside it: the play
button of the video, the booking form (WCAG 2.2 SC 2.1.1 Keyboard).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree, html

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_focusable, is_hidden
from senreport.rules.registry import rule

#: Embedded pages that always hold controls: video players, maps, forms, calendars.
INTERACTIVE_EMBEDS = re.compile(
    r"^(?:https?:)?//(?:www\.)?(?:youtube(?:-nocookie)?\.com/embed|player\.vimeo\.com|"
    r"google\.[a-z.]+/maps|maps\.google\.|docs\.google\.com/forms|forms\.office\.com|"
    r"calendar\.google\.com|[a-z]+\.wistia\.(?:com|net)|www\.dailymotion\.com/embed|"
    r"open\.spotify\.com/embed|w\.soundcloud\.com/player)", re.IGNORECASE)


def _negative(tabindex: str | None) -> bool:
    return bool(re.fullmatch(r"\s*-\d+\s*", tabindex or ""))


def _tiny(frame: etree._Element) -> bool:
    """Whether the frame is too small to show anything (1 pixel or less)."""
    sizes = [frame.get(a) for a in ("width", "height")]
    return any(s is not None and re.fullmatch(r"\s*[01](?:px)?\s*", s) for s in sizes)


def holds_controls(frame: etree._Element) -> bool:
    """Whether the frame holds something reached with the Tab key: judged from its own
    markup (``srcdoc``) or, for a known video, map or form service, from its address."""
    srcdoc = frame.get("srcdoc")
    if srcdoc is not None:
        if not srcdoc.strip():
            return False
        try:
            inner = html.document_fromstring(srcdoc)
        except (ValueError, etree.ParserError):
            return False
        memo: dict[etree._Element, tuple[bool, str]] = {}
        return any(isinstance(el.tag, str) and is_focusable(el) and not _negative(
            el.get("tabindex")) and not is_hidden(el, memo) for el in inner.iter())
    return bool(INTERACTIVE_EMBEDS.match((frame.get("src") or "").strip()))


@rule("AX225", "iframe-skipped", severity="warning", reference="WCAG 2.2 SC 2.1.1 Keyboard",
      act=("akn7bn",), wcag=("2.1.1",))
def check_iframe_skipped(ctx: CheckContext) -> Iterator[Finding]:
    """An embedded video, map or form is taken out of the keyboard's path.

    ``tabindex="-1"`` on an embedded frame makes the Tab key skip it and everything in
    it, so a parent who cannot use a mouse cannot play the video or fill in the form.

    Bad::

        <iframe src="https://www.youtube.com/embed/abc123" title="Our SEN provision"
        tabindex="-1"></iframe>

    Good::

        <iframe src="https://www.youtube.com/embed/abc123" title="Our SEN provision">
        </iframe>
    """
    memo = hidden_memo(ctx)
    for frame in ctx.document.main.iter("iframe"):
        if not _negative(frame.get("tabindex")) or _tiny(frame):
            continue
        if any(a.get("inert") is not None for a in (frame, *frame.iterancestors())):
            continue
        if is_hidden(frame, memo) or not holds_controls(frame):
            continue
        yield finding(
            'This embedded frame is skipped by the keyboard (tabindex="-1"), so the links '
            "or buttons inside it cannot be reached without a mouse. Ask your web team to "
            "remove the tabindex.",
            element=frame,
            excerpt=frame.get("title") or frame.get("src") or "",
        )
