"""AX244: something made to look or act like a button that the keyboard cannot reach: a
box or some words styled as a button (class ``button`` or ``btn``) or given a click action
(``onclick``), with no role and no place in the Tab order.

Mouse users click it; keyboard users cannot reach it and screen readers do not say it is a
button (WCAG 2.2 SC 2.1.1 Keyboard and 4.1.2 Name, Role, Value). Left alone: real buttons,
links and fields, anything with a role or a tabindex (other rules judge those), and a
styled box holding a real link or button (WordPress's Buttons block) or inside one.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

_BUTTON_CLASSES = frozenset({"button", "btn"})
#: The class and onclick settings in a part of the page, in the order written.
_SETTINGS = etree.XPath(".//@class | .//@onclick")
_ACTIVE = ("a", "button", "input", "select", "textarea", "summary", "label", "option",
           "details", "iframe", "audio", "video", "area")


def _looks_like_button(element: etree._Element) -> bool:
    """Whether the element is styled as a button or clicked, but is none."""
    if not isinstance(element.tag, str) or element.tag in _ACTIVE or element.tag in (
            "html", "body", "main", "form"):
        return False
    classes = (element.get("class") or "").lower().split()
    if element.get("onclick") is None and not _BUTTON_CLASSES.intersection(classes):
        return False
    if (element.get("role") or "").strip() or element.get("tabindex") is not None:
        return False
    if element.get("contenteditable") is not None:
        return False
    if any(True for _ in element.iterdescendants(*_ACTIVE)):
        return False
    return not any(True for _ in element.iterancestors(*_ACTIVE))


@rule("AX244", "fake-button", severity="warning", reference="WCAG 2.2 SC 2.1.1 Keyboard",
      wcag=("2.1.1", "4.1.2"))
def check_fake_button(ctx: CheckContext) -> Iterator[Finding]:
    """Something looks or acts like a button, but the keyboard cannot reach it.

    Keyboard users cannot press it, and screen readers read it as plain words. Use a real
    button (or a link, if it goes to another page).

    Bad::

        <div class="button" onclick="openChat()">Chat to the SENCO</div>

    Good::

        <button type="button" onclick="openChat()">Chat to the SENCO</button>
    """
    memo = hidden_memo(ctx)
    candidates = dict.fromkeys(
        value.getparent() for value in _SETTINGS(ctx.document.main)
        if value.attrname == "onclick" or _BUTTON_CLASSES.intersection(value.lower().split()))
    for element in candidates:
        if not _looks_like_button(element) or not (element.text_content() or "").strip():
            continue
        if not is_hidden(element, memo):
            yield finding(
                "This looks like a button, or does something when clicked, but it is not a "
                "real button: keyboard users cannot reach it and screen readers read it as "
                "plain words. Ask whoever built it to use a real button, or a link if it "
                "goes to another page.",
                element=element,
            )
