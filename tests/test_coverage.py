"""Coverage detection on small made-up pages: what makes an item in place, partly or missing."""

from __future__ import annotations

import re

import pytest

from senreport.check import read_document
from senreport.coverage import detect_coverage, part_scores
from senreport.coverage.matcher import matcher
from senreport.document import parse_html
from senreport.matching import CueSet, normalise, normalise_sentences

FULL_TRIPS = (
    "All our clubs, trips and residential visits are open to every pupil. We carry out a risk "
    "assessment for each trip and talk to parents beforehand about any adjustments, such as "
    "extra adult support or a visit to the venue in advance. PE lessons are adapted so that "
    "everyone can take part."
)
FULL_WELLBEING = (
    "Our Emotional Literacy Support Assistant works with children on friendships and "
    "self-esteem, and we run a lunchtime nurture club. Every class uses the Zones of "
    "Regulation, and our anti-bullying work is led by the school council and the pastoral team."
)
FULL_TRANSITION = (
    "Before children start in Reception we visit them at home or at nursery and offer extra "
    "visits. When children move to secondary school, the SENCO meets the secondary SENCO, "
    "passes on records and arranges a transition booklet with photographs of the new school."
)


def coverage(page: str, school_type: str = "mainstream", kind: str = "sen-report"):
    document, report = read_document(page, "page.html")
    return detect_coverage(document, kind, school_type, report=report)


def value(page: str, item: str, **kwargs: str) -> str:
    return coverage(page, **kwargs).value(item)


# --- headings and their answers -----------------------------------------------------------------


def test_heading_with_a_full_answer_is_in_place() -> None:
    page = f"<h1>SEN Information Report</h1><h2>Trips, clubs and sport</h2><p>{FULL_TRIPS}</p>"
    assert value(page, "3f") == "in_place"


@pytest.mark.parametrize("answer", ["TBC", "[To be completed]", "This section is being updated.",
                                    "Information to follow.", "To follow.", "", "[School to add]",
                                    "Guidance: say which health, social care and voluntary "
                                    "services the school works with and how."])
def test_heading_with_a_placeholder_or_nothing_is_not_in_place(answer: str) -> None:
    page = (f"<h2>10. Involving other bodies</h2><p>{answer}</p>"
            "<h2>11. Support services for parents</h2><p>Parents can phone Westmarsh SENDIASS "
            "on 01632 960845 for free, impartial advice.</p>")
    assert value(page, "10") == "not_in_place"


def test_placeholder_heading_outweighs_passing_mentions_elsewhere() -> None:
    page = ("<h2>Staff training</h2><p>All staff are trained in autism awareness by the "
            "Educational Psychology Service and the speech and language therapy team, and we "
            "buy in specialist advice from CAMHS when we need it.</p>"
            "<h2>Working with other agencies</h2><p>TBC</p>")
    assert value(page, "10") == "not_in_place"


def test_one_line_answer_under_its_heading_is_partly() -> None:
    page = "<h2>Consulting pupils</h2><p>Pupils' views are taken into account.</p>"
    assert value(page, "8") == "partly"
    page = "<h2>e) Additional support for learning</h2><p>Interventions are available.</p>"
    assert value(page, "3e") == "partly"


def test_one_sentence_naming_particular_things_is_still_partly() -> None:
    # The guide: a one- or two-line answer is partly, however particular its words.
    page = ("<h2>Extra support for learning</h2><p>Additional support includes small group "
            "interventions and one-to-one support from teaching assistants, shown on our "
            "provision map.</p>")
    result = coverage(page)
    assert result.value("3e") == "partly"
    assert result.items["3e"].parts.reasons == ("the answer is only a line or two",)


def test_se7_faq_headings_match_their_items() -> None:
    answers = {
        "How does the school know if children need extra help?": (
            "2", "Teachers check every child's progress each half term. If a child is falling "
            "behind, the SENCO carries out further assessment, such as a language screen, and "
            "talks to parents about what the screening shows."),
        "How will both you and I know how my child is doing?": (
            "3b", "Children on the SEN register have a support plan with targets, reviewed "
            "with you each term following the graduated approach: assess, plan, do, review. "
            "Children with an EHC plan also have an annual review."),
        "What training have the staff supporting children with SEND had?": (
            "5", "All staff have training in autism awareness and Makaton, and our teaching "
            "assistants are trained in precision teaching. The SENCO holds the national award "
            "and leads whole-school training each term. When we need specialist advice we "
            "ask the educational psychologist or the county's outreach team."),
        "How accessible is the school environment?": (
            "6", "The building is on one level with ramps and an accessible toilet. We buy "
            "specialist equipment such as writing slopes from our budget, and the NHS provides "
            "standing frames after an assessment."),
    }
    page = "".join(f"<h2>{q}</h2><p>{a}</p>" for q, (_, a) in answers.items())
    result = coverage(page)
    for question, (item, _) in answers.items():
        assert result.value(item) == "in_place", question


@pytest.mark.parametrize(("heading", "items"), [
    # a guide written to students asks in its own words
    ("What will my lessons be like?", {"3c"}),
    ("Will I get a say in my support?", {"8"}),
    ("How will I know how I'm doing?", {"3b"}),
    # two questions in one heading ask for an item each
    ("How will I know how I'm doing, and how will I have a say?", {"3b", "8"}),
    ("What training do staff have, and which specialists do you work with?", {"5", "10"}),
    # a question and how to act on it ask for one item
    ("Who is the SENCO and how can I contact them?", {"4"}),
    # questions parents ask in their own words
    ("What if I disagree?", {"9"}),
    ("Do you bring in services from outside the academy?", {"10"}),
    ("Is there advice for parents outside the school?", {"11"}),
    ("How skilled are your staff, and which outside services help?", {"5", "10"}),
    ("Can I take part in everything?", {"3f"}),
    ("How does the school recognise that a student has SEN?", {"2"}),
    ("What if I find some things tricky?", {"2"}),
    # easy-read questions of a special school
    ("How do we help you feel happy and safe?", {"3g"}),
    ("How do we work with your family?", {"7"}),
    ("Who can I contact if I am not happy?", {"9"}),
    # the pupils' voice words said of parents
    ("Listening to parents", {"7"}),
    ("Listening to pupils", {"8"}),
    # parents as a heading of their own: how the school works with them
    ("Your parents and carers", {"7"}),
    ("Parents and Families", {"7"}),
    # questions schools ask in their own way
    ("Which special educational needs do we make provision for?", {"1"}),
    ("What sort of needs can the academy support?", {"1"}),
    ("Who leads SEND?", {"4"}),
    ("Who coordinates SEN provision?", {"4"}),
    ("How do you decide whether my child has SEN?", {"2"}),
    ("How will the college know I need support?", {"2"}),
    ("How will you keep track of my child's progress?", {"3b"}),
    ("How do you support students joining and leaving the school?", {"12"}),
    ("Do you have a lift?", {"6"}),
    ("Are children with SEND included in everything?", {"3f"}),
    ("What if I'm feeling low?", {"3g"}),
    ("What if my family and I aren't happy?", {"9"}),
])
def test_headings_in_a_young_persons_words_and_two_questions_at_once(
        heading: str, items: set[str]) -> None:
    assert set(matcher("sen-report").owners(heading)) == items


def test_a_heading_joining_two_items_answers_each_its_text_speaks_of() -> None:
    joined = matcher("sen-report").joined
    teach_and_adapt = "How we teach and adapt learning"
    # the text speaks of both: both are answered, however its words weigh
    assert set(joined(teach_and_adapt, {"3c": 10.0, "3d": 40.0})) == {"3c", "3d"}
    # the text speaks of one: the other is only named
    assert joined(teach_and_adapt, {"3d": 40.0}) == {}
    # another heading of the page asks for teaching: it is answered there
    assert joined(teach_and_adapt, {"3c": 10.0, "3d": 40.0}, frozenset({"3c"})) == {}
    # a word that asks for an item only beside another's ("happy" of "not happy")
    assert joined("Feeling safe and happy", {"3g": 60.0, "9": 9.0}) == {}


#: Another item's answer, so that the page is a report answering under headings.
_CHECKING_PROGRESS = ("<h2>Checking progress</h2><p>We check progress each term against targets "
                      "set with parents and review the plan at a meeting with the class "
                      "teacher.</p>")


def test_a_page_teaching_and_adapting_under_one_heading_answers_both() -> None:
    page = ("<h2>How we teach and adapt learning</h2><p>Our teaching is based on small "
            "steps, lots of repetition and hands-on learning. Teachers plan lessons so that "
            "all children can take part, and adapt tasks, resources and the way children "
            "show what they know. Classrooms are calm, with a quiet area and visual "
            "timetables, and children who need it have their own workstation.</p>"
            + _CHECKING_PROGRESS)
    result = coverage(page)
    assert result.value("3c") == "in_place"
    assert result.value("3d") == "in_place"
    page_with_teaching = page + (
        "<h2>How will my child be taught?</h2><p>Teachers model each step.</p>")
    assert coverage(page_with_teaching).value("3c") == "partly"


def test_a_line_under_a_heading_joining_unlike_items_is_a_thin_answer() -> None:
    page = ("<h2>Support for wellbeing and joining in</h2><p>Every child can join our "
            "clubs, trips and residential visits: we plan each trip with parents, check "
            "the venue beforehand, and arrange extra adults, transport or quiet spaces so "
            "that no child misses out. Sports day has events for every child.</p><p>Our "
            "learning mentor runs a nurture group at lunchtime.</p>"
            + _CHECKING_PROGRESS)
    result = coverage(page)
    assert result.value("3f") == "in_place"
    assert result.value("3g") == "partly"


def test_a_parent_taking_part_takes_part_in_the_childs_education() -> None:
    owners = matcher("sen-report").owners(
        "How will I hear about my child's progress, and how can I take part?")
    assert "7" in owners and "3f" not in owners
    assert set(matcher("sen-report").owners("Can my child take part in trips?")) == {"3f"}


def test_who_is_asking_is_told_by_whom_the_answer_speaks_to() -> None:
    to_a_parent = "We meet you three times a year to review your child's plan."
    assert set(matcher("sen-report").owners("How will you involve me?", {"8": 1.0},
                                             to_a_parent)) == {"7"}
    to_a_pupil = "You come to your own review and tell us what helps you learn."
    assert set(matcher("sen-report").owners("How will you involve me?", {"8": 1.0},
                                             to_a_pupil)) == {"8"}


@pytest.mark.parametrize("heading", ["Your voice", "Telling us what you think",
                                     "Have your say"])
def test_a_heading_said_to_you_is_the_pupils_voice_unless_said_to_a_parent(
        heading: str) -> None:
    to_a_pupil = "You fill in a page about what helps you and come to your own review."
    assert set(matcher("sen-report").owners(heading, {"8": 1.0}, to_a_pupil)) == {"8"}
    to_a_parent = "We ask for your views at each review of your child's plan."
    assert set(matcher("sen-report").owners(heading, {"8": 1.0}, to_a_parent)) == {"7"}


def test_prose_covering_three_items_under_one_heading() -> None:
    page = (f"<h2>Our SEN Information Report</h2><p>{FULL_TRIPS}</p><p>{FULL_WELLBEING}</p>"
            f"<p>{FULL_TRANSITION}</p><p>Children are encouraged to tell us what they think.</p>")
    result = coverage(page)
    assert result.value("3f") == "in_place"
    assert result.value("3g") == "in_place"
    assert result.value("12") == "in_place"
    assert result.value("8") == "partly"  # one passing sentence
    assert result.value("9") == "not_in_place"


def test_paragraph_that_drifts_from_its_heading_answers_its_own_item() -> None:
    page = ("<h2>How will teachers help my child learn?</h2><p>Class teachers plan lessons so "
            "that every child can take part, using visual supports, modelling and pre-teaching "
            "of new words.</p><p>We adapt the curriculum and the classroom where children need "
            "it: a word mat or a writing frame, a quiet workspace, movement breaks, or work at a "
            "different level within the same topic.</p>")
    result = coverage(page)
    assert result.value("3c") == "in_place"
    assert result.value("3d") == "in_place"


def _answering_under_headings(heading: str, answer: str) -> str:
    """A page that answers under headings (three items with their own), and one more."""
    senco = "Mrs Ayesha Khan is our SENCO: senco@oak.sch.uk, 01632 960123."
    return (f"<h2>Who is the SENCO?</h2><p>{senco}</p><h2>How do you support wellbeing?</h2>"
            f"<p>{FULL_WELLBEING}</p><h2>How do you prepare children for secondary school?"
            f"</h2><p>{FULL_TRANSITION}</p><h2>{heading}</h2><p>{answer}</p>")


def test_a_paragraph_about_two_items_answers_both() -> None:
    both = ("We adapt the curriculum and our building so that pupils can take part fully. "
            "Teachers adapt the curriculum, tasks and resources, with visual timetables, writing "
            "frames and a quiet workspace in each classroom, and every "
            "club, trip, sports fixture and residential is open to all: we plan each visit with "
            "the family, add an adult where needed and choose activities everyone can join in.")
    result = coverage(_answering_under_headings("The school day", both))
    assert result.value("3d") == "in_place"
    assert result.value("3f") == "in_place"


def test_a_paragraph_on_teaching_and_adapting_answers_both_under_either_heading() -> None:
    # how teaching is approached (3c) and how the classroom is adapted (3d), answered in one
    # paragraph under a heading that asks only for the second
    both = ("Good teaching comes first. Our teachers plan lessons that every child can get "
            "into: they pre-teach key words, break tasks into small steps, model each answer, "
            "check understanding often and use practical resources such as counters, word banks "
            "and pictures. We adapt the classroom too, with visual timetables, calm corners, "
            "writing slopes and seating plans near the board, and we adapt the curriculum for "
            "children who need a smaller step, more time to practise or a different way of "
            "recording their work, such as a scribe, a laptop or photographs of what they made.")
    result = coverage(_answering_under_headings("Adapting the classroom", both))
    assert (result.value("3c"), result.value("3d")) == ("in_place", "in_place")
    # adaptations alone, with teachers named once in passing, do not say how teaching works
    one = ("We adapt the classroom for every child, with visual timetables, calm corners, "
           "writing slopes, ear defenders, coloured overlays and seating plans, and we adapt the "
           "curriculum for children who need a smaller step or a different way of recording "
           "their work, such as a scribe, a laptop or a word mat, so that teachers can include "
           "everyone.")
    result = coverage(_answering_under_headings("Adapting the classroom", one))
    assert (result.value("3c"), result.value("3d")) == ("not_in_place", "in_place")


def test_a_paragraph_more_about_another_item_than_its_headings_answers_it_too() -> None:
    # under a progress heading (3b), a paragraph more about how parents take part (7) than
    # about reviewing progress: it answers both; a paragraph shared evenly stays the heading's
    # (test_placeholder_heading_outweighs_passing_mentions_elsewhere)
    from pathlib import Path

    page = Path(__file__).parent / "corpus" / "h9-junior-pdf-signposts-stale.html"
    result = coverage(page.read_text(encoding="utf-8"))
    assert (result.value("3b"), result.value("7")) == ("in_place", "in_place")


def test_the_councils_offer_summarised_in_a_school_leaflet_is_named_without_its_address() -> None:
    answer = ("Stourleigh Council's Local Offer is summarised in our "
              '<a href="/docs/local-offer-leaflet.pdf">Local Offer leaflet (PDF)</a>.')
    page = _answering_under_headings("Where can I find the Local Offer?", answer)
    assert coverage(page).value("13") == "partly"
    # the school's own "local offer" is not the council's
    page = _answering_under_headings("Where can I find the Local Offer?",
                                     "This Local Offer for Oak School was written with parents.")
    assert coverage(page).value("13") == "not_in_place"
    # nor the school's named by its name, nor a "Local Offer Policy"
    for own in ("Welcome to our report, which is part of the Academy at Oak Hall's Local "
                "Offer for learners with SEND.", "The Local Offer Policy. Date reviewed: "
                "September 2025. Review frequency: annually."):
        page = _answering_under_headings("SEND information report", own)
        assert coverage(page).value("13") == "not_in_place", own


def test_the_local_offer_in_passing_or_in_a_contents_list_is_not_where_to_find_it() -> None:
    # named inside another item's answer, about something else
    passing = ("We work with the speech and language therapy service and the educational "
               "psychologist. The Home-Start group, one of the charities listed in the "
               "county's Local Offer, runs a weekly stay-and-play, and Mr Bell from the Local "
               "Offer team visits each spring.")
    page = _answering_under_headings("Who else works with us?", passing)
    assert coverage(page).value("13") == "not_in_place"
    # said as where to look, under the same heading: named without its address
    pointer = ("We work with the speech and language therapy service and the educational "
               "psychologist. The county council's Local Offer lists the services for families.")
    page = _answering_under_headings("Who else works with us?", pointer)
    assert coverage(page).value("13") == "partly"
    # a contents list's entry, or a bold "13. Local Offer" with nothing under it
    contents = ('<ul><li><a href="#senco">Who is the SENCO?</a></li><li><a href="#offer">'
                "Local Offer</a></li></ul>")
    page = contents + _answering_under_headings("Anything else?", "Ask us at any time.")
    assert coverage(page).value("13") == "not_in_place"
    page = _answering_under_headings("Anything else?", "Ask us at any time.") + (
        "<p><b>13. Local Offer</b></p><p>&nbsp;</p>")
    assert coverage(page).value("13") == "not_in_place"
    # under the Local Offer's own heading the answer need not name it again
    page = _answering_under_headings("The Local Offer", "Hadleigh Council")
    assert coverage(page).value("13") == "partly"


def test_trips_named_in_a_timetable_do_not_say_pupils_join_in() -> None:
    # inside another item's answer, trips and swimming named in passing: 3f is not answered
    passing = ("Teachers plan lessons with clear steps, visual prompts and practical resources. "
               "Class timetables, including swimming in Year 4 and trips, are sent to parents "
               "each term.")
    page = _answering_under_headings("How do you teach children with SEN?", passing)
    assert coverage(page).value("3f") == "not_in_place"
    # the same place saying that pupils join in: touched, not answered in full
    joining = ("Teachers plan lessons with clear steps, visual prompts and practical resources. "
               "Every club and trip is open to all pupils, and swimming lessons are adapted so "
               "that every child can take part.")
    page = _answering_under_headings("How do you teach children with SEN?", joining)
    assert coverage(page).value("3f") == "partly"


def test_a_transition_day_in_a_calendar_does_not_say_how_a_move_is_supported() -> None:
    calendar = ("Teachers plan lessons with clear steps, visual prompts and practical resources, "
                "and teaching assistants help small groups to practise new words and check "
                "their understanding during the lesson. Our school calendar shows the dates of "
                "the Year 6 transition day and the Reception open mornings.")
    page = _answering_under_headings("How do you teach children with SEN?", calendar)
    # the fixture's transition answer is left out: only the calendar sentence is about moving
    page = page.replace(f"<h2>How do you prepare children for secondary school?</h2><p>"
                        f"{FULL_TRANSITION}</p>", "")
    assert coverage(page).value("12") == "not_in_place"
    supported = calendar.replace("Our school calendar", "We plan extra transition visits for "
                                 "children with SEN, and our calendar")
    assert coverage(page.replace(calendar, supported)).value("12") == "partly"


def test_sendiass_named_at_a_review_is_not_where_parents_get_advice() -> None:
    review = ("Every pupil's plan is reviewed with parents each term, and the SENCO chairs the "
              "annual review of each EHC plan. Some parents bring a supporter from SENDIASS to "
              "these meetings.")
    page = _answering_under_headings("How are plans reviewed?", review)
    assert coverage(page).value("11") == "not_in_place"
    # the same place saying how to reach it, and what it gives parents
    advised = review.replace("Some parents bring a supporter from SENDIASS to these meetings.",
                             "Westshire SENDIASS gives parents free, impartial advice on "
                             "01632 960555.")
    assert coverage(page.replace(review, advised)).value("11") != "not_in_place"


def test_the_sencos_team_named_under_the_sencos_heading_answers_no_other_item() -> None:
    senco = ("Our SENCO is Mr Daniel Okafor. He leads a team of two assistant SENCOs, eleven "
             "teaching assistants and our pastoral team's wellbeing mentor. E-mail "
             "d.okafor@hollin.sch.uk or telephone 01632 960123.")
    page = (f"<h2>Name and contact details of the SEN co-ordinator</h2><p>{senco}</p>"
            f"<h2>Clubs and trips</h2><p>{FULL_TRIPS}</p>"
            f"<h2>Moving on to secondary school</h2><p>{FULL_TRANSITION}</p>"
            "<h2>Which needs do you provide for?</h2><p>We provide for pupils with autism, "
            "dyslexia, ADHD, speech and language needs and physical disabilities.</p>"
            + "".join(f"<h2>{h}</h2><p>{a}</p>" for h, a in (
                ("How do you know a child needs help?", "Teachers watch progress every term, "
                 "and the SENCO assesses any child they are worried about with parents."),
                ("How will I be involved?", "We meet you every term to agree targets and "
                 "review your child's plan, and you can ask for a meeting at any time."),
                ("How do you listen to pupils?", "Pupils write their own one-page profile "
                 "and tell us at each review what helps them and what they want to change."),
                ("What if I want to complain?", "Talk to the SENCO first; if you are still "
                 "unhappy, follow our complaints procedure to the governors."))))
    assert coverage(page).value("3g") == "not_in_place"


def test_a_heading_asks_its_question_in_any_form_of_the_verb() -> None:
    match = matcher("sen-report")
    for heading in ("How are needs identified?", "How do you identify needs?",
                    "Identification of needs", "Spotting a need",
                    # asked plainly, as a parent or a pupil would
                    "How would anyone know?", "How do you know if a child has SEN?"):
        assert list(match.owners(heading)) == ["2"], heading


def test_an_item_named_once_does_not_lead_a_long_paragraph() -> None:
    # a question about item 1 answered with how needs are identified (item 2); one service
    # named in passing must not take the paragraph from it
    answer = ("Most children's difficulties are first noticed by their class teacher, through "
              "day-to-day work in lessons and the half-termly assessments we carry out in "
              "reading, writing and maths. When a teacher has a concern, they first make small "
              "changes in class and discuss what they see with you. If progress is still slower "
              "than expected after half a term, the SENCO observes the child, looks at their "
              "books and uses screening tools for dyslexia, language or attention. Information "
              "from nurseries, previous schools, health visitors and doctors is also taken into "
              "account, and if your child needs support that is different from or additional to "
              "what others receive, you will be told in writing.")
    page = _answering_under_headings(
        "What kinds of special educational needs do you provide for?", answer)
    assert coverage(page).value("2") == "in_place"


def test_advice_for_parents_is_not_a_body_the_school_works_with() -> None:
    from senreport.catalogue.parts import parts_of

    bodies = next(p for p in parts_of("sen-report", "10", None) if p.id == "bodies")
    assert not bodies.answered_in("Wyvern SENDIASS gives free advice to young people and "
                                  "their parents. The council's Local Offer lists services.")
    assert bodies.answered_in("Wyvern SENDIASS gives free advice. We work with the NHS "
                              "speech and language therapy team.")


def test_the_plan_and_the_area_of_need_are_not_health_services() -> None:
    from senreport.catalogue.parts import parts_of

    bodies = next(p for p in parts_of("sen-report", "10", None) if p.id == "bodies")
    assert not bodies.answered_in("Eleven children have an Education, Health and Care plan.")
    assert not bodies.answered_in("We meet needs in communication and interaction; cognition "
                                  "and learning; social, emotional and mental health.")
    assert bodies.answered_in("A mental health practitioner from the NHS visits weekly.")
    assert bodies.answered_in("We work closely with health visitors.")


def test_the_pupils_own_education_or_training_is_not_staff_training() -> None:
    from senreport.catalogue.parts import parts_of

    training = next(p for p in parts_of("sen-report", "5", None) if p.id == "training")
    for text in ("The plan describes the support your child will receive while they are in "
                 "education or training.", "We help children with toilet training."):
        assert not training.answered_in(text)
        assert not training.answered_in(text, True)
    assert training.answered_in("All our teaching assistants are trained in Makaton.", True)


def test_menus_footers_and_glossaries_do_not_count() -> None:
    page = """<!DOCTYPE html><html><body>
    <nav><ul><li><a href="/complaints">Complaints procedure</a></li>
    <li><a href="https://ex.gov.uk/local-offer">Local Offer</a></li></ul></nav>
    <main><h1>SEN Information Report</h1>
    <h2>Trips and clubs</h2><p>""" + FULL_TRIPS + """</p>
    <h2>Glossary</h2><dl><dt>SENDIASS</dt><dd>Special Educational Needs and Disabilities
    Information, Advice and Support Service: free, impartial advice for parents,
    0800 000 0000.</dd><dt>Local Offer</dt><dd>Published by the council at
    www.example.gov.uk/localoffer.</dd></dl></main>
    <footer><p>Our SENCO is Mrs Ayesha Khan, senco@oak.sch.uk, 01632 960123.</p></footer>
    </body></html>"""
    result = coverage(page)
    assert result.value("3f") == "in_place"
    for item in ("4", "9", "11", "13"):
        assert result.value(item) == "not_in_place", item


def test_a_page_about_something_else_covers_nothing() -> None:
    page = ("<h1>School Meals</h1><h2>Lunchtimes</h2><p>Reception children eat first with their "
            "teaching assistants. Key Stage 2 eat at 12.20 and can join lunchtime clubs.</p>")
    assert set(coverage(page).to_dict().values()) == {"not_in_place"}


# --- how schools lay pages out -------------------------------------------------------------------


def test_table_question_and_answer_rows() -> None:
    page = ("<table><tr><th>What you need to know</th><th>At our school</th></tr>"
            "<tr><th>How do you identify and assess children with SEN?</th><td><p>We track "
            "every child's progress each half term. If a child is not making expected progress "
            "the SENCO carries out further assessment, such as standardised tests.</p></td></tr>"
            "<tr><th>How are children with SEN included in activities?</th>"
            "<td><p>All children are included in trips.</p></td></tr></table>")
    document = parse_html(page)
    headings = [p.heading.text for p in document.parts if p.heading is not None]
    assert "How do you identify and assess children with SEN?" in headings
    result = coverage(page)
    assert result.value("2") == "in_place"
    assert result.value("3f") == "partly"


def test_a_table_question_over_an_empty_answer_cell_is_an_empty_heading() -> None:
    equipment = ("<tr><td>What equipment and facilities are there?</td><td>The nursery is on "
                 "one level with level access and an accessible toilet. We buy ear defenders "
                 "and adapted scissors from our SEN budget and borrow specialist seating.</td>"
                 "</tr>")
    empty = "<tr><td>How do you work with other professionals?</td><td></td></tr>"
    page = f"<table>{equipment}{empty}</table>"
    headings = [p.heading.text for p in parse_html(page).parts if p.heading is not None]
    assert "How do you work with other professionals?" in headings
    assert coverage(page).value("10") == "not_in_place"  # asked, and nothing answers it


def test_schedule_1_wording_beside_each_answer_asks_however_short_the_answer() -> None:
    wording = ("<tr><td>The arrangements for consulting young people with special educational "
               "needs about, and involving them in, their education.</td><td>{}</td></tr>")
    equipment = ("<tr><td>Information about how equipment and facilities to support children and "
                 "young people with special educational needs will be secured.</td>"
                 "<td>We buy specialist equipment, such as writing slopes and laptops, on the "
                 "advice of therapists and the SENCO, and the building has ramps, a lift, a "
                 "sensory room and an accessible toilet on each floor.</td></tr>")
    dash = f"<table>{wording.format('&ndash;')}{equipment}</table>"
    document = parse_html(dash)
    headings = [p.heading.text for p in document.parts if p.heading is not None]
    assert headings[0].startswith("The arrangements for consulting young people")
    result = coverage(dash)
    assert result.value("8") == "not_in_place"  # a dash where the answer should be
    assert result.value("6") == "in_place"
    answered = wording.format("Every student writes a one-page profile with their tutor and "
                              "comes to their own review to say what helps.")
    assert coverage(f"<table>{answered}</table>").value("8") != "not_in_place"


def test_a_table_of_numbered_item_wordings_in_the_schools_words_asks_in_its_first_column() -> None:
    rows = [("1. The kinds of special educational needs we provide for",
             "We provide for needs in all four areas of the Code of Practice, including autism, "
             "dyslexia, speech and language difficulties and physical needs."),
            ("3(c) The school's approach to teaching pupils with SEN",
             "Children are taught by their own class teacher, with small steps and pictures."),
            ("8. Arrangements for consulting young people with SEN", "&ndash;"),
            ("9. Arrangements for complaints from parents",
             "The Complaints Policy is available from the school office."),
            ("11. Contact details of support services for parents",
             "Westshire SENDIASS gives free advice on 01632 960990.")]
    page = "<table>" + "".join(f"<tr><td>{q}</td><td>{a}</td></tr>" for q, a in rows) + (
        "</table>")
    headings = [p.heading.text for p in parse_html(page).parts if p.heading is not None]
    assert headings == [q.replace("&ndash;", "–") for q, _ in rows]
    # the dash answers item 8 with nothing, and the next row's wording is no answer to it
    assert coverage(page).value("8") == "not_in_place"


def test_table_of_short_values_is_not_cut_into_headings() -> None:
    page = ("<h2>Our SENCO</h2><table><tr><th>Name</th><td>Mrs Naomi Fairweather</td></tr>"
            "<tr><th>Email</th><td>senco@meadowsweet.sch.uk</td></tr></table>")
    document = parse_html(page)
    assert [p.heading.text for p in document.parts if p.heading] == ["Our SENCO"]
    assert coverage(page).value("4") == "in_place"


def test_accordion_buttons_and_details_summaries_are_headings() -> None:
    page = ('<div class="accordion"><h3 class="accordion-header"><button class="accordion-button"'
            ' aria-expanded="false">Can my child join in with trips and clubs?</button></h3>'
            f'<div class="accordion-collapse collapse"><p>{FULL_TRIPS}</p></div></div>'
            '<button class="accordion" aria-expanded="false">What about wellbeing?</button>'
            f'<div class="panel"><p>{FULL_WELLBEING}</p></div>'
            '<details><summary>How will you help my child move on?</summary>'
            '<p>We help children get ready for secondary school.</p></details>')
    document = parse_html(page)
    headings = [p.heading.text for p in document.parts if p.heading is not None]
    assert headings == ["Can my child join in with trips and clubs?", "What about wellbeing?",
                        "How will you help my child move on?"]
    result = coverage(page)
    assert result.value("3f") == "in_place"
    assert result.value("3g") == "in_place"
    assert result.value("12") == "partly"


# --- facts --------------------------------------------------------------------------------------


def test_item_4_needs_the_senco_named_with_contact_details() -> None:
    named = "<h2>Our SENCO</h2><p>Our SENCO is Mrs Denise Carrow.</p>"
    reachable = named.replace(".</p>", ". Email senco@orchard.sch.uk or phone 01632 960 123.</p>")
    office = named.replace(".</p>", ", who can be contacted via the school office.</p>")
    assert value(named, "4") == "partly"
    assert value(office, "4") == "partly"
    assert value(reachable, "4") == "in_place"
    # The SENCO's role mentioned in passing, with no name: nothing answers item 4.
    assert value("<h2>Transition</h2><p>" + FULL_TRANSITION + "</p>", "4") == "not_in_place"
    assert value("<h2>Trips</h2><p>" + FULL_TRIPS + "</p>", "4") == "not_in_place"


def test_item_13_needs_a_link_or_an_address() -> None:
    bare = "<p>Information is available in the Local Offer.</p>"
    linked = ('<p>Read <a href="https://www.example.gov.uk/send-local-offer">Exampleshire\'s '
              "Local Offer</a>.</p>")
    address = "<p>The council's Local Offer is at www.example.gov.uk/localoffer.</p>"
    website = "<p>The council publishes its Local Offer on its website.</p>"
    ours = "<p>This is our school's Local Offer for pupils with SEND.</p>"
    assert value(bare, "13") == "partly"
    assert value(website, "13") == "partly"  # the guide: "on the council's website" alone
    assert value(ours, "13") == "not_in_place"  # the school's own offer is not the LA's
    for page in (linked, address):
        assert value(page, "13") == "in_place", page


def test_item_11_needs_contact_details_of_a_support_service() -> None:
    thin = "<h2>Support services for parents</h2><p>Parents can contact SENDIASS for advice.</p>"
    full = thin.replace("advice.", "free, impartial advice: 01632 960845.")
    assert value(thin, "11") == "partly"
    assert value(full, "11") == "in_place"


def test_item_9_is_the_complaints_arrangements() -> None:
    policy = '<h2>Complaints</h2><p>Please see our <a href="/c.pdf">Complaints Policy</a>.</p>'
    vague = ("<h2>What if I am unhappy?</h2><p>If you are unhappy about your support, talk to "
             "your tutor or to the Learning Support team, who will always try to sort it out "
             "with you quickly and fairly.</p>")
    steps = policy.replace("<p>Please", "<p>Please speak to the class teacher first, then the "
                           "SENCO and then the headteacher. If you are still unhappy, please")
    assert value(policy, "9") == "partly"  # only points to the policy
    assert value(steps, "9") == "in_place"
    assert value(vague, "9") == "partly"


def test_a_heading_answered_with_another_items_text_is_not_in_place() -> None:
    page = ("<h2>Contact details of support services for parents</h2><p>Parents can contact "
            "the SENCO or their child's Head of Year with any questions or worries about the "
            "support their child receives in lessons. Heads of Year can be reached through the "
            "school office every day.</p>")
    assert value(page, "11") == "not_in_place"
    short = "<h2>Support services for parents</h2><p>Please contact the school office.</p>"
    assert value(short, "11") == "partly"


def test_items_2_and_4_do_not_apply_to_special_schools() -> None:
    result = coverage("<h2>Our SENCO</h2><p>Our SENCO is Mrs Khan.</p>", school_type="special")
    assert not result.items["2"].applies and not result.items["4"].applies
    assert all(result.items[i].applies for i in ("1", "3a", "13"))
    assert coverage("<p>x</p>", school_type="mainstream").items["4"].applies


# --- evidence, structured reports, other kinds, the importer -------------------------------------


def test_evidence_names_the_passages_that_decided() -> None:
    page = f"<h1>SEN</h1>\n<h2>Trips and clubs</h2>\n<p>{FULL_TRIPS}</p>"
    evidence = coverage(page).items["3f"].evidence
    assert evidence[0].heading == "Trips and clubs"
    assert evidence[0].xpath.endswith("/h2") and evidence[0].line == 2
    assert any(e.excerpt.startswith("All our clubs") and e.xpath.endswith("/p") for e in evidence)


def test_structured_report_answers_each_item_in_its_own_section() -> None:
    report = (
        "kind: sen-report\nsections:\n"
        f"  - item: '3f'\n    title: Trips\n    body: {FULL_TRIPS}\n"
        "  - item: '5'\n    title: Training\n    body: Staff have regular SEND training.\n"
        "  - item: '3g'\n    title: Wellbeing\n    body: Our pastoral team works with the "
        "NHS speech and language therapy service and CAMHS when children need it.\n"
    )
    document, structured = read_document(report, "report.yaml")
    result = detect_coverage(document, "sen-report", report=structured)
    assert result.value("3f") == "in_place"
    assert result.value("5") == "partly"
    assert result.value("10") == "not_in_place"  # only mentioned, in another item's section


def test_other_kinds_use_their_own_items() -> None:
    page = ("<h2>Early years: Future steps</h2><p>Arrangements to review a child's progress, "
            "including the progress check at age two and the integrated review, and how we help "
            "children get ready for school and the transition to reception.</p>")
    result = coverage(page, kind="local-offer")
    assert result.value("early_years.future_steps") == "in_place"
    assert result.value("post16.future_steps") == "not_in_place"


def test_a_nurserys_setting_senco_speaks_to_early_years_identification() -> None:
    # Early years words a council's page uses for who identifies a young child's needs (the
    # setting's SENCO): under a heading that names no line, a thin answer to the early years
    # line, not nothing. (A key person alone is not: nurseries name them for everything.)
    page = ("<h1>Nursery places and SEND</h1><h2>Extra help</h2><p>If you or your child's key "
            "person think your child may have SEND, the key person and the setting SENCO will "
            "talk with you and agree some extra help at nursery.</p>")
    result = coverage(page, kind="local-offer")
    assert result.value("early_years.identification") == "partly"
    assert result.value("schools.identification") == "not_in_place"


def test_schools_identification_asks_how_needs_are_found_and_what_is_provided() -> None:
    # The rubric line asks for identification, assessment and the provision made: a page
    # on how schools notice needs, with nothing on the support they then give, is partly.
    found = ("<h2>Mainstream schools</h2><p>Teachers notice when a pupil is not making the "
             "progress expected and talk to the school's SENCO, who may carry out further "
             "assessment with the parents' agreement and look at what the pupil finds hard.</p>")
    given = ("<p>The school then puts extra support in place, such as small-group "
             "interventions or adapted teaching, written in a plan that is reviewed each "
             "term with you.</p>")
    assert coverage(found, kind="local-offer").value("schools.identification") == "partly"
    both = coverage(found + given, kind="local-offer")
    assert both.value("schools.identification") == "in_place"
    assert [m.part for m in both.items["schools.identification"].parts.missing] == []


def test_a_section_headed_only_by_its_phase_answers_the_lines_its_paragraphs_speak_to() -> None:
    # "In schools" names the phase and no aspect: its paragraphs on noticing and assessing
    # needs, and on the support then given, answer the schools' identification line.
    schools = ("<h2>In schools</h2><p>Class teachers check every pupil's progress each term. "
               "Where a pupil is making less progress than expected, the teacher adapts their "
               "teaching and talks to you; if the concern continues, the SENCO becomes "
               "involved and may use more detailed assessments or observe in class. You can "
               "raise a concern yourself at any time: the SENCO will meet you, look at your "
               "child's work and any reports from health, and tell you what the school has "
               "found out, and whether it will add your child to its list of pupils on SEN "
               "support.</p>"
               "<p>The school then puts extra support in place, such as a programme in a small "
               "group or one-to-one sessions, and writes it into a plan that is reviewed with "
               "you three times a year.</p>")
    result = coverage("<h1>SEN support at every age</h1>" + schools, kind="local-offer")
    assert result.value("schools.identification") == "in_place"
    assert result.value("schools.admission") == "not_in_place"
    # ... as does a section headed by the ages of the phase ("5 to 16").
    by_age = schools.replace("<h2>In schools</h2>", "<h2>5 to 16</h2>")
    result = coverage("<h1>SEN support at every age</h1>" + by_age, kind="local-offer")
    assert result.value("schools.identification") == "in_place"
    # An aside of a sentence in such a section answers nothing.
    aside = ("<h2>Post-16</h2><p>Colleges assess needs too.</p><p>Most young people stay in "
             "education or training until they are 18, at a sixth form, a college or with a "
             "training provider, and many go on to work, an apprenticeship or university; "
             "our careers pages list the open days held across the county each autumn.</p>")
    result = coverage("<h1>SEN support at every age</h1>" + aside, kind="local-offer")
    assert result.value("post16.identification") == "not_in_place"


def test_checking_that_support_works_in_the_schools_own_words() -> None:
    # Comparing scores on entry and each term and asking which groups are making a
    # difference is how the school checks its support works (item 3a), without "evaluate".
    page = ("<h2>How do we check that our provision works?</h2><p>We compare each student's "
            "reading age, attendance and wellbeing scores on entry and every term. The SENCO "
            "and the head of centre go through these figures each half term, asking which "
            "groups are making a difference, and we stop or change the ones that are not.</p>")
    assert value(page, "3a") == "in_place"


def test_part_scores_file_passages_by_item() -> None:
    scores = part_scores("Complaints", "If you are unhappy, follow our complaints procedure.")
    assert max(scores, key=scores.get) == "9"
    scores = part_scores("Who is our SENCO?", "Our SENCO is Mrs Khan, senco@oak.sch.uk.")
    assert max(scores, key=scores.get) == "4"
    assert part_scores(None, "Fish on Fridays.") == {}


@pytest.mark.parametrize("heading", ["Policies", "Related policies", "Including", "Additional",
                                     "Core Offer", "What we offer", "Reviewed: Spring 2026",
                                     "5.2 The SEND governor", "4.1.3 Roles and responsibilities"])
def test_the_regulations_own_wording_asks_for_no_item_in_a_heading(heading: str) -> None:
    # "the school's policies for identifying ...", "relating to", "including": the words
    # around the items' topics, not topics a heading can ask about; an offer is the Local
    # Offer only when it says "local"
    page = (f"<h2>{heading}</h2><p>Our SEND policy follows the Code of Practice and is "
            "reviewed each year by the governing body, who approve it.</p>")
    assert all(not i.evidence or i.evidence[0].heading != heading
               for i in coverage(page).items.values())


# --- matching -----------------------------------------------------------------------------------


def test_curly_and_straight_apostrophes_match_alike() -> None:
    assert normalise("Children’s views") == normalise("children's views")
    text, starts, counts = normalise_sentences("We listen. Children’s views matter!")
    assert counts == [2, 3] and text[starts[0]:].startswith("children view")


def test_cue_set_prefers_the_longest_phrase_and_respects_sentences() -> None:
    cues = CueSet.build({"a": ["support", "support plan"], "b": ["plan do review"]})
    text, _, _ = normalise_sentences("Each support plan is reviewed. Plan. Do review.")
    assert [cue for _, cue in cues.positions(text)] == ["support plan"]
    flat = re.compile(r"(?<= )(support plan|support|plan do review)(?= )")
    sample = normalise("support plans and plan, do, review with support")
    assert [m.group(1) for m in flat.finditer(sample)] == [c for _, c in cues.positions(sample)]


def test_paragraph_opening_on_a_bold_question_answers_it() -> None:
    page = ("<h1>SEN</h1><p><strong>Can my child join in with trips?</strong> " + FULL_TRIPS +
            "</p><p><b>Who else do you work with?</b> To be confirmed.</p>")
    result = coverage(page)
    assert result.value("3f") == "in_place"
    assert result.items["3f"].evidence[0].heading == "Can my child join in with trips?"
    assert result.value("10") == "not_in_place"


def test_a_bold_line_of_its_own_heads_the_text_after_its_line_break() -> None:
    page = ("<h1>SEN</h1><p><strong>Trips and clubs</strong><br>" + FULL_TRIPS + "</p>"
            "<p><strong>Working together</strong> with parents matters to us.</p>")
    result = coverage(page)
    assert result.value("3f") == "in_place"
    assert result.items["3f"].evidence[0].heading == "Trips and clubs"
    # bold words that run on into their sentence are not a heading
    assert all(e.heading != "Working together" for i in result.items.values()
               for e in i.evidence)

def test_short_bold_labels_opening_several_paragraphs_are_their_headings() -> None:
    labelled = ("<h2>Key Stage 2</h2>"
                "<p><strong>Finding out about needs.</strong> As well as termly assessment, we "
                "use a dyslexia screener and a reading test in Year 3.</p>"
                "<p><strong>Extra support.</strong> Precision teaching, Toe by Toe and study "
                "skills groups in Year 6.</p>"
                "<p><strong>Trips and clubs.</strong> " + FULL_TRIPS + "</p>")
    result = coverage(labelled)
    assert result.items["3f"].evidence[0].heading == "Trips and clubs."
    assert result.value("3f") == "in_place"
    # once on a page, a bold sentence is emphasis, not a heading
    once = "<h2>Key Stage 2</h2><p><strong>Trips and clubs.</strong> " + FULL_TRIPS + "</p>"
    assert all(e.heading != "Trips and clubs." for i in coverage(once).items.values()
               for e in i.evidence)


def test_a_bold_label_opening_a_sentence_inside_a_paragraph_heads_the_rest_of_it() -> None:
    page = ("<h2>Wellbeing, clubs and trips</h2>"
            "<p><strong>Pastoral support:</strong> our ELSA works with children one to one "
            "and runs a nurture group at lunchtimes. Worry boxes are read each day. "
            "<strong>Trips and clubs:</strong> " + FULL_TRIPS + "</p>"
            "<p>Children who find lunchtimes hard can use the quiet room with an adult.</p>")
    result = coverage(page)
    assert result.items["3f"].evidence[0].heading == "Trips and clubs:"
    assert result.value("3f") == "in_place"
    # the label heads its own paragraph only: the next one stands under the section again
    headings = {e.heading for i in result.items.values() for e in i.evidence
                if "quiet room" in e.excerpt}
    assert headings == {"Wellbeing, clubs and trips"}
    # bold words inside a sentence are emphasis, not a label
    emphasis = ("<h2>Wellbeing</h2><p>Our ELSA runs a nurture group. Every child uses the "
                "<strong>Zones of Regulation:</strong> a way of naming feelings in class.</p>")
    assert all(e.heading != "Zones of Regulation:" for i in coverage(emphasis).items.values()
               for e in i.evidence)


def test_labels_numbered_by_the_schedule_letters_are_headings_too() -> None:
    # "(b) Checking progress." opens on the item's letter, not a capital: still a label
    numbered = ("<h2>3. How we support children with SEN</h2>"
                "<p><strong>(b) Checking progress.</strong> Each child has a Pupil Passport "
                "with targets that are reviewed each term with parents.</p>"
                "<p><strong>(e) Extra support.</strong> Teaching assistants run short daily "
                "sessions for reading, spelling and number, chosen by the SENCO and class "
                "teacher together and written on the Pupil Passport.</p>"
                "<p><strong>(f) Trips and clubs.</strong> " + FULL_TRIPS + "</p>")
    result = coverage(numbered)
    assert result.items["3e"].evidence[0].heading == "(e) Extra support."
    assert result.items["3b"].evidence[0].heading == "(b) Checking progress."


def test_a_linked_support_service_gives_its_contact_details() -> None:
    page = ('<h2>Where can parents get advice?</h2><p>Free, impartial advice about SEND comes '
            'from <a href="https://www.westmarsh.gov.uk/sendiass">Westmarsh SENDIASS</a>.</p>')
    assert value(page, "11") == "in_place"


def test_a_phone_number_in_passing_is_not_a_support_service() -> None:
    page = ("<h2>Our SENCO</h2><p>Our SENCO, Mrs Khan, can give you the contact details you "
            "need: phone 01632 960123.</p>")
    assert value(page, "11") == "partly"


def test_item_6_is_how_equipment_is_secured_not_only_what_the_building_has() -> None:
    building = ("<h2>How accessible is the school environment?</h2><p>Our main building is "
                "accessible to wheelchair users, with a ramp at the main entrance, an accessible "
                "toilet with a changing bed and a lift to the first floor classrooms.</p>")
    secured = building.replace("classrooms.</p>", "classrooms. Specialist equipment is "
                               "provided by the NHS therapy services after an assessment.</p>")
    assert value(building, "6") == "partly"
    assert value(secured, "6") == "in_place"


def test_a_heading_on_consulting_parents_and_pupils_asks_for_both_items() -> None:
    from senreport.coverage.matcher import matcher

    both = matcher("sen-report").owners("Consulting and involving parents and pupils")
    assert {"7", "8"} <= set(both)
    # "parents of children" names one group: the parents' item alone
    one = matcher("sen-report").owners(
        "Arrangements for consulting parents of children with SEN and involving them")
    assert "7" in one and "8" not in one


def test_i_and_my_child_in_a_heading_is_the_parent_speaking() -> None:
    from senreport.coverage.matcher import matcher

    owners = matcher("sen-report").owners
    assert set(owners("How will I be involved in planning my child's support?")) == {"7"}
    assert set(owners("How will I be involved in planning my support?")) == {"8"}


def test_a_young_persons_own_involvement_is_item_8() -> None:
    from senreport.coverage.matcher import matcher

    owners = matcher("sen-report").owners
    assert set(owners("How can I be involved in decisions about my support?")) == {"8"}
    assert set(owners("How can I be involved?")) == {"7"}
    assert {"5", "10"} <= set(owners(
        "What training do staff have, and which specialists do you work with?"))


def test_a_heading_naming_the_sendco_asks_for_the_senco() -> None:
    from senreport.coverage.matcher import matcher

    assert set(matcher("sen-report").owners("Who is the SENDCo?")) == {"4"}


def test_whether_interventions_have_worked_is_evaluating_provision() -> None:
    from senreport.coverage.matcher import matcher
    from senreport.matching import normalise

    cues = matcher("sen-report").cues
    for said in ("We look at whether interventions have worked at the end of every term.",
                 "The SENCO checks that interventions are working."):
        assert "3a" in cues.hits(normalise(said))
    assert "3a" not in cues.hits(normalise("Interventions run in small groups each morning."))


def test_the_local_offers_address_is_not_a_parent_services_contact_details() -> None:
    said = ("Brindleford Council's Local Offer tells you about services for families: "
            "https://localoffer.brindleford.example.gov.uk. Families can also get free, "
            "confidential advice from SENDIASS.")
    page = _answering_under_headings("Where can families get advice?", said)
    assert coverage(page).value("11") == "partly"
    # with SENDIASS's own number, the answer is full
    page = _answering_under_headings("Where can families get advice?",
                                     said.replace("SENDIASS.", "SENDIASS on 01632 960990."))
    assert coverage(page).value("11") == "in_place"


def test_one_step_and_a_pointer_to_the_complaints_policy_is_partly() -> None:
    pointer = ("Please talk to your child's teacher or the SENCO first. Our complaints policy is "
               "on the Policies page.")
    page = _answering_under_headings("What if I am unhappy?", pointer)
    assert coverage(page).value("9") == "partly"
    steps = ("Talk to the class teacher first, then the SENCO, then the headteacher. If it is "
             "still not put right, write to the governors, following our complaints policy.")
    page = _answering_under_headings("What if I am unhappy?", steps)
    assert coverage(page).value("9") == "in_place"


def test_under_what_is_the_local_offer_a_pointer_to_the_councils_names_it() -> None:
    page = _answering_under_headings("What is the local offer?",
                                     "Milton Keynes local offer can be found here")
    assert coverage(page).value("13") == "partly"
    # what a Local Offer is, said of every council, names none
    page = _answering_under_headings(
        "What is the local offer?", "Every local authority must publish a Local Offer of the "
        "services it expects to be available.")
    assert coverage(page).value("13") == "not_in_place"


def test_a_sub_heading_naming_no_item_answers_the_heading_above_it() -> None:
    # "For grown-ups:" in bold opening the answer under "If you are not happy" (and a real
    # sub-heading "Stage one" under "Complaints") goes on answering item 9: a pointer is
    # a thin answer, not a heading left empty.
    pointer = ("Please talk to your child's teacher first. Our complaints policy "
               "is on the Policies page.")
    for section in (f"<h2>If you are not happy</h2><p><strong>For grown-ups:</strong> "
                    f"{pointer}</p><p><strong>For children:</strong> Tell a grown-up you "
                    "trust.</p>",
                    f"<h2>Complaints</h2><h3>Stage one</h3><p>{pointer}</p>"):
        page = _answering_under_headings("Can everybody join in?", FULL_TRIPS) + section
        assert value(page, "9") == "partly"


def test_sendiass_offered_to_parents_in_another_section_is_a_thin_answer() -> None:
    # Named with what it gives parents, under a heading of its own or not, SENDIASS is item
    # 11 answered thinly (no contact details); named at a review it is a passing mention.
    offered = ("Parents can get independent advice from the local SENDIASS. The county "
               "council's Local Offer describes the services available for children with SEND "
               "and their families.")
    sections = (
        ("Which needs do you provide for?", "We provide for children with communication and "
         "interaction needs, cognition and learning needs, social, emotional and mental health "
         "needs, and sensory or physical needs, including autism, dyslexia and hearing loss."),
        ("How do you identify needs?", "Teachers watch progress closely and raise concerns "
         "with the SENCO, who observes the child, uses screening tools and talks with parents "
         "before deciding with them whether the child needs SEN support."),
        ("Can my child join in trips and clubs?", FULL_TRIPS),
        ("How do you support wellbeing?", FULL_WELLBEING),
        ("How do you prepare children for secondary school?", FULL_TRANSITION),
        ("What training do staff have?", "All staff are trained in autism awareness and speech "
         "and language support each year, and we buy in specialist advice from the county's "
         "educational psychologist and specialist teachers when a child needs it."),
        ("How will you involve me?", "You will meet the class teacher each term to review "
         "your child's support plan, set new targets together and hear how they are doing; "
         "the SENCO joins these meetings whenever you would like."),
        ("What if I am not happy?", "Please talk to the class teacher first, then the SENCO "
         "or the head teacher; if you are still unhappy, write to the chair of governors "
         "under our complaints procedure."),
    )
    page = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in sections)
    senco = "<h2>Who is the SENCO?</h2><p>Mrs Ayesha Khan: senco@oak.sch.uk, 01632 960123.</p>"
    assert value(page + senco + f"<h2>Further information</h2><p>{offered}</p>",
                 "11") == "partly"


def test_a_paragraph_under_its_kins_heading_answers_the_item_too() -> None:
    from senreport.coverage.tally import _with_kin

    # A 60-word paragraph under "Teaching and learning" (item 3c's heading), twice about
    # adapting the curriculum and classrooms (3d: 12 words), and as much about other items
    # (therapies, wellbeing) as about the two together.
    words = {"3c": 20.0, "3d": 12.0, "3e": 25.0, "3g": 20.0}
    hits = {"3c": 3, "3d": 2, "3e": 3, "3g": 2}
    assert _with_kin("3d", words, hits, 60, sum(words.values()), {"3c": 1.0})
    assert not _with_kin("3d", words, {**hits, "3d": 1}, 60, sum(words.values()), {"3c": 1.0})
    assert not _with_kin("3d", {**words, "3d": 5.0}, hits, 60, 70.0, {"3c": 1.0})


@pytest.mark.parametrize("heading", ["Definitions", "4. Definitions", "2.1 Glossary"])
def test_a_numbered_definitions_section_answers_no_item(heading: str) -> None:
    page = (f"<h2>{heading}</h2><p>Special educational needs means that a pupil finds "
            "learning much harder than most others of the same age, or cannot easily use the "
            "equipment and facilities that other pupils of the same age use in school.</p>")
    assert coverage(page).value("6") == "not_in_place"


@pytest.mark.parametrize(("sentence", "item"), [
    # item 8 in a child's own words: what is going well, what is tricky, their own meetings
    ("Before each review an adult your child trusts talks with them about what is going well "
     "and what is tricky.", "8"),
    ("Pupils come to their own meetings from Year 9.", "8"),
    # item 3(d) in schools' own words, without its cue phrases
    ("Tasks are broken down into small steps and worksheets are simplified.", "3d"),
    ("Where needed we adapt the lesson with pictures and practical equipment.", "3d"),
])
def test_an_items_topic_in_a_schools_own_words(sentence: str, item: str) -> None:
    reading = matcher("sen-report").read([[sentence]])[0]
    assert reading.hits.get(item, 0) >= 1, reading.hits


def test_guidance_as_the_subject_of_an_answer_is_still_an_answer() -> None:
    page = ("<h2>10. Involving other bodies</h2><p>Guidance from the speech and language "
            "therapy team and the educational psychology service shapes each child's plan; "
            "we meet the school nurse, social care and the county's sensory service every "
            "term, and point families to the Parent Carer Forum and Young Carers.</p>")
    assert value(page, "10") != "not_in_place"


def test_summary_and_in_more_detail_under_a_question_go_on_answering_it() -> None:
    page = ("<h2>What training do staff have?</h2><h3>Summary</h3><p>All staff are trained in "
            "SEND every year.</p><h3>In more detail</h3><p>Training this year covered autism "
            "and sensory needs, delivered by the council's outreach team, and supporting "
            "speech and language needs with our NHS therapist. Two teaching assistants hold "
            "the ELSA qualification and our SENCO holds the national award. When we need "
            "advice we do not have, we buy in time from the educational psychologist.</p>")
    result = coverage(page)
    assert result.value("5") == "in_place"
    assert result.value("4") == "not_in_place"


def test_a_support_services_contact_details_stand_beside_its_name() -> None:
    named = ("<p>Parents can get free, confidential advice from the Westmarsh SEND Information, "
             "Advice and Support Service, which can help you through any meeting. If you "
             "disagree with a decision you can also appeal to the tribunal. Our SENCO is Mrs "
             "Harriet Olumide, who works on Mondays and Tuesdays. You can email her at "
             "h.olumide@westmarsh.example.sch.uk or ring 01632 960400.</p>")
    page = "<h2>Where can parents get advice?</h2>" + named
    assert value(page, "11") == "partly"  # the email is the SENCO's, not the service's
    easy = ("<h2>Where can my parents get advice?</h2><p>Parents can get free advice from "
            "Readshire SENDIASS.</p><p>SENDIASS does not work for the school.</p><p>They can "
            "help with forms and come to meetings.</p><p>Phone: 0118 496 0888</p>")
    assert value(easy, "11") == "in_place"


def test_learning_through_play_is_how_the_youngest_are_taught() -> None:
    reading = matcher("sen-report").read([["Children learn through play, with a mix of "
                                           "adult-led and child-led activities."]])[0]
    assert reading.hits.get("3c", 0) >= 2, reading.hits


def test_a_paragraph_opening_with_how_provision_is_judged_answers_item_3a() -> None:
    # under a heading on each child's progress (3b), the second paragraph opens by saying it
    # is about how well the provision as a whole works: item 3a's own answer
    answer = ("Each pupil's targets are reviewed every six weeks with the family.</p><p>To check "
              "how well our provision is working, we ask every pupil, family and home school "
              "for feedback when a pupil leaves us, and we track how many pupils return "
              "successfully to school and how well they attend afterwards. The head teacher "
              "reports these figures to the management committee each term, and we change "
              "what does not work.")
    page = _answering_under_headings("How will I know how my child is doing?", answer)
    assert coverage(page).value("3a") == "in_place"
    # ... not a paragraph that only mentions that provision is checked
    mention = ("Each pupil's targets are reviewed every six weeks with the family.</p><p>We "
               "track how many pupils return successfully to school and how well they attend "
               "afterwards, so that we can check how well our provision is working.")
    page = _answering_under_headings("How will I know how my child is doing?", mention)
    assert coverage(page).value("3a") != "in_place"


def test_hearing_from_pupils_asks_for_item_8() -> None:
    match = matcher("sen-report")
    for heading in ("Hearing from pupils", "Listening to students", "Listening to pupils"):
        assert list(match.owners(heading)) == ["8"], heading
