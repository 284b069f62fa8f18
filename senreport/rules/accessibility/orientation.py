"""AX232: a style sheet in the page that turns the page (or part of it) a quarter turn
when a phone or tablet is held one way, which locks what is shown to one orientation.

Some parents have their tablet or phone fixed in one position, on a wheelchair or a stand;
content that turns itself sideways when the device is upright (or flat) cannot be read
upright by them (WCAG 2.2 SC 1.3.4 Orientation). Only the page's own ``<style>`` elements
are read; the theme's style sheet files are the web designer's to check.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.registry import rule

_BRACE = re.compile(r"[{}]")
_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_ORIENTATION = re.compile(r"\(\s*orientation\s*:\s*(portrait|landscape)\s*\)", re.IGNORECASE)
_DECLARATION = re.compile(r"(?:^|;)\s*(transform|rotate)\s*:\s*([^;]*)", re.IGNORECASE)
_FUNCTION = re.compile(r"(rotate(?:3d|z)?|matrix(?:3d)?)\s*\(([^)]*)\)", re.IGNORECASE)
_ANGLE = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(deg|rad|grad|turn)?$",
                    re.IGNORECASE)
_UNITS = {"deg": 1.0, "rad": 180 / math.pi, "grad": 0.9, "turn": 360.0, "": 1.0}


def _blocks(css: str) -> Iterator[tuple[str, str, str]]:
    """Each style rule of a style sheet: the @media conditions it sits in ("" for none),
    its selector and its declarations."""
    media: list[str] = []  # the open @media blocks' conditions
    opened: list[tuple[str, int, str]] = []  # per open brace: its kind, start and prelude
    at = 0
    for brace in _BRACE.finditer(css):
        if brace.group() == "{":
            prelude = css[at:brace.start()].strip()
            kind = "media" if prelude.lower().startswith("@media") else (
                "at" if prelude.startswith("@") else "rule")
            opened.append((kind, brace.end(), prelude))
            if kind == "media":
                media.append(prelude)
        elif opened:
            kind, start, prelude = opened.pop()
            if kind == "media":
                media.pop()
            elif kind == "rule":
                yield " ".join(media), prelude, css[start:brace.start()]
        at = brace.end()


def _degrees(text: str) -> float | None:
    match = _ANGLE.match(text.strip())
    if match is None:
        return None
    return float(match.group(1)) * _UNITS[(match.group(2) or "").lower()]


def rotation(property_name: str, value: str) -> float | None:
    """How far a transform or rotate value turns an element about the axis facing the
    reader, in degrees; None when it does not say (or turns it some other way)."""
    value = value.replace("!important", "").strip()
    if property_name.lower() == "rotate":
        parts = value.split()  # "90deg", "z 90deg" or "0 0 1 90deg"
        if parts[:1] == ["z"] or len(parts) == 4 and parts[:3] == ["0", "0", "1"]:
            parts = parts[-1:]
        return _degrees(parts[0]) if len(parts) == 1 else None
    total, seen = 0.0, False
    for name, arguments in _FUNCTION.findall(value):
        numbers = [a.strip() for a in arguments.split(",")]
        name = name.lower()
        try:
            if name in ("rotate", "rotatez") and len(numbers) == 1:
                turn = _degrees(numbers[0])
            elif name == "rotate3d" and len(numbers) == 4:
                x, y, z = (float(n) for n in numbers[:3])
                turn = _degrees(numbers[3]) if x == y == 0 and z else None
                if turn is not None and z < 0:
                    turn = -turn
            elif name in ("matrix", "matrix3d") and len(numbers) in (6, 16):
                turn = math.degrees(math.atan2(float(numbers[1]), float(numbers[0])))
            else:
                turn = None
        except ValueError:
            turn = None
        if turn is not None:
            total, seen = total + turn, True
    return total if seen else None


def _quarter_turn(degrees: float) -> bool:
    """Whether a turn is a quarter turn either way (90 or 270 degrees, give or take one)."""
    return abs(degrees % 180 - 90) <= 1


@rule("AX232", "orientation-locked", severity="warning",
      reference="WCAG 2.2 SC 1.3.4 Orientation", act=("b33eff",), wcag=("1.3.4",))
def check_orientation_locked(ctx: CheckContext) -> Iterator[Finding]:
    """The page turns itself sideways when a phone or tablet is held one way.

    A style that turns the page a quarter turn for upright (or sideways) screens keeps it
    the same way round whichever way the device is held. Parents whose tablet is fixed to
    a wheelchair or stand cannot turn it to read.

    Bad::

        <style>@media (orientation: portrait) { body { transform: rotate(90deg); } }</style>

    Good::

        <style>@media (orientation: portrait) { body { font-size: 110%; } }</style>
    """
    for sheet in ctx.document.root.iter("style"):
        css = _COMMENT.sub(" ", sheet.text or "")
        if "orientation" not in css.lower():
            continue
        rules = list(_blocks(css))
        always: dict[str, float] = {}
        for media, selector, body in rules:
            for name, value in _DECLARATION.findall(body) if not media else ():
                turn = rotation(name, value)
                if turn is not None:
                    always[selector] = turn
        for media, selector, body in rules:
            held = _ORIENTATION.search(media)
            if held is None:
                continue
            for name, value in _DECLARATION.findall(body):
                turn = rotation(name, value)
                if turn is not None and _quarter_turn(turn - always.get(selector, 0.0)):
                    yield finding(
                        f"A style in this page turns {selector or 'part of the page'} a "
                        f"quarter turn when a phone or tablet is held {held.group(1).lower()}"
                        ", so it cannot be read the other way up. Parents whose device is "
                        "fixed in one position cannot read it. Ask your web team to remove "
                        "the turn.",
                        element=sheet,
                        excerpt=f"{name}: {value.strip()}"[:160],
                    )
                    return
