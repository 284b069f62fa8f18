"""AX228: a video on the page with no captions file, when nothing says its captions are
part of the picture (a note: a person must watch it to be sure).

Deaf and hard of hearing parents follow what is said in a video through captions (WCAG 2.2
SC 1.2.2 Captions (Prerecorded)). The markup shows a captions file (``<track>``); captions
burnt into the picture cannot be seen in it, so a video with neither a track nor a file
name that says it is captioned is worth a look, not a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.accessibility.autoplay import SILENT, media_sources
from senreport.rules.registry import rule

#: File names that say the captions are in the picture ("assembly-captioned.mp4").
_CAPTIONED = re.compile(r"(?:^|[/_.-])(?:with-?)?(?:captions?|captioned|subtitles?|subtitled|"
                        r"open-?captions?)(?:[/_.-]|$)", re.IGNORECASE)
#: Kinds of text track a deaf viewer can read the speech from (no kind means subtitles,
#: which WordPress's video block also adds).
_READABLE = frozenset({"", "captions", "subtitles"})


def _path(source: str) -> str:
    return source.split("#", 1)[0].split("?", 1)[0]


def has_captions_track(video: etree._Element) -> bool:
    """Whether the video carries a captions or subtitles file of its own."""
    return any((track.get("src") or "").strip()
               and (track.get("kind") or "").strip().lower() in _READABLE
               for track in video.iter("track"))


@rule("AX228", "video-captions", severity="info",
      reference="WCAG 2.2 SC 1.2.2 Captions (Prerecorded)", act=("f51b46",), wcag=("1.2.2",))
def check_video_captions(ctx: CheckContext) -> Iterator[Finding]:
    """A video has no captions file, and nothing says its captions are in the picture.

    Parents who are deaf or hard of hearing need captions to follow what is said in a
    video. Upload a captions file (WebVTT, ``.vtt``) with the video; in WordPress, the video
    block's "Text tracks" setting adds one.

    Bad::

        <video controls src="/uploads/meet-our-senco.mp4"></video>

    Good::

        <video controls src="/uploads/meet-our-senco.mp4">
        <track kind="captions" src="/uploads/meet-our-senco.vtt" srclang="en"></video>
    """
    memo = hidden_memo(ctx)
    for video in ctx.document.main.iter("video"):
        if video.get("muted") is not None or has_captions_track(video):
            continue
        sources = [_path(s) for s in media_sources(video)]
        if not sources or any(SILENT.search(s) or _CAPTIONED.search(s) for s in sources):
            continue
        if is_hidden(video, memo):
            continue
        yield finding(
            "This video has no captions file. If what is said in it is not also shown as "
            "words on the screen, parents who are deaf or hard of hearing will miss it. "
            "Please watch it to check, and if it needs them add captions (a .vtt file; in "
            "WordPress, the video block's \"Text tracks\" setting).",
            element=video,
            excerpt=sources[0],
        )
