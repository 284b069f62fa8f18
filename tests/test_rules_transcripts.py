"""AX234: a sound recording, or a link to one, with no transcript beside it (a note)."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires, run
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires, run

LONG = " ".join(["Our SENCO welcomes you and explains how we support children."] * 5)


def test_recordings_with_nothing_beside_them_are_a_note() -> None:
    found = run("AX234", '<p>Hear our welcome.</p><audio controls src="/u/welcome.mp3?x=1">'
                         "</audio>")
    assert found and found[0].severity == "info" and found[0].excerpt == "/u/welcome.mp3"
    assert fires("AX234", '<p><a href="/uploads/podcast-episode-1.m4a">Episode 1</a></p>')
    assert fires("AX234", '<p><a href="/uploads/assembly.MOV">Watch our assembly</a></p>')
    assert fires("AX234", '<audio autoplay><source src="/a.ogg"></audio>')
    # A transcript nobody can see does not count.
    assert fires("AX234", f'<audio controls src="/a.mp3"></audio><p hidden>{LONG}</p>')
    assert fires("AX234", '<audio controls src="/a.mp3"></audio>'
                          f'<p style="text-indent: -9999px">{LONG}</p>')


def test_a_transcript_or_a_passage_beside_it_will_do() -> None:
    for html in (
        '<audio controls src="/a.mp3"></audio><p><a href="/t">Read the transcript</a></p>',
        '<figure><audio controls src="/a.mp3"></audio><figcaption>Transcript below'
        "</figcaption></figure>",
        f'<div><p>{LONG}</p></div><div><audio controls src="/a.mp3"></audio></div>',
        '<p><a href="/a.mp3">Listen</a> (<a href="/a.pdf">transcript</a>)</p>',
        '<audio src="/a.mp3"></audio>',  # no controls, does not play: nothing to hear
        '<audio controls src="/a.mp3" style="display: none"></audio>',
        '<audio controls src="/uploads/silent.mp3"></audio>',
        '<p><a href="/uploads/policy.pdf">Our policy</a></p>',
    ):
        assert not fires("AX234", html), html
