"""AX rules on forms embedded in content: every button and every field has a name."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    accessible_name,
    hidden_memo,
    is_hidden,
    role_of,
    with_role,
)
from senreport.rules.registry import rule

#: The roles of fields a person fills in or picks from (ACT rule e086e5).
FIELD_ROLES = frozenset({"checkbox", "combobox", "listbox", "menuitemcheckbox",
                         "menuitemradio", "radio", "searchbox", "slider", "spinbutton",
                         "switch", "textbox"})
_CONTROL_TAGS = ("button", "input", "select", "textarea")
#: Roles that are pressed as buttons are (a menu's entries: ACT rule m6b1q3).
_PRESSED = frozenset({"button", "menuitem"})


def _controls(ctx: CheckContext) -> Iterator[tuple[etree._Element, str]]:
    """Buttons and fields in the main content that a screen reader reaches, with roles."""
    main = ctx.document.main
    found = [*main.iter(*_CONTROL_TAGS),
             *(el for el in with_role(main, *_PRESSED, *FIELD_ROLES)
               if el.tag not in _CONTROL_TAGS)]
    for element in dict.fromkeys(found):
        kind = (element.get("type") or "").strip().lower()
        if element.tag == "input" and kind in ("hidden", "image"):
            continue  # an image button is AX115's
        role = role_of(element)
        if (role in _PRESSED or role in FIELD_ROLES) and not is_hidden(element,
                                                                     hidden_memo(ctx)):
            yield element, role


@rule("AX201", "control-name", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value", act=("97a4e1", "e086e5", "m6b1q3"),
      wcag=("4.1.2",))
def check_control_name(ctx: CheckContext) -> Iterator[Finding]:
    """A button or form field has no name a screen reader can read out.

    A button that is only an icon, or a box to type in with no label, is announced as
    "button" or "edit text" and nothing more, so a parent cannot tell what it does or
    what to type.

    Bad::

        <form action="/search"><input type="search" name="s">
        <button><span class="icon-search"></span></button></form>

    Good::

        <form action="/search"><label for="s">Search the site</label>
        <input type="search" id="s" name="s"><button>Search</button></form>
    """
    for element, role in _controls(ctx):
        if accessible_name(element):
            continue
        if role in _PRESSED:
            message = ("This button has no words a screen reader can read out, so people "
                       'using one hear only "button". Give it words saying what it does, '
                       'such as "Search" or "Send".')
        else:
            message = ("This box to fill in has no label, so people using a screen reader "
                       "do not know what to type or choose. Ask whoever set up the form to "
                       "give it a label (the words beside it, tied to the box).")
        yield finding(message, element=element, excerpt=element.get("name") or "")


def _details_summaries(ctx: CheckContext) -> Iterator[etree._Element]:
    """The summary line of each details element (the line that opens it), when shown."""
    for details in ctx.document.elements("details"):
        summary = next(details.iterchildren("summary"), None)
        if summary is None or is_hidden(summary, hidden_memo(ctx)):
            continue
        role = (summary.get("role") or "").strip().lower()
        if role and role_of(summary) != "button":
            continue  # made into something else on purpose
        yield summary


@rule("AX104", "empty-summary", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value", act=("2t702h",), wcag=("4.1.2",))
def check_empty_summary(ctx: CheckContext) -> Iterator[Finding]:
    """The line that opens a "details" section (a question in an FAQ) is empty.

    WordPress's Details block shows a line that opens and closes the section below it.
    Left empty, a screen reader announces a button with no name, and nobody can tell
    what the hidden section holds.

    Bad::

        <details><summary></summary><p>Our SENCO is Mrs Khan.</p></details>

    Good::

        <details><summary>Who is our SENCO?</summary><p>Our SENCO is Mrs Khan.</p></details>
    """
    for summary in _details_summaries(ctx):
        if not accessible_name(summary):
            yield finding(
                "The line that opens this section is empty, so people using a screen reader "
                "cannot tell what the section holds. Type a short summary or question, such "
                'as "Who is our SENCO?".',
                element=summary,
            )
