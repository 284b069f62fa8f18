"""AX240: a plain passage (a paragraph, a box, some words) put in the Tab order with
``tabindex="0"`` and given no role.

Keyboard users stop on it and nothing happens; screen readers announce its words with
nothing to say what it is or what pressing it would do. If a script makes it do something,
it needs to be a real button or link (WCAG 2.2 SC 2.4.3 Focus Order and 4.1.2 Name, Role,
Value). Left alone: anything with a role or an aria- setting (another rule judges those), a
part that may scroll (ACT rule 0ssw9k asks for those to take focus), and things that take
focus anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

#: Elements people can already act on or that browsers give a role of their own to act on.
_ACTIVE = frozenset({"a", "area", "button", "input", "select", "textarea", "summary",
                     "details", "iframe", "audio", "video", "object", "embed", "label",
                     "option", "optgroup", "fieldset", "dialog", "canvas", "svg", "math"})
#: Parts that may scroll: their own overflow style, a class naming scrolling, or code.
_SCROLLS = re.compile(r"overflow[-\w]*\s*:\s*(?:auto|scroll)", re.IGNORECASE)
_SCROLL_CLASS = re.compile(r"scroll|overflow|carousel|slider", re.IGNORECASE)


def _stops_for_nothing(element: etree._Element) -> bool:
    """Whether the element is in the Tab order only by ``tabindex="0"`` and has no role."""
    if (element.get("tabindex") or "").strip() != "0" or element.tag in _ACTIVE:
        return False
    if element.get("contenteditable") is not None or (element.get("role") or "").strip():
        return False
    if any(name.startswith(("aria-", "on")) for name in element.attrib):
        return False
    if _SCROLLS.search(element.get("style") or "") or _SCROLL_CLASS.search(
            element.get("class") or "") or element.tag in ("pre", "code", "table"):
        return False
    return True


@rule("AX240", "focus-without-purpose", severity="warning",
      reference="WCAG 2.2 SC 2.4.3 Focus Order", wcag=("2.4.3", "4.1.2"))
def check_focus_without_purpose(ctx: CheckContext) -> Iterator[Finding]:
    """A plain passage can be reached with the Tab key but does nothing.

    Keyboard users stop on it for no reason, and screen readers do not say what it is.
    If pressing it should do something, make it a button or a link instead.

    Bad::

        <p tabindex="0">Our SENCO is Mrs Khan.</p>

    Good::

        <p>Our SENCO is Mrs Khan.</p>
    """
    if not ctx.document.has_attribute("tabindex"):
        return  # (most pages) no walk of the page for one
    memo = hidden_memo(ctx)
    for element in ctx.document.main.iter():
        if not isinstance(element.tag, str) or "tabindex" not in element.attrib:
            continue
        if _stops_for_nothing(element) and not is_hidden(element, memo):
            yield finding(
                "Keyboard users can reach this with the Tab key, but it is not a link, button "
                "or form field, so they stop on it for no reason and screen readers do not say "
                "what it is. Take it out of the Tab order (remove tabindex), or, if pressing "
                "it should do something, make it a button or a link.",
                element=element,
            )
