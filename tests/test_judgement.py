"""The written guide (docs/judging.rst), case by case: each hard case of the scale careful
readers use, on small pages written for the test."""

from __future__ import annotations

import json

from senreport.check import check, read_document
from senreport.coverage import detect_coverage

TODAY_ARGS = {"today": None}

EQUIPMENT = ("We buy specialist equipment such as writing slopes, wobble cushions and laptops "
             "from our SEN budget. Where a child needs something costly, we ask the local "
             "authority's sensory service to lend it, and the occupational therapist advises "
             "us on chairs and tables.")
FACILITIES = ("The building is on one level, with ramps at both entrances, an accessible toilet "
              "and a quiet room that any child can use.")
TRAINING = ("All our teaching assistants are trained in precision teaching and Lego therapy, "
            "and every teacher has had autism awareness training this year. Our SENCO holds "
            "the national award for SEN co-ordination and leads a training session each term.")


def judged(page: str, item: str, school_type: str = "mainstream"):
    document, report = read_document(page, "page.html")
    return detect_coverage(document, "sen-report", school_type, report=report).items[item]


def test_every_part_answered_with_substance_is_in_place() -> None:
    decision = judged(f"<h2>Equipment and facilities</h2><p>{EQUIPMENT} {FACILITIES}</p>", "6")
    assert decision.value == "in_place"
    assert {a.part for a in decision.parts.answered} == {"equipment", "facilities"}
    assert decision.parts.missing == ()


def test_a_heading_over_something_else_is_not_rescued_by_a_sentence_elsewhere() -> None:
    page = ("<h2>How will my child be supported in class?</h2><p>Teachers plan lessons in small "
            "steps and check understanding often. Some pupils need specialist equipment, such "
            "as a laptop, a writing slope or a special chair, which we buy from our SEN budget "
            "on the occupational therapist's advice.</p>"
            "<h2>Accessibility and facilities</h2><p>The school day runs from 8.45am to "
            "3.15pm. Pupils must wear their school uniform and bring a packed lunch or order "
            "a school dinner by Thursday each week, and the office answers calls until "
            "4pm.</p>")
    decision = judged(page, "6")
    assert decision.value == "not_in_place"
    # once what stands under the heading answers a part, the sentence elsewhere counts too
    answered = page.replace("The school day runs", "The building has ramps, a lift and an "
                            "accessible toilet. The school day runs")
    assert judged(answered, "6").value == "in_place"


def test_an_answer_giving_only_what_the_law_asks_of_schools_is_thin() -> None:
    law = ("<h2>Complaints</h2><p>Under the Education Act 2002, the governing bodies of "
           "maintained schools must have a procedure to deal with complaints, and the SEND "
           "Code of Practice sets out the routes open to parents who disagree with a decision, "
           "including mediation and the SEND Tribunal.</p>")
    decision = judged(law, "9")
    assert decision.value == "partly"
    assert "the answer gives what the law asks of schools, not what this school does" in (
        decision.parts.reasons)
    # the school's own practice under the law is an answer
    own = law.replace("</p>", " If you are unhappy, talk to the class teacher first, then "
                      "the SENCO; if it is not resolved, write to the headteacher, who will "
                      "reply within ten school days, and then to the chair of governors.</p>")
    assert judged(own, "9").value == "in_place"


def test_a_missing_part_makes_it_partly_and_is_named() -> None:
    decision = judged(f"<h2>How do we get the equipment your child needs?</h2><p>{EQUIPMENT}</p>",
                      "6")
    assert decision.value == "partly"
    assert [part for part, _ in decision.parts.missing] == ["facilities"]
    result = check(f"<h1>SEN report</h1><h2>Equipment</h2><p>{EQUIPMENT}</p>", source="r.html")
    message = next(f.message for f in result.findings if f.item == "6")
    assert "how specialist equipment is obtained, but not which facilities" in message


def test_training_without_how_specialist_expertise_is_secured_is_partly() -> None:
    decision = judged(f"<h2>Staff training</h2><p>{TRAINING}</p>", "5")
    assert decision.value == "partly"
    assert [part for part, _ in decision.parts.missing] == ["specialist"]
    full = TRAINING + (" When we need more specialist advice, we ask the educational "
                       "psychologist or the county's outreach team to visit.")
    assert judged(f"<h2>Staff training</h2><p>{full}</p>", "5").value == "in_place"


def test_an_answer_that_only_points_elsewhere_is_partly() -> None:
    for pointer in ("Please see our SEND policy for details of how we assess progress.",
                    "Details are in the PDF attached below.",
                    "This information is available on request from the school office."):
        decision = judged(f"<h2>How will you check my child's progress?</h2><p>{pointer} "
                          "Please contact the school office if you have any questions.</p>",
                          "3b")
        assert decision.value == "partly", pointer


def test_a_one_line_answer_is_partly() -> None:
    decision = judged("<h2>How can I be involved?</h2><p>Parents are always welcome.</p>", "7")
    assert decision.value == "partly"
    assert "the answer is only a line or two" in decision.parts.reasons


def test_a_heading_with_nothing_under_it_is_not_in_place() -> None:
    page = ("<h2>Working with other agencies</h2>"
            f"<h2>Equipment and facilities</h2><p>{EQUIPMENT} {FACILITIES}</p>")
    assert judged(page, "10").value == "not_in_place"


def test_a_contents_list_answers_nothing() -> None:
    page = ('<h2>Contents</h2><ul><li><a href="#q5">What training do staff have?</a></li>'
            '<li><a href="#q10">Who else do you work with?</a></li></ul>'
            f"<h2>Our building</h2><p>{FACILITIES} {FACILITIES}</p>")
    assert judged(page, "5").value == "not_in_place"
    assert judged(page, "10").value == "not_in_place"


def test_questions_in_a_row_as_paragraphs_answer_nothing() -> None:
    # an accordion's titles saved without their panels
    questions = ["How does the school know if students need extra help?",
                 "What support will there be for my child's overall wellbeing?",
                 "How will my child be included in activities outside the classroom?",
                 "How accessible is the school environment?",
                 "How will the school prepare my child for moving on?"]
    page = "".join(f"<p>{q}</p>" for q in questions) + f"<h2>Our building</h2><p>{FACILITIES}</p>"
    for item in ("3g", "3f", "12"):
        assert judged(page, item).value == "not_in_place", item
    # each answered in turn, they are a report's questions
    answered = "".join(f"<p>{q}</p><p>{FACILITIES}</p>" for q in questions[3:4])
    assert judged(answered, "6").value != "not_in_place"


def test_what_sen_is_speaks_of_the_kinds_of_need_only() -> None:
    definition = ("<h2>What is a special educational need?</h2><p>A child has special "
                  "educational needs when they need help that is additional to what is usually "
                  "on offer. Not every child who needs a little extra help has SEN; many catch "
                  "up quickly with short-term support from a teaching assistant in a small "
                  "group.</p>")
    page = definition + f"<h2>Our building</h2><p>{FACILITIES}</p>"
    assert judged(page, "3e").value == "not_in_place"
    # the same words under a heading of the school's own are its extra help, thinly
    own = page.replace("What is a special educational need?", "Extra help")
    assert judged(own, "3e").value != "not_in_place"


def test_questions_in_bold_under_a_contents_list_are_still_answered() -> None:
    # "Contents" heads a list; the report then goes on in paragraphs that open on their
    # question in bold, all under the contents' heading
    page = ('<h2>Contents</h2><ul><li>Equipment and facilities</li><li>Training</li></ul>'
            f"<p><strong>Equipment and facilities:</strong> {EQUIPMENT} {FACILITIES}</p>")
    assert judged(page, "6").value == "in_place"


def test_a_heading_on_evaluating_provision_answered_with_pupils_progress_is_not_in_place() -> None:
    # pupils' progress and targets answer item 3(b); how the school checks that its
    # provision works (3a) is another question
    page = ("<h2>How do you measure the impact of your provision?</h2><p>We check each "
            "pupil's progress closely. Reading and maths are assessed every term using "
            "standardised tests, and teachers record progress against personal targets in each "
            "subject. Targets are reviewed with parents every term and at the annual review of "
            "each EHC plan.</p>")
    assert judged(page, "3a").value == "not_in_place"
    evaluated = page.replace("</p>", " Each intervention is checked for its impact: we compare "
                             "reading ages at the start and end of each programme and stop "
                             "those that do not make a difference.</p>")
    assert judged(evaluated, "3a").value == "in_place"


def test_a_passing_word_inside_another_answer_is_not_in_place() -> None:
    page = (f"<h2>Equipment and facilities</h2><p>{EQUIPMENT} {FACILITIES} Ask us.</p>")
    assert judged(page, "9").value == "not_in_place"
    assert judged(page, "8").value == "not_in_place"


def test_an_answer_cut_off_mid_way_is_partly() -> None:
    page = (f"<h2>Equipment and facilities</h2><p>{EQUIPMENT} {FACILITIES}</p>"
            "<h2>How do you support my child's wellbeing?</h2><p>Our pastoral team works with "
            "children who find friendships hard, and our learning mentor runs a")
    decision = judged(page, "3g")
    assert decision.value == "partly"
    assert "the answer stops mid-way" in decision.parts.reasons or (
        "the answer is only a line or two" in decision.parts.reasons)


def test_secondary_schools_must_say_how_pupils_prepare_for_adulthood() -> None:
    transfer = ("When pupils move up a year, the new teachers meet the old ones and pass on "
                "each pupil's support plan. Pupils joining us from primary school have extra "
                "visits in the summer term and a buddy in their tutor group.")
    primary = judged(f"<h2>Moving on</h2><p>{transfer}</p>", "12")
    assert primary.value == "in_place"
    secondary = judged(f"<h2>Moving on</h2><p>{transfer} Year 9 pupils choose their GCSE "
                       "options with their tutor.</p>", "12")
    assert secondary.value == "partly"
    assert [part for part, _ in secondary.parts.missing] == ["adulthood"]


def test_the_senco_named_without_a_way_to_reach_them_is_partly() -> None:
    decision = judged("<h2>Who is the SENCO?</h2><p>Our SENCO is Mrs Hannah Blake.</p>", "4")
    assert decision.value == "partly"
    assert [part for part, _ in decision.parts.missing] == ["contact"]


def test_evidence_in_the_json_names_parts_answered_and_missing() -> None:
    result = check(f"<h1>SEN report</h1><h2>Equipment</h2><p>{EQUIPMENT}</p>", source="r.html")
    evidence = json.loads(json.dumps(result.to_dict()))["evidence"]["6"]
    assert evidence["value"] == "partly"
    assert evidence["answered"][0]["part"] == "equipment"
    assert evidence["answered"][0]["quote"].startswith("We buy specialist equipment")
    assert evidence["answered"][0]["xpath"].endswith("/p")
    assert evidence["missing"] == [{"part": "facilities",
                                    "what": "which facilities disabled pupils can use "
                                            "(access, toilets, rooms)"}]
    assert evidence["passages"]


def test_the_written_guide_lists_every_part() -> None:
    from pathlib import Path

    from senreport.catalogue.parts import all_parts

    guide = " ".join((Path(__file__).parent.parent / "docs" / "judging.rst")
                     .read_text(encoding="utf-8").split())
    for kind in ("sen-report", "local-offer"):
        for item_id, parts in all_parts(kind).items():
            for part in parts:
                assert part.question in guide, (kind, item_id, part.question)


def test_a_page_that_is_something_else_is_said_to_be_so() -> None:
    page = ("<h1>Admissions</h1><h2>Children with SEND</h2><p>Children with an EHC plan that "
            "names the school are admitted first. Our SENCO, Mrs Ruth Allen "
            "(senco@ashgrove.sch.uk), is happy to show families round and to talk about the "
            "support we offer for autism and speech and language needs.</p>")
    result = check(page, source="admissions.html")
    assert set(result.coverage.to_dict().values()) == {"not_in_place"}
    assert result.coverage.other == "an admissions page"
    codes = [f.code for f in result.findings if f.code.startswith("SR1")]
    assert "SR100" in codes and "SR101" not in codes
    policy = ("<h1>SEND Policy</h1><p>This policy sets out how we meet special educational "
              "needs.</p>")
    assert check(policy, source="policy.html").coverage.other == "the school's SEND policy"
    report = "<h1>SEN Information Report and SEND Policy</h1><p>We provide for autism.</p>"
    assert check(report, source="report.html").coverage.other is None


def test_a_policy_known_by_its_cover_not_its_title_is_said_to_be_so() -> None:
    # A school's name for a title, then the policy's own document control: the SEND policy,
    # whatever SEN words follow; a report whose opening names itself stays a report.
    cover = ("<h1>Brookfield School for Girls</h1><h2>Special Educational Needs and "
             "Disabilities (SEND)</h2><p>Date Policy Updated: January 2026. Date for Next "
             "Review: January 2027.</p><h2>Introduction</h2><p>This policy covers all areas of "
             "the curriculum. Our SENCO, Mrs Ruth Allen (senco@brookfield.sch.uk), leads "
             "support for students with autism and dyslexia.</p>")
    assert check(cover, source="page.html").coverage.other == "the school's SEND policy"
    report = cover.replace("<h2>Introduction</h2>",
                           "<h2>Our SEN information report</h2>")
    assert check(report, source="page.html").coverage.other is None
    developed = ("<h1>St Anne's Primary School</h1><p>SENDCo: Mrs Jo Hale</p><p>This policy "
                 "was developed with staff and governors and is available from the office. "
                 "All our teachers are teachers of children with SEND.</p>")
    assert check(developed, source="page.html").coverage.other == "the school's SEND policy"
    plan = ("<h1>History of recent changes</h1><p>May 2024: plan created.</p><h2>Introductory "
            "statement</h2><p>This Accessibility Plan has been drawn up with staff, parents and "
            "pupils. Classrooms are on one level, there are two accessible toilets and pupils "
            "with special educational needs and disabilities (SEND) have a quiet room.</p>")
    assert check(plan, source="page.html").coverage.other == "the school's accessibility plan"
    said = plan.replace("May 2024: plan created.", "Read this with our SEND report.")
    assert check(said, source="page.html").coverage.other is None


def test_a_page_about_a_hearing_support_base_is_read_as_about_send() -> None:
    # With no heading asking for an item, only a page about SEND is read for the items: one
    # about deaf pupils ("statements of Special Education Need", misspelt) is.
    page = ("<p>The hearing support base gives hearing-impaired students, all with statements "
            "of Special Education Need, the chance to learn alongside their hearing peers. "
            "Each student has an individual education plan, reviewed and updated termly with "
            "a Teacher of the Deaf.</p>")
    assert check(page, source="page.html").coverage.value("3b") == "partly"
    unrelated = page.replace("hearing-impaired", "talented").replace(
        "statements of Special Education Need", "music scholarships").replace(
        "hearing support base", "music centre").replace("Teacher of the Deaf", "tutor")
    assert check(unrelated, source="page.html").coverage.value("3b") == "not_in_place"


def test_a_structured_report_without_its_senco_section_does_not_answer_item_4() -> None:
    import re
    from pathlib import Path

    from senreport.readers.structured import load_report
    from senreport.writers.blocks import render_blocks

    example = Path(__file__).parent.parent / "senreport" / "examples" / "oakfield-primary.yaml"
    markup = render_blocks(load_report(example.read_text(encoding="utf-8")))
    without = re.sub(r'<!-- wp:senreport/section \{"item":"4".*?<!-- /wp:senreport/section -->',
                     "", markup, flags=re.S)
    assert check(markup, source="page.html").coverage.value("4") == "in_place"
    result = check(without, source="page.html")
    assert result.coverage.value("4") == "not_in_place"
    assert result.facts.senco_name  # the block's own fields still give the fact


def test_a_list_of_what_the_report_must_include_answers_nothing() -> None:
    page = ("<h1>SEN Information Report</h1><p>Every school must publish a SEN information "
            "report. It must include:</p><ul><li>arrangements for consulting parents and "
            "involving them in their child's education;</li><li>arrangements for assessing and "
            "reviewing pupils' progress;</li><li>how the school supports pupils moving between "
            "phases of education.</li></ul><p>We are a small village school with 90 pupils "
            "and a nursery.</p>")
    for item in ("7", "3b", "12"):
        assert judged(page, item).value == "not_in_place", item


def test_a_list_of_what_a_policy_aims_at_answers_nothing() -> None:
    page = ("<h1>SEND policy and information report</h1><h2>1. Aims</h2><p>We are a pupil "
            "referral unit for students in Key Stages 3 and 4. Our SEND policy "
            "aims to:</p><ul><li>set out how the centre supports students with SEN;</li><li>"
            "help every student move on successfully to their next school, college or "
            "training place after Year 11, with visits and a transition plan;</li><li>work in "
            "partnership with parents.</li></ul>")
    assert judged(page, "12").value == "not_in_place"
    doing = page.replace("Our SEND policy aims to:", "This is what we do:")
    assert judged(doing, "12").value != "not_in_place"  # the same list, said as done
    said_otherwise = page.replace("Our SEND policy aims to:", "The aims of our policy and "
                                  "practice in relation to SEN and disability are:")
    assert judged(said_otherwise, "12").value == "not_in_place"


def test_advice_about_schools_in_general_is_not_a_schools_report() -> None:
    page = ("<h1>Extra support in school</h1><p>The school must tell you if it is giving your "
            "child extra help. The school should meet you three times a year to review "
            "progress, and schools must publish a SEN information report.</p><p>Every school "
            "has a SENCO who plans the extra help each child needs with the teachers.</p>")
    result = check(page, source="advice.html")
    assert result.coverage.other == "general advice about schools and SEN support"
    assert set(result.coverage.to_dict().values()) == {"not_in_place"}
    ours = page.replace("<p>Every school has", "<p>Our school has")
    assert check(ours, source="ours.html").coverage.other is None


def _example_page() -> str:
    from pathlib import Path

    from senreport.readers.structured import load_report
    from senreport.writers.html import render_page

    example = Path(__file__).parent.parent / "senreport" / "examples" / "oakfield-primary.yaml"
    return render_page(load_report(example.read_text(encoding="utf-8")))


def test_in_a_report_with_headings_a_passing_sentence_elsewhere_is_not_an_answer() -> None:
    import re

    page = re.sub(r'<section class="senreport-section" data-item="9">.*?</section>', "",
                  _example_page(), flags=re.DOTALL)
    passing = ("We listen to children and involve them in their own education. If parents are "
               "ever unhappy about anything, they can raise a concern with us.")
    page = page.replace("We listen to children and involve them in their own education.", passing)
    decision = judged(page, "9")
    assert decision.value == "not_in_place"
    assert "it is only mentioned in passing" in decision.parts.reasons
    assert judged(_example_page(), "9").value == "in_place"  # its own section answers it


def test_a_local_offer_heading_naming_a_phase_asks_for_that_phases_line() -> None:
    from senreport.coverage.tally import matcher

    owners = matcher("local-offer").owners
    assert set(owners("How schools identify special educational needs")) == {
        "schools.identification"}
    assert set(owners("How colleges find out what support you need")) == {
        "post16.identification"}
    assert set(owners("Young people leaving custody")) == {"post16.future_steps"}


def test_a_sentence_on_a_local_offer_page_speaks_to_its_phase_only() -> None:
    from senreport.coverage.offer_phases import of_its_phase

    every = "Nurseries, schools and colleges assess needs, plan support and review it."
    assert not of_its_phase("schools.identification", every)
    assert of_its_phase("general.graduated_approach", every)
    assert of_its_phase("schools.identification", "Schools notice needs early.")
    # future steps look to the next phase: a school helping with college choices
    assert of_its_phase("schools.future_steps",
                        "From Year 9 your school helps you choose a college.")


def test_an_items_own_question_asks_for_that_item_alone() -> None:
    from senreport.coverage.tally import matcher

    owners = matcher("sen-report").owners
    # "extra help" is 3(e)'s word, but here it is inside item 2's own question.
    assert set(owners("How does the school know if children need extra help?")) == {"2"}
    assert "3e" in owners("What extra help is available?")
    assert "3e" in owners("How will my child get extra help?")


def test_a_page_for_one_question_has_the_question_as_its_title() -> None:
    page = ("<h1>How does the school know if children need extra help?</h1><p>Children are "
            "identified as having SEND in several ways, usually a combination of these:</p><ul>"
            "<li>information from their previous school or nursery</li><li>progress below the "
            "expected level in termly assessments</li><li>concerns raised by a parent or a "
            "teacher</li><li>standardised tests of reading and spelling</li></ul><p>The SENCO "
            "then assesses the child's needs with the class teacher and the parents.</p>")
    assert judged(page, "2").value == "in_place"


def test_a_short_entry_of_a_list_speaks_of_what_its_lead_in_speaks_of() -> None:
    entries = ["Autism spectrum conditions", "Dyslexia", "Counselling", "Self-harm",
               "Attachment", "Mindfulness", "Nurture groups", "Lego therapy", "Motor skills",
               "Precision teaching", "Youth mental health first aid",
               "Speech, language and communication needs"]
    training = ("<h2>Who should I contact about my child's needs?</h2><p>Mrs Jane Hill is our "
                "SENCO and oversees SEND provision in the school.</p><p>She holds the National "
                "Award for SEN Co-ordination.</p><p>Members of the SEND team, teachers and "
                "teaching assistants, have received training in the following areas:</p><ul>"
                + "".join(f"<li>{entry}</li>" for entry in entries) + "</ul>")
    # The entries say what the training was about, not which needs the school provides for.
    assert judged(training, "1").value == "not_in_place"
    assert judged(training, "5").value != "not_in_place"


def test_what_to_do_if_i_think_my_child_has_sen_does_not_ask_for_pupils_views() -> None:
    from senreport.coverage.tally import matcher

    owners = matcher("sen-report").owners
    assert "8" not in owners("What should I do if I think my child has Special Educational "
                             "Needs?")
    assert "8" in owners("How will I be involved in planning for my needs?")


def test_one_phrase_said_again_through_a_page_is_not_a_full_answer() -> None:
    from senreport.coverage.tally import IN_PLACE, Tally

    again = Tally(scattered_words=98.0, cues={"secondary school"})
    assert again.prose < IN_PLACE
    several = Tally(scattered_words=98.0, cues={"secondary school", "transition"})
    assert several.prose == IN_PLACE


def test_words_of_progress_in_passing_do_not_answer_how_progress_is_assessed() -> None:
    # An introduction's hopes and an inspector's praise touch "progress" and "targets" but
    # say nothing of how a pupil's progress is checked or reviewed.
    intro = ("<h1>SEND Information Report</h1><p>We are an inclusive school. We have high "
             "expectations and targets for all of our children, and inspectors found that "
             "pupils with special educational needs make good progress from their starting "
             "points.</p>")
    assert judged(intro, "3b").value == "not_in_place"
    told = intro.replace("</p>", " Each child's progress is tracked every half term and "
                         "reviewed with parents at a termly meeting.</p>")
    assert judged(told, "3b").value != "not_in_place"


def test_an_answer_of_aims_and_beliefs_alone_is_partly() -> None:
    aims = ("<h2>How do you support my child's wellbeing?</h2><p>We believe that every "
            "child's wellbeing matters as much as their learning. We aim to make every child "
            "feel safe, happy and valued, and we are committed to a caring, nurturing ethos "
            "in which every pupil can flourish and grow in confidence.</p>")
    decision = judged(aims, "3g")
    assert decision.value == "partly"
    assert "the answer says what the school aims for, not what it does" in decision.parts.reasons
    done = aims.replace("</p>", " Our learning mentor sees children who are anxious or low "
                        "each week, we run a lunchtime nurture club and a friendship group, "
                        "and the school nurse and the mental health support team visit.</p>")
    assert judged(done, "3g").value == "in_place"


def test_the_needs_we_meet_asks_which_needs_the_school_provides_for() -> None:
    page = ("<h2>The needs we meet</h2><p>We provide for pupils with autism, dyslexia, "
            "speech, language and communication needs, social, emotional and mental health "
            "needs, and physical disabilities, in every class.</p>")
    assert judged(page, "1").value == "in_place"
    assert judged(page, "10").value == "not_in_place"


def _plain(page: str) -> str:
    """The example page as a school's own HTML: headed sections, no structured data."""
    import re

    return re.sub(r' data-senreport="[^"]*"', "", page.replace("senreport-section", "section"))


def test_services_named_inside_other_answers_do_not_answer_item_10() -> None:
    """A page with headings names the health visitor under identification, a therapist under
    extra support, the sensory service under equipment and the school nurse under
    wellbeing: those are how each of those items is met, not how the school involves other
    bodies, even when their words add up to a paragraph's worth."""
    import re

    page = _plain(re.sub(r'<section class="senreport-section" data-item="10">.*?</section>',
                         "", _example_page(), flags=re.DOTALL))
    named = {
        "2": "The health visitor and the family doctor tell us about any needs they already "
             "know of before a child starts with us.",
        "3e": "Some children also see the NHS speech and language therapist, who visits every "
              "fortnight.",
        "6": "The occupational therapist and the county's sensory support service assess "
             "children for specialist equipment.",
        "3g": "Where worries are bigger, the school nurse and the mental health support team "
              "see children in school.",
    }
    for item, sentence in named.items():
        page = re.sub(rf'(<section class="section" data-item="{item}">.*?)(</section>)',
                      lambda m, s=sentence: m.group(1).replace("</p>", f" {s}</p>", 1)
                      + m.group(2), page, flags=re.DOTALL)
        assert sentence in page
    decision = judged(page, "10")
    assert decision.value == "not_in_place"
    assert "it is only mentioned in passing" in decision.parts.reasons
    assert judged(_plain(_example_page()), "10").value == "in_place"  # its own section does


def test_overlays_extra_time_and_pathways_are_adaptations_of_the_curriculum() -> None:
    from senreport.catalogue.parts import parts_of

    curriculum = next(p for p in parts_of("sen-report", "3d", None) if p.id == "curriculum")
    for said in ("Students may be given coloured overlays, enlarged text or extra time.",
                 "We have three learning pathways: sensory, semi-formal and formal.",
                 "We use symbols and signing alongside spoken words."):
        assert curriculum.answered_in(said), said
    assert not curriculum.answered_in("Our SENCO is Mrs Khan.")


def test_a_summary_with_find_out_more_under_it_is_partly() -> None:
    """Two lines and a link to the rest on another page: the answer is elsewhere."""
    answer = ("<h2>How do you find out if my child needs extra help?</h2><p>Key persons "
              "observe children every day and complete the two-year progress check with "
              "parents. If we are worried we talk to you first and may ask our SENCO to "
              "observe.</p>")
    more = '<p><a href="/send/identifying-needs">Find out more</a></p>'
    decision = judged(answer + more, "2")
    assert decision.value == "partly"
    assert "the answer mostly points to another document or person" in decision.parts.reasons
    assert judged(answer, "2").value == "in_place"  # the same lines, with nothing elsewhere


def test_pupils_telling_what_helps_and_writing_their_profile_answer_item_8s_parts() -> None:
    from senreport.catalogue.parts import parts_of

    consult, involve = parts_of("sen-report", "8")
    assert consult.answered_in("Children tell us what they like and what helps them.")
    assert consult.answered_in("We ask students what they think in a survey each year.")
    assert involve.answered_in("Each student writes their own profile with their key worker.")
    assert involve.answered_in("From Year 9 students lead part of their own review.")
    assert not involve.answered_in("Our SENCO is Mrs Khan.")


def test_pupils_writing_their_passports_or_leading_reviews_are_involved_in_passing() -> None:
    # Inside another answer, only the narrower words count: a pupil's own passport, a review
    # the student leads (said either way round).
    from senreport.catalogue.parts import parts_of

    _, involve = parts_of("sen-report", "8")
    assert involve.answered_in("Students write their own passports with their key worker.",
                               in_passing=True)
    assert involve.answered_in("Students with an EHC plan have an annual review, which they "
                               "lead with their mentor.", in_passing=True)
    assert not involve.answered_in("We keep a passport for each pupil on SEN support.",
                                   in_passing=True)


def test_a_line_sending_complaints_elsewhere_is_a_thin_answer() -> None:
    # A complaints line of its own that only points on ("contact the school office", "read
    # our Complaints Procedure") is how such a page answers item 9: thinly, not in passing.
    headed = (f"<h2>Equipment and facilities</h2><p>{EQUIPMENT} {FACILITIES}</p>"
              f"<h2>Staff training</h2><p>{TRAINING}</p>"
              "<h2>How can I be involved?</h2><p>Parents meet the class teacher each term to "
              "agree targets and review them, and we ask for your views before every review "
              "meeting so that your knowledge of your child shapes the plan.</p>")
    for line in ("If you have a complaint about SEN provision, please contact the school office.",
                 "Please read our Complaints Procedure (PDF)."):
        page = f"<h1>SEN information report</h1><p>{line}</p>{headed}"
        assert judged(page, "9").value == "partly", line
    assert judged(f"<h1>SEN information report</h1>{headed}", "9").value == "not_in_place"


def test_outside_professionals_named_elsewhere_do_not_secure_expertise() -> None:
    # Training under item 5's own heading; the professionals the school works with, under
    # another item's heading, are how that item is met, not how expertise is secured.
    bodies = ("<h2>How do you support my child's wellbeing?</h2><p>Our ELSA runs sessions on "
              "feelings and friendships. Staff trained in mental health first aid can refer "
              "pupils to CAMHS, and the educational psychologist and NHS speech and language "
              "therapists see some children in school.</p>")
    page = f"<h2>Staff training</h2><p>{TRAINING}</p>{bodies}"
    decision = judged(page, "5")
    assert decision.value == "partly"
    assert [part for part, _ in decision.parts.missing] == ["specialist"]
    secured = bodies.replace("</p>", " Where a need calls for expertise our own staff do "
                                     "not have, we commission specialists from a local "
                                     "therapy partnership.</p>")
    assert judged(f"<h2>Staff training</h2><p>{TRAINING}</p>{secured}", "5").value == "in_place"


def test_a_thin_answer_of_its_own_is_not_made_full_by_mentions_elsewhere() -> None:
    # Two sentences on how teaching is adapted, under the school's own heading; teaching comes
    # up again, a sentence at a time, in the answers about identifying needs, progress and
    # training, but those answers are about their own items: the teaching answer is a line
    # or two.
    page = ("<h1>SEN information report</h1>"
            "<h2>Support in class</h2><p>Teachers use adaptive teaching strategies in every "
            "lesson. Every teacher is a teacher of pupils with SEND.</p>"
            "<h2>Identifying needs</h2><p>Most pupils with SEND are known to us before they "
            "join. In the summer term the SENCO visits each feeder school, reads records and "
            "plans, and meets parents. Where a concern arises later, the class teacher talks "
            "to parents first and the SENCO may observe the pupil or carry out screening. Every "
            "teacher is told which adaptive teaching strategies help each pupil in lessons, "
            "and high-quality teaching in class is always the first response.</p>"
            "<h2>Checking progress</h2><p>Progress is assessed three times a year. For pupils "
            "on the SEND register the SENCO compares the results with their targets and "
            "shares them with parents at a termly meeting. Teachers use the results to plan "
            "the teaching strategies for the next term in every lesson, with teaching "
            "assistants.</p>"
            "<h2>Extra help</h2><p>Extra help is planned in three waves: high-quality teaching "
            "for all, small-group reading and maths programmes such as Lexia and Numicon, and "
            "one-to-one sessions planned with outside specialists for a few pupils.</p>"
            "<h2>Staff training</h2><p>Staff receive SEND training through the year. New "
            "teachers complete an induction module on adaptive teaching in lessons, and this "
            "year all staff were trained by the autism outreach team. The SENCO holds the "
            "national award for SEN co-ordination.</p>")
    decision = judged(page, "3c")
    assert decision.value == "partly"
    assert "the answer is only a line or two" in decision.parts.reasons


def test_kinds_of_need_said_to_be_in_the_policy_are_partly_whatever_else_names_needs() -> None:
    # The page says where the kinds of need are (the policy); the training answer names
    # autism, ADHD and dyslexia on the way, which is not the list of needs the school
    # provides for.
    page = ("<h1>SEN information report</h1><p>Ashby Park is an 11-16 school of 900 students. "
            "This report says how we put our SEND policy into practice. The kinds of special "
            "educational needs we provide for are set out in our SEND Policy, which can be "
            "found on the Policies page.</p>"
            f"<h2>Equipment and facilities</h2><p>{EQUIPMENT} {FACILITIES}</p>"
            "<h2>Staff training</h2><p>Staff receive SEND training through the year: this "
            "year all teachers were trained on autism, ADHD and dyslexia by the county's "
            "outreach team, and teaching assistants on speech and language needs.</p>")
    decision = judged(page, "1")
    assert decision.value == "partly"
    assert "the answer mostly points to another document or person" in decision.parts.reasons
    listed = page.replace(" are set out in our SEND Policy, which can be found on the Policies "
                          "page.", " include autism, ADHD, dyslexia and speech and language "
                          "needs.")
    assert judged(listed, "1").value == "in_place"
