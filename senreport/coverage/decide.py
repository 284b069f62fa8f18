"""Coverage detection: which catalogue items a document answers, with the evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from senreport.catalogue import applies_to, items_for
from senreport.coverage import fact_items as facts
from senreport.coverage.fact_items import fact_judgement
from senreport.coverage.judgement import (
    Judgement,
    accessibility_of_offer,
    judge,
    last_block,
    phase_of,
)
from senreport.coverage.page_kind import other_document
from senreport.coverage.passages import is_placeholder, skipped_parts
from senreport.coverage.tally import (
    IN_PLACE,
    NONE,
    PARAGRAPH,
    PARTLY,
    SUBSTANTIAL,
    Tally,
    level_name,
    matcher,
    tally,
)
from senreport.document import Block, Document
from senreport.facts import Facts, extract_facts
from senreport.matching import normalise, words
from senreport.model import Report


@dataclass(frozen=True)
class Evidence:
    """A passage that supports a coverage decision."""

    excerpt: str
    xpath: str = ""
    line: int | None = None
    heading: str | None = None


@dataclass(frozen=True)
class PartAnswer:
    """A part of an item that the document answers, with the words that answer it."""

    part: str
    question: str
    quote: str
    xpath: str = ""
    line: int | None = None
    #: The part in a school's words ("how specialist equipment is obtained").
    what: str = ""


@dataclass(frozen=True)
class PartsFound:
    """Which parts of an item are answered, which are missing, and why it falls short."""

    answered: tuple[PartAnswer, ...] = ()
    #: (part id, what is missing in a school's words)
    missing: tuple[tuple[str, str], ...] = ()
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemCoverage:
    """The decision for one item: in_place, partly or not_in_place, and why."""

    item: str
    value: str
    score: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    applies: bool = True
    parts: PartsFound = PartsFound()


@dataclass(frozen=True)
class Coverage:
    """Coverage of every item of a kind of document."""

    kind: str
    items: dict[str, ItemCoverage]
    #: What the page is instead, when it is plainly not a SEN information report.
    other: str | None = None

    def value(self, item: str) -> str:
        """``in_place``, ``partly`` or ``not_in_place`` for an item id."""
        return self.items[item].value

    def to_dict(self) -> dict[str, str]:
        """The contract's ``coverage`` object: every id with its value."""
        return {item_id: decision.value for item_id, decision in self.items.items()}

    def evidence_dict(self) -> dict[str, Any]:
        """Evidence per item: the passages that decided, the parts answered (quoted, located)
        and the parts missing, and why the item falls short of in place."""
        return {
            item_id: {
                "value": decision.value,
                "passages": [
                    {"excerpt": e.excerpt, "xpath": e.xpath, "line": e.line,
                     "heading": e.heading}
                    for e in decision.evidence
                ],
                "answered": [
                    {"part": a.part, "question": a.question, "quote": a.quote,
                     "xpath": a.xpath, "line": a.line}
                    for a in decision.parts.answered
                ],
                "missing": [{"part": part, "what": what}
                            for part, what in decision.parts.missing],
                "why": list(decision.parts.reasons),
            }
            for item_id, decision in self.items.items()
        }


# --- detection ------------------------------------------------------------------------------
# The scoring itself lives in senreport.coverage.tally (topics) and senreport.coverage.fact_items
# (items that are facts). This module decides and explains.

#: A page with no heading for any item that never mentions special educational needs or
#: disability answers none of the items, whatever words it happens to share with them
#: (a lunch menu's "teaching assistants").
ABOUT_SEND = re.compile(
    r"\b(SEN|SEND|SENCO|SENDCO|SENCo|SENDCo|EHCP?|SENDIASS)\b|(?i:special education(al)? need|"
    r"disabilit|additional (educational )?needs|learning difficult|education,? health and care|"
    r"inclusion|additional support needs|neurodivers|autis|local offer|hearing[- ]impair|"
    r"visual(ly)?[- ]impair|teachers? of the deaf|dyslexi)",
)


def detect_coverage(document: Document, kind: str, school_type: str = "mainstream",
                    report: Report | None = None, found: Facts | None = None) -> Coverage:
    """Decide, for every item of the kind, whether the document covers it.

    ``found``: the facts already read from the document (read here when not given).
    """
    skip = skipped_parts(document)
    tallies = tally(document, kind, skip)
    if kind == "sen-report" and report is None and all(
            t.dedicated < 0 for t in tallies.values()) and not ABOUT_SEND.search(document.text):
        return Coverage(kind, {item.id: ItemCoverage(item.id, "not_in_place",
                                                     applies=applies_to(item, school_type))
                               for item in items_for(kind)})
    elsewhere = other_document(document) if kind == "sen-report" and report is None else None
    if elsewhere is not None:
        why = PartsFound(reasons=(f"this page is {elsewhere}, not a SEN information report",))
        return Coverage(kind, {item.id: ItemCoverage(item.id, "not_in_place",
                                                     applies=applies_to(item, school_type),
                                                     parts=why)
                               for item in items_for(kind)}, other=elsewhere)
    levels = {item_id: entry.level for item_id, entry in tallies.items()}
    extra: dict[str, tuple[Block | None, str | None]] = {}
    judged: dict[str, Judgement] = {}
    lifted: set[str] = set()
    if kind == "sen-report":
        lifted = facts.apply_essentials(levels, tallies)
        if found is None:
            found = extract_facts(document)
        for item_id, finder in zip(FACT_ITEMS, (facts.senco, facts.local_offer), strict=True):
            if item_id in levels:
                _, block, heading = finder(document, skip)
                judged[item_id] = fact_judgement(item_id, found, tallies[item_id], block,
                                                 heading)
                levels[item_id] = judged[item_id].level
                extra[item_id] = (block, heading)
    if kind in JUDGED_KINDS:
        phase, cut = phase_of(document), last_block(document)
        # A page that answers under headings: many items have their own, or the page has
        # many headed parts (warm headings, "Friends beyond our gate", that name no item:
        # an item's own answer stands under one of them, not in passing words elsewhere);
        # fewer on a page cut off, which shows only its opening.
        at = HEADED_ITEMS if cut is None else HEADED_ITEMS_CUT
        headed = sum(entry.dedicated >= 1 for entry in tallies.values()) >= at or sum(
            1 for part in document.parts if part.heading is not None and part.blocks
            and part.heading.level > 1) >= at
        for item_id, entry in tallies.items():
            if item_id in judged:
                continue
            if kind == "local-offer" and item_id == "general.accessibility":
                judged[item_id] = accessibility_of_offer(document)
            else:
                judged[item_id] = judge(item_id, kind, entry, levels[item_id], phase, cut,
                                        lifted=item_id in lifted, document=document,
                                        headed=headed, school_type=school_type)
            levels[item_id] = judged[item_id].level
    if report is not None and any(s.item in levels for s in report.sections):
        _structured(report, kind, levels, tallies)
    decisions = {}
    for item in items_for(kind):
        entry = tallies[item.id]
        decisions[item.id] = ItemCoverage(
            item.id, level_name(levels[item.id]), round(entry.words, 1),
            _evidence(entry, *extra.get(item.id, (None, None))), applies_to(item, school_type),
            _parts_of(judged.get(item.id), levels[item.id]),
        )
    return Coverage(kind, decisions)


#: Items with headings of their own that make a report one that answers under headings: an
#: item it gives no heading of its own is then only mentioned elsewhere, in passing.
HEADED_ITEMS = 8
#: ... or this many on a page cut off (a page's opening 2,000 characters hold a third of it).
HEADED_ITEMS_CUT = 4

#: Kinds whose items are judged by their parts (the others by their topic alone).
JUDGED_KINDS = ("sen-report", "local-offer")


def _parts_of(judgement: Judgement | None, level: int) -> PartsFound:
    """What the item's evidence says of its parts (nothing is answered when it is missing)."""
    if judgement is None:
        return PartsFound()
    answered = tuple(PartAnswer(p.id, p.question, quote, block.xpath, block.line, p.missing)
                     for p, block, quote in judgement.answered) if level > NONE else ()
    missing = tuple((p.id, p.missing) for p in judgement.missing) if level < IN_PLACE else ()
    reasons = tuple(judgement.reasons) if level < IN_PLACE else ()
    return PartsFound(answered, missing, reasons)


#: Items of a SEN information report decided by a fact wherever it stands (the SENCO's name
#: and contact details, where the Local Offer is published).
FACT_ITEMS = ("4", "13")


def _evidence(entry: Tally, block: Block | None, heading: str | None) -> tuple[Evidence, ...]:
    """The passages that decided, strongest first (at most three, one per element)."""
    ranked = sorted(entry.blocks, key=lambda noted: -noted[0])
    if block is not None:
        ranked.insert(0, (0.0, block, heading))
    found: list[Evidence] = []
    for _, passage, under in ranked:
        if any(e.xpath == passage.xpath for e in found):
            continue
        found.append(Evidence(passage.text[:200], passage.xpath, passage.line, under))
        if len(found) == 3:
            break
    return tuple(found)


def _structured(report: Report, kind: str, levels: dict[str, int],
                tallies: dict[str, Tally]) -> None:
    """A report that files its sections by item: each item is answered by its own section.

    An item with no section of its own is answered, at best, partly: when a paragraph
    filed under another item is about it; a mention in passing is not an answer.
    """
    filed: dict[str, list[str]] = {}
    for section in report.sections:
        if section.item in levels:
            text = re.sub(r"<[^>]+>", " ", section.body)
            filed.setdefault(section.item, []).append(text)
    for item_id in levels:
        texts = [t for t in filed.get(item_id, ()) if not is_placeholder(t)]
        count = sum(len(words(t)) for t in texts)
        if item_id in filed:
            level = IN_PLACE if count >= SUBSTANTIAL else PARTLY if count else NONE
            if kind == "sen-report":
                level = facts.essential_level(item_id, level, texts)
            levels[item_id] = max(level, levels[item_id]) if level else NONE
        elif kind != "sen-report" or item_id not in FACT_ITEMS or levels[item_id] < IN_PLACE:
            about = tallies[item_id].paragraph_words >= PARAGRAPH
            levels[item_id] = min(levels[item_id], PARTLY) if about else NONE
    if kind == "sen-report":
        # The writers show these facts inside their own section only: no section, no answer.
        if "4" in filed and report.senco.name and (report.senco.email or report.senco.phone):
            levels["4"] = IN_PLACE
        if "13" in filed and report.local_offer.url:
            levels["13"] = IN_PLACE


def part_scores(heading: str | None, body: str, kind: str = "sen-report") -> dict[str, float]:
    """How strongly a heading and its text answer each item (for filing passages by item)."""
    match = matcher(kind)
    scores: dict[str, float] = {}
    if heading:
        for item_id, score in match.owners(heading).items():
            scores[item_id] = 2.0 * score + 1.0
    for item_id, cue_set in match.cues.hits(normalise(body)).items():
        scores[item_id] = scores.get(item_id, 0.0) + 0.5 * min(len(cue_set), 4)
    if kind == "sen-report":
        text = f"{heading or ''} {body}"
        if facts.ROLE.search(text) and (facts.EMAIL.search(text) or facts.PHONE.search(text)):
            scores["4"] = scores.get("4", 0.0) + 2.5
        if heading and re.search(r"local\s+offer", heading, re.IGNORECASE):
            scores["13"] = scores.get("13", 0.0) + 2.5
    return scores
