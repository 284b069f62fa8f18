"""The domain catalogue holds together: ids, wording, references, FAQs and cues."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from senreport.catalogue import (
    GOVERNORS_TOPICS,
    POLICY_ELEMENTS,
    RUBRIC,
    SCHEDULE_1,
    applies_to,
    items_for,
    schedule_item,
)
from senreport.catalogue.local_offer import RUBRIC_SECTIONS, RUBRIC_VERSION, SCORES
from senreport.catalogue.schedule1 import ITEM_3_LEAD_IN, PARENT_FAQ, YOUNG_PERSON_FAQ
from senreport.catalogue.send_policy import POLICY_REVIEW_YEARS
from senreport.catalogue.types import ALL_SCHOOL_TYPES

SCHEDULE_IDS = (
    "1", "2", "3a", "3b", "3c", "3d", "3e", "3f", "3g",
    "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
)
RUBRIC_IDS = (
    "general.accessibility", "general.feedback", "general.funding",
    "general.graduated_approach", "early_years.admission", "early_years.identification",
    "early_years.future_steps", "schools.admission", "schools.identification",
    "schools.future_steps", "post16.admission", "post16.identification", "post16.future_steps",
)
COVERAGE_VALUES = {"in_place", "partly", "not_in_place"}
#: Words so common in SEN reports that, alone, they point to no item.
TOO_GENERIC = {
    "sen", "send", "special educational needs", "pupils", "pupil", "children", "child",
    "support", "school", "needs", "help", "parents", "staff", "the", "and",
}
CUE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9 ,'/:;.()\-]*$")
CoP_PARA = re.compile(r"^\d{1,2}\.\d{1,3}$")

ALL_ITEMS = (*SCHEDULE_1, *RUBRIC, *POLICY_ELEMENTS, *GOVERNORS_TOPICS)


def _label(item: object) -> str:
    return f"{type(item).__name__}:{item.id}"  # type: ignore[attr-defined]


# --- Schedule 1 ---------------------------------------------------------------------------------


def test_schedule_has_19_ids_in_order() -> None:
    assert tuple(item.id for item in SCHEDULE_1) == SCHEDULE_IDS


def test_schedule_wording_is_the_statutory_text() -> None:
    for item in SCHEDULE_1:
        assert len(item.wording) > 30, item.id
        assert item.wording == item.wording.strip()
    assert schedule_item("1").wording.startswith("The kinds of special educational needs")
    assert "identification and assessment" in schedule_item("2").wording
    assert schedule_item("4").wording.endswith(
        "the name and contact details of the SEN co-ordinator."
    )
    assert "section 32" in schedule_item("11").wording
    assert schedule_item("13").wording == (
        "Information on where the local authority's local offer is published."
    )
    for sub in "abcdefg":
        wording = schedule_item(f"3{sub}").wording
        assert wording[0].islower(), sub
        assert not wording.endswith((";", "and")), sub
    assert "(including physical activities)" in schedule_item("3f").wording
    assert "emotional, mental and social development" in schedule_item("3g").wording


def test_item_3_lead_in() -> None:
    assert ITEM_3_LEAD_IN.startswith("Information about the school's policies for making provision")
    assert "whether or not pupils have EHC Plans" in ITEM_3_LEAD_IN
    assert ITEM_3_LEAD_IN.endswith("including—")


def test_headings_are_plain_and_distinct() -> None:
    headings = [item.heading for item in SCHEDULE_1]
    assert len(set(headings)) == len(headings)
    for heading in headings:
        assert 10 <= len(heading) <= 90, heading
        assert heading[0].isupper()
    assert schedule_item("4").heading == "Who is our SENCO and how can I contact them?"


def test_references_cite_schedule_1() -> None:
    assert schedule_item("3c").reference == "SEND Regulations 2014, Schedule 1, para 3(c)"
    assert schedule_item("4").reference == "SEND Regulations 2014, Schedule 1, para 4"


@pytest.mark.parametrize("item_id", ["10", "11", "12", "13"])
def test_references_of_items_10_to_13(item_id: str) -> None:
    assert schedule_item(item_id).reference == f"SEND Regulations 2014, Schedule 1, para {item_id}"


def test_school_types() -> None:
    for item in SCHEDULE_1:
        if item.id in {"2", "4"}:
            assert item.school_types == ("mainstream", "nursery"), item.id
            assert not applies_to(item, "special")
            assert not applies_to(item, "post16")
            assert applies_to(item, "nursery")
        else:
            assert item.school_types == ALL_SCHOOL_TYPES, item.id
            assert all(applies_to(item, kind) for kind in ALL_SCHOOL_TYPES)


def test_code_of_practice_paragraphs() -> None:
    for item in SCHEDULE_1:
        assert item.code_of_practice[0] == "6.79", item.id
        assert len(set(item.code_of_practice)) == len(item.code_of_practice), item.id
        for para in item.code_of_practice:
            assert CoP_PARA.match(para), (item.id, para)
    assert {"6.16", "6.17"} <= set(schedule_item("2").code_of_practice)
    assert "6.54" in schedule_item("3a").code_of_practice
    assert "6.44" in schedule_item("3b").code_of_practice
    assert "6.52" in schedule_item("3c").code_of_practice


def test_every_item_has_prompts() -> None:
    for item in SCHEDULE_1:
        assert item.prompts, item.id
        for prompt in item.prompts:
            assert prompt == prompt.strip() and len(prompt) > 10, (item.id, prompt)
    assert any("Assess, Plan, Do, Review" in p for p in schedule_item("3b").prompts)
    assert any("provision map" in p.lower() for p in schedule_item("3e").prompts)


def test_faq_mapping() -> None:
    assert len(PARENT_FAQ) == 14
    assert len(YOUNG_PERSON_FAQ) == 14
    known = set(PARENT_FAQ) | set(YOUNG_PERSON_FAQ)
    used: set[str] = set()
    for item in SCHEDULE_1:
        assert len(item.faq) >= 1, item.id
        assert len(set(item.faq)) == len(item.faq), item.id
        assert set(item.faq) <= known, item.id
        used.update(item.faq)
    # every one of the 28 SE7 questions is answered by at least one item
    assert used == known
    assert "Who can I contact for further information?" in schedule_item("4").faq
    assert "How accessible is the school environment?" in schedule_item("6").faq


# --- Cues (all kinds) ---------------------------------------------------------------------------


@pytest.mark.parametrize("item", ALL_ITEMS, ids=_label)
def test_cues_are_tidy(item: object) -> None:
    cues = item.cues  # type: ignore[attr-defined]
    assert len(cues) == len(set(cues)), "a cue is repeated"
    for cue in cues:
        assert cue == cue.strip().lower(), cue
        assert CUE_PATTERN.match(cue), cue
        assert cue not in TOO_GENERIC, cue


def test_schedule_cue_counts() -> None:
    from senreport.catalogue.topics import TOPICS

    for item in SCHEDULE_1:
        # Item 4's role words count only beside a name or a way to reach the SENCO (a topic
        # pair), so it keeps a few phrases of its own.
        least = 5 if item.id in TOPICS["sen-report"] else 15
        # Item 8 is said in the school's, the parents' and the pupils' own words ("pupil
        # voice", "my views", "your voice"), so it has the most.
        assert least <= len(item.cues) <= 60, (item.id, len(item.cues))


def test_schedule_cues_are_distinctive() -> None:
    counts = Counter(cue for item in SCHEDULE_1 for cue in item.cues)
    shared = {cue: n for cue, n in counts.items() if n > 1}
    # a cue may sit under two items at most, and few are shared at all
    assert all(n <= 2 for n in shared.values()), shared
    assert len(shared) <= 10, shared


def test_schedule_cues_point_to_their_item() -> None:
    expected = {
        "assess, plan, do, review": "3b",
        "graduated approach": "3b",
        "annual review": "3b",
        "quality first teaching": "3c",
        "provision map": "3e",
        "zones of regulation": "3g",
        "elsa": "3g",
        "our senco": "4",
        "sendiass": "11",
        "complaints procedure": "9",
        "preparing for adulthood": "12",
        "local offer": "13",
    }
    for cue, item_id in expected.items():
        owners = [item.id for item in SCHEDULE_1 if cue in item.cues]
        assert owners == [item_id], (cue, owners)


# --- Local Offer rubric -------------------------------------------------------------------------


def test_rubric_ids_exactly_as_the_contract() -> None:
    assert tuple(item.id for item in RUBRIC) == RUBRIC_IDS


def test_rubric_sections() -> None:
    assert list(RUBRIC_SECTIONS) == ["general", "early_years", "schools", "post16"]
    assert list(RUBRIC_SECTIONS.values()) == [
        "General considerations", "Early years", "Schools", "Post-16",
    ]
    for item in RUBRIC:
        assert item.section in RUBRIC_SECTIONS
        assert item.id.split(".")[0] == item.section


def test_rubric_content() -> None:
    by_id = {item.id: item for item in RUBRIC}
    for item in RUBRIC:
        assert item.heading, item.id
        assert item.requirements, item.id
        assert len(item.cues) >= 10, item.id
    assert by_id["early_years.identification"].code_of_practice == ("5.36",)
    assert by_id["schools.identification"].code_of_practice == ("6.44",)
    assert by_id["post16.identification"].code_of_practice == ("7.13",)
    others = set(by_id) - {
        "early_years.identification", "schools.identification", "post16.identification",
    }
    assert all(by_id[i].code_of_practice == () for i in others)
    assert len(by_id["post16.identification"].requirements) == 5
    assert len(by_id["early_years.identification"].requirements) == 4
    assert by_id["schools.identification"].reference == "SEND Code of Practice 2014, para 6.44"


def test_rubric_scores_and_version() -> None:
    assert RUBRIC_VERSION == "2014-nw-1"
    assert SCORES == {"Yes": "in_place", "Partial": "partly", "No": "not_in_place"}
    assert set(SCORES.values()) == COVERAGE_VALUES


# --- SEND policy and governors' report ----------------------------------------------------------


def test_policy_elements() -> None:
    assert tuple(e.id for e in POLICY_ELEMENTS) == (
        "status", "purpose", "consultation", "cross_references", "roles", "monitoring",
        "date_established", "review_date", "signature",
    )
    for element in POLICY_ELEMENTS:
        assert element.heading and element.description and element.reference
        assert element.reference.startswith("SEND policy contents")
        assert len(element.cues) >= 5, element.id
    assert POLICY_REVIEW_YEARS == 3
    review = next(e for e in POLICY_ELEMENTS if e.id == "review_date")
    assert "three years" in review.description


def test_governors_topics() -> None:
    assert tuple(t.id for t in GOVERNORS_TOPICS) == (
        "send_reforms", "identification", "progress", "funding", "staff_development",
        "external_agencies",
    )
    for topic in GOVERNORS_TOPICS:
        assert topic.heading and topic.description and topic.reference
        assert len(topic.cues) >= 5, topic.id


# --- The package's lookups ----------------------------------------------------------------------


def test_items_for_each_kind() -> None:
    assert items_for("sen-report") == SCHEDULE_1
    assert items_for("local-offer") == RUBRIC
    assert items_for("send-policy") == POLICY_ELEMENTS
    assert items_for("governors-report") == GOVERNORS_TOPICS
    with pytest.raises(KeyError):
        schedule_item("3h")


def test_ids_unique_within_each_kind() -> None:
    for kind in ("sen-report", "local-offer", "send-policy", "governors-report"):
        ids = [item.id for item in items_for(kind)]
        assert len(ids) == len(set(ids)), kind
