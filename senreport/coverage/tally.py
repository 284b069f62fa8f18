"""How coverage is scored: which passages answer which item, and how fully.

The document is read once, part by part (a heading and the blocks under it):

* a heading that asks an item's question *dedicates* its part to that item; the part's
  answer is full (``in_place``) when it has substance, thin (``partly``) when it is a line
  or two, and empty when it is blank or a placeholder ("TBC", "to be completed");
* prose is attributed sentence by sentence through the items' cue phrases (one pass of
  one compiled pattern per block). A paragraph mostly about one item answers it like a
  heading would; scattered sentences answer it when they add up; a single passing
  mention makes an item ``partly`` at most;
* some items are facts rather than topics (the SENCO's name and contact details, where
  the Local Offer is published, how to complain, who supports parents): those need the
  fact itself (see :mod:`senreport.coverage.fact_items`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from senreport.coverage.contents import (
    contents_entries,
    links_to_a_document,
    links_within_page,
    lists_requirements,
    without_aims,
    without_document_lists,
)
from senreport.coverage.definitions import definition_keys, without_definitions
from senreport.coverage.lead_ins import with_lead_ins
from senreport.coverage.matcher import ACTORS, Matcher, matcher
from senreport.coverage.passages import (
    asks_no_question,
    defines_sen,
    describes_a_document,
    is_placeholder,
)
from senreport.coverage.phase_sections import phase_section
from senreport.coverage.promises import kept_promises
from senreport.coverage.reading import Reading
from senreport.document import Block, Document, Part
from senreport.glossary_lines import glossary_entries
from senreport.textscan import word_count

NONE, PARTLY, IN_PLACE = 0, 1, 2
VALUES = ("not_in_place", "partly", "in_place")
#: Words an answer needs to be more than thin: under its heading, in a paragraph of its
#: own, or in sentences spread through other passages.
SUBSTANTIAL, PARAGRAPH, SCATTERED = 25, 25, 35
#: The fewest distinct cues sentences spread through a page need to answer an item in full.
SCATTERED_CUES = 2
#: A shorter answer is full when it names this many particular things (distinct cues).
CONCISE, CONCISE_CUES = 12, 3
#: Share of a paragraph's topical words one item needs for the paragraph to be about it.
DOMINANT = 0.5
#: ... or with this many times the words of the next topic.
LEADS = 2.0
#: A paragraph about two items at once ("We adapt the curriculum and the building so that
#: pupils take part in everything") answers each that has this share of its topical words
#: and this many cues in it, under a heading asking for either or for neither.
SHARED, SHARED_HITS = 0.4, 3
#: A paragraph this long is led by the items it names twice or more, not one named once.
NAMED_ONCE_WORDS = 50
#: Items schools answer together, each in its own sentences: how teaching is approached
#: and how the curriculum and classroom are adapted. A paragraph mostly about the two answers
#: each that has this share of its words (and is named twice).
KIN, KIN_SHARE = {"3c": ("3d",), "3d": ("3c",)}, 0.15
#: A paragraph of its own shorter than this is a line or two: sentences touching the item in
#: other answers make it full only when they add up to twice what they would without it.
#: Under a heading that joins it to another, so few words of the text are a line about it.
THIN_OWN = 20
#: A paragraph opening with what it is for: judging how well the provision works (item 3a).
_EVALUATES = re.compile(
    r"\s*To\s+(?:judge|check|see|evaluate|measure|know|assess|find\s+out|review)\s+(?:how\s+"
    r"well|whether|how\s+effective(?:ly)?|if)\s+(?:our|the\s+school['’]?s?|its)\s+(?:whole[-\s]"
    r"school\s+)?(?:SEND?\s+)?(?:provision|support|help|interventions)\b", re.IGNORECASE)
#: Share of a paragraph's words an item needs for the paragraph to be about it at all.
OWN_SHARE = 0.3
#: Under a heading that asks for other items, a paragraph is about an item of its own only
#: when the heading's items have at most this share of it.
DRIFTED = 0.25

@dataclass
class Tally:
    """What the document offers for one item."""

    dedicated: int = -1  # best answer under its own heading: -1 none, 0 empty, 1 thin, 2 full
    dedicated_words: int = 0
    paragraph_words: float = 0.0
    scattered_words: float = 0.0
    cues: set[str] = field(default_factory=set)
    blocks: list[tuple[float, Block, str | None]] = field(default_factory=list)
    #: Blocks under the item's own headings, and paragraphs mostly about it (with their
    #: text: a list is read with the sentence that leads into it).
    answers: list[tuple[Block, str]] = field(default_factory=list)
    #: Blocks that speak of it in a sentence or two, with the words they give it.
    mentions: list[tuple[float, Block, str]] = field(default_factory=list)

    def note(self, weight: float, block: Block, heading: str | None) -> None:
        self.blocks.append((weight, block, heading))

    @property
    def prose(self) -> int:
        """What passages outside the item's own headings add up to.

        Where the document has a heading for the item, the answer is under it: sentences
        in passages about other items do not make it full (a paragraph of its own can).
        """
        if self.paragraph_words >= PARAGRAPH or (
                self.dedicated < 0 and self.scattered_words >= SCATTERED
                and len(self.cues) >= SCATTERED_CUES):
            # Sentences spread through the page answer an item only when they say several
            # things about it: one phrase said again ("secondary school" in each sentence
            # of an introduction) is not an answer.
            return IN_PLACE
        return PARTLY if self.cues else NONE

    @property
    def level(self) -> int:
        if self.dedicated == 0 and self.prose < IN_PLACE:
            return NONE  # the school's own heading says the answer is still to come
        return max(self.dedicated, self.prose, NONE)

    @property
    def words(self) -> float:
        return max(self.dedicated_words, self.paragraph_words, self.scattered_words)


def tally(document: Document, kind: str, skip: set[int],
          match: Matcher | None = None) -> dict[str, Tally]:
    """Everything the document offers for each item of the kind (or of ``match``'s items)."""
    match = match or matcher(kind)
    tallies = {item_id: Tally() for item_id in match.ids}
    # Readings of the texts of this document (the same text reads the same wherever it is).
    memo = document.scratch.setdefault("sentence_words", {}).setdefault(match, {})
    parts, skip = with_lead_ins(document.parts, skip)
    # One level-one heading is the page's title, not a question (several are sections),
    # unless it asks one: a page for one question has the question as its title.
    titled = sum(1 for p in parts if p.heading is not None and p.heading.level == 1) == 1
    chosen: list[tuple[int, Part, list[Block], list[tuple[Block, list[str]]]]] = []
    under = _under(parts)
    asked: dict[int, dict[str, float]] = {}  # the items each part's heading asks for
    keys = definition_keys(document.lowered)  # the words that may mark a definition here
    headed: list[tuple[dict[int, dict[str, float]], dict[str, int]]] = []  # worked out once
    for index, part in enumerate(parts):
        if index in skip:
            continue
        listed = glossary_entries([b.text for b in part.blocks]) | contents_entries(part.blocks)
        blocks = [b for i, b in enumerate(part.blocks) if i not in listed and not (
            links_within_page(b) or links_to_a_document(b)) and not (
            kind == "sen-report" and describes_a_document(b.text))]
        answer = [b for b in blocks if not is_placeholder(b.text)]
        units = [(b, without_document_lists(without_definitions(without_aims(texts), keys)))
                 for b, texts in _units(answer)
                 if not lists_requirements(texts)]
        chosen.append((index, part, answer, [(b, texts) for b, texts in units if texts]))
    # Every passage not read before is read at once (see senreport.coverage.reading).
    unread = list(dict.fromkeys(key for _, _, _, units in chosen for _, texts in units
                                if (key := tuple(texts)) not in memo))
    memo.update(zip(unread, match.read(unread), strict=True))
    for index, part, answer, units in chosen:
        heading = part.heading.text if part.heading else None
        read = [(b, " ".join(texts), _sentence_words(match, texts, tallies, memo))
                for b, texts in units]
        owners: dict[str, float] = {}
        thin: set[str] = set()
        if heading and part.heading is not None and not (
                titled and part.heading.level == 1 and not heading.endswith("?")
                ) and not asks_no_question(heading):
            body: dict[str, float] = {}
            for _, _, reading in read:
                for item_id, share in reading.words.items():
                    body[item_id] = body.get(item_id, 0.0) + share
            texts = [b.text for b in answer]
            owners = kept_promises(kind, match.owners(heading, body, " ".join(texts)), texts)
            # A heading joining two items answers each its text speaks of; one not kin to
            # the items its words ask for most (wellbeing beside clubs) is answered thinly
            # when its text says only a line of it.
            joined = match.joined(heading, body)
            if joined:
                # ... not those another heading of the page asks for (answered there)
                headed = headed or [_headed(match, parts, skip)]
                plain, counts = headed[0]
                own = plain.get(index, {})
                elsewhere = frozenset(i for i, n in counts.items() if n > (i in own))
                joined = {i: s for i, s in match.joined(heading, body, elsewhere).items()
                          if i not in owners}
            thin = {i for i in joined if not any(k in owners for k in KIN.get(i, ()))
                    and body.get(i, 0.0) < THIN_OWN}
            owners = {**owners, **joined}
            if kind == "local-offer":
                # "In schools" over paragraphs on noticing needs answers that line of the phase
                sections, short = phase_section(heading, owners, [b.text for b in answer])
                owners, thin = {**owners, **sections}, thin | short
            parent = under[index]
            if not owners and parent is not None and kind == "sen-report":
                # A sub-heading that names no item ("For parents:", "Stage one") goes on
                # answering the items of the heading it stands under.
                owners = dict(asked.get(parent, {}))
            asked[index] = owners
            if owners:
                distinct = len(set().union(*(r.cues for _, _, r in read))) if read else 0
                _dedicate(tallies, owners, part, answer, _is_parent(parts, index), distinct,
                          thin)
        # Its paragraphs are read as under the items the heading asks for most.
        asking = {i: s for i, s in owners.items() if i not in thin}
        # What SEN is ("What is SEN?") speaks of the kinds of need only: its other words
        # are the law's, not this school's.
        only = "1" if heading and kind == "sen-report" and defines_sen(heading) else None
        for block, text, reading in read:
            _credit(tallies, block, text, heading, asking, reading, kind, only)
    return tallies


def _headed(match: Matcher, parts: tuple[Part, ...], skip: set[int]
            ) -> tuple[dict[int, dict[str, float]], dict[str, int]]:
    """The items each heading asks for by its words alone (by part), and how many of the
    page's headings ask for each item."""
    plain: dict[int, dict[str, float]] = {}
    counts: dict[str, int] = {}
    for index, part in enumerate(parts):
        if index not in skip and part.heading is not None:
            plain[index] = match.owners(part.heading.text)
            for item_id in plain[index]:
                counts[item_id] = counts.get(item_id, 0) + 1
    return plain, counts


def _under(parts: tuple[Part, ...]) -> list[int | None]:
    """For each part, the part whose heading its own stands under (the last heading of a
    higher rank before it), if its heading has a level."""
    above: list[tuple[int, int]] = []  # (level, part) of the headings above, outermost first
    found: list[int | None] = []
    for index, part in enumerate(parts):
        level = part.heading.level if part.heading is not None else 0
        if not level:
            found.append(None)
            continue
        while above and above[-1][0] >= level:
            above.pop()
        found.append(above[-1][1] if above else None)
        above.append((level, index))
    return found


def _units(blocks: Iterable[Block]) -> list[tuple[Block, list[str]]]:
    """Blocks read as paragraphs: a list is one, with the sentence that leads into it."""
    units: list[tuple[Block, list[str], object]] = []
    for block in blocks:
        element = block.element
        parent = element.getparent() if block.tag == "li" and element is not None else None
        if parent is not None and units and (units[-1][2] is parent or (
                units[-1][2] is None and units[-1][1][-1].endswith(":"))):
            lead, texts, _ = units[-1]
            units[-1] = (lead, [*texts, block.text], parent)
        else:
            units.append((block, [block.text], parent))
    return [(lead, texts) for lead, texts, _ in units]


def _is_parent(parts: tuple[Part, ...], index: int) -> bool:
    """An empty heading with sub-headings under it ("3. Our provision", then "(a) ...")."""
    heading = parts[index].heading
    if index + 1 >= len(parts) or heading is None:
        return False
    following = parts[index + 1].heading
    if following is None:
        return False
    if heading.level and following.level:
        return following.level > heading.level
    return bool(re.match(r"^\W*\d+\.?\s", heading.text)) and bool(
        re.match(r"^\W*\(?[a-g]\)", following.text))


def _dedicate(tallies: dict[str, Tally], owners: dict[str, float], part: Part,
              answer: list[Block], parent: bool, distinct: int,
              thin: set[str] | None = None) -> None:
    """Credit the items a heading asks for with its answer: full, thin or still to come.

    An answer is full when it has substance: enough words, or a short answer that names
    several particular things (cue phrases) rather than saying something general. Items
    ``thin`` are answered thinly at most, whatever the answer.
    """
    count = sum(word_count(b.text) for b in answer)
    if parent and not answer:
        return
    full = count >= SUBSTANTIAL or (count >= CONCISE and distinct >= CONCISE_CUES)
    level = IN_PLACE if full else PARTLY if count else 0
    heading = part.heading
    if heading is None:
        return  # only a heading dedicates its part
    for item_id, strength in owners.items():
        entry = tallies[item_id]
        entry.dedicated = max(entry.dedicated, min(level, PARTLY) if thin and item_id in thin
                              else level)
        entry.dedicated_words = max(entry.dedicated_words, count)
        entry.note(10.0 + count * strength, heading, heading.text)
        for block in answer:
            entry.note(5.0 + count * strength, block, heading.text)
            entry.answers.append((block, block.text))


def _sentence_words(match: Matcher, texts: list[str], tallies: dict[str, Tally],
                    memo: dict[tuple[str, ...], Reading]) -> Reading:
    """The words of a block that speak about each item (sentence by sentence), the number
    of cues of each item in it, its size and the distinct cues in it; each item's tally
    notes the item's cues found. ``memo`` holds the readings of the texts.
    """
    reading = memo[tuple(texts)]
    items_of = match.items_of
    for cue in reading.cues:
        for item_id in items_of[cue]:
            tallies[item_id].cues.add(cue)
    return reading


def _credit(tallies: dict[str, Tally], block: Block, text: str, heading: str | None,
            owners: dict[str, float], read: Reading, kind: str, only: str | None = None
            ) -> None:
    """Credit the items a block speaks about, beyond the ones its heading asks for (of
    them, ``only`` this one if given).

    A block whose main topic is one item (and has drifted from its own heading's items)
    answers that item as a paragraph of its own; otherwise each item gets the words of its
    sentences.
    """
    words, hits, size = read.words, read.hits, read.size
    if not words:
        return  # the block speaks of no item
    topical = sum(words.values())
    top = max(words.values(), default=0.0)
    # The runner-up's words: a topic with twice as many words as any other leads the block.
    second = max((w for w in words.values() if w < top), default=0.0)
    if size >= NAMED_ONCE_WORDS and kind == "sen-report":
        # In a longer paragraph an item named once does not lead it: the topics are the
        # items named twice or more (the others' sentences still count, as mentions).
        named = [w for i, w in words.items() if hits[i] >= 2] or [0.0]
        top, topical = max(named), sum(named)
        second = max((w for w in named if w < top), default=0.0)
    # Words about the people who do things (the SENCO) count in full for their own heading.
    actors = ACTORS.get(kind, {})
    drifted = sum(words.get(o, 0.0) / actors.get(o, 1.0) for o in owners) <= DRIFTED * topical
    for item_id, share in words.items():
        if item_id in owners or only is not None and item_id != only:
            continue  # already credited with the whole part
        entry = tallies[item_id]
        hit = hits[item_id]
        # About the item at all, and either its leading topic or one of two it shares.
        leads = share == top and hit >= 2 and (
            share >= DOMINANT * topical or share >= LEADS * second)
        shares = hit >= SHARED_HITS and share >= SHARED * topical
        outweighs = shares and all(share > words.get(o, 0.0) and hit >= hits.get(o, 0)
                                   for o in owners)
        dominant = (drifted or outweighs) and share >= OWN_SHARE * size and (
            leads or shares) or item_id in KIN and (
            _with_kin(item_id, words, hits, size, topical, owners))
        if not dominant and item_id == "3a" and kind == "sen-report":
            # "To judge how well our provision is working, ...": a paragraph that opens by
            # saying it is about how the provision is evaluated is item 3a's answer.
            dominant = bool(_EVALUATES.match(text))
        if dominant:
            entry.paragraph_words += size
            entry.answers.append((block, text))
        else:
            entry.mentions.append((read.best.get(item_id, 0.0), block, text))
        entry.scattered_words += share
        entry.note(share + (size if dominant else 0), block, heading)


def _with_kin(item_id: str, words: dict[str, float], hits: dict[str, int], size: int,
              topical: float, owners: dict[str, float]) -> bool:
    """A paragraph about an item and its kin together answers the item as well ("Our
    teachers pre-teach key words and break tasks into small steps; classrooms have visual
    timetables and calm corners" is how teaching is approached and how it is adapted)."""
    kin = KIN.get(item_id, ())
    if not kin:
        return False
    if any(k in owners for k in kin):
        # Under its kin's heading ("Teaching and learning"), a paragraph that speaks of the
        # item in two places or more answers it too ("... three curriculum pathways ...").
        return hits[item_id] >= 2 and words[item_id] >= KIN_SHARE * size
    together = words.get(item_id, 0.0) + sum(words.get(k, 0.0) for k in kin)
    others = sum(words.get(o, 0.0) for o in owners if o not in kin)
    return hits[item_id] >= 2 and words[item_id] >= KIN_SHARE * size and (
        together >= OWN_SHARE * size and together >= DOMINANT * topical
        and others <= DRIFTED * topical)


def level_name(level: int) -> str:
    """``in_place``, ``partly`` or ``not_in_place``."""
    return VALUES[max(NONE, min(level, IN_PLACE))]
