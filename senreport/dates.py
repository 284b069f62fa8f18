"""Dates as schools write them: "1st September 2025", "01/09/2025", "Autumn term 2025", "2025-26".

Pure parsing, no context: :func:`find_dates` lists every date-like expression in a
piece of text with where it stands; deciding what a date *means* (reviewed, next
review) is :mod:`senreport.facts`' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
#: The first day of each term, as the brief for this project fixes it.
SEASONS = {"autumn": (9, 1), "spring": (1, 1), "summer": (4, 1)}

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ORD = r"(?:st|nd|rd|th)?"
_DAYNAME = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})"
                       r"(?![\d-])")),
    ("numeric", re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<mon>\d{1,2})"
                           r"\s?(?P=sep)\s?(?P<year>(?:19|20)?\d{2})(?![\d/])")),
    ("day-month", re.compile(rf"\b{_DAYNAME}(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+"
                             rf"{_YEAR}\b", re.IGNORECASE)),
    ("month-day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},?\s+{_YEAR}\b",
                             re.IGNORECASE)),
    ("season", re.compile(r"\b(?P<season>autumn|spring|summer)(?:\s+term)?(?:\s+[12](?=\s))?"
                          r"[,:]?\s+(?P<year>(?:19|20)\d{2})(?:\s*[/\-–]\s*(?P<end>\d{2,4}))?"
                          r"(?![\d])", re.IGNORECASE)),
    ("month", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("academic-year", re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})\s*[/\-–—]\s*"
                                 r"(?P<end>(?:19|20)?\d{2})(?![\d/-])")),
)


@dataclass(frozen=True)
class FoundDate:
    """A date expression found in a text."""

    start: int
    end: int
    value: date
    form: str  # one of the pattern names above

    @property
    def is_academic_year(self) -> bool:
        return self.form == "academic-year"


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _make(form: str, match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if form in ("iso", "numeric"):
            return date(_year(groups["year"]), int(groups["mon"]), int(groups["day"]))
        if form in ("day-month", "month-day"):
            return date(int(groups["year"]), _MONTHS[groups["month"].lower()], int(groups["day"]))
        if form == "month":
            return date(int(groups["year"]), _MONTHS[groups["month"].lower()], 1)
        if form == "season":
            year = int(groups["year"])
            season = groups["season"].lower()
            if groups.get("end"):
                end = int(groups["end"][-2:])
                if end != (year + 1) % 100:
                    return None
                if season != "autumn":
                    year += 1  # "Spring 2025/26" is spring 2026
            month, day = SEASONS[season]
            return date(year, month, day)
        if form == "academic-year":
            year = int(groups["year"])
            if int(groups["end"][-2:]) != (year + 1) % 100:
                return None
            if len(groups["end"]) == 4 and int(groups["end"]) != year + 1:
                return None
            return date(year, 9, 1)
    except (ValueError, KeyError, TypeError):
        return None
    return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date expression in ``text``, in order, overlapping matches resolved.

    Earlier patterns in the table win over later ones where two overlap (a full date
    over the month and year inside it; an ISO date over an academic year).
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for form, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            value = _make(form, match)
            if value is None or not 1990 <= value.year <= 2100:
                continue
            taken.append((start, end))
            found.append(FoundDate(start, end, value, form))
    found.sort(key=lambda d: d.start)
    return found


def parse_date(text: str) -> date | None:
    """The first date in ``text`` (a helper for callers and tests)."""
    dates = find_dates(text)
    return dates[0].value if dates else None
