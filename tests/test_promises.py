"""A heading asking for several items answers only those its text speaks to; a paragraph led
by one item answers it even among other topics; a complaints paragraph in long prose is an
answer, not a pointer."""

from senreport.check import check
from senreport.coverage.promises import kept_promises

BUDGET = ("The SENCO and the headteacher decide how the school's SEND budget is used, based on "
          "the needs of the children. The amount of help is agreed at the support plan "
          "meetings with parents and looked at again each term by the class teacher.")


def _page(body: str) -> str:
    return ("<html lang='en'><head><title>SEN information report</title></head><body><main>"
            f"<h1>SEN information report</h1>{body}</main></body></html>")


def test_an_answer_that_speaks_to_none_of_an_items_parts_is_not_its_answer() -> None:
    kept = kept_promises("sen-report", {"3a": 1.0, "3e": 1.0}, [BUDGET])
    assert list(kept) == ["3e"]
    # A line under the heading is a thin answer to everything it asks.
    assert kept_promises("sen-report", {"3a": 1.0, "3e": 1.0}, ["We decide together."]) == {
        "3a": 1.0, "3e": 1.0}


def test_the_decision_heading_over_a_budget_paragraph_does_not_put_evaluation_in_place() -> None:
    heading = "<h2>How is the decision made about how much support my child will receive?</h2>"
    item = check(_page(heading + f"<p>{BUDGET}</p>"), source="r.html").coverage.items["3a"]
    assert item.value != "in_place"
    checked = ("<p>We check the impact of every intervention: each child is assessed at the "
               "start and the end, and the SENCO reports to governors each year on how well our "
               "support is working.</p>")
    item = check(_page(heading + f"<p>{BUDGET}</p>" + checked), source="r.html").coverage.items[
        "3a"]
    assert item.value == "in_place"


def test_a_complaints_paragraph_in_long_prose_is_an_answer() -> None:
    prose = ("<h2>Our provision</h2><p>If parents are unhappy with the SEND provision for their "
             "child, they should first speak to the class teacher and then to the SENCO. If the "
             "concern is not resolved, parents can ask to meet the headteacher and then make a "
             "formal complaint to the governing body using the school's complaints procedure. "
             "Parents can also ask the local authority for disagreement resolution or mediation, "
             "and can appeal to the SEND Tribunal about EHC plans.</p>")
    assert check(_page(prose), source="r.html").coverage.items["9"].value == "in_place"


def test_a_definition_list_topic_heads_its_answer_and_an_admissions_appeal_is_no_complaint(
        ) -> None:
    faq = ("<dl><dt>How will my child's progress be checked?</dt><dd>Teachers assess every "
           "child each term, and if a parent or teacher raises a concern the SENCO looks into "
           "it with the family.</dd><dt>Complaints and appeals</dt><dd>If you are not offered "
           "a place at our school, you have the right to appeal to an independent appeal "
           "panel. Appeals must be made in writing within 20 school days of the offer "
           "letter.</dd></dl>")
    item = check(_page(faq), source="r.html").coverage.items["9"]
    assert item.value == "not_in_place"
