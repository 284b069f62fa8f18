"""AX223: letter, word or line spacing locked with !important below WCAG 1.4.12's."""

from __future__ import annotations

import pytest

from senreport.rules.accessibility.spacing import declarations, share_of_font

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires

LONG = "We review every child's support plan with their parents at least three times a year."


def test_the_winning_declaration_is_the_last_important_one() -> None:
    assert declarations("line-height: 2 !important; line-height: 1") == {
        "line-height": ("2", True)}
    assert declarations("Letter-Spacing: 1px; LETTER-SPACING: .2em ! important;") == {
        "letter-spacing": (".2em", True)}


@pytest.mark.parametrize(("name", "value", "share"), [
    ("letter-spacing", "normal", 0.0), ("letter-spacing", "0.1em", 0.1),
    ("letter-spacing", "2px", 0.125), ("word-spacing", "12pt", 1.0),
    ("line-height", "150%", 1.5), ("line-height", "1.2", 1.2), ("line-height", "initial", 1.2),
    ("line-height", "24px", 1.5), ("letter-spacing", "calc(1px + 1em)", None),
    ("word-spacing", "10%", None), ("letter-spacing", "0", 0.0), ("word-spacing", "3", None),
])
def test_spacing_as_a_share_of_a_16_pixel_font(name: str, value: str,
                                               share: float | None) -> None:
    assert share_of_font(name, value, 16.0) == share


def test_only_important_spacing_on_visible_text_of_its_own_is_judged() -> None:
    assert fires("AX223", f'<p style="line-height: 20px !important">{LONG}</p>')
    assert fires("AX223", '<style>p { font-size: 20px }</style>'
                 '<p style="letter-spacing: 2px !important">Tight</p>')
    assert not fires("AX223", '<style>p { font-size: 10px }</style>'
                     '<p style="letter-spacing: 2px !important">Wide enough</p>')
    assert not fires("AX223", f'<div style="font-size: 10px"><p style="line-height: 15px '
                     f'!important">{LONG}</p></div>')
    for html in (f'<p style="line-height: 1.2">{LONG}</p>',
                 f'<p style="line-height: inherit !important">{LONG}</p>',
                 '<p style="line-height: 1 !important">Too short to wrap</p>',
                 f'<div style="overflow-x: auto"><p style="line-height: 1 !important">{LONG}'
                 '</p></div>',
                 f'<div style="letter-spacing: 0 !important"><p>{LONG}</p></div>',
                 f'<p style="display:none; letter-spacing: 0 !important">{LONG}</p>',
                 f'<p style="position: absolute; left: -9999px; word-spacing: 0 !important">'
                 f'{LONG}</p>'):
        assert not fires("AX223", html), html
