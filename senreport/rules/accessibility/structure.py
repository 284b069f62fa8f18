"""AX rules on the page's structure: unique anchor names, no obsolete markup, no empty
paragraphs, no page that reloads itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.document import Document, normalise_space
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.accessibility.text import previous_element
from senreport.rules.registry import rule

_MOVING = ("blink", "marquee")
_PRESENTATIONAL = ("center", "font", "basefont", "big", "strike", "tt")


@rule("AX180", "duplicate-id", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships; SC 4.1.2 Name, Role, Value",
      act=("3ea0c8",), wcag=("1.3.1", "4.1.2"))
def check_duplicate_id(ctx: CheckContext) -> Iterator[Finding]:
    """Two parts of the page share the same id (anchor name).

    Links to a part of the page ("jump to Our SENCO") and labels on form fields find
    their target by its id. When two share one, they can take a parent to the wrong place.

    Bad::

        <h2 id="contact">Contact the SENCO</h2>
        <h2 id="contact">Contact the office</h2>

    Good::

        <h2 id="contact-senco">Contact the SENCO</h2>
        <h2 id="contact-office">Contact the office</h2>
    """
    if not ctx.document.has_attribute("id"):
        return  # no walk of the page for one
    counts: dict[str, int] = {}
    for element in ctx.document.root.xpath("descendant-or-self::*[@id]"):  # document order
        identifier = element.get("id")
        if not identifier:
            continue
        counts[identifier] = counts.get(identifier, 0) + 1
        if counts[identifier] == 2:
            yield finding(
                f'The anchor name (id) "{identifier}" is used more than once on this page, so '
                "links to it and labels that use it may go to the wrong place. Give each one a "
                "different name.",
                element=element,
                excerpt=identifier,
            )


@rule("AX185", "moving-text", severity="warning", reference="WCAG 2.2 SC 2.2.2 Pause, Stop, Hide",
      wcag=("2.2.2",))
def check_moving_text(ctx: CheckContext) -> Iterator[Finding]:
    """Text that blinks or scrolls across the page by itself (blink, marquee).

    Moving text is hard or impossible to read for many people with dyslexia, visual
    impairments or attention difficulties, and it cannot be paused.

    Bad::

        <marquee>Parents' evening is on Thursday</marquee>

    Good::

        <p><strong>Parents' evening is on Thursday</strong></p>
    """
    for element in ctx.document.elements(*_MOVING):
        if is_hidden(element, hidden_memo(ctx)):
            continue
        yield finding(
            "This text moves or blinks by itself, which many people find hard or impossible "
            "to read, and it cannot be stopped. Make it an ordinary paragraph; use bold or a "
            "heading to make it stand out.",
            element=element,
        )


@rule("AX186", "obsolete-formatting", severity="info",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships (good practice: HTML's obsolete "
                "features)", wcag=("1.3.1",))
def check_obsolete_formatting(ctx: CheckContext) -> Iterator[Finding]:
    """Old formatting tags (center, font) from pasted text.

    Text pasted from old pages or word processors can bring formatting tags that web
    browsers no longer support properly. They carry looks, not meaning, and they stop
    the site's own styles (larger text, high contrast) from working.

    Bad::

        <center><font face="Comic Sans MS" size="4">Welcome to our SEN page</font></center>

    Good::

        <p class="has-text-align-center">Welcome to our SEN page</p>
    """
    for element in ctx.document.elements(*_PRESENTATIONAL):
        if is_hidden(element, hidden_memo(ctx)):
            continue
        yield finding(
            f"This text uses old formatting (a <{element.tag}> tag), probably pasted from "
            "another document. Clear the formatting (in WordPress, paste as plain text or use "
            "\"Clear formatting\") and use the editor's own alignment and styles.",
            element=element,
        )


def _is_empty_paragraph(paragraph: etree._Element) -> bool:
    """A paragraph with no words and nothing else in it (an image, a field, a frame)."""
    if (paragraph.text or "").strip() or normalise_space(paragraph.text_content()):
        return False
    return not any(isinstance(el.tag, str) and el.tag not in ("br", "span", "strong", "b",
                                                               "em", "i", "u", "font")
                   for el in paragraph.iterdescendants())


@rule("AX187", "empty-paragraph", severity="info",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships (good practice)", wcag=("1.3.1",))
def check_empty_paragraph(ctx: CheckContext) -> Iterator[Finding]:
    """Empty paragraphs used to add space between parts of the page.

    Pressing Enter twice leaves an empty paragraph behind. Screen readers announce each
    one ("blank"), and the space it makes changes with every theme.

    Bad::

        <p>Our SENCO is Mrs Khan.</p>
        <p>&nbsp;</p>
        <p>You can email her at senco@oak.sch.uk.</p>

    Good::

        <p>Our SENCO is Mrs Khan.</p>
        <p>You can email her at senco@oak.sch.uk.</p>
    """
    previous_empty: etree._Element | None = None
    for paragraph in ctx.document.elements("p"):
        if not _is_empty_paragraph(paragraph) or is_hidden(paragraph, hidden_memo(ctx)):
            previous_empty = None
            continue
        if previous_empty is None or previous_element(paragraph) is not previous_empty:
            yield finding(
                "This paragraph is empty, probably left to add space. Screen readers announce "
                'it as "blank". Delete it; if you need more space, use a spacer block.',
                element=paragraph,
                excerpt="",
            )
        previous_empty = paragraph


#: A refresh's time, as HTML reads the content of ``<meta http-equiv="refresh">``: digits,
#: perhaps a fraction, then the end or a separator before the address to go to.
_REFRESH = re.compile(r"\s*(\d+)[\d.]*(?:$|[\s;,])")
#: A refresh after this long (20 hours) is not one anybody waits for (WCAG's exception).
LONG_REFRESH = 72000


def refresh_time(content: str) -> int | None:
    """The seconds before a meta refresh, or None when its content is not valid."""
    match = _REFRESH.match(content)
    return int(match.group(1)) if match else None


def page_refresh(document: Document) -> tuple[etree._Element, int] | None:
    """The meta refresh browsers act on (the first valid one) and its seconds, if any."""
    for meta in document.root.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        seconds = refresh_time(meta.get("content") or "")
        if seconds is not None:  # browsers ignore an invalid one and read the next
            return meta, seconds
    return None


@rule("AX208", "page-refresh", severity="warning",
      reference="WCAG 2.2 SC 2.2.1 Timing Adjustable; SC 3.2.5 Change on Request",
      act=("bc659a", "bisz58"), wcag=("2.2.1",))
def check_page_refresh(ctx: CheckContext) -> Iterator[Finding]:
    """The page reloads itself, or moves to another page, after a delay.

    A parent who reads slowly, or listens with a screen reader, loses their place when
    the page changes under them without being asked.

    Bad::

        <meta http-equiv="refresh" content="30">

    Good::

        <meta http-equiv="refresh" content="0; url=https://oak.sch.uk/send-report">
    """
    refresh = page_refresh(ctx.document)
    if refresh is not None and 0 < refresh[1] <= LONG_REFRESH:
        yield finding(
            f"This page reloads itself or moves to another page after {refresh[1]} "
            "seconds, so someone reading slowly or using a screen reader can lose their "
            "place. Ask your web team to remove the automatic refresh.",
            element=refresh[0],
        )
