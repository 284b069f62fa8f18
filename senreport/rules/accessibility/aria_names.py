"""Screen reader settings (ARIA) that screen readers cannot use: AX207, a misspelt ``role``
or ``aria-`` attribute; AX211, an ``aria-`` attribute with a value it cannot take ("collapsed"
for ``aria-expanded``); AX212, a role without the state it needs (a checkbox that never
says whether it is ticked). Screen readers ignore them, so what they were meant to say is never
said.

The names are those of WAI-ARIA 1.2 (with the 1.3 additions browsers already support), the
Digital Publishing module (``doc-``) and the Graphics module (``graphics-``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.document import Document
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    has_aria_attribute,
    hidden_memo,
    implicit_role,
    is_focusable,
    is_hidden,
)
from senreport.rules.registry import rule

#: Roles that may be given (abstract roles such as "widget" or "landmark" may not).
ROLES = frozenset("""
    alert alertdialog application article banner blockquote button caption cell checkbox
    code columnheader combobox comment complementary contentinfo definition deletion dialog
    directory document emphasis feed figure form generic grid gridcell group heading image
    img insertion link list listbox listitem log main mark marquee math menu menubar menuitem
    menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation
    progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox
    sectionfooter sectionheader separator slider spinbutton status strong subscript
    suggestion superscript switch tab table tablist tabpanel term textbox time timer toolbar
    tooltip tree treegrid treeitem
    doc-abstract doc-acknowledgments doc-afterword doc-appendix doc-backlink doc-biblioentry
    doc-bibliography doc-biblioref doc-chapter doc-colophon doc-conclusion doc-cover doc-credit
    doc-credits doc-dedication doc-endnote doc-endnotes doc-epigraph doc-epilogue doc-errata
    doc-example doc-footnote doc-foreword doc-glossary doc-glossref doc-index doc-introduction
    doc-noteref doc-notice doc-pagebreak doc-pagefooter doc-pageheader doc-pagelist doc-part
    doc-preface doc-prologue doc-pullquote doc-qna doc-subtitle doc-tip doc-toc
    graphics-document graphics-object graphics-symbol
""".split())

def given_roles(document: Document) -> Iterator[tuple[etree._Element, str]]:
    """Each element of the main content given a role it may have by ``role`` (its first
    valid token), with that role."""
    if not document.has_attribute("role"):
        return
    for element in document.main.iter():
        if isinstance(element.tag, str) and element.get("role"):
            tokens = (element.get("role") or "").strip().lower().split()
            role = next((t for t in tokens if t in ROLES), "")
            if role:
                yield element, role


#: The states and properties an ``aria-`` attribute may name.
ATTRIBUTES = frozenset(f"aria-{name}" for name in """
    activedescendant atomic autocomplete braillelabel brailleroledescription busy checked
    colcount colindex colindextext colspan controls current describedby description details
    disabled dropeffect errormessage expanded flowto grabbed haspopup hidden invalid
    keyshortcuts label labelledby level live modal multiline multiselectable orientation owns
    placeholder posinset pressed readonly relevant required roledescription rowcount rowindex
    rowindextext rowspan selected setsize sort valuemax valuemin valuenow valuetext
""".split())


@rule("AX207", "aria-unknown", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("674b10", "5f99a7"), wcag=("1.3.1", "4.1.2"))
def check_aria_unknown(ctx: CheckContext) -> Iterator[Finding]:
    """A screen reader setting (a role or an aria- attribute) that does not exist.

    Pasted or hand-written markup sometimes carries a misspelt setting. Screen readers
    ignore it, so what it was meant to tell them (that this is a button, or what it is
    called) is never said.

    Bad::

        <div role="buton" aria-lable="Open the menu">Menu</div>

    Good::

        <button aria-label="Open the menu">Menu</button>
    """
    if not ctx.document.has_attribute("role") and not has_aria_attribute(ctx):
        return  # (most pages) no role nor aria- setting anywhere: no walk of the page
    for element in ctx.document.main.iter():
        if not isinstance(element.tag, str) or not element.keys():
            continue
        role = (element.get("role") or "").strip()
        if role and not any(token in ROLES for token in role.lower().split()) and not (
                is_hidden(element, hidden_memo(ctx))):
            yield finding(
                f'The screen reader setting role="{role}" is not one that exists, so screen '
                "readers ignore it. Ask your web team to correct it or remove it.",
                element=element,
                excerpt=role,
            )
        for name in element.keys():
            if name.lower().startswith("aria-") and name.lower() not in ATTRIBUTES:
                yield finding(
                    f'The screen reader setting "{name}" is not one that exists (perhaps it '
                    "is misspelt), so screen readers ignore it. Ask your web team to correct "
                    "it or remove it.",
                    element=element,
                    excerpt=name,
                )


_TRUE_FALSE = frozenset({"true", "false"})
_OR_UNDEFINED = _TRUE_FALSE | {"undefined"}
_TRISTATE = _OR_UNDEFINED | {"mixed"}
#: The values each attribute of a fixed kind may take (WAI-ARIA 1.2 value types).
TOKENS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("aria-atomic", "aria-busy", "aria-disabled", "aria-modal",
                     "aria-multiline", "aria-multiselectable", "aria-readonly",
                     "aria-required"), _TRUE_FALSE),
    **dict.fromkeys(("aria-expanded", "aria-grabbed", "aria-hidden", "aria-selected"),
                    _OR_UNDEFINED),
    **dict.fromkeys(("aria-checked", "aria-pressed"), _TRISTATE),
    "aria-autocomplete": frozenset({"inline", "list", "both", "none"}),
    "aria-current": frozenset({"page", "step", "location", "date", "time"}) | _TRUE_FALSE,
    "aria-haspopup": frozenset({"menu", "listbox", "tree", "grid", "dialog"}) | _TRUE_FALSE,
    "aria-invalid": frozenset({"grammar", "spelling"}) | _TRUE_FALSE,
    "aria-live": frozenset({"assertive", "off", "polite"}),
    "aria-orientation": frozenset({"horizontal", "vertical", "undefined"}),
    "aria-sort": frozenset({"ascending", "descending", "none", "other"}),
}
#: Attributes whose value is a list of such tokens.
TOKEN_LISTS: dict[str, frozenset[str]] = {
    "aria-dropeffect": frozenset({"copy", "execute", "link", "move", "none", "popup"}),
    "aria-relevant": frozenset({"additions", "all", "removals", "text"}),
}
_INTEGER = re.compile(r"[-+]?\d+")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
INTEGERS = frozenset({"aria-colcount", "aria-colindex", "aria-colspan", "aria-level",
                      "aria-posinset", "aria-rowcount", "aria-rowindex", "aria-rowspan",
                      "aria-setsize"})
NUMBERS = frozenset({"aria-valuemax", "aria-valuemin", "aria-valuenow"})


def valid_value(name: str, value: str) -> bool:
    """Whether an ``aria-`` attribute's value is one its kind may take (strings and id
    references may be anything; an empty value is never judged)."""
    value = value.strip()
    if not value:
        return True
    low = value.lower()
    if name in TOKENS:
        return low in TOKENS[name]
    if name in TOKEN_LISTS:
        return all(token in TOKEN_LISTS[name] for token in low.split())
    if name in INTEGERS:
        return bool(_INTEGER.fullmatch(value))
    if name in NUMBERS:
        return bool(_NUMBER.fullmatch(value))
    return True


@rule("AX211", "aria-value", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("6a7281",), wcag=("1.3.1", "4.1.2"))
def check_aria_value(ctx: CheckContext) -> Iterator[Finding]:
    """A screen reader setting (an aria- attribute) has a value it cannot take.

    ``aria-expanded="collapsed"`` or ``aria-live="page"`` mean nothing to a screen reader:
    it ignores them, so it never says whether a section is open, or reads out news as it
    comes.

    Bad::

        <button aria-expanded="collapsed">Who is our SENCO?</button>

    Good::

        <button aria-expanded="false">Who is our SENCO?</button>
    """
    if not has_aria_attribute(ctx):
        return  # (most pages) no aria- setting anywhere: no walk of the page for one
    for element in ctx.document.main.iter():
        if not isinstance(element.tag, str) or not element.keys():
            continue
        for name, value in element.items():
            name = name.lower()
            if name.startswith("aria-") and not valid_value(name, value):
                yield finding(
                    f'The screen reader setting {name}="{value.strip()}" has a value it '
                    "cannot take, so screen readers ignore it. Ask your web team to correct "
                    "it.",
                    element=element,
                    excerpt=f"{name}={value.strip()}",
                )


#: The states and properties a role given by ``role`` must have (WAI-ARIA 1.2: those with
#: no default value); a separator needs its value only when it takes focus.
REQUIRED: dict[str, tuple[str, ...]] = {
    "checkbox": ("aria-checked",), "combobox": ("aria-controls", "aria-expanded"),
    "heading": ("aria-level",), "menuitemcheckbox": ("aria-checked",),
    "menuitemradio": ("aria-checked",), "meter": ("aria-valuenow",),
    "radio": ("aria-checked",), "scrollbar": ("aria-controls", "aria-valuenow"),
    "separator": ("aria-valuenow",), "slider": ("aria-valuenow",), "switch": ("aria-checked",),
}
#: What a control of HTML's own carries without ARIA: a tick box's checked state.
_NATIVE = {"aria-checked": ("checkbox", "radio")}


def _missing_states(element: etree._Element, role: str) -> list[str]:
    needed = REQUIRED.get(role, ())
    if role == "separator" and not is_focusable(element):
        return []
    kind = (element.get("type") or "").strip().lower()
    return [name for name in needed if not (element.get(name) or "").strip() and not (
        element.tag == "input" and kind in _NATIVE.get(name, ()))]


@rule("AX212", "aria-required", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("4e8ab6",), wcag=("1.3.1", "4.1.2"))
def check_aria_required(ctx: CheckContext) -> Iterator[Finding]:
    """Something made into a control with ``role`` lacks the setting that control needs.

    A ``<div role="checkbox">`` must say whether it is ticked (``aria-checked``), a
    ``role="heading"`` its level (``aria-level``): without it, screen readers cannot tell
    a parent the state of the control, or where the heading sits in the page.

    Bad::

        <div role="checkbox" tabindex="0">I agree to the home-school agreement</div>

    Good::

        <input type="checkbox" id="agree"><label for="agree">I agree to the home-school
        agreement</label>
    """
    memo = hidden_memo(ctx)
    for element, role in given_roles(ctx.document):
        if role not in REQUIRED or role == implicit_role(element) or is_hidden(element, memo):
            continue
        missing = _missing_states(element, role)
        if missing:
            settings = " and ".join(missing)
            yield finding(
                f'This is marked as a {role} (role="{role}") but lacks {settings}, so screen '
                f"readers cannot tell its state. Ask your web team to add {settings}, or to "
                "use the ordinary HTML control instead.",
                element=element,
                excerpt=role,
            )
