"""Which of a page's e-mail addresses and telephone numbers is the way to reach the SENCO:
the one nearest where the SENCO is named, in the same block or table row first, then the same
part of the page, then a block or two away under a heading about getting in touch."""

from __future__ import annotations

import re

from lxml import etree

from senreport.facts.contact_owner import claimed_by_other
from senreport.facts.contacts import Hit
from senreport.facts.senco import EXTERNAL, FOREIGN_MAILBOX, ROLE, SENCO_MAILBOX, TITLE, name_at
from senreport.opening_words import at_opening_words

#: ``EXTERNAL``, tried only where the words its matches open with stand.
_EXTERNAL_AT = at_opening_words(EXTERNAL)

#: The school's general mailboxes ("enquiries@", "office@"), everyone's way in.
_SCHOOL_MAILBOX = re.compile(r"(?:enquir(?:y|ies)|office|admin|info|reception|school|head|"
                             r"contact|mail)@", re.IGNORECASE)
#: Mailboxes of another of the school's jobs ("referrals@", "admissions@", "finance@"):
#: never the SENCO's way in when given far from the SENCO.
_OTHER_MAILBOX = re.compile(r"(?:referrals?|admissions?|finance|accounts|hr|jobs|recruitment|"
                            r"vacancies|attendance|exams?|payroll|bursar|lettings|catering|"
                            r"transport|governors?|clerk|safeguarding|dsl)@", re.IGNORECASE)
_ABOUT_SEN = re.compile(r"\b(SEN|SEND|SENCO|SENDCO|SENCo|SENDCo)\b|special educational",
                        re.IGNORECASE)

#: Blocks apart a contact and the SENCO's mention may stand in one part of the page (a page
#: without headings is one long part: the office number at its top is not the SENCO's).
SAME_PART_REACH = 8

#: A lead-in to the school's general contacts, and how many lines after it are theirs.
_TO_THE_OFFICE = re.compile(r"\b(general|other|all)\s+enquir|\b(school|main)\s+offices?\b|"
                            r"\breception\b(?!\s+(?:class|teacher|year|child))", re.IGNORECASE)
OFFICE_LINES = 4
_ADMISSIONS = re.compile(r"\badmissions?\b|\babsence\b|\battendance\b", re.IGNORECASE)

#: A heading about getting in touch with someone.
_CONTACT_HEADING = re.compile(r"\b(contact|get in touch|reach|speak|talk|phone|telephone|call|"
                              r"ring|e-?mail|who)", re.IGNORECASE)


class ReachRead:
    """What :class:`senreport.facts.extract._Page` reads of the ways to reach the SENCO."""

    texts: list[str]
    roles: list[list[re.Match[str]]]
    headings: dict[int, int]
    part_of: list[int]
    paragraph_of: list[int]
    row_of: list[etree._Element | None]

    def _led_to_office(self, block: int) -> bool:
        """Whether the block is a line of a list led into by "For general enquiries, please
        contact the school offices:" (the lines after it are the offices', not the SENCO's)."""
        for before in range(block - 1, max(-1, block - OFFICE_LINES - 1), -1):
            if self.part_of[before] != self.part_of[block] or self.roles[before]:
                return False
            if self.texts[before].rstrip().endswith(":"):
                return bool(_TO_THE_OFFICE.search(self.texts[before]))
        return False

    def _row_text(self, block: int) -> str | None:
        """The text of the table row the block is a cell of, if it is one."""
        row = self.row_of[block]
        return None if row is None else " ".join(row.itertext())

    def _office_row(self, block: int) -> bool:
        """Whether the block is a cell of a table row for the school's general contacts
        ("Reception (general enquiries, absence and admissions) | - | 01632 ...")."""
        text = self._row_text(block)
        return text is not None and bool(_TO_THE_OFFICE.search(text) or _ADMISSIONS.search(
            text)) and not _ABOUT_SEN.search(text)

    def _someone_elses_row(self, block: int, surname: str | None) -> bool:
        """Whether the block is a cell of a table row for another person ("Family Liaison
        Officer | Ms Hale | 01632 ..." in a key-contacts table): the row names someone with a
        title who is not the SENCO, and not the SENCO's role."""
        text = self._row_text(block)
        if text is None or ROLE.search(text) or (
                surname and len(surname) > 2 and surname in text.lower()):
            return False
        return any(name_at(text, title.start()) is not None for title in TITLE.finditer(text))

    def _for_contact(self, block: int) -> bool:
        """Whether the block stands under a heading about getting in touch ("Contact us",
        "How can I speak to her?"), or under the heading it follows, not another question
        ("Complaints": "ring the school office" there is for a complaint)."""
        heading = self.headings.get(self.part_of[block])
        return heading is None or heading == block or bool(
            self.roles[heading] or _CONTACT_HEADING.search(self.texts[heading]))

    def _nearest(self, hits: list[Hit], anchors: list[tuple[int, int]], surname: str | None,
                 mailbox: bool) -> str | None:
        """The contact closest to where the SENCO is named, falling back step by step."""

        def looks_senco(hit: Hit) -> bool:
            if not mailbox:
                return False
            local = hit.value.split("@")[0].lower()
            return bool(SENCO_MAILBOX.match(local)) or bool(
                surname and len(surname) > 2 and surname in local)

        def about_senco(block: int) -> bool:
            text = self.texts[block]
            return bool(self.roles[block]) or bool(surname and surname in text.lower())

        hits = [h for h in hits if not (mailbox and FOREIGN_MAILBOX.search(h.value))]
        ours: dict[int, bool] = {}
        for block in {h.block for h in hits}:
            ours[block] = about_senco(block) or not _EXTERNAL_AT.search(self.texts[block])
        # A number above the page's first words about SEN is the page's own (a header
        # strip: "Phone: 01632 960000 | Email: ..."), unless it names the SENCO.
        top = next((i for i, text in enumerate(self.texts) if _ABOUT_SEN.search(text)), 0)
        own = [h for h in hits if ours[h.block] and (looks_senco(h) or not claimed_by_other(
            self.texts[h.block], h.pos, surname) and not self._led_to_office(h.block)
            and not self._office_row(h.block) and not self._someone_elses_row(h.block, surname)
            ) and (
            h.block >= top or about_senco(h.block))]
        anchors = list(dict.fromkeys(anchors))[:40]  # the surest few are enough
        if not anchors:
            senco_like = [h for h in own if looks_senco(h)]
            return senco_like[0].value if senco_like else None

        def cost(hit: Hit, where: tuple[int, int]) -> tuple[bool, float]:
            block, pos = where
            if hit.block == block:
                d = hit.pos - pos
                distance = (d if d >= 0 else -d * 1.5 + 10) / 1000
            else:
                d = hit.block - block
                distance = 1 + (d if d > 0 else -d * 1.5 + 0.5)
            return (not looks_senco(hit), distance)

        # the same block or table row as the SENCO, then the same part, then a block or two away
        steps = (
            lambda h, w: h.block == w[0] or self.row_of[h.block] is not None
            and self.row_of[h.block] is self.row_of[w[0]],
            lambda h, w: self.part_of[h.block] == self.part_of[w[0]] and abs(
                self.paragraph_of[h.block] - self.paragraph_of[w[0]]) <= SAME_PART_REACH,
            lambda h, w: abs(h.block - w[0]) <= 2 and (
                self.part_of[h.block] == self.part_of[w[0]] or self._for_contact(h.block)),
        )
        for near in steps:
            for where in anchors:
                close = [h for h in own if near(h, where)]
                if close:
                    return min(close, key=lambda h: cost(h, where)).value
        senco_like = [h for h in own if looks_senco(h)]
        if senco_like:
            return senco_like[0].value
        if not own or not mailbox:
            # A telephone number far from any mention of the SENCO (the school's number in
            # a page header) is not given as the way to reach them.
            return None
        where = anchors[0]
        # Far from the SENCO, the school's own mailbox ("enquiries@", "office@") is the last
        # resort only where the page says how to get in touch, not for paper copies of it;
        # another job's mailbox ("referrals@", "admissions@") never.
        own = [h for h in own if not _OTHER_MAILBOX.match(h.value) and (
            not _SCHOOL_MAILBOX.match(h.value) or self._for_contact(h.block))]
        return min(own, key=lambda h: cost(h, where)).value if own else None
