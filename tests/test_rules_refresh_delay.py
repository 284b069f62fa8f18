"""AX226: a page that refreshes itself after more than 20 hours (a note, WCAG AAA)."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires


def test_a_refresh_after_twenty_hours_is_a_note() -> None:
    assert fires("AX226", '<head><meta http-equiv="refresh" content="72001"></head>')
    assert fires("AX226", '<head><meta http-equiv="Refresh" content="86400; url=/news">'
                 '</head>')
    # The first refresh browsers can read counts; one they cannot read is passed over.
    assert fires("AX226", '<head><meta http-equiv="refresh" content="0: /a">'
                 '<meta http-equiv="refresh" content="90000; /b"></head>')


def test_shorter_refreshes_are_ax208s_and_immediate_ones_are_fine() -> None:
    for content in ("0; url=/send", "30", "72000", "", "foo; url=/x", "+90000"):
        html = f'<head><meta http-equiv="refresh" content="{content}"></head>'
        assert not fires("AX226", html), content
    assert not fires("AX226", '<head><meta http-equiv="refresh" content="0; /a">'
                     '<meta http-equiv="refresh" content="90000"></head>')
    assert fires("AX208", '<head><meta http-equiv="refresh" content="30"></head>')
