"""AX242: two boxes to fill in, in the same form and the same group, with the same name
("Name" and "Name").

A screen reader user moving through the form hears the same label twice and cannot tell
which box is for what (WCAG 2.2 SC 2.4.6 Headings and Labels: labels describe purpose).
Left alone: fields with words between them other than labels, such as a heading "Billing"
(ACT rule cc0f0a passes fields told apart by what is seen around them), fields in different
fieldsets or groups (the group's caption tells them apart), fields in tables (row and
column headers do), tick boxes and radio buttons (AX235's), and fields with no name
(AX201's).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name, hidden_memo, is_hidden
from senreport.rules.registry import rule

#: Inputs that are not boxes to fill in (buttons, choices) or are never shown.
_NOT_BOXES = frozenset({"hidden", "submit", "button", "reset", "image", "radio", "checkbox"})
_GROUPS = frozenset({"group", "radiogroup", "region", "dialog"})


_UNSHOWN = frozenset({"script", "style", "template", "noscript"})
#: Parts whose words name a field (or are its value) rather than setting the scene.
_LABELLING = frozenset({"label", "button", "select", "option", "textarea", "legend"})


def _passages(main: etree._Element) -> dict[int, int]:
    """For each element, how many passages of words (not labels) come before it."""
    counts: dict[int, int] = {}
    count = 0
    quiet = 0  # inside a label, a button or a script: words there set no scene
    for event, element in etree.iterwalk(main, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            counts[id(element)] = count
            if tag in _UNSHOWN or tag in _LABELLING:
                quiet += 1
            elif not quiet and (element.text or "").strip():
                count += 1
        else:
            if tag in _UNSHOWN or tag in _LABELLING:
                quiet -= 1
            if not quiet and (element.tail or "").strip():
                count += 1
    return counts


def _boxes(ctx: CheckContext) -> Iterator[etree._Element]:
    memo = hidden_memo(ctx)
    for field in ctx.document.elements("input", "select", "textarea"):
        if field.tag == "input" and (field.get("type") or "").strip().lower() in _NOT_BOXES:
            continue
        if not is_hidden(field, memo):
            yield field


def _setting(field: etree._Element) -> tuple[int, int] | None:
    """The form and the nearest group around the field, or None inside a table."""
    form = group = None
    for outer in field.iterancestors():
        if outer.tag == "table":
            return None
        if group is None and (outer.tag == "fieldset" or (
                outer.get("role") or "").strip().lower() in _GROUPS):
            group = outer
        if outer.tag == "form":
            form = outer
            break
    return id(form), id(group)


@rule("AX242", "field-label-repeated", severity="warning",
      reference="WCAG 2.2 SC 2.4.6 Headings and Labels", wcag=("2.4.6",))
def check_field_label_repeated(ctx: CheckContext) -> Iterator[Finding]:
    """Two boxes in one form have the same label.

    A parent using a screen reader hears "Name" twice and cannot tell which box is for
    their own name and which for their child's.

    Bad::

        <form><label>Name <input name="parent"></label>
        <label>Name <input name="child"></label></form>

    Good::

        <form><label>Your name <input name="parent"></label>
        <label>Your child's name <input name="child"></label></form>
    """
    seen: dict[tuple[int, int, int, str], etree._Element] = {}
    passages: dict[int, int] | None = None
    for field in _boxes(ctx):
        setting = _setting(field)
        name = accessible_name(field)
        if setting is None or not name:
            continue
        if passages is None:
            passages = _passages(ctx.document.main)
        key = (*setting, passages.get(id(field), -1), name.casefold())
        if key not in seen:
            seen[key] = field
            continue
        yield finding(
            f'This box has the same label as another box in the form ("{name[:60]}"), so '
            "people using a screen reader cannot tell which is for what. Ask whoever set up "
            "the form to give each box its own label, such as \"Your name\" and \"Your "
            "child's name\".",
            element=field,
            excerpt=name,
        )
