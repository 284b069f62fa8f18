"""One part of what a catalogue item requires, with the words an answer to it uses.

The parts of each item are listed in :mod:`senreport.catalogue.parts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from senreport.textscan import case_folded, fold


@dataclass(frozen=True)
class ItemPart:
    """One part of what an item requires."""

    id: str
    question: str
    missing: str
    signs: tuple[str, ...]
    #: Required only of schools of these phases (empty: every phase).
    phases: tuple[str, ...] = ()
    #: Every sign must be found (anywhere in the answer), not just one of them.
    every_sign: bool = False
    #: The narrower signs a sentence inside other items' answers must use to answer the
    #: part ("pupils' views", not any "views"); empty: the signs themselves.
    in_passing: tuple[str, ...] = ()
    #: Sentences naming any of these answer another item, not this part ("Wyvern SENDIASS
    #: gives free advice" is support for parents, item 11, not a body the school works with).
    others: tuple[str, ...] = ()
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    passing: re.Pattern[str] = field(init=False, repr=False, compare=False)
    each: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    #: The patterns as searches of the text folded to lower case (see
    #: :func:`senreport.textscan.case_folded`), where they can be.
    folded: dict[re.Pattern[str], re.Pattern[str] | None] = field(
        init=False, repr=False, compare=False)
    elsewhere: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    #: Where an other item's words start (where :attr:`elsewhere` finds them).
    other_words: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = re.compile(r"\b(?:" + "|".join(self.signs) + ")", re.IGNORECASE)
        object.__setattr__(self, "pattern", compiled)
        object.__setattr__(self, "passing", re.compile(
            r"\b(?:" + "|".join(self.in_passing) + ")", re.IGNORECASE)
            if self.in_passing else compiled)
        object.__setattr__(self, "each", tuple(re.compile(r"\b(?:" + sign + ")", re.IGNORECASE)
                                               for sign in self.signs) if self.every_sign else ())
        object.__setattr__(self, "folded", {pattern: case_folded(pattern) for pattern in (
            self.pattern, self.passing, *self.each)})
        object.__setattr__(self, "elsewhere", re.compile(
            r"[^.!?]*\b(?:" + "|".join(self.others) + r")[^.!?]*[.!?]?", re.IGNORECASE)
            if self.others else None)
        object.__setattr__(self, "other_words", re.compile(
            r"\b(?:" + "|".join(self.others) + ")", re.IGNORECASE) if self.others else None)

    def answered_in(self, text: str, in_passing: bool = False) -> re.Match[str] | None:
        """The first words of ``text`` that answer this part, if any (``in_passing``: text
        inside other items' answers, read by the narrower signs)."""
        if self.elsewhere is not None:
            text = self.besides_others(text)
        folded = fold(text)
        if self.every_sign and not all(self._search(sign, text, folded) for sign in self.each):
            return None
        return self._search(self.passing if in_passing else self.pattern, text, folded)

    def besides_others(self, text: str) -> str:
        """The text with the sentences that answer other items (:attr:`others`) blanked
        out, every other word where it stood."""
        if self.elsewhere is None or self.other_words is None:
            return text
        # As ``elsewhere.sub`` blanks them, each match tried only where it can start: after
        # the last full stop, question or exclamation mark before the other item's words
        # (``re`` would try the sentence's words from every character of the text).
        pieces: list[str] = []
        pos = 0
        while (words := self.other_words.search(text, pos)) is not None:
            start = max(pos, *(text.rfind(mark, pos, words.start()) + 1 for mark in ".!?"))
            found = self.elsewhere.match(text, start)
            if found is None or found.end() <= pos:  # cannot be: the words stand there
                return self.elsewhere.sub(lambda found: " " * len(found.group(0)), text)
            pieces += (text[pos:start], " " * (found.end() - start))
            pos = found.end()
        if not pieces:
            return text
        pieces.append(text[pos:])
        return "".join(pieces)

    def _search(self, pattern: re.Pattern[str], text: str, folded: str) -> re.Match[str] | None:
        """``pattern.search(text)``, its place found in the folded text (far faster)."""
        plain = self.folded[pattern]
        if plain is None:
            return pattern.search(text)
        found = plain.search(folded)
        return None if found is None else pattern.match(text, found.start())


def part(part_id: str, question: str, missing: str, *signs: str,
         phases: tuple[str, ...] = (), every_sign: bool = False,
         in_passing: tuple[str, ...] = (), others: tuple[str, ...] = ()) -> ItemPart:
    """An :class:`ItemPart`, its signs given one by one."""
    return ItemPart(part_id, question, missing, signs, phases, every_sign, in_passing, others)
