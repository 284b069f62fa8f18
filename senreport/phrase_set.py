"""Many phrase patterns searched as one: :class:`PhraseSet` (the glossary's meanings, jargon
and the law's own words are searched with it)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence

from senreport.textscan import (
    alternation,
    first_match,
    has_ascii_lookalike,
    top_alternatives,
    word_bytes,
)

#: Typographic hyphens and dashes, read as "-" (one character for one: offsets stay put).
_DASH_CHARACTERS = "\u2010\u2011\u2012\u2013\u2014"


def _dashes_read(text: str) -> str:
    """The text with its typographic dashes written "-"."""
    if text.isascii():
        return text
    for dash in _DASH_CHARACTERS:
        if dash in text:
            text = text.replace(dash, "-")
    return text


class PhraseSet:
    """Many phrases as one regular expression, tried only where a word could begin one.

    Python's ``re`` tries every alternative at every position, which is slow for a hundred
    phrases over a long report. So the places where a word begins with the first letters
    of some phrase are found first, in one pass of a small pattern over the text (as bytes,
    in lower case, a space for each character that is not a word character), and at each of
    them only the phrases that can start with that word's first letters are tried, in their
    order in the set (so the same one wins).
    """

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = list(patterns)
        self.regex = re.compile(
            "|".join(rf"(?P<g{i}>\b(?:{p})\b)" for i, p in enumerate(patterns)),
            re.IGNORECASE,
        )
        self.literals = [_leading_literals(p) for p in self.patterns]
        self.starts = {lit[:3] for literals in self.literals for lit in literals}
        # In a text's word_bytes, a word start whose first two or three letters are one of the
        # starts, found by a search that begins with a plain space, which ``re`` does quickly;
        # the group is the word's first letters, up to three.
        self._heads = _word_starts(self.starts)
        # A phrase can only start where a word opens with the whole of one of its literals,
        # unless the text holds a letter beyond ASCII that re.IGNORECASE reads as an ASCII
        # one (then a letter after the third may be such a letter).
        literals = {lit for each in self.literals for lit in each}
        self._ascii_heads = _word_starts(literals)
        # In ASCII text, the places where a phrase's leading words stand whole (its leading
        # literal, and the words after it up to the first letter that may be left out or
        # spelt otherwise, a space in word_bytes for each gap between them), each with the
        # longest such words found there: only the phrases with leading words that begin
        # them can start there. Looked ahead for, so a place inside another's words is
        # found too.
        self.leading = [[words for a in top_alternatives(p) for words in _leading_words(a)]
                        for p in self.patterns]
        self._ascii_literals = _leading_words_scan(
            {lead for each in self.leading for lead in each})
        self._by_head: dict[bytes, re.Pattern[str] | None] = {}
        self._by_literal: dict[bytes, re.Pattern[str] | None] = {}
        self._by_words: dict[str, re.Pattern[str] | None] = {}  # as found, single-spaced

    def place_search(self, text: str) -> Callable[[int], int]:
        """For :func:`senreport.textscan.texts_holding`: where a phrase may first begin at or
        after an offset (every place :meth:`finditer` tries, and more when the text holds a
        letter like an ASCII one; a new line between texts joins no words)."""
        text = _dashes_read(text)
        if not has_ascii_lookalike(text):
            return first_match(self._ascii_heads, word_bytes(text))
        return first_match(self._heads, word_bytes(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, in order, like :meth:`re.Pattern.finditer`."""
        regex_for: Callable[[bytes], re.Pattern[str] | None]
        text = _dashes_read(text)
        # Only a letter beyond ASCII that re.IGNORECASE reads as an ASCII one (the long s,
        # the Kelvin sign, dotted and dotless i) can stand in a phrase's literal; any other
        # is a space in word_bytes, as any character that is no word character is.
        if not has_ascii_lookalike(text):
            places = self._ascii_literals.finditer(word_bytes(text))
            by_head, regex_for = self._by_literal, self._regex_for_literal
        else:
            # A word may seem to start after a letter such as "é", but no phrase matches there
            # (each opens with \b).
            places = self._heads.finditer(word_bytes(text))
            by_head, regex_for = self._by_head, self._regex_for
        after = 0
        for place in places:
            start = place.start()
            if start < after:
                continue
            letters = place.group(1)  # the word's literal, or its first letters (up to three)
            regex = by_head[letters] if letters in by_head else regex_for(letters)
            if regex is None:
                continue
            found = regex.match(text, start)
            if found:
                yield found
                after = found.end()

    def finditer_each(self, texts: Sequence[str]) -> list[list[re.Match[str]]]:
        """:meth:`finditer` of each text: the places in them all found in one pass (one
        over the texts with no letter like an ASCII one beyond ASCII, one over the others)."""
        found: list[list[re.Match[str]]] = [[] for _ in texts]
        read = [_dashes_read(text) for text in texts]
        lookalike = list(map(has_ascii_lookalike, read))
        plain = [i for i, like in enumerate(lookalike) if not like]
        other = [i for i, like in enumerate(lookalike) if like]
        if plain:
            for i, matches in zip(plain, self._find_each(
                    [read[i] for i in plain], self._ascii_literals, self._by_literal,
                    self._regex_for_literal), strict=True):
                found[i] = matches
        if other:
            for i, matches in zip(other, self._find_each(
                    [read[i] for i in other], self._heads, self._by_head,
                    self._regex_for), strict=True):
                found[i] = matches
        return found

    def _find_each(self, texts: list[str], heads: re.Pattern[bytes],
                   by_head: dict[bytes, re.Pattern[str] | None],
                   regex_for: Callable[[bytes], re.Pattern[str] | None]
                   ) -> list[list[re.Match[str]]]:
        """The matches in each text (:func:`_find_in_texts`, for this set alone)."""
        return [each[0] for each in _find_in_texts(texts, heads, [(by_head, regex_for)])]

    def _regex_for(self, letters: bytes) -> re.Pattern[str] | None:
        """The phrases that can start where a word begins with these letters, as one pattern.

        A phrase is left out only when one of the first letters of the word differs from
        the same letter of each of its leading literals (a letter after a short head may
        still be matched, case-insensitively, by a character that is not ASCII).
        """
        head = letters.decode("ascii")
        regex = self._compiled([
            i for i, literals in enumerate(self.literals)
            if any(lit[:len(head)] == head[:len(lit)] for lit in literals)
        ])
        self._by_head[letters] = regex
        return regex

    def _regex_for_literal(self, literal: bytes) -> re.Pattern[str] | None:
        """The phrases that can start where ASCII text opens with these leading words (as
        found in word_bytes) and with no longer ones: those with leading words that begin
        them (where a phrase matches, its leading words stand, and the longest words found
        there go on from them)."""
        found = literal.decode("ascii")
        if "  " in found:
            found = _SPACES.sub(" ", found)
        if found in self._by_words:
            regex = self._by_words[found]
        else:
            regex = self._by_words[found] = self._compiled([
                i for i, leading in enumerate(self.leading)
                if any(found.startswith(lead) for lead in leading)])
        # Kept as found too (most often with one space between words), up to a bound: a page
        # may space the same words in many ways.
        if len(self._by_literal) < _KEPT_SPACINGS:
            self._by_literal[literal] = regex
        return regex

    def _compiled(self, chosen: list[int]) -> re.Pattern[str] | None:
        """These phrases as one pattern, in their order in the set."""
        return re.compile(
            "|".join(rf"(?P<g{i}>\b(?:{self.patterns[i]})\b)" for i in chosen),
            re.IGNORECASE,
        ) if chosen else None

    @staticmethod
    def index(match: re.Match[str]) -> int:
        """Which phrase matched."""
        return int((match.lastgroup or "g0")[1:])


class PhraseSets:
    """Several phrase sets searched in the same texts, as each set's
    :meth:`PhraseSet.finditer_each` searches them, the places where a phrase of any may
    begin found in one pass over ASCII text (``re`` tries a place for all the sets' leading
    words in little more time than for one set's).

    At a place the pass finds the longest leading words of any set. Those of one set that
    stand there begin them (the leading words standing at a place each begin the next), so
    the phrases of a set with leading words that begin them are the ones its own pass
    would try there, in the same order.
    """

    def __init__(self, sets: Sequence[PhraseSet]) -> None:
        self.sets = list(sets)
        self._ascii_literals = _leading_words_scan(
            {lead for phrases in self.sets for each in phrases.leading for lead in each})

    def finditer_each(self, texts: Sequence[str]) -> list[tuple[list[re.Match[str]], ...]]:
        """For each text, each set's matches in it (:meth:`PhraseSet.finditer_each`)."""
        found: list[tuple[list[re.Match[str]], ...]] = [
            tuple([] for _ in self.sets) for _ in texts]
        read = [_dashes_read(text) for text in texts]
        lookalike = list(map(has_ascii_lookalike, read))
        plain = [i for i, like in enumerate(lookalike) if not like]
        other = [i for i, like in enumerate(lookalike) if like]
        if plain:
            for i, each in zip(plain, self._find_each([read[i] for i in plain]), strict=True):
                found[i] = each
        for k, phrases in enumerate(self.sets):
            if other:  # (rare) each set's own way
                for i, matches in zip(other, phrases._find_each(
                        [read[i] for i in other], phrases._heads, phrases._by_head,
                        phrases._regex_for), strict=True):
                    found[i][k].extend(matches)
        return found

    def _find_each(self, texts: list[str]) -> list[tuple[list[re.Match[str]], ...]]:
        """The matches of each set in each ASCII-like text, as :meth:`PhraseSet._find_each`
        finds one set's, the places found once for all."""
        return _find_in_texts(texts, self._ascii_literals, [
            (phrases._by_literal, phrases._regex_for_literal) for phrases in self.sets])


_Lookup = tuple[dict[bytes, re.Pattern[str] | None], Callable[[bytes], re.Pattern[str] | None]]


def _find_in_texts(texts: list[str], heads: re.Pattern[bytes], sets: Sequence[_Lookup]
                   ) -> list[tuple[list[re.Match[str]], ...]]:
    """For each text, each set's matches in it: the places found by ``heads`` in the texts
    joined by new lines (a new line joins no words: a text's places there are its places
    alone), the phrases a set tries at each given by its ``regex_for`` the place's group
    (kept in its dictionary); a set's matches do not overlap."""
    count = len(sets)
    found: list[tuple[list[re.Match[str]], ...]] = [tuple([] for _ in sets) for _ in texts]
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    index, last = 0, len(texts) - 1
    after = [0] * count  # where each set's last match in this text ends
    next_start = starts[1] if last else offset
    text = texts[0]
    # In word_bytes, a word starting at an offset of the joined texts has its space there.
    for place in heads.finditer(word_bytes("\n".join(texts))):
        start = place.start()
        if start >= next_start:
            index = bisect_right(starts, start) - 1
            next_start = starts[index + 1] if index < last else offset
            text, after = texts[index], [0] * count
        start -= starts[index]
        letters = place.group(1)
        for k, (by_head, regex_for) in enumerate(sets):
            if start < after[k]:
                continue
            regex = by_head[letters] if letters in by_head else regex_for(letters)
            if regex is None:
                continue
            match = regex.match(text, start)
            if match:
                found[index][k].append(match)
                after[k] = match.end()
    return found


def _leading_words_scan(words: set[str]) -> re.Pattern[bytes]:
    """In word_bytes, a space with these leading words after it (a space in them standing for
    one or more), looked ahead for, the longest found there as the group."""
    return re.compile(
        (r" (?=(" + alternation(words).replace("\\ ", " +") + r"))").encode("ascii"))


def _word_starts(openings: set[str]) -> re.Pattern[bytes]:
    """A space (in mapped bytes) with a word after it opening with one of these letters."""
    return re.compile((r" (?=" + alternation(openings) + r")([a-z]{1,3})").encode("ascii"))


#: What stands between two words of a phrase that word_bytes reads as one space or more.
_GAPS = (r"[\s,-]+", "[- ]", r"\s+", r"\s", " ")
_QUANTIFIERS = ("?", "*", "+", "{")
_SPACES = re.compile(" +")
#: How many ways of spacing leading words a set keeps the phrases to try for.
_KEPT_SPACINGS = 4096


def _leading_words(alternative: str) -> list[str]:
    """The letters and digits an alternative of a phrase must start with, in lower case,
    over any gaps between words (each written as one space), one string for each option
    of a group of plain words on the way ("(?:and/or|and|or|&)"): in word_bytes, where the
    alternative matches ASCII text one of these stands, each space one or more."""
    return [words.rstrip(" ") for words in _words_from(alternative.lower(), 0, "")]


#: A group of options of plain words ("(?:and/or|and|or|&)"): "/" and "&" are spaces in
#: word_bytes, as the gaps are.
_OPTIONS = re.compile(r"\(\?:([a-z0-9/& |]*)\)")
#: The most ways of starting an alternative spelt out (past that, the words so far stand).
_MOST_WAYS = 32


def _words_from(low: str, i: int, found: str) -> list[str]:
    """:func:`_leading_words` of the pattern from offset ``i``, after the words ``found``."""
    while i < len(low):
        char = low[i]
        if "a" <= char <= "z" or "0" <= char <= "9":
            if low[i + 1:i + 2] in _QUANTIFIERS:
                break  # a letter that may be left out or said again ends the words
            found += char
            i += 1
            continue
        gap = next((g for g in _GAPS if low.startswith(g, i)), None)
        if gap is not None:
            if not found or low[i + len(gap):i + len(gap) + 1] in _QUANTIFIERS:
                break
            found += "" if found.endswith(" ") else " "  # gaps side by side are one gap
            i += len(gap)
            continue
        options = _OPTIONS.match(low, i)
        if options is None or low[options.end():options.end() + 1] in _QUANTIFIERS:
            break
        ways = [way for option in options.group(1).split("|")
                for way in _words_from(low, options.end(), _SPACES.sub(
                    " ", found + option.replace("/", " ").replace("&", " ")))]
        if len(ways) > _MOST_WAYS or any(way.startswith(" ") for way in ways):
            break
        return ways
    return [found]


def _leading_literals(pattern: str) -> list[str]:
    """The letters each top-level alternative of a pattern must start with."""
    literals = []
    for alternative in top_alternatives(pattern):
        literal = re.match(r"[a-z]*", alternative.lower()).group()  # type: ignore[union-attr]
        if alternative[len(literal):len(literal) + 1] in ("?", "*", "{"):
            literal = literal[:-1]
        if len(literal) < 2:
            raise ValueError(f"phrase pattern {pattern!r} must start with two letters")
        literals.append(literal)
    return literals
