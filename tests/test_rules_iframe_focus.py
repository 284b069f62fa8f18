"""AX225: an embedded frame holding links or buttons that the keyboard skips."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires


def test_a_frame_with_controls_must_not_be_skipped_by_the_keyboard() -> None:
    assert fires("AX225", '<iframe tabindex="-1" srcdoc="<button>Book</button>"></iframe>')
    assert fires("AX225", '<iframe tabindex=" -1 " src="https://player.vimeo.com/video/1">'
                 '</iframe>')
    for html in ('<iframe tabindex="-1" srcdoc="<p>Only words</p>"></iframe>',
                 '<iframe tabindex="-1" srcdoc="<a href=/ tabindex=-1>Home</a>"></iframe>',
                 '<iframe tabindex="-1" srcdoc="<a href=/ hidden>Home</a>"></iframe>',
                 '<iframe tabindex="-1" srcdoc=""></iframe>',
                 '<iframe tabindex="-1" src="/our-own-page"></iframe>',
                 '<iframe tabindex="-1" width="1" height="1" srcdoc="<a href=/>x</a>"></iframe>',
                 '<div inert><iframe tabindex="-1" srcdoc="<a href=/>x</a>"></iframe></div>',
                 '<iframe srcdoc="<a href=/>Home</a>"></iframe>'):
        assert not fires("AX225", html), html
