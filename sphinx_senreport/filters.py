"""Views of a directory: only the schools missing an item, of a type, or overdue a review.

``.. sen-report-directory:: reports`` with ``:missing: 3f``, ``:type: special`` or
``:overdue:`` (any together) lists the schools that match, and says how many of how many.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from senreport.catalogue import SCHEDULE_1
from senreport.model import SCHOOL_TYPES
from sphinx_senreport.i18n import N_, _
from sphinx_senreport.reports import ReportRecord

ITEM_HEADINGS = {item.id: item.heading for item in SCHEDULE_1}
SCHOOL_TYPE_NAMES = {"mainstream": N_("Mainstream"), "nursery": N_("Nursery"),
                     "special": N_("Special"), "post16": N_("Post-16")}


@dataclass(frozen=True)
class DirectoryFilter:
    """Which schools a directory shows (all, when nothing is chosen)."""

    missing: str = ""
    school_type: str = ""
    overdue: bool = False
    today: date | None = None

    @property
    def chosen(self) -> bool:
        return bool(self.missing or self.school_type or self.overdue)

    def keeps(self, record: ReportRecord) -> bool:
        """Whether a school's report is shown."""
        if self.missing and (record.coverage.get(self.missing) != "not_in_place"
                             or self.missing in record.not_required):
            return False
        if self.school_type and record.school_type != self.school_type:
            return False
        return not self.overdue or overdue(record, self.today or date.today())

    def describe(self, shown: int, total: int) -> str:
        """One sentence: what is shown, with the counts."""
        parts = []
        if self.missing:
            parts.append(_("item {item} ({heading}) not in place").format(
                item=self.missing, heading=ITEM_HEADINGS[self.missing]))
        if self.school_type:
            parts.append(_("type: {type}").format(
                type=_(SCHOOL_TYPE_NAMES.get(self.school_type, self.school_type))))
        if self.overdue:
            parts.append(_("review overdue (more than 12 months ago, or no date)"))
        return _("{shown} of {total} schools: {which}.").format(
            shown=shown, total=total, which="; ".join(parts))


def from_options(options: dict[str, Any], today: date) -> DirectoryFilter:
    """The filter the directive's options ask for (ValueError with a message if unusable)."""
    missing = (options.get("missing") or "").strip().lower()
    if missing and missing not in ITEM_HEADINGS:
        raise ValueError(f":missing: {missing!r} is not a Schedule 1 item "
                         f"(use {', '.join(ITEM_HEADINGS)})")
    school_type = (options.get("type") or "").strip().lower()
    if school_type and school_type not in SCHOOL_TYPES:
        raise ValueError(f":type: {school_type!r} is not a school type "
                         f"(use {', '.join(SCHOOL_TYPES)})")
    return DirectoryFilter(missing=missing, school_type=school_type,
                           overdue="overdue" in options, today=today)


def overdue(record: ReportRecord, today: date) -> bool:
    """Whether the report was last reviewed more than 12 months ago (or gives no date)."""
    if not record.reviewed:
        return True
    reviewed = date.fromisoformat(record.reviewed)
    try:
        due = reviewed.replace(year=reviewed.year + 1)
    except ValueError:  # reviewed on 29 February
        due = reviewed.replace(year=reviewed.year + 1, day=28)
    return due < today
