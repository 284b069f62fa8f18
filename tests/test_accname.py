"""Accessible names, roles and hidden content worked out from the markup."""

from __future__ import annotations

import pytest
from lxml import html

from senreport.rules.accessibility.accname import accessible_name, is_hidden, role_of


def element(markup: str, selector: str = "//*[@id='t']"):
    return html.document_fromstring(f"<html><body>{markup}</body></html>").xpath(selector)[0]


@pytest.mark.parametrize("markup, name", [
    ('<a id="t" href="/x">Our SENCO</a>', "Our SENCO"),
    ('<a id="t" href="/x" aria-label="Contact the SENCO">Email</a>', "Contact the SENCO"),
    ('<span id="a">Local</span><span id="b">Offer</span>'
     '<a id="t" href="/x" aria-labelledby="a b" aria-label="ignored">x</a>', "Local Offer"),
    ('<p id="l" hidden>Map of the site</p><iframe id="t" aria-labelledby="l"></iframe>',
     "Map of the site"),
    ('<a id="t" href="/x"><img src="a.png" alt="School logo"> Home</a>', "School logo Home"),
    ('<a id="t" href="/x"><span><b><img src="a.png" alt="Deep"></b></span></a>', "Deep"),
    ('<a id="t" href="/x" title="Calendar"><i class="icon"></i></a>', "Calendar"),
    ('<a id="t" href="/x" title="Tip">Words</a>', "Words"),
    ('<a id="t" href="/x">Home<span hidden> page</span><span aria-hidden="true">!</span>'
     '<span style="display:none">?</span><span style="visibility: hidden">.</span></a>', "Home"),
    ('<h2 id="t"><span style="visibility:hidden"><em style="visibility:visible">Shown</em>'
     "</span></h2>", "Shown"),
    ('<img id="t" src="a.png" alt="">', ""),
    ('<img id="t" src="a.png" alt="" title="Tooltip">', "Tooltip"),
    ('<h1 id="t"><img src="a.png" alt="Logo" role="presentation"></h1>', ""),
    ('<input id="t" type="image" src="go.png" alt="Search">', "Search"),
    ('<label for="t">Your name</label><input id="t">', "Your name"),
    ('<svg id="t" role="img"><title>Chart</title></svg>', "Chart"),
    ('<table id="t"><caption>Staff</caption><tr><td>1</td></tr></table>', "Staff"),
    ('<a id="t" href="/x" aria-labelledby="t">Self</a>', "Self"),
])
def test_accessible_name(markup: str, name: str) -> None:
    assert accessible_name(element(markup)) == name


@pytest.mark.parametrize("markup, role", [
    ('<a id="t" href="/x">x</a>', "link"),
    ('<a id="t">x</a>', ""),
    ('<img id="t" src="a" alt="">', "presentation"),
    ('<img id="t" src="a" alt="" aria-label="Logo">', "img"),
    ('<img id="t" src="a" role="none">', "none"),
    ('<img id="t" src="a" role="none" tabindex="0">', "img"),
    ('<h2 id="t" role="none" aria-label="">x</h2>', "heading"),
    ('<th id="t" scope="row">x</th>', "rowheader"),
    ('<div id="t" role="doc-biblioref link">x</div>', "doc-biblioref"),
])
def test_role(markup: str, role: str) -> None:
    assert role_of(element(markup)) == role


@pytest.mark.parametrize("markup, hidden", [
    ('<p id="t">x</p>', False),
    ('<div hidden><p id="t">x</p></div>', True),
    ('<div aria-hidden="true"><p id="t">x</p></div>', True),
    ('<div aria-hidden="false"><p id="t">x</p></div>', False),
    ('<div style="color: red; display : none"><p id="t">x</p></div>', True),
    ('<div style="display:block"><p id="t">x</p></div>', False),
    ('<div style="visibility:hidden"><p id="t">x</p></div>', True),
    ('<div style="visibility:hidden"><p id="t" style="visibility:visible">x</p></div>', False),
    ('<input id="t" type="hidden">', True),
    ('<div class="screen-reader-text"><p id="t">x</p></div>', False),
])
def test_hidden(markup: str, hidden: bool) -> None:
    assert is_hidden(element(markup)) is hidden
