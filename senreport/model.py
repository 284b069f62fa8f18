"""The one report model: what a school publishes, as typed values."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

KINDS = ("sen-report", "send-policy", "local-offer", "governors-report")
SCHOOL_TYPES = ("mainstream", "nursery", "special", "post16")
COVERAGE_VALUES = ("in_place", "partly", "not_in_place")

#: The key of the section that holds passages that answer no statutory item.
OTHER = "other"


@dataclass(frozen=True)
class School:
    """The school publishing the report."""

    name: str = ""
    type: str = "mainstream"
    url: str | None = None


@dataclass(frozen=True)
class Senco:
    """The special educational needs co-ordinator and how to reach them."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    title: str = "SENCO"


@dataclass(frozen=True)
class LocalOffer:
    """Where the local authority publishes its Local Offer."""

    authority: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Section:
    """One part of the report: the item it answers, its heading and its rich text.

    ``body`` is an HTML fragment in canonical form (see :mod:`senreport.richtext`).
    """

    item: str
    title: str = ""
    body: str = ""


@dataclass(frozen=True)
class Report:
    """A structured SEN information report (or another kind of SEND document)."""

    kind: str = "sen-report"
    school: School = field(default_factory=School)
    senco: Senco = field(default_factory=Senco)
    local_offer: LocalOffer = field(default_factory=LocalOffer)
    reviewed: date | None = None
    next_review: date | None = None
    sections: tuple[Section, ...] = ()

    def section(self, item: str) -> Section | None:
        """The section answering ``item``, or None."""
        for section in self.sections:
            if section.item == item:
                return section
        return None

    def with_sections(self, sections: list[Section] | tuple[Section, ...]) -> Report:
        """A copy of the report with other sections."""
        return replace(self, sections=tuple(sections))

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (the shape of the published schema)."""
        return {
            "kind": self.kind,
            "school": _drop_none(
                {"name": self.school.name, "type": self.school.type, "url": self.school.url}
            ),
            "senco": _drop_none(
                {
                    "name": self.senco.name,
                    "title": self.senco.title,
                    "email": self.senco.email,
                    "phone": self.senco.phone,
                }
            ),
            "local_offer": _drop_none(
                {"authority": self.local_offer.authority, "url": self.local_offer.url}
            ),
            "reviewed": self.reviewed.isoformat() if self.reviewed else None,
            "next_review": self.next_review.isoformat() if self.next_review else None,
            "sections": [
                {"item": s.item, "title": s.title, "body": s.body} for s in self.sections
            ],
        }


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def fields_of(report: Report) -> dict[str, Any]:
    """The structured fields of a report (everything but its sections).

    The same shape is the ``senreport/report`` block's attributes and the HTML
    writer's ``data-senreport`` attribute, so every form carries the same data.
    """
    data = report.to_dict()
    del data["sections"]
    return {key: value for key, value in data.items() if value not in (None, {}, "")}


def report_from_fields(fields: dict[str, Any], sections: list[Section]) -> Report:
    """Rebuild a report from its structured fields and sections (fields already checked)."""
    school = fields.get("school") or {}
    senco = fields.get("senco") or {}
    offer = fields.get("local_offer") or {}
    return Report(
        kind=fields.get("kind") or "sen-report",
        school=School(name=school.get("name", ""), type=school.get("type", "mainstream"),
                      url=school.get("url")),
        senco=Senco(name=senco.get("name"), email=senco.get("email"),
                    phone=senco.get("phone"), title=senco.get("title", "SENCO")),
        local_offer=LocalOffer(authority=offer.get("authority"), url=offer.get("url")),
        reviewed=_date(fields.get("reviewed")),
        next_review=_date(fields.get("next_review")),
        sections=tuple(sections),
    )


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value)
    return None
