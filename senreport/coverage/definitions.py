"""Sentences that quote the law's definition of special educational needs.

Many reports open by quoting the Code of Practice: a child "has SEN if they have a learning
difficulty or disability which calls for special educational provision", which means "a
significantly greater difficulty in learning than the majority of others of the same age",
or "a disability which prevents or hinders them from making use of facilities of a kind
generally provided"; and the Equality Act's definition of disability, "a physical or mental
impairment which has a long-term and substantial adverse effect" ("this definition includes
sensory impairments ..."). The words are the law's, not the school's: they say what SEN
and disability mean, and nothing about what the school does. So they answer no item, even
though they hold words that items' answers use ("facilities", "provision", "learning
difficulty").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from senreport.lower_case import lowered
from senreport.textscan import case_folded, fold, found_at_literals, opening_literals

#: The definition's own phrases (section 20 of the Children and Families Act 2014, as the
#: Code of Practice quotes them), each enough to mark a sentence as quoting it.
_DEFINITION = re.compile(
    r"calls? for special educational provision"
    r"|significantly greater difficulty in learning than the majority"
    r"|prevents? or hinders? (him or her|them|him|her|the child|the young person) from "
    r"making use of"
    r"|(educational )?facilities of a kind generally provided"
    r"|educational or training provision that is additional to,? or different from"
    # The Equality Act 2010's definition of disability, as reports quote or retell it.
    r"|physical or mental impairment,? (which|that) has a"
    r"|long[- ]term (\([^()]{0,30}\) )?and substantial adverse"
    r"|this definition includes (sensory impairments|long[- ]term health conditions)"
    # What a Local Offer is, said of every council: not where this council's is.
    r"|\ba local offer (gives|is a|provides|sets out|tells)\b"
    r"|\b(every|each|all) local authorit(y|ies) (is|are|must|has|have)\b[^.]{0,60}local offer"
    r"|\blocal authorities (and other services )?(must|will|are required to|have to) "
    r"(publish|set out)"
    r"|\bthe (local )?offer (will|should) (enable|include|set out|provide|give|help)"
    # How to be admitted ("welcome to apply for a place ... in line with the school admissions
    # policy"; "parents have the right to request a particular school"): admissions, which
    # the report's items are not about.
    r"|\bapply for a place\b|\bin line with (the|our) (school )?admissions? (policy|arrangements)"
    r"|\bright to request a particular school|\bif a place is available\b",
    re.IGNORECASE)

_DEFINITION_FOLDED = case_folded(_DEFINITION)
#: What its matches open with, each found by ``str.find`` (far faster than the search).
_DEFINITION_OPENINGS = _DEFINITION_FOLDED and opening_literals(_DEFINITION_FOLDED.pattern)


def _quotes_definition(text: str) -> bool:
    """Whether ``_DEFINITION`` matches the text (searched in the text folded to lower case,
    which is far faster, from the places its phrases open)."""
    if _DEFINITION_FOLDED is None:
        return bool(_DEFINITION.search(text))
    if _DEFINITION_OPENINGS:
        return found_at_literals(_DEFINITION_FOLDED, _DEFINITION_OPENINGS, fold(text))
    return bool(_DEFINITION_FOLDED.search(fold(text)))


#: A cheap test first: every phrase above holds one of these words.
_KEYS = ("special educational provision", "greater difficulty", "hinder",
         "generally provided", "additional to", "mental impairment", "adverse effect",
         "definition includes", "local offer", "local authorit", "apply for a place",
         "admission", "particular school", "place is available")

#: White space after a sentence's end (``(?<=[.;!?])\s+``, its first space found before the
#: look-behind is tried, which is far faster).
_SENTENCE_END = re.compile(r"\s(?<=[.;!?]\s)\s*")


def definition_keys(lowered: str) -> tuple[str, ...]:
    """The words of the cheap test that stand in a page's text in lower case (``lowered``,
    as :attr:`senreport.document.Document.lowered`): its texts, and pieces of them, hold no
    other, and need not be searched for the others."""
    return tuple(key for key in _KEYS if key in lowered)


def without_definitions(texts: list[str], keys: tuple[str, ...] = _KEYS) -> list[str]:
    """The texts with every sentence that quotes the definition of SEN left out (a text
    left empty is dropped). ``keys``: the cheap test's words that may stand in them
    (:func:`definition_keys`)."""
    # No key holds a new line: each is in one text. (Lowered text by text, the same: a new
    # line ends what a letter's lowering looks at.)
    low = "\n".join(map(lowered, texts))
    if not any(map(low.__contains__, keys)):
        return texts
    return without_sentences(texts, _quotes_definition, _quotes_definition)


def without_sentences(texts: list[str], holds: Callable[[str], object],
                      drop: Callable[[str], object]) -> list[str]:
    """The texts with every sentence that ``drop`` marks left out, read only in the texts
    that ``holds`` marks (the others are kept whole); a text left empty is dropped."""
    kept = []
    for text in texts:
        if not holds(text):
            kept.append(text)
            continue
        rest = " ".join(s for s in _SENTENCE_END.split(text) if not drop(s))
        if rest.strip():
            kept.append(rest)
    return kept
