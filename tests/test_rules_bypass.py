"""AX233: a whole page that starts with its menu and has no way to jump past it."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires, run
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires, run

MENU = '<ul><li><a href="/">Home</a></li><li><a href="/send">SEND</a></li></ul>'
TEXT = "<p>Our school welcomes every child.</p>"


def page(body: str) -> str:
    return f'<html lang="en"><head><title>SEN report</title></head><body>{body}</body></html>'


def test_a_menu_first_and_no_way_past_it() -> None:
    found = run("AX233", page(MENU + TEXT))
    assert found and found[0].location is not None
    assert found[0].location.xpath == "/html/body"
    assert fires("AX233", page(f'<header><img src="/logo.png" alt="Oak School"></header>'
                               f"{MENU}{TEXT}"))
    assert fires("AX233", page(MENU + '<main hidden><p>Hidden</p></main>' + TEXT))
    assert fires("AX233", page('<a href="#">Top</a>' + MENU + TEXT))  # goes nowhere


def test_any_way_past_the_menu_will_do() -> None:
    for body in (MENU + "<main>" + TEXT + "</main>",
                 MENU + '<div role="main">' + TEXT + "</div>",
                 MENU + "<h1>SEN report</h1>" + TEXT,
                 '<a href="#content">Skip to content</a>' + MENU
                 + f'<div id="content">{TEXT}</div>',
                 '<button aria-expanded="true" aria-controls="m">Menu</button>'
                 f'<div id="m">{MENU}</div>{TEXT}',
                 TEXT + MENU,  # the page's own content comes first
                 ):
        assert not fires("AX233", page(body)), body
    assert not fires("AX233", MENU + TEXT)  # a fragment: the theme's page gives the way
