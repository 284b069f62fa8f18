"""The written guide, applied: is an item in place, partly in place or missing, and why.

:mod:`senreport.coverage.tally` finds what the document says about each item. This module
judges it the way a careful reader does (``docs/judging.rst``):

* ``in_place``: every part the item's wording requires is answered, with substance;
* ``partly``: the item is touched but not answered: a line or two, an answer that only
  points elsewhere ("see our SEND policy"), a part missing, or an answer cut off;
* ``not_in_place``: nothing answers it: a heading with nothing under it, a contents list,
  a word in passing inside another item's answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from senreport.catalogue.parts import SECONDARY_PHASES, ItemPart, parts_of
from senreport.coverage.kinds_of_need import lists_kinds_of_need, only_as_defined
from senreport.coverage.offer_phases import of_its_phase
from senreport.coverage.pointers import (
    aim_words,
    deferring_words,
    defers,
    document_words,
    law_words,
    more_elsewhere,
    points_to_document,
    sentence_words,
)
from senreport.coverage.tally import IN_PLACE, NONE, PARTLY, SCATTERED_CUES, THIN_OWN, Tally
from senreport.document import Block, Document
from senreport.textscan import case_folded, fold, found_at_literals, word_count

#: A sentence that gives an item fewer words than this only mentions it in passing.
MENTION_WORDS = 5.0
#: A Local Offer page is about one topic: other lines it touches in a sentence are asides.
MENTION_WORDS_LOCAL_OFFER = 8.0
#: Words an answer outside the item's own heading needs to be full: a paragraph of its
#: own, or sentences spread through the page.
PROSE_FULL, SCATTERED_FULL = 25, 60
#: Where the page answers under headings, words spread through other items' answers under
#: this many still only mention an item in passing (a heading of its own, or one asking for
#: it among others, is how such a page answers an item).
SCATTERED_PASSING = 80
#: ... or this many, when they answer every one of the item's parts.
SCATTERED_PARTS = 45
#: Of which, words in sentences about the item itself (not shared with other items).
OWN_WORDS = 25
#: A passage whose words are mostly about the item is a (thin) answer of its own, not a
#: mention in passing inside another answer.
OWN_BLOCK = 0.6
#: Words of its own a complaints answer needs beside a pointer to the complaints policy,
#: naming the steps ("speak to the class teacher first, then the SENCO, then the
#: headteacher"): at least this many people or bodies, or an answer's full length.
OWN_STEPS, STEPS = 10, 3
#: Words an answer under the item's own heading needs to be more than a line or two.
ANSWER_FULL = 25
#: ... or, when a "Find out more" link under it sends the reader on, to be more than a
#: summary of an answer given elsewhere.
SUMMARY_WORDS = 2 * ANSWER_FULL

#: How a sentence closes: a block whose text stops otherwise was cut off mid-way.
_CLOSED = re.compile(r"[.!?)\"'”’]\s*$|\b(etc|e\.g|i\.e)\.?\s*$")
#: Signs that the school teaches older pupils (preparing for adulthood is then asked).
_SECONDARY = re.compile(
    r"\b(years? (9|10|11|12|13)\b|gcses?|key stage (4|5)|ks[45]\b|sixth form|post-?16 "
    r"(provision|students|options)|students? aged (1[1-9])|11-1[68])",
)  # searched in lower case (faster than IGNORECASE)
#: What each of its matches opens with (see :func:`found_at_literals`).
_SECONDARY_OPENINGS = ("year", "gcse", "key stage", "ks", "sixth form", "post", "student", "11-1")


@dataclass
class Judgement:
    """An item's value, with the parts answered and missing and why it is not in place."""

    level: int
    answered: list[tuple[ItemPart, Block, str]] = field(default_factory=list)
    missing: list[ItemPart] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def phase_of(document: Document) -> str | None:
    """``secondary`` when the page shows the school teaches older pupils, else ``None``."""
    low = document.lowered
    if not any(key in low for key in _SECONDARY_KEYS):
        return None  # the pattern is slow on long pages; most hold none of its words
    return "secondary" if found_at_literals(_SECONDARY, _SECONDARY_OPENINGS, low) else None


def last_block(document: Document) -> Block | None:
    """The last block of text, if the page stops in the middle of it (cut off)."""
    for block in reversed(document.blocks):
        if block.text.strip():
            return None if _CLOSED.search(block.text) else block
    return None



#: Words every phase sign holds (a cheap test first).
_SECONDARY_KEYS = ("year", "gcse", "key stage", "ks4", "ks5", "sixth", "post", "aged", "11-1")


def _answers_a_phase_part(kind: str, item_id: str, blocks: list[tuple[Block, str]]) -> bool:
    """Whether the text answers a part asked only of older pupils' schools (preparing for
    adulthood), where the page did not show the school teaches them."""
    return any(part.phases and part.answered_in(text)
               for part in parts_of(kind, item_id, SECONDARY_PHASES[0]) for _, text in blocks)


def judge(item_id: str, kind: str, entry: Tally, level: int, phase: str | None,
          cut: Block | None, lifted: bool = False,
          document: Document | None = None, headed: bool = False,
          school_type: str = "mainstream") -> Judgement:
    """Apply the guide to what the tally found for one item, starting from ``level``.

    ``lifted``: the item's essential fact is given (how to complain, a support service's
    contact details), which makes even a short answer full. ``school_type``: a special
    school's need it caters for answers item 1.
    """
    result = Judgement(level)
    special = school_type == "special"
    answers = entry.answers
    least = MENTION_WORDS_LOCAL_OFFER if kind == "local-offer" else MENTION_WORDS
    # A sentence that only sends the reader to someone ("please contact the class teacher")
    # answers nothing about the items its words happen to name, but for complaints: "If
    # you have a complaint, please contact the school office" is how to complain, thinly.
    mentions = [(b, text) for w, b, text in entry.mentions
                if w >= least and not (item_id != _COMPLAINTS and word_count(text) < 40
                                        and defers(text))
                and (kind != "local-offer" or of_its_phase(item_id, text))]
    if kind == "sen-report" and item_id == "1" and document is not None and level > NONE and (
            entry.dedicated < 1 and not answers and not mentions) and lists_kinds_of_need(
            entry, document, special):
        # The kinds of need written as a list of short lines ("Cognition and Learning").
        return _kinds_listed(entry)
    if level > NONE and entry.dedicated < 1 and not answers and not mentions and (
            entry.scattered_words < SCATTERED_FULL):
        # Only words in passing inside other answers: nothing answers the item.
        result.level = NONE
        result.reasons.append("it is only mentioned in passing")
        return result
    texts = answers or mentions
    spoken = texts + mentions
    # The item's own answers speak to its parts in any of their words; sentences inside
    # other answers only in the parts' own terms.
    _parts(result, kind, item_id, spoken, phase, own={text for _, text in answers})
    # An item's own answer of some length that answers none of its parts ("Accessibility
    # and facilities" over the length of the day) is about something else, whatever
    # sentences elsewhere touch: those are passing mentions.
    said = sum(word_count(text) for _, text in answers)
    own_blocks = {id(block) for block, _ in answers}
    answers_none = bool(result.missing) and not any(
        id(block) in own_blocks for _, block, _ in result.answered) and (
        not result.answered or kind == "sen-report" and said >= ANSWER_FULL)
    # A heading over a pointer ("Full details are in our SEND Policy ...") is a thin answer
    # that sends the reader elsewhere, not an answer to another question.
    deferring = sum(deferring_words(text) for _, text in answers)
    pointer = entry.dedicated >= 1 and bool(answers) and deferring * 2 >= said
    if answers_none and not pointer and (
            kind == "local-offer" or item_id != "1" and entry.words >= ANSWER_FULL
            ) and not _answers_a_phase_part(kind, item_id, spoken):
        # A line's or item's parts are particular ("how to ask for an EHC needs assessment"):
        # text of some length that answers none of them is about something else (item 1 is
        # answered by the kinds of need it lists, below).
        result.level = NONE
        result.reasons.append("nothing says " + result.missing[0].missing)
        return result
    offered = item_id in _OFFERED and bool(result.answered)
    pervasive = school_type in ("special", "nursery") and item_id in _PERVASIVE
    if kind == "sen-report" and item_id != "1" and _in_passing(
            entry, headed and not lifted and not offered and not pervasive or answers_none,
            item_id):
        # Sentences elsewhere that touch the item's words but answer none of its questions.
        result.level = NONE
        result.reasons.append("it is only mentioned in passing")
        return result
    if (kind == "sen-report" and item_id == "1" and entry.dedicated < 1 and not answers
            and any(sentence_words(text, _kinds_elsewhere) for _, text in mentions)):
        # "The kinds of need we provide for are set out in our SEND Policy": the page says
        # its answer is elsewhere, whatever needs its other answers name on the way.
        result.level = PARTLY
        result.reasons.append("the answer mostly points to another document or person")
        return result
    if kind == "sen-report" and item_id == "1" and document is not None and lists_kinds_of_need(
            entry, document, special):
        listed = _kinds_listed(entry)
        listed.answered, listed.missing = result.answered, []
        return listed
    if result.level < IN_PLACE:
        if result.level == PARTLY and not answers and not mentions and entry.dedicated < 1:
            result.level = NONE
        elif result.level == PARTLY and not lifted:
            result.reasons.append("the answer mostly points to another document or person"
                                  if pointer else "the answer is only a line or two")
        return result
    if lifted and item_id == "9" and not _complaint_steps(texts):
        # "Complaints follow our complaints policy, on the Policies page" names the
        # procedure but sends the reader elsewhere for how to complain; "talk to the class
        # teacher first" is one step of it.
        result.level = PARTLY
        result.reasons.append("the answer mostly points to another document or person")
        return result
    # An answer that gives only what the law asks of schools says nothing of this one's (a
    # local authority's page saying what the law asks of it is its own answer).
    whole = sum(word_count(text) for _, text in texts)
    law = sum(law_words(text) for _, text in texts) if kind == "sen-report" else 0
    if law and whole - law < ANSWER_FULL:
        result.level = min(result.level, PARTLY)
        result.reasons.append("the answer gives what the law asks of schools, not what this "
                              "school does")
        return result
    if lifted:
        return result
    if entry.dedicated == IN_PLACE:
        full = entry.dedicated_words >= ANSWER_FULL
    else:
        # Sentences spread through the page answer the item when they add up, sooner when
        # between them they answer every part it has.
        spread = SCATTERED_PARTS if (kind == "sen-report" and result.answered
                                     and not result.missing) else SCATTERED_FULL
        full = (entry.paragraph_words >= PROSE_FULL and entry.scattered_words >= OWN_WORDS
                or entry.scattered_words >= spread and (
                    entry.paragraph_words > 0 or len(entry.cues) >= SCATTERED_CUES)
                and not (0 < entry.paragraph_words < THIN_OWN
                         and entry.scattered_words < 2 * spread))
    if not full:
        result.level = PARTLY
        result.reasons.append("the answer is only a line or two")
    aims = sum(aim_words(text) for _, text in texts)
    if aims and whole - aims < ANSWER_FULL:
        result.level = PARTLY
        result.reasons.append("the answer says what the school aims for, not what it does")
    if deferring and said - deferring < ANSWER_FULL:
        result.level = PARTLY
        result.reasons.append("the answer mostly points to another document or person")
    # A summary with "Find out more" under it: the school puts the answer on another page.
    more = sum(word_count(text) for _, text in answers if more_elsewhere(text))
    if more and said - more < SUMMARY_WORDS:
        result.level = PARTLY
        result.reasons.append("the answer mostly points to another document or person")
    if cut is not None and any(b.xpath == cut.xpath for b, _ in texts) and (
            said - word_count(cut.text) < 2 * ANSWER_FULL):
        result.level = PARTLY
        result.reasons.append("the answer stops mid-way")
    if result.missing:
        result.level = PARTLY
    return result


#: The item on complaints (see :func:`judge`).
_COMPLAINTS = "9"
#: The people and bodies a complaint goes to, step by step.
_STEP = re.compile(r"\b(class teacher|teacher|form tutor|tutor|key (?:worker|person)|send?cos?|"
                   r"inclusion (?:lead|leader|manager)|head ?teacher|head of school|principal|"
                   r"(?:deputy|assistant) head|governors?|governing body|trust|local authority|"
                   r"council|sendias\w*|ombudsman|tribunal|department for education|"
                   r"secretary of state|mediation)\b", re.IGNORECASE)
_STEP_FOLDED = case_folded(_STEP)  # searched in the text folded to lower case: far faster


def _complaint_steps(texts: list[tuple[Block, str]]) -> bool:
    """Whether a complaints answer says, in its own words, how to complain: beside any
    pointer to the policy, enough words naming enough steps, or a full answer's length."""
    own = sum(word_count(text) - document_words(text) for _, text in texts)
    steps = {text[m.start(1):m.end(1)].lower() for _, text in texts for m in (
        _STEP_FOLDED.finditer(fold(text)) if _STEP_FOLDED else _STEP.finditer(text))}
    return own >= ANSWER_FULL or own >= OWN_STEPS and len(steps) >= STEPS


#: Item 1's question in a sentence's words ("the kinds of special educational needs").
_KINDS_OF_NEED = re.compile(r"\b(kinds?|types?|range|areas?) of (special educational )?needs?\b",
                            re.IGNORECASE)


def _kinds_elsewhere(sentence: str) -> bool:
    """A sentence that says where the kinds of need are given, not which they are ("The
    kinds of need we provide for are set out in our SEND Policy")."""
    return _KINDS_OF_NEED.search(sentence) is not None and (
        defers(sentence) or points_to_document(sentence))


def _kinds_listed(entry: Tally) -> Judgement:
    """Item 1 with the kinds of need listed: in place, or partly when they are given only as
    the Code of Practice's four areas, not as the needs the school provides for."""
    if only_as_defined(entry):
        listed = Judgement(PARTLY)
        listed.reasons.append("it gives the Code of Practice's four areas of need, not the "
                              "needs the school provides for")
        return listed
    return Judgement(IN_PLACE)


#: Items whose words inside another answer still offer it to parents, thinly ("Parents can
#: get independent advice from the local SENDIASS"), where their narrower words are there.
_OFFERED = ("11",)


#: Items named in more words inside other answers before they are more than in passing: a
#: therapist under extra support is how that is met, not how other bodies are involved.
_PASSING_AT = {"10": 150}
#: Items a special school's or nursery's whole page speaks to (how pupils are taught, how
#: lessons and rooms are adapted, the extra support they have): sentences across the page
#: answer them, heading or none.
_PERVASIVE = ("3c", "3d", "3e")


def _in_passing(entry: Tally, elsewhere_is_not_enough: bool, item_id: str) -> bool:
    """Whether the item is only touched inside other items' answers: no heading or passage
    of its own, no passage mostly about it, too few words spread through the page, and
    (``elsewhere_is_not_enough``) the page answers under headings or the sentences answer
    none of the item's parts."""
    return (elsewhere_is_not_enough and entry.dedicated < 1 and not entry.answers
            and entry.scattered_words < _PASSING_AT.get(item_id, SCATTERED_PASSING)
            and not any(w >= OWN_BLOCK * word_count(text) for w, _, text in entry.mentions))


def _parts(result: Judgement, kind: str, item_id: str, blocks: list[tuple[Block, str]],
           phase: str | None, own: set[str]) -> None:
    """Which of the item's parts the blocks answer (a quote for each), and which are missing.

    The item's ``own`` answers speak to a part in any of its words; other texts (sentences
    inside other items' answers) only in the part's own terms."""
    # The first block holding each text: a text repeated answers no part its first did not.
    firsts: dict[str, Block] = {}
    for block, text in blocks:
        firsts.setdefault(text, block)
    whole = " ".join(firsts)
    for part in parts_of(kind, item_id, phase):
        if part.every_sign:  # found across the answer as a whole
            match = part.answered_in(whole) if firsts else None
            holder = next(((t, b) for t, b in firsts.items() if match and match.group(0) in t),
                          None)
            if match and holder is not None:
                result.answered.append((part, holder[1], _quote(holder[0], holder[0].find(
                    match.group(0)))))
            else:
                result.missing.append(part)
            continue
        for text, block in firsts.items():
            match = part.answered_in(text, text not in own)
            if match:
                result.answered.append((part, block, _quote(text, match.start())))
                break
        else:
            result.missing.append(part)


def _quote(text: str, at: int) -> str:
    """The sentence around ``at``, at most 160 characters."""
    start = max(text.rfind(". ", 0, at) + 2, 0) if ". " in text[:at] else 0
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    quote = text[start:end].strip()
    return quote if len(quote) <= 160 else quote[:157].rstrip() + "..."


_OFFLINE = re.compile(
    r"(?<!\d)0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)|\b(helpline|drop-?in|face[- ]to[- ]face|"
    r"in person|printed cop|paper cop|call us|ring us|phone us|visit us|telephone)",
    re.IGNORECASE)
_SIGNPOSTED = re.compile(r"\b(search|a to z|a-z|directory|browse|quick links|site ?map|"
                         r"find (services|information|support|out more)|signpost)",
                         re.IGNORECASE)


def accessibility_of_offer(document: Document) -> Judgement:
    """Local Offer rubric, general.accessibility, read from the whole page: can families find
    their way (search, a directory, links) and reach someone without the internet (a
    helpline, a drop-in, a telephone number)?"""
    text = document.text
    ways = {m.group(0).lower(): m for m in _SIGNPOSTED.finditer(text)}
    # One link or one directory is a pointer: the site is signposted when it offers more
    # than one way to find things (a search and an A to Z, a directory and quick links).
    found = {"signposted": next(iter(ways.values())) if len(ways) >= 2 else None,
             "offline": _OFFLINE.search(text)}
    result = Judgement(NONE)
    for part in parts_of("local-offer", "general.accessibility"):
        match = found.get(part.id)
        block = _block_holding(document, match.group(0)) if match else None
        if match and block is not None:
            result.answered.append((part, block, _quote(block.text, block.text.find(
                match.group(0)))))
        else:
            result.missing.append(part)
    result.level = IN_PLACE if not result.missing else PARTLY if result.answered else NONE
    return result


def _block_holding(document: Document, words: str) -> Block | None:
    return next((b for b in document.blocks if words in b.text), None)
