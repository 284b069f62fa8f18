"""Text matching for coverage detection: normalised words, stems and cue phrases."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    """a about above after again all also am an and any are as at be because been before being
    both but by can could did do does doing done each for from further had has have having he her
    here hers him his how i if in into is it its itself just me more most my no nor not of off on
    once only or other our ours out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours us may might must shall also every
    pupils pupil children child young people person students student school schools setting
    college special educational needs need sen send provision information""".split()
)
_SUFFIXES = ("ingly", "edly", "ness", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es",
             "s", "ly")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem: enough to match 'assessing', 'assessed' and 'assessment'."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lowercase words of a text (apostrophes and hyphens split words)."""
    return _WORD.findall(text.lower().replace("'s ", " "))


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stop words and generic SEND words left out)."""
    return [stem(w) for w in words(text) if w not in _STOP and len(w) > 1]


def normalise(text: str) -> str:
    """Stems joined by single spaces, padded, for phrase search with plain ``in``."""
    return " " + " ".join(stem(w) for w in words(text)) + " "


@dataclass(frozen=True)
class CueSet:
    """The cue phrases of every item, compiled for one pass over a text."""

    pattern: re.Pattern[str]
    items_of: dict[str, tuple[str, ...]]  # normalised cue -> item ids

    @classmethod
    def build(cls, cues_by_item: dict[str, Iterable[str]]) -> CueSet:
        """Compile the cues of many items into one alternation, longest first."""
        items_of: dict[str, list[str]] = {}
        for item_id, cues in cues_by_item.items():
            for cue in cues:
                key = normalise(cue).strip()
                if key and item_id not in items_of.setdefault(key, []):
                    items_of[key].append(item_id)
        alternatives = sorted(items_of, key=len, reverse=True)
        pattern = re.compile(
            r"(?<= )(" + "|".join(re.escape(a) for a in alternatives) + r")(?= )"
        )
        return cls(pattern, {k: tuple(v) for k, v in items_of.items()})

    def hits(self, normalised_text: str) -> dict[str, set[str]]:
        """Item id -> the distinct cues found in a normalised text."""
        found: dict[str, set[str]] = {}
        for match in self.pattern.finditer(normalised_text):
            cue = match.group(1)
            for item_id in self.items_of[cue]:
                found.setdefault(item_id, set()).add(cue)
        return found


class TitleIndex:
    """Weighted word overlap between a heading and each item's titles and questions."""

    def __init__(self, titles_by_item: dict[str, list[str]]) -> None:
        self.titles: dict[str, list[frozenset[str]]] = {
            item_id: [frozenset(content_stems(t)) for t in titles if content_stems(t)]
            for item_id, titles in titles_by_item.items()
        }
        frequency: dict[str, int] = {}
        for title_sets in self.titles.values():
            for stem_ in set().union(*title_sets) if title_sets else set():
                frequency[stem_] = frequency.get(stem_, 0) + 1
        count = max(len(self.titles), 1)
        self.weight = {s: math.log((count + 1) / f) for s, f in frequency.items()}
        self.unknown_weight = math.log(count + 1)

    def scores(self, heading: str) -> dict[str, float]:
        """Item id -> how well the heading matches the item's best title (0 to 1)."""
        stems = frozenset(content_stems(heading))
        if not stems:
            return {}
        total = sum(self.weight.get(s, self.unknown_weight * 0.5) for s in stems)
        result: dict[str, float] = {}
        for item_id, title_sets in self.titles.items():
            best = 0.0
            for title in title_sets:
                shared = stems & title
                if not shared:
                    continue
                score = sum(self.weight.get(s, 0.0) for s in shared)
                title_total = sum(self.weight.get(s, 0.0) for s in title)
                best = max(best, score / max(min(total, title_total), 1e-9))
            if best:
                result[item_id] = min(best, 1.0)
        return result
