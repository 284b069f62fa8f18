"""Coverage detection: which catalogue items a document answers, with the evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from senreport.catalogue import applies_to, items_for
from senreport.document import Block, Document
from senreport.matching import CueSet, TitleIndex, normalise, words
from senreport.model import Report


@dataclass(frozen=True)
class Evidence:
    """A passage that supports a coverage decision."""

    excerpt: str
    xpath: str = ""
    line: int | None = None
    heading: str | None = None


@dataclass(frozen=True)
class ItemCoverage:
    """The decision for one item: in_place, partly or not_in_place, and why."""

    item: str
    value: str
    score: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    applies: bool = True


@dataclass(frozen=True)
class Coverage:
    """Coverage of every item of a kind of document."""

    kind: str
    items: dict[str, ItemCoverage]

    def value(self, item: str) -> str:
        """``in_place``, ``partly`` or ``not_in_place`` for an item id."""
        return self.items[item].value

    def to_dict(self) -> dict[str, str]:
        """The contract's ``coverage`` object: every id with its value."""
        return {item_id: decision.value for item_id, decision in self.items.items()}

    def evidence_dict(self) -> dict[str, Any]:
        """Evidence per item, for reports that show why."""
        return {
            item_id: [
                {"excerpt": e.excerpt, "xpath": e.xpath, "line": e.line, "heading": e.heading}
                for e in decision.evidence
            ]
            for item_id, decision in self.items.items()
        }


# --- detection ------------------------------------------------------------------------------

#: Points of evidence needed for each decision.
IN_PLACE, PARTLY = 3.0, 1.0
HEADING_MATCH = 0.5
SUBSTANTIAL_WORDS = 30
_ROLE = re.compile(
    r"\b(SENCO|SENDCO|SEN\s*Co|SEND\s*Co|SEN(D)?\s+co-?ordinator|special educational needs "
    r"(and disabilit(y|ies) )?co-?ordinator|inclusion (lead|leader|manager|co-?ordinator)|"
    r"head of inclusion|learning support (manager|co-?ordinator))\b",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\[at\]|\(at\)|\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b|"
    r"\+44\s?\d|\btelephone\b|\bphone\b|\bemail\b|\be-mail\b|\bcontact (her|him|them)\b",
    re.IGNORECASE,
)
_LOCAL_OFFER = re.compile(r"local\s+offer", re.IGNORECASE)


@lru_cache(maxsize=8)
def _indexes(kind: str) -> tuple[CueSet, TitleIndex]:
    items = items_for(kind)
    cues = CueSet.build({item.id: item.cues for item in items})
    titles = {item.id: _titles(item) for item in items}
    return cues, TitleIndex(titles)


def _titles(item: object) -> list[str]:
    titles = [getattr(item, "heading", "")]
    for name in ("wording", "description"):
        value = getattr(item, name, "")
        if value:
            titles.append(value)
    titles.extend(getattr(item, "faq", ()))
    titles.extend(getattr(item, "requirements", ()))
    return [t for t in titles if t]


class _Tally:
    def __init__(self) -> None:
        self.points: dict[str, float] = {}
        self.evidence: dict[str, list[Evidence]] = {}

    def add(self, item_id: str, points: float, block: Block | None, heading: str | None) -> None:
        self.points[item_id] = self.points.get(item_id, 0.0) + points
        if block is not None:
            bucket = self.evidence.setdefault(item_id, [])
            if len(bucket) < 3 and all(e.xpath != block.xpath for e in bucket):
                bucket.append(Evidence(block.text[:200], block.xpath, block.line, heading))


def detect_coverage(document: Document, kind: str, school_type: str = "mainstream",
                    report: Report | None = None) -> Coverage:
    """Decide, for every item of the kind, whether the document covers it."""
    cues, titles = _indexes(kind)
    tally = _Tally()
    for part in document.parts:
        heading_text = part.heading.text if part.heading else None
        body_words = sum(len(words(b.text)) for b in part.blocks)
        matched: set[str] = set()
        if part.heading is not None:
            heading_hits = cues.hits(normalise(part.heading.text))
            scores = titles.scores(part.heading.text)
            for item_id, cue_set in heading_hits.items():
                scores[item_id] = max(scores.get(item_id, 0.0), 0.6 + 0.2 * len(cue_set))
            if scores:
                best = max(scores.values())
                for item_id, score in scores.items():
                    if score >= HEADING_MATCH and score >= best - 0.15:
                        matched.add(item_id)
                        weight = 2.0 if body_words >= SUBSTANTIAL_WORDS else 1.0
                        if body_words >= 3 * SUBSTANTIAL_WORDS:
                            weight = 2.5
                        tally.add(item_id, weight, part.heading, heading_text)
        for block in part.blocks:
            for item_id, cue_set in cues.hits(normalise(block.text)).items():
                points = 0.75 * min(len(cue_set), 3)
                if item_id in matched:
                    points += 0.5
                tally.add(item_id, points, block, heading_text)
    if kind == "sen-report":
        _special_items(document, tally)
    if report is not None:
        _structured_sections(report, tally)
    decisions = {}
    for item in items_for(kind):
        points = tally.points.get(item.id, 0.0)
        value = "in_place" if points >= IN_PLACE else "partly" if points >= PARTLY else "not_in_place"
        decisions[item.id] = ItemCoverage(
            item.id, value, round(points, 2), tuple(tally.evidence.get(item.id, ())),
            applies_to(item, school_type),
        )
    return Coverage(kind, decisions)


def _special_items(document: Document, tally: _Tally) -> None:
    """Items whose evidence is a fact rather than a topic: the SENCO and the Local Offer."""
    senco_points = 0.0
    for part in document.parts:
        heading_text = part.heading.text if part.heading else None
        blocks = ([part.heading] if part.heading else []) + list(part.blocks)
        role_blocks = [b for b in blocks if _ROLE.search(b.text)]
        if role_blocks:
            near = " ".join(b.text for b in blocks[:8])
            points = 3.0 if _CONTACT.search(near) else 1.5
            if points > senco_points:
                tally.add("4", points - senco_points, role_blocks[0], heading_text)
                senco_points = points
    offer_points = 0.0
    for block in document.blocks:
        if not _LOCAL_OFFER.search(block.text):
            continue
        element = block.element
        linked = element is not None and any(
            _LOCAL_OFFER.search(a.text_content() or "") or "offer" in (a.get("href") or "").lower()
            for a in element.iter("a")
        )
        linked = linked or "http" in block.text or "www." in block.text
        points = 3.0 if linked else 1.5
        if points > offer_points:
            tally.add("13", points - offer_points, block, None)
            offer_points = points


def _structured_sections(report: Report, tally: _Tally) -> None:
    """A section the report itself files under an item is evidence for that item."""
    for section in report.sections:
        text = re.sub(r"<[^>]+>", " ", section.body)
        count = len(words(text))
        if count >= 15:
            points = IN_PLACE
        elif count:
            points = PARTLY
        else:
            continue
        current = tally.points.get(section.item, 0.0)
        if current < points:
            tally.points[section.item] = points

def part_scores(heading: str | None, body: str, kind: str = "sen-report") -> dict[str, float]:
    """How strongly a heading and its text answer each item (for filing passages by item)."""
    cues, titles = _indexes(kind)
    scores: dict[str, float] = {}
    if heading:
        for item_id, score in titles.scores(heading).items():
            if score >= HEADING_MATCH:
                scores[item_id] = 2.0 * score
        for item_id, cue_set in cues.hits(normalise(heading)).items():
            scores[item_id] = scores.get(item_id, 0.0) + 1.5 + 0.5 * len(cue_set)
    for item_id, cue_set in cues.hits(normalise(body)).items():
        scores[item_id] = scores.get(item_id, 0.0) + 0.5 * min(len(cue_set), 4)
    if kind == "sen-report":
        text = f"{heading or ''} {body}"
        if _ROLE.search(text) and _CONTACT.search(text):
            scores["4"] = scores.get("4", 0.0) + 2.5
        if _LOCAL_OFFER.search(heading or ""):
            scores["13"] = scores.get("13", 0.0) + 2.5
    return scores
