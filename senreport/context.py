"""What a rule is given: the document and what the core has already worked out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from senreport.coverage import Coverage
from senreport.document import Document
from senreport.facts import Facts
from senreport.model import Report


@dataclass
class CheckContext:
    """Everything a rule may look at. Rules read it; they never change it."""

    document: Document
    kind: str
    school_type: str
    today: date
    coverage: Coverage
    facts: Facts
    #: The structured report, when the input was one (YAML, JSON, blocks).
    report: Report | None = None
    #: Values front ends pass through (e.g. the authority's Local Offer URL).
    options: dict[str, str] = field(default_factory=dict)
