"""AX209: something marked as decoration that screen readers read out all the same.

An image with empty alt text (``alt=""``), or anything given ``role="presentation"`` or
``role="none"``, is marked as decoration for screen readers to pass over. If it also has
a label (``aria-label``, ``aria-labelledby``, ``aria-describedby``) or can take keyboard
focus, browsers ignore the marking and announce it after all, often with no useful name.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    PRESENTATIONAL,
    hidden_memo,
    is_hidden,
    role_of,
)
from senreport.rules.registry import rule


def _marked_decorative(element: etree._Element) -> bool:
    """Whether the markup marks the element as decoration (its own role, or an empty alt)."""
    tokens = (element.get("role") or "").strip().lower().split()
    if tokens:
        return tokens[0] in PRESENTATIONAL
    return element.tag == "img" and element.get("alt") == ""


@rule("AX209", "decorative-exposed", severity="warning",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content; SC 1.3.1 Info and Relationships",
      act=("46ca7f",), wcag=("1.1.1", "1.3.1"))
def check_decorative_exposed(ctx: CheckContext) -> Iterator[Finding]:
    """Something marked as decoration is still read out by screen readers.

    Empty alt text, or ``role="presentation"``, tells screen readers to pass an image or
    a part of the page over. A label or keyboard focus on the same element undoes that,
    so a parent hears it announced after all, and the two settings contradict each other.

    Bad::

        <img src="leaf.png" alt="" aria-label="leaf">

    Good::

        <img src="leaf.png" alt="">
    """
    document = ctx.document
    if not (document.has_attribute("role") or document.has_attribute("alt")):
        return
    for element in document.main.iter():
        if not isinstance(element.tag, str) or not _marked_decorative(element):
            continue
        if role_of(element) in PRESENTATIONAL or is_hidden(element, hidden_memo(ctx)):
            continue
        yield finding(
            "This is marked as decoration for screen readers to skip (empty alt text or "
            "role=\"presentation\"), but it also has a label or can be reached with the "
            "keyboard, so screen readers read it out after all. Either describe it properly "
            "or remove the label (or the keyboard focus).",
            element=element,
        )
