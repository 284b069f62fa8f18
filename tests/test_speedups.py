"""Shortcuts taken for speed give what the long way gives."""

from __future__ import annotations

import re

import pytest

from senreport.catalogue.topics import TOPICS, topic_pattern
from senreport.coverage.matcher import Matcher
from senreport.coverage.reading import TopicScan
from senreport.model import KINDS

_HEADINGS = [
    "Question 12", "Question 13", "Question 16", "Post 16 options", "Post 17 options",
    "Wave 1 support", "Wave 2 support", "1 1 support", "2 2 support", "Section 41 schools",
    "Section 42 schools", "Year 9 annual review", "Year 8 annual review", "20 weeks",
    "21 weeks", "Children and Families Act 2014", "Children and Families Act 2015",
    "12. How do you support my child?", "13. How do you support my child?",
    "Others", "Other", "", "2014", "Review every 3 years", "Review every 4 years",
]


@pytest.mark.parametrize("kind", KINDS)
def test_heading_scores_remembered_by_words_are_the_ones_worked_out(kind: str) -> None:
    remembered = Matcher(kind)
    for heading in _HEADINGS * 2:  # the second time from what was remembered
        assert remembered.heading_scores(heading) == Matcher(kind)._heading_scores(heading), (
            heading)
    # Headings differing only in a number no cue holds are worked out once.
    assert len(remembered._heading_cache) < len(_HEADINGS)


def test_title_scores_left_out_below_the_least_asked_are_only_ones_under_it() -> None:
    from senreport.coverage.matcher import HEADING_MATCH, matcher

    titles = matcher("sen-report").titles
    for heading in ("Support for your child in school", "How we help children learn",
                    "Who else do we work with to support your child and family?",
                    "Reading and maths support groups", "Training for our staff"):
        every = titles.scores(heading)
        kept = titles.scores(heading, least=HEADING_MATCH)
        assert kept == {i: s for i, s in every.items() if s >= HEADING_MATCH} | {
            i: s for i, s in kept.items() if s < HEADING_MATCH}
        assert all(every[i] == s for i, s in kept.items())


#: Topics whose words begin with others' ("mr", "mrs"), beside the catalogue's.
_PAIRS = {**TOPICS["sen-report"], "x": (("talk", "talk to", "ta"), ("mr", "mrs", "mrs smith")),
          "y": (("ab", "a", "abc"), ("abc", "ab", "b"))}


def _normalised_texts(seed: int) -> list[str]:
    """Normalised sentences made of the topic words, their near misses and filler."""
    import random
    rng = random.Random(seed)
    topic_words = sorted({w for pair in _PAIRS.values() for group in pair for w in group})
    filler = ["a", "the", "parents", "involved", "|", "talk to", "young", "peopl", "x" * 60,
              "y" * 120, "in", "their", "mrs", "abc"]
    texts = []
    for _ in range(3000):
        words = [rng.choice(topic_words if rng.random() < 0.4 else filler)
                 + rng.choice(["", "s", "ing", "c"]) for _ in range(rng.randint(0, 30))]
        texts.append(" " + " ".join(words) + " ")
    return texts


def test_topic_sentences_found_from_their_words_are_the_patterns_matches() -> None:
    patterns = [(f"~{name}", re.compile(topic_pattern(*pair)), *pair)
                for name, pair in _PAIRS.items()]
    scan = TopicScan(patterns)
    assert not scan._searched  # every topic pattern is worked out from its words
    texts = _normalised_texts(3)
    for text in [*texts, "|".join(texts[:200])]:
        assert scan.positions(text) == [
            [m.start() for m in pattern.finditer(text)] for _, pattern, _, _ in patterns], text
    assert not Matcher("sen-report").topics._searched


def test_topic_patterns_not_of_the_usual_form_are_searched() -> None:
    pattern = re.compile(r" parent[^|]{0,40}? involv")
    scan = TopicScan([("~7", pattern, ("parent",), ("involv",))])
    assert scan._searched and scan.positions(" parent and involv | parent") == [[0]]


def test_passages_read_at_once_read_as_each_alone() -> None:
    match = Matcher("sen-report")
    passages = [(text,) for text in _normalised_texts(4)[:300]] + [
        ("We listen to parents. Their views matter!", "Children say what they feel about it."),
        ("Staff are trained", "", "Teachers have training in autism.")]
    assert match.read(passages) == [match.read([passage])[0] for passage in passages]
    assert match.read([]) == []


def test_words_counted_by_string_methods_are_the_words_found_and_their_syllables() -> None:
    import random

    from senreport.readability import count_syllables, counted_words, words
    rng = random.Random(5)
    alphabet = "abXY09 .,'’-é\u0130\u212a\u017f\u0131\n\t_ß-''--"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        found = words(text)
        assert counted_words(text) == [w.replace("’", "'") for w in found], text
        assert sum(map(count_syllables, counted_words(text))) == sum(
            map(count_syllables, found))


def test_sentence_ends_found_from_a_full_stop_are_the_boundarys() -> None:
    import random

    from senreport.readability import _BOUNDARY, _FULL_STOP
    rng = random.Random(7)
    pieces = ["a", "B", "1", "•", " ", "\n", "\u00a0", ".", ". ", '"', "'", "”", "’", ")",
              "]", "(", "[", "“", "‘", "Mr", "J"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert [m.span(1) for m in _FULL_STOP.finditer(text)] == [
            m.span(1) for m in _BOUNDARY.finditer(text)], text


def test_acronyms_found_from_the_capitals_mapped_are_the_flat_patterns() -> None:
    import random

    from senreport.rules.acronym_text import _CANDIDATES, _FORMS
    flat = re.compile(
        r"(?<![\w@.&'’])(?=[A-Z])(?:(?P<form>"
        + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in _FORMS)
        + r")|(?P<caps>[A-Z]{2,6}))(?:s|['’]s)?(?![\w@&]|\.\w)")
    rng = random.Random(8)
    pieces = [*_FORMS, "SENCOs", "EHCP's", "SEN’s", "A", "X", "s", "a", "o", "f", " ", "\n",
              "é", "É", "@", ".", "&", "'", "’", "-", "?", "“", "1", "_", "a@b.org"]
    for _ in range(3000):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
                 for _ in range(rng.randint(1, 4))]
        found = [[(m.span(), m.group("form"), m.group("caps")) for m in each]
                 for each in _CANDIDATES.finditer_each(texts)]
        assert found == [[(m.span(), m.group("form"), m.group("caps"))
                          for m in flat.finditer(text)] for text in texts], texts


def test_words_split_by_string_methods_are_the_regex_words() -> None:
    import random

    from senreport.matching import _WORD, _words_of
    rng = random.Random(6)
    alphabet = "abcXYZ09 .,'’-é\u0130\u212a\u017f\u0131\n\tßﬁ"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))).lower()
        assert _words_of(text) == _WORD.findall(text), text


def test_aim_words_of_a_text_searched_first_are_its_sentences_words() -> None:
    from senreport.coverage.pointers import (
        _AIMS,
        _AIMS_OPENINGS,
        _holds_aim,
        _states_aim,
        aim_words,
        sentence_words,
    )
    texts = [
        "We aim to help every child. Our vision is clear!", "Children aim high.",
        "The School believes in kindness. WE VALUE everyone.", "aims to\tbe", "Ours aim",
        "It is the aim. Of all? The Academy hopes so", "we  aim", "\u0130ts aim is to help.",
        "Other aims to be", "the schools aim", "Answer: we want", "Their vision", "aim to",
    ]
    assert _AIMS_OPENINGS  # the search from the words its matches open with is the one tried
    for text in texts:
        assert _holds_aim(text) == bool(_AIMS.search(text)), text
        assert aim_words(text) == sentence_words.__wrapped__(text, _states_aim), text


def test_law_is_looked_for_where_its_matches_may_open() -> None:
    import random

    from senreport.coverage.pointers import _LAW, _LAW_FOLDED, _holds_law, law_words
    texts = [
        "All schools must publish a report.", "Governing bodies have a duty to do so",
        "The SEND Code of Practice expects schools to act.", "the law says", "THE LAW SAYS",
        "Maintained schools of the county should", "The Children and Families Act 2014 sets out",
        "The Act gives", "Academies are required to", "every school must", "Schoolsmust",
        "ſchools muſt help", "Local authorities are expected to", "the governing body must",
        "Our settings are expected to", "Regulations requires", "Legislation states",
        "Outlaw says", "We act says", "abstract gives", "the governing bodies must",
        "\u0130t is the law. The law says so.", "We follow the law.", "",
    ]
    assert _LAW_FOLDED is not None  # the search from the words its matches open with is tried
    for text in texts:
        assert _holds_law(text) == bool(_LAW.search(text)), text
    rng = random.Random(7)
    # The pattern's own words (a word added to it is tried too), and a few others.
    words = sorted(set(re.findall(r"[a-z]+", _LAW.pattern))) + [
        "2014", "Kent", "ſ", "\u212a", "SEN", "Act", "LAW", ".", ",", "school", "body"]
    for _ in range(6000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        assert _holds_law(text) == bool(_LAW.search(text)), text
        assert (law_words(text) > 0) <= bool(_LAW.search(text)), text


def test_pointers_are_looked_for_where_their_opening_words_begin() -> None:
    import random

    from senreport.coverage.pointers import _DEFERS, _DEFERS_AT
    assert _DEFERS_AT is not None  # the search from the words its matches open with is tried
    texts = ["please see our policy", "it can be found here", "seethe. see our plan",
             "is available in the office", "this is explained in full in our report",
             "to find out more about us", "would like to know more", "downloads attached",
             "\u017fee our policy, see the plan", "k\u0131s available on request", "",
             "the school office. contact the school office", "in the send policy; in our plan"]
    rng = random.Random(8)
    words = ["see", "our", "the", "please", "refer", "can", "be", "found", "is", "are",
             "available", "in", "on", "more", "information", "click", "here", "download",
             "send", "policy", "contact", "school", "office", "to", "know", "é", "\u0131s",
             "further", "details", "set", "out", "fully", "-", ",", "would", "like"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
              for _ in range(3000)]
    for text in texts:
        found, expected = _DEFERS_AT.search(text), _DEFERS.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_words_deferring_are_counted_in_texts_holding_a_pointer_only() -> None:
    from senreport.coverage.pointers import deferring_words, defers, sentence_words
    texts = ["We meet termly. Please see our SEND policy for more.", "We meet termly.",
             "Full details can be found on our website. Teachers plan lessons.",
             "PLEASE SEE OUR POLICY. It is clear.", "Ask us! More information is on request.",
             "\u212alick here. see the plan.", "See our plan. Please refer to our policy."]
    for text in texts:
        assert deferring_words(text) == sentence_words.__wrapped__(text, defers.__wrapped__)


def test_a_list_of_documents_is_looked_for_where_enough_document_words_stand() -> None:
    import random

    from senreport.coverage.contents import _DOCUMENT, _SHARED_PLURAL, DOCUMENTS, _lists_documents
    rng = random.Random(9)
    # The patterns' own words (a word added to them is tried too), and a few others.
    words = sorted(set(re.findall(r"[a-z]+", _DOCUMENT.pattern + _SHARED_PLURAL.pattern))) + [
        "Policy", "Plan", "STATEMENT", "Strategy", "SEND", "Equality", "and", "our", ",", "(",
        ")", ":", "Complaints", "\u017ftatement", "poli\u0130y", "plan,", "SEN", "Care"]
    plurals = [w for w in words if w.endswith("s") and len(w) > 4]
    sentences = [template.format(plural) for plural in plurals for template in (
        "Our SEND, Equality, Complaints and Care {} are online.", "Our {} (SEN, Care, Complaints)",
        "Related {}: SEND, Accessibility, Complaints, Care", "our {}, including SEND, Care, Pay,")]
    sentences += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
                  for _ in range(4000)]
    for sentence in sentences:
        expected = "," in sentence and (len(_DOCUMENT.findall(sentence)) >= DOCUMENTS
                                        or bool(_SHARED_PLURAL.search(sentence)))
        assert _lists_documents(sentence) == expected, sentence


def test_headings_without_report_are_read_without_the_title_branch() -> None:
    import random

    from senreport.coverage.passages import _NO_QUESTION, _NO_QUESTION_BUT_TITLE, asks_no_question
    assert _NO_QUESTION_BUT_TITLE is not _NO_QUESTION  # the title's branch is left out
    rng = random.Random(10)
    words = sorted(set(re.findall(r"[a-z]+", _NO_QUESTION.pattern))) + [
        "REPORT", "Report", "rep\u043ert", "\u017fen", "SEN", "?", ":", "-", "2025", "4.",
        "Information", "what", "is", "the", "role", "and", "we", "help", "\u0130nformation"]
    headings = ["SEN Information Report", "and Disability Information Report 2025",
                "What is SEN?", "Class teacher", "Reviewed: Spring 2026", "How we help?",
                "SEND REPORT", "Our SEN report: what is it?"]
    headings += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
                 for _ in range(6000)]
    for heading in headings:
        assert asks_no_question(heading) == bool(_NO_QUESTION.match(heading)), heading


def test_a_heading_is_split_in_two_questions_only_where_the_cheap_test_says_it_may() -> None:
    import random

    from senreport.coverage.matcher import _TWO_QUESTIONS, _may_ask_two
    rng = random.Random(11)
    words = ["and", "AND", "And", "how", "what", "?", "? What", "?  how", ",", "help", "we",
             "child", "will", "I", "Who", "\u0130", "band", "?\n"]
    for _ in range(6000):
        heading = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        if len(_TWO_QUESTIONS.split(heading)) > 1:
            assert _may_ask_two(heading), heading


def test_a_heading_is_split_where_it_joins_two_only_where_the_cheap_test_says_it_may() -> None:
    import random

    from senreport.coverage.matcher import _JOINED, _may_join_two
    rng = random.Random(12)
    words = ["and", "AND", "And", "&", ",", ", and", "?", "? What", "teach", "adapt", "\u0130",
             "band", "?\n", "hand", "ﬀ"]
    for _ in range(6000):
        heading = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
        if len(_JOINED.split(heading)) > 1:
            assert _may_join_two(heading), heading


def top_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern's source at its outermost level."""
    found, depth, start, escaped = [], 0, 0, False
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
    return [*found, source[start:]]


def test_another_job_before_a_name_is_looked_for_where_its_words_stand() -> None:
    import random

    from senreport.facts.senco import (
        _OTHER_ROLE,
        _OTHER_ROLE_AFTER,
        _OTHER_ROLE_BEFORE,
        _OTHER_ROLE_KEYS,
        holds_other_role,
    )
    assert _OTHER_ROLE.startswith("(?:") and _OTHER_ROLE.endswith(")\\b")
    jobs = top_alternatives(_OTHER_ROLE[3:-3])
    assert len(jobs) > 10 and len(top_alternatives(_OTHER_ROLE_BEFORE.pattern)) == 2
    for job in jobs:  # a job added to the pattern needs its word among the keys
        assert any(key in job.lower() for key in _OTHER_ROLE_KEYS), job
    assert "team" in top_alternatives(_OTHER_ROLE_BEFORE.pattern)[1]
    rng = random.Random(12)
    words = sorted(set(re.findall(r"[a-zA-Z]+", _OTHER_ROLE_BEFORE.pattern))) + [
        "Mrs Bell", "Amy Lowe", ",", ":", "-", "HEAD", "Hea\u0111", "\u017fchool", "DSL",
        "our", "the", "is", "SENCO"]
    for _ in range(5000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) + " Mrs Bell"
        start, end = len(text) - 8, len(text)
        expected = bool(_OTHER_ROLE_BEFORE.search(text[max(0, start - 40):start])
                        or _OTHER_ROLE_AFTER.match(text[end:end + 40]))
        assert holds_other_role(text, start, end) == expected, text



def _texts_of_words(pattern: re.Pattern[str], seed: int, extra: list[str]) -> list[str]:
    """Random texts made of a pattern's own words (in three cases) and a few others."""
    import random
    rng = random.Random(seed)
    words = sorted(set(re.findall(r"[A-Za-z]+", pattern.pattern))) + extra
    words += [w.upper() for w in words[:20]] + [w.title() for w in words[20:40]]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(4000)]


def test_services_and_other_owners_are_looked_for_where_their_words_open() -> None:
    from senreport.facts.contact_owner import _OTHER_OWNER, _OTHER_OWNER_AT
    from senreport.facts.reach import _EXTERNAL_AT
    from senreport.facts.senco import EXTERNAL
    from senreport.opening_words import at_opening_words
    from senreport.textscan import Prefiltered
    extra = ["Mrs", "Mr.", "Dr", ",", "&", "-", "'s", "\u017fendia", "\u0130ass", "\u212aent",
             "nhs.", "(", "is", "the", "a", "Local-Offer", "localoffer", "parent,", "school"]
    for pattern, prefiltered in ((EXTERNAL, _EXTERNAL_AT), (_OTHER_OWNER, _OTHER_OWNER_AT)):
        assert isinstance(prefiltered, Prefiltered)  # the words were read from the pattern
        for text in _texts_of_words(pattern, 14, extra):
            assert [m.span() for m in prefiltered.finditer(text)] == [
                m.span() for m in pattern.finditer(text)], text
            found, expected = prefiltered.search(text), pattern.search(text)
            assert (found and found.span()) == (expected and expected.span()), text
    # A pattern whose matches do not all open with plain words is searched as it is.
    for source in (r"\b\w+ offer", r"(?:a|bc)+d", r"page\s+\d|@", r"x-ray|local"):
        pattern = re.compile(source, re.IGNORECASE)
        assert at_opening_words(pattern) is pattern, source


def test_complaint_steps_are_found_in_the_text_folded() -> None:
    from senreport.coverage.judgement import _STEP, _STEP_FOLDED
    from senreport.textscan import fold
    assert _STEP_FOLDED is not None
    extra = ["?", "? ", "?\u0130", ",", "\u212aey worker", "\u017fenco", "é", "?\n"]
    for text in _texts_of_words(_STEP, 16, extra):
        assert [m.span(1) for m in _STEP_FOLDED.finditer(fold(text))] == [
            m.span(1) for m in _STEP.finditer(text)], text


def test_a_line_in_capitals_is_read_letter_by_letter_only_when_it_has_no_lower_case() -> None:
    import random

    from lxml import html

    from senreport.pseudo_headings import _CAPITAL_LETTERS, _in_capitals
    page = html.fromstring("<div><p>x</p><p>What we do for you.</p></div>")
    line = page[0]
    rng = random.Random(17)
    alphabet = "aBCdEF GHIJ.\u306e\u01c5ß\u1e9eΣσ\u0130\u0131-1"
    texts = ["OUR SENCO TEAM", "OUR SENCO Team", "1 2 3 4 5 6 7 8", "ǅABCDEFGH IJ"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
              for _ in range(20000)]
    for text in texts:
        letters = [c for c in text if c.isalpha()]
        expected = len(letters) >= _CAPITAL_LETTERS and len(text.split()) >= 2 and all(
            c.isupper() for c in letters)
        assert _in_capitals(line, text) == expected, text


def test_phrases_a_pattern_opens_with_are_read_through_its_groups_of_plain_words() -> None:
    import random

    from senreport.coverage.pointers import _AIMS, _AIMS_AT, _DEFERS, _DEFERS_AT
    from senreport.opening_words import _AtPhrases, at_leading_phrases, leading_phrases
    assert isinstance(_DEFERS_AT, _AtPhrases)  # tried where its leading phrases stand
    assert leading_phrases("(can|may) be (found|read)") == [
        "can be found", "can be read", "may be found", "may be read"]
    assert leading_phrases("contact the (school )?office") == [
        "contact the office", "contact the school office"]
    assert leading_phrases("aims? (is )?to\\b") == ["aim is to", "aim to", "aims is to", "aims to"]
    assert leading_phrases("see (our|the)\\b") == ["see our", "see the"]
    assert leading_phrases("(a|b)(c|d)", most=3) == ["a", "b"]
    assert leading_phrases("x?yz") == ["xyz", "yz"]
    assert leading_phrases("x*yz") is None and leading_phrases("(?:ab)+c") is None
    assert at_leading_phrases(re.compile(r"\b(ab|\w+ c)")) is None
    assert at_leading_phrases(re.compile(r"\bab|cd")) is None  # "cd" may open inside a word
    assert at_leading_phrases(re.compile(r"\b(ab)", re.MULTILINE)) is None
    pattern = re.compile(r"\b(in (our|the) (send|sen) plan|(is|are) (set out|shown) (in|on)|"
                         r"see (our )?plan|plans? for|to (find|know) more)")
    prefiltered = at_leading_phrases(pattern)
    aims = re.compile(r"\b(we|the school) (aim|hope)|\b(our|the) (aim|vision)\b|\baims? (is )?to\b",
                      re.IGNORECASE)
    aims_at = at_leading_phrases(aims)
    assert prefiltered is not None and aims_at is not None and _AIMS_AT is not None
    rng = random.Random(18)
    words = sorted(set(re.findall(r"[a-z]+", pattern.pattern + _DEFERS.pattern + _AIMS.pattern))
                   ) + [",", "-", "\u017fee", "\u212a", "é", "  ", "\t", "(", "is  set", "WE",
                        "Aims", "\u0130s", "The School"]
    for _ in range(5000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        for plain, found in ((pattern, prefiltered), (_DEFERS, _DEFERS_AT), (aims, aims_at),
                             (_AIMS, _AIMS_AT)):
            assert [m.span() for m in found.finditer(text)] == [
                m.span() for m in plain.finditer(text)], text


def test_roles_are_looked_for_where_their_leading_words_stand() -> None:
    import random

    import pytest

    from senreport.coverage.fact_items import _ROLE_AT as COVERAGE_ROLE_AT
    from senreport.coverage.fact_items import ROLE as COVERAGE_ROLE
    from senreport.facts.senco import ROLE, ROLE_AT
    from senreport.opening_words import anchored_phrases
    with pytest.raises(ValueError):
        anchored_phrases(ROLE, ["Head of"])
    rng = random.Random(19)
    words = sorted(set(re.findall(r"[A-Za-z]+", ROLE.pattern + COVERAGE_ROLE.pattern))) + [
        "co-", "co- ", "-", "\u00a0", "\u017fen", "SEN\u212ao", "@", ".", "(", ")", "Mrs Hill",
        "HEAD", "  ", "co-\tordinates", "leads", "SENCo's", "deputy head(SEN)", "e.g."]
    for _ in range(6000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "\n"])
                       for _ in range(rng.randint(0, 12)))
        for plain, found in ((ROLE, ROLE_AT), (COVERAGE_ROLE, COVERAGE_ROLE_AT)):
            assert [m.span() for m in found.finditer(text)] == [
                m.span() for m in plain.finditer(text)], text
        assert [[m.span() for m in each] for each in ROLE_AT.finditer_each([text, text])] == [
            [m.span() for m in ROLE.finditer(text)]] * 2, text


def test_running_lines_are_looked_for_where_their_words_stand() -> None:
    from senreport.converted_pages import FURNITURE, _key
    extra = ["Page", "PAGE 3", "01632 960000", "0161", "tel:", "Tel.", "e-mail", "a@b.org",
             "www.x.org", "https://x", "\u017fchool", "\u212aent", "12", "|", "-"]
    for text in _texts_of_words(FURNITURE, 20, extra):
        expected = None if not text or len(text.split()) > 25 or not FURNITURE.search(text) else (
            re.sub(r"\d+", "#", text))
        assert _key(text) == expected, text


def test_definitions_are_looked_for_by_the_words_standing_on_the_page() -> None:
    import random
    from pathlib import Path

    from senreport.check import read_document
    from senreport.coverage.definitions import _KEYS, definition_keys, without_definitions
    rng = random.Random(21)
    pages = [path.read_text(encoding="utf-8") for path in sorted(
        (Path(__file__).parent / "corpus").glob("[0-9][0-9]-*.html"))[:12]]
    pages.append("<main><h1>SEN</h1><p>A local offer gives families help. It calls for "
                 "special educational provision. \u039f\u0394\u039f\u03a3 LOCAL AUTHORITIES "
                 "must publish it.</p><p>We teach reading.</p></main>")
    for page in pages:
        document, _ = read_document(page)
        keys = definition_keys(document.lowered)
        assert set(keys) <= set(_KEYS) and (keys or page is not pages[-1])
        texts = [block.text for block in document.blocks]
        pieces = [text[rng.randint(0, len(text)):] for text in texts]  # as lead-ins cut them
        for unit in [texts[i:i + 3] for i in range(0, len(texts), 3)] + [[p] for p in pieces]:
            assert without_definitions(unit, keys) == without_definitions(unit), unit


def test_a_placeholder_is_told_from_the_text_lowered_once() -> None:
    import random

    from senreport.coverage.passages import (
        _NOTHING,
        _PLACEHOLDER,
        _PLACEHOLDER_KEYS,
        is_placeholder,
    )

    def by_the_long_way(text: str) -> bool:
        if len(text) > 400:
            return False
        if not any(c.isalnum() for c in text) or text.strip(" .").lower() in _NOTHING:
            return True
        return any(k in text.lower() for k in _PLACEHOLDER_KEYS) and len(
            text.split()) <= 40 and bool(_PLACEHOLDER.search(text))

    rng = random.Random(22)
    alphabet = "nN/aA .\u2013-\u03a3\u0391tbcTBC\u0130\u212a\u017f"
    texts = ["N/A", " n/a. ", "NONE", "\u0391\u03a3.", "Not applicable", "TBC", "..", "-",
             "To be confirmed", "Details to follow shortly", "x" * 401]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
              for _ in range(20000)]
    for text in texts:
        assert is_placeholder.__wrapped__(text) == by_the_long_way(text), text


def test_a_text_lowered_once_is_its_lower_case_each_time_and_the_memo_stays_small() -> None:
    from senreport.lower_case import lowered

    texts = ["Our SENCO", "İstanbul", "ΟΔΟΣ", "Kelvin \u212a", "", "Mrs O’Neill's"]
    for text in texts * 2:  # the second time from what was remembered
        assert lowered(text) == text.lower()
    memo = lowered.__self__  # type: ignore[attr-defined]
    for number in range(5000):
        assert lowered(f"Text {number}") == f"text {number}"
    assert len(memo) <= 4096
