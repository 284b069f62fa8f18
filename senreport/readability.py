"""Readability measures: syllables, sentences, Flesch reading ease and Flesch-Kincaid grade.

Written here rather than taken from a package so that the counts are small, fast, pure and
tuned for British school writing ("behaviour", "co-ordinator", "SENCO"). The syllable count
is a heuristic (vowel groups, then corrections for silent and split vowels), as every
readability tool's is; it is right for the great majority of everyday words, which is all
a document-level score needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

#: Words the rules below get wrong, with their dictionary syllable counts.
_EXCEPTIONS = {
    "every": 2, "everyone": 3, "everything": 3, "everybody": 4, "everywhere": 3,
    "anyone": 3, "wherever": 3, "whenever": 3, "however": 3, "forever": 3,
    "create": 2, "created": 3, "creates": 2, "creating": 3, "creative": 3, "creativity": 5,
    "science": 2, "sciences": 3, "scientific": 4, "friend": 1, "friends": 1,
    "friendly": 2, "friendship": 2, "friendships": 2, "quiet": 2, "quietly": 3,
    "maybe": 2, "recipe": 3, "element": 3, "elements": 3, "poem": 2, "poems": 2, "poetry": 3,
    "associate": 4, "associated": 5, "association": 5, "appreciate": 4, "negotiate": 4,
    "idea": 3, "ideas": 3, "area": 3, "areas": 3, "real": 1, "really": 2, "being": 2,
    "business": 2, "evening": 2, "interest": 2, "interested": 3, "interesting": 3,
    "geography": 4, "people": 2, "peoples": 2, "one": 1, "once": 1, "ones": 1,
    "says": 1, "said": 1, "does": 1, "doesn": 1, "doesnt": 2, "lives": 1,
}
#: Silent-e words that start compounds ("some|one", "home|work"), with their counts.
_COMPOUND_HEADS = {
    "some": 1, "any": 2, "there": 1, "where": 1, "here": 1, "home": 1, "time": 1,
    "life": 1, "care": 1, "whole": 1, "more": 1, "none": 1, "base": 1, "side": 1,
    "safe": 1, "note": 1, "make": 1, "take": 1, "use": 1, "name": 1, "game": 1,
}
_COMPOUND_TAILS = frozenset({
    "one", "thing", "things", "body", "where", "times", "time", "how", "what", "work",
    "works", "fore", "by", "with", "upon", "less", "made", "day", "days", "line", "lines",
    "table", "tables", "taker", "takers", "giver", "givers", "school", "place", "places",
    "guard", "guarding", "guards", "book", "books", "play", "way", "ways", "while",
})
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
#: Patterns that mean one syllable more than the vowel groups show ("me-di-a", "be-ing").
_ADD = tuple(re.compile(p) for p in (
    r"(?<![ct])ia",               # me-di-a, dys-lex-i-a (but spe-cial, ini-tial)
    r"(?<![ctsgxlnj])io(?!ur)",   # ra-di-o, cu-ri-ous (but ac-tion, be-hav-iour)
    r"iu", r"ii", r"uou", r"iety",
    r"(?<![cts])ien",             # ex-pe-ri-ence, cli-ent (but an-cient, pa-tient)
    r"(?<!q)uen",                 # in-flu-ence (but fre-quent)
    r"[^gq]ua[^auieo]",           # us-u-al, in-di-vid-u-al (but lan-guage, qual-i-ty)
    r"(?<![gp])eo(?!u|n$)",       # vid-e-o (but peo-ple, some-one)
    r"[aeiou]y[aeiou]",           # play-ing, be-yond
    r"[aeiou]ing",                # go-ing, do-ing
    r"ea$",                       # i-de-a, ar-e-a
    r"ism$", r"dnt$",             # au-tism, could-n't
    r"^coo[pr]", r"physio",       # co-or-di-nate, phys-i-o
))
#: Patterns that mean one syllable fewer (silent e inside or at the end of a word).
_SUBTRACT = tuple(re.compile(p) for p in (
    r"[^aeiouytd]ed$",                                 # jumped, used (but want-ed, a-greed)
    r"[^aeiouyscxzgh]es$",                              # makes (but box-es, pla-ces)
    r"[aeiouy][^aeiouy]{1,2}e(?:ments?|ful|fully|ness|less|ly)$",  # state-ment, safe-ly
))
_ENDS_CONSONANT_LE = re.compile(r"[^aeiouy]le[sd]?$")


@lru_cache(maxsize=16384)
def count_syllables(word: str) -> int:
    """The number of syllables in one word (a heuristic, right for most everyday words)."""
    letters = word.strip("'’-")
    if not letters:
        return 0
    if letters.isdigit():
        return len(letters)  # read digit by digit, roughly as telephone numbers and years are
    if "-" in letters:
        return sum(count_syllables(part) for part in letters.split("-") if part) or 1
    if sum(1 for c in letters if c.isupper()) >= 2:
        return _acronym_syllables(letters)
    w = re.sub(r"[^a-z]", "", letters.lower().replace("’s", "").replace("'s", ""))
    if not w:
        return 1
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    for head, count in _COMPOUND_HEADS.items():
        if w.startswith(head) and w[len(head):] in _COMPOUND_TAILS:
            return count + count_syllables(w[len(head):])
    extra = 1 if _ENDS_CONSONANT_LE.search(w) else 0
    if w.endswith("e") and not w.endswith("ee") and len(w) > 2:
        w = w[:-1]
    count = len(_VOWEL_GROUP.findall(w)) + extra
    count += sum(1 for p in _ADD if p.search(w))
    count -= sum(1 for p in _SUBTRACT if p.search(w))
    return max(1, count)


class _Syllables(dict[str, int]):
    """Word -> :func:`count_syllables`, worked out on first asking (a dictionary's lookup is
    quicker than the cache of a function; it is emptied when it grows large)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 65536:
            self.clear()
        found = self[word] = count_syllables(word)
        return found


_SYLLABLES_OF = _Syllables().__getitem__


def _acronym_syllables(token: str) -> int:
    """Syllables of an acronym: said as a word ("SENCO") or letter by letter ("EHCP")."""
    upper = token.upper()
    if re.search(r"[AEIOU]", upper) and not re.search(r"[^AEIOUY]{3}", upper):
        return count_syllables(upper.lower())
    return sum(3 if c == "W" else 1 for c in upper if c.isalnum())


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
#: A full stop, question or exclamation mark (with any closing quote or bracket), then space
#: and something that can begin a sentence (opening with one mark, not a repeat of them, so
#: that ``re`` skips ahead to the marks). The group is the end of the sentence before.
_BOUNDARY = re.compile(r"([.!?…][.!?…]*[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9•])")
#: :data:`_BOUNDARY` in a text with no "!", "?" nor "…", where every boundary opens with a
#: full stop: ``re`` skips ahead to one plain character far faster than to one of a set.
_FULL_STOP = re.compile(r"(\.[.!?…]*[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9•])")
#: Words ending in a full stop that rarely end a sentence ("Mr. Smith", "e.g. Dyslexia").
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "st", "no", "nos", "cllr", "rev", "approx",
    "incl", "e.g", "i.e", "eg", "ie", "vs", "cf", "tel", "ref", "dept", "fig",
})


def words(text: str) -> list[str]:
    """The words of a text (hyphenated words and contractions count as one)."""
    return _WORD.findall(text)


#: ASCII letters, digits, "'" and "-" as they are, every other byte a space.
_WORD_BYTES = bytes(c if chr(c).isascii() and chr(c).isalnum() or c in b"'-" else 32
                    for c in range(256))


def counted_words(text: str) -> list[str]:
    """:func:`words`, each with any curly apostrophe written straight ("child's"): as many
    words, of as many syllables, found by C string methods (a regular expression that
    reads every character is far slower)."""
    return counted_bytes(text).decode("ascii").split()


def counted_bytes(text: str) -> bytes:
    """The text as :func:`counted_words` reads it: a byte for each character, the words'
    letters, digits, "'" and "-" as they are and a space for anything else. A sentence's
    stretch of it (from :func:`sentence_spans`) splits into the sentence's counted words."""
    if "\u2019" in text:
        text = text.replace("\u2019", "'")  # one character for one
    # Every character beyond ASCII is a "?", then a space: it ends a word as it does for _WORD.
    mapped = text.encode("ascii", "replace").translate(_WORD_BYTES)
    # Each kind of joiner by its own pattern: ``re`` skips ahead to one plain character far
    # faster than to one of a set. A lone one blanked is still no letter or digit beside the
    # other kind, so the second reads as it would have in the text before the first.
    if b"'" in mapped:
        mapped = _LONE_APOSTROPHE.sub(b" ", mapped)
    if b"-" in mapped:
        mapped = _LONE_HYPHEN.sub(b" ", mapped)
    return mapped


#: Every byte of :func:`counted_bytes` but a space as "a": a word starts where " a" stands.
_WORD_RUNS = bytes(32 if c == 32 else 97 for c in range(256))


def word_counter(mapped: bytes) -> Callable[[int, int], int]:
    """For :func:`counted_bytes` of a text: how many words a stretch of it holds (as many as
    ``mapped[start:end].split()`` gives), counted in place rather than split out."""
    runs = mapped.translate(_WORD_RUNS)

    def count(start: int, end: int) -> int:
        opens = 1 if start < end and runs.startswith(b"a", start) else 0  # a word at start
        return runs.count(b" a", start, end) + opens

    return count


#: An apostrophe, or a hyphen, that joins no two words' letters or digits ("a--b", "- a").
_LONE_APOSTROPHE = re.compile(rb"'(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9].))")
_LONE_HYPHEN = re.compile(rb"-(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9].))")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of a text starts and ends, as character offsets."""
    spans: list[tuple[int, int]] = []
    start = 0
    if "!" in text or "?" in text or "…" in text:
        boundaries = _BOUNDARY.finditer(text)
    elif "." in text:
        boundaries = _FULL_STOP.finditer(text)  # the same matches there
    else:
        boundaries = iter(())  # no mark, no boundary
    for match in boundaries:
        stop = match.start()
        if text[stop] == "." and _ends_with_abbreviation(text, start, stop):
            continue
        # Never blank: a sentence holds at least the mark that ends it.
        spans.append((start, match.end(1)))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _ends_with_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether the word before the full stop at ``stop`` is a title, an initial or "e.g."."""
    space = text.rfind(" ", start, stop)
    last = text[max(space + 1, start):stop].lstrip("([\"'“‘")
    if len(last) == 1 and last.isupper():
        return True  # an initial: "Mrs J. Smith"
    return last.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, in order."""
    return [text[s:e] for s, e in sentence_spans(text)]


@dataclass(frozen=True)
class TextStats:
    """Counts over a text, and the two Flesch measures built from them."""

    sentences: int
    words: int
    syllables: int

    @property
    def reading_ease(self) -> float:
        """Flesch reading ease: 100 is very easy, below 30 very hard."""
        if not self.words or not self.sentences:
            return 100.0
        return (206.835 - 1.015 * (self.words / self.sentences)
                - 84.6 * (self.syllables / self.words))

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade: the US school grade (add 5 for the reader's age)."""
        if not self.words or not self.sentences:
            return 0.0
        return (0.39 * (self.words / self.sentences)
                + 11.8 * (self.syllables / self.words) - 15.59)


def text_stats(texts: Iterable[str],
               spans: Callable[[str], list[tuple[int, int]]] | None = None,
               mapped: Callable[[str], bytes] | None = None) -> TextStats:
    """Counts over several texts, each ending a sentence (a paragraph, a list item).

    ``spans`` splits a text into sentences (:func:`sentence_spans`, or a cached copy of it);
    ``mapped`` is :func:`counted_bytes` (or a cached copy of it).
    """
    split = spans or sentence_spans
    read = mapped or counted_bytes
    sentences = 0
    pieces: list[bytes] = []
    for text in texts:
        piece = read(text)
        if piece and not piece.isspace():  # a text with no word ends no sentence
            sentences += max(1, len(split(text)))
            pieces.append(piece)
    # The words of all the texts, read at once (a space between texts parts their words).
    found = b" ".join(pieces).decode("ascii").split()  # counted_words of each text
    return TextStats(sentences, len(found), sum(map(_SYLLABLES_OF, found)))


def reading_ease(text: str) -> float:
    """Flesch reading ease of a text."""
    return text_stats([text]).reading_ease


def grade_level(text: str) -> float:
    """Flesch-Kincaid grade of a text."""
    return text_stats([text]).grade


def describe_reading_ease(score: float) -> str:
    """A Flesch score in words a school office manager would use."""
    if score >= 90:
        return "very easy: an 11-year-old reads it easily"
    if score >= 80:
        return "easy: about the level of a children's story"
    if score >= 70:
        return "fairly easy: what a 12-year-old reads easily"
    if score >= 60:
        return "plain English: what a 13- to 15-year-old reads easily"
    if score >= 50:
        return "fairly hard: about the level of a broadsheet newspaper"
    if score >= 30:
        return "hard: about the level of a university textbook"
    return "very hard: about the level of a legal contract or an academic paper"
