"""AX224: a video or sound clip that starts playing with sound by itself, with no way on
the page to pause it or turn the sound off.

Sound that starts on its own drowns out a screen reader, so a blind parent cannot hear the
page, or find the control to stop it (WCAG 2.2 SC 1.4.2 Audio Control).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name, hidden_memo, is_hidden
from senreport.rules.registry import rule

#: A media fragment that plays only part of a clip ("#t=8,10").
_FRAGMENT = re.compile(r"#t=(?:npt:)?([\d.]+)?,([\d.]+)$")
#: File names that say a clip has no sound.
SILENT = re.compile(r"(?:^|[/_.-])(?:silent|no-?audio|no-?sound|muted)(?:[/_.-]|$)",
                     re.IGNORECASE)
#: Words on a button of the page's own that stops the sound.
_STOPS = re.compile(r"\b(?:pause|stop|mute|sound off|volume)\b", re.IGNORECASE)
_TAG_RULE = re.compile(r"(?:^|\})\s*([a-z][a-z0-9]*)\s*\{([^}]*)\}", re.IGNORECASE)
_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_CONTROLS = etree.XPath("//button | //input[@type='button'] | //*[@role='button']")


def media_sources(media: etree._Element) -> list[str]:
    """The addresses a video or sound clip plays from (its own and its sources')."""
    return [s.strip() for s in (media.get("src"), *(el.get("src") for el in
            media.iter("source"))) if s and s.strip()]


def _short_or_silent(sources: list[str]) -> bool:
    """Whether every source plays 3 seconds or less, or says it has no sound."""
    if not sources:
        return True  # nothing to play
    for source in sources:
        fragment = _FRAGMENT.search(source)
        if SILENT.search(source.split("#", 1)[0].split("?", 1)[0]):
            continue
        if fragment and float(fragment.group(2)) - float(fragment.group(1) or 0) <= 3:
            continue
        return False
    return True


def _sheet_hidden_tags(root: etree._Element) -> set[str]:
    """Tags the page's own style sheets hide outright ("button { display: none }")."""
    return {tag.lower() for sheet in root.iter("style")
            for tag, body in _TAG_RULE.findall(sheet.text or "") if _NONE.search(body)}


def _has_own_controls(ctx: CheckContext) -> bool:
    """Whether the page shows a button of its own, named, to pause or mute (a custom
    player); one hidden from sight or from screen readers does not count."""
    found: bool | None = ctx.document.scratch.get("ax_media_controls")
    if found is None:
        memo = hidden_memo(ctx)
        unseen = _sheet_hidden_tags(ctx.document.root)
        found = any(_STOPS.search(accessible_name(b) or "") and b.tag not in unseen
                    and not is_hidden(b, memo) for b in _CONTROLS(ctx.document.root))
        ctx.document.scratch["ax_media_controls"] = found
    return found


@rule("AX224", "autoplay-audio", severity="warning",
      reference="WCAG 2.2 SC 1.4.2 Audio Control", act=("80f0bf", "4c31df"), wcag=("1.4.2",))
def check_autoplay_audio(ctx: CheckContext) -> Iterator[Finding]:
    """A video or sound clip plays with sound by itself and has no controls.

    A clip that starts talking or playing music as the page opens drowns out a screen
    reader: a blind parent cannot hear the page, nor find how to stop it. Let people start
    it themselves, or start it muted, or at least show its controls.

    Bad::

        <video src="/uploads/welcome-from-the-head.mp4" autoplay></video>

    Good::

        <video src="/uploads/welcome-from-the-head.mp4" controls></video>
    """
    for media in ctx.document.main.iter("audio", "video"):
        if media.get("autoplay") is None or media.get("muted") is not None or (
                media.get("controls") is not None):
            continue
        if _short_or_silent(media_sources(media)):
            continue  # (hidden or not: a hidden clip is still heard)
        if _has_own_controls(ctx):
            continue
        kind = "video" if media.tag == "video" else "sound clip"
        yield finding(
            f"This {kind} starts playing with sound by itself and shows no controls, so it "
            "drowns out screen readers and cannot be stopped. Ask your web team to remove "
            "autoplay, or to add controls or start it muted.",
            element=media,
            excerpt=(media_sources(media) or [""])[0],
        )
