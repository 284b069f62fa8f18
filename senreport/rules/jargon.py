"""PL104: jargon and wordy phrases that have a plainer alternative (SEND Code of Practice
6.81), from the table in :mod:`senreport.glossary`; the law's own words are never reported."""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.glossary import PLAIN_ALTERNATIVES, STATUTORY_TERMS, phrase_pattern
from senreport.phrase_set import PhraseSet
from senreport.rules.acronym_text import MEANING
from senreport.rules.page_phrases import PLAIN_PHRASES, meanings_and_terms
from senreport.rules.plain_language import CODE_OF_PRACTICE, _sentence_at, _spans
from senreport.rules.registry import rule

_STATUTORY = PhraseSet([phrase_pattern(t) for t in sorted(STATUTORY_TERMS, key=len, reverse=True)])


def _protected(span: tuple[int, int], statutory: list[tuple[int, int]],
               names: list[tuple[int, int]]) -> bool:
    """Whether a term stands inside the law's words or inside a longer name.

    "Emotional Literacy Support Assistant (ELSA)" is a job title: rewording the
    "emotional literacy" in it would only confuse.
    """
    start, end = span
    return (any(s <= start and end <= e for s, e in statutory)
            or any(s <= start and end <= e and e - s > end - start for s, e in names))


_LEAD_IN = {"jargon": "This is education jargon.", "wordy": "This is a wordy phrase."}


def _protected_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where the law's own words and the meanings of acronyms (longer names) stand."""
    return ([m.span() for m in _STATUTORY.finditer(text)],
            [m.span() for m in MEANING.finditer(text)])


@rule("PL104", "jargon", severity="info", reference=CODE_OF_PRACTICE)
def check_jargon(ctx: CheckContext) -> Iterator[Finding]:
    """Jargon or a wordy phrase has a plainer alternative.

    Each term is reported once, where it is first used. The law's own words ("special
    educational needs", "EHC plan", "Local Offer", "reasonable adjustments", "best
    endeavours") are never reported: parents meet them in letters and plans.

    Bad::

        <p>Teachers use differentiation in order to meet every child's needs.</p>

    Good::

        <p>Teachers adapt lessons to meet every child's needs. The school uses its best
        endeavours to make the special educational provision your child needs.</p>
    """
    done: set[int] = set()
    blocks = ctx.document.blocks
    # The terms of every block found at once; where the law's words and longer names stand
    # worked out once for each text that holds a term.
    protected = ctx.document.remembered("plain_protected", _protected_spans)
    each = meanings_and_terms(ctx.document)  # (PL103 found them with the meanings)
    for block, (_, terms) in zip(blocks, each([b.text for b in blocks]), strict=True):
        text = block.text
        matches = [m for m in terms if PLAIN_PHRASES.index(m) not in done]
        if not matches:
            continue
        statutory, names = protected(text)
        for match in matches:
            index = PLAIN_PHRASES.index(match)
            if index in done or _protected(match.span(), statutory, names):
                continue
            done.add(index)
            term = PLAIN_ALTERNATIVES[index]
            found = match.group()
            found = found.lower() if found[1:].islower() else found
            yield finding(
                f"{_LEAD_IN[term.kind]} Parents may find '{found}' hard to follow; "
                f"try '{term.plain}'.",
                element=block.element,
                excerpt=_sentence_at(text, _spans(ctx)(text), match.start()),
            )
