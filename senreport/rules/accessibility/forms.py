"""AX rules on forms embedded in content: every button and every field has a name, and one
that stays in view (not only a hint inside the box); a group of fields has a caption."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    accessible_name,
    hidden_memo,
    is_hidden,
    label_text,
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


def _controls(ctx: CheckContext) -> list[tuple[etree._Element, str]]:
    """Buttons and fields in the main content that a screen reader reaches, with roles
    (found once for the document: two rules ask)."""
    scratch = ctx.document.scratch
    if "ax_controls" in scratch:
        return scratch["ax_controls"]  # type: ignore[no-any-return]
    found = [*ctx.document.main.iter(*_CONTROL_TAGS),
             *(el for el in with_role(ctx, *_PRESSED, *FIELD_ROLES)
               if el.tag not in _CONTROL_TAGS)]
    controls = []
    for element in dict.fromkeys(found):
        kind = (element.get("type") or "").strip().lower()
        if element.tag == "input" and kind in ("hidden", "image"):
            continue  # an image button is AX115's
        role = role_of(element)
        if (role in _PRESSED or role in FIELD_ROLES) and not is_hidden(element,
                                                                     hidden_memo(ctx)):
            controls.append((element, role))
    scratch["ax_controls"] = controls
    return controls


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


def _labelled(control: etree._Element) -> bool:
    """Whether something other than its hint text names a field: a label, aria-label,
    aria-labelledby or a title (the name is then not the hint)."""
    if any((control.get(name) or "").strip() for name in (
            "aria-label", "aria-labelledby", "title")):
        return True
    return bool(label_text(control))


@rule("AX216", "placeholder-label", severity="warning",
      reference="WCAG 2.2 SC 3.3.2 Labels or Instructions", wcag=("3.3.2",))
def check_placeholder_label(ctx: CheckContext) -> Iterator[Finding]:
    """A box to fill in is named only by the grey hint text inside it.

    The hint ("placeholder") disappears as soon as someone starts typing, is often too
    pale to read, and is not read out by every screen reader. A parent then has to
    remember what the box was for.

    Bad::

        <input type="search" name="q" placeholder="Search">

    Good::

        <label for="q">Search the site</label>
        <input type="search" id="q" name="q" placeholder="for example, SENCO">
    """
    for element, role in _controls(ctx):
        if role in _PRESSED or not (element.get("placeholder") or "").strip() or not (
                accessible_name(element)):
            continue  # a field with no name at all is AX201's
        if not _labelled(element):
            yield finding(
                "This box to fill in is named only by the grey hint text inside it, which "
                "disappears as soon as someone types. Ask whoever set up the form to give it "
                "a label that stays in view.",
                element=element,
                excerpt=element.get("placeholder") or "",
            )


@rule("AX217", "fieldset-legend", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_fieldset_legend(ctx: CheckContext) -> Iterator[Finding]:
    """A group of form fields (a fieldset) has no caption (legend).

    A screen reader reads a group's caption before each choice in it ("Year group:
    Reception"). Without one, a parent hears "Reception", "Year 1" with no question.

    Bad::

        <fieldset><input type="radio" id="r" name="y"><label for="r">Reception</label></fieldset>

    Good::

        <fieldset><legend>Year group</legend><input type="radio" id="r" name="y">
        <label for="r">Reception</label></fieldset>
    """
    for group in ctx.document.elements("fieldset"):
        if is_hidden(group, hidden_memo(ctx)):
            continue
        legend = next(group.iterchildren("legend"), None)
        named = (legend is not None and (legend.text_content() or "").strip()) or (
            group.get("aria-label") or "").strip() or group.get("aria-labelledby")
        if not named:
            yield finding(
                "This group of form fields has no caption, so people using a screen reader "
                "hear the choices without the question they answer. Ask whoever set up the "
                "form to give the group a caption (a legend).",
                element=group,
            )
