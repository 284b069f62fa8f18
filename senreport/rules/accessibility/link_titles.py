"""AX251: a link whose title (the tooltip set in the link settings) repeats its own words.

The title adds nothing for anyone, and screen readers that read a link's title as its
description say the words twice ("Term dates, link, Term dates"); tooltips cover what is
beside the link for people who magnify the screen (WCAG 2.2 SC 2.4.4 Link Purpose (In
Context): technique H33 uses a title only to add to the link's words, never to repeat
them). Found where a shown link's title, ignoring case, spacing and punctuation at either
end, is the same as the words shown in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import name_from_content
from senreport.rules.accessibility.links import links
from senreport.rules.registry import rule

_EDGES = re.compile(r"^[\W_]+|[\W_]+$")


def _plain(text: str) -> str:
    return " ".join(_EDGES.sub("", text).lower().split())


@rule("AX251", "link-title-repeated", severity="info",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)", wcag=("2.4.4",))
def check_link_title_repeated(ctx: CheckContext) -> Iterator[Finding]:
    """A link's title (its tooltip) repeats the link's own words.

    Some screen readers then read the words twice, and the tooltip adds nothing. Leave the
    title empty, or use it only for something the words do not say.

    Bad::

        <a href="/term-dates" title="Term dates">Term dates</a>

    Good::

        <a href="/term-dates">Term dates</a>
    """
    for link, _name in links(ctx):
        title = link.get("title")
        if title is None or not title.strip():
            continue
        shown = _plain(name_from_content(link))
        if shown and _plain(title) == shown:
            yield finding(
                "This link's title (the tooltip in its link settings) repeats the link's own "
                "words, so some screen readers read them twice. Delete the title; keep one "
                "only to add something the link's words do not say.",
                element=link,
            )
