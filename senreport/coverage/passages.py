"""Passages and headings that answer no item: a placeholder where an answer should be
("TBC", "N/A"), a heading that asks no question (the report's title, "What is SEN?", the
date it was reviewed), a passage that only says what a linked document holds, and parts
that explain words or list contents (a glossary, a table of contents)."""

from __future__ import annotations

import re
from functools import lru_cache

from senreport.document import Document
from senreport.lower_case import lowered
from senreport.textscan import fold

_PLACEHOLDER = re.compile(
    r"\b(tbc|tbd|tba|to be (completed|confirmed|added|updated|written|agreed|finalised|"
    r"reviewed|inserted|published)|coming soon|(currently )?being (updated|reviewed|written|"
    r"revised|rewritten)|under (review|construction)|(information|details|more) to follow|"
    r"awaiting (update|information|details)|lorem ipsum|insert (text|details|name)|"
    r"placeholder|x{3,}|school to (add|complete|insert|confirm|update))\b|"
    # A template's note to the school writing it ("Guidance: list recent training ..."),
    # left in: what to write, not an answer.
    r"^\W*((trust|template|writing) )?guidance( notes?)?( for schools)?\s*[:\-–—]",
    re.IGNORECASE,
)
#: What a table cell holds where a school has nothing to say.
_NOTHING = frozenset({"n/a", "na", "n.a", "none", "nil", "not applicable", "to follow"})
#: Cheap test before the pattern: every placeholder holds one of these.
_PLACEHOLDER_KEYS = ("tb", "to be", "soon", "being", "under", "follow", "await", "lorem",
                     "insert", "placeholder", "xxx", "to add", "to complete", "to confirm",
                     "to update", "guidance")
#: A heading's section number, if any ("4.", "5.2", "4.1.3 ").
_NUMBERED = r"^\W*(\d+(\.\d+)*\W*)?"
_SKIPPED_HEADING = re.compile(
    _NUMBERED + r"(glossary|jargon|abbreviations|acronyms|key (terms|words)|definitions|"
    r"(table of )?contents|what (do )?(these|the) (words|terms) mean)\b",
    re.IGNORECASE,
)


#: Headings that define words ("What is SEN?") or name a person's role ("Class teacher"):
#: they ask no item's question, so their text is read as if it had no heading.
_NO_QUESTION = re.compile(
    _NUMBERED + r"(what (is|are) (a |an |the )?(sen|send|special educational needs?|"
    r"disabilit\w*|special educational needs (and|or) (a )?disabilit\w*)\b[^?]*\??\W*$|"
    r"(the )?(class|subject|form) teachers?|teaching assistants?|(the )?head ?teacher|"
    r"(the )?(send?|inclusion) governor|(the )?governing body|(the )?(senco|sendco)'?s? "
    r"role|roles and responsibilities)\W*$|"
    # The report's own title, however it is split over lines ("and Disability Information
    # Report"): it names the whole report, not one item.
    r"^[^?]*\b(information report|send? report)\b[^?]*$|"
    # When the page was written: "Reviewed: Spring 2026", "Date of review - May 2025".
    r"^\W*(last |date (of |last )?)?(reviewed|review|updated|written|approved)( date| on| by"
    r" \w+)?\s*[:\-–—]\s*[^?]{0,40}\d{2,4}\W*$",
    re.IGNORECASE,
)


#: The report's own title, in :data:`_NO_QUESTION`: the branch that reads a heading back
#: from its end, trying the words at every character. A heading without "report" in it
#: (folded as ``re.IGNORECASE`` reads it) is none, and is tried without it.
_TITLE_BRANCH = r"^[^?]*\b(information report|send? report)\b[^?]*$|"
_NO_QUESTION_BUT_TITLE = (re.compile(_NO_QUESTION.pattern.replace(_TITLE_BRANCH, ""),
                                     re.IGNORECASE)
                          if _TITLE_BRANCH in _NO_QUESTION.pattern else _NO_QUESTION)


#: A heading asking what SEN is: "What is SEN?", "What are special educational needs?".
_DEFINES_SEN = re.compile(_NUMBERED + r"what (is|are) (a |an |the )?(sen|send|special "
                          r"educational needs?)\b[^?]*\??\W*$", re.IGNORECASE)


def defines_sen(heading: str) -> bool:
    """A heading asking what SEN is (:data:`_DEFINES_SEN`): its text explains the term."""
    return _DEFINES_SEN.match(heading) is not None


def asks_no_question(heading: str) -> bool:
    """A heading that defines words, names a role, titles the whole report or dates it
    (:data:`_NO_QUESTION`)."""
    if "report" not in fold(heading):
        return _NO_QUESTION_BUT_TITLE.match(heading) is not None
    return _NO_QUESTION.match(heading) is not None


@lru_cache(maxsize=4096)
def is_placeholder(text: str) -> bool:
    """A short passage that says the answer is still to be written, or a dash or "N/A" where
    an answer should be."""
    if len(text) > 400:
        return False
    low = lowered(text)  # (lowering changes no space nor full stop: strip it after)
    if not any(map(str.isalnum, text)) or low.strip(" .") in _NOTHING:
        return True
    return any(map(low.__contains__, _PLACEHOLDER_KEYS)) and len(text.split()) <= 40 and bool(
        _PLACEHOLDER.search(text))


_DOCUMENT_SAYS = re.compile(
    r"\b(our|the|this|that) (sen\w* |send )?(information )?(report|policy|document|leaflet|"
    r"booklet|guide|plan|strategy)s? (explains?|sets? out|describes?|includes?|covers?|"
    r"tells? you|gives?|details?|outlines?|contains?)\b|"
    # "... is set out in our Wellbeing Strategy (PDF)"
    r"\b(is|are) (set out|explained|described|detailed|outlined|covered) in (our|the) "
    r"([\w'’-]+ ){0,4}(report|policy|document|leaflet|booklet|guide|plan|strategy)\b",
    re.IGNORECASE)
_DOCUMENT_LINKED = re.compile(r"\b(download|pdf|below|attached|click|link)", re.IGNORECASE)


_DOCUMENT_WORDS = ("report", "policy", "document", "leaflet", "booklet", "guide", "plan",
                   "strategy")
_LINK_WORDS = ("download", "pdf", "below", "attached", "click", "link")


@lru_cache(maxsize=4096)
def describes_a_document(text: str) -> bool:
    """A passage that says what a linked document holds ("Our report explains how we ...
    You can download it below."): the answers are in the document, not on the page."""
    low = lowered(text)
    if not any(map(low.__contains__, _LINK_WORDS)) or not any(
            map(low.__contains__, _DOCUMENT_WORDS)):
        return False  # cheap tests first: most passages link to no document
    return bool(_DOCUMENT_SAYS.search(text)) and bool(_DOCUMENT_LINKED.search(text))


def skipped_parts(document: Document) -> set[int]:
    """Parts that explain words or list contents rather than answer anything (a glossary),
    with the terms of a glossary written as a definition list ("EP", "Graduated approach"),
    which read as headings of their own."""
    skip: set[int] = set()
    glossary = False  # under a glossary's heading, among its terms
    for index, part in enumerate(document.parts):
        heading = part.heading
        if heading is not None and _SKIPPED_HEADING.search(heading.text):
            skip.add(index)
            glossary = True
        elif glossary and heading is not None and heading.tag == "dt":
            skip.add(index)
        else:
            glossary = False
    return skip
