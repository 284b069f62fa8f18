"""AX234: a sound recording on the page (a player, or a link to a sound or video file)
with no transcript beside it: no link or words that say "transcript", and no long passage
of text that could be one (a note: whether a passage is the transcript needs a person).

Deaf and hard of hearing parents read what is said in a recording from its transcript
(WCAG 2.2 SC 1.2.1 Audio-only and Video-only (Prerecorded)).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.accessibility.autoplay import SILENT, media_sources
from senreport.rules.registry import rule

_RECORDING = re.compile(r"\.(mp3|wav|m4a|ogg|oga|aac|flac|wma|mp4|m4v|mov|webm|avi|wmv)$",
                        re.IGNORECASE)
_TRANSCRIPT = re.compile(r"\btranscri(?:pt|ption|bed)s?\b|\bwritten version\b|"
                         r"\bin (?:writing|words)\b", re.IGNORECASE)
_OFF_SCREEN = re.compile(r"text-indent\s*:\s*-\d{3,}", re.IGNORECASE)
#: A passage this long beside a recording may be its transcript: a person must say.
LONG_PASSAGE = 40
_TEXT_TAGS = ("p", "div", "blockquote", "details", "section", "li", "dd", "td", "a")


def _path(address: str) -> str:
    return address.split("#", 1)[0].split("?", 1)[0].strip()


def _shown(element: etree._Element, memo: dict[etree._Element, tuple[bool, str]]) -> bool:
    return not is_hidden(element, memo) and not any(
        _OFF_SCREEN.search(e.get("style") or "") for e in (element, *element.iterancestors()))


def _own_text(element: etree._Element) -> str:
    """The words written directly in an element (not in its children)."""
    return " ".join([element.text or "", *(child.tail or "" for child in element)])


def _holds_transcript(part: etree._Element,
                      memo: dict[etree._Element, tuple[bool, str]]) -> bool:
    """Whether a part of the page shows a transcript, a link to one, or a passage long
    enough to be one."""
    if _TRANSCRIPT.search(part.text_content()) and any(
            _TRANSCRIPT.search(_own_text(e)) and _shown(e, memo)
            for e in part.iter() if isinstance(e.tag, str)):
        return True
    return any(len(e.text_content().split()) >= LONG_PASSAGE and _shown(e, memo)
               for e in part.iter(*_TEXT_TAGS))


def _has_transcript_near(media: etree._Element,
                         memo: dict[etree._Element, tuple[bool, str]],
                         parts: dict[etree._Element, bool]) -> bool:
    """Whether the recording's surroundings (its part of the page, up to two levels up,
    and the three parts either side of that) hold a transcript; ``parts`` remembers each
    part's answer for the page's other recordings."""
    area = media
    for _ in range(2):
        parent = area.getparent()
        if parent is None or parent.tag in ("body", "html", "main"):
            break
        area = parent
    before = islice((e for e in area.itersiblings(preceding=True)
                     if isinstance(e.tag, str)), 3)
    after = islice((e for e in area.itersiblings() if isinstance(e.tag, str)), 3)
    for part in (area, *before, *after):
        if part not in parts:
            parts[part] = _holds_transcript(part, memo)
        if parts[part]:
            return True
    return False


def _recordings(ctx: CheckContext) -> Iterator[tuple[etree._Element, str]]:
    """Each audio player that can be played, and each link to a recording file."""
    for audio in ctx.document.main.iter("audio"):
        if audio.get("controls") is None and audio.get("autoplay") is None:
            continue  # nothing plays it, nor can anyone start it
        sources = [_path(s) for s in media_sources(audio)]
        if sources and not any(SILENT.search(s) for s in sources):
            yield audio, sources[0]
    for link in ctx.document.main.iter("a"):
        address = _path(link.get("href") or "")
        if _RECORDING.search(address) and not SILENT.search(address):
            yield link, address


@rule("AX234", "recording-transcript", severity="info",
      reference="WCAG 2.2 SC 1.2.1 Audio-only and Video-only (Prerecorded)",
      act=("2eb176", "e7aa44"), wcag=("1.2.1",))
def check_recording_transcript(ctx: CheckContext) -> Iterator[Finding]:
    """A sound recording, or a link to one, has no transcript beside it.

    Parents who are deaf or hard of hearing cannot hear a recorded message from the head
    or a podcast. Put a transcript (what is said, written out) on the page or link to it.

    Bad::

        <p>Listen to our SENCO's welcome.</p>
        <audio controls src="/uploads/senco-welcome.mp3"></audio>

    Good::

        <p>Listen to our SENCO's welcome.</p>
        <audio controls src="/uploads/senco-welcome.mp3"></audio>
        <p><a href="/senco-welcome-transcript">Read the transcript</a></p>
    """
    memo = hidden_memo(ctx)
    parts: dict[etree._Element, bool] = {}
    for element, address in _recordings(ctx):
        if not _shown(element, memo) or _has_transcript_near(element, memo, parts):
            continue
        kind = "sound recording" if element.tag == "audio" else "link to a recording"
        yield finding(
            f"This {kind} has no transcript beside it, so parents who are deaf or hard of "
            "hearing cannot follow what is said. If there is no written version elsewhere "
            "on the page, add one or link to it (\"Read the transcript\").",
            element=element,
            excerpt=address,
        )
