"""Facts a report states: who the SENCO is, how to reach them, the Local Offer, the review date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml import etree

from senreport.document import Document
from senreport.facts.contacts import ContactsRead
from senreport.facts.dates_read import DatesRead
from senreport.facts.links import LinksRead
from senreport.facts.reach import ReachRead
from senreport.facts.senco import (
    ASKS_WHO_LEADS,
    OTHER_SENCO,
    OTHER_SENCO_AFTER,
    OUR_BEFORE,
    ROLE,
    ROLE_AT,
    SENCO_MAILBOX,
    TITLE,
    fuller_name,
    holds_other_role,
    name_at,
    names_beside_role,
    surname_of,
)


@dataclass(frozen=True)
class Facts:
    """What was found; ``None`` where the document does not say."""

    senco_name: str | None = None
    senco_email: str | None = None
    senco_phone: str | None = None
    local_offer_url: str | None = None
    reviewed: date | None = None
    next_review: date | None = None
    send_policy_url: str | None = None
    accessibility_plan_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's ``facts`` object (dates as ISO strings)."""
        return {
            "senco_name": self.senco_name,
            "senco_email": self.senco_email,
            "senco_phone": self.senco_phone,
            "local_offer_url": self.local_offer_url,
            "reviewed": self.reviewed.isoformat() if self.reviewed else None,
            "next_review": self.next_review.isoformat() if self.next_review else None,
            "send_policy_url": self.send_policy_url,
            "accessibility_plan_url": self.accessibility_plan_url,
        }


def extract_facts(document: Document, today: date | None = None) -> Facts:
    """Read the facts from a parsed document; never raises, ``None`` for what is not there.

    ``today`` tells a bare "Review date" already past (the review) from one to come (the next).
    """
    try:
        page = _Page(document, today or date.today())
    except Exception:  # noqa: BLE001 - a malformed tree gives no facts, not a crash
        return Facts()
    values: dict[str, Any] = {}
    for name, finder in (("senco", page.senco), ("local_offer_url", page.local_offer),
                         ("dates", page.dates), ("send_policy_url", page.send_policy),
                         ("accessibility_plan_url", page.accessibility_plan)):
        try:
            found = finder()
        except Exception:  # noqa: BLE001 - one odd corner must not cost the other facts
            continue
        if isinstance(found, dict):
            values.update(found)
        else:
            values[name] = found
    values["senco_name"] = without_title(values.get("senco_name"))
    return Facts(**values)


_TITLE_WORD = re.compile(r"^(?:Mrs|Mr|Miss|Ms|Mx|Dr|Prof|Professor|Revd|Rev|Reverend)\.?\s+")


def without_title(name: str | None) -> str | None:
    """A person's name as the facts give it: without Mr, Mrs, Ms, Miss, Mx or Dr."""
    if not name:
        return name
    bare = _TITLE_WORD.sub("", name.strip())
    return bare or name


@dataclass(frozen=True)
class _Unit:
    """A stretch of text to read at once: a block, a table row, or two short blocks together."""

    text: str
    blocks: tuple[int, ...]
    starts: tuple[int, ...]  # where each block's text begins in ``text``

    def block_at(self, pos: int) -> int:
        index = 0
        for i, start in enumerate(self.starts):
            if pos >= start:
                index = i
        return self.blocks[index]



#: The role's own title (not a lead, manager or director of SEN or inclusion).
_SENCO_TITLE = re.compile(r"SEND?\s?Co|Co-?\s?ordinator", re.IGNORECASE)
#: The SENCO's post held for now by someone else, and a SENCO who is away.
_STANDING_IN = re.compile(r"\b(?:acting|interim|temporary|covering)\W*\s*$", re.IGNORECASE)
_ON_LEAVE = re.compile(r"\W*(?:who\s+)?(?:is|has\s+been|will\s+be)\s+(?:currently\s+|now\s+)?"
                       r"(?:on\s+(?:\w+\s+){0,2}leave|away|absent|off\s+work)\b", re.IGNORECASE)
#: The score at or below which a name beside the role is too unsure to be the SENCO's.
UNSURE_NAME = 10
#: A block under the role's heading that opens by presenting someone: "That's Gemma
#: Hartley!", "Meet Tom Reyes", "I'm Aisha Khan".
_PRESENTS = re.compile(r"(?:(?:that['’]s|it['’]s)(?:\s+me\s*[,:\-–—])?|this is|meet|i['’]m|i am|"
                       r"my name is)\s+",
                       re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_LABEL_LINE = re.compile(r"\s*name\s*:?\s*$", re.IGNORECASE)
_CAPITAL_WORD = re.compile(r"(?<!\S)[A-Z]")
#: Between a person's name and their e-mail address: "Amy Lowe at ", "Amy Lowe (".
_BEFORE_MAILBOX = re.compile(r"\s*(?:\(|,|:|[-–—]|\bat\b|\bon\b|\bvia\b|"
                             r"\b(?:by\s+)?e-?mail(?:\s+(?:at|on))?)?\s*$", re.IGNORECASE)


class _Page(LinksRead, ContactsRead, DatesRead, ReachRead):
    def __init__(self, document: Document, today: date) -> None:
        self.document = document
        self.today = today  # tells a bare "Review date" already past from one to come
        self.blocks = list(document.blocks)
        self.texts = [block.text or "" for block in self.blocks]
        self.part_of: list[int] = []
        part = -1
        for block in self.blocks:
            if block.is_heading or part < 0:
                part += 1
            self.part_of.append(part)
        self.headings = {self.part_of[i]: i for i, b in enumerate(self.blocks) if b.is_heading}
        # Each block's paragraph: the entries of one list are one paragraph, so a long list
        # between the SENCO's name and a number does not put the number out of reach.
        self.paragraph_of: list[int] = []
        last_list: etree._Element | None = None
        paragraph = -1
        for block in self.blocks:
            in_list = (block.element.getparent() if block.tag == "li"
                       and block.element is not None else None)
            if in_list is None or in_list is not last_list:
                paragraph += 1
            self.paragraph_of.append(paragraph)
            last_list = in_list
        self.tree = document.main.getroottree()
        # Each block's element, to its blocks (a block's xpath is its element's path; a
        # paragraph written as lines is one block a line).
        self.element_blocks: dict[etree._Element, list[int]] = {}
        for i, block in enumerate(self.blocks):
            if block.xpath and block.element is not None:
                self.element_blocks.setdefault(block.element, []).append(i)
        self._mention_cache: dict[tuple[str, int], list[int]] = {}
        #: Every role word in each block, in order.
        self.roles = ROLE_AT.finditer_each(self.texts)
        self.links = self._links()
        self.row_of = self._rows()  # the table row each block stands in, if any
        self.units = self._units()
        self.emails = self._emails()
        self.phones = self._phones()

    # -- structure ---------------------------------------------------------------------------

    def _rows(self) -> list[etree._Element | None]:
        """The table row (within the main content) each block stands in, the innermost."""
        innermost: dict[etree._Element, etree._Element] = {}
        for row in self.document.main.iter("tr"):  # outer rows first: inner ones overwrite
            for element in row.iter():
                innermost[element] = row
        if not innermost:
            return [None] * len(self.blocks)
        return [None if b.element is None else innermost.get(b.element) for b in self.blocks]

    def _units(self) -> list[tuple[int, ...]]:
        """The blocks of each unit, in order (:meth:`unit` puts their text together)."""
        units: list[tuple[int, ...]] = [(i,) for i in range(len(self.texts))]
        rows: dict[etree._Element, list[int]] = {}
        row_of = self.row_of
        for i, row in enumerate(row_of):
            if row is not None:
                rows.setdefault(row, []).append(i)
        for members in rows.values():
            if len(members) > 1:
                units.append(tuple(members))
        for i in range(len(self.blocks) - 1):
            if row_of[i] is not None and row_of[i + 1] is not None:
                continue
            if min(len(self.texts[i]), len(self.texts[i + 1])) <= 80:
                units.append((i, i + 1))
                if i + 2 < len(self.texts) and _LABEL_LINE.match(self.texts[i + 1]):
                    # a form's label on its own line between: "SENCO | Name | Miss Hibbert"
                    units.append((i, i + 1, i + 2))
        self.units_of: list[list[int]] = [[] for _ in self.texts]  # block -> its units
        for number, unit_blocks in enumerate(units):
            for i in unit_blocks:
                self.units_of[i].append(number)
        return units

    def units_with(self, blocks: list[bool]) -> list[tuple[int, ...]]:
        """The units, in order, holding a block marked in ``blocks``.

        A role word or a date never spans the " | " between a unit's blocks: a unit holds one
        only where one of its blocks does.
        """
        chosen = {unit for i, marked in enumerate(blocks) if marked for unit in self.units_of[i]}
        return [self.units[number] for number in sorted(chosen)]

    def unit(self, members: tuple[int, ...], sep: str = " | ") -> _Unit:
        """The unit of these blocks: their texts joined."""
        if len(members) == 1:
            return _Unit(self.texts[members[0]], members, (0,))
        starts, pieces, pos = [], [], 0
        for i in members:
            starts.append(pos)
            pieces.append(self.texts[i])
            pos += len(self.texts[i]) + len(sep)
        return _Unit(sep.join(pieces), members, tuple(starts))

    # -- the SENCO ---------------------------------------------------------------------------

    def senco(self) -> dict[str, str | None]:
        candidates: list[tuple[float, int, str, int, int]] = []  # score, -order, name, block, pos
        mentions: list[tuple[int, int]] = []  # (block, pos) of every role word in a block
        names_by: dict[tuple[str, int, int], list[tuple[float, str, int]]] = {}
        roles = self.roles
        for members in self.units_with([bool(found) for found in roles]):
            single = len(members) == 1
            unit = self.unit(members)
            found = roles[members[0]] if single else self._roles_in(unit)
            for count, role in enumerate(found):
                if count >= 50:  # enough mentions to judge by; keeps huge blocks quick
                    break
                if single:
                    mentions.append((unit.blocks[0], role.start()))
                key = (unit.text, role.start(), role.end())
                if key not in names_by:  # a text said again names the same people
                    names_by[key] = names_beside_role(unit.text, role)
                for score, named, pos in names_by[key]:
                    score -= 0 if single else 4
                    if role.group("minor"):
                        score -= 60
                    lead_in = unit.text[max(0, role.start() - 30):role.start()]
                    if OTHER_SENCO.search(lead_in) or OTHER_SENCO_AFTER.match(
                            unit.text, role.end()):
                        if not _SENCO_TITLE.search(role.group(0)):
                            continue  # "the Trust Director of SEND": never the school's SENCO
                        score -= 30  # another body's SENCO: a lookalike
                    else:
                        score += 3 if OUR_BEFORE.search(lead_in) else 0
                        if not role.group("minor") and _SENCO_TITLE.search(role.group(0)):
                            score += 4  # the SENCO, before a lead or director of SEND
                        if _STANDING_IN.search(lead_in):
                            score += 8  # "Acting SENCO": the one to contact now
                    if _ON_LEAVE.match(unit.text, pos + len(named)):
                        score -= 30  # "Mrs Brightwell, is on maternity leave until ..."
                    block = unit.block_at(pos)
                    offset = pos - unit.starts[unit.blocks.index(block)]
                    candidates.append((score, -len(candidates), named, block, offset))
        # A name far from the role, beside someone else's SENCO, is nobody's answer.
        candidates = [c for c in candidates if c[0] > UNSURE_NAME]
        if not candidates:
            by_other = self._senco_by_heading() or self._senco_by_mailbox()
            candidates = [by_other] if by_other else []
        candidates.sort(reverse=True)
        name: str | None = None
        anchors: list[tuple[int, int]] = []
        surname: str | None = None
        if candidates:
            name = candidates[0][2]
            fuller = fuller_name(name, self.texts)
            if fuller:
                name, where = fuller
                anchors.append(where)
            surname = surname_of(name)
            anchors[:0] = [(c[3], c[4]) for c in candidates
                           if c is candidates[0] or surname_of(c[2]) == surname]
        anchors += mentions
        surname = surname_of(name) if name else None
        email = self._nearest(self.emails, anchors, surname, mailbox=True)
        phone = self._nearest(self.phones, anchors, surname, mailbox=False)
        if phone is None and email is not None:
            # "Email me on jt@..., or ring the school office on 0161 ... and ask for me":
            # the number given in the same sentence as the SENCO's own address
            phone = next((p.value for e in self.emails if e.value == email for p in self.phones
                          if p.block == e.block and not _SENTENCE_END.search(
                              self.texts[e.block], min(p.pos, e.pos), max(p.pos, e.pos))),
                         None)
        return {"senco_name": name, "senco_email": email, "senco_phone": phone}

    def _roles_in(self, unit: _Unit) -> list[re.Match[str]]:
        """``list(ROLE_AT.finditer(unit.text))``, from the role words found in each of its
        blocks: no role word reaches across the " | " between them, and one at a block's
        edge reads there as at the text's."""
        return [found for block, start in zip(unit.blocks, unit.starts, strict=True)
                for role in self.roles[block]
                if (found := ROLE.match(unit.text, start + role.start())) is not None]

    def _senco_by_heading(self) -> tuple[float, int, str, int, int] | None:
        """A heading naming the role ("Our SENCO"), or asking who leads SEN, and a name opening
        a block under it."""
        for part, heading in sorted(self.headings.items()):
            if not self.roles[heading] and not ASKS_WHO_LEADS.search(self.texts[heading]):
                continue
            for i in range(heading + 1, len(self.blocks)):
                if self.part_of[i] != part:
                    break
                name = name_at(self.texts[i], 0)
                if name is None:
                    title = TITLE.search(self.texts[i])
                    presents = _PRESENTS.match(self.texts[i])
                    name = (name_at(self.texts[i], title.start()) if title else
                            name_at(self.texts[i], presents.end()) if presents else None)
                if name:
                    return (30, 0, name[0], i, 0)
        return None

    def _senco_by_mailbox(self) -> tuple[float, int, str, int, int] | None:
        """A name given just before the SENCO's own mailbox ("please contact Amy Lowe at
        senco@...", "Amy Lowe (sendco@...)"), where no role word names anyone."""
        for hit in self.emails:
            if not SENCO_MAILBOX.match(hit.value.split("@")[0]):
                continue
            text = self.texts[hit.block]
            lead = _BEFORE_MAILBOX.search(text, max(0, hit.pos - 60), hit.pos)
            if lead is None:
                continue
            for word in _CAPITAL_WORD.finditer(text, max(0, lead.start() - 40), lead.start()):
                found = name_at(text, word.start())
                if found and found[1] == lead.start():
                    if holds_other_role(text, word.start(), found[1]):
                        break  # "our headteacher, Mrs Bell, at ...": hers, not the SENCO's
                    return (20, 0, found[0], hit.block, word.start())
        return None
