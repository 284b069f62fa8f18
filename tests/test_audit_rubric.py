"""The rubric as data: the built-in file, amendments, versions and fingerprints."""

from __future__ import annotations

import pytest

from senreport.audit.rubric import (
    SCHEDULE_1_SECTIONS,
    RubricError,
    builtin_rubric,
    catalogue_rubric,
    load_rubric,
    rubric_yaml,
)
from senreport.audit.scoring import combine, score_page
from senreport.catalogue import RUBRIC, SCHEDULE_1
from senreport.catalogue.local_offer import RUBRIC_SECTIONS, RUBRIC_VERSION


def test_the_packaged_rubric_is_the_catalogue() -> None:
    rubric = builtin_rubric()
    assert rubric.version == RUBRIC_VERSION == "2014-nw-1"
    assert rubric.lines == RUBRIC and rubric.sections == RUBRIC_SECTIONS
    assert len(rubric.ids) == 13 and rubric.kind == "local-offer"
    assert rubric.describe()["fingerprint"] == rubric.fingerprint


def test_round_trip_and_fingerprint() -> None:
    rubric = builtin_rubric()
    again = load_rubric(rubric_yaml(rubric), "copy.yaml")
    assert again.lines == rubric.lines and again.fingerprint == rubric.fingerprint
    amended = load_rubric(rubric_yaml(rubric).replace("- helpline\n", "- helpline\n  - hotline\n"))
    assert amended.version == rubric.version and amended.fingerprint != rubric.fingerprint


def amended_text(**changes: str) -> str:
    text = rubric_yaml(builtin_rubric())
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    return text


SHORT_BREAKS = """- id: general.short_breaks
  section: general
  heading: Short breaks
  requirements:
  - The short breaks services statement.
  cues:
  - short breaks
  - respite
"""


def test_an_amended_rubric_changes_the_scores() -> None:
    text = amended_text(**{"version: 2014-nw-1": "version: 2014-nw-2",
                           "lines:\n": "lines:\n" + SHORT_BREAKS})
    rubric = load_rubric(text, "amended.yaml")
    assert rubric.version == "2014-nw-2" and rubric.ids[0] == "general.short_breaks"
    html = ("<h2>Short breaks</h2><p>Short breaks give families a rest: respite at our centre, "
            "holiday play schemes and overnight stays, with a short breaks services statement "
            "reviewed each year with the parent carer forum and families.</p>")
    page = score_page(html, "https://lo.example/short-breaks", rubric)
    document = combine([page], rubric, authority="Exampleshire", source="https://lo.example/")
    assert document["scores"]["general.short_breaks"] == "Yes"
    assert document["rubric_version"] == "2014-nw-2"
    assert document["evidence"]["general.short_breaks"][0]["url"].endswith("/short-breaks")
    plain = combine([score_page(html, "u", builtin_rubric())], builtin_rubric(),
                    authority="E", source="u")
    assert "general.short_breaks" not in plain["scores"]
    finding = next(f for f in document["findings"] if f["item"] == "general.feedback")
    assert finding["code"] == "LO102"


@pytest.mark.parametrize("change, message", [
    ({"version: 2014-nw-1\n": ""}, "give the rubric a 'version'"),
    ({"- id: general.feedback": "- id: general.accessibility"}, "used twice"),
    ({"  section: schools\n": "  section: nowhere\n"}, "line 1[0-9][0-9]: the section 'nowhere'"),
    ({"  heading: Accessibility\n": ""}, "give 'general.accessibility' a heading"),
    ({"- id: general.funding": "- id: General Funding!"}, "lowercase words joined by dots"),
    ({"kind: local-offer": "kind: sen-report"}, "only Local Offer rubrics"),
    ({"lines:\n": "lines: 3\nx:\n"}, "'lines' must list"),
    ({"version: 2014-nw-1": "version: [oops"}, "not valid YAML"),
])
def test_rubric_errors_say_what_to_fix(change: dict[str, str], message: str) -> None:
    with pytest.raises(RubricError, match=message):
        load_rubric(amended_text(**change), "rubric.yaml")


def test_a_line_needs_requirements_and_cues() -> None:
    text = "version: x\nlines:\n  - id: a.b\n    section: a\n    heading: H\n    requirements: []\n"
    with pytest.raises(RubricError, match="line 3: give at least one entry under 'requirements'"):
        load_rubric(text)
    text = text.replace("[]", "[R]")
    with pytest.raises(RubricError, match="under 'cues'"):
        load_rubric(text)
    rubric = load_rubric(text + "    cues: [Short Breaks]\n")
    assert rubric.sections == {"a": "A"} and rubric.lines[0].cues == ("short breaks",)


def test_schedule_1_as_a_rubric_in_sections() -> None:
    rubric = catalogue_rubric("sen-report")
    assert rubric.ids == tuple(item.id for item in SCHEDULE_1)
    assert list(rubric.sections) == list(SCHEDULE_1_SECTIONS)
    assert all(rubric.section_lines(s) for s in rubric.sections)
    assert catalogue_rubric("send-policy").sections == {"all": "Send policy"}
