"""Email addresses and telephone numbers on a page: written out, disguised ("senco [at]
oak [dot] sch [dot] uk") or linked (``mailto:``, ``tel:``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from urllib.parse import unquote

from senreport.dates import Spans
from senreport.facts.links import Link
from senreport.textscan import first_match, texts_holding

_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+'\-]*@[A-Za-z0-9\-]+"
                    # a domain broken after a hyphen where a line wrapped ("castlegate-<br>jun")
                    r"(?:(?<=-)\s+[A-Za-z0-9\-]+)?"
                    r"(?:\.[A-Za-z0-9\-]+)+")
_OBFUSCATED = (
    re.compile(r"(?<![\w.])(?P<user>[A-Za-z0-9][A-Za-z0-9._+\-]*)\s*[\[({<]\s*at\s*[\])}>]\s*"
               # a plain full stop joins labels only with no space after it ("uk. She")
               r"(?P<domain>[A-Za-z0-9\-]+(?:(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\.)"
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


@dataclass(frozen=True)
class Hit:
    """An email address or phone number found, and where."""

    value: str
    block: int
    pos: int  # position in the block's text (approximate for links)



class ContactsRead:
    """What :class:`senreport.facts.extract._Page` reads of contacts (its texts and links)."""

    texts: list[str]
    links: list[Link]

    def _emails(self) -> list[Hit]:
        hits: list[Hit] = []
        # The obfuscated forms the page may hold at all, and the blocks that may hold each
        # (found in one pass over them all; a marked block is searched in full).
        forms = []
        for pattern, needs in zip(_OBFUSCATED, _OBFUSCATED_NEEDS, strict=True):
            marked = texts_holding(self.texts, partial(first_match, needs))
            if any(marked):
                forms.append((pattern, needs, marked))
        for i, text in enumerate(self.texts):
            if "@" not in text and not any(marked[i] for _, _, marked in forms):
                continue
            spans = Spans()
            if "@" in text:
                for match in _EMAIL.finditer(text):
                    hits.append(Hit("".join(match.group().split()).rstrip(".-_'"), i,
                                    match.start()))
                    spans.add(*match.span())
            for pattern, needs, marked in forms:
                if not marked[i] or not needs.search(text):
                    continue
                for match in pattern.finditer(text):
                    if spans.overlaps(*match.span()):
                        continue
                    domain = _DOT.sub(".", match.group("domain"))
                    hits.append(Hit(f"{match.group('user')}@{domain}", i, match.start()))
                    spans.add(*match.span())
        seen = {(h.block, h.value.lower()) for h in hits}
        for link in self.links:
            href, block = link.href, link.block
            if block is None or link.chrome or not href.lower().startswith("mailto:"):
                continue
            address = unquote(href[7:].split("?")[0]).split(",")[0].strip()
            if _EMAIL.fullmatch(address) and (block, address.lower()) not in seen:
                seen.add((block, address.lower()))
                hits.append(Hit(address, block, link.pos))
        return sorted(hits, key=lambda h: (h.block, h.pos))

    def _phones(self) -> list[Hit]:
        hits: list[Hit] = []
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
                hits.append(Hit(number.strip(" ,;.-"), i, match.start()))
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
                hits.append(Hit(number, block, link.pos))
        return sorted(hits, key=lambda h: (h.block, h.pos))


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
