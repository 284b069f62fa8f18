"""AX232: a page style that turns content a quarter turn for one way of holding a device."""

from __future__ import annotations

import pytest

try:
    from tests.test_rules_accessibility import fires, run
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires, run

from senreport.rules.accessibility.orientation import rotation


def sheet(css: str) -> str:
    return f"<style>{css}</style><p>Our SEN offer</p>"


@pytest.mark.parametrize(("name", "value", "degrees"), [
    ("transform", "rotate(90deg)", 90), ("transform", "rotateZ(-0.25turn)", -90),
    ("transform", "rotate(1.5708rad)", 90.0002), ("transform", "rotate(100grad)", 90),
    ("transform", "rotate3d(0, 0, 1, 270deg)", 270),
    ("transform", "matrix(0, 1, -1, 0, 0, 0)", 90),
    ("transform", "translateX(10px) rotate(45deg) rotate(45deg)", 90),
    ("rotate", "z 90deg", 90), ("rotate", "0 0 1 90deg", 90), ("rotate", "90deg", 90),
    ("transform", "translateX(100px)", None), ("transform", "rotate3d(1, 0, 0, 90deg)", None),
    ("rotate", "x 90deg", None), ("transform", "rotate(ninety)", None),
])
def test_how_far_a_style_turns_an_element(name: str, value: str, degrees: float | None) -> None:
    turn = rotation(name, value)
    assert (turn is None) if degrees is None else turn == pytest.approx(degrees, abs=0.01)


def test_a_quarter_turn_for_one_orientation_locks_the_page() -> None:
    found = run("AX232", sheet("@media (orientation: portrait) { body { transform: "
                               "rotate(90deg); } }"))
    assert found and "portrait" in found[0].message and found[0].excerpt.startswith("transform")
    assert fires("AX232", sheet("/* turn */ @media screen and (orientation:landscape) { "
                                ".wrap { rotate: -90deg !important } }"))
    # Relative to the turn the element always has.
    assert fires("AX232", sheet("main { transform: rotate(2.5deg) } @media (orientation: "
                                "landscape) { main { transform: rotate(92.5deg) } }"))


def test_other_turns_and_other_conditions_do_not() -> None:
    for css in ("@media (orientation: portrait) { html { transform: rotate(1turn) } }",
                "@media (orientation: portrait) { html { transform: rotate(10deg) } }",
                "body { transform: rotate(90deg) }",
                "@media (min-width: 40em) { body { transform: rotate(90deg) } }",
                "@media (orientation: lanscape) { body { transform: rotate(90deg) } }",
                "main { transform: rotate(90deg) } @media (orientation: portrait) "
                "{ main { transform: rotate(90deg) } }",  # turned either way: not locked
                "@media (orientation: portrait) { body { font-size: 110% } }",
                "/* @media (orientation: portrait) { body { rotate: 90deg } } */"):
        assert not fires("AX232", sheet(css)), css
