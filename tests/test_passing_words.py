"""Words of an item inside other answers, or under its heading but about something else, do
not answer it; the item's own words do. Each case is a page where nothing answers the item
(not in place) and the same page with a sentence that does (then it is in place or partly).
"""

import pytest
from test_judgement import judged

CASES = [
    # Item 3(g): "well-being" in the school's aims, friendship as a value, SEMH as a need.
    ("3g",
     "<p>Welcome to our school. Teachers check every child's progress each term and report "
     "it to parents, and the learning, attitudes and well-being of all our pupils matter to "
     "us.</p><p>We provide for pupils with special educational needs in communication, "
     "cognition, sensory and physical development, and social, emotional and mental "
     "health.</p>",
     "matter to us.", " Our learning mentor runs friendship groups for pupils who find "
     "playtimes hard."),
    # Item 3(g): its own heading over the school day.
    ("3g",
     "<h2>How will you support my child's wellbeing?</h2><p>The school day starts at 8.45 "
     "and ends at 3.15. Lunch is served in the hall and children can bring a packed lunch. "
     "The office staff can help you to buy uniform and support you with school meals.</p>",
     "school meals.", " Our learning mentor runs friendship groups, and children who feel "
     "worried can talk to a trusted adult every morning."),
    # Item 3(e): a child "needing extra support" is how needs are found.
    ("3e",
     "<h2>How do you know if my child needs help?</h2><p>Children are identified as needing "
     "extra support in several ways: their progress in termly assessments, what their "
     "previous school tells us, and concerns raised by parents or teachers, which the SENCO "
     "then looks into with them.</p>",
     "with them.", " Interventions such as a small reading group or one-to-one maths "
     "sessions may then begin."),
    # Item 3(e): its own heading over how needs are found.
    ("3e",
     "<h2>What extra help could my child get?</h2><p>Children who need extra support are "
     "identified through termly assessments and talks with parents, and the SENCO meets the "
     "class teacher to agree what happens next with the family.</p>",
     "with the family.", " This may be a small reading group three times a week or "
     "one-to-one sessions with a teaching assistant."),
    # Item 3(c): "talk to your child's class teacher" says nothing about teaching.
    ("3c",
     "<h2>What should I do if I am worried?</h2><p>Talk to your child's class teacher first "
     "about your concerns; they can then arrange for you to meet our SENCO, who will listen "
     "and explain what happens next for your child.</p>",
     "for your child.", "</p><p>Every class teacher plans lessons so that all children can "
     "take part, breaking tasks into small steps and using pictures and practical "
     "equipment."),
    # Item 3(a): a SEND governor named in passing is not how support is evaluated.
    ("3a",
     "<h2>Our SENCO</h2><p>Our SENCO is Mrs Ada Hill. She meets our SEND governor, Mr Tom "
     "Reed, each term and keeps the SEND register up to date.</p><h2>Extra help</h2><p>"
     "Children may join a small reading group or have one-to-one sessions with a teaching "
     "assistant three times a week.</p>",
     "three times a week.", " We measure the impact of each intervention at the start and "
     "end of each block."),
    # Item 12: staff the school employs, and moving on within a lesson or the day.
    ("12",
     "<h2>How will my child be taught?</h2><p>We employ two specialist teaching assistants "
     "and the school employs a speech and language therapist one day a week. Teachers use "
     "visual timetables, give warnings before transitions between activities and check "
     "understanding before moving on.</p>",
     "moving on.", " When children move on to secondary school, the SENCO meets their new "
     "SENCO and passes on records, and children make extra visits in the summer term."),
]


@pytest.mark.parametrize("item, page, after, answer", CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_words_in_passing_do_not_answer_an_item_and_its_own_words_do(
        item: str, page: str, after: str, answer: str) -> None:
    assert judged(page, item).value == "not_in_place"
    answered = page.replace(after, after + answer)
    assert answered != page
    assert judged(answered, item).value != "not_in_place"


#: A guide to students answering eight items under their own headings (the page answers
#: under headings, so words elsewhere are read as said in passing).
_STUDENT_GUIDE = "".join(f"<h2>{q}</h2><p>{a}</p>" for q, a in [
    ("What needs do you support?", "We support students with autism, dyslexia, ADHD, "
     "hearing and visual impairments, anxiety and physical disabilities."),
    ("What will my lessons be like?", "Teachers share slides before lessons, explain new "
     "words and check that everyone has understood before the class moves on."),
    ("How will I know how I'm doing?", "You have a progress review with your tutor each "
     "half-term, looking at your grades and the targets you set together."),
    ("Can I join in trips?", "Every trip and club is open to every student, and we plan "
     "transport and support with you before each trip."),
    ("Will my parents be involved?", "With your permission we invite your parents to your "
     "reviews and phone them each term to share how you are getting on."),
    ("Will I get a say in my support?", "You write your own support plan with us and you "
     "can change it at any review or whenever you want to."),
    ("Do the staff know how to help me?", "All staff have training each year on autism, "
     "dyslexia and mental health, and our specialist teachers hold qualifications."),
    ("What equipment can I use?", "We lend laptops, reading pens and coloured overlays, and "
     "the building has lifts, ramps and an accessible toilet on every floor."),
])


def test_the_complaints_procedure_named_in_a_list_of_documents_is_said_in_passing() -> None:
    contact = ("<h2>Who do I contact?</h2><p>Our SENCO is Mr Asante; email him at "
               "asante@college.ac.uk. He works in the Learning Support base every day. At "
               "induction you will also be given the Student Charter, the student complaints "
               "procedure and the Learning Support handbook.</p>")
    assert judged(_STUDENT_GUIDE + contact, "9").value == "not_in_place"
    answered = contact + ("<p>If you are unhappy with your support, talk to your tutor first; "
                          "if that does not put it right, make a formal complaint to the Head "
                          "of Learning Support, who will reply in writing within ten days.</p>")
    assert judged(_STUDENT_GUIDE + answered, "9").value != "not_in_place"


def test_a_passing_word_on_a_page_of_warm_headings_is_not_in_place() -> None:
    # eight headed parts whose headings name no item ("Friends beyond our gate"): the page
    # answers under headings, so a word about the building in the trips answer is in passing
    warm = "".join(f"<h2>{h}</h2><p>{a}</p>" for h, a in [
        ("Welcome to our family", "We are a small first school where every child is known."),
        ("Friends beyond our gate", "Speech therapists and the school nurse visit us often."),
        ("Our team's know-how", "Our staff learn together every half term."),
        ("Hand in hand", "We talk with families at the gate every day."),
        ("Little steps", "Children try things in small steps with a friendly adult."),
        ("Our happy place", "The calm corner in every class is a place to rest."),
        ("Out and about", "Everyone goes on trips, and now that the new ramp to the field is "
         "finished everybody can get to sports day."),
        ("Looking ahead", "We plan each change of class with children and families."),
    ])
    assert judged(warm, "6").value == "not_in_place"


def test_on_a_page_cut_off_four_headed_parts_make_a_page_that_answers_under_headings() -> None:
    # the page's opening shows four headed sections before it stops mid-sentence: a word
    # about therapists inside the teaching answer is in passing, as on a whole headed report
    sections = "".join(f"<h2>{h}</h2><p>{a}</p>" for h, a in [
        ("Who we are", "Larchfield is a junior school of 240 pupils in the middle of town."),
        ("Needs we meet", "We support pupils with communication, learning, emotional and "
         "physical needs, and pupils with sensory needs."),
        ("Finding out about needs", "Teachers watch how each child is getting on, and if they "
         "are worried they talk to the SENCO, who may carry out further checks."),
        ("Teaching", "Teachers plan lessons so that every pupil can take part, using visual "
         "timetables and small steps; a speech and language therapist visits to advise us "
         "on pupils with speech needs."),
    ])
    cut = "<h1>SEN information report</h1>" + sections + "<h2>Help with</h2><p>Some pupils work"
    decision = judged(cut, "10")
    assert decision.value == "not_in_place"
    assert "it is only mentioned in passing" in decision.parts.reasons
    # the same four sections on a whole page: too few to say it answers under headings
    whole = "<h1>SEN information report</h1>" + sections
    assert judged(whole, "10").value == "partly"


_SPECIAL_DAY = "<h1>SEN information report</h1>" + "".join(
    f"<h2>{h}</h2><p>{a}</p>" for h, a in [
        ("Welcome to Hollybank", "Hollybank is a school for 90 pupils aged 4 to 16 with "
         "autism and severe learning difficulties."),
        ("Our classes", "Classes are small, of eight pupils, and teachers use symbols, signing "
         "and visual timetables in every lesson; each pupil also has one-to-one support with "
         "reading and number every day."),
        ("Our team", "Our teachers hold specialist qualifications in autism and all staff "
         "train each term with the speech and language therapist and the occupational "
         "therapist."),
        ("Visitors to our classes", "Therapists work in class beside the teacher, and pupils "
         "who need it have extra sessions of sensory support or speech therapy each week in "
         "small groups."),
        ("Families", "We meet parents each term to agree next steps and talk every day "
         "through the home-school diary."),
        ("Pupils' voices", "Pupils share their views at every review using symbols and photos."),
        ("Buildings", "All rooms are on one floor, with hoists, a sensory room and a "
         "hydrotherapy pool."),
        ("Growing up", "From Year 9 we plan with families and the careers adviser for life "
         "after school."),
    ])


@pytest.mark.parametrize("school_type", ["special", "nursery"])
def test_a_special_schools_support_told_across_its_page_is_not_in_passing(
        school_type: str) -> None:
    # A special school's or nursery's whole page is about how its pupils are taught and
    # supported: sentences across it answer item 3e without a heading of its own.
    assert judged(_SPECIAL_DAY, "3e", school_type).value == "partly"
    # In a mainstream school's headed report the same sentences are asides.
    assert judged(_SPECIAL_DAY, "3e").value == "not_in_place"


def test_a_special_schools_adapted_lessons_told_across_its_page_are_not_in_passing() -> None:
    adapted = _SPECIAL_DAY.replace(
        "All rooms are on one floor,",
        "Lessons are adapted with visual timetables, and rooms are kept calm and uncluttered. "
        "All rooms are on one floor,")
    assert judged(adapted, "3d", "special").value != "not_in_place"
    assert judged(adapted, "3d").value == "not_in_place"
