"""The law's definition of SEN, quoted on a report, answers no item."""

from senreport.check import check
from senreport.coverage.definitions import without_definitions

DEFINITION = ("A child has special educational needs if they have a learning difficulty or "
              "disability which calls for special educational provision to be made for them. "
              "A disability may prevent or hinder them from making use of facilities of a kind "
              "generally provided for others of the same age.")


def _judged(body: str, item: str) -> str:
    """How a report page holding only ``body`` judges ``item``."""
    page = ("<html lang='en'><head><title>SEN information report</title></head><body><main>"
            "<h1>SEN information report</h1>" + body + "</main></body></html>")
    return check(page, source="r.html").coverage.value(item)


def test_definition_sentences_are_left_out_and_the_schools_own_words_kept() -> None:
    own = "We have a lift, ramps and a sensory room, and we buy specialist equipment."
    assert without_definitions([DEFINITION + " " + own]) == [own]
    assert without_definitions([DEFINITION]) == []
    assert without_definitions(["No definition here."]) == ["No definition here."]


def test_a_quoted_definition_does_not_put_facilities_partly_in_place() -> None:
    page = ("<html lang='en'><head><title>SEN information report</title></head><body><main>"
            "<h1>SEN information report</h1><p>Following the Code of Practice: " + DEFINITION
            + "</p></main></body></html>")
    item = check(page, source="r.html").coverage.items["6"]
    assert item.value == "not_in_place"
    with_school = page.replace("</p>", "</p><p>Our building has a lift and ramps, and we buy "
                               "equipment such as writing slopes when a child needs it.</p>")
    assert check(with_school, source="r.html").coverage.items["6"].value != "not_in_place"


def test_the_equality_acts_definition_of_disability_is_the_laws_too() -> None:
    retold = ("Under the Equality Act 2010 a disability is a physical or mental impairment "
              "which has a long-term and substantial adverse effect on a person's ability to "
              "carry out normal day-to-day activities. This definition includes sensory "
              "impairments such as those affecting sight or hearing.")
    own = "We have pupils with hearing impairments, autism and dyslexia."
    assert without_definitions([retold + " " + own]) == [own]
    assert _judged(f"<p>{retold}</p>", "1") == "not_in_place"
    # quoted with its commas and brackets
    quoted = ("A disability is described in law (the Equality Act 2010) as 'a physical or "
              "mental impairment, which has a long-term (a year or more) and substantial "
              "adverse effect on their ability to carry out normal day-to-day activities'.")
    assert without_definitions([quoted + " " + own]) == [own]


def test_what_a_local_offer_is_says_nothing_of_where_the_councils_is() -> None:
    general = ("A Local Offer gives children with special educational needs and their families "
               "information about the support available in their area. Every local authority "
               "is responsible for writing a Local Offer and keeping it up to date.")
    assert without_definitions([general]) == []
    assert _judged(f"<p>{general}</p>", "13") == "not_in_place"


def test_what_every_local_offer_will_hold_is_general_too() -> None:
    general = ("Local authorities and other services will set out a local offer of the support "
               "available to families. The offer will include provision across education, "
               "health and social care.")
    own = "Our school works with the speech and language therapy service."
    assert without_definitions([general + " " + own]) == [own]


def test_how_to_be_admitted_answers_no_item() -> None:
    admissions = ("All children with SEN but without an EHC plan are welcome to apply for a "
                  "place at our school, in line with the school admissions policy. If a place "
                  "is available, we will use our best endeavours, in partnership with parents, "
                  "to make the provision required.")
    own = "We meet parents each term to review their child's plan."
    assert without_definitions([admissions + " " + own]) == [own]
    assert _judged(f"<p>{admissions}</p>", "7") == "not_in_place"
