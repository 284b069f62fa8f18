"""The cue phrases and titles of one kind of document, compiled: which items a heading asks
for, and what the passages under it read (see :mod:`senreport.coverage.reading`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from senreport.catalogue import CatalogueItem, ScheduleItem, items_for
from senreport.catalogue.not_cues import NOT_CUES
from senreport.catalogue.schedule1.questions import IN_THEIR_OWN_WORDS
from senreport.catalogue.topics import TOPICS, topic_pattern
from senreport.coverage.offer_phases import by_phase
from senreport.coverage.reading import Reading, TopicScan, read_all
from senreport.matching import (
    CueSet,
    TitleIndex,
    content_stems,
    normalised_words,
    stems_of_content,
    words,
)
from senreport.textscan import fold

#: A heading's match with an item's titles must reach this, and be near the part's best match.
HEADING_MATCH, HEADING_MARGIN = 0.5, 0.1
#: A heading sharing this share of its words (and of the title's) with one of an item's
#: titles is the item's own question, near enough word for word.
OWN_QUESTION = 0.9
#: How much the part's own text weighs in choosing among items its heading asks for alike.
BODY_WEIGHT = 0.5
#: Items whose cues name the people who do things ("the SENCO looks at ..."): in a sentence
#: about something else, such a cue says little about what the sentence is about.
ACTORS = {"sen-report": {"4": 0.25}}


class Matcher:
    """The cue phrases and titles of one kind of document, compiled."""

    def __init__(self, kind: str, items: Sequence[CatalogueItem] | None = None) -> None:
        """Compile the items of a kind, or the given ``items`` (an amended rubric's lines)."""
        self.kind = kind
        items = items_for(kind) if items is None else tuple(items)
        self.ids = [item.id for item in items]
        self.cues = CueSet.build({item.id: item.cues for item in items}, NOT_CUES)
        # Sentences naming who an item is about and what it asks (see catalogue.topics).
        topics = [(f"~{item_id}", re.compile(topic_pattern(*pair)), *pair)
                  for item_id, pair in TOPICS.get(kind, {}).items() if item_id in self.ids]
        self.topics = TopicScan(topics)
        self.items_of: dict[str, tuple[str, ...]] = {
            **self.cues.items_of, **{name: (name[1:],) for name, *_ in topics}}
        self.titles = TitleIndex({item.id: _titles(item) for item in items})
        self._questions = {item.id: [frozenset(content_stems(t)) for t in _titles(item)]
                           for item in items}
        self.weight = ACTORS.get(kind, {})
        self._weighted = {cue: tuple((item_id, self.weight.get(item_id, 1.0)) for item_id in ids)
                          for cue, ids in self.items_of.items()}
        self._cue_numbers = {w for cue in self.items_of for w in cue.split() if w.isdigit()}
        self._heading_cache: dict[tuple[str, ...], dict[str, float]] = {}

    def read(self, passages: Sequence[Sequence[str]]) -> list[Reading]:
        """What each passage (a paragraph, or the entries of a list) says of each item."""
        return read_all(self.cues, self.topics, self._weighted, passages)

    def heading_scores(self, heading: str) -> dict[str, float]:
        """Item id -> how strongly a heading asks for the item (0 to about 1.1)."""
        # Worked out once for headings whose words differ only in numbers no cue holds
        # ("Question 12", "Question 13"): titles ignore numbers, and such a number breaks
        # a cue phrase wherever it stands, as any other such number would.
        found = words(heading)
        numbers = self._cue_numbers
        key = tuple([w if not w.isdigit() or w in numbers else "0" for w in found])
        cached = self._heading_cache.get(key)
        if cached is None:
            cached = self._scores_of_words(found)
            if len(self._heading_cache) > 4096:
                self._heading_cache.clear()
            self._heading_cache[key] = cached
        return dict(cached)

    def _heading_scores(self, heading: str) -> dict[str, float]:
        return self._scores_of_words(words(heading))

    def _scores_of_words(self, found: list[str]) -> dict[str, float]:
        """:meth:`_heading_scores` of a heading, from its :func:`words`."""
        content = stems_of_content(found)
        scores = self.titles.scores_of_stems(content, least=HEADING_MATCH)
        stems = frozenset(content)
        asked = {i: s for i, s in scores.items() if s >= OWN_QUESTION and any(
            len(stems & title) >= OWN_QUESTION * len(stems | title)
            for title in self._questions[i])}
        if asked:
            # The heading is an item's own question, word for word ("How does the school
            # know if children need extra help?"): a cue of another item inside it ("extra
            # help") is part of that question, not a second one.
            return asked
        for item_id, cue_set in self.cues.hits(normalised_words(found)).items():
            scores[item_id] = max(scores.get(item_id, 0.0), 0.8 + 0.1 * len(cue_set))
        return scores

    def owners(self, heading: str, body: dict[str, float] | None = None,
               answer: str = "") -> dict[str, float]:
        """The items a heading dedicates its part to, with the strength of the match.

        ``body`` (item id -> words of the part's text about it) settles a heading that
        asks for several items alike ("How can I be involved?"): the text shows which; and
        the ``answer`` (the part's text) who "I" is, when it speaks of "your child".
        """
        scores = self.heading_scores(heading)
        if self.kind == "local-offer":
            scores = by_phase(heading, scores, strength=0.9)
        elif _HOW_MUCH.match(heading):
            return {}
        elif _JUST_PARENTS.match(heading):
            # "Parents and carers", "Your family": how the school works with them (item 7).
            scores = {"7": 0.9}
        elif "8" in scores and _NAMES_PARENTS.search(heading) and not _NAMES_PUPILS.search(
                heading):
            # "Listening to parents": the pupils' voice words, said of parents (item 7).
            scores["7"] = max(scores.get("7", 0.0), scores.pop("8"))
        scores = {i: s for i, s in scores.items() if s >= HEADING_MATCH}
        if not scores:
            return {}
        clauses = _TWO_QUESTIONS.split(heading) if _may_ask_two(heading) else [heading]
        if len(clauses) == 2 and self.kind == "sen-report":
            # Two questions in one heading ("How will I know how I'm doing, and how will I
            # have a say?"): each asks for its own item, however the words weigh together.
            asked = [self.heading_scores(clause) for clause in clauses]
            firsts = [max(a, key=a.__getitem__) for a in asked if a]
            if len(firsts) == 2 and firsts[0] != firsts[1] and all(
                    a[f] >= OWN_CLAUSE for a, f in zip(asked, firsts, strict=True)):
                scores = {**scores, **{f: max(scores.get(f, 0.0), a[f])
                                       for a, f in zip(asked, firsts, strict=True)}}
                best = max(scores.values())
                return _parents_voice(self.kind, heading, {
                    i: s for i, s in scores.items() if s >= best - HEADING_MARGIN
                    or i in firsts}, answer)
        total = sum(body.values()) if body else 0.0
        if total:
            scores = {i: s + BODY_WEIGHT * (body or {}).get(i, 0.0) / total
                      for i, s in scores.items()}
        best = max(scores.values())
        owners = {i: s for i, s in scores.items() if s >= best - HEADING_MARGIN}
        return _both_groups(self.kind, heading, _parents_voice(self.kind, heading, owners,
                                                               answer))

    def joined(self, heading: str, body: dict[str, float],
               elsewhere: frozenset[str] = frozenset()) -> dict[str, float]:
        """The items a heading joins ("How we teach and adapt learning", "Clubs, trips and
        moving on"), when it joins two or more: each that a clause of the heading clearly
        asks for, the whole heading asks for, and the part's text speaks of (``body``: item
        id -> words about it); not those that other headings of the page ask for
        (``elsewhere``), answered there."""
        if self.kind != "sen-report" or len(body) < 2 or not _may_join_two(heading):
            return {}
        scores = self.heading_scores(heading)
        if sum(s >= HEADING_MATCH and body.get(i, 0.0) > 0.0 for i, s in scores.items()) < 2:
            return {}  # two items the heading asks for and its text speaks of, at least
        asked = [self.heading_scores(c) for c in _JOINED.split(heading) if c.strip()]
        joined = {f: max(scores[f], a[f]) for a in asked
                  if (f := _own_item(a)) is not None and scores.get(f, 0.0) >= HEADING_MATCH
                  and body.get(f, 0.0) > 0.0 and f not in elsewhere}
        return joined if len(joined) >= 2 else {}


#: Where a heading asks a second question: ", and how ...", "? What ...".
_TWO_QUESTIONS = re.compile(r",?\s+and\s+(?=(?:how|what|who|which|where|when|will|can|do|does)\b)"
                            r"|\?\s+(?=[A-Z])", re.IGNORECASE)
#: How strongly each of a heading's two questions must ask for its own item.
OWN_CLAUSE = 0.75


#: Where a heading joins two things it asks about: "teach and adapt", "training, equipment".
_JOINED = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+|\?\s+", re.IGNORECASE)


def _own_item(scores: dict[str, float]) -> str | None:
    """The one item a clause of a heading asks for, if it asks clearly for one."""
    ranked = sorted(scores.values(), reverse=True)
    if not ranked or ranked[0] < OWN_CLAUSE or (
            len(ranked) > 1 and ranked[1] > ranked[0] - HEADING_MARGIN):
        return None
    return max(scores, key=scores.__getitem__)


def _may_join_two(heading: str) -> bool:
    """A cheap test before :data:`_JOINED`."""
    return "," in heading or "&" in heading or _may_ask_two(heading)


def _may_ask_two(heading: str) -> bool:
    """A cheap test before :data:`_TWO_QUESTIONS`: each of its matches holds "and" (in the
    heading folded as ``re.IGNORECASE`` reads it) or a "?" with a character after it."""
    return "?" in heading[:-1] or "and" in fold(heading)


#: Consulting and involving parents (item 7) and pupils (item 8) of a SEN report.
_GROUP_ITEMS = ("7", "8")
_PARENTS = r"(?:parents?|carers?|families)"
_PUPILS = r"(?:pupils?|children|students?|young people|learners?)"
_BOTH_GROUPS = re.compile(
    rf"(?=.*\b(?:consult|involv))(?=.*\b(?:{_PARENTS}(?:,? (?:and|&) carers)? (?:and|&) {_PUPILS}"
    rf"|{_PUPILS} (?:and|&) {_PARENTS})\b)", re.IGNORECASE)


_JUST_PARENTS = re.compile(r"^\W*(?:\d+\W*)?(?:(?:your|our)\s+)?(?:parents?|carers?|famil"
                           r"(?:y|ies))(?:\s*(?:and|&|/)\s*(?:parents?|carers?|famil(?:y|ies)))?\W*$",
                           re.IGNORECASE)
#: Headings that say how much is told, not what about ("Summary", "In more detail"): under
#: an item's question they go on answering it.
_HOW_MUCH = re.compile(r"^\W*(?:in\s+)?(?:(?:more|further|full)\s+)?(?:details?|summary|"
                       r"overview|in\s+brief|at\s+a\s+glance|key\s+points)\W*$", re.IGNORECASE)
_NAMES_PARENTS = re.compile(rf"\b{_PARENTS}\b", re.IGNORECASE)
_NAMES_PUPILS = re.compile(rf"\b(?:{_PUPILS}|I|me|my|you|your)\b", re.IGNORECASE)


_PARENT_SPEAKS = re.compile(r"(?=.*\b(?:I|me)\b)(?=.*\bmy (?:child|son|daughter)\b)")


#: A parent asking to take part, in nothing the pupils do ("... and how can I take part?").
_PARENT_TAKES_PART = re.compile(r"\bI\b[^?]*\b(?:take part|join in)\b(?![^?]*\b(?:club|trip|"
                                r"activit|visit|sport|outing|residential|event|lesson))")


#: A heading asked in the first person ("How will you involve me?") ...
_FIRST_PERSON = re.compile(r"\b(?:I|me)\b")
#: ... or in the second person ("Your voice", "Telling us what you think") ...
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
#: ... answered to a parent ("We meet you ... to review your child's plan").
_TO_A_PARENT = re.compile(r"\byour (?:child|son|daughter)", re.IGNORECASE)


_PUPIL_SPEAKS = re.compile(r"(?=.*\b(?:I|me)\b)(?=.*\bmy (?:support|learning|needs|"
                           r"education|plan|targets|views|review)\b)(?!.*\bmy (?:child|son|"
                           r"daughter)\b)")


def _parents_voice(kind: str, heading: str, owners: dict[str, float],
                   answer: str = "") -> dict[str, float]:
    """Who is speaking in a heading that asks how "I" am involved: "How will I be involved in
    planning my child's support?" is the parent (item 7, though its words are the young
    person's question), "How can I be involved in decisions about my support?" the young
    person (item 8, though "how can I be involved" is the parents' question). Where the
    heading does not say ("How will you involve me?"), the ``answer`` does: "your child" is
    said to a parent."""
    if kind != "sen-report":
        return owners
    if "3f" in owners and "7" not in owners and _PARENT_TAKES_PART.search(heading) and (
            _PARENT_SPEAKS.match(heading)):
        # "How can I take part?" asked by a parent: taking part in the child's education.
        return _handed(owners, "3f", "7")
    if "8" in owners and "7" not in owners and (_PARENT_SPEAKS.match(heading) or (
            (_FIRST_PERSON.search(heading) or _SECOND_PERSON.search(heading)
             and not _TO_A_PARENT.search(heading)) and _TO_A_PARENT.search(answer))):
        return _handed(owners, "8", "7")
    if "7" in owners and "8" not in owners and _PUPIL_SPEAKS.match(heading):
        return _handed(owners, "7", "8")
    return owners


def _handed(owners: dict[str, float], giver: str, taker: str) -> dict[str, float]:
    """The owners with one item's share of the part given to another, in its place."""
    return {(taker if i == giver else i): s for i, s in owners.items()}


def _both_groups(kind: str, heading: str, owners: dict[str, float]) -> dict[str, float]:
    """A heading that asks how parents and pupils are consulted or involved ("Consulting and
    involving parents and pupils") asks for both items, whichever its words lean to."""
    if kind != "sen-report" or not any(i in owners for i in _GROUP_ITEMS) or not (
            _BOTH_GROUPS.match(heading)):
        return owners
    strength = max(owners.get(i, 0.0) for i in _GROUP_ITEMS)
    return {**owners, **{i: owners.get(i, strength) for i in _GROUP_ITEMS}}


@lru_cache(maxsize=8)
def matcher(kind: str) -> Matcher:
    """The compiled matcher of a kind (built once)."""
    return Matcher(kind)


def _titles(item: object) -> list[str]:
    titles = [getattr(item, "heading", "")]
    for name in ("wording", "description"):
        value = getattr(item, name, "")
        if value:
            # Which schools an item applies to is not what it is about.
            titles.append(_APPLIES_TO.sub("", value))
    section = getattr(item, "section", "")
    if section:  # a Local Offer line is headed with its section: "Early years: Future steps"
        label = section.replace("_", " ").replace("post16", "post-16")
        titles.append(f"{label} {getattr(item, 'heading', '')}")
    titles.extend(getattr(item, "faq", ()))
    if isinstance(item, ScheduleItem):
        titles.extend(IN_THEIR_OWN_WORDS.get(item.id, ()))
    titles.extend(getattr(item, "requirements", ()))
    return [t for t in titles if t]


_APPLIES_TO = re.compile(r"(,\s*)?in relation to mainstream schools and maintained nursery "
                         r"schools,?\s*", re.IGNORECASE)
