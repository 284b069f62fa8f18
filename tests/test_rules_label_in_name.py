"""AX221: a link or button whose hidden label does not contain the words shown on it."""

from __future__ import annotations

from senreport.document import parse_html
from senreport.rules.accessibility.label_in_name import missing_from, shown_text

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires


def test_each_piece_of_shown_text_must_be_in_the_name() -> None:
    assert missing_from("Read more about SEN support", ["Read more", " about SEN"]) == ""
    assert missing_from("Read  MORE", ["read more "]) == ""
    assert missing_from("Contact", ["Contact us"]) == "Contact us"
    assert missing_from("anything", ["X", " → ", "★★"]) == ""
    assert missing_from("non-standard", ["nonstandard"]) == "nonstandard"


def test_text_not_shown_on_screen_is_left_out() -> None:
    link = parse_html('<a href="/x">Shown<span class="sr-only">only read</span>'
                      '<span style="display:none">gone</span><i aria-hidden="true">seen</i>'
                      '</a>').main.find(".//a")
    assert "".join(shown_text(link)) == "Shownseen"


def test_only_controls_named_by_their_words_are_judged() -> None:
    assert fires("AX221", '<a href="/c" aria-label="Email us">Contact the SENCO</a>')
    assert fires("AX221", '<span id="l">Send</span><button aria-labelledby="l">Submit'
                 '</button>')
    assert fires("AX221", '<div role="tab" aria-label="Year 8" tabindex="0">Year 7</div>')
    for html in ('<nav aria-label="Main menu">Our school</nav>',
                 '<input type="email" aria-label="Email" value="Contact">',
                 '<a href="/c" aria-label="Contact the SENCO by email">Contact the SENCO</a>',
                 '<a href="/c" aria-label="Twitter"><img src="t.png" alt="t"></a>',
                 '<a href="/c" aria-label="Elsewhere" style="display:none">Here</a>',
                 '<link href="https://fonts.googleapis.com/icon?family=Material+Icons" '
                 'rel="stylesheet"><button aria-label="Find">search</button>'):
        assert not fires("AX221", html), html
