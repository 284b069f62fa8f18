"""Content the keyboard reaches but screen readers do not read as itself.

AX206: ``aria-hidden="true"`` takes an element and all it holds out of what a screen
reader reads, but not out of the keyboard's tab order. A link or button inside it is still
reached with the Tab key, and a screen reader user then lands on something that is
announced as nothing at all.

AX210: a button, checkbox, tab or similar control is read out as one thing, its contents
flattened into its name. A link or field inside it is still reached with the Tab key, but
is not announced as a link or field, and pressing it may press the control instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden, role_of
from senreport.rules.registry import rule

_FOCUSABLE_TAGS = frozenset({"button", "select", "textarea", "iframe"})
_DISABLEABLE = frozenset({"button", "input", "select", "textarea"})
_GONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)", re.IGNORECASE)


def _in_tab_order(element: etree._Element) -> bool:
    """Whether the Tab key reaches the element (by its kind, or by ``tabindex``)."""
    tabindex = (element.get("tabindex") or "").strip()
    if tabindex:
        try:
            return int(tabindex) >= 0
        except ValueError:
            pass  # an unreadable tabindex is ignored, as browsers do
    tag = element.tag
    if tag in _DISABLEABLE and element.get("disabled") is not None:
        return False
    if tag in ("a", "area"):
        return element.get("href") is not None
    if tag == "input":
        return (element.get("type") or "").strip().lower() != "hidden"
    if tag == "summary":
        parent = element.getparent()
        return parent is not None and parent.tag == "details" and next(
            parent.iterchildren("summary"), None) is element
    editable = element.get("contenteditable")
    if editable is not None and editable.strip().lower() in ("", "true"):
        return True
    return tag in _FOCUSABLE_TAGS


def _gone(element: etree._Element, root: etree._Element) -> bool:
    """Whether the element, or anything between it and ``root``, is not shown at all."""
    node: etree._Element | None = element
    while node is not None:
        if node.get("hidden") is not None or _GONE.search(node.get("style") or ""):
            return True
        if node is root:
            return False
        node = node.getparent()
    return False


def _moves_focus_on(element: etree._Element, scripts: str) -> bool:
    """A focus sentinel: a page script sends focus on as soon as the element takes it."""
    identifier = element.get("id")
    return bool(identifier) and identifier in scripts and "focus" in scripts


@rule("AX206", "hidden-focusable", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("6cfa84",), wcag=("1.3.1", "4.1.2"))
def check_hidden_focusable(ctx: CheckContext) -> Iterator[Finding]:
    """A link, button or form field is hidden from screen readers but not from the keyboard.

    ``aria-hidden="true"`` hides something from screen readers only. A keyboard user who
    presses Tab still lands on the links and buttons inside it, and their screen reader
    then says nothing about where they are.

    Bad::

        <div aria-hidden="true"><a href="/contact">Contact us</a></div>

    Good::

        <div><a href="/contact">Contact us</a></div>
    """
    document = ctx.document
    if not document.has_attribute("aria-hidden"):
        return
    scripts = " ".join(s.text or "" for s in document.root.iter("script"))
    for root in document.main.iter():
        if not isinstance(root.tag, str) or (
                root.get("aria-hidden") or "").strip().lower() != "true":
            continue
        if any((a.get("aria-hidden") or "").strip().lower() == "true"
               for a in root.iterancestors()):
            continue  # reported once, at the outermost hidden element
        reached = [e for e in root.iter() if isinstance(e.tag, str) and _in_tab_order(e)
                   and not _gone(e, root) and not _moves_focus_on(e, scripts)]
        if reached:
            yield finding(
                "This part of the page is hidden from screen readers (aria-hidden), but the "
                "keyboard can still reach the link, button or field in it, so a screen reader "
                "user lands on something that is not read out. Remove aria-hidden, or take "
                "the link or button out of this part.",
                element=root,
            )


#: Roles whose children are presentational: read out as one control (WAI-ARIA 1.2).
FLAT_ROLES = frozenset({"button", "checkbox", "img", "meter", "menuitemcheckbox",
                        "menuitemradio", "option", "progressbar", "radio", "scrollbar",
                        "separator", "slider", "switch", "tab"})

#: Elements whose own role may be one of those (the others need a ``role`` to be one).
_FLAT_TAGS = frozenset({"button", "summary", "img", "input", "option", "progress", "meter",
                        "hr", "svg"})


@rule("AX210", "nested-control", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("307n5z",), wcag=("1.3.1", "4.1.2"))
def check_nested_control(ctx: CheckContext) -> Iterator[Finding]:
    """A link or form field inside a button (or a tab, or a checkbox).

    Screen readers read a button as one thing. A link put inside it (an accordion's
    question that holds a link, say) is still reached with the Tab key, but is not
    announced as a link, and pressing it may press the button instead.

    Bad::

        <button class="accordion">Who is our SENCO? <a href="/contact">Contact</a></button>

    Good::

        <button class="accordion">Who is our SENCO?</button> <a href="/contact">Contact</a>
    """
    memo = hidden_memo(ctx)
    seen: set[tuple[str, str]] = set()  # a theme's accordion repeats one pattern: say it once
    for control in ctx.document.main.iter():
        if not isinstance(control.tag, str) or (
                control.tag not in _FLAT_TAGS and control.get("role") is None) or (
                role_of(control) not in FLAT_ROLES):
            continue
        if is_hidden(control, memo):
            continue
        inside = [e for e in control.iterdescendants() if isinstance(e.tag, str)
                  and _in_tab_order(e) and not _gone(e, control)]
        pattern = (role_of(control), control.get("class") or control.tag)
        if inside and pattern not in seen:
            seen.add(pattern)
            yield finding(
                "There is a link, button or field inside this button (or tab, or tick box). "
                "Screen readers read the outer one as a single thing, so the one inside is "
                "not announced, and pressing it may press the outer one. Move it out.",
                element=control,
            )


@rule("AX215", "tabindex-order", severity="warning", reference="WCAG 2.2 SC 2.4.3 Focus Order",
      wcag=("2.4.3",))
def check_tabindex_order(ctx: CheckContext) -> Iterator[Finding]:
    """Something is put first in the keyboard's order (a tabindex above 0).

    A positive ``tabindex`` makes the Tab key jump to that link or button before
    everything else on the page, out of reading order, so a keyboard user loses their
    place.

    Bad::

        <a href="/contact" tabindex="5">Contact the SENCO</a>

    Good::

        <a href="/contact">Contact the SENCO</a>
    """
    if not ctx.document.has_attribute("tabindex"):
        return
    for element in ctx.document.main.iter():
        if not isinstance(element.tag, str) or element.get("tabindex") is None:
            continue
        try:
            order = int((element.get("tabindex") or "").strip())
        except ValueError:
            continue
        if order > 0:
            yield finding(
                f"This is put out of order for keyboard users (tabindex={order}): the Tab key "
                "jumps here before the rest of the page. Remove the tabindex, or set it to 0.",
                element=element,
            )
