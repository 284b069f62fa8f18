"""A heading over a pointer ("Full details are in our SEND Policy") is partly in place: an
answer that only sends the reader elsewhere, not an answer to another question."""

import pytest

from senreport.check import check

POINTERS = (
    "Please see our Complaints Policy, which can be found on the Policies page of our website, "
    "for full details of the procedure to follow.",
    "Full details can be found in our SEND Policy, which is available to download from the "
    "school website or as a paper copy from the school office on request.",
    "Information about this is set out in our Accessibility Plan and our Equality Objectives, "
    "both of which are published on the Statutory Information page of this website.",
    "Parents who would like to know more about this are welcome to contact the school office "
    "to arrange an appointment with the SENCO, who will be happy to explain.",
    "This is explained fully in the Wendshire Local Offer, which sets out the support "
    "available across the county for children with special educational needs.",
    "Details of how we make our building accessible and the equipment we can provide are set "
    "out in our Accessibility Plan, which you can find on the Policies page.",
    "Our procedures for handling complaints, training staff, buying equipment and planning "
    "moves are set out in full in our SEND Policy, which you can find under Key Information.",
)
HEADINGS = {"9": "How can I complain?", "6": "How are equipment and facilities secured?",
            "5": "What training do staff have?", "12": "How do you help with moving on?"}


@pytest.mark.parametrize("pointer", POINTERS)
@pytest.mark.parametrize("item_id", sorted(HEADINGS))
def test_a_pointer_under_the_items_heading_is_partly_in_place(item_id: str, pointer: str) -> None:
    page = ("<html lang='en'><head><title>SEN information report</title></head><body><main>"
            f"<h1>SEN information report</h1><h2>{HEADINGS[item_id]}</h2><p>{pointer}</p>"
            "</main></body></html>")
    item = check(page, source="report.html").coverage.items[item_id]
    assert item.value == "partly"
    assert "the answer mostly points to another document or person" in item.parts.reasons


def test_content_the_page_says_is_in_a_linked_document_answers_nothing() -> None:
    intro = ("Every school must publish a SEN Information Report each year; ours explains how we "
             "identify and support pupils. Information about the pastoral and mental health "
             "support we offer is set out in our Wellbeing Strategy (PDF), which you can "
             "download from the Policies page.")
    page = ("<html lang='en'><head><title>SEN information report</title></head><body><main>"
            f"<h1>SEN information report</h1><p>{intro}</p></main></body></html>")
    assert check(page, source="report.html").coverage.items["3g"].value == "not_in_place"


def test_an_answer_about_pe_alone_does_not_answer_joining_in_clubs_and_trips() -> None:
    answer = ("In PE lessons teachers adapt activities and equipment, such as larger balls and "
              "shorter distances, so that every child can take part in sport with their class.")
    page = ("<html lang='en'><head><title>SEN information report</title></head><body><main>"
            "<h1>SEN information report</h1><h2>Can my child join in clubs, trips and PE?</h2>"
            f"<p>{answer}</p></main></body></html>")
    item = check(page, source="report.html").coverage.items["3f"]
    assert item.value == "partly"
    assert [part for part, _ in item.parts.missing] == ["activities"]
