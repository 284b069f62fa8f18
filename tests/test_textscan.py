"""Fast scanning helpers: each finds exactly what the plain, slower search finds."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from senreport import dates
from senreport.catalogue.parts import all_parts
from senreport.coverage import definitions, kinds_of_need
from senreport.coverage import fact_items as coverage_facts
from senreport.document import is_whole_page, parse_html
from senreport.facts.senco import ROLE, ROLE_AT
from senreport.glossary import phrase_pattern
from senreport.matching import CueSet, normalise
from senreport.phrase_set import PhraseSet, PhraseSets
from senreport.rules import acronym_text, statutory
from senreport.rules.acronym_text import MEANING
from senreport.rules.jargon import _STATUTORY
from senreport.rules.page_phrases import PLAIN_PHRASES
from senreport.textscan import (
    alternation,
    anchored,
    case_folded,
    count_ascii,
    fold,
    found_at_literals,
    opening_literals,
    starting,
    texts_holding,
    word_bytes,
)

#: Words and marks the patterns care about, and characters that case-insensitive matching
#: equates with ASCII letters (long s, dotless and dotted i, the Kelvin sign).
_VOCABULARY = """
    SENCO SENCo SEN SEND Co co-ordinator Lead special Special educational needs Needs and &
    disabilities Inclusion inclusion Manager Head head of Learning learning support deputy
    assistant trainee Mrs Mr Patel our the is was reviewed Reviewed review date Date: next
    updated approved due to be will expires version academic year school September 2025
    2025-26 1/9/25 01/09/2025 2025-09-01 Autumn term spring 2 2026 Sept March 3, in order to
    with regard to prior to differentiation interventions provision map quality-first
    teaching cohort SENDIASS IASS information, advice and support parent partnership
    EHC plan Education, Health and Care plan SpLD ADHD KS2 DfE CoP NA SENCO ELSA SLT PE OK
    senco@oak.sch.uk www.example.org https://la.gov.uk/local-offer senco [at] oak [dot] uk
    ſpecial ınclusion İnclusion Kelvin K café naïve – — ‐ ’ “ ” ( ) . , : ; ! ? | / - _
    """.split()
_GAPS = [" ", " ", " ", "  ", "\t", "\n", "", ", ", ". ", "-", "’", "(", ")"]
_PHRASES = ["special educational needs co-ordinator", "Special Educational Needs and/or "
            "Disabilities", "speech and language therapist", "Education, Health & Care plans",
            "looked after children", "key stage", "attention deficit hyperactivity disorder",
            "SEN co‑ordinator", "specific learning difficulties", "emotional literacy support "
            "assistant", "in accordance with", "best endeavours", "EHC needs assessment",
            "children and young people's mental health", "Child & Adolescent Mental Health",
            "children and/or young people", "universal offer", "disability co-ordinator"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_PHRASES if rng.random() < 0.1 else _VOCABULARY)
                 for _ in range(rng.randint(0, 30))]
        text = "".join(w + rng.choice(_GAPS) for w in words)
        texts.append(text.upper() if rng.random() < 0.1 else text)
    return texts


TEXTS = _texts(1500, seed=11)


def _spans(matches) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


# --- folding and counting --------------------------------------------------------------------

@given(st.text())
def test_fold_keeps_offsets_and_what_ignorecase_reads_as_ascii(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    for char, lower in zip(text, folded, strict=True):
        if re.fullmatch("[a-z]", char, re.IGNORECASE):
            assert re.fullmatch(lower, char, re.IGNORECASE)
            assert "a" <= lower <= "z"
        assert bool(re.fullmatch(r"\w", char)) == bool(re.fullmatch(r"\w", lower))


@given(st.text())
def test_count_ascii_counts_characters(text: str) -> None:
    assert count_ascii(text, b"ABCxyz") == sum(1 for c in text if c in "ABCxyz")


@given(st.text())
def test_word_bytes_marks_every_word_start(text: str) -> None:
    mapped = word_bytes(text)
    assert len(mapped) == len(text) + 1
    for match in re.finditer(r"\b[A-Za-z]", text):
        assert mapped[match.start()] == ord(" ")
        assert mapped[match.start() + 1] == ord(match.group().lower())


@pytest.mark.parametrize("words", [["a"], ["ab", "abc", "b"], ["in", "inc", "at"],
                                   ["x", "xy", "xyz", "xz"], ["sen", "send", "special"]])
def test_alternation_matches_exactly_the_words(words: list[str]) -> None:
    pattern = re.compile(f"(?:{alternation(words)})")
    candidates = {w[:i] + c for w in words for i in range(len(w) + 1) for c in ("", "x", "c")}
    for candidate in candidates | set(words):
        assert bool(pattern.fullmatch(candidate)) == (candidate in words)


# --- patterns tried only where they can begin --------------------------------------------------

@pytest.mark.parametrize(("fast", "slow"), [
    (ROLE_AT, ROLE),
    (coverage_facts._ROLE_AT, coverage_facts.ROLE),
    (statutory._SENDIASS_AT, statutory._SENDIASS),
    (acronym_text._CANDIDATES, acronym_text._CANDIDATE),
    *((pattern, pattern.pattern) for _, pattern in dates._LABEL_PATTERNS),
], ids=["facts-role", "coverage-role", "sendiass", "acronyms",
        *(f"label-{kind}" for kind, _ in dates._LABEL_PATTERNS)])
def test_prefiltered_patterns_find_what_the_pattern_finds(fast, slow) -> None:
    for text in TEXTS:
        assert _spans(fast.finditer(text)) == _spans(slow.finditer(text)), text
        assert bool(fast.search(text)) == bool(slow.search(text))


def test_anchored_and_starting_check_their_openings() -> None:
    with pytest.raises(ValueError):
        anchored(re.compile("x"), ["Upper"])
    with pytest.raises(ValueError):
        starting(re.compile("x"), [])
    inside = starting(re.compile("date", re.IGNORECASE), ["date"])
    assert [m.start() for m in inside.finditer("update UPDATED dated")] == [2, 9, 15]


_NEED_WORDS = """Autism AUTISM autıstic ASD asd. Asperger's ADHD adhd-friendly ſensory SENSORY
    Speech, Language speech language HI VI MSI hİ Hearing hearıng visual Visual-impairment
    dyslexia DYSPRAXIA dyscalculia SEMH semh social, emotional mental health Physical needs
    physical disabilities cognition and learning MLD SLD PMLD SpLD Kelvin K SLCN café""".split()
_DEFINITION_WORDS = ["calls for special educational provision", "CALLS FOR ſpecial educational "
                     "provision", "long-term and substantial adverse effect", "a local offer is a",
                     "each local authority must", "apply for a place", "ıf a place is available",
                     "facilities of a kind generally provided", "admissions policy"]


def test_case_folded_patterns_find_in_folded_text_what_they_find_in_the_text() -> None:
    rng = random.Random(3)
    texts = TEXTS[:300] + [" ".join(rng.choices(
        _NEED_WORDS + _DEFINITION_WORDS + _VOCABULARY, k=15)) for _ in range(600)]
    for pattern in kinds_of_need._NEED_KINDS + (kinds_of_need._CATERS, definitions._DEFINITION):
        plain = case_folded(pattern)
        assert plain is not None
        for text in texts:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in plain.finditer(fold(text))] == expected
    assert case_folded(re.compile(r"\bSEN\b", re.IGNORECASE)) is None
    assert case_folded(re.compile(r"a\Sb", re.IGNORECASE)) is None
    assert case_folded(re.compile("café", re.IGNORECASE)) is None
    assert case_folded(re.compile(r"caf\u00e9|\x41|\101", re.IGNORECASE)) is None
    assert case_folded(re.compile("pupils’ views", re.IGNORECASE)) is not None
    assert case_folded(re.compile(r"word")) is None


def test_item_parts_find_in_folded_text_what_their_patterns_find() -> None:
    rng = random.Random(4)
    parts = [p for kind in ("sen-report", "local-offer") for each in all_parts(kind).values()
             for p in each]
    for part in parts:
        words = [w for sign in part.signs + part.in_passing
                 for w in re.findall(r"[a-z’']{3,}", sign)] + ["Views", "VOICE", "ſay"]
        for text in TEXTS[:40] + [" ".join(rng.choices(words + _VOCABULARY, k=12))
                                  for _ in range(40)]:
            for passing in (False, True):
                pattern = part.passing if passing else part.pattern
                read = part.besides_others(text)
                expected = None if part.every_sign and not all(
                    e.search(read) for e in part.each) else pattern.search(read)
                found = part.answered_in(text, passing)
                assert (found and (found.span(), found.group())) == (
                    expected and (expected.span(), expected.group()))


# --- phrase sets -------------------------------------------------------------------------------

def _reference_finditer(phrases: PhraseSet, text: str) -> list[re.Match[str]]:
    """The phrase set's search as first written: every word start tried in turn."""
    text = text.translate(str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014"}))
    found, after = [], 0
    for word in re.finditer(r"\b[A-Za-z]{1,3}", text):
        if word.start() < after:
            continue
        head = word.group().lower()
        if head in phrases.starts or head[:2] in phrases.starts:
            match = phrases.regex.match(text, word.start())
            if match:
                found.append(match)
                after = match.end()
    return found


@pytest.mark.parametrize("phrases", [MEANING, PLAIN_PHRASES, _STATUTORY,
                                     PhraseSet([phrase_pattern("special educational needs"),
                                                r"in order to", r"sp(?:ec|lit)"]),
                                     PhraseSet([phrase_pattern("children and young people"),
                                                r"universal (?:provision|offer)",
                                                r"ch(?:ild|)(?: |&)ad(?:o|)lescent"])],
                         ids=["meanings", "plain", "statutory", "small", "options"])
def test_phrase_set_finds_what_trying_every_word_finds(phrases: PhraseSet) -> None:
    for text in TEXTS + [t.replace("-", "\u2013") for t in TEXTS[:300]]:
        expected = [(m.span(), m.lastgroup, m.group()) for m in _reference_finditer(phrases, text)]
        assert [(m.span(), m.lastgroup, m.group()) for m in phrases.finditer(text)] == expected


# --- small exact shortcuts -------------------------------------------------------------------

def test_has_dates_is_whether_find_dates_finds_any() -> None:
    for text in TEXTS:
        assert dates.has_dates(text) == bool(dates.find_dates(text))


def test_dates_ignoring_case_are_found_in_the_folded_text(monkeypatch) -> None:
    """The date patterns that ignore case are searched in the folded text without it: each
    would pass :func:`case_folded` but for its groups' names, and the dates found are those
    the patterns find in the text (a month spelt with a long s is still no month)."""
    for form, fast in dates._FOLDED.items():
        unnamed = re.sub(r"\(\?P<\w+>", "(", fast.pattern)
        assert "(?P" not in unnamed, form
        assert case_folded(re.compile(unnamed, re.IGNORECASE)) is not None, form
    words = ["1st", "of", "Sept.", "SEPTEMBER", "Auguſt", "aprıl", "Monday,", "3", "12th",
             "2025", "2026", "spring", "SUMMER", "term", "2", "of", "2025/26", "2025-26", "May",
             "DEC", "Dec.", "Ｍay", "K", "ſpring", "İ", "–", ",", ":"]
    rng = random.Random(21)
    texts = TEXTS[:600] + [" ".join(rng.choices(words, k=rng.randint(1, 12)))
                           for _ in range(3000)]
    found = [dates.find_dates(text) for text in texts]
    monkeypatch.setattr(dates, "_FOLDED", {})
    assert found == [dates.find_dates(text) for text in texts]


def test_sufficient_contact_details_match_the_single_pattern() -> None:
    """In one sentence the two patterns' test is the single pattern's; across sentences it
    asks more (the details beside the service's name), never less."""
    extra = ["SENDIASS", "service", "helpline", "01632 960123", "a@b.org", "x.org.uk", "iass_"]
    rng = random.Random(5)
    for text in [" ".join(rng.choices(extra + _VOCABULARY, k=12)) for _ in range(400)]:
        assert coverage_facts._sufficient("11", text) == bool(
            coverage_facts.SUFFICIENT["11"].search(text))
    for text in TEXTS[:400]:
        if coverage_facts._sufficient("11", text):
            assert coverage_facts.SUFFICIENT["11"].search(text)


def test_opening_literals_are_what_every_match_opens_with() -> None:
    assert opening_literals(r"autis|\basc\b|speech,? language") == ("autis", "asc", "speech")
    assert opening_literals(r"\b(mld|sld|pmld)\b|physical (need|impair)") == (
        "mld", "sld", "pmld", "physical ")
    # an alternative opening otherwise, or with too few letters, gives none
    assert opening_literals(r"(?:hard of )?hearing|(every|each) day|(abc)?(def)?ghi") == (
        "hard of ", "hearing", "every", "each", "abc", "def", "ghi")
    for source in (r"calls|(mld)?x", r"[a|b]cde|fgh", r"a\|bcd", r"(abc)??def", r"(abc)*def",
                   r"\b(hi|vi|msi)\b", r"(?<!x)abc", r"abc|a{3}bc"):
        assert opening_literals(source) is None
    sources = [p.pattern for p in (*kinds_of_need._NEED_KINDS_FOLDED,
                                   definitions._DEFINITION_FOLDED) if p is not None]
    assert any(opening_literals(source) for source in sources)
    rng = random.Random(9)
    extra = ["autism", "asc", "Speech, language", "slcn", "social, emotional", "pmld", "mld"]
    for text in TEXTS[:400] + [" ".join(rng.choices(extra + _VOCABULARY, k=12))
                               for _ in range(400)]:
        folded = fold(text)
        for source in sources:
            openings = opening_literals(source)
            if openings:
                pattern = re.compile(source)
                assert found_at_literals(pattern, openings, folded) == bool(
                    pattern.search(folded))


def test_units_of_blocks_read_as_their_joined_text() -> None:
    """A unit of blocks (a table row, two short blocks) has the role words and dates its
    joined text has, worked out from its blocks' own."""
    from datetime import date
    from html import escape

    from senreport.facts.extract import _Page

    rng = random.Random(13)
    cells = [escape(text) for text in TEXTS[:300]]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in zip(
        cells[::2], cells[1::2], strict=False))
    short = "".join(f"<p>{escape(' '.join(rng.choices(_VOCABULARY, k=rng.randint(1, 6))))}</p>"
                    for _ in range(200))
    page = _Page(parse_html(f"<table>{rows}</table>{short}"), date(2026, 1, 1))
    found_in = dates.dates_of_texts(page.texts)
    for members in page.units:
        unit = page.unit(members)
        if len(members) > 1:
            assert _spans(page._roles_in(unit)) == _spans(ROLE_AT.finditer(unit.text))
        assert dates.find_dates(unit.text) == [
            dates.FoundDate(d.start + start, d.end + start, d.value, d.form)
            for block, start in zip(unit.blocks, unit.starts, strict=True)
            for d in found_in[block]]


def test_cue_positions_match_the_lookbehind_pattern() -> None:
    cues = CueSet.build({"a": ["support", "support plan", "special need"], "b": ["plan do review"]})
    for text in TEXTS:
        normalised = normalise(text)
        expected = [(m.start(), m.group(1)) for m in cues.pattern.finditer(normalised)]
        assert cues.positions(normalised) == expected


# --- documents ---------------------------------------------------------------------------------

def test_remembered_works_out_each_text_once() -> None:
    document = parse_html("<p>One.</p><p>Two.</p>")
    calls: list[str] = []

    def measure(text: str) -> int:
        calls.append(text)
        return len(text)

    remember = document.remembered("test-lengths", measure)
    assert [remember(b.text) for b in document.blocks * 2] == [4, 4, 4, 4]
    assert calls == ["One.", "Two."]


def test_has_attribute_and_whole_pages() -> None:
    document = parse_html('<p style="color: red">Red</p><p align="justify">Text</p>')
    assert document.has_attribute("style") and document.has_attribute("align", "bgcolor")
    assert not document.has_attribute("bgcolor")
    assert is_whole_page("<html><body><p>x</p></body></html>")
    assert not is_whole_page("<p>x</p>") and not is_whole_page("   ")


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=" <>/abhtmlodyp", max_size=40))
def test_a_page_parsed_once_reads_as_parsing_twice(content: str) -> None:
    if not is_whole_page(content):
        return
    from lxml import html
    try:
        page = html.document_fromstring(content)
    except Exception:  # noqa: BLE001 - lxml refuses some; parse_html would refuse them too
        return
    shared, alone = parse_html(content, page=page), parse_html(content)
    assert [(b.kind, b.text, b.xpath) for b in shared.blocks] == [
        (b.kind, b.text, b.xpath) for b in alone.blocks]


# --- texts searched at once ------------------------------------------------------------------

def _sparse(seed: int) -> list[str]:
    """The test texts among many short ones that hold none of the patterns ("page 7")."""
    rng = random.Random(seed)
    texts = []
    for text in TEXTS:
        texts.append(text)
        texts.extend(f"page {rng.randint(0, 99)}" for _ in range(rng.randint(2, 5)))
    return texts


@pytest.mark.parametrize(("search", "holds"), [
    (MEANING.place_search, lambda t: next(MEANING.finditer(t), None) is not None),
    (PLAIN_PHRASES.place_search, lambda t: next(PLAIN_PHRASES.finditer(t), None) is not None),
    (acronym_text._CANDIDATES.place_search, lambda t: bool(acronym_text._CANDIDATES.search(t))),
    (ROLE_AT.place_search, lambda t: bool(ROLE_AT.search(t))),
], ids=["meanings", "plain", "acronyms", "facts-role"])
def test_texts_holding_marks_every_text_that_holds_a_match(search, holds) -> None:
    texts = _sparse(3)
    marked = texts_holding(texts, search)
    assert all(held or not holds(text) for text, held in zip(texts, marked, strict=True))
    assert not any(held for text, held in zip(texts, marked, strict=True)
                   if text.startswith("page "))  # the search saved reading these
    assert texts_holding(TEXTS[:200], search) == [True] * 200  # most hold one: all marked


def test_texts_read_at_once_give_what_each_text_gives() -> None:
    texts = _sparse(4)
    assert dates.texts_with_dates(texts) == [dates.has_dates(text) for text in texts]
    assert acronym_text.acronym_uses_each(texts) == [
        acronym_text._acronym_uses(text) for text in texts]
    meanings = [each[0] for each in PhraseSets([MEANING, PLAIN_PHRASES]).finditer_each(texts)]
    assert acronym_text.acronym_uses_each(texts, meanings) == [
        acronym_text._acronym_uses(text) for text in texts]
    assert acronym_text.acronym_uses_each([]) == []
    assert texts_holding([], ROLE_AT.place_search) == []


@pytest.mark.parametrize("phrases", [MEANING, PLAIN_PHRASES, _STATUTORY], ids=["meanings", "plain",
                                                                         "statutory"])
def test_phrase_set_finds_in_each_text_what_it_finds_in_the_text_alone(phrases) -> None:
    dashed = [t.replace("-", "\u2013") for t in TEXTS[:300]]
    for texts in (_sparse(6), dashed + TEXTS[:300], dashed[:1], []):
        expected = [[(m.span(), m.lastgroup, m.group()) for m in phrases.finditer(text)]
                    for text in texts]
        assert [[(m.span(), m.lastgroup, m.group()) for m in found]
                for found in phrases.finditer_each(texts)] == expected


def test_phrase_sets_find_in_each_text_what_each_set_finds_alone() -> None:
    small = PhraseSet([phrase_pattern("children and young people"), r"in order to",
                       r"sp(?:ec|lit)", r"ch(?:ild|)(?: |&)ad(?:o|)lescent"])
    sets = [MEANING, PLAIN_PHRASES, _STATUTORY, small]
    both = PhraseSets(sets)
    dashed = [t.replace("-", "\u2013") for t in TEXTS[:300]]
    for texts in (_sparse(7), dashed + TEXTS[:300], dashed[:1], []):
        expected = [[[(m.span(), m.lastgroup, m.group()) for m in phrases.finditer(text)]
                     for phrases in sets] for text in texts]
        assert [[[(m.span(), m.lastgroup, m.group()) for m in each] for each in found]
                for found in both.finditer_each(texts)] == expected


@pytest.mark.parametrize("fast", [ROLE_AT, coverage_facts._ROLE_AT, acronym_text._CANDIDATES],
                         ids=["facts-role", "coverage-role", "acronyms"])
def test_finditer_each_finds_what_finditer_finds_in_each_text(fast) -> None:
    for texts in (_sparse(5), [t for t in TEXTS if t.isascii()], TEXTS[:1], []):
        expected = [_spans(fast.finditer(text)) for text in texts]
        assert [_spans(found) for found in fast.finditer_each(texts)] == expected
