"""AX222: a page whose lang and xml:lang disagree."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires

PAGE = "<!DOCTYPE html><html {}><head><title>T</title></head><body><p>Hi</p></body></html>"


def test_only_the_primary_language_of_a_whole_page_is_compared() -> None:
    assert fires("AX222", PAGE.format('lang="fr-CA" xml:lang="en-CA"'))
    assert not fires("AX222", PAGE.format('lang="EN-gb" xml:lang="en-US"'))
    assert not fires("AX222", PAGE.format('lang="en" xml:lang=" "'))
    assert not fires("AX222", PAGE.format('lang="english" xml:lang="cy"'))  # AX191's
    assert not fires("AX222", '<p lang="en" xml:lang="cy">A passage, not the page</p>')
