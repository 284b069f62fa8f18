"""Screen reader settings (ARIA) in the wrong place: AX218, an ``aria-`` setting the part's
role does not allow (``aria-pressed`` on a link, a label on a plain ``div``); AX219, an open
drop-down list or a scroll bar that points to a part (``aria-controls``) the page does not
hold. Screen readers ignore the first and cannot reach the second.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import has_aria_attribute, hidden_memo, is_hidden
from senreport.rules.accessibility.aria_roles import (
    in_flat_part,
    not_allowed,
    semantic_role,
    with_aria,
)
from senreport.rules.registry import rule


@rule("AX218", "aria-not-allowed", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("5c01ea",), wcag=("1.3.1", "4.1.2"))
def check_aria_not_allowed(ctx: CheckContext) -> Iterator[Finding]:
    """A screen reader setting (an aria- setting) is on a part that cannot take it.

    ``aria-pressed`` belongs on a button, ``aria-sort`` on a table's header cell and a
    label (``aria-label``) on a link, button or field, not on a plain ``div`` or ``span``.
    Screen readers ignore a setting in the wrong place, so what it was meant to say is
    never said.

    Bad::

        <a href="/senco" aria-pressed="true">Meet our SENCO</a>

    Good::

        <a href="/senco" aria-current="page">Meet our SENCO</a>
    """
    if not has_aria_attribute(ctx):
        return  # (most pages) no aria- setting anywhere: no walk of the page for one
    memo = hidden_memo(ctx)
    for element in with_aria(ctx.document.main):
        role = semantic_role(element)
        wrong = not_allowed(element, role) if role else []
        if not wrong or is_hidden(element, memo) or in_flat_part(element):
            continue
        what = f"a {role}" if role not in ("generic", "none", "presentation") else \
            "a part with no role of its own"
        yield finding(
            f"The screen reader setting {' and '.join(wrong)} cannot be used on {what}, so "
            "screen readers ignore it. Ask your web team to remove it, or to put it on the "
            "part it belongs to.",
            element=element,
            excerpt=" ".join(wrong),
        )


_CONTROLS = etree.XPath("descendant-or-self::*[@aria-controls]")
_IDS = etree.XPath("//*[@id][not(ancestor::template)]/@id")


@rule("AX219", "aria-missing-reference", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("in6db8",), wcag=("1.3.1", "4.1.2"))
def check_aria_missing_reference(ctx: CheckContext) -> Iterator[Finding]:
    """An open drop-down list or a scroll bar points to a part the page does not hold.

    A search box that offers suggestions says which list holds them (``aria-controls``);
    when that list is missing, screen readers cannot take a parent to the suggestions.

    Bad::

        <input role="combobox" aria-expanded="true" aria-controls="suggestions"
        aria-label="Search">

    Good::

        <input role="combobox" aria-expanded="true" aria-controls="suggestions"
        aria-label="Search"><ul id="suggestions" role="listbox"><li role="option">SEN
        report</li></ul>
    """
    if not ctx.document.has_attribute("aria-controls"):
        return  # (most pages) no walk of the page for a control
    candidates = _CONTROLS(ctx.document.main)
    if not candidates:
        return
    ids: set[str] | None = None
    for element in candidates:
        role = semantic_role(element)
        if role == "combobox":
            if (element.get("aria-expanded") or "").strip().lower() != "true":
                continue
        elif role != "scrollbar":
            continue
        targets = (element.get("aria-controls") or "").split()
        if ids is None:
            ids = set(_IDS(ctx.document.root))
        if any(t in ids for t in targets) or is_hidden(element, hidden_memo(ctx)):
            continue
        yield finding(
            f"This {'drop-down list' if role == 'combobox' else 'scroll bar'} points to a "
            f"part of the page that is not there ({' '.join(targets) or 'none given'}), so "
            "screen readers cannot take people to it. Ask your web team to correct "
            "aria-controls.",
            element=element,
            excerpt=" ".join(targets),
        )
