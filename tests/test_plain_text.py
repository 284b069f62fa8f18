"""The characters a reader never sees, taken out before a page is read."""

from __future__ import annotations

import re

import pytest

from senreport.plain_text import PLAIN_CHARACTERS, plain_characters


def test_invisible_characters_are_dropped_and_ligatures_spelt_out() -> None:
    assert plain_characters("identi\u00adfy\u200b the\u2060m\ufeff") == "identify them"
    assert plain_characters("identi\ufb01cation of e\ufb00ort") == "identification of effort"


def test_text_without_them_is_the_same_text() -> None:
    text = "Our SENCO’s e-mail is senco@oak.sch.uk – ring 01632 960000."
    assert plain_characters(text) is text


@pytest.mark.parametrize("code", sorted(PLAIN_CHARACTERS))
def test_each_character_is_found_alone_anywhere(code: int) -> None:
    # as one search for any of them would find it
    text = f"Support at home{chr(code)} and at school ’"
    assert re.search(f"[{re.escape(chr(code))}]", text)
    assert plain_characters(text) == text.translate(PLAIN_CHARACTERS) != text
