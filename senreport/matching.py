"""Text matching for coverage detection: normalised words, stems and cue phrases."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from senreport.lower_case import lowered
from senreport.textscan import alternation

_WORD = re.compile(r"[a-z0-9]+")
#: A full stop, question or exclamation mark that ends a sentence (written ``[.!?][.!?]*``, not
#: ``[.!?]+``: ``re`` skips ahead to where a pattern may start only when it opens with a
#: character or a set of them, not with a repeat).
_SENTENCE_END = re.compile(r"[.!?][.!?]*(?=[\s\"'\u2019\u201d)]|$)")
_STOP = frozenset(
    """a about above after again all also am an and any are as at be because been before being
    both but by can could did do does doing done each for from further had has have having he her
    here hers him his how i if in into is it its itself just me more most my no nor not of off on
    once only or other our ours out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours us may might must shall also every
    pupils pupil children child young people person students student school schools setting
    college special educational needs need sen send provision information disability
    disabilities disabled thing things find get policy policies related relating relates
    including include includes additional different differently""".split()
)
_SUFFIXES = ("ingly", "edly", "ness", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es",
             "s", "ly")


#: Past forms no suffix reaches, written as their verb's stem ("taught" is "teach").
_IRREGULAR = {"taught": "teach", "bought": "buy", "brought": "bring", "sought": "seek",
              "chose": "choos", "chosen": "choos", "wrote": "writ", "written": "writ"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem: enough to match 'assessing', 'assessed' and 'assessment' (and
    'taught' with 'teaching')."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    else:
        if len(word) == 4 and word[-1] == "s" and word[-2] not in "isu":
            # a short plural ("mats", "aids", "toys") is its singular
            word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


class _Stems(dict[str, str]):
    """Word -> :func:`stem`, worked out on first asking (a dictionary's lookup is quicker
    than the cache of a function; it is emptied when it grows large)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 65536:
            self.clear()
        found = self[word] = stem(word)
        return found


_STEM_OF = _Stems().__getitem__

_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: ASCII letters and digits as they are, every other byte a space: a lower-case text encoded
#: as ASCII (a "?" for any other character) and mapped so splits into ``_WORD``'s matches.
_WORD_ONLY = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


def _words_of(lowered: str) -> list[str]:
    """``_WORD.findall(lowered)``, found by C string methods (far faster than ``re``)."""
    return lowered.encode("ascii", "replace").translate(_WORD_ONLY).decode("ascii").split()


def _without_possessives(low: str) -> str:
    """The text (in lower case) with each possessive 's (straight or curly) dropped."""
    if "'s" not in low and "\u2019s" not in low:
        return low  # most texts hold none: the pattern need not run
    return _POSSESSIVE.sub("", low)


def words(text: str) -> list[str]:
    """Lowercase words of a text (apostrophes and hyphens split words; a possessive 's,
    straight or curly, is dropped)."""
    return _words_of(_without_possessives(lowered(text)))


#: Words a heading uses for another that titles use: "What types of SEN ...?" asks what
#: "What kinds of special educational needs ...?" asks; "Who is the SENDCo?" what "Who is
#: the SENCO?" asks.
_SAME_AS = {"type": "kind", "types": "kinds", "sendco": "senco", "sendcos": "sencos"}


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stop words and generic SEND words left out)."""
    return stems_of_content(words(text))


def stems_of_content(found: list[str]) -> list[str]:
    """:func:`content_stems` of a text, from its :func:`words` ("local offer" read as one
    word: an offer of any other kind, "what we offer", asks for no item)."""
    if "offer" in found or "offers" in found:
        found = _with_local_offer(found)
    return [_FAMILY_OF(w) for w in found if w not in _STOP and len(w) > 1]


def _verb_family(stem_: str) -> str:
    """One stem for a verb's forms where a heading is matched with an item's titles: a verb
    in -ify, its past and its noun ("identify", "identified", "identification"), and a verb
    whose last letter doubles before -ing or -ed ("spotting" and "spot", "planned" and
    "plan": their stems keep the double letter)."""
    if stem_.endswith(("ify", "ification")) and len(stem_) >= 6:
        return stem_[: stem_.rindex("if") + 2]
    if len(stem_) >= 4 and stem_[-1] == stem_[-2] and stem_[-1] in "bgmnprt":
        return stem_[:-1]
    return stem_


class _Families(dict[str, str]):
    """Word -> its stem's verb family (:func:`_verb_family`), worked out on first asking
    and emptied when it grows large, as :class:`_Stems` is."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 65536:
            self.clear()
        found = self[word] = _verb_family(_STEM_OF(_SAME_AS.get(word, word)))
        return found


_FAMILY_OF = _Families().__getitem__


def _with_local_offer(found: list[str]) -> list[str]:
    joined: list[str] = []
    for word in found:
        if word in ("offer", "offers") and joined and joined[-1] == "local":
            joined[-1] = "localoffer"
        elif word in ("offer", "offers"):
            continue
        else:
            joined.append(word)
    return joined


def normalise(text: str) -> str:
    """Stems joined by single spaces, padded, for phrase search with plain ``in``."""
    return normalised_words(words(text))


def normalised_words(found: list[str]) -> str:
    """:func:`normalise` of a text, from its :func:`words`."""
    return " " + " ".join(map(_STEM_OF, found)) + " "


def normalise_sentences(text: str) -> tuple[str, list[int], list[int]]:
    """A text normalised as by :func:`normalise`, with ``|`` between its sentences.

    Returns the normalised text, the offsets at which each sentence after the first begins
    (for finding the sentence of a match with :func:`bisect.bisect_right`) and the number
    of words in each sentence. A cue never spans a sentence break.
    """
    sentences: list[str] = []
    counts: list[int] = []
    for piece in _SENTENCE_END.split(_without_possessives(lowered(text))):
        found = _words_of(piece)
        if found:
            sentences.append(" ".join(map(_STEM_OF, found)))
            counts.append(len(found))
    if not sentences:
        return " ", [], [0]
    starts: list[int] = []
    offset = 1
    for sentence in sentences[:-1]:
        offset += len(sentence) + 3  # the sentence, then " | "
        starts.append(offset)
    return " " + " | ".join(sentences) + " ", starts, counts


@dataclass(frozen=True)
class CueSet:
    """The cue phrases of every item, compiled for one pass over a text."""

    pattern: re.Pattern[str]
    items_of: dict[str, tuple[str, ...]]  # normalised cue -> item ids
    #: The same search with the space before a cue taken rather than looked behind for, which
    #: ``re`` scans far faster (a cue never ends in a space, so the matches are the same).
    scan: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def build(cls, cues_by_item: dict[str, Iterable[str]],
              not_cues: Iterable[str] = ()) -> CueSet:
        """Compile the cues of many items into one alternation, longest first (``not_cues``:
        phrases holding a cue that speak of something else, found and taken for no item)."""
        items_of: dict[str, list[str]] = {}
        for item_id, cues in cues_by_item.items():
            for cue in cues:
                key = normalise(cue).strip()
                if key and item_id not in items_of.setdefault(key, []):
                    items_of[key].append(item_id)
        for phrase in not_cues:
            if key := normalise(phrase).strip():
                items_of.setdefault(key, [])
        trie = alternation(items_of)
        pattern = re.compile(r"(?<= )(" + trie + r")(?= )")
        return cls(pattern, {k: tuple(v) for k, v in items_of.items()},
                   re.compile(r" (" + trie + r")(?= )"))

    def positions(self, normalised_text: str) -> list[tuple[int, str]]:
        """Each cue found in a normalised text, with where it starts."""
        if self.scan is None:
            return [(m.start(), m.group(1)) for m in self.pattern.finditer(normalised_text)]
        return [(m.start(1), m.group(1)) for m in self.scan.finditer(normalised_text)]

    def hits(self, normalised_text: str) -> dict[str, set[str]]:
        """Item id -> the distinct cues found in a normalised text."""
        found: dict[str, set[str]] = {}
        for match in (self.scan or self.pattern).finditer(normalised_text):
            cue = match.group(1)
            for item_id in self.items_of[cue]:
                found.setdefault(item_id, set()).add(cue)
        return found


class TitleIndex:
    """Weighted word overlap between a heading and each item's titles and questions.

    Words are weighted by how few items use them (a word every item uses says nothing).
    A heading matches a title as far as the title explains the heading's words; a heading
    of one common word ("Support") matches nothing, and a question that several items
    share (an SE7 question such as "Who can I contact?") counts for less.
    """

    #: The least total weight a match is measured against: one rare word is a match,
    #: one common word is not.
    FLOOR = 2.5
    #: A title that this many items share, and what a match with it is worth.
    SHARED, SHARED_FACTOR = 3, 0.6

    def __init__(self, titles_by_item: dict[str, list[str]]) -> None:
        sharing: dict[str, int] = {}
        for titles in titles_by_item.values():
            for title in set(titles):
                sharing[title] = sharing.get(title, 0) + 1
        self.titles: dict[str, list[tuple[frozenset[str], float]]] = {
            item_id: [(frozenset(content_stems(t)),
                       self.SHARED_FACTOR if sharing[t] >= self.SHARED else 1.0)
                      for t in titles if content_stems(t)]
            for item_id, titles in titles_by_item.items()
        }
        frequency: dict[str, int] = {}
        for title_sets in self.titles.values():
            for stem_ in set().union(*(t for t, _ in title_sets)) if title_sets else set():
                frequency[stem_] = frequency.get(stem_, 0) + 1
        count = max(len(self.titles), 1)
        self.weight = {s: math.log((count + 1) / f) for s, f in frequency.items()}
        self.unknown_weight = math.log(count + 1)
        # stem -> the titles holding it: (title number, item id, title, total weight, factor)
        self._holding: dict[str, list[tuple[int, str, frozenset[str], float, float]]] = {}
        number = 0
        for item_id, title_sets in self.titles.items():
            for stems, factor in title_sets:
                number += 1
                entry = (number, item_id, stems, sum(self.weight[s] for s in stems), factor)
                for stem_ in stems:
                    self._holding.setdefault(stem_, []).append(entry)
        self._cache: dict[tuple[frozenset[str], float], dict[str, float]] = {}

    def scores(self, heading: str, least: float = 0.0) -> dict[str, float]:
        """Item id -> how well the heading matches the item's best title (0 to 1).

        Items scoring under ``least`` may be left out (the caller ignores them): titles that
        share with the heading only words too common to reach it are then not scored.
        """
        return self.scores_of_stems(content_stems(heading), least)

    def scores_of_stems(self, found: list[str], least: float = 0.0) -> dict[str, float]:
        """:meth:`scores` of a heading, from its :func:`content_stems`."""
        # Headings that differ only in their numbers ("Question 12", "Question 13") ask the
        # same: the score is worked out once for their words.
        stems = frozenset(s for s in found if not s.isdigit())
        key = (stems, least)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._scores(stems, least)
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[key] = cached
        return dict(cached)

    def _scores(self, stems: frozenset[str], least: float = 0.0) -> dict[str, float]:
        if not stems:
            return {}
        weight, unknown = self.weight, self.unknown_weight * 0.5
        total = sum([weight.get(s, unknown) for s in stems])
        seen: set[int] = set()
        result: dict[str, float] = {}
        # A title's value is at most its shared words' weight over FLOOR: a title that shares
        # only the heading's commonest words, whose weights add up to under least x FLOOR,
        # cannot reach ``least``, so those words need not be followed to their titles.
        holding = self._holding
        common = sorted([(weight[s], s) for s in stems if s in holding])
        reach, skipped, first = least * self.FLOOR, 0.0, len(common)
        for i, (weight_, _) in enumerate(common):
            if skipped + weight_ >= reach:
                first = i
                break
            skipped += weight_
        weigh, floor = weight.__getitem__, self.FLOOR
        for _, stem_ in common[first:]:
            for number, item_id, title, title_total, factor in holding[stem_]:
                if number in seen:
                    continue
                seen.add(number)
                score = sum(map(weigh, stems & title))
                # max(min(total, title_total), floor) and min(..., 1.0), without the calls
                measure = total if total <= title_total else title_total
                base = score / (measure if measure >= floor else floor)
                value = factor * base * (0.6 + 0.4 * score / total)
                if value > 1.0:
                    value = 1.0
                if value > result.get(item_id, 0.0):
                    result[item_id] = value
        return result
