"""Item 1: does the report list the kinds of special educational needs it provides for?

Naming three groups of need (the Code of Practice's four broad areas count, and so do named
needs such as autism or dyslexia) lists them; a special school that says which need it
caters for answers it too.
"""

from __future__ import annotations

import re

from senreport.coverage.tally import Tally
from senreport.document import Document

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
    return any(key in low for key in _CATERS_KEYS) and bool(_CATERS.search(text)) and any(
        kind.search(text) for kind in _NEED_KINDS)


def lists_kinds_of_need(entry: Tally, document: Document) -> bool:
    """Item 1, answered by listing the kinds of need (or, in a special school, by the need it
    caters for, wherever the page says so)."""
    texts = [text for _, text in entry.answers] + [text for _, _, text in entry.mentions]
    texts = list(dict.fromkeys(texts))  # a text said twice names what it names once
    named = {i for i, kind in enumerate(_NEED_KINDS) if any(kind.search(t) for t in texts)}
    caters = _caters_for_a_need(document)
    return len(named) >= 3 or caters
