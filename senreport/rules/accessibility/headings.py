"""AX rules on headings: their order, the one main heading, and empty ones."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.document import HEADING_TAGS
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    accessible_name,
    hidden_memo,
    is_hidden,
    role_of,
    with_role,
)
from senreport.rules.registry import rule


def headings(ctx: CheckContext) -> list[etree._Element]:
    """The headings a screen reader lists: h1-h6 not hidden and not made into something else."""
    scratch = ctx.document.scratch
    if "ax_headings" not in scratch:
        memo = hidden_memo(ctx)
        # A heading with no role attribute keeps its own (worked out quickly).
        scratch["ax_headings"] = [
            h for h in ctx.document.elements(*HEADING_TAGS)
            if (h.get("role") is None or role_of(h) == "heading") and not is_hidden(h, memo)
        ]
    return scratch["ax_headings"]  # type: ignore[no-any-return]


@rule("AX101", "heading-order", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_heading_order(ctx: CheckContext) -> Iterator[Finding]:
    """A heading skips a level on the way down (a Heading 2 followed by a Heading 4).

    Many parents who use screen readers move around a page by its headings, as a table
    of contents. A missing level makes them think they have missed a section.

    Bad::

        <h2>How we support pupils</h2>
        <h4>Speech and language</h4>

    Good::

        <h2>How we support pupils</h2>
        <h3>Speech and language</h3>
    """
    previous = 0
    for heading in headings(ctx):
        level = int(heading.tag[1])
        if previous and level > previous + 1:
            yield finding(
                f"This heading jumps from Heading {previous} to Heading {level}, skipping a "
                f"level. Change it to Heading {previous + 1}, so people using screen readers "
                f"can follow how the page is organised.",
                element=heading,
            )
        previous = level


@rule("AX102", "single-h1", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_single_h1(ctx: CheckContext) -> Iterator[Finding]:
    """The content has more than one main heading (Heading 1).

    Heading 1 names the page. When there are several, screen reader users cannot tell
    what the page is about or where its main parts begin.

    Bad::

        <h1>SEN Information Report</h1>
        <p>Our report for 2026.</p>
        <h1>Our SENCO</h1>

    Good::

        <h1>SEN Information Report</h1>
        <p>Our report for 2026.</p>
        <h2>Our SENCO</h2>
    """
    for index, heading in enumerate(h for h in headings(ctx) if h.tag == "h1"):
        if index:
            yield finding(
                "There is more than one main heading (Heading 1). Keep Heading 1 for the "
                "page title and change this one to Heading 2.",
                element=heading,
            )


@rule("AX103", "empty-heading", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships; SC 2.4.6 Headings and Labels",
      act=("ffd0e9",), wcag=("1.3.1", "2.4.6"))
def check_empty_heading(ctx: CheckContext) -> Iterator[Finding]:
    """A heading with no words in it.

    Empty headings are often left behind to add space. Screen readers still announce
    them, as a heading with nothing in it, which is confusing.

    Bad::

        <h2> </h2>
        <p>Our SENCO is Ms Patel.</p>

    Good::

        <h2>Our SENCO</h2>
        <p>Our SENCO is Ms Patel.</p>
    """
    candidates = [*headings(ctx), *(
        el for el in with_role(ctx, "heading")
        if el.tag not in HEADING_TAGS and not is_hidden(el, hidden_memo(ctx)))]
    for heading in candidates:
        if not accessible_name(heading):
            yield finding(
                "This heading is empty. Type the heading text, or delete the heading; to add "
                "space, use a spacer block or a blank paragraph instead.",
                element=heading,
            )
