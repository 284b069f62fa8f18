"""AX227: text that meets the ordinary contrast line but not the enhanced one (a note)."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires, run
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires, run


def test_text_between_the_two_lines_is_a_note() -> None:
    assert fires("AX227", '<p style="color: #666">Contact the SENCO.</p>')  # 5.7 to 1
    assert fires("AX227", '<h2 style="color: #000; background: #666; font-size: 24px">'
                 "Our offer</h2>")  # large text at 3.6 to 1
    found = run("AX227", '<div style="color: #666"><p>SENCO</p><p>office</p></div>')
    assert len(found) == 1  # one colour setting, reported once
    assert "7 to 1" in found[0].message and "5.7 to 1" in found[0].message


def test_clear_text_and_text_below_the_minimum_are_not_its_to_report() -> None:
    for html in ('<p style="color: #333">Contact the SENCO.</p>',
                 '<p>Contact the SENCO.</p>',
                 '<h2 style="color: #000; background: #777; font-size: 24px">Our offer</h2>',
                 '<button style="color: #666" aria-label="Close">X</button>',
                 '<p style="color: #666; display: none">Hidden</p>'):
        assert not fires("AX227", html), html
    pale = '<p style="color: #aaa">Contact the SENCO.</p>'  # 2.3 to 1
    assert fires("AX130", pale) and not fires("AX227", pale)
