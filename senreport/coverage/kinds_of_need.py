"""Item 1: does the report list the kinds of special educational needs it provides for?

Naming three groups of need (the Code of Practice's four broad areas count, and so do named
needs such as autism or dyslexia) lists them; a special school that says which need it
caters for answers it too.
"""

from __future__ import annotations

import re

from senreport.coverage.tally import Tally
from senreport.document import Document
from senreport.textscan import case_folded, fold, found_at_literals, opening_literals

#: Kinds of need, grouped: naming three groups (the four broad areas count) lists the kinds
#: of need a school provides for (item 1).
_NEED_KINDS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"communication and interaction|speech,? language|\bslcn\b",
    r"cognition and learning|learning difficult|\b(mld|sld|pmld|spld)\b",
    r"social,? emotional|mental health|\bsemh\b",
    r"sensory|physical (need|disabilit|difficult|impair)",
    r"autis|\basc\b|\basd\b|asperger",
    r"\badhd\b|attention deficit",
    r"dyslexi|dyscalcul|dyspraxi",
    r"hearing|visual|vision impair|\b(hi|vi|msi)\b",
))
#: Each as a search of the text folded to lower case (far faster), or as it is.
_NEED_KINDS_FOLDED = tuple(case_folded(kind) for kind in _NEED_KINDS)
#: What each folded search's matches open with, where they all open with plain words (each
#: found by ``str.find``, far faster than the search).
_NEED_KINDS_OPENINGS = tuple(plain and opening_literals(plain.pattern)
                             for plain in _NEED_KINDS_FOLDED)
_CATERS = re.compile(r"\b(caters? for|provides? for|provision for|designated for|specialis\w+ in|"
                     r"supports? (children|pupils|students) with|for (children|pupils|students) "
                     r"(with|who have))", re.IGNORECASE)
_CATERS_KEYS = ("cater", "provi", "designated", "speciali", "support", "with", "who have")


def _caters_for_a_need(document: Document) -> bool:
    """Whether any passage says the school caters for a named kind of need (worked out once
    per document)."""
    memo = document.scratch.setdefault("caters_for_a_need", {})
    if "value" not in memo:
        memo["value"] = any(_caters(block.text) for block in document.blocks
                            if block.kind == "text")
    return bool(memo["value"])


def _caters(text: str) -> bool:
    """Whether a passage says the school caters for a named kind of need."""
    low = text.lower()
    return any(key in low for key in _CATERS_KEYS) and bool(_CATERS.search(text)) and bool(
        _kinds_named(text))


class _KindsNamed(dict[str, frozenset[int]]):
    """Text -> which of the kinds of need (their places in ``_NEED_KINDS``) it names, worked
    out on first asking (item 1's texts are read for them twice); emptied when it grows
    large."""

    def __missing__(self, text: str) -> frozenset[int]:
        if len(self) >= 4096:
            self.clear()
        folded = fold(text)
        found = self[text] = frozenset(
            i for i, (kind, plain, openings) in enumerate(zip(
                _NEED_KINDS, _NEED_KINDS_FOLDED, _NEED_KINDS_OPENINGS, strict=True))
            if (kind.search(text) if plain is None else found_at_literals(
                plain, openings, folded) if openings else plain.search(folded)))
        return found


_kinds_named = _KindsNamed().__getitem__


#: Words that give the kinds of need as the Code of Practice's, not as the school's: "The
#: four broad areas of need are ...", "there are now 4 areas of need", "the Code of Practice
#: outlines four broad categories".
_AS_DEFINED = re.compile(
    r"\b(four|4) (broad )?(areas|categories|types|kinds) of (special educational |send )?"
    r"(needs?|send)\b|\bareas of need['’]? (are|is)\b|code of practice[^.]{0,30}\b("
    r"identifies|outlines|describes|sets out|lists|defines|says)\b", re.IGNORECASE)
#: Words that make the kinds of need the school's own.
_OWN = re.compile(
    r"\b(we|our|the school|the academy)\b[^.]{0,60}\b(provide|cater|support|meet|have|"
    r"work|include|make provision)|\b(pupils|children|students) (at|in) (our|this|the) "
    r"(school|academy)|\bat [A-Z][\w'’]+ (school|academy|primary|nursery)?", re.IGNORECASE)


def _texts(entry: Tally) -> list[str]:
    """The item's answers and mentions, each text once (a text said twice names what it
    names once)."""
    return list(dict.fromkeys([text for _, text in entry.answers]
                              + [text for _, _, text in entry.mentions]))


def only_as_defined(entry: Tally) -> bool:
    """Whether the texts that name the kinds of need give them only as the Code of
    Practice's four areas ("The four broad areas of need are ..."), never as the needs the
    school provides for (a reader judges that partly)."""
    naming = [t for t in _texts(entry) if len(_kinds_named(t)) >= 2]
    return bool(naming) and all(_AS_DEFINED.search(t) and not _OWN.search(t) for t in naming)


def lists_kinds_of_need(entry: Tally, document: Document, special: bool = False) -> bool:
    """Item 1, answered by listing the kinds of need (or, in a special school, by the need it
    caters for, wherever the page says so: a mainstream school's base for one kind of need
    names one kind, not the kinds it provides for)."""
    texts = _texts(entry)
    named = set().union(*map(_kinds_named, texts))
    return len(named) >= 3 or special and _caters_for_a_need(document)
