"""Reading passages for cues: the words each sentence gives each item.

Every passage of a document is read in one go: the passages are normalised (see
:func:`senreport.matching.normalise_sentences`) and joined by ``|``, which no cue nor topic
sentence crosses, so the cue phrases are found in one pass of their compiled pattern over
the whole document, and the topic sentences (see :mod:`senreport.catalogue.topics`) from
one pass that finds every word they are made of. What each passage reads is then what it
would read on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

from senreport.matching import CueSet, normalise_sentences
from senreport.textscan import alternation


class Reading(NamedTuple):
    """What one paragraph says: words per item, cue hits per item, size, distinct cues, and
    the most words one sentence gives each item (a sentence *about* it, not a mention)."""

    words: dict[str, float]
    hits: dict[str, int]
    size: int
    cues: set[str]
    best: dict[str, float]


#: The most words of a list entry that speaks of what its lead-in speaks of.
LIST_ENTRY_WORDS = 5
#: How far apart (in characters of normalised text) a topic's two words may stand.
_REACH = 160
_PHRASE = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


def _topic_source(who: Sequence[str], what: Sequence[str]) -> str:
    """The pattern :func:`senreport.catalogue.topics.topic_pattern` writes, as
    :class:`TopicScan` finds its matches."""
    first = "(?:" + "|".join(who) + ")"
    second = "(?:" + "|".join(what) + ")"
    return rf" {first}[^|]{{0,{_REACH}}}? {second}| {second}[^|]{{0,{_REACH}}}? {first}"


class TopicScan:
    """Where each topic's pattern matches a normalised text, as its ``finditer`` finds them.

    The words of every topic are found in one pass; each pattern's matches are then worked
    out from where its words stand. ``patterns`` (name, pattern, who, what) whose pattern
    is not the one this reads are searched as patterns.
    """

    def __init__(self, patterns: Sequence[tuple[str, re.Pattern[str], Sequence[str],
                                                 Sequence[str]]]) -> None:
        self.names = [name for name, *_ in patterns]
        self._searched: list[tuple[int, re.Pattern[str]]] = []
        read: list[tuple[int, Sequence[str], Sequence[str]]] = []
        for index, (_, pattern, who, what) in enumerate(patterns):
            if _readable(pattern, who, what):
                read.append((index, who, what))
            else:
                self._searched.append((index, pattern))
        self._read = [index for index, _, _ in read]
        every = {word for _, who, what in read for word in (*who, *what)}
        self._scan = re.compile(" (?=(" + alternation(every) + "))") if every else None
        # The longest word found at a place holds, as its beginnings, every word that stands
        # there: word -> (pattern read, lengths of its who words there, of its what words
        # there, each in the pattern's order) for each pattern with a word there.
        self._roles: dict[str, list[tuple[int, tuple[int, ...], tuple[int, ...]]]] = {
            word: [(slot, whos, whats) for slot, (_, who, what) in enumerate(read)
                   if (whos := _lengths(word, who)) + (whats := _lengths(word, what))]
            for word in every}

    def positions(self, text: str) -> list[list[int]]:
        """Where each topic's matches start in ``text``, topic by topic."""
        found: list[list[int]] = [[] for _ in self.names]
        for index, pattern in self._searched:
            found[index] = [m.start() for m in pattern.finditer(text)]
        if self._scan is None:
            return found
        places = [(m.start(), m.group(1)) for m in self._scan.finditer(text)]
        if not places:
            return found
        bars = _bars(text) if "|" in text else []
        roles = self._roles
        whos: list[list[tuple[int, int, tuple[int, ...]]]] = [[] for _ in self._read]
        whats: list[list[tuple[int, int, tuple[int, ...]]]] = [[] for _ in self._read]
        for place, word in places:
            sentence = bisect_left(bars, place)  # how many "|" stand before it
            for slot, who, what in roles[word]:
                if who:
                    whos[slot].append((place, sentence, who))
                if what:
                    whats[slot].append((place, sentence, what))
        for slot, index in enumerate(self._read):
            if whos[slot] and whats[slot]:
                found[index] = _matches(whos[slot], whats[slot])
        return found


def _bars(text: str) -> list[int]:
    """Where each "|" stands in ``text``: after each piece between them, and the bars before
    it (worked out by C functions, far faster than a pattern's matches one by one)."""
    pieces = text.split("|")
    pieces.pop()
    return list(accumulate(map((1).__add__, map(len, pieces)), initial=-1))[1:]


def _readable(pattern: re.Pattern[str], who: Sequence[str], what: Sequence[str]) -> bool:
    """Whether :class:`TopicScan` can work out this pattern's matches from its words."""
    if pattern.pattern != _topic_source(who, what) or pattern.flags & ~re.UNICODE:
        return False
    return all(group and all(_PHRASE.fullmatch(word) for word in group)
               for group in (who, what))


def _lengths(word: str, group: Sequence[str]) -> tuple[int, ...]:
    """The lengths of the group's words that ``word`` begins with, in the group's order."""
    return tuple(len(w) for w in group if word.startswith(w))


def _matches(whos: list[tuple[int, int, tuple[int, ...]]],
             whats: list[tuple[int, int, tuple[int, ...]]]) -> list[int]:
    """The starts of ``" who[^|]{0,160}? what| what[^|]{0,160}? who"``'s matches, found as
    ``finditer`` finds them, from where the words stand (the space before each, its
    sentence, and the lengths of the words there, tried in the pattern's order).

    A match's words stand in one sentence: a word in a sentence without the other group's
    is passed over.
    """
    who_sentences = {sentence for _, sentence, _ in whos}
    what_sentences = {sentence for _, sentence, _ in whats}
    places = sorted([(place, sentence, lengths, True) for place, sentence, lengths in whos
                     if sentence in what_sentences]
                    + [(place, sentence, lengths, False) for place, sentence, lengths in whats
                       if sentence in who_sentences])
    if not places:
        return []
    who_at = {place: (sentence, lengths) for place, sentence, lengths in whos}
    what_at = {place: (sentence, lengths) for place, sentence, lengths in whats}
    who_places = [place for place, _, _ in whos]
    what_places = [place for place, _, _ in whats]
    starts: list[int] = []
    after = -1
    previous = -1
    for place, sentence, _, _ in places:
        if place < after or place == previous:
            continue
        previous = place  # a place holding words of both groups is listed twice
        end = -1
        for length in who_at[place][1] if place in who_at else ():
            end = _second(place + 1 + length, sentence, what_places, what_at)
            if end >= 0:
                break
        else:
            for length in what_at[place][1] if place in what_at else ():
                end = _second(place + 1 + length, sentence, who_places, who_at)
                if end >= 0:
                    break
        if end >= 0:
            starts.append(place)
            after = end
    return starts


def _second(first_end: int, sentence: int, places: list[int],
            found: dict[int, tuple[int, tuple[int, ...]]]) -> int:
    """Where a match ends whose first word ends at ``first_end``: at the end of the nearest
    other word within reach in the same sentence (the first of the words there, in the
    pattern's order); -1 when there is none."""
    i = bisect_left(places, first_end)
    if i == len(places):
        return -1
    place = places[i]
    other_sentence, lengths = found[place]
    if place - first_end > _REACH or other_sentence != sentence:
        return -1
    return place + 1 + lengths[0]


def read_all(cues: CueSet, topics: TopicScan,
             weighted: dict[str, tuple[tuple[str, float], ...]],
             passages: Sequence[Sequence[str]]) -> list[Reading]:
    """What each passage (its paragraph, or the entries of a list) reads.

    A sentence's words are shared among the items whose cues it holds (``weighted``: cue ->
    each item it speaks of, with what it weighs for the item); a sentence without a cue goes
    on with the topic of the sentence before it (one sentence, no further).
    """
    if not passages:
        return []
    normal = [normalise_sentences(segment) for passage in passages for segment in passage]
    texts = [text for text, _, _ in normal]
    joined = "|".join(texts)
    offsets: list[int] = []
    offset = 0
    for text in texts:
        offsets.append(offset)
        offset += len(text) + 1
    # Each text's places are a stretch of each list of places in the joined texts: the
    # cues', then each topic's (the order a text's own search would give them).
    lists = [cues.positions(joined)] + [
        [(at, name) for at in starts]
        for name, starts in zip(topics.names, topics.positions(joined), strict=True)]
    found: list[list[tuple[int, str]]] = [[] for _ in texts]
    for places in lists:
        for place in places:
            found[bisect_right(offsets, place[0]) - 1].append(place)
    readings: list[Reading] = []
    index = 0
    for passage in passages:
        segments = range(index, index + len(passage))
        index += len(passage)
        led = len(passage) > 1 and passage[0].rstrip().endswith(":")
        readings.append(_reading(weighted, [(normal[i], found[i], offsets[i])
                                            for i in segments], led))
    return readings


def _reading(weighted: dict[str, tuple[tuple[str, float], ...]],
             segments: list[tuple[tuple[str, list[int], list[int]], list[tuple[int, str]], int]],
             led: bool = False) -> Reading:
    """What one passage reads, from each segment's normalised text and the cues in it (at
    offsets in the joined texts, the segment's own starting at the offset given).

    ``led``: the passage is a list led in by its first segment ("Staff have had training in
    the following areas:"); its short entries ("Autism", "Counselling") speak of what the
    lead-in speaks of, not of their own words' items.
    """
    words: dict[str, float] = {}
    hits: dict[str, int] = {}
    best: dict[str, float] = {}
    found: set[str] = set()
    size = 0
    lead: dict[str, float] = {}
    for number, ((_, starts, counts), positions, offset) in enumerate(segments):
        size += sum(counts)  # a paragraph, or one entry of a list (no topic carried across)
        if lead and sum(counts) <= LIST_ENTRY_WORDS:
            per_sentence = [lead] * len(counts)  # an entry of the lead-in's list
        elif not positions:
            continue  # no cue: no sentence speaks of an item, nor carries a topic on
        else:
            per_sentence = [{} for _ in counts]
            for position, cue in positions:
                if not weighted[cue]:
                    continue  # a phrase that holds a cue but speaks of something else
                found.add(cue)
                sentence = per_sentence[bisect_right(starts, position - offset)]
                for item_id, weight in weighted[cue]:
                    sentence[item_id] = sentence.get(item_id, 0.0) + weight
                    hits[item_id] = hits.get(item_id, 0) + 1
            if led and number == 0:
                lead = next((s for s in reversed(per_sentence) if s), {})
        carried: dict[str, float] = {}
        for sentence, count in zip(per_sentence, counts, strict=True):
            if sentence:
                carried = sentence
            else:
                sentence, carried = carried, {}
                if not sentence:
                    continue
            total = sum(sentence.values())
            for item_id, n in sentence.items():
                share = count * n / total
                words[item_id] = words.get(item_id, 0.0) + share
                if share > best.get(item_id, 0.0) or item_id not in best:
                    best[item_id] = share
    return Reading(words, hits, size, found, best)
