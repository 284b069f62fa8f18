"""PL rules: the report is in "clear, straightforward language" (SEND Code of Practice 6.81).

Each rule makes one pass over the document's blocks with regular expressions compiled once,
at import, from the tables in :mod:`senreport.glossary`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator

from senreport.context import CheckContext
from senreport.document import Block, normalise_space
from senreport.findings import Finding, finding
from senreport.glossary import (
    Acronym,
    spells,
)
from senreport.readability import (
    counted_bytes,
    describe_reading_ease,
    sentence_spans,
    text_stats,
    word_counter,
    words,
)
from senreport.rules.acronym_text import (
    _EXPLAINS,
    MEANING,
    Uses,
    _key,
    acronym_uses_each,
)
from senreport.rules.page_phrases import meanings_and_terms
from senreport.rules.registry import rule

CODE_OF_PRACTICE = "SEND Code of Practice 2014, para 6.81 (clear, straightforward language)"
#: Below this many words a reading-ease score says little.
MIN_WORDS = 100
HARD_EASE = 50
HARD_GRADE = 12
LONG_SENTENCE = 35
MAX_SENTENCE_FINDINGS = 10


def _is_prose(block: Block) -> bool:
    """Running text: not a heading, nor a bold line standing in for one."""
    return block.kind == "text" and not block.pseudo_heading


def _counted(ctx: CheckContext) -> Callable[[str], bytes]:
    """:func:`counted_bytes`, remembered for the document: two rules count the same texts'
    words."""
    return ctx.document.remembered("counted_bytes", counted_bytes)


def _spans(ctx: CheckContext) -> Callable[[str], list[tuple[int, int]]]:
    """:func:`sentence_spans`, remembered for the document: the rules split the same texts."""
    return ctx.document.remembered("sentence_spans", sentence_spans)


def _sentence_at(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    """The sentence of a text holding a character offset, clipped for an excerpt."""
    starts = [s for s, _ in spans]
    index = max(0, bisect_right(starts, offset) - 1)
    start, end = spans[index] if spans else (0, len(text))
    return text[start:end][:160]


@rule("PL101", "reading-ease", severity="info", reference=CODE_OF_PRACTICE)
def check_reading_ease(ctx: CheckContext) -> Iterator[Finding]:
    """The report is hard to read as a whole.

    The Flesch reading-ease score rests on sentence length and word length. Below 50 (or a
    Flesch-Kincaid grade above 12) most parents will struggle; 60 or more is plain English.
    Headings are left out, and documents under 100 words are not scored.

    Bad::

        <p>In accordance with the statutory requirements of the Special Educational Needs and
        Disability Regulations, the governing body endeavours to ensure that appropriate
        provision is facilitated for all pupils identified as having additional educational
        requirements, notwithstanding the considerable variability in individual circumstances
        and the availability of specialist resources.</p>
        <p>Identification of difficulties is undertaken through a comprehensive programme of
        continuous formative assessment, supplemented where necessary by standardised
        diagnostic instruments administered by appropriately qualified professionals.</p>
        <p>Subsequently, individualised programmes of intervention are implemented, monitored
        and evaluated through systematic cycles of consultation with parents, external
        agencies and other relevant stakeholders, and the effectiveness of the provision is
        reported annually to the governing body.</p>

    Good::

        <p>We want every child to do well at our school. Some children need extra help to
        learn. We talk to you if we think your child needs help.</p>
        <p>Your child's teacher plans lessons so that everyone can take part. If your child
        needs more help, they may work in a small group. We check how they are doing every
        few weeks.</p>
        <p>You can talk to us at any time. Ring the school office or send us an email. We will
        meet you to make a plan together. We look at the plan again each term, and we change
        it if it is not working. Your child can tell us what helps them too. We want to hear
        what you think, so please come and see us.</p>
    """
    stats = text_stats((block.text for block in ctx.document.blocks if _is_prose(block)),
                       _spans(ctx), _counted(ctx))
    if stats.words < MIN_WORDS:
        return
    ease, grade = stats.reading_ease, stats.grade
    if ease < HARD_EASE:
        yield finding(
            f"This page is hard to read. It scores {max(0, round(ease))} out of 100 for "
            f"reading ease, which is {describe_reading_ease(ease)}. Aim for 60 or more, "
            "the plain English a 12- or 13-year-old reads easily: shorter sentences and "
            "everyday words help most."
        )
    elif grade > HARD_GRADE:
        yield finding(
            "This page is hard to read because its sentences are very long: a reader needs "
            f"the reading level of someone aged about {round(grade) + 5}. Aim for sentences "
            "of 15 to 20 words, which a 12- or 13-year-old reads easily."
        )


@rule("PL102", "long-sentence", severity="info", reference=CODE_OF_PRACTICE)
def check_long_sentences(ctx: CheckContext) -> Iterator[Finding]:
    """A sentence is over 35 words long.

    Long sentences make readers hold too much in mind at once. The first ten are listed;
    after that one summary says how many more there are.

    Bad::

        <p>When we have concerns about a child's progress we will first talk to the class
        teacher and the parents and then, if the concerns continue after a period of
        support in class, we will ask the SENCO to carry out further assessments which may
        lead to extra help.</p>

    Good::

        <p>If we are worried about your child's progress, the class teacher will talk to you
        first. We will give your child extra support in class. If we are still worried, our
        SENCO will look more closely at what your child needs.</p>
    """
    listed = more = 0
    spans, counted = _spans(ctx), _counted(ctx)

    def long_ones(text: str) -> list[tuple[int, int, int]]:
        """Each sentence over the limit: where it starts and ends, and its words."""
        # each word but the last needs a character after it
        candidates = [(start, end) for start, end in spans(text) if end - start > 2 * LONG_SENTENCE]
        if not candidates:
            return []
        words_in = word_counter(counted(text))  # the text's words, read once for all
        return [(start, end, count) for start, end in candidates
                if (count := words_in(start, end)) > LONG_SENTENCE]

    read = ctx.document.remembered("long_sentences", long_ones)
    for block in ctx.document.blocks:
        if block.kind != "text":
            continue
        text = block.text
        for start, end, count in read(text):
            if listed >= MAX_SENTENCE_FINDINGS:
                more += 1
                continue
            listed += 1
            opening = " ".join(text[start:end].split()[:12])
            yield finding(
                f"This sentence is {count} words long. Sentences over {LONG_SENTENCE} words "
                "are hard to follow; try breaking it into two or three shorter ones.",
                element=block.element, excerpt=f"{opening} …",
            )
    if more:
        sentences = "sentence is" if more == 1 else "sentences are"
        yield finding(
            f"{more} more {sentences} over {LONG_SENTENCE} words long; only the first "
            f"{MAX_SENTENCE_FINDINGS} are listed. Shortening them all will make the page "
            "easier to read."
        )


# --- Acronyms -------------------------------------------------------------------------------

_EXPLAINED_AFTER = re.compile(r"\s*(?:\((?=[^()]*\s)[^()]+\)|[-–—:]\s|(?:stands for|means|"
                              r"is short for)\b)")


def _abbr_explained(ctx: CheckContext) -> dict[int, set[str]]:
    """Acronyms explained by ``<abbr title>``, by the index of the block holding them."""
    abbrs = list(ctx.document.elements("abbr", "acronym"))
    if not abbrs:  # (most pages): no block to index
        return {}
    index: dict[object, int] = {}
    for i, block in enumerate(ctx.document.blocks):
        if block.element is not None:
            index.setdefault(block.element, i)
    found: dict[int, set[str]] = {}
    for abbr in abbrs:
        title, text = (abbr.get("title") or "").strip(), normalise_space(abbr.text_content())
        if not title or not text:
            continue
        for ancestor in abbr.iterancestors():
            if ancestor in index:
                found.setdefault(index[ancestor], set()).add(_key(text)[0])
                break
    return found


def _acronym_message(token: str, acronym: Acronym | None) -> str:
    if acronym is None:
        return (f"'{token}' looks like an abbreviation, but it is not explained where it is "
                "first used. Parents may not know what it stands for: write it out in full "
                "the first time, with the short form in brackets after it.")
    best = next((m for m in acronym.meanings if spells(token, m)), acronym.meanings[0])
    if token[-1].isdigit() and not best[-1].isdigit():
        best = f"{best} {token[-1]}"  # "Key Stage 2 (KS2)"
    example = f"'{best} ({token})'"
    if acronym.ambiguous:
        example = f"'{acronym.meanings[0]} ({token})' or '{acronym.meanings[1]} ({token})'"
    return (f"'{token}' is used before it is explained. Parents may not know what it stands "
            f"for: write it out in full the first time, for example {example}.")


@rule("PL103", "acronym-unexplained", severity="warning",
      reference=f"{CODE_OF_PRACTICE}; WCAG 2.2 SC 3.1.4 (Abbreviations)")
def check_acronyms(ctx: CheckContext) -> Iterator[Finding]:
    """An acronym is used before it is explained.

    An acronym is explained when what it stands for is written out before it, or in the same
    sentence ("special educational needs co-ordinator (SENCO)" or "SENCO (special educational
    needs co-ordinator)"), or when it is marked up with ``<abbr title="...">``. After that,
    it can be used freely. Each acronym is reported once, where it is first used. Everyday
    ones (PE, GCSE, NHS) are left alone. Under a heading that uses an acronym, explaining it
    in the section's own text is enough; a heading with no text under it yet (a template's
    section still to write) is not reported.

    Bad::

        <p>Please contact our SENCO if you are worried about your child.</p>

    Good::

        <p>Please contact our special educational needs co-ordinator (SENCO) if you are
        worried about your child. The SENCO works closely with class teachers.</p>
    """
    explained: set[str] = set()
    reported: set[str] = set()
    pending: dict[str, tuple[Block, str, str, Acronym | None]] = {}
    abbr = _abbr_explained(ctx)
    split = _spans(ctx)

    def report(block: Block, token: str, sentence: str, acronym: Acronym | None) -> Finding:
        reported.add(_key(token)[0])
        return finding(_acronym_message(token, acronym), element=block.element,
                       excerpt=sentence)

    def absorb(names: set[str] | frozenset[str]) -> None:
        explained.update(names)
        for name in names:
            pending.pop(name, None)

    written = False  # whether any text stands under the headings of the pending uses
    blocks = ctx.document.blocks
    found = meanings_and_terms(ctx.document)  # the meanings, with PL104's jargon

    def uses_each(texts: list[str]) -> list[Uses]:
        return acronym_uses_each(texts, [meanings for meanings, _ in found(texts)])

    read = ctx.document.remembered_each("acronym_uses", uses_each)(
        [block.text for block in blocks])
    for i, block in enumerate(blocks):
        heading = block.is_heading
        if heading:
            # A heading with nothing under it yet (a template's section still to write) is
            # left alone: the explanation goes in the text the section will get.
            if written:
                for pending_use in pending.values():
                    yield report(*pending_use)
            pending.clear()
            written = False
        else:
            written = True
        text, meanings, starts, uses = read[i]
        if i in abbr:
            absorb(abbr[i])
        if not uses:  # (most blocks): only what the text explains is taken in
            for _, names in meanings:
                absorb(names)
            continue
        spans = split(text)
        seen = 0
        for token, start, end, key, acronym in uses:
            while seen < len(meanings) and meanings[seen][0] < start:
                absorb(meanings[seen][1])
                seen += 1
            if key in explained or key in reported:
                continue
            if _explained_here(text, start, end, token, acronym, spans, meanings, starts):
                absorb({key})
                continue
            if _defined_next(ctx.document.blocks, i, token, key, acronym):
                absorb({key})
                continue
            sentence = _sentence_at(text, spans, start)
            if heading:
                pending.setdefault(key, (block, token, sentence, acronym))
            elif key in pending:
                yield report(*pending.pop(key))
            else:
                yield report(block, token, sentence, acronym)
        for _, names in meanings[seen:]:
            absorb(names)
    if written:
        for pending_use in pending.values():
            yield report(*pending_use)


def _defined_next(blocks: tuple[Block, ...], i: int, token: str, key: str,
                  acronym: Acronym | None) -> bool:
    """Whether a block holding only the acronym is followed by its meaning (a glossary)."""
    if normalise_space(blocks[i].text).strip(" :–-").rstrip("s") != token or i + 1 >= len(blocks):
        return False
    following = blocks[i + 1].text
    if acronym is None:
        return len(words(following)) >= 2
    return any(key in _EXPLAINS[MEANING.index(m)] for m in MEANING.finditer(following))


def _explained_here(text: str, start: int, end: int, token: str, acronym: Acronym | None,
                    spans: list[tuple[int, int]], meanings: list[tuple[int, frozenset[str]]],
                    starts: list[int]) -> bool:
    """Whether this use of an acronym explains itself, where it stands."""
    opens = text[:start].rstrip().endswith("(")
    if opens and text[end:].lstrip().startswith(")") and spells(token, text[:start][-200:]):
        return True  # "special educational needs co-ordinator (SENCO)"
    if acronym is None:
        return bool(_EXPLAINED_AFTER.match(text, end)) or opens
    # Meanings written out later in the same sentence: "SENCO (special educational ...)".
    sentence_end = next((e for s, e in spans if s <= start < e), len(text))
    key = acronym.name
    first = bisect_right(starts, start)
    return any(key in names for s, names in meanings[first:] if s < sentence_end)
