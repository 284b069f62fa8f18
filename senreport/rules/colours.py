"""CSS colours as a page's inline styles write them: the 148 named colours, hex, and the
rgb() and hsl() functions, with their opacity (for :mod:`senreport.rules.contrast`)."""

from __future__ import annotations

import colorsys
import math
import re

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
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:%|deg|turn|rad)?")


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
    # Only an hsl() hue may be an angle: "rgb(0 0deg 0)" is no colour (a browser ignores it).
    if any(a.endswith(("deg", "turn", "rad")) for a in args[0 if name.startswith("rgb") else 1:]):
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


def blend(colour: Colour, alpha: float, under: Colour) -> Colour:
    """A colour of the given opacity seen over another."""
    if alpha >= 1.0:
        return colour
    mixed = tuple(alpha * c + (1 - alpha) * u for c, u in zip(colour, under, strict=True))
    return (mixed[0], mixed[1], mixed[2])
