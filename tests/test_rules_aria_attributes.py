"""AX218 (an aria- setting the part's role does not allow) and AX219 (aria-controls on an
open drop-down list or a scroll bar pointing to nothing)."""

from __future__ import annotations

import pytest

from senreport.document import parse_html
from senreport.rules.accessibility.aria_roles import GLOBAL, SUPPORTED, semantic_role

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires


@pytest.mark.parametrize("html", [
    '<a href="/senco" aria-pressed="true">SENCO</a>',
    '<div role="button" tabindex="0" aria-sort="ascending">Sort</div>',
    '<img src="a.png" alt="Map" aria-checked="true">',
    '<p aria-label="Welcome"></p>',
    '<div role="textbox" aria-valuenow="3" aria-label="Name"></div>',
    '<abbr aria-label="Special educational needs"></abbr>',
    '<senco-card aria-label="Our SENCO"></senco-card>',
    '<div role="mark" aria-label="Highlighted"></div>',
])
def test_a_setting_the_role_does_not_take_is_reported(html: str) -> None:
    assert fires("AX218", html)


@pytest.mark.parametrize("html", [
    '<button aria-pressed="false" aria-expanded="true">Menu</button>',
    '<input type="checkbox" aria-checked="mixed" aria-required="true" id="c">',
    '<select aria-required="true" aria-label="Year"><option>7</option></select>',
    '<div aria-live="polite" aria-busy="true">Saved</div>',
    '<div aria-labelledby="h1">Text that is read all the same</div>',
    '<span aria-label="">Empty names are not judged</span>',
    '<input type="date" aria-valuenow="3" aria-label="Start date">',
    '<div role="presentation" aria-pressed="true" style="display:none"></div>',
    '<li role="doc-biblioentry" aria-unknownthing="1">Not judged here</li>',
    '<button aria-label="Close"><span class="icon" aria-label="cross"></span></button>',
    '<button aria-required="false">Send</button>',
    '<div role="group" aria-activedescendant="o1">Choices</div>',
])
def test_settings_the_role_takes_are_fine(html: str) -> None:
    assert not fires("AX218", html)


def test_the_role_of_a_part_follows_html_and_presentational_conflicts() -> None:
    doc = parse_html('<button role="none">A</button><span role="none" aria-label="x">B</span>'
                     '<input list="l"><input type="number"><a>no link</a>'
                     '<table role="grid"><tr><td>c</td></tr></table>')
    got = [semantic_role(e) for e in doc.main.iter("button", "span", "input", "a", "td")]
    assert got == ["button", "generic", "combobox", "spinbutton", "generic", "gridcell"]
    assert all(not (GLOBAL & allowed) for allowed in SUPPORTED.values())


def test_aria_controls_of_an_open_drop_down_list_or_scroll_bar() -> None:
    combo = '<input role="combobox" aria-label="Search" aria-expanded="{}" aria-controls="s">'
    assert fires("AX219", combo.format("true"))
    assert not fires("AX219", combo.format("false"))
    assert not fires("AX219", combo.format("true") + '<ul id="s" role="listbox"></ul>')
    assert fires("AX219", '<div role="scrollbar" aria-valuenow="0" aria-controls="a b"></div>')
    assert not fires("AX219", '<div role="scrollbar" aria-valuenow="0" aria-controls="a b">'
                     '</div><main id="b">Text</main>')
    assert not fires("AX219", '<button aria-controls="nowhere">Open</button>')
