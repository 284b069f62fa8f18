"""Colour contrast of the editor's text (AX130); capitals and justified text are in
:mod:`senreport.rules.accessibility.text`.

For contrast, only colours written into the content itself are judged (inline ``style``, and the old
``<font color>`` and ``bgcolor`` that pasted Word documents still carry); the theme's own
stylesheet is the web designer's business, so unstyled text counts as black on white.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import count

import wcag_contrast_ratio as contrast  # type: ignore[import-untyped]
from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hides_itself
from senreport.rules.colours import Colour, blend, parse_colour
from senreport.rules.registry import rule

_COLOUR_TOKEN = re.compile(r"#[0-9a-f]{3,8}\b|(?:rgba?|hsla?)\([^)]*\)|[a-z]+")
_LENGTH = re.compile(r"([-+]?(?:\d+\.?\d*|\.\d+))(px|pt|em|rem|%)")
_UNKNOWN_BACKGROUND = re.compile(r"url\(|gradient\(")
_SIZE_KEYWORDS = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0,
                  "large": 18.0, "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_FONT_TAG_SIZES = {"1": 10.0, "2": 13.0, "3": 16.0, "4": 18.0, "5": 24.0, "6": 32.0,
                   "7": 48.0}
# Only h1 and h2 count as large by default: themes often shrink h3 below the 14pt-bold mark.
_HEADING_SCALE = {"h1": 2.0, "h2": 1.5}
_BOLD_TAGS = frozenset({"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
#: Controls a ``disabled`` setting switches off (their text needs no contrast, SC 1.4.3).
_DISABLEABLE = ("button", "input", "select", "textarea", "fieldset", "optgroup", "option")
_INVISIBLE = re.compile(r"visibility\s*:\s*(?:hidden|collapse)", re.IGNORECASE)
_BGCOLOR_TAGS = frozenset({"body", "table", "tr", "td", "th"})
# 14pt in CSS pixels is 18.666...; 18.66 keeps 14pt bold on the right side of the line.
_LARGE_PX, _LARGE_BOLD_PX = 24.0, 18.66


@dataclass(frozen=True)
class _Style:
    """The computed values that matter for contrast, as inherited down the tree."""

    colour: Colour = (0.0, 0.0, 0.0)
    background: Colour | None = (255.0, 255.0, 255.0)  # None: an image or gradient
    size: float = 16.0
    bold: bool = False
    #: Which colour settings this text's colours came from (0: the default).
    origin: tuple[int, int] = (0, 0)
    #: A gradient's solid colours, when the background is one (``background`` is None).
    stops: tuple[Colour, ...] = ()


def _declarations(style: str) -> dict[str, str]:
    """An inline style as property: value, last one winning as in CSS."""
    result: dict[str, str] = {}
    for part in style.split(";"):
        name, sep, value = part.partition(":")
        if sep:
            result[name.strip().lower()] = value.replace("!important", "").strip().lower()
    return result


def _font_size(value: str, inherited: float) -> float | None:
    if value in _SIZE_KEYWORDS:
        return _SIZE_KEYWORDS[value]
    if value == "smaller":
        return inherited / 1.2
    if value == "larger":
        return inherited * 1.2
    match = _LENGTH.search(value)
    if not match:
        return None
    number, unit = float(match.group(1)), match.group(2)
    return {"px": number, "pt": number * 4 / 3, "em": number * inherited,
            "rem": number * 16, "%": number * inherited / 100}[unit]


def _is_bold(value: str, inherited: bool) -> bool:
    if value in ("bold", "bolder"):
        return True
    if value in ("normal", "lighter"):
        return False
    return int(value) >= 700 if value.isdigit() else inherited


def computed_style(element: etree._Element, parent: _Style, origins: Iterator[int]) -> _Style:
    """The element's style given its parent's, from its tag, old attributes and inline style."""
    tag = element.tag
    style = parent
    if tag in _HEADING_SCALE:
        style = replace(style, size=style.size * _HEADING_SCALE[tag])
    elif tag == "small":
        style = replace(style, size=style.size * 13 / 16)
    if tag in _BOLD_TAGS:
        style = replace(style, bold=True)
    colour = element.get("color") if tag == "font" else None
    background = element.get("bgcolor") if tag in _BGCOLOR_TAGS else None
    if tag == "font" and element.get("size", "").strip() in _FONT_TAG_SIZES:
        style = replace(style, size=_FONT_TAG_SIZES[element.get("size", "").strip()])
    inline = element.get("style")
    if inline:
        props = _declarations(inline)
        colour = props.get("color", colour)
        if "background-color" in props:
            background = props["background-color"]
        elif "background" in props:
            background = props["background"]
        elif props.get("background-image", "none") != "none":
            background = props["background-image"]
        font = props.get("font", "")
        size = _font_size(props.get("font-size", font), style.size)
        if size is not None:
            style = replace(style, size=size)
        weight = props.get("font-weight", "bold" if re.search(r"\bbold\b", font) else "")
        style = replace(style, bold=_is_bold(weight, style.bold))
    if background:
        style = _with_background(style, background, origins)
    if colour:
        parsed = parse_colour(colour, style.colour)
        if parsed is not None and style.background is not None:
            style = replace(style, colour=blend(parsed[0], parsed[1], style.background),
                            origin=(next(origins), style.origin[1]))
        elif parsed is not None:
            style = replace(style, colour=parsed[0], origin=(next(origins), style.origin[1]))
    opacity = _opacity(_declarations(inline).get("opacity", "")) if inline else 1.0
    if opacity < 1.0 and style.background is not None:
        # a faded element lets the background show through its text
        style = replace(style, colour=blend(style.colour, opacity, style.background),
                        origin=(next(origins), style.origin[1]))
    return style


def _opacity(value: str) -> float:
    """An ``opacity`` value as a fraction (1.0 when absent or unreadable)."""
    value = value.strip()
    try:
        number = float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        return 1.0
    return min(max(number, 0.0), 1.0)


def _with_background(style: _Style, value: str, origins: Iterator[int]) -> _Style:
    if _UNKNOWN_BACKGROUND.search(value):
        return replace(style, background=None, stops=_gradient_stops(value),
                       origin=(style.origin[0], next(origins)))
    for token in _COLOUR_TOKEN.findall(value):
        parsed = parse_colour(token, style.colour)
        if parsed is None:
            continue
        rgb, alpha = parsed
        if alpha == 0.0 or style.background is None:
            return style
        return replace(style, background=blend(rgb, alpha, style.background), stops=(),
                       origin=(style.origin[0], next(origins)))
    return style


def _gradient_stops(value: str) -> tuple[Colour, ...]:
    """The solid colours of a background that is only a gradient ("linear-gradient(to right,
    #fff, #00f)"); none when it holds an image or a see-through colour (then unknown)."""
    if "url(" in value:
        return ()
    stops = []
    for token in _COLOUR_TOKEN.findall(value.split("gradient(", 1)[-1]):
        parsed = parse_colour(token)
        if parsed is None:
            continue
        if parsed[1] < 1.0:
            return ()
        stops.append(parsed[0])
    return tuple(stops) if len(stops) >= 2 else ()


def has_own_text(element: etree._Element) -> bool:
    """Whether text sits directly in this element (not only in its children)."""
    if element.text and element.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in element)


def _unjudged(element: etree._Element) -> bool:
    """Text WCAG exempts or the markup cannot judge: disabled controls, shadowed text."""
    if element.get("disabled") is not None and element.tag in _DISABLEABLE:
        return True
    if (element.get("aria-disabled") or "").strip().lower() == "true":
        return True
    if element.tag == "label":
        control = element.get("for")
        if any(c.get("disabled") is not None for c in element.iter(*_DISABLEABLE)):
            return True
        if control and element.getroottree().getroot().xpath(
                "//*[@id=$i][@disabled]", i=control):
            return True
    identifier = element.get("id")
    if identifier and element.getroottree().getroot().xpath(
            "//*[@disabled or @aria-disabled='true']"
            "[contains(concat(' ', normalize-space(@aria-labelledby), ' '), $i)]",
            i=f" {identifier} "):
        return True  # the label of a disabled control
    style = element.get("style") or ""
    return "text-shadow" in style or "visibility" in style and bool(_INVISIBLE.search(style))


def _no_words(element: etree._Element) -> bool:
    """A single letter or sign standing for a control's name ("X" on a button named
    "Close"): it is not text in a human language, so its contrast is not text contrast."""
    own = "".join([element.text or "", *(child.tail or "" for child in element)]).strip()
    return len(own) <= 1 and bool(element.get("aria-label") or element.get("aria-labelledby"))


def ratio_words(ratio: float) -> str:
    """A contrast ratio as people read it, never rounded up past the line it must meet."""
    shown = math.floor(ratio * 10) / 10
    return f"{shown:g} to 1"


@dataclass(frozen=True)
class TextContrast:
    """One piece of coloured text: its contrast with its background, whether it is large,
    and which styles set its colours (text sharing them is reported once)."""

    element: etree._Element
    ratio: float
    large: bool
    origin: tuple[int, int]


def text_contrasts(ctx: CheckContext) -> list[TextContrast]:
    """Every piece of text in the main content whose colours the content sets, measured
    once for the page (AX130 and AX227 judge the same measures against different lines)."""
    found: list[TextContrast] | None = ctx.document.scratch.get("ax_contrast")
    if found is None:
        found = list(_measure(ctx)) if ctx.document.has_attribute(
            "style", "color", "bgcolor") else []  # no colour set: all in default colours
        ctx.document.scratch["ax_contrast"] = found
    return found


def _measure(ctx: CheckContext) -> Iterator[TextContrast]:
    document = ctx.document
    origins = count(1)
    style = _Style()
    for ancestor in reversed(list(document.main.iterancestors())):
        style = computed_style(ancestor, style, origins)
    stack: list[tuple[etree._Element, _Style]] = [(document.main, style)]
    while stack:
        element, inherited = stack.pop()
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if hides_itself(element) or _unjudged(element):
            continue  # hidden text, and the text of disabled controls, need no contrast
        style = computed_style(element, inherited, origins)
        stack.extend((child, style) for child in reversed(element))
        if style.origin == (0, 0) or (style.background is None and not style.stops) or not (
                has_own_text(element)) or _no_words(element):
            continue
        large = style.size >= _LARGE_PX or (style.bold and style.size >= _LARGE_BOLD_PX)
        # On a gradient, the text fails only where no part of it stands out enough.
        backgrounds = (style.background,) if style.background is not None else style.stops
        ratio = max(contrast.rgb(tuple(c / 255 for c in style.colour),
                                 tuple(c / 255 for c in background))
                    for background in backgrounds)
        yield TextContrast(element, ratio, large, style.origin)


@rule("AX130", "colour-contrast", severity="warning",
      reference="WCAG 2.2 SC 1.4.3 Contrast (Minimum)", act=("afw4f7", "09o5cg"),
      wcag=("1.4.3",))
def check_colour_contrast(ctx: CheckContext) -> Iterator[Finding]:
    """Coloured text does not stand out enough from its background.

    Pale grey, yellow or light-coloured text is hard to read for parents with low vision
    or colour blindness, and for anyone reading a phone outdoors. Ordinary text needs a
    contrast of at least 4.5 to 1 with its background; large text at least 3 to 1.

    Bad::

        <p style="color: #aaaaaa">Contact the SENCO on 0113 496 0000.</p>

    Good::

        <p style="color: #333333">Contact the SENCO on 0113 496 0000.</p>
    """
    reported: set[tuple[tuple[int, int], bool]] = set()
    for text in text_contrasts(ctx):
        needed = 3.0 if text.large else 4.5
        key = (text.origin, text.large)
        if text.ratio >= needed or key in reported:
            continue
        reported.add(key)
        yield finding(
            f"This text is hard to read against its background: the contrast is "
            f"{ratio_words(text.ratio)}; it needs at least {needed:g} to 1"
            f"{' for large text' if text.large else ''}. Choose a darker text colour or a "
            "lighter background, or remove the custom colour so the site's own colours are "
            "used.",
            element=text.element,
        )
