"""AX221: a link or button whose hidden label (``aria-label`` or ``aria-labelledby``) does
not contain the words shown on it.

People who steer the computer by voice say what they see: "click Contact us". When the
link's hidden label is "Get in touch" instead, the command does nothing. The words shown
must appear, as they are, in the label screen readers and voice control use (WCAG 2.5.3).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.document import normalise_space
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name, hidden_memo, is_hidden
from senreport.rules.accessibility.aria_roles import semantic_role
from senreport.rules.registry import rule

#: Controls named by the words in them (WAI-ARIA 1.2 widget roles with name from content).
NAMED_BY_CONTENT = frozenset("""
    button checkbox gridcell link menuitem menuitemcheckbox menuitemradio option radio
    switch tab treeitem doc-backlink doc-biblioref doc-glossref doc-noteref
""".split())
_LABELLED = etree.XPath("descendant-or-self::*[@aria-label or @aria-labelledby]")
_NEVER_SEEN = frozenset({"script", "style", "template", "noscript", "title"})
_UNSEEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b",
                           re.IGNORECASE)
#: Class names that themes and page builders give text shown only to screen readers.
_SCREEN_READER_ONLY = re.compile(
    r"(?:^|\s)(?:screen-reader-text|screen-reader-only|sr-only|visually-hidden|"
    r"visuallyhidden|elementor-screen-only|show-for-sr|hidden)(?:\s|$)", re.IGNORECASE)
#: Icon fonts that draw a word ("search", "close") as a picture.
_ICON_FONT = re.compile(r"material[ -+_]?(?:icons|symbols)", re.IGNORECASE)


def _unseen(element: etree._Element) -> bool:
    """Whether the element is not shown on screen (or only to screen readers)."""
    if element.tag in _NEVER_SEEN or element.get("hidden") is not None:
        return True
    style = element.get("style")
    if style and _UNSEEN_STYLE.search(style):
        return True
    classes = element.get("class")
    return bool(classes and _SCREEN_READER_ONLY.search(classes))


def shown_text(element: etree._Element) -> list[str]:
    """The pieces of text shown on screen inside the element, one per text node (text
    hidden from screen readers with aria-hidden is still shown)."""
    pieces: list[str] = []
    if element.text:
        pieces.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and not _unseen(child):
            pieces += shown_text(child)
        if child.tail:
            pieces.append(child.tail)
    return pieces


def _is_symbol(text: str) -> bool:
    """Whether a piece of text stands for a picture (a single letter such as "X" for
    close, or only signs, arrows and emoji) rather than words."""
    return len(text) <= 1 or not any(unicodedata.category(c)[0] in "LN" for c in text)


def missing_from(name: str, shown: list[str]) -> str:
    """The first shown piece of text that the name does not contain ("" when none)."""
    folded = normalise_space(name).casefold()
    for piece in shown:
        words = normalise_space(piece)
        if words and not _is_symbol(words) and words.casefold() not in folded:
            return words
    return ""


def _icon_font_page(ctx: CheckContext) -> bool:
    """Whether the page uses an icon font that draws words as pictures."""
    found: bool | None = ctx.document.scratch.get("ax_icon_font")
    if found is None:
        root = ctx.document.root
        found = any(_ICON_FONT.search(s.text or "") for s in root.iter("style")) or any(
            _ICON_FONT.search(f"{el.get('href', '')} {el.get('class', '')}")
            for el in root.xpath("//link[@href] | //*[@class]"))
        ctx.document.scratch["ax_icon_font"] = found
    return found


@rule("AX221", "label-not-in-name", severity="warning",
      reference="WCAG 2.2 SC 2.5.3 Label in Name",
      act=("2ee8b8",), wcag=("2.5.3",))
def check_label_in_name(ctx: CheckContext) -> Iterator[Finding]:
    """A link or button has a hidden label that does not contain the words shown on it.

    People who use voice control say the words they see ("click Contact us"). When the
    hidden label screen readers and voice control use (``aria-label``) says something
    else, the command does nothing, and a screen reader user hears different words from
    the ones a helper sitting beside them can see.

    Bad::

        <a href="/contact" aria-label="Get in touch with the school office">Contact us</a>

    Good::

        <a href="/contact" aria-label="Contact us: the school office">Contact us</a>
    """
    if not ctx.document.has_attribute("aria-label", "aria-labelledby"):
        return  # (most pages) no hidden label: no walk of the page for one
    memo = hidden_memo(ctx)
    for element in _LABELLED(ctx.document.main):
        if semantic_role(element) not in NAMED_BY_CONTENT or is_hidden(element, memo):
            continue
        shown = shown_text(element)
        if not any(piece.strip() for piece in shown):
            continue
        missing = missing_from(accessible_name(element), shown)
        if not missing or (_icon_font_page(ctx) and re.fullmatch(r"[a-z_]+", missing)):
            continue
        yield finding(
            f'This shows "{missing}" but its hidden label for screen readers and voice '
            "control says something else, so people who say what they see cannot use it. "
            "Ask your web team to start the hidden label with the words shown, or to "
            "remove it.",
            element=element,
            excerpt=missing,
        )
