"""Colour contrast of the editor's text (AX130); capitals and justified text are in
:mod:`senreport.rules.accessibility.text`.

For contrast, only colours written into the content itself are judged (inline ``style``, and the old
``<font color>`` and ``bgcolor`` that pasted Word documents still carry); the theme's own
stylesheet is the web designer's business, so unstyled text counts as black on white.
"""

from __future__ import annotations

import colorsys
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
from senreport.rules.registry import rule

Colour = tuple[float, float, float]  # 0-255 each

# The 148 CSS named colours, packed as name + six hex digits.
_PACKED_NAMES = (
    "aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff "
    "beige f5f5dc bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff "
    "blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 "
    "chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c "
    "cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 "
    "darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b "
    "darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 "
    "darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f "
    "darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 "
    "deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 "
    "floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc "
    "ghostwhite f8f8ff gold ffd700 goldenrod daa520 gray 808080 green 008000 "
    "greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4 indianred cd5c5c "
    "indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5 "
    "lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 "
    "lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 "
    "lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa "
    "lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 "
    "lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 "
    "magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd "
    "mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 "
    "mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc "
    "mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 "
    "moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 "
    "olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa "
    "palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 "
    "peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 "
    "purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 "
    "saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee "
    "sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 "
    "slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c "
    "teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee "
    "wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32"
)
_WORDS = _PACKED_NAMES.split()
NAMED_COLOURS: dict[str, str] = dict(zip(_WORDS[::2], _WORDS[1::2], strict=True))

_HEX = re.compile(r"#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})\b")
_FUNCTION = re.compile(r"(rgba?|hsla?)\(([^)]*)\)")
_COLOUR_TOKEN = re.compile(r"#[0-9a-f]{3,8}\b|(?:rgba?|hsla?)\([^)]*\)|[a-z]+")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:%|deg|turn|rad)?")
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


def parse_colour(value: str, current: Colour = (0.0, 0.0, 0.0)
                 ) -> tuple[Colour, float] | None:
    """A CSS colour as (red, green, blue) 0-255 and its opacity 0-1, or None if unknown."""
    value = value.strip().lower()
    if value in NAMED_COLOURS:
        hex6 = NAMED_COLOURS[value]
        return (float(int(hex6[0:2], 16)), float(int(hex6[2:4], 16)),
                float(int(hex6[4:6], 16))), 1.0
    if value == "transparent":
        return (0.0, 0.0, 0.0), 0.0
    if value == "currentcolor":
        return current, 1.0
    match = _HEX.fullmatch(value)
    if match:
        digits = match.group(1)
        if len(digits) <= 4:
            digits = "".join(d * 2 for d in digits)
        channels = [int(digits[i:i + 2], 16) for i in range(0, len(digits), 2)]
        alpha = channels[3] / 255 if len(channels) == 4 else 1.0
        return (float(channels[0]), float(channels[1]), float(channels[2])), alpha
    match = _FUNCTION.fullmatch(value)
    if match:
        return _parse_function(match.group(1), _NUMBER.findall(match.group(2)))
    return None


def _parse_function(name: str, args: list[str]) -> tuple[Colour, float] | None:
    if len(args) < 3:
        return None
    alpha = _fraction(args[3], 1.0) if len(args) > 3 else 1.0
    if name.startswith("rgb"):
        channels = [_fraction(a, 255.0) for a in args[:3]]
    else:
        light, sat = _fraction(args[2], 100.0), _fraction(args[1], 100.0)
        channels = list(colorsys.hls_to_rgb(_hue(args[0]) % 1.0, light, sat))
    red, green, blue = (min(255.0, max(0.0, c * 255)) for c in channels)
    return (red, green, blue), min(1.0, max(0.0, alpha))


def _hue(arg: str) -> float:
    """An hsl() hue as a fraction of a full turn."""
    for unit, per_turn in (("deg", 360.0), ("turn", 1.0), ("rad", 2 * math.pi)):
        if arg.endswith(unit):
            return float(arg[: -len(unit)]) / per_turn
    return float(arg.rstrip("%")) / 360


def _fraction(arg: str, scale: float) -> float:
    """A number or percentage as a fraction of its full scale."""
    if arg.endswith("%"):
        return float(arg[:-1]) / 100
    return float(arg) / scale if scale != 1.0 else float(arg)


def _blend(colour: Colour, alpha: float, under: Colour) -> Colour:
    if alpha >= 1.0:
        return colour
    mixed = tuple(alpha * c + (1 - alpha) * u for c, u in zip(colour, under, strict=True))
    return (mixed[0], mixed[1], mixed[2])


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
            style = replace(style, colour=_blend(parsed[0], parsed[1], style.background),
                            origin=(next(origins), style.origin[1]))
        elif parsed is not None:
            style = replace(style, colour=parsed[0], origin=(next(origins), style.origin[1]))
    opacity = _opacity(_declarations(inline).get("opacity", "")) if inline else 1.0
    if opacity < 1.0 and style.background is not None:
        # a faded element lets the background show through its text
        style = replace(style, colour=_blend(style.colour, opacity, style.background),
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
        return replace(style, background=_blend(rgb, alpha, style.background), stops=(),
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
