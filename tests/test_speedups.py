"""Shortcuts taken for speed give what the long way gives."""

from __future__ import annotations

import pytest

from senreport.coverage.matcher import Matcher
from senreport.model import KINDS

_HEADINGS = [
    "Question 12", "Question 13", "Question 16", "Post 16 options", "Post 17 options",
    "Wave 1 support", "Wave 2 support", "1 1 support", "2 2 support", "Section 41 schools",
    "Section 42 schools", "Year 9 annual review", "Year 8 annual review", "20 weeks",
    "21 weeks", "Children and Families Act 2014", "Children and Families Act 2015",
    "12. How do you support my child?", "13. How do you support my child?",
    "Others", "Other", "", "2014", "Review every 3 years", "Review every 4 years",
]


@pytest.mark.parametrize("kind", KINDS)
def test_heading_scores_remembered_by_words_are_the_ones_worked_out(kind: str) -> None:
    remembered = Matcher(kind)
    for heading in _HEADINGS * 2:  # the second time from what was remembered
        assert remembered.heading_scores(heading) == Matcher(kind)._heading_scores(heading), (
            heading)
    # Headings differing only in a number no cue holds are worked out once.
    assert len(remembered._heading_cache) < len(_HEADINGS)


def test_title_scores_left_out_below_the_least_asked_are_only_ones_under_it() -> None:
    from senreport.coverage.matcher import HEADING_MATCH, matcher

    titles = matcher("sen-report").titles
    for heading in ("Support for your child in school", "How we help children learn",
                    "Who else do we work with to support your child and family?",
                    "Reading and maths support groups", "Training for our staff"):
        every = titles.scores(heading)
        kept = titles.scores(heading, least=HEADING_MATCH)
        assert kept == {i: s for i, s in every.items() if s >= HEADING_MATCH} | {
            i: s for i, s in kept.items() if s < HEADING_MATCH}
        assert all(every[i] == s for i, s in kept.items())
