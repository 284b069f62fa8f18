"""AX223: text whose letter, word or line spacing is fixed in its own ``style`` with
``!important`` below what WCAG 2.2 SC 1.4.12 (Text Spacing) lets readers ask for.

Some parents (with dyslexia or low vision, say) read only with wider spacing, set by a
browser extension or their own style sheet. A spacing written into the text itself with
``!important`` cannot be overridden: if it is tight, the text stays tight for them. Page
builders and text pasted from design tools sometimes leave such settings behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

#: Property -> (the least spacing WCAG 1.4.12 lets a reader set, as a share of the font
#: size; what "normal" comes to; what it is called in a message).
MINIMUM: dict[str, tuple[float, float, str]] = {
    "letter-spacing": (0.12, 0.0, "letter spacing"),
    "word-spacing": (0.16, 0.0, "word spacing"),
    "line-height": (1.5, 1.2, "line spacing"),
}
_IMPORTANT = etree.XPath("descendant-or-self::*[contains(@style, 'important')]")
_LENGTH = re.compile(r"([+-]?(?:\d+\.?\d*|\.\d+))(px|pt|em|rem|%)?")
_INHERITED = frozenset({"inherit", "unset", "revert", "revert-layer"})
_OFF_SCREEN = re.compile(r"position\s*:\s*(?:absolute|fixed)[^;]*;.*?(?:top|left|right)\s*:"
                         r"\s*-\d|(?:top|left|right)\s*:\s*-\d.*?position\s*:\s*(?:absolute|"
                         r"fixed)", re.IGNORECASE | re.DOTALL)
_SCROLLS = re.compile(r"overflow(?:-x)?\s*:\s*(?:scroll|auto)", re.IGNORECASE)
_TAG_RULE = re.compile(r"(?:^|\})\s*([a-z][a-z0-9]*)\s*\{([^}]*)\}", re.IGNORECASE)
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)(px|pt)\b", re.IGNORECASE)
_BROWSER_FONT_SIZE = 16.0


def declarations(style: str) -> dict[str, tuple[str, bool]]:
    """Each property of an inline style -> (the value that wins, whether it is important):
    the last important declaration, else the last one."""
    found: dict[str, tuple[str, bool]] = {}
    for part in style.split(";"):
        name, colon, value = part.partition(":")
        if not colon:
            continue
        name, value = name.strip().lower(), value.strip().lower()
        important = value.endswith("important") and "!" in value
        if important:
            value = value[:value.rindex("!")].strip()
        if important or not found.get(name, ("", False))[1]:
            found[name] = (value, important)
    return found


def _px(value: str, font_size: float) -> float | None:
    """A length in pixels (None when its unit needs what only the browser knows)."""
    match = _LENGTH.fullmatch(value)
    if match is None:
        return None
    number, unit = float(match.group(1)), match.group(2) or ""
    scale = {"px": 1.0, "pt": 4 / 3, "em": font_size, "rem": _BROWSER_FONT_SIZE}.get(unit)
    return number * scale if scale is not None else None


def share_of_font(name: str, value: str, font_size: float) -> float | None:
    """A spacing as a share of the font size (None when it cannot be told from here)."""
    if value in ("normal", "initial"):
        return MINIMUM[name][1]
    match = _LENGTH.fullmatch(value)
    if match is None:
        return None
    if name == "line-height" and match.group(2) in (None, "%"):
        return float(match.group(1)) / (100 if match.group(2) else 1)
    if match.group(2) in (None, "%"):
        return 0.0 if match.group(2) is None and float(match.group(1)) == 0 else None
    pixels = _px(value, font_size)
    return pixels / font_size if pixels is not None else None


def _sheet_sizes(ctx: CheckContext) -> dict[str, float]:
    """Font sizes in pixels the page's own style sheets give plain tags ("p { ... }")."""
    sizes: dict[str, float] | None = ctx.document.scratch.get("ax_sheet_sizes")
    if sizes is None:
        sizes = {}
        for sheet in ctx.document.root.iter("style"):
            for tag, body in _TAG_RULE.findall(sheet.text or ""):
                size = _FONT_SIZE.search(body)
                if size:
                    sizes[tag.lower()] = float(size.group(1)) * (
                        4 / 3 if size.group(2).lower() == "pt" else 1)
        ctx.document.scratch["ax_sheet_sizes"] = sizes
    return sizes


def font_size(element: etree._Element, sheet: dict[str, float]) -> float:
    """The element's font size in pixels, from its own or its ancestors' inline styles or a
    plain tag's rule (the browser's 16 pixels when none says)."""
    for node in (element, *element.iterancestors()):
        value = declarations(node.get("style") or "").get("font-size", ("", False))[0]
        pixels = _px(value, _BROWSER_FONT_SIZE) if value else None
        if pixels:
            return pixels
        if isinstance(node.tag, str) and node.tag in sheet:
            return sheet[node.tag]
    return _BROWSER_FONT_SIZE


def _own_text(element: etree._Element) -> str:
    return (element.text or "") + "".join(child.tail or "" for child in element)


def _wraps(element: etree._Element, text: str) -> bool:
    """Whether the text is long enough to run onto a second line, and not in a box that
    scrolls sideways instead."""
    if len(text.split()) < 8 or any(_SCROLLS.search(a.get("style") or "")
                                    for a in element.iterancestors()):
        return False
    return True


@rule("AX223", "text-spacing-locked", severity="warning",
      reference="WCAG 2.2 SC 1.4.12 Text Spacing",
      act=("24afc2", "78fd32", "9e45ec"), wcag=("1.4.12",))
def check_text_spacing(ctx: CheckContext) -> Iterator[Finding]:
    """Text's letter, word or line spacing is locked (``!important``) below the minimum.

    Some parents can only read text with more space between letters, words or lines,
    which they set in their browser. A spacing written into the text with ``!important``
    overrides them, and if it is tight the text stays hard to read.

    Bad::

        <p style="line-height: 1 !important">We meet every parent of a child with SEN
        at least three times a year to review their child's support plan.</p>

    Good::

        <p style="line-height: 1.5">We meet every parent of a child with SEN at least
        three times a year to review their child's support plan.</p>
    """
    if not ctx.document.has_attribute("style"):
        return  # no style: no walk of the page for one set !important
    memo = hidden_memo(ctx)
    for element in _IMPORTANT(ctx.document.main):
        style = element.get("style") or ""
        text = _own_text(element)
        if not text.strip() or _OFF_SCREEN.search(style) or is_hidden(element, memo):
            continue
        declared = declarations(style)
        for name, (least, _, words) in MINIMUM.items():
            value, important = declared.get(name, ("", False))
            if not important or value in _INHERITED:
                continue
            if name == "line-height" and not _wraps(element, text):
                continue
            share = share_of_font(name, value, font_size(element, _sheet_sizes(ctx)))
            if share is None or share >= least - 1e-9:
                continue
            yield finding(
                f"This text's {words} is locked at {value} (with !important), tighter than "
                "parents who need wider spacing to read can change it to. Ask your web team "
                "to remove the !important, or to widen the spacing.",
                element=element,
                excerpt=f"{name}: {value}",
            )
