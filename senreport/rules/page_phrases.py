"""The glossary's meanings of acronyms and its jargon in a page's block texts, found in one
pass for the two rules that read them (PL103 and PL104): a pass over a long report for both
sets of phrases costs little more than one for either."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from senreport.document import Document
from senreport.glossary import PLAIN_ALTERNATIVES
from senreport.phrase_set import PhraseSet, PhraseSets
from senreport.rules.acronym_text import MEANING

#: Jargon and wordy phrases with a plainer alternative, in the glossary's order.
PLAIN_PHRASES = PhraseSet([p.pattern for p in PLAIN_ALTERNATIVES])
_MEANINGS_AND_TERMS = PhraseSets([MEANING, PLAIN_PHRASES])

_Found = tuple[list[re.Match[str]], ...]


def meanings_and_terms(document: Document) -> Callable[[Sequence[str]], list[_Found]]:
    """For each of some texts of the document, the meanings of acronyms written out in it
    (``MEANING``'s matches) and its jargon (``PLAIN_PHRASES``'s), each worked out once."""
    return document.remembered_each("meanings_and_terms", _MEANINGS_AND_TERMS.finditer_each)
