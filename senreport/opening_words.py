"""Patterns of many alternatives tried only where a word their matches open with stands.

``re`` has no quick way through a text for a pattern that ignores case or opens with ``\\b``:
it tries every alternative at every character (a list of support services took 40
microseconds a paragraph). When each alternative opens with plain words ("SENDIASS",
"local offer", "(?:general|other|all)"), :func:`senreport.textscan.starting` finds where
those words stand first, and the pattern is tried only there, with the same matches.
"""

from __future__ import annotations

import re

from senreport.textscan import Prefiltered, opening_literals, starting


def at_opening_words(pattern: re.Pattern[str], least: int = 2) -> Prefiltered | re.Pattern[str]:
    """``pattern``, tried only where a word its matches open with stands (in any case), for
    its ``search`` and ``finditer``; the pattern itself where its alternatives do not all
    open with plain words of at least ``least`` letters (see
    :func:`senreport.textscan.opening_literals`)."""
    # Read in lower case: a letter in capitals opens a match as its lower case does, in any
    # case (re.IGNORECASE), or in the one case written (then the places found are more).
    words = opening_literals(pattern.pattern.lower(), least=least)
    if not words or not all(word.isascii() and word.isalpha() for word in words):
        return pattern
    return starting(pattern, words)
