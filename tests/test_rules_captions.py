"""AX228: a video with no captions file (a note; a person must watch it to be sure)."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires, run
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires, run


def test_a_video_with_sound_and_no_captions_file_is_a_note() -> None:
    assert fires("AX228", '<video controls src="/uploads/meet-our-senco.mp4"></video>')
    assert fires("AX228", '<figure class="wp-block-video"><video controls>'
                 '<source src="/uploads/tour.webm"></video></figure>')
    # A track of audio description or chapters is not something a deaf parent can read.
    assert fires("AX228", '<video controls src="/a.mp4"><track kind="descriptions" '
                 'src="/a.vtt"><track kind="chapters" src="/c.vtt"></video>')
    assert fires("AX228", '<video controls src="/a.mp4"><track kind="captions"></video>')
    found = run("AX228", '<video controls src="/uploads/tour.mp4?v=2"></video>')
    assert found[0].severity == "info" and found[0].excerpt == "/uploads/tour.mp4"


def test_captions_silence_and_hidden_videos_need_nothing() -> None:
    for html in (
        '<video controls src="/a.mp4"><track kind="captions" src="/a.vtt"></video>',
        '<video controls src="/a.mp4"><track src="/a.vtt" srclang="en"></video>',
        '<video controls src="/a.mp4"><track kind="Subtitles" src="/a.vtt"></video>',
        '<video controls src="/uploads/assembly-captioned.mp4"></video>',
        '<video controls src="/uploads/hero-silent.mp4"></video>',
        '<video autoplay muted loop src="/uploads/playground.mp4"></video>',
        '<video controls src="/a.mp4" style="display: none"></video>',
        '<video controls></video>',
    ):
        assert not fires("AX228", html), html
