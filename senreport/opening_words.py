"""Patterns of many alternatives tried only where a word their matches open with stands.

``re`` has no quick way through a text for a pattern that ignores case or opens with ``\\b``:
it tries every alternative at every character (a list of support services took 40
microseconds a paragraph). When each alternative opens with plain words ("SENDIASS",
"local offer", "(?:general|other|all)"), :func:`senreport.textscan.starting` finds where
those words stand first, and the pattern is tried only there, with the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from senreport.textscan import (
    Anchored,
    Prefiltered,
    alternation,
    opening_literals,
    starting,
    top_alternatives,
)


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


#: A group of plain options ("(is|are)", "(?:our|the)"), and what says a letter or group may
#: be left out or said again.
_PLAIN_GROUP = re.compile(r"\((?:\?:)?([a-z0-9 ]+(?:\|[a-z0-9 ]+)*)\)")
_QUANTIFIERS = ("?", "*", "+", "{")


def leading_phrases(alternative: str, most: int = 64) -> list[str] | None:
    """The words every match of an alternative (a lower-case pattern) opens with, one string
    for each way its groups of plain options go on ("(can|may) be (found|read)": "can be
    found", "can be read", "may be found", "may be read"; a letter or group that may be
    left out, with and without it), up to anything else, at most ``most`` ways. None when
    a match may open with no word."""
    ways = [""]
    i = 0
    while i < len(alternative):
        char = alternative[i]
        if alternative.startswith("\\b", i):
            i += 2  # a word's edge: the words found so far, or to come, stand whole
            continue
        group = _PLAIN_GROUP.match(alternative, i)
        if group is not None:
            options, i = group.group(1).split("|"), group.end()
        elif "a" <= char <= "z" or "0" <= char <= "9" or char == " ":
            options, i = [char], i + 1
        else:
            break
        if alternative[i:i + 1] == "?":  # left out, or not (lazily or greedily)
            options.append("")
            i += 2 if alternative[i + 1:i + 2] in ("?", "+") else 1
        elif alternative[i:i + 1] in _QUANTIFIERS:
            break  # said again: the words stop before it
        if len(ways) * len(options) > most:
            break
        ways = [way + option for way in ways for option in options]
    phrases = [" ".join(way.split()) for way in ways]
    return sorted(set(phrases)) if all(phrases) else None


class _AtPhrases(Anchored):
    """Tried, as :class:`senreport.textscan.Anchored` is, where a space stands before one of
    the phrases in :func:`word_bytes` (every place where one begins at a word's start, and
    more), or, in a text with a letter like an ASCII one, wherever a phrase stands in the text
    folded to lower case. A space in a phrase stands for any characters between two words
    (one space or more in word_bytes)."""

    def __init__(self, pattern: re.Pattern[str], phrases: Iterable[str]) -> None:
        found = alternation(sorted(set(phrases), key=len, reverse=True))
        super().__init__(pattern, re.compile("(?=" + found.replace("\\ ", "[^a-z0-9_]+") + ")"),
                         folded=True)
        # (in place of Anchored's: a phrase's space stands for the spaces between its words)
        self.spaced = re.compile(f" (?={found})".replace("\\ ", " +").encode("ascii"))



def anchored_phrases(pattern: re.Pattern[str], phrases: Iterable[str]) -> Prefiltered:
    """``pattern``, tried only where one of the ``phrases`` begins a word.

    ``phrases`` are lower-case ASCII words, a space between two standing for what may
    stand between them (white space, a hyphen); the caller promises that every match of
    ``pattern`` begins with one of them (in any case, as ``re.IGNORECASE`` reads letters)
    where no word character stands before it.
    """
    phrases = list(phrases)
    if not phrases or not all(_PHRASE.fullmatch(phrase) for phrase in phrases):
        raise ValueError("phrases must be lower-case ASCII words with single spaces")
    return _AtPhrases(pattern, phrases)


_PHRASE = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


def at_leading_phrases(pattern: re.Pattern[str]) -> Prefiltered | None:
    """``pattern``, each of whose alternatives opens with ``\\b`` and words (or written
    ``\\b(...)``), read without flags or ignoring case, tried only where the words its
    matches open with stand ("please see", "can be found", "we aim", ...;
    :func:`leading_phrases`): far fewer places than where their first words ("can", "is",
    "we", "the") stand. None when an alternative opens otherwise."""
    source = pattern.pattern
    if pattern.flags & ~(re.UNICODE | re.IGNORECASE):
        return None
    if source.startswith("\\b(") and source.endswith(")") and _balanced(source[3:-1]):
        alternatives = top_alternatives(source[3:-1])  # the group is the whole pattern
    else:
        alternatives = top_alternatives(source)
        if not all(alternative.startswith("\\b") for alternative in alternatives):
            return None  # a match may open inside a word
    phrases: list[str] = []
    for alternative in alternatives:
        found = leading_phrases(alternative)
        if found is None:
            return None
        phrases += found
    if not all(_PHRASE.fullmatch(phrase) for phrase in phrases):
        return None
    return _AtPhrases(pattern, phrases)


def _balanced(source: str) -> bool:
    """Whether a pattern's source is whole (its brackets balanced)."""
    try:
        re.compile(source)
    except re.error:
        return False
    return True
