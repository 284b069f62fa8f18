"""Scoring: each page checked, then the pages of one authority combined line by line.

A Local Offer is many pages. Each page is checked as the ``check`` command would; then,
for every rubric line, the page that answers it best decides the score (Yes, Partial or
No), and the passages that decided it are kept as the evidence, with their addresses.
Pure: no network, no files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from senreport.audit.rubric import Rubric
from senreport.catalogue.local_offer import SCORES
from senreport.check import CheckResult, check
from senreport.coverage.passages import skipped_parts
from senreport.coverage.tally import Matcher, Tally, level_name, tally
from senreport.document import Document, normalise_space
from senreport.findings import fingerprint
from senreport.rules.registry import REGISTRY

#: Coverage value -> the rubric's own word.
SCORE_OF: dict[str, str] = {value: word for word, value in SCORES.items()}
NOT_APPLICABLE = "n/a"
LEVEL: dict[str, int] = {"not_in_place": 0, "partly": 1, "in_place": 2}
#: Evidence passages kept per line, and the length of each excerpt.
EVIDENCE_KEPT, EXCERPT_LENGTH = 3, 240
#: The code a finding about a rubric line gets when the line is not a built-in one.
AMENDED_LINE_CODE = "LO100"

_MATCHERS: dict[str, Matcher] = {}


@dataclass(frozen=True)
class LineEvidence:
    """A passage that supports a line's score, and the page it stands on."""

    excerpt: str
    url: str
    heading: str | None = None
    xpath: str = ""
    line: int | None = None
    strength: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The evidence as JSON."""
        return {"excerpt": self.excerpt, "url": self.url, "heading": self.heading,
                "xpath": self.xpath, "line": self.line, "strength": self.strength}


@dataclass(frozen=True)
class LineScore:
    """One rubric line on one page (or combined over a site)."""

    value: str  # in_place | partly | not_in_place
    strength: float = 0.0
    evidence: tuple[LineEvidence, ...] = ()
    applies: bool = True

    @property
    def score(self) -> str:
        """``Yes``, ``Partial``, ``No``, or ``n/a`` where the line does not apply."""
        return SCORE_OF[self.value] if self.applies else NOT_APPLICABLE


@dataclass
class PageScore:
    """What one page offers each line, with the page's own findings."""

    url: str
    title: str
    kind: str
    school_type: str
    lines: dict[str, LineScore]
    facts: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)


def excerpt(text: str, limit: int = EXCERPT_LENGTH) -> str:
    """A passage shortened at a word boundary, with an ellipsis when cut."""
    text = normalise_space(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"


def _rubric_lines(document: Document, rubric: Rubric, url: str) -> dict[str, LineScore]:
    """Each line's score on a Local Offer page, by the core's detection with the rubric's
    own lines and cues; each passage weighed as the detection weighed it (a heading that
    asks for the line, and the words under it, weigh most)."""
    match = _MATCHERS.get(rubric.fingerprint)
    if match is None:
        match = _MATCHERS[rubric.fingerprint] = Matcher(rubric.kind, rubric.lines)
    tallies = tally(document, rubric.kind, skipped_parts(document), match)
    lines = {}
    for line in rubric.lines:
        entry = tallies[line.id]
        value = level_name(entry.level)
        evidence = _evidence(entry, url) if value != "not_in_place" else ()
        strength = evidence[0].strength if evidence else 0.0
        lines[line.id] = LineScore(value, strength, evidence)
    return lines


def _evidence(entry: Tally, url: str) -> tuple[LineEvidence, ...]:
    """The strongest passages, one per element: the text under a heading rather than the
    heading itself (which is kept as the passage's heading), unless there is no text."""
    ranked = sorted(entry.blocks, key=lambda noted: -noted[0])
    top = ranked[0][0] if ranked else 0.0
    text = [noted for noted in ranked if not noted[1].is_heading] or ranked
    found: list[LineEvidence] = []
    for weight, block, heading in text:
        if all(e.xpath != block.xpath for e in found):
            found.append(LineEvidence(excerpt(block.text), url, heading,
                                      block.xpath, block.line,
                                      round(top if not found else weight, 1)))
        if len(found) == EVIDENCE_KEPT:
            break
    return tuple(found)


def score_page(content: str | bytes, url: str, rubric: Rubric, *,
               school_type: str | None = None, today: date | None = None,
               rendered: Callable[[CheckResult, str, str], CheckResult] | None = None
               ) -> PageScore:
    """Check one page and score every line of the rubric on it.

    ``content`` may be the bytes of a PDF or Word file. ``rendered`` adds what the page
    shows in a browser (the front end's ``--browser``). Raises
    :class:`senreport.check.InputError` when the page cannot be read.
    """
    local_offer = rubric.kind == "local-offer"
    # A Local Offer's rubric findings are made once for the whole site (see combine).
    families = ["AX", "PL"] if local_offer else None
    result = check(content, source=url, kind=rubric.kind, school_type=school_type,
                   today=today, families=families)
    if rendered is not None and isinstance(content, str):  # a PDF or Word file has no page
        result = rendered(result, content, url)
    lines: dict[str, LineScore] = {}
    if local_offer:
        lines = _rubric_lines(result.document, rubric, url)
    else:
        for line_id in rubric.ids:
            decision = result.coverage.items.get(line_id)
            if decision is None:
                lines[line_id] = LineScore("not_in_place")
                continue
            evidence = tuple(
                # the core keeps 200 characters: a passage that long was cut
                LineEvidence(excerpt(e.excerpt, 199 if len(e.excerpt) >= 200 else 240), url,
                             e.heading, e.xpath, e.line,
                             decision.score)
                for e in decision.evidence
            ) if decision.value != "not_in_place" else ()
            lines[line_id] = LineScore(decision.value, decision.score, evidence,
                                       decision.applies)
    findings = []
    for finding in result.findings:
        data = finding.to_dict()
        data["location"] = {**(data["location"] or {}), "url": url}
        findings.append(data)
    described = result.document.file
    title = normalise_space(result.document.root.findtext(".//title") or (
        described.title if described is not None else None) or "") or url
    return PageScore(url, title[:200], rubric.kind, result.school_type, lines,
                     result.facts.to_dict(), findings)


def combine_lines(pages: list[PageScore], rubric: Rubric) -> dict[str, LineScore]:
    """Each line's score over many pages: the page that answers it best decides, and the
    strongest passages at that level are the evidence."""
    combined: dict[str, LineScore] = {}
    for line_id in rubric.ids:
        found = [p.lines[line_id] for p in pages if line_id in p.lines]
        if not found:
            combined[line_id] = LineScore("not_in_place")
            continue
        best = max(found, key=lambda s: (LEVEL[s.value], s.strength))
        at_best = [s for s in found if s.value == best.value]
        passages = sorted((e for s in at_best for e in s.evidence),
                          key=lambda e: -e.strength)
        evidence: list[LineEvidence] = []
        for passage in passages:
            if all((e.url, e.xpath) != (passage.url, passage.xpath) for e in evidence):
                evidence.append(passage)
            if len(evidence) == EVIDENCE_KEPT:
                break
        combined[line_id] = LineScore(best.value, best.strength, tuple(evidence),
                                      all(s.applies for s in found))
    return combined


def _line_findings(lines: dict[str, LineScore], rubric: Rubric) -> list[dict[str, Any]]:
    """One finding per line not fully in place, for the authority as a whole."""
    codes = {r.name: r for r in REGISTRY.values() if r.family == "LO"}
    findings = []
    for line in rubric.lines:
        scored = lines[line.id]
        if scored.value == "in_place" or not scored.applies:
            continue
        section = rubric.sections.get(line.section, line.section)
        needs = "; ".join(line.requirements)
        if scored.value == "partly":
            severity, message = "info", (f"{section}, {line.heading}: the Local Offer covers "
                                         f"this only in part ({needs}). An adviser should "
                                         "judge it.")
        else:
            severity, message = "warning", (f"{section}, {line.heading}: the Local Offer does "
                                            f"not cover this ({needs}).")
        registered = codes.get("rubric-" + line.id.replace(".", "-").replace("_", "-"))
        code = registered.code if registered else AMENDED_LINE_CODE
        top = scored.evidence[0] if scored.evidence else None
        location = {"url": top.url, "xpath": top.xpath, "line": top.line} if top else None
        findings.append({
            "code": code, "severity": severity, "message": message, "item": line.id,
            "location": location, "reference": line.reference,
            "help": registered.help if registered else "", "rule": registered.name
            if registered else "rubric-line", "excerpt": line.id,
            "fingerprint": fingerprint(code, line.id, line.id, 0),
        })
    return findings


def _summary(findings: list[dict[str, Any]]) -> dict[str, int]:
    counts = {"errors": 0, "warnings": 0, "info": 0, "acknowledged": 0}
    for f in findings:
        counts[{"error": "errors", "warning": "warnings"}.get(f["severity"], "info")] += 1
    return counts


def combine(pages: list[PageScore], rubric: Rubric, *, authority: str, source: str,
            crawl: dict[str, Any] | None = None) -> dict[str, Any]:
    """One authority's (or school's) result: the contract's check object, with the rubric
    scores, the evidence by page address, the pages read and the rubric's version."""
    if not pages:
        raise ValueError("combine needs at least one page")
    lines = combine_lines(pages, rubric)
    facts: dict[str, Any] = {}
    for page in pages:
        for key, value in page.facts.items():
            if facts.get(key) is None:
                facts[key] = value
    findings = [f for page in pages for f in page.findings]
    if rubric.kind == "local-offer":
        findings = _line_findings(lines, rubric) + findings
    return {
        "kind": rubric.kind,
        "source": source,
        "school_type": pages[0].school_type,
        "authority": authority,
        "status": "audited",
        "rubric_version": rubric.version,
        "rubric": rubric.describe(),
        "coverage": {line_id: scored.value for line_id, scored in lines.items()},
        "scores": {line_id: scored.score for line_id, scored in lines.items()},
        "strength": {line_id: scored.strength for line_id, scored in lines.items()},
        "evidence": {line_id: [e.to_dict() for e in scored.evidence]
                     for line_id, scored in lines.items()},
        "facts": facts,
        "findings": findings,
        "summary": _summary(findings),
        "pages": [{"url": p.url, "title": p.title} for p in pages],
        "crawl": crawl or {"pages_read": len(pages), "limit_reached": False, "skipped": [],
                           "documents_linked": 0},
    }
