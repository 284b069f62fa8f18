"""AX220: a form field whose ``autocomplete`` setting is not one web browsers know.

``autocomplete="email"`` tells a web browser (and tools that help people with memory or
reading difficulties fill in forms) what a field asks for, so it can offer the answer. A
made-up or misspelt value ("nope", "e-mail", "work,email") tells them nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_focusable, is_hidden
from senreport.rules.accessibility.aria_roles import semantic_role
from senreport.rules.registry import rule

#: The HTML autofill field names a value must end with (before an optional "webauthn").
FIELDS = frozenset("""
    name honorific-prefix given-name additional-name family-name honorific-suffix nickname
    username new-password current-password one-time-code organization-title organization
    street-address address-line1 address-line2 address-line3 address-level4 address-level3
    address-level2 address-level1 country country-name postal-code cc-name cc-given-name
    cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc
    cc-type transaction-currency transaction-amount language bday bday-day bday-month
    bday-year sex url photo
""".split())
#: Fields for a means of contact, which "home", "work", "mobile", "fax" or "pager" may go
#: before.
CONTACT_FIELDS = frozenset("""
    tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix
    tel-local-suffix tel-extension email impp
""".split())
_CONTACT_KINDS = frozenset({"home", "work", "mobile", "fax", "pager"})
#: "on" and "off", and the words web teams write meaning one or the other (browsers take
#: any value they do not know as "on"; axe-core lets these pass too).
_ON_OR_OFF = frozenset({"on", "off", "none", "false", "true", "disabled", "enabled",
                        "undefined", "null", "xon", "xoff", "no", "nope", "chrome-off"})
#: Kinds of ``input`` whose value the person does not type: autocomplete means nothing.
_FIXED = frozenset({"button", "checkbox", "file", "image", "radio", "reset", "submit"})
#: Roles of the parts a person fills in or works (WAI-ARIA 1.2 widget roles).
WIDGET_ROLES = frozenset("""
    button checkbox combobox gridcell link listbox menu menubar menuitem menuitemcheckbox
    menuitemradio option progressbar radio radiogroup scrollbar searchbox separator slider
    spinbutton switch tab tablist tabpanel textbox tree treegrid treeitem grid
""".split())


def valid_autocomplete(value: str) -> bool:
    """Whether an ``autocomplete`` value follows HTML's autofill tokens in order: an
    optional ``section-*``, ``shipping`` or ``billing``, a contact kind (only before a
    contact field), one field name, then an optional ``webauthn``."""
    tokens = value.lower().split()
    if tokens and tokens[-1] == "webauthn":
        tokens.pop()
    if not tokens:
        return False
    if tokens[0].startswith("section-"):
        tokens.pop(0)
    if tokens and tokens[0] in ("shipping", "billing"):
        tokens.pop(0)
    if len(tokens) == 2 and tokens[0] in _CONTACT_KINDS:
        return tokens[1] in CONTACT_FIELDS
    return len(tokens) == 1 and (tokens[0] in FIELDS or tokens[0] in CONTACT_FIELDS)


def _applies(element: etree._Element, value: str) -> bool:
    """Whether the field's autocomplete is for judging (not on/off, a fixed value, or a
    field switched off or shown as something no one fills in)."""
    if not value.strip() or value.strip().lower() in _ON_OR_OFF:
        return False
    if element.get("readonly") is not None or (
            element.get("aria-readonly") or "").strip().lower() == "true":
        return False  # nobody types in it
    if element.tag == "input" and (element.get("type") or "").strip().lower() in _FIXED:
        return False
    if element.get("disabled") is not None or (
            element.get("aria-disabled") or "").strip().lower() == "true":
        return False
    if any(f.get("disabled") is not None for f in element.iterancestors("fieldset")):
        return False
    in_tab_order = is_focusable(element) and not (
        element.get("tabindex") or "").strip().startswith("-")
    return in_tab_order or semantic_role(element) in WIDGET_ROLES


@rule("AX220", "autocomplete-invalid", severity="warning",
      reference="WCAG 2.2 SC 1.3.5 Identify Input Purpose",
      act=("73f2c2",), wcag=("1.3.5",))
def check_autocomplete(ctx: CheckContext) -> Iterator[Finding]:
    """A form field's autofill setting (autocomplete) is not one web browsers know.

    ``autocomplete`` tells a web browser what a field asks for (a name, an email address,
    a telephone number), so it can fill it in for a parent who finds typing or
    remembering hard. A value it does not know, such as ``e-mail`` or ``nope``, does
    nothing.

    Bad::

        <label>Your email <input type="email" autocomplete="e-mail"></label>

    Good::

        <label>Your email <input type="email" autocomplete="email"></label>
    """
    memo = hidden_memo(ctx)
    for element in ctx.document.main.iter("input", "select", "textarea"):
        value = element.get("autocomplete")
        if value is None or valid_autocomplete(value) or not _applies(element, value):
            continue
        if is_hidden(element, memo):
            continue
        yield finding(
            f'This form field\'s autofill setting ("{value.strip()}") is not one web browsers '
            "know, so they cannot fill it in for parents who find typing hard. Ask your web "
            'team to use a standard value, such as "email" or "tel", or to remove it.',
            element=element,
            excerpt=value.strip(),
        )
