"""Where a name may open, found the quick way round: the letter, then what stands before it."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from senreport.facts.senco import _WORD_OPENING

#: The same places, as first written: no word character but a space before the letter.
_AS_WRITTEN = re.compile(r"(?<!\S)[A-Zvdlba]")


@given(st.text(alphabet="Aa Zvdlbx.\n\t-’(é", max_size=40))
def test_word_openings_are_where_a_space_or_the_start_stands_before_the_letter(
        text: str) -> None:
    assert [m.start() for m in _WORD_OPENING.finditer(text)] == [
        m.start() for m in _AS_WRITTEN.finditer(text)]


def test_word_openings_of_a_sentence() -> None:
    text = "Mrs de Souza, our SENCO (van Dijk)"
    assert [m.group() for m in _WORD_OPENING.finditer(text)] == ["M", "d", "S", "S", "D"]
