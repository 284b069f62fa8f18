"""AX255: a link with words that opens a picture file on its own (a .jpg, .png...).

A picture opened by itself has no alt text: a screen reader says only its file name, and
a scanned letter, lunch menu or timetable posted this way cannot be read at all by people
who cannot see it, nor enlarged and reflowed (WCAG 2.2 SC 1.1.1 Non-text Content). Found
on shown links whose address (query and #part aside) ends in a picture file's extension
and which hold no picture themselves: a thumbnail linked to its full-size copy is already
described by its own alt text. A note: words next to the link may already say what the
picture shows, which a person must judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.links import links
from senreport.rules.registry import rule

_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic|avif)$", re.IGNORECASE)
_PICTURES = etree.XPath(".//img | .//svg | .//picture | .//*[@role='img']")


def _path(address: str) -> str:
    return address.split("#", 1)[0].split("?", 1)[0].strip()


@rule("AX255", "link-to-picture", severity="info",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", wcag=("1.1.1",))
def check_link_to_picture(ctx: CheckContext) -> Iterator[Finding]:
    """A link opens a picture file on its own, where it has no text alternative.

    Screen readers can say nothing about a picture opened by itself, and a letter or menu
    posted as a photo cannot be read, enlarged or searched. Put the words on the page, or
    describe the picture beside the link.

    Bad::

        <p>This week's <a href="/uploads/lunch-menu.jpg">lunch menu</a>.</p>

    Good::

        <p>This week's <a href="/lunch-menu">lunch menu</a>.</p>
    """
    for link, name in links(ctx):
        if not name or not _PICTURE_FILE.search(_path(link.get("href") or "")):
            continue
        if _PICTURES(link):
            continue
        yield finding(
            f'The link "{name}" opens a picture on its own, where it has no text '
            "alternative: screen readers cannot say what it shows, and words in it (a "
            "letter, a menu, a timetable) cannot be read aloud or enlarged. Put the words on "
            "the page as text, or say beside the link what the picture shows.",
            element=link,
        )
