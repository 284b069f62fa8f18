"""A list of abbreviations, with or without a heading, answers no item; the kinds of need
written one to a line are a list of them; a mainstream school's base for one need names one
kind of need, not the kinds it provides for."""

import pytest

from senreport.check import check
from senreport.glossary_lines import glossary_entries, is_entry

ENTRIES = ["SALT Speech and Language Therapist", "EP – Educational Psychologist",
           "CAMHS: Child and Adolescent Mental Health Services", "OT Occupational Therapy",
           "EHCP Education, Health and Care Plan"]


def _page(body: str) -> str:
    return ("<html lang='en'><head><title>SEN information report</title></head><body><main>"
            "<h1>SEN information report</h1>" + body + "</main></body></html>")


def test_an_entry_is_an_abbreviation_and_what_it_stands_for() -> None:
    assert all(is_entry(text) for text in ENTRIES)
    assert not is_entry("CAMHS visit the school every term to see pupils referred by the "
                        "SENCO and to talk with their parents about what they found.")
    assert not is_entry("PE lessons are adapted for every pupil.")
    assert not is_entry("SENCO Mrs Patel is in school on Mondays.")
    assert not is_entry("Cognition and Learning")


def test_only_runs_of_entries_make_a_glossary() -> None:
    texts = ["We work with many services.", *ENTRIES[:2], "Our speech therapist visits.",
             ENTRIES[2], "Parents are welcome at every review.", "So are pupils."]
    assert glossary_entries(texts) == {1, 2, 4}
    assert glossary_entries(ENTRIES[:2]) == set()


def test_a_glossary_without_a_heading_does_not_put_services_partly_in_place() -> None:
    glossary = "".join(f"<p>{entry}</p>" for entry in ENTRIES)
    result = check(_page("<h2>Useful words</h2>" + glossary), source="r.html")
    assert result.coverage.items["10"].value == "not_in_place"
    services = ("<h2>Working with other services</h2><p>Our speech and language therapist "
                "visits each week, and the educational psychologist sees pupils the SENCO "
                "refers, after talking with their parents. We also work with the school nurse "
                "and the children's mental health service, and we tell families about support "
                "groups for parents, such as the local autism group.</p>")
    assert check(_page(services + glossary), source="r.html").coverage.items[
        "10"].value != "not_in_place"


def test_a_glossarys_terms_in_a_definition_list_answer_nothing() -> None:
    glossary = ("<h2>Glossary</h2><p>Some words we use:</p><dl><dt>Graduated approach</dt><dd>The "
                "cycle of assess, plan, do and review that schools follow for pupils with "
                "SEN.</dd><dt>EP</dt><dd>Educational psychologist.</dd><dt>Annual review</dt>"
                "<dd>The meeting held at least once a year to review an EHC plan: the child, their "
                "parents, the school and other professionals look at the progress made towards "
                "its outcomes and agree any changes to the plan or the support.</dd>"
                "</dl>")
    progress = "<h2>How do you check my child's progress?</h2><p>Progress is reviewed.</p>"
    result = check(_page(progress + glossary), source="r.html")
    assert result.coverage.items["3b"].value == "partly"  # one line; the glossary adds nothing


def test_the_four_areas_one_to_a_line_list_the_kinds_of_need() -> None:
    areas = ("<p>We support pupils with needs in these areas:</p><p>Communication and "
             "interaction</p><p>Cognition and learning</p><p>Social, emotional and mental "
             "health</p><p>Sensory and/or physical needs</p>")
    assert check(_page(areas), source="r.html").coverage.items["1"].value == "in_place"
    one = "<p>Some of our pupils have needs in communication and interaction.</p>"
    assert check(_page(one), source="r.html").coverage.items["1"].value != "in_place"


def test_a_base_for_one_need_names_one_kind_unless_the_school_is_special() -> None:
    base = ("<p>Our school has a resource base which supports children with communication "
            "and interaction needs, with its own teacher and two teaching assistants.</p>")
    mainstream = check(_page(base), source="r.html", school_type="mainstream")
    assert mainstream.coverage.items["1"].value != "in_place"
    special = check(_page(base.replace("Our school has a resource base which supports",
                                       "We are a special school for")),
                    source="r.html", school_type="special")
    assert special.coverage.items["1"].value == "in_place"


QUESTIONS = ["What should I do if I think my child has special educational needs?",
             "What training do staff have?", "How will my child be included in school trips?",
             "What can I do if I am unhappy with the support my child gets?"]


def test_a_list_of_the_questions_a_report_answers_answers_none_of_them() -> None:
    contents = "<ol>" + "".join(f"<li>{q}</li>" for q in QUESTIONS) + "<li>Glossary</li></ol>"
    result = check(_page(contents), source="r.html")
    assert {result.coverage.value(i) for i in ("3f", "5", "9")} == {"not_in_place"}
    answered = contents + ("<h2>What can I do if I am unhappy?</h2><p>Talk to the class teacher "
                           "first, then the SENCO. If you are still unhappy, write to the "
                           "headteacher, and then to the chair of governors, who will reply "
                           "within ten school days under our complaints procedure.</p>")
    assert check(_page(answered), source="r.html").coverage.value("9") == "in_place"


def test_questions_one_after_another_in_plain_text_are_a_list_of_contents() -> None:
    from senreport.readers.text import text_to_html

    html = text_to_html("SEN Information Report\n\n" + "\n\n".join(QUESTIONS) + "\n")
    assert html.count("<li>") == len(QUESTIONS)
    assert "<h2>" not in html


def test_a_list_of_the_send_team_names_jobs_and_answers_nothing() -> None:
    from senreport.glossary_lines import is_roll_entry

    team = ["Clare Hill: SENDCo and Inclusion Leader", "Amy Lowe: School Counsellor",
            "Tom Reed: Family Support Worker", "Mrs Jo Patel – Pastoral Lead"]
    assert all(is_roll_entry(line) for line in team)
    assert not is_roll_entry("Class Teacher: Responsible for checking progress")
    result = check(_page("".join(f"<p>{line}</p>" for line in team)), source="r.html")
    assert result.coverage.value("3g") == "not_in_place"
    assert result.facts.senco_name == "Clare Hill"  # the SENCO's name is still read


def test_the_four_areas_given_only_as_the_codes_are_partly() -> None:
    defined = ("<p>Since 2014 the Code of Practice has set out four broad areas of need. The "
               "four broad areas of need are communication and interaction, cognition and "
               "learning, social, emotional and mental health, and sensory and/or physical "
               "needs.</p>")
    item = check(_page(defined), source="r.html").coverage.items["1"]
    assert item.value == "partly"
    assert "not the needs the school provides for" in item.parts.reasons[0]
    own = defined.replace("</p>", " We provide for pupils with needs in all four areas.</p>")
    assert check(_page(own), source="r.html").coverage.value("1") == "in_place"


def test_a_list_of_the_schools_policies_is_not_how_to_complain() -> None:
    from senreport.coverage.contents import without_document_lists

    listed = ("You can read our SEND Policy, Accessibility Plan, Behaviour Policy, Complaints "
              "Policy and Safeguarding Policy on the Policies page.")
    own = "If you are unhappy, talk to the SENCO first."
    assert without_document_lists([listed + " " + own]) == [own]
    result = check(_page(f"<p>{listed}</p>"), source="r.html")
    assert result.coverage.value("9") == "not_in_place"


@pytest.mark.parametrize("listed", [
    "Our SEND, Equality, Complaints and Intimate Care policies are on the Policies page.",
    "Our policies (SEN, Accessibility, Complaints and Anti-bullying) are all on the website.",
    "Related policies: SEND, Accessibility, Complaints, Supporting Pupils with Medical "
    "Conditions.",
    "Copies of our policies, including SEND, Complaints and Safeguarding, are kept in the hall.",
    "Our policies on behaviour, complaints, safeguarding and medicines are on the website.",
])
def test_names_sharing_one_plural_are_a_list_of_documents_too(listed: str) -> None:
    from senreport.coverage.contents import without_document_lists

    own = "Our policies are on the website, and you can ask for paper copies."
    assert without_document_lists([listed + " " + own]) == [own]
    assert check(_page(f"<p>{listed}</p>"), source="r.html").coverage.value("9") == (
        "not_in_place")


def test_a_list_entry_that_only_links_to_a_document_answers_nothing() -> None:
    links = ("<h2>Our SEND documents</h2><ul><li><a href='/send.pdf'>SEND Policy</a> "
             "(PDF, 288 KB)</li><li><a href='/ap.pdf'>Accessibility Plan 2024-2027</a> "
             "(PDF, 190 KB)</li></ul>")
    assert check(_page(links), source="r.html").coverage.value("3d") == "not_in_place"
    # an entry that says something of its own beside the link is read as usual
    said = links.replace("(PDF, 190 KB)", "sets out the ramps, the lift and the accessible "
                         "toilet we have added, and the visual timetables in every class")
    assert check(_page(said), source="r.html").coverage.value("3d") != "not_in_place"


def test_a_long_list_of_questions_with_stray_stops_and_notes_is_a_contents_list() -> None:
    from senreport.coverage.contents import contents_entries

    questions = [f"{n}. How will the school help with question {n}?." for n in range(1, 15)]
    entries = [*questions, "15. What is available for my family? (Local Offer)",
               "16. Supporting Documents"]
    page = _page("<ul>" + "".join(f"<li>{e}</li>" for e in entries) + "</ul>")
    document = check(page, source="r.html").document
    part = next(p for p in document.parts if any(b.tag == "li" for b in p.blocks))
    assert len(contents_entries(part.blocks)) == 16


def test_types_of_sen_asks_what_kinds_of_sen() -> None:
    from senreport.coverage.matcher import matcher

    owners = matcher("sen-report").owners
    assert set(owners("What types of SEND are provided for?")) == {"1"}
    assert "1" in owners("Types of SEN")
