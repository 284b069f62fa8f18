"""AX235: a set of radio buttons or tick boxes that answer one question (they share a
``name``) but are not grouped with it: no fieldset and no group around them.

A screen reader reads a group's caption with each choice ("Year group: Reception"). With no
group, a parent moving from field to field hears "Yes, radio button", "No, radio button" and
not the question (WCAG 2.2 SC 1.3.1 Info and Relationships; technique H71). A question
heading above the choices is seen, not heard with them. Choices in a table are left alone:
each row's header cell names its choices there.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name, hidden_memo, is_hidden
from senreport.rules.registry import rule

_CHOICES = frozenset({"radio", "checkbox"})
#: Roles that group fields the way a fieldset does.
_GROUP_ROLES = frozenset({"group", "radiogroup"})


def _grouped(choice: etree._Element) -> bool:
    """Whether the choice sits in a fieldset or a group, or in a table (row headers)."""
    for outer in choice.iterancestors():
        if outer.tag in ("fieldset", "table") or (
                (outer.get("role") or "").strip().lower() in _GROUP_ROLES):
            return True
    return False


def _choice_sets(ctx: CheckContext) -> Iterator[list[etree._Element]]:
    """Radio buttons or tick boxes shown together under one name, in one form, two or more."""
    memo = hidden_memo(ctx)
    sets: dict[tuple[int, str, str], list[etree._Element]] = {}
    for field in ctx.document.elements("input"):
        kind = (field.get("type") or "").strip().lower()
        name = (field.get("name") or "").strip()
        if kind not in _CHOICES or not name or is_hidden(field, memo):
            continue
        form = next(field.iterancestors("form"), None)
        sets.setdefault((id(form), kind, name), []).append(field)
    for members in sets.values():
        if len(members) > 1:
            yield members


@rule("AX235", "choices-not-grouped", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_choices_not_grouped(ctx: CheckContext) -> Iterator[Finding]:
    """Radio buttons or tick boxes that answer one question are not grouped with it.

    A screen reader reads a group's caption with each choice. Without a group, a parent
    hears "Yes", "No" and not the question they answer.

    Bad::

        <form><p>Does your child have an EHC plan?</p>
        <label><input type="radio" name="ehcp" value="yes"> Yes</label>
        <label><input type="radio" name="ehcp" value="no"> No</label></form>

    Good::

        <form><fieldset><legend>Does your child have an EHC plan?</legend>
        <label><input type="radio" name="ehcp" value="yes"> Yes</label>
        <label><input type="radio" name="ehcp" value="no"> No</label></fieldset></form>
    """
    for members in _choice_sets(ctx):
        if any(_grouped(member) for member in members):
            continue
        kind = ("radio buttons" if (members[0].get("type") or "").strip().lower() == "radio"
                else "tick boxes")
        names = ", ".join(n for n in (accessible_name(m) for m in members[:4]) if n)
        yield finding(
            f"These {len(members)} {kind} answer one question but are not grouped with it, "
            "so people using a screen reader hear each choice without the question. Ask "
            "whoever set up the form to put them in a group whose caption is the question "
            "(a fieldset with a legend).",
            element=members[0],
            excerpt=names[:160],
        )
