"""Facts a report states: who the SENCO is, how to reach them, the Local Offer, the review date."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import unquote

from lxml import etree

from senreport.dates import FoundDate, Spans, dates_of_texts, labelled_dates
from senreport.document import Document
from senreport.facts.senco import (
    _EXTERNAL,
    _FOREIGN_MAILBOX,
    _OTHER_SENCO,
    _OTHER_SENCO_AFTER,
    _OUR_BEFORE,
    _ROLE_AT,
    _SENCO_MAILBOX,
    _TITLE,
    _compatible,
    _name_at,
    _names_by,
    _surname,
    claimed_by_other,
)

try:  # the document module's own idea of site furniture, if it still offers it
    from senreport.document import _is_chrome
except ImportError:  # pragma: no cover - a local stand-in
    def _is_chrome(element: etree._Element) -> bool:
        return isinstance(element.tag, str) and element.tag in ("nav", "header", "footer", "aside")


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


# --- contacts ----------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+'\-]*@[A-Za-z0-9\-]+"
                    r"(?:\.[A-Za-z0-9\-]+)+")
_OBFUSCATED = (
    re.compile(r"(?<![\w.])(?P<user>[A-Za-z0-9][A-Za-z0-9._+\-]*)\s*[\[({<]\s*at\s*[\])}>]\s*"
               r"(?P<domain>[A-Za-z0-9\-]+(?:\s*(?:[\[({<]\s*dot\s*[\])}>]|\.)\s*"
               r"[A-Za-z0-9\-]+)+)", re.IGNORECASE),
    re.compile(r"(?<![\w.])(?P<user>[a-z0-9][a-z0-9._+\-]*) at (?P<domain>[a-z0-9\-]+"
               r"(?: dot [a-z0-9\-]+)+)\b"),
)
#: What each obfuscated form cannot do without: a bracketed "at", or " dot ".
_OBFUSCATED_NEEDS = (re.compile(r"[\[({<]\s*at\s*[\])}>]", re.IGNORECASE), re.compile(" dot "))
_DOT = re.compile(r"\s*(?:[\[({<]\s*dot\s*[\])}>]|\bdot\b|\.)\s*", re.IGNORECASE)
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?\(?\d{2,5}\)?|\(0\d{2,5}\)|0\d{2,5})"
    r"(?:[ \-]?\d{2,4}){1,3}(?!\d)"
)
_EXT_WORD = re.compile(r"(?i)\s*,?\s*\(?(?:ext|extn|extension|x)\b")
_EXTENSION = re.compile(r"\s*,?\s*\(?(?:ext|extn|extension|x)\.?\s*:?\s*\d{1,6}\)?(?!\d)",
                        re.IGNORECASE)

# --- links -------------------------------------------------------------------------------------

_LOCAL_OFFER = re.compile(r"local[\s\-_]*offer", re.IGNORECASE)
#: Links that are never the local authority's Local Offer: the school's own "local offer"
#: page, and national guidance (GOV.UK, legislation) that explains what one must hold.
_NOT_THE_LOCAL_OFFER = re.compile(
    r"\b(?:our|this)\s+(?:school['’]?s?\s+)?(?:send?\s+)?local[\s\-_]*offer"
    r"|\bschool['’]s\s+(?:send?\s+)?local[\s\-_]*offer"
    r"|^https?://(?:www\.)?(?:gov\.uk|legislation\.gov\.uk)(?:/|$)", re.IGNORECASE)
_SEND_POLICY = re.compile(
    r"\b(?:SEND?|SEN\s*(?:and|&)\s*D|Special\s+Educational\s+Needs?"
    r"(?:\s+(?:and|&)\s+Disabilit(?:y|ies))?)\b(?:\s*\((?:SEND?)\))?(?:\s+(?:and|&)\s+Inclusion)?"
    r"\s+polic(?:y|ies)\b|\bsend?[\-_]?(?:and[\-_])?(?:inclusion[\-_])?polic", re.IGNORECASE)
_INCLUSION_POLICY = re.compile(r"\binclusion[\s\-_]+polic(?:y|ies)\b", re.IGNORECASE)
_ACCESS_PLAN = re.compile(r"accessibility[\s\-_]*(?:plan|strategy)", re.IGNORECASE)
_VAGUE_LINK = re.compile(r"^\W*(?:click\s+)?(?:here|this\s+link|link|download|view|read(?:\s+more)?"
                         r"|more|open|(?:the\s+)?(?:pdf|document|file)|website|this)\W*"
                         r"(?:\(?pdf\)?)?\W*$", re.IGNORECASE)
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+", re.IGNORECASE)

# --- dates -------------------------------------------------------------------------------------

_REPORT_TITLE = re.compile(r"information\s+report|\bSEND?\s+report|\breport\b|local\s+offer|"
                           r"\bpolicy\b", re.IGNORECASE)


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


@dataclass(frozen=True)
class _Hit:
    """An email address or phone number found, and where."""

    value: str
    block: int
    pos: int  # position in the block's text (approximate for links)


@dataclass(frozen=True)
class _Link:
    """A link in the main content."""

    href: str
    label: str
    block: int | None
    pos: int  # where its text starts in its block's text
    chrome: bool


#: Blocks apart a contact and the SENCO's mention may stand in one part of the page (a page
#: without headings is one long part: the office number at its top is not the SENCO's).
SAME_PART_REACH = 8
#: The score at or below which a name beside the role is too unsure to be the SENCO's.
UNSURE_NAME = 10


class _Page:
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
        self.tree = document.main.getroottree()
        # Each block's element, to its first block (a block's xpath is its element's path).
        self.element_block: dict[etree._Element, int] = {}
        for i, block in enumerate(self.blocks):
            if block.xpath and block.element is not None:
                self.element_block.setdefault(block.element, i)
        self._mention_cache: dict[tuple[str, int], list[int]] = {}
        #: Every role word in each block, in order.
        self.roles = _ROLE_AT.finditer_each(self.texts)
        self.links = self._links()
        self.units = self._units()
        self.emails = self._emails()
        self.phones = self._phones()

    # -- structure ---------------------------------------------------------------------------

    def _links(self) -> list[_Link]:
        """Every link with its block (or ``None``), its place there, and whether it is furniture."""
        found = []
        main = self.document.main
        searched_to: dict[int, int] = {}
        furniture: dict[etree._Element, bool] = {}  # ancestors links share, judged once
        for link in self.document.links():
            chrome = False
            block = None
            ancestors = list(link.iterancestors())
            for ancestor in ancestors:
                if ancestor is main:
                    break
                if ancestor not in furniture:
                    furniture[ancestor] = _is_chrome(ancestor)
                if furniture[ancestor]:
                    chrome = True
                    break
            for element in (link, *ancestors):
                block = self.element_block.get(element)
                if block is not None or element is main:
                    break
            label = " ".join((link.text_content() or "").split())
            pos = 0
            if block is not None and label:
                text = self.texts[block]
                pos = text.find(label, searched_to.get(block, 0))
                if pos < 0:
                    pos = max(text.find(label), 0)
                else:
                    searched_to[block] = pos + len(label)
            href = (link.get("href") or "").strip()
            label = label or (link.get("title") or link.get("aria-label") or "").strip()
            found.append(_Link(href, label, block, pos, chrome))
        return found

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
        row_of = self._rows()
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
            found = roles[members[0]] if single else list(_ROLE_AT.finditer(unit.text))
            for count, role in enumerate(found):
                if count >= 50:  # enough mentions to judge by; keeps huge blocks quick
                    break
                if single:
                    mentions.append((unit.blocks[0], role.start()))
                key = (unit.text, role.start(), role.end())
                if key not in names_by:  # a text said again names the same people
                    names_by[key] = _names_by(unit.text, role)
                for score, named, pos in names_by[key]:
                    score -= 0 if single else 4
                    if role.group("minor"):
                        score -= 60
                    lead_in = unit.text[max(0, role.start() - 30):role.start()]
                    if _OTHER_SENCO.search(lead_in) or _OTHER_SENCO_AFTER.match(
                            unit.text, role.end()):
                        score -= 30
                    elif _OUR_BEFORE.search(lead_in):
                        score += 3
                    block = unit.block_at(pos)
                    offset = pos - unit.starts[unit.blocks.index(block)]
                    candidates.append((score, -len(candidates), named, block, offset))
        # A name far from the role, beside someone else's SENCO, is nobody's answer.
        candidates = [c for c in candidates if c[0] > UNSURE_NAME]
        if not candidates:
            by_heading = self._senco_by_heading()
            candidates = [by_heading] if by_heading else []
        candidates.sort(reverse=True)
        name: str | None = None
        anchors: list[tuple[int, int]] = []
        surname: str | None = None
        if candidates:
            name = candidates[0][2]
            fuller = self._fuller_name(name)
            if fuller:
                name, where = fuller
                anchors.append(where)
            surname = _surname(name)
            anchors[:0] = [(c[3], c[4]) for c in candidates
                           if c is candidates[0] or _surname(c[2]) == surname]
        anchors += mentions
        surname = _surname(name) if name else None
        email = self._nearest(self.emails, anchors, surname, mailbox=True)
        phone = self._nearest(self.phones, anchors, surname, mailbox=False)
        return {"senco_name": name, "senco_email": email, "senco_phone": phone}

    def _fuller_name(self, name: str) -> tuple[str, tuple[int, int]] | None:
        """The same person named more fully elsewhere ("Mr Whitcombe" -> "Mr Tom Whitcombe")."""
        short = name.split()
        best: tuple[str, tuple[int, int]] | None = None
        for i, text in enumerate(self.texts):
            for title in _TITLE.finditer(text):
                found = _name_at(text, title.start())
                if not found:
                    continue
                long = found[0].split()
                if len(long) <= len(short) or (best and len(long) <= len(best[0].split())):
                    continue
                if _compatible(short, long):
                    best = (found[0], (i, title.start()))
        return best

    def _senco_by_heading(self) -> tuple[float, int, str, int, int] | None:
        """A heading naming the role ("Our SENCO") and a name opening a block under it."""
        for part, heading in sorted(self.headings.items()):
            if not self.roles[heading]:
                continue
            for i in range(heading + 1, len(self.blocks)):
                if self.part_of[i] != part:
                    break
                name = _name_at(self.texts[i], 0)
                if name is None:
                    title = _TITLE.search(self.texts[i])
                    name = _name_at(self.texts[i], title.start()) if title else None
                if name:
                    return (30, 0, name[0], i, 0)
        return None

    def _nearest(self, hits: list[_Hit], anchors: list[tuple[int, int]], surname: str | None,
                 mailbox: bool) -> str | None:
        """The contact closest to where the SENCO is named, falling back step by step."""

        def looks_senco(hit: _Hit) -> bool:
            if not mailbox:
                return False
            local = hit.value.split("@")[0].lower()
            return bool(_SENCO_MAILBOX.match(local)) or bool(
                surname and len(surname) > 2 and surname in local)

        def about_senco(block: int) -> bool:
            text = self.texts[block]
            return bool(self.roles[block]) or bool(surname and surname in text.lower())

        hits = [h for h in hits if not (mailbox and _FOREIGN_MAILBOX.search(h.value))]
        ours: dict[int, bool] = {}
        for block in {h.block for h in hits}:
            ours[block] = about_senco(block) or not _EXTERNAL.search(self.texts[block])
        own = [h for h in hits if ours[h.block] and (looks_senco(h) or not claimed_by_other(
            self.texts[h.block], h.pos, surname))]
        anchors = list(dict.fromkeys(anchors))[:40]  # the surest few are enough
        if not anchors:
            senco_like = [h for h in own if looks_senco(h)]
            return senco_like[0].value if senco_like else None

        def cost(hit: _Hit, where: tuple[int, int]) -> tuple[bool, float]:
            block, pos = where
            if hit.block == block:
                d = hit.pos - pos
                distance = (d if d >= 0 else -d * 1.5 + 10) / 1000
            else:
                d = hit.block - block
                distance = 1 + (d if d > 0 else -d * 1.5 + 0.5)
            return (not looks_senco(hit), distance)

        # the same block as the SENCO, then the same part, then a block or two away
        steps = (
            lambda h, w: h.block == w[0],
            lambda h, w: self.part_of[h.block] == self.part_of[w[0]] and abs(
                h.block - w[0]) <= SAME_PART_REACH,
            lambda h, w: abs(h.block - w[0]) <= 2,
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
        return min(own, key=lambda h: cost(h, where)).value

    # -- contacts ----------------------------------------------------------------------------

    def _emails(self) -> list[_Hit]:
        hits: list[_Hit] = []
        # The obfuscated forms the page may hold at all (a form missing from the whole page
        # is missing from each block).
        joined = "\n".join(self.texts)
        forms = [(pattern, needs) for pattern, needs in zip(_OBFUSCATED, _OBFUSCATED_NEEDS,
                                                            strict=True) if needs.search(joined)]
        for i, text in enumerate(self.texts):
            if not forms and "@" not in text:
                continue
            spans = Spans()
            if "@" in text:
                for match in _EMAIL.finditer(text):
                    hits.append(_Hit(match.group().rstrip(".-_'"), i, match.start()))
                    spans.add(*match.span())
            for pattern, needs in forms:
                if not needs.search(text):
                    continue
                for match in pattern.finditer(text):
                    if spans.overlaps(*match.span()):
                        continue
                    domain = _DOT.sub(".", match.group("domain"))
                    hits.append(_Hit(f"{match.group('user')}@{domain}", i, match.start()))
                    spans.add(*match.span())
        seen = {(h.block, h.value.lower()) for h in hits}
        for link in self.links:
            href, block = link.href, link.block
            if block is None or link.chrome or not href.lower().startswith("mailto:"):
                continue
            address = unquote(href[7:].split("?")[0]).split(",")[0].strip()
            if _EMAIL.fullmatch(address) and (block, address.lower()) not in seen:
                seen.add((block, address.lower()))
                hits.append(_Hit(address, block, link.pos))
        return sorted(hits, key=lambda h: (h.block, h.pos))

    def _phones(self) -> list[_Hit]:
        hits: list[_Hit] = []
        for i, text in enumerate(self.texts):
            if "0" not in text and "+" not in text:
                continue  # every number opens with 0, or with +44
            for match in _PHONE.finditer(text):
                number = _valid_phone(match.group())
                if not number:
                    continue
                end = match.start() + len(number)
                ext = _EXTENSION.match(text, end)
                if ext:
                    number = text[match.start():ext.end()].strip()
                    if number.count("(") > number.count(")"):
                        number = number.rstrip("(").strip()
                    elif number.count(")") > number.count("(") and number.endswith(")"):
                        number = number[:-1].rstrip()
                hits.append(_Hit(number.strip(" ,;.-"), i, match.start()))
        seen = {(h.block, re.sub(r"\D", "", _EXT_WORD.split(h.value)[0])[-9:]) for h in hits}
        for link in self.links:
            href, block, text = link.href, link.block, link.label
            if block is None or link.chrome or not href.lower().startswith("tel:"):
                continue
            number = _valid_phone(text) if _PHONE.fullmatch(text) else None
            number = number or unquote(href[4:]).strip()
            digits = re.sub(r"\D", "", number)[-9:]
            if number and (block, digits) not in seen:
                seen.add((block, digits))
                hits.append(_Hit(number, block, link.pos))
        return sorted(hits, key=lambda h: (h.block, h.pos))

    def _mentions(self, pattern: re.Pattern[str], block: int) -> list[int]:
        key = (pattern.pattern, block)
        if key not in self._mention_cache:
            self._mention_cache[key] = [m.start() for m in pattern.finditer(self.texts[block])]
        return self._mention_cache[key]

    def _best_link(self, strong: re.Pattern[str], avoid: tuple[re.Pattern[str], ...],
                   bare_urls: bool = False, weak: re.Pattern[str] | None = None,
                   never: re.Pattern[str] | None = None) -> str | None:
        """The link best matching ``strong`` by its text, its address or the words around it
        (never one whose text or address ``never`` matches)."""
        best: tuple[float, int, str] | None = None
        for order, link in enumerate(self.links):
            href, label, block = link.href, link.label, link.block
            if not href or href.startswith("#") or re.match(r"(?i)(mailto|tel|javascript):", href):
                continue
            if never is not None and (never.search(label) or never.search(href)):
                continue
            vague = bool(_VAGUE_LINK.match(label))
            if strong.search(label):
                score = 10.0
            elif strong.search(unquote(href)):
                score = 8.0
            elif weak is not None and (weak.search(label) or weak.search(href)):
                score = 4.0
            elif block is None or any(p.search(label) or p.search(href) for p in avoid):
                continue
            else:
                mentions = self._mentions(strong, block)
                if mentions:  # the words around the link name what it is
                    i = bisect_left(mentions, link.pos)
                    distance = min(abs(link.pos - m) for m in mentions[max(0, i - 1):i + 1])
                    score = (6 if vague else 5) - min(distance, 300) / 100
                elif block > 0 and len(self.texts[block - 1]) < 200 and self._mentions(
                        strong, block - 1):  # a lead-in line: "Our Local Offer:"
                    score = 4 if vague else 3
                else:
                    continue
            if any(p.search(label) for p in avoid) and not strong.search(label):
                score -= 3
            if re.match(r"(?i)https?://", href):
                score += 2
            if link.chrome:
                score -= 2
            if score <= 0:
                continue
            candidate = (score, -order, href)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if best is None and bare_urls:
            for text in self.texts:
                if not strong.search(text):
                    continue
                for match in _BARE_URL.finditer(text):
                    url = match.group().rstrip(".,;:!?")
                    return url if url.lower().startswith("http") else "https://" + url
        return best[2] if best else None

    def local_offer(self) -> str | None:
        return self._best_link(_LOCAL_OFFER, (_SEND_POLICY, _ACCESS_PLAN,
                                              re.compile(r"SENDIASS|\bIASS\b|information,?\s+advice",
                                                         re.IGNORECASE)),
                               bare_urls=True, never=_NOT_THE_LOCAL_OFFER)

    def send_policy(self) -> str | None:
        return self._best_link(_SEND_POLICY, (_LOCAL_OFFER, _ACCESS_PLAN), weak=_INCLUSION_POLICY)

    def accessibility_plan(self) -> str | None:
        return self._best_link(_ACCESS_PLAN, (_LOCAL_OFFER, _SEND_POLICY))

    # -- dates -------------------------------------------------------------------------------

    def dates(self) -> dict[str, date | None]:
        kinds: dict[tuple[int, int], tuple[str, date]] = {}
        weak: list[date] = []
        found_in = dates_of_texts(self.texts)
        read: dict[str, list[tuple[FoundDate, str | None]]] = {}
        for members in self.units_with([bool(found) for found in found_in]):
            unit = self.unit(members)
            if unit.text not in read:  # a text said again reads the same
                # A block's own dates are found already; a unit of blocks is read anew.
                read[unit.text] = labelled_dates(
                    unit.text, found_in[members[0]] if len(members) == 1 else None)
            for found, kind in read[unit.text]:
                block = unit.block_at(found.start)
                key = (block, found.start - unit.starts[unit.blocks.index(block)])
                if kind in ("next", "reviewed", "review"):
                    if kinds.get(key, ("",))[0] != "next":
                        kinds[key] = (kind, found.value)
                elif kind == "weak" and not self._is_title(block):
                    # A date in the report's title ("SEN Information Report - Summer 2025")
                    # names the edition, not when it was written or reviewed: careful
                    # readers do not take it as the review date.
                    weak.append(found.value)
        reviewed = [value for kind, value in kinds.values() if kind == "reviewed"]
        upcoming = [value for kind, value in kinds.values() if kind == "next"]
        # A bare "Review date" beside a "Last reviewed" is the next one; alone, a date
        # already past was the review and one to come is the next.
        for kind, value in kinds.values():
            if kind == "review":
                past = value <= self.today and not any(k == "reviewed" for k, _ in kinds.values())
                (reviewed if past else upcoming).append(value)
        return {"reviewed": max(reviewed or weak, default=None),
                "next_review": max(upcoming, default=None)}

    def _is_title(self, block: int) -> bool:
        """A heading (or the document's first lines) naming the report: its year is its date."""
        text = self.texts[block]
        if not _REPORT_TITLE.search(text) or len(text) > 160:
            return False
        return self.blocks[block].is_heading or block < 3


def _valid_phone(candidate: str) -> str | None:
    """The longest leading part of ``candidate`` with the digits of a UK telephone number."""
    groups = re.split(r"(?<=\d)(?=[ \-]\d)", candidate)
    while groups:
        text = "".join(groups).strip()
        digits = re.sub(r"\D", "", text)
        if text.startswith("+"):
            digits = digits[2:] if digits.startswith("44") else ""
            digits = digits[1:] if digits.startswith("0") else digits
            ok = 9 <= len(digits) <= 10
        else:
            ok = digits.startswith("0") and 10 <= len(digits) <= 11
        if ok:
            return text
        groups.pop()
    return None
