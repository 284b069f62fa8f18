"""PL rules: reading ease, long sentences, unexplained acronyms, jargon (CoP 6.81)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import senreport.rules.plain_language  # noqa: F401  (registers the rules)
from senreport.context import CheckContext
from senreport.coverage import Coverage
from senreport.document import parse_html
from senreport.facts import Facts
from senreport.findings import Finding
from senreport.glossary import (
    ACRONYMS,
    COMMON_ACRONYMS,
    PLAIN_ALTERNATIVES,
    STATUTORY_TERMS,
    Acronym,
    phrase_pattern,
    spells,
)
from senreport.phrase_set import PhraseSet
from senreport.rules.registry import REGISTRY

PL_CODES = ("PL101", "PL102", "PL103", "PL104")


def context(html: str) -> CheckContext:
    return CheckContext(document=parse_html(html), kind="sen-report", school_type="mainstream",
                        today=date(2026, 11, 23), coverage=Coverage("sen-report", {}),
                        facts=Facts())


def run(code: str, html: str) -> list[Finding]:
    return REGISTRY[code].run(context(html))


def flagged(html: str) -> list[str]:
    """The acronyms PL103 reports, in order."""
    return [re.match(r"'([^']+)'", f.message).group(1)  # type: ignore[union-attr]
            for f in run("PL103", html)]


# --- Every rule's documented examples --------------------------------------------------------

@pytest.mark.parametrize("code", PL_CODES)
def test_rule_is_documented_with_examples(code: str) -> None:
    rule = REGISTRY[code]
    assert rule.summary and rule.description and rule.bad and rule.good
    assert "6.81" in rule.reference


@pytest.mark.parametrize("code", PL_CODES)
def test_bad_examples_fail(code: str) -> None:
    for example in REGISTRY[code].bad:
        findings = run(code, example)
        assert findings, example
        assert all(f.code == code and f.message for f in findings)


@pytest.mark.parametrize("code", PL_CODES)
def test_good_examples_pass(code: str) -> None:
    for example in REGISTRY[code].good:
        assert run(code, example) == [], example


def test_severities() -> None:
    assert {c: REGISTRY[c].severity for c in PL_CODES} == {
        "PL101": "info", "PL102": "info", "PL103": "warning", "PL104": "info"}


# --- PL101 reading ease ---------------------------------------------------------------------

HARD_SENTENCE = ("Identification of difficulties is undertaken through comprehensive formative "
                 "assessment, supplemented by standardised diagnostic instruments.")


def test_reading_ease_reports_once_for_the_document_in_plain_words() -> None:
    html = "".join(f"<p>{HARD_SENTENCE}</p>" for _ in range(10))
    [found] = run("PL101", html)
    assert found.location is None
    assert "out of 100" in found.message
    assert "university textbook" in found.message or "legal contract" in found.message
    assert "12- or 13-year-old" in found.message


def test_reading_ease_needs_a_hundred_words() -> None:
    assert run("PL101", f"<p>{HARD_SENTENCE}</p>" * 5) == []  # 80 words


def test_reading_ease_leaves_headings_out() -> None:
    html = f"<h2>{HARD_SENTENCE}</h2>" * 10 + "<p>We help. You can ask us.</p>"
    assert run("PL101", html) == []


def test_very_long_sentences_of_short_words_are_hard_too() -> None:
    sentence = " ".join(["we help the child and you talk to us"] * 5) + "."  # 45 short words
    [found] = run("PL101", f"<p>{sentence}</p>" * 3)
    assert "sentences are very long" in found.message
    assert "aged about" in found.message


# --- PL102 long sentences -------------------------------------------------------------------

def sentence_of(n: int) -> str:
    return ("Word " + "word " * (n - 1)).strip() + "."


def test_sentence_of_36_words_is_long_but_35_is_not() -> None:
    assert run("PL102", f"<p>{sentence_of(35)}</p>") == []
    [found] = run("PL102", f"<p>Short one. {sentence_of(36)} Another.</p>")
    assert "36 words" in found.message
    assert found.location is not None and found.location.xpath == "/html/body/p"
    assert found.excerpt.startswith("Word word") and found.excerpt.endswith("…")


def test_long_sentences_are_capped_at_ten_and_summarised() -> None:
    html = "".join(f"<p>{sentence_of(40)}</p>" for _ in range(13))
    findings = run("PL102", html)
    assert len(findings) == 11
    assert all(f.location is not None for f in findings[:10])
    assert findings[10].location is None
    assert findings[10].message.startswith("3 more sentences are over 35 words")


def test_one_extra_long_sentence_is_summarised_in_the_singular() -> None:
    html = "".join(f"<p>{sentence_of(40)}</p>" for _ in range(11))
    assert run("PL102", html)[-1].message.startswith("1 more sentence is")


# --- PL103 acronyms -------------------------------------------------------------------------

def test_acronym_explained_after_first_use_is_flagged_at_first_use() -> None:
    html = ("<p>Our SENCO is Mrs Smith.</p>"
            "<p>Our special educational needs co-ordinator (SENCO) works with teachers.</p>")
    [found] = run("PL103", html)
    assert found.location is not None and found.location.xpath == "/html/body/p[1]"
    assert found.excerpt == "Our SENCO is Mrs Smith."
    assert "'special educational needs co-ordinator (SENCO)'" in found.message


@pytest.mark.parametrize("html", [
    "<p>Our special educational needs co-ordinator (SENCO) is Mrs Smith. The SENCO helps.</p>",
    "<p>Our SENCO (special educational needs co-ordinator) is Mrs Smith.</p><p>SENCO.</p>",
    "<p>Our Special Educational Needs Coordinator (SENCO) is Mrs Smith.</p>",
    "<p>Our special needs co-ordinator (SENCO) is Mrs Smith.</p>",
    "<p>The special educational needs co-ordinator is Mrs Smith.</p><p>The SENCO helps.</p>",
    '<p>Our <abbr title="special educational needs co-ordinator">SENCO</abbr> helps.</p>'
    "<p>The SENCO meets parents.</p>",
])
def test_explained_acronyms_pass(html: str) -> None:
    assert flagged(html) == []


def test_abbr_after_first_use_does_not_explain_it() -> None:
    html = ('<p>The SENCO helps.</p><p><abbr title="special educational needs co-ordinator">'
            "SENCO</abbr></p>")
    assert flagged(html) == ["SENCO"]


def test_abbr_without_a_title_explains_nothing() -> None:
    assert flagged("<p>Our <abbr>SENCO</abbr> helps.</p>") == ["SENCO"]


def test_senco_spellings_are_one_acronym_matched_as_written() -> None:
    assert flagged("<p>Our SENCo helps. The SENCO and the SENDCo too.</p>") == ["SENCo"]
    assert flagged("<p>Our special educational needs co-ordinator (SENCo) helps. "
                   "The SENCO too.</p>") == []
    assert flagged("<p>Our special educational needs and disabilities co-ordinator "
                   "(SENDCo) helps.</p>") == []


def test_mixed_case_acronyms_are_matched_as_written() -> None:
    assert flagged("<p>Help for pupils with SpLD.</p>") == ["SpLD"]
    assert flagged("<p>Help for pupils with Spld or spld.</p>") == []
    assert flagged("<p>Pupils with Specific Learning Difficulties (SpLD) get help.</p>") == []


def test_each_acronym_is_reported_once() -> None:
    assert flagged("<p>The EP visits.</p><p>The EP writes. EPs help.</p>") == ["EP"]


def test_plural_and_possessive_uses_are_the_same_acronym() -> None:
    assert flagged("<p>TAs help. The TA's role.</p>") == ["TA"]


def test_name_in_brackets_is_not_an_explanation() -> None:
    assert flagged("<p>Please contact Mrs Smith (SENCO).</p>") == ["SENCO"]


def test_slt_accepts_either_meaning() -> None:
    assert flagged("<p>The senior leadership team (SLT) meets.</p>") == []
    assert flagged("<p>Speech and language therapy (SLT) is offered.</p>") == []
    [found] = run("PL103", "<p>The SLT meets.</p>")
    assert "senior leadership team (SLT)" in found.message
    assert "speech and language therapy (SLT)" in found.message


def test_longer_meaning_explains_the_acronyms_inside_it() -> None:
    html = ("<p>Special educational needs and disabilities (SEND) matter.</p>"
            "<p>Pupils with SEN and SEND.</p>")
    assert flagged(html) == []


def test_acronym_in_a_meaning_still_needs_explaining() -> None:
    assert flagged("<p>Our SEN co-ordinator (SENCO) helps.</p>") == ["SEN"]


def test_key_stages_are_explained_by_key_stage() -> None:
    assert flagged("<p>In Key Stage 1 (KS1) and KS2 we help.</p>") == []
    [found] = run("PL103", "<p>In KS2 we help.</p>")
    assert "'Key Stage 2 (KS2)'" in found.message


def test_everyday_acronyms_and_roman_numerals_are_left_alone() -> None:
    assert flagged("<p>PE, ICT, GCSE, NHS, BBC and IT lessons in Year III and part IV. "
                   "The UK is OK.</p>") == []


def test_unknown_capitals_are_treated_as_acronyms_unless_shouted() -> None:
    assert flagged("<p>The MASH meets. The XYZ helps.</p>") == ["MASH", "XYZ"]
    assert flagged("<p>PLEASE NOTE the office is shut.</p>") == []
    assert flagged("<p>OUR WONDERFUL PUPILS LOVE LEARNING EVERY DAY</p>") == []


def test_shouted_heading_still_checks_glossary_acronyms() -> None:
    assert flagged("<h2>OUR SEND PROVISION</h2><p>We help.</p>") == ["SEND"]


def test_unknown_acronym_explained_by_brackets() -> None:
    html = "<p>The Multi-Agency Safeguarding Hub (MASH) meets. The XYZ (extra help group).</p>"
    assert flagged(html) == []


def test_heading_may_use_an_acronym_its_section_explains() -> None:
    html = ("<h2>Who is our SENCO?</h2>"
            "<p>Our special educational needs co-ordinator (SENCO) is Mrs Smith.</p>")
    assert flagged(html) == []


def test_heading_acronym_not_explained_in_its_section_is_flagged_at_the_heading() -> None:
    html = ("<h2>Who is our SENCO?</h2><p>Mrs Smith is our SENCO.</p>"
            "<h2>More</h2><p>The special educational needs co-ordinator (SENCO) helps.</p>")
    [found] = run("PL103", html)
    assert found.location is not None and found.location.xpath == "/html/body/h2[1]"


def test_glossary_table_explains_its_terms() -> None:
    html = ("<table><tr><td>SENCO</td><td>Special educational needs co-ordinator</td></tr>"
            "<tr><td>MASH</td><td>Multi-agency safeguarding hub</td></tr></table>"
            "<p>The SENCO and the MASH.</p>")
    assert flagged(html) == []


def test_addresses_are_not_acronyms() -> None:
    html = "<p>See www.kent.gov.uk/SEND or email SENCO@school.org.uk today.</p>"
    assert flagged(html) == []


@pytest.mark.parametrize(("acronym", "phrase", "expected"), [
    ("SENCO", "Our Special Educational Needs Co-ordinator", True),
    ("SENCO", "our special educational needs coordinator", True),
    ("SpLD", "pupils with Specific Learning Difficulties", True),
    ("EHCP", "an Education, Health and Care Plan", True),
    ("NEET", "Not in Education, Employment or Training", True),
    ("SENCO", "Please contact Mrs Jane Smith", False),
    ("SENCO", "Special Educational Needs Co-ordinator and more", False),
    ("ADHD", "", False),
])
def test_spells(acronym: str, phrase: str, expected: bool) -> None:
    assert spells(acronym, phrase) is expected


def test_glossary_is_large_and_covers_the_send_acronyms() -> None:
    forms = {form for a in ACRONYMS for form in a.forms}
    assert len(ACRONYMS) >= 40
    for form in ("SEN", "SEND", "SENCO", "SENCo", "SENDCo", "EHCP", "SEMH", "SpLD", "MLD",
                 "SLD", "PMLD", "ASC", "ASD", "ADHD", "ADD", "DCD", "HI", "VI", "MSI", "PD",
                 "SLCN", "SALT", "SLT", "EP", "OT", "PT", "CAMHS", "APDR", "SENDIASS", "IASS",
                 "LAC", "CLA", "PEP", "PP", "FSM", "TA", "HLTA", "LSA", "ELSA", "IEP", "ISP",
                 "PSP", "EHCNA", "LA", "NASENCO", "QFT", "EAL", "DSL", "CIN", "CP", "EWO",
                 "FE", "NEET", "PfA", "SENIF", "AP", "PRU", "KS1", "KS5", "EYFS", "SENDIST"):
        assert form in forms, form
    assert "EYFS" not in COMMON_ACRONYMS
    assert not forms & COMMON_ACRONYMS
    assert sum(len(a.forms) for a in ACRONYMS) == len(forms), "a spelling is in two entries"


@pytest.mark.parametrize("acronym", ACRONYMS, ids=lambda a: a.name)
def test_every_glossary_meaning_explains_its_acronym(acronym: Acronym) -> None:
    for meaning in acronym.meanings:
        for form in acronym.forms:
            html = f"<p>We have {meaning} ({form}).</p><p>The {form} helps.</p>"
            assert form not in flagged(html), (meaning, form)


# --- PL104 jargon and wordy phrases ---------------------------------------------------------

def test_jargon_message_offers_the_plain_words() -> None:
    [found] = run("PL104", "<p>We use Differentiation.</p>")
    assert found.message == ("This is education jargon. Parents may find 'differentiation' "
                             "hard to follow; try 'adapting lessons for each child'.")


def test_each_phrase_kind_is_reported_once_at_first_use() -> None:
    html = ("<p>In order to help, we use interventions.</p>"
            "<p>In order to learn, an intervention. We facilitate it and facilitated it.</p>")
    findings = run("PL104", html)
    assert [re.search(r"find '([^']+)'", f.message).group(1)  # type: ignore[union-attr]
            for f in findings] == ["in order to", "interventions", "facilitate"]
    assert findings[0].location is not None and findings[0].location.xpath == "/html/body/p[1]"


@pytest.mark.parametrize("phrase", ["with regard to", "utilise", "utilize", "prior to",
                                    "in the event that", "commence", "provision map",
                                    "quality first teaching", "liaise with", "stakeholders"])
def test_wordy_and_jargon_phrases(phrase: str) -> None:
    assert len(run("PL104", f"<p>We {phrase} it.</p>")) == 1


@pytest.mark.parametrize("term", sorted(STATUTORY_TERMS))
def test_statutory_terms_are_never_flagged(term: str) -> None:
    assert run("PL104", f"<p>We follow the {term} and the {term.upper()}.</p>") == []


def test_statutory_term_protects_the_jargon_inside_it_only() -> None:
    assert run("PL104", "<p>We use our best endeavours.</p>") == []
    assert len(run("PL104", "<p>We endeavour to help.</p>")) == 1
    # "provision" is the law's word, but a provision map is still jargon.
    assert len(run("PL104", "<p>Our provision map lists the provision.</p>")) == 1


def test_jargon_inside_a_longer_name_is_left_alone() -> None:
    html = "<p>Our Emotional Literacy Support Assistant (ELSA) helps.</p>"
    assert run("PL104", html) == []
    assert len(run("PL104", "<p>We teach emotional literacy.</p>")) == 1
    # A name that is itself jargon is still reported.
    assert len(run("PL104", "<p>We offer quality first teaching (QFT).</p>")) == 1


def test_plain_alternatives_are_well_formed() -> None:
    assert all(p.kind in ("jargon", "wordy") and p.plain for p in PLAIN_ALTERNATIVES)
    assert len(PLAIN_ALTERNATIVES) >= 20


@given(st.lists(st.sampled_from(["in", "order", "to", "the", "special", "educational", "needs",
                                 "co-ordinator", "SEN", "provision", "map", "with", "regard",
                                 "interventions", ",", "(", ")", "and", "Prior", "tothe"]),
                max_size=25))
def test_phrase_set_finds_what_the_plain_regex_finds(tokens: list[str]) -> None:
    phrases = PhraseSet([phrase_pattern("special educational needs"), r"in order to",
                         r"provision[- ]?maps?", r"with regards? to|prior to"])
    text = " ".join(tokens)
    assert [m.span() for m in phrases.finditer(text)] == [
        m.span() for m in phrases.regex.finditer(text)]


# --- Speed ----------------------------------------------------------------------------------

PARAGRAPHS = (
    "Our special educational needs co-ordinator (SENCO) is Mrs Jane Smith, who holds the "
    "NASENCO award and works with the SLT.",
    "We use differentiation in order to help every child. Interventions are run by TAs and "
    "an HLTA, with advice from the EP and SALT.",
    "Pupils with SpLD, ASD, ADHD, SEMH needs, MLD or a VI may have an EHCP; the LA reviews "
    "it each year with CAMHS and the OT.",
    "If you are worried about your child, please talk to the class teacher first. They will "
    "listen and tell you what happens next.",
    "When we have concerns about a child's progress we will first talk to the class teacher "
    "and the parents and then, if the concerns continue after a period of support in class, "
    "we will ask the SENCO to carry out further assessments which may lead to extra help.",
    "Parents can get free, impartial advice from SENDIASS, and can read the Local Offer on "
    "the council website at www.example.gov.uk/send.",
)


def test_the_family_judges_a_5000_word_report() -> None:
    html, count, i = [], 0, 0
    while count < 5000:
        if i % 7 == 0:
            html.append(f"<h2>Section {i}</h2>")
        paragraph = PARAGRAPHS[i * 5 % len(PARAGRAPHS)]
        html.append(f"<p>{paragraph}</p>")
        count += len(paragraph.split())
        i += 1
    ctx = context("\n".join(html))
    found = {f.code for code in PL_CODES for f in REGISTRY[code].run(ctx)}
    assert found <= set(PL_CODES)


def test_a_template_heading_with_nothing_under_it_yet_is_not_flagged() -> None:
    template = ("<h2>What training do our staff have?</h2><p>Staff train every term.</p>"
                "<h2>Who is our SENCO and how can I contact them?</h2><p></p>"
                "<h2>How do we get the equipment we need?</h2><p>We ask the council.</p>")
    assert flagged(template) == []
    written = template.replace("<p></p>", "<p>Ring the office to speak to her.</p>")
    assert flagged(written) == ["SENCO"]
    assert flagged("<h2>Who is our SENCO?</h2>") == []
