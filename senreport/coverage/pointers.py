"""Sentences that answer nothing themselves: a pointer that sends the reader elsewhere
("please see our SEND policy"), a sentence naming a policy published elsewhere, and a stated
aim or belief ("we aim to ..."). :mod:`senreport.coverage.judgement` weighs an answer by how
many of its words are of these kinds."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from senreport.lower_case import lowered
from senreport.opening_words import at_leading_phrases
from senreport.textscan import (
    Prefiltered,
    anchored,
    case_folded,
    fold,
    found_at_literals,
    opening_literals,
)

#: Words that send the reader elsewhere instead of answering.
_DEFERS = re.compile(
    r"\b(see (our|the)\b|please (see|refer|read|contact|speak|ask|visit|click|follow|"
    r"look)|(can|may) be (found|viewed|downloaded|read|obtained)|(is|are) (available|"
    r"published|set out|explained|described|detailed|outlined) (in|on|from|via|at|upon)|"
    r"available (on|upon) request|(further|more) (information|details) (is|are|can|on|about|"
    r"in|from)|(click|follow) (here|the link|this link)|download|attached|in (our|the) "
    r"(send|sen|inclusion|accessibility|complaints?) (policy|plan|report)|"
    r"contact the (school )?office|refer to (our|the)|(is|are) (explained|set out|described|"
    r"detailed) (fully |in full |in detail |further )(in|on)|(for|to find out|to know) (more|"
    r"further) (information|details|about)|would like to know more|want to know more)",
)  # searched in lower case
#: White space after a sentence's full stop, question or exclamation mark (its first space
#: found before the look-behind is tried: ``(?<=[.!?])\s+``'s matches, found far faster).
_SENTENCE = re.compile(r"\s(?<=[.!?]\s)\s*")
#: Words every pointer holds (a cheap test first).
_DEFERS_KEYS = ("see ", "please", "found", "viewed", "download", "read", "obtain", "available",
                "published", "set out", "explain", "describ", "detail", "outline", "request",
                "information", "click", "follow", "attached", "policy", "plan", "report",
                "office", "refer", "know more", "out more")


#: A sentence that opens on what it points to: "Details of how we make our building
#: accessible ... are set out in our Accessibility Plan", "Our procedures for identifying
#: children with SEN are set out in full in our SEND Policy".
_DETAILS_OF = re.compile(r"\W*((full|further|more) )?(details|information) (of|about|on|"
                         r"regarding)\b|\W*(our|the) (procedures?|arrangements) (for|to)\b")


def _opening_words(pattern: re.Pattern[str]) -> Prefiltered | None:
    """``pattern``, written ``\\b(...)`` of lower-case phrases, tried only where a word its
    matches open with begins ("see", "please", "can", ...; :func:`anchored`): ``re`` tries a
    pattern opening with ``\\b`` at every character of a text. None when its matches do not
    all open with such words."""
    source = pattern.pattern
    if not (source.startswith("\\b(") and source.endswith(")")) or pattern.flags & ~re.UNICODE:
        return None
    try:
        re.compile(source[3:-1])  # the group is the whole pattern (its inside is balanced)
    except re.error:
        return None
    literals = opening_literals(source[3:-1], least=2)
    firsts = {literal.split(" ")[0] for literal in literals or ()}
    if not literals or not all(w.isascii() and w.isalpha() and w.islower() for w in firsts):
        return None
    return anchored(pattern, firsts)


_DEFERS_AT = at_leading_phrases(_DEFERS) or _opening_words(_DEFERS)
_FIND_DEFERS = _DEFERS_AT or _DEFERS


@lru_cache(maxsize=8192)
def defers(sentence: str) -> bool:
    """A sentence that sends the reader elsewhere: short, opening with the pointer, or
    opening on what it points to."""
    low = sentence.lower()
    if not any(map(low.__contains__, _DEFERS_KEYS)):
        return False
    match = _FIND_DEFERS.search(low)
    if match is None:
        return False
    return len(sentence.split()) < 15 or len(sentence[:match.start()].split()) <= 4 or (
        _DETAILS_OF.match(low) is not None)


#: A sentence that sends the reader to a policy or procedure published elsewhere.
_POINTS_TO_DOCUMENT = re.compile(
    r"(policy|procedure|process)\b[^.]{0,80}\b(can be (found|read|viewed|downloaded)|"
    r"(is|are) (available|published|set out)|available (on|from|via|at)|on (the|our) "
    r"(website|\w+ page))|\b(refer to|see|read|follow(s|ing)?|in line with|set out in) "
    r"(the|our)\b[^.]{0,50}\b(policy|procedure)")


@lru_cache(maxsize=8192)
def sentence_words(text: str, test: Callable[[str], bool]) -> int:
    """Words in one text's sentences that pass ``test`` (the items whose answers share a
    passage ask it of the same text)."""
    return sum(len(s.split()) for s in _SENTENCE.split(text) if test(s))


def points_to_document(sentence: str) -> bool:
    """A sentence that sends the reader to a policy or procedure (:data:`_POINTS_TO_DOCUMENT`)."""
    return _POINTS_TO_DOCUMENT.search(sentence.lower()) is not None


def document_words(text: str) -> int:
    """Words in the text's sentences that send the reader to a policy or procedure."""
    return sentence_words(text, points_to_document)


def deferring_words(text: str) -> int:
    """Words in the text's sentences that send the reader elsewhere (:func:`defers`)."""
    # A sentence's lower case stands in the text's, and _DEFERS asks nothing around a match
    # but \b: a text without a match (most) holds no sentence that defers, and is not cut up.
    if _FIND_DEFERS.search(lowered(text)) is None:
        return 0
    return sentence_words(text, defers)


#: A sentence that states an aim or a belief, not what the school does.
_AIMS = re.compile(r"\b(we|the school|the academy) (aim|believe|strive|endeavour|hope|"
                   r"are committed|is committed|are dedicated|value|recognise|want)|\b(our|"
                   r"the) (aim|vision|ethos|belief|commitment)\b|\baims? (is |are )?to\b",
                   re.IGNORECASE)
_AIMS_FOLDED = case_folded(_AIMS)  # searched in a text folded to lower case: far faster
#: What its matches open with ("we", "the", "our", "aim", ...), each found by ``str.find``:
#: far faster than ``re`` tries a pattern opening with ``\b`` at every place of a text.
_AIMS_OPENINGS = _AIMS_FOLDED and opening_literals(_AIMS_FOLDED.pattern, least=2)


def _states_aim(sentence: str) -> bool:
    return _AIMS.search(sentence) is not None


def holds(pattern: re.Pattern[str], folded: re.Pattern[str] | None,
          openings: Sequence[str] | None, text: str) -> bool:
    """Whether ``pattern`` matches the text: searched as ``folded`` in the text folded to
    lower case, from the places its matches open (``openings``, each found by ``str.find``),
    when it can be; ``re`` tries a pattern opening with ``\\b`` and ignoring case at every
    character, 0.1 microsecond each."""
    if folded is None:
        return pattern.search(text) is not None
    if openings:
        return found_at_literals(folded, openings, fold(text))
    return folded.search(fold(text)) is not None


#: ``_AIMS``, tried only where its leading words stand ("we aim", "our vision", ...).
_AIMS_AT = at_leading_phrases(_AIMS)


def _holds_aim(text: str) -> bool:
    """Whether ``_AIMS`` matches the text."""
    if _AIMS_AT is not None:
        return _AIMS_AT.search(text) is not None
    return holds(_AIMS, _AIMS_FOLDED, _AIMS_OPENINGS, text)


def aim_words(text: str) -> int:
    """Words in the text's sentences that state an aim or belief."""
    # A sentence is the text's between white space, and _AIMS asks nothing around a match
    # but \b: a text without a match (most) holds no sentence with one.
    if not _holds_aim(text):
        return 0
    return sentence_words(text, _states_aim)


#: What the law asks of every school, said as such ("Governing bodies must have a procedure
#: for complaints", "The SEND Code of Practice expects schools to ..."): not what this
#: school does ("Under the Equality Act we make reasonable adjustments" is).
_LAW = re.compile(
    r"\b(?:all |maintained |mainstream )?(?:schools|governing bodies|academies|settings|"
    r"local authorities|the governing body|every school)(?: of [\w ]{1,30}?)? (?:must|should|"
    r"are required to|is required to|have a duty to|has a duty to|are expected to)\b"
    r"|\b(?:the )?(?:send |sen )?(?:code of practice|law|legislation|regulations|act \d{4}|act)"
    r" (?:expects|says|states|requires|sets out|gives)\b", re.IGNORECASE)


_LAW_FOLDED = case_folded(_LAW)  # searched in a text folded to lower case: far faster
#: Where a match can be found, each by ``str.find``: who is asked, or what asks (a match
#: opening on a word that may be left out, "all schools must", is also one from the next
#: word, "schools must", which is all :func:`_holds_law` asks).
_LAW_OPENINGS = ("schools", "governing bodies", "academies", "settings", "local authorities",
                 "the governing body", "every school", "code of practice", "law",
                 "legislation", "regulations", "act")


def _states_law(sentence: str) -> bool:
    return _LAW.search(sentence) is not None


def _holds_law(text: str) -> bool:
    """Whether ``_LAW`` matches the text."""
    return holds(_LAW, _LAW_FOLDED, _LAW_OPENINGS, text)


def law_words(text: str) -> int:
    """Words in the text's sentences that say what the law asks of schools."""
    if not _holds_law(text):
        return 0
    return sentence_words(text, _states_law)


#: A link standing alone after a short answer, to the rest of it on another page ("Find
#: out more", "Read more about our nurture group", "More information").
_MORE = re.compile(r"^\W*(?:(?:find out|read|learn|discover|see|click here(?: to read)?|"
                   r"click(?: here)? for)\s+)?(?:more|further)\b|^\W*more (?:information|"
                   r"details|about)\b", re.IGNORECASE)
MORE_WORDS = 8


def more_elsewhere(text: str) -> bool:
    """A few words that only send the reader to the rest of the answer on another page."""
    # The pattern is tried at the text's start only: quicker than counting a long text's words.
    return _MORE.match(text) is not None and len(text.split()) <= MORE_WORDS

