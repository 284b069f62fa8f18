"""The report's review date (and the next one), as :class:`senreport.facts.extract._Page`
reads them: dated labels ("Last reviewed: May 2025"), a bare "Review date" told apart by
whether it has passed, and a date alone under the report's title."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from senreport.dates import FoundDate, dates_of_texts, labelled_dates
from senreport.document import Block

_REPORT_TITLE = re.compile(r"information\s+report|\bSEND?\s+report|\breport\b|local\s+offer|"
                           r"\bpolicy\b", re.IGNORECASE)

#: The report's own title, where a month in it dates the report.
_OWN_TITLE = re.compile(r"information\s+report|\bSEND?\)?\s+report|report\s+to\s+parents",
                        re.IGNORECASE)
_MONTH_FORMS = frozenset({"month", "day-month", "month-day", "numeric", "iso"})
#: A letter's greeting.
_GREETING = re.compile(r"Dear\s+\w")

#: A byline under the title: the school's name and the date, parted by a dot or a bar.
_BYLINE = re.compile(r"[·•|–—]\s*\|$|^\|\s*[·•|–—]")
BYLINE_WORDS = 8

#: How far down the page the report's title may stand.
TITLE_REACH = 8


#: A signature's words before the date closing it.
_SIGNED = re.compile(r"\bon\s+behalf\s+of\b|\bSEND?\s?Co\b|\bhead\s?teacher\b|"
                     r"\bSpecial\s+Educational\s+Needs\s+Co-?ordinator\b", re.IGNORECASE)
#: A document-control table's header row.
_VERSIONS = re.compile(r"(?=.*\bversion\b)(?=.*\bdate\b)", re.IGNORECASE | re.DOTALL)

#: A review schedule's column of when each document was last reviewed, not when it is due.
_LAST_REVIEWED = re.compile(r"\breviewed\b|\bdate\s+of\s+(?:last\s+)?review\b|\bupdated\b",
                            re.IGNORECASE)
_DUE = re.compile(r"\bnext\b|\bdue\b", re.IGNORECASE)
#: A review schedule's row for the report itself: its title, or "this page".
_REPORT_ROW = re.compile(_OWN_TITLE.pattern + r"|\bthis\s+(?:page|report)\b", re.IGNORECASE)

#: A date's label that is the governors' approval, not the review ("Ratified by governors:
#: 20 November 2025" under "This report was reviewed ... in October 2025").
_APPROVAL = re.compile(r"\b(?:approved|ratified|adopted|agreed|signed\s+off)\b", re.IGNORECASE)
_REVIEW_WORD = re.compile(r"\b(?:reviewed|review|updated|written|revised)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:[.;·]|\s[-–—]\s)", re.DOTALL)


def _approval(text: str, at: int) -> bool:
    """Whether the date at ``at`` is labelled as approved, in its own clause, not reviewed."""
    before = text[max(0, at - 80):at]
    clause = before[m.end():] if (m := _CLAUSE_START.match(before)) else before
    return bool(_APPROVAL.search(clause)) and not _REVIEW_WORD.search(clause)


class DatesRead:
    """What :class:`senreport.facts.extract._Page` reads of dates (its blocks, their texts,
    the day of reading and the units of blocks read together)."""

    blocks: list[Block]
    texts: list[str]
    today: date
    units_with: Callable[[list[bool]], list[tuple[int, ...]]]
    unit: Callable[..., Any]

    # -- dates -------------------------------------------------------------------------------

    def dates(self) -> dict[str, date | None]:
        kinds: dict[tuple[int, int], tuple[str, date]] = {}
        weak: list[date] = []
        found_in = dates_of_texts(self.texts)
        read: dict[str, list[tuple[FoundDate, str | None]]] = {}
        for members in self.units_with([bool(found) for found in found_in]):
            unit = self.unit(members)
            if unit.text not in read:  # a text said again reads the same
                # A block's own dates are found already, and a unit's are its blocks' (no
                # date reaches across the " | " between them).
                read[unit.text] = labelled_dates(unit.text, [
                    FoundDate(found.start + start, found.end + start, found.value, found.form)
                    for block, start in zip(unit.blocks, unit.starts, strict=True)
                    for found in found_in[block]])
            for found, kind in read[unit.text]:
                block = unit.block_at(found.start)
                key = (block, found.start - unit.starts[unit.blocks.index(block)])
                if kind in ("next", "reviewed", "review"):
                    if kind == "reviewed" and _approval(unit.text, found.start):
                        kind = "approved"
                    if kinds.get(key, ("",))[0] != "next":
                        kinds[key] = (kind, found.value)
                elif kind in ("weak", None) and self._is_title(block):
                    # A month in the report's own title ("SEND Information Report - January
                    # 2024") says when it was written; a term or a school year ("Summer
                    # 2025", "2024-25") names the edition, and careful readers leave it.
                    if found.form in _MONTH_FORMS and _OWN_TITLE.search(self.texts[block]):
                        weak.append(found.value)
                elif kind == "weak":
                    weak.append(found.value)
        # The date the report was reviewed, before the date governors approved it.
        reviewed = [value for kind, value in kinds.values() if kind == "reviewed"] or [
            value for kind, value in kinds.values() if kind == "approved"]
        upcoming = [value for kind, value in kinds.values() if kind == "next"]
        # A bare "Review date" beside a "Last reviewed" is the next one; alone, a date
        # already past was the review and one to come is the next.
        for kind, value in kinds.values():
            if kind == "review":
                past = value <= self.today and not any(k == "reviewed" for k, _ in kinds.values())
                (reviewed if past else upcoming).append(value)
        if not reviewed and not weak:
            weak = (self._date_under_title(found_in) or self._letter_date(found_in)
                    or self._signed_date(found_in) or self._version_date(found_in)
                    or self._schedule_date(found_in))
        return {"reviewed": max(reviewed or weak, default=None),
                "next_review": max(upcoming, default=None)}

    def _date_under_title(self, found_in: list[list[FoundDate]]) -> list[date]:
        """A date standing alone on the line under the report's title ("SEN Information
        Report" over "September 2017"): when the report was written."""
        for index in range(min(len(self.blocks), TITLE_REACH)):
            # the title, or its subtitle straight under the page's heading ("SEN
            # Information" over "The School's Information Report" over "September 2017")
            subtitle = index > 0 and self.blocks[index - 1].is_heading and len(
                self.texts[index].split()) <= 8 and bool(_OWN_TITLE.search(self.texts[index]))
            if not (self._is_title(index) or subtitle):
                continue
            following = index + 1
            if following < len(self.blocks) and self._date_alone(found_in, following):
                # A term or a school year there ("2023 - 2024") names the edition, as in
                # the title itself.
                return [found_in[following][0].value]
        return []

    def _letter_date(self, found_in: list[list[FoundDate]]) -> list[date]:
        """The date alone on the line over a letter's greeting ("12 September 2025", then
        "Dear Parents and Carers"): a report written as a letter was written then."""
        for index in range(min(len(self.blocks), TITLE_REACH * 2) - 1):
            if _GREETING.match(self.texts[index + 1]) and self._date_alone(found_in, index):
                return [found_in[index][0].value]
        return []

    def _signed_date(self, found_in: list[list[FoundDate]]) -> list[date]:
        """The date closing the page's signature ("Ms J. Castellano, SENDCo, on behalf of
        the staff and governors ... Spring term 2026"): when the report was signed."""
        last = next((i for i in range(len(self.texts) - 1, -1, -1) if self.texts[i].strip()),
                    None)
        if last is None or not found_in[last]:
            return []
        final, text = found_in[last][-1], self.texts[last]
        if text[final.end:].strip(" .") or final.form not in _MONTH_FORMS | {"season"}:
            return []
        return [final.value] if _SIGNED.search(text[:final.start]) else []

    def _version_date(self, found_in: list[list[FoundDate]]) -> list[date]:
        """The latest date in a document-control table's "Date" column ("Version | Date |
        Changes"): the report's latest version."""
        dates: list[date] = []
        for index, block in enumerate(self.blocks):
            element = block.element
            if not found_in[index] or element is None or element.tag != "td":
                continue
            table = next(element.iterancestors("table"), None)
            header = table.find(".//tr") if table is not None else None
            if header is None or not _VERSIONS.search(" ".join(header.itertext())):
                continue
            dates += [f.value for f in found_in[index] if f.form in _MONTH_FORMS]
        return [max(dates)] if dates else []

    def _schedule_date(self, found_in: list[list[FoundDate]]) -> list[date]:
        """The date in a review schedule's "Last reviewed" column, on the row naming the
        report itself ("SEN Information Report (this page) | 29 September 2026 | September
        2027" under "Document | Last reviewed | Next review")."""
        for index, block in enumerate(self.blocks):
            element = block.element
            if not found_in[index] or element is None or element.tag != "td":
                continue
            row = element.getparent()
            table = next(element.iterancestors("table"), None)
            header = table.find(".//tr") if table is not None else None
            if header is None or row is None or row is header:
                continue
            cells = [c for c in row if c.tag in ("td", "th")]
            heads = [c for c in header if c.tag in ("td", "th")]
            if len(cells) != len(heads) or cells[0] is element:
                continue
            label = " ".join(heads[cells.index(element)].itertext())
            if not _LAST_REVIEWED.search(label) or _DUE.search(label) or not (
                    _REPORT_ROW.search(" ".join(cells[0].itertext()))):
                continue
            dates = [f.value for f in found_in[index] if f.form in _MONTH_FORMS]
            if dates:
                return dates[:1]
        return []

    def _date_alone(self, found_in: list[list[FoundDate]], index: int) -> bool:
        """Whether a block is one date and nothing more, written with its month or term, or a
        byline of the school's name and that date ("Hartwell College · Spring 2026")."""
        found = found_in[index]
        if len(found) != 1 or found[0].form not in _MONTH_FORMS | {"season"}:
            return False
        text = self.texts[index]
        if len(text) <= found[0].end - found[0].start + 2:
            return True
        rest = (text[:found[0].start] + text[found[0].end:]).strip()
        return len(rest.split()) <= BYLINE_WORDS and bool(_BYLINE.search(
            text[:found[0].start].rstrip() + "|" + text[found[0].end:].lstrip())) and not any(
            c.isdigit() for c in rest)

    def _is_title(self, block: int) -> bool:
        """A heading (or the document's first lines) naming the report: its year is its date."""
        text = self.texts[block]
        if len(text) > 160 or not _REPORT_TITLE.search(text):
            return False
        return self.blocks[block].is_heading or block < 3
