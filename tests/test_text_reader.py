"""Plain text read as a page: headings, paragraphs and lists guessed, words unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from senreport.check import check, detect_form
from senreport.readers.text import looks_like_text, text_to_html

PAGE = """SEN Information Report

How does the school know if my child needs extra help?
Teachers check every child's progress each half term. If a child is falling behind, the SENCO
carries out further assessment and talks to parents about what it shows.

Who is our SENCO?
Our SENCO is Mrs Priya Shah. You can email her at senco@ashgrove.sch.uk or ring 01632 960321.

Responsible for:
• planning support with class teachers
• meeting parents each term
"""


def test_plain_text_is_recognised() -> None:
    assert looks_like_text(PAGE)
    assert detect_form(PAGE, "page.txt") == "text"
    assert detect_form(PAGE, "") == "text"
    assert detect_form("<p>Hello</p>", "") == "html"
    assert detect_form("kind: sen-report\n", "") == "yaml"


def test_headings_paragraphs_and_lists_are_guessed() -> None:
    html = text_to_html(PAGE)
    assert "<h1>SEN Information Report</h1>" in html
    assert "<h2>How does the school know if my child needs extra help?</h2>" in html
    assert "<h2>Who is our SENCO?</h2>" in html
    assert "<p>Responsible for:</p>" in html  # a lead-in, not a heading
    assert "<li>planning support with class teachers</li>" in html


def test_a_first_heading_after_prose_is_a_section_not_the_title() -> None:
    html = text_to_html("Most children have their needs met through good teaching in class, "
                        "which we call quality first teaching.\n\nEarly identification of need"
                        "\n\nWe look at every child's progress each term and talk with parents "
                        "about any concern.\n")
    assert "<h2>Early identification of need</h2>" in html


def test_glossary_lines_are_entries_not_headings() -> None:
    html = text_to_html("Useful words\n\nEP Educational Psychologist\n\nOT Occupational "
                        "Therapist\n\nCAMHS Child and Adolescent Mental Health Service, the "
                        "NHS team for young people's mental health\n\nSALT Speech and Language "
                        "Therapist\n")
    assert "<h2>" not in html and "<p>OT Occupational Therapist</p>" in html


def test_a_long_question_over_its_answer_is_a_heading() -> None:
    question = ("1. How does the school know if children need extra help and what should I do "
                "if I think my child may have special educational needs?")
    html = text_to_html(f"{question}\n\nTeachers check every child's progress each term, and "
                        "the SENCO assesses any child whose progress gives cause for concern, "
                        "with the parents.\n")
    assert f"<h1>{question}</h1>" in html


def test_short_lines_after_a_lead_in_are_a_list_not_headings() -> None:
    text = ("We meet needs in four areas:\n\nCommunication and Interaction\nCognition and "
            "Learning\nSocial, Emotional and Mental Health\nSensory and/or Physical\n\n"
            "Each class teacher plans work so that every child can take part and make "
            "progress, with help from the SENCO.\n")
    html = text_to_html(text)
    assert "<li>Sensory and/or Physical</li>" in html
    assert "<h" not in html.replace("<html", "")
    # Without the lead-in, a short line over longer text is still a heading.
    assert "<h1>Sensory and/or Physical</h1>" in text_to_html(
        text.split("\n\n", 2)[1].splitlines()[-1] + "\n" + text.split("\n\n", 2)[2])


def test_a_text_page_is_judged_like_the_same_page_in_html() -> None:
    result = check(PAGE, source="page.txt")
    assert result.coverage.value("4") == "in_place"
    assert result.facts.senco_email == "senco@ashgrove.sch.uk"
    assert result.coverage.value("2") == "in_place"


def test_the_cli_checks_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(PAGE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "senreport", "check", str(path), "--format",
                           "json"], capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr  # items are missing: errors
    assert '"4": "in_place"' in done.stdout


def test_a_plain_text_admissions_page_is_said_to_be_one() -> None:
    text = ("Admissions process for children with SEND\n\nPhoto of our school\n\nThe school "
            "admits children with SEND on the same terms as others; where a child has an EHC "
            "plan, the local authority consults us and names the school.\n")
    result = check(text, source="page.txt")
    assert result.coverage.other and "admissions" in result.coverage.other


def test_a_date_or_a_contacts_details_on_a_line_of_its_own_is_not_a_heading() -> None:
    page = text_to_html("SEND Information Report\n\nSeptember 2014\n\nSENCO: Mrs Sarah Powell  "
                        "SEN Governor: Mrs Pam Anderson\n\nOur school supports every child "
                        "with special educational needs through quality first teaching.\n")
    assert "<h1>September 2014</h1>" not in page and "<p>September 2014</p>" in page
    assert "<h2>SENCO" not in page and "<p>SENCO: Mrs Sarah Powell" in page


def test_a_title_with_a_colon_over_a_paragraph_heads_it_and_a_lead_in_does_not() -> None:
    prose = ("High quality first teaching and extra help are planned across the school each "
             "year, and every teacher is responsible for every child in their class.")
    assert "<h1>Whole School Approach:</h1>" in text_to_html(
        f"Whole School Approach:\n\n{prose}\n")
    led = text_to_html("Responsible for:\n\nChecking progress\n\nPlanning support\n\n"
                       "Meeting parents\n")
    assert "<h1>" not in led and "<h2>" not in led


def test_a_web_page_file_with_no_markup_at_all_is_read_as_text() -> None:
    from senreport.check import detect_form
    assert detect_form("Who is the SENCO?\nMrs Khan leads SEND in school.", "r.html") == "text"
    assert detect_form("---\nnot a report", "r.html") == "text"
    assert detect_form("Hello <b>there</b>", "r.html") == "html"
