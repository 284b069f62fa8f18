"""AX224: a video or sound clip that plays with sound by itself and has no controls."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires


def test_sound_that_starts_by_itself_needs_a_way_to_stop_it() -> None:
    assert fires("AX224", '<audio autoplay src="/uploads/school-song.mp3"></audio>')
    assert fires("AX224", '<video autoplay><source src="/a.mp4#t=0,30"></video>')
    assert fires("AX224", '<audio autoplay src="/a.mp3" hidden></audio>')  # still heard
    for html in ('<audio autoplay controls src="/song.mp3"></audio>',
                 '<video autoplay muted src="/a.mp4"></video>',
                 '<video src="/a.mp4"></video>',
                 '<video autoplay><source src="/a.mp4#t=8,10"></video>',
                 '<video autoplay src="/uploads/hero-silent.mp4"></video>',
                 '<video autoplay src="/a.mp4"></video><button>Pause</button>'):
        assert not fires("AX224", html), html


def test_a_pause_button_must_be_seen_named_and_read_to_count() -> None:
    video = '<video autoplay src="/a.mp4"></video>'
    assert fires("AX224", video + '<button aria-hidden="true">Pause</button>')
    assert fires("AX224", video + '<button><span hidden>Pause</span></button>')
    assert fires("AX224", '<style>button { display: none }</style>' + video +
                 '<button>Mute</button>')
    assert not fires("AX224", video + '<div role="button" tabindex="0">Stop the video</div>')
