"""Irregular past forms stem to their verb, so "How will my child be taught?" asks item 3(c)."""

from senreport.coverage.tally import matcher
from senreport.matching import stem


def test_irregular_past_forms_stem_to_their_verb() -> None:
    assert stem("taught") == stem("teaching") == stem("teach")
    assert stem("bought") == stem("buy")


def test_a_taught_heading_asks_how_children_are_taught() -> None:
    assert list(matcher("sen-report").owners("How will my child be taught?")) == ["3c"]
