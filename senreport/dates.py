"""Dates as schools write them: "1st September 2025", "01/09/2025", "Autumn term 2025", "2025-26".

Pure parsing, no context: :func:`find_dates` lists every date-like expression in a
piece of text with where it stands; deciding what a date *means* (reviewed, next
review) is :mod:`senreport.facts`' business.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from senreport.textscan import first_match, fold, starting, texts_holding

#: Every date form has a year (or a day and a year) in digits: two digits side by side.
_TWO_DIGITS = re.compile(r"\d\d")

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
    "nov": 11, "november": 11, "dec": 12, "december": 12,
}
#: Months as pages misspell them ("updated Septmeber 2023").
_MISSPELT = {"janurary": 1, "janaury": 1, "febuary": 2, "feburary": 2, "septmeber": 9,
             "septemeber": 9, "sepetember": 9, "novemeber": 11, "decemeber": 12}
_MONTHS.update(_MISSPELT)
#: The first day of each term, as the brief for this project fixes it.
SEASONS = {"autumn": (9, 1), "spring": (1, 1), "summer": (4, 1)}

_MONTH = (r"(?P<month>" + "|".join(_MISSPELT)
          + r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ORD = r"(?:st|nd|rd|th)?"
_DAYNAME = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "2025-10-03", and "2026/10/05" as some systems write it
    ("iso", re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})(?P<sep>[-/])(?P<mon>\d{1,2})"
                       r"(?P=sep)(?P<day>\d{1,2})(?![\d/-])")),
    ("numeric", re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<mon>\d{1,2})"
                           r"\s?(?P=sep)\s?(?P<year>(?:19|20)?\d{2})(?![\d/])")),
    ("day-month", re.compile(rf"\b{_DAYNAME}(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+"
                             rf"{_YEAR}\b", re.IGNORECASE)),
    ("month-day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},?\s+{_YEAR}\b",
                             re.IGNORECASE)),
    ("season", re.compile(r"\b(?P<season>autumn|spring|summer)(?:\s+term)?(?:\s+[12](?=\s))?"
                          r"(?:\s+of)?[,:]?\s+(?P<year>(?:19|20)\d{2})(?:\s*[/\-–]\s*(?P<end>\d{2,4}))?"
                          r"(?![\d])", re.IGNORECASE)),
    ("month", re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)),
    ("academic-year", re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})\s*[/\-–—]\s*"
                                 r"(?P<end>(?:19|20)?\d{2})(?![\d/-])")),
)
#: The patterns that ignore case, without it: searched in the text folded to lower case
#: (:func:`senreport.textscan.fold`), which ``re`` does far faster. Every letter they match is
#: written in lower case (a group's name matches nothing), so they find the same places there.
_FOLDED = {form: re.compile(pattern.pattern) for form, pattern in _PATTERNS
           if pattern.flags & re.IGNORECASE}
_FULL_YEAR = re.compile(r"(?:19|20)\d{2}")
_MONTH_WORD = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_NEEDS = {"iso": re.compile(r"(?:19|20)\d{2}[-/]\d"), "numeric": re.compile(r"\d\s?[/.\-]\s?\d"),
          "academic-year": re.compile(r"(?:19|20)\d{2}\s*[/\-–—]\s*\d")}
_NEEDS_WORD = {"day-month": _MONTH_WORD, "month-day": _MONTH_WORD, "month": _MONTH_WORD,
               "season": re.compile("autumn|spring|summer")}


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


class Spans:
    """Non-overlapping stretches of a text already claimed by a match."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> bool:
        """Claim ``start:end`` unless it overlaps a claimed stretch; whether it was claimed."""
        if self.overlaps(start, end):
            return False
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


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
    taken = Spans()
    # Only a numeric date can do without a four-digit year; what else each form needs (month
    # names and seasons in the lower-case text) is looked for before its pattern is run.
    year = _FULL_YEAR.search(text)
    folded = fold(text) if year else ""
    for form, pattern in _PATTERNS:
        if form != "numeric" and (not year or (
                form in _NEEDS_WORD and not _NEEDS_WORD[form].search(folded))):
            continue
        if form in _NEEDS and not _NEEDS[form].search(text):
            continue
        for match in _matches(form, pattern, text, folded):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            value = _make(form, match)
            if value is None or not 1990 <= value.year <= 2100:
                if form in ("day-month", "month-day"):
                    taken.add(start, end)  # "31 February 2025" is no date, nor is its month
                continue
            taken.add(start, end)
            found.append(FoundDate(start, end, value, form))
    found.sort(key=lambda d: d.start)
    return found


def _matches(form: str, pattern: re.Pattern[str], text: str, folded: str
             ) -> list[re.Match[str]]:
    """``pattern.finditer(text)``: for a pattern that ignores case, its places are found in the
    ``folded`` text by :data:`_FOLDED`'s copy, and each match is read from the text there (a
    month's name as the text spells it)."""
    fast = _FOLDED.get(form)
    if fast is None:
        return list(pattern.finditer(text))
    found = []
    for place in fast.finditer(folded):
        match = pattern.match(text, place.start())
        if match is None or match.end() != place.end():
            return list(pattern.finditer(text))  # never so: each is the other's match
        found.append(match)
    return found


def has_dates(text: str) -> bool:
    """Whether ``text`` holds a date expression (as :func:`find_dates` reads them)."""
    return bool(_TWO_DIGITS.search(text)) and bool(find_dates(text))


#: Where a date may stand: every date has a full year, or is numeric (what :data:`_NEEDS` asks
#: of those). Written to open with a digit, which ``re`` looks for quickly.
_MAY_DATE = re.compile(r"\d(?:(?<=1)9\d\d|(?<=2)0\d\d|\s?[/.\-]\s?\d)")


def texts_with_dates(texts: Sequence[str]) -> list[bool]:
    """:func:`has_dates` of each text (the texts that cannot hold one found in one pass)."""
    return [bool(found) for found in dates_of_texts(texts)]


def dates_of_texts(texts: Sequence[str]) -> list[list[FoundDate]]:
    """:func:`find_dates` of each text for which :func:`has_dates` holds, an empty list for
    the others (the texts that cannot hold one found in one pass)."""
    held = texts_holding(texts, lambda joined: first_match(_MAY_DATE, joined))
    return [find_dates(text) if maybe and _TWO_DIGITS.search(text) else []
            for text, maybe in zip(texts, held, strict=True)]


def parse_date(text: str) -> date | None:
    """The first date in ``text`` (a helper for callers and tests)."""
    dates = find_dates(text)
    return dates[0].value if dates else None


# --- what a date means: the label in front of it ------------------------------------------------

_NEXT_LABEL = re.compile(
    r"date\s+(?:of|for)\s+(?:the\s+)?next(?:\s+(?:formal\s+|full\s+|annual\s+)?"
    r"(?:review|update|revision))?|"
    r"next\s+(?:formal\s+|full\s+|annual\s+)?(?:review|update|revision)|"
    r"(?:to|will|shall|should)\s+(?:next\s+)?(?:be\s+)?(?:next\s+)?(?:reviewed|"
    r"updated|revised|review)|due\s+(?:for\s+)?(?:review|renewal)|review\s+due|reviewed\s+due|"
    r"renewal\s+date|review\s+(?:by|before)\b|expir(?:es|y)|"
    # not yet done: "This section is being updated for 2026-27"
    r"being\s+(?:reviewed|updated|revised)", re.IGNORECASE)
_REVIEWED_LABEL = re.compile(
    r"(?:last\s+)?reviewed|date\s+of\s+(?:last\s+)?review|last\s+review|(?:last\s+)?updated|"
    r"last\s+checked|"
    # "Information correct as of the Spring Term 2026" (not "figures accurate as of ...")
    r"(?:information|details)\s+(?:is\s+|are\s+)?(?:correct|accurate)\s+(?:as\s+)?(?:of|at)\b|"
    r"last\s+update|approved|published|adopted|ratified|revised|agreed|"
    r"date\s+(?:of\s+)?(?:publication|approval|issue|writing)|date\s+of\s+(?:this\s+)?report|"
    r"report\s+date\b|"
    r"written|review\s*:|this\s+version\s*:|"
    r"(?<!next )\bupdate\s*:", re.IGNORECASE)
#: Words for making the report that date it only when the sentence names the report ("this
#: report was checked with our student panel in October 2026", "we wrote this page in
#: October 2026", not "we checked ...").
_MADE_LABEL = re.compile(r"\b(?:checked|produced|prepared|compiled|drawn\s+up|put\s+together|"
                         r"refreshed|wrote)\b", re.IGNORECASE)
_WEAK_LABEL = re.compile(r"\bdate\s*(?::|\|(?=\s*\w))|\bdated\b|\bversion\b|\beffective\s+from|"
                         r"\bacademic\s+year|\bschool\s+year", re.IGNORECASE)
#: Dates of other documents: "the SEND Code of Practice (updated January 2015)".
_OTHER_DOCUMENT = re.compile(r"code\s+of\s+practice|\bregulations\b|\bact\s+(?:19|20)\d\d|"
                             r"\bguidance\b|ofsted|inspection|accessibility\s+plan|"
                             r"\bpolic(?:y|ies)\b", re.IGNORECASE)
#: Another document named between the label and its date ("our updated SEND Policy
#: (February 2017)"): the date is that document's.
_LABELLED_DOCUMENT = re.compile(r"\s*(?:(?:the|our)\s+)?(?:school['’]?s?\s+)?(?:SEND?\s+|"
                                r"inclusion\s+|accessibility\s+)?polic(?:y|ies)\s*[(,:]?\s*",
                                re.IGNORECASE)
#: The report itself named beside another document ("this report and our SEND policy were
#: reviewed in ..."): the date is the report's too.
_THIS_REPORT = re.compile(r"\breport\b|\bthis\s+(?:document|page|guide|letter)\b|local\s+offer",
                          re.IGNORECASE)
#: A sentence about the report itself ("This report describes how we put our SEND policy
#: into practice and was reviewed in July 2025"): the policy named on the way is not dated.
_REPORT_IS_SUBJECT = re.compile(r"\s*(?:this|our|the)\s+(?:SEND?\s+)?(?:information\s+)?"
                                r"report\b(?!\s+(?:and|or)\b)", re.IGNORECASE)
#: "... and it was checked": the report, named just before.
_IT_WAS = re.compile(r"\b(?:it|this)\s+(?:was|is|has\s+been)\s+$")
#: The label patterns, each tried only where a word it can open with stands.
#: "Review date: September 2025" says when the review was, or when it is due: the date
#: itself tells (one already past was the review; one still to come is the next).
_REVIEW_DATE_LABEL = re.compile(r"(?<!next )(?<!next\xa0)\breview\s+date\b|"
                                # "Review - October 2016" under the report's title
                                r"(?<!next )\breview\s*[-–—]\s", re.IGNORECASE)
_LABEL_PATTERNS = (
    ("review", starting(_REVIEW_DATE_LABEL, ("review",))),
    ("next", starting(_NEXT_LABEL, ("date", "next", "review", "to", "will", "shall", "should",
                                    "due", "renewal", "expir", "being"))),
    ("reviewed", starting(_REVIEWED_LABEL, ("last", "review", "date", "update", "approved",
                                            "published", "adopted", "ratified", "revised",
                                            "agreed", "written", "report", "information",
                                            "details", "this"))),
    ("weak", starting(_WEAK_LABEL, ("date", "version", "effective", "academic", "school"))),
    ("made", starting(_MADE_LABEL, ("checked", "produced", "prepared", "compiled", "drawn",
                                    "put", "refreshed", "wrote"))),
)
_SENTENCE_END = re.compile(r"(\w*)[.!?;]\s+(?=[A-Z(])")
_ABBREVIATION = re.compile(r"Mrs|Mr|Ms|Dr|St|Mx|[A-Z]|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|"
                           r"Aug|ext|no|No")


def labelled_dates(text: str, dates: list[FoundDate] | None = None
                   ) -> list[tuple[FoundDate, str | None]]:
    """Every date in ``text`` with what its label says it is (``dates``: its dates, when
    :func:`find_dates` has found them already).

    The kind is ``"next"`` (next review, to be reviewed), ``"review"`` (a bare "review
    date", past or due), ``"reviewed"``
    (reviewed, updated, approved, published, date of review), ``"weak"`` ("Date:",
    "academic year") or ``None`` when nothing near says what the date is.
    """
    if dates is None:
        if not _TWO_DIGITS.search(text):  # every date form has a year or a day in digits
            return []
        dates = find_dates(text)
    if not dates:
        return []
    labels = _labels(text)
    ends = [label[1] for label in labels]
    found_kinds = []
    for i, found in enumerate(dates):
        previous_end = dates[i - 1].end if i else -1
        found_kinds.append((found, _classify(text, found, labels, ends, previous_end)))
    return found_kinds


def _labels(text: str) -> list[tuple[int, int, str]]:
    labels: list[tuple[int, int, str]] = []
    taken = Spans()
    for kind, pattern in _LABEL_PATTERNS:
        for match in pattern.finditer(text):
            if taken.add(match.start(), match.end()):
                labels.append((match.start(), match.end(), kind))
    return sorted(labels)


def _classify(text: str, found: FoundDate, labels: list[tuple[int, int, str]],
              ends: list[int], previous_end: int) -> str | None:
    """The label nearest before the date (a weak one gives way to a strong one just before it)."""
    chosen: tuple[int, int, str] | None = None  # the label's start, end and kind
    index = bisect_right(ends, found.start)  # labels[:index] end before the date
    for s, e, label in reversed(labels[max(0, index - 6):index]):
        gap = text[e:found.start]
        # "This report was reviewed by the SENCO, ... and the governing body in July 2025":
        # the report named just before the label keeps a longer sentence its own.
        reach = 150 if label == "reviewed" and _THIS_REPORT.search(
            text[max(0, s - 30):s]) else 70
        if len(gap) > reach or _breaks_sentence(gap) or previous_end > e:
            break
        if chosen is None or label != "weak":
            chosen = (s, e, label)
        if label != "weak":
            break
    if chosen is not None:
        start, end, label = chosen
        before = text[max(0, start - 80):start].rsplit("|", 1)[-1]  # this block's words
        before = re.split(r"[.;]\s", before)[-1]  # this sentence's ("... 2014. Date of ...")
        if label != "weak" and _OTHER_DOCUMENT.search(before) and not _THIS_REPORT.search(
                before + text[start:found.start]) and not _REPORT_IS_SUBJECT.match(
                re.split(r"[.;|]\s", text[max(0, start - 150):start])[-1]):
            return None
        if label != "weak" and _LABELLED_DOCUMENT.fullmatch(text, end, found.start):
            return None
        if label == "made":
            sentence = re.split(r"[.;|]\s", text[max(0, start - 120):found.start])[-1]
            return "reviewed" if _THIS_REPORT.search(sentence) or _IT_WAS.search(
                sentence) else None
        return label
    for s, _, label in labels[index:index + 3]:  # a label just after: "September 2025 (reviewed)"
        if s >= found.end:
            gap = text[found.end:s]
            if re.fullmatch(r"\s*[(\-–—,]?\s*(?:and\s+|was\s+|is\s+)?", gap) and \
                    not found.is_academic_year:
                return label
            break
    return None


def _breaks_sentence(gap: str) -> bool:
    for match in _SENTENCE_END.finditer(gap):
        if not _ABBREVIATION.fullmatch(match.group(1)):
            return True
    return False
