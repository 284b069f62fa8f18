"""Facts that belong to someone else are never taken: a contact detail given for a support
service, admissions or another named person is not the SENCO's (the SENCO's own, or the
office's given for them, still is); the school's own "local offer" page and national
guidance are not the council's Local Offer."""

from datetime import date

import pytest

from senreport.check import check

TODAY = date(2026, 11, 23)


def _facts(body: str) -> dict:
    page = ("<html lang='en'><head><title>SEN Information Report</title></head><body><main>"
            f"<h1>SEN Information Report</h1>{body}</main></body></html>")
    return check(page, source="report.html", today=TODAY).facts.to_dict()


@pytest.mark.parametrize("body", [
    "<p>Our SENCO is Mrs Jane Hill. For impartial advice contact Wendshire SENDIASS on "
    "01632 960111 or advice@wendshire-iass.org.uk.</p>",
    "<p>Our SENCO is Mrs Jane Hill. Admissions queries go to our admissions officer, "
    "Mrs Ada Lowe, admissions@oak.sch.uk, 01632 960222.</p>",
    "<p>Our SENCO is Mrs Jane Hill. If you have any concerns please contact the headteacher, "
    "Mr Tom Brown, on head@oak.sch.uk or 01632 960333.</p>",
    "<p>Our SENCO is Mrs Jane Hill and our deputy headteacher is Mr Tom Brown "
    "(t.brown@oak.sch.uk).</p>",
    # the first point of contact is the tutor (or head of year), on the school's number
    "<p>If your child is already at the school, talk to their tutor first. School phone "
    "number 01632 960444, option 3.</p><p>SENCO: Mrs Jane Hill</p>",
    "<p>Please speak to your child's Head of Year on 01632 960555.</p><p>Our SENCO is Mrs "
    "Jane Hill.</p>",
])
def test_someone_elses_contact_is_not_the_sencos(body: str) -> None:
    facts = _facts(body)
    assert facts["senco_name"] == "Jane Hill"
    assert facts["senco_email"] is None and facts["senco_phone"] is None


@pytest.mark.parametrize(("body", "email", "phone"), [
    ("<p>Our SENCO is Mrs Jane Hill. You can contact her on 01632 960000 or "
     "j.hill@oak.sch.uk.</p>", "j.hill@oak.sch.uk", "01632 960000"),
    ("<p>SENCO: Mrs Jane Hill, Assistant Headteacher, 01632 960123, jhill@oak.sch.uk</p>",
     "jhill@oak.sch.uk", "01632 960123"),
    ("<p>Contact the SENCO, Mrs Jane Hill, through the school office: 01632 960000.</p>",
     None, "01632 960000"),
    ("<p>Mrs Jane Hill (SENCO) and Mr Tom Brown (Deputy SENCO) can be contacted on "
     "01632 960555.</p>", None, "01632 960555"),
    ("<p>Our SENCO, Mrs Jane Hill, works with the Local Authority's advisory teachers. "
     "Email her at j.hill@oak.sch.uk.</p>", "j.hill@oak.sch.uk", None),
])
def test_the_sencos_own_contact_is_still_found(body: str, email: str | None,
                                              phone: str | None) -> None:
    facts = _facts(body)
    assert (facts["senco_email"], facts["senco_phone"]) == (email, phone)


@pytest.mark.parametrize("body", [
    "<p>Read <a href='/our-local-offer'>our school's local offer</a>.</p>",
    "<p>The <a href='https://www.gov.uk/government/publications/send-code-of-practice-0-to-25'>"
    "SEND Code of Practice</a> explains what the Local Offer must contain.</p>",
])
def test_a_link_that_is_not_the_councils_local_offer_is_not_taken_for_it(body: str) -> None:
    assert _facts(body)["local_offer_url"] is None


def test_the_councils_local_offer_is_taken_beside_national_guidance() -> None:
    body = ("<p>The <a href='https://www.gov.uk/children-with-special-educational-needs'>"
            "GOV.UK guide</a> explains the Local Offer; ours is the <a href="
            "'https://www.wendshire.gov.uk/send-local-offer'>Wendshire Local Offer</a>.</p>")
    assert _facts(body)["local_offer_url"] == "https://www.wendshire.gov.uk/send-local-offer"


@pytest.mark.parametrize("body", [
    "<p>Our Accessibility Plan (reviewed March 2024) is on the policies page.</p>",
    "<p>Our SEND Policy was last reviewed in May 2024.</p>",
])
def test_another_documents_review_date_is_not_the_reports(body: str) -> None:
    assert _facts(body)["reviewed"] is None


def test_the_report_reviewed_with_its_policy_keeps_the_date() -> None:
    body = "<p>This report and our SEND Policy were reviewed in September 2025.</p>"
    assert _facts(body)["reviewed"] == "2025-09-01"


@pytest.mark.parametrize("body", [
    "<p>In Year 6 we meet the SENCO of the secondary school, Mr Ray Dunn, to plan the move.</p>",
    "<p>Our educational psychologist, Dr Sam Ellis, visits each term and works with the "
    "SENCO.</p>",
])
def test_someone_named_beside_the_role_is_not_the_senco(body: str) -> None:
    assert _facts(body)["senco_name"] is None


@pytest.mark.parametrize("body", [
    "<p>The Special Educational Needs Co-ordinator (SENCO) is:</p><ul><li>Jane Hill</li></ul>",
    "<p>Our SENCO is:</p><p>Mrs Jane Hill</p>",
    "<p>SENCO –</p><p>Jane Hill</p>",
])
def test_a_name_on_the_line_under_the_role_is_the_sencos(body: str) -> None:
    assert _facts(body)["senco_name"] in ("Jane Hill", "Mrs Jane Hill")


def test_a_long_list_between_the_senco_and_the_number_is_one_paragraph() -> None:
    training = "".join(f"<li>{topic}</li>" for topic in (
        "Autism", "Dyslexia", "Attachment", "Self-harm", "Mindfulness", "Lego therapy",
        "Motor skills", "Precision teaching", "Shape coding", "Clicker", "Lexia", "Nurture",
        "Restorative practice", "Drawing and talking", "Sensory circuits", "Makaton"))
    body = ("<h2>Who should I contact about my child's needs?</h2><p>Mrs Jane Hill is our "
            "SENCO.</p><p>Mr Tom Reed leads our nurture groups.</p><p>Our SEND "
            f"team have had training in:</p><ul>{training}</ul><p>Staff can be contacted on the "
            "school number: 01632 960321.</p>")
    assert _facts(body)["senco_phone"] == "01632 960321"


def test_a_number_in_a_header_strip_above_the_report_is_not_the_sencos() -> None:
    text = ("Phone: 01632 960999 | Email:\n\nOur school motto\n\nSEND Information Report\n\n"
            "SENCO\n\nResponsible for:\n• coordinating the support for children with SEND\n"
            "• meeting parents each term to review their child's plan\n")
    assert check(text, source="page.txt", today=TODAY).facts.senco_phone is None


@pytest.mark.parametrize("body", [
    "<table><tr><td>Headteacher</td><td>Mr Tom Brown</td></tr><tr><td>SENCO</td>"
    "<td>Mrs Jane Hill</td></tr></table>",
    "<p>Headteacher: Mr Tom Brown</p><p>SENCO:</p><p>Mrs Jane Hill</p>",
])
def test_the_name_beside_the_role_in_a_table_or_on_the_next_line_is_the_sencos(
        body: str) -> None:
    assert _facts(body)["senco_name"] in ("Jane Hill", "Mrs Jane Hill")


def test_the_special_needs_co_ordinator_is_the_senco() -> None:
    body = "<p>The Special Needs Co-ordinator is:</p><p>Jan West. Contact the school office.</p>"
    assert _facts(body)["senco_name"] == "Jan West"


@pytest.mark.parametrize("under, expected", [
    ("<p>September 2017</p>", "2017-09-01"),
    ("<p>Review - October 2016</p>", "2016-10-01"),
    ("<p>20/04/18</p>", "2018-04-20"),
    # a term: its first month, as the labels' convention has it (autumn 09, spring 01,
    # summer 04); two blind writers dated reports so
    ("<p>Summer Term 2025</p>", "2025-04-01"),
])
def test_a_date_alone_under_the_reports_title_is_when_it_was_written(
        under: str, expected: str) -> None:
    page = ("<html lang='en'><head><title>SEN</title></head><body><main><h1>SEND Information "
            f"Report</h1>{under}<p>At our school we support every child to learn.</p>"
            "</main></body></html>")
    assert str(check(page, source="r.html", today=TODAY).facts.reviewed) == expected
    if "Review" not in under:  # lower down the page, a date alone says nothing
        later = page.replace(under, "<p>We support every child.</p>" + under)
        assert check(later, source="r.html", today=TODAY).facts.reviewed is None


@pytest.mark.parametrize("under", ["<p>2023 - 2024</p>"])
def test_a_school_year_under_the_title_names_the_edition_not_a_date(under: str) -> None:
    page = ("<html lang='en'><head><title>SEN</title></head><body><main><h1>SEND Information "
            f"Report</h1>{under}<p>At our school we support every child to learn.</p>"
            "</main></body></html>")
    assert check(page, source="r.html", today=TODAY).facts.reviewed is None


@pytest.mark.parametrize("body, field, expected", [
    ("<p>Our SENCO is Mr Tomasz Wiśniewski (tw@oak.sch.uk).</p>", "senco_name",
     "Tomasz Wiśniewski"),
    ("<p>Email: senco [at] oak [dot] sch [dot] uk. She is in school every day.</p>",
     "senco_email", "senco@oak.sch.uk"),
    ("<p>Our two SENCOs are Mrs Ann Lee (primary) and Mr Ben Ray (secondary). Both can be "
     "contacted on 01632 960444.</p>", "senco_phone", "01632 960444"),
])
def test_names_addresses_and_shared_numbers_as_schools_write_them(
        body: str, field: str, expected: str) -> None:
    assert _facts(body)[field] == expected


def test_a_report_date_after_a_sentence_about_the_regulations_is_the_reports() -> None:
    body = ("<p>This report answers the questions in the SEND Regulations 2014. Date of this "
            "report: March 2026; next review: March 2027.</p>")
    assert _facts(body)["reviewed"] == "2026-03-01"


@pytest.mark.parametrize(("body", "name"), [
    ("<p>If you have any questions, please contact Priya Marsh at senco@oak.sch.uk via the "
     "school office.</p>", "Priya Marsh"),
    ("<p>Questions about this report: Tom Reed (senco@oak.sch.uk).</p>", "Tom Reed"),
    # the headteacher's name before the SENCO's mailbox is still hers
    ("<p>Please contact our headteacher, Mrs Jane Bell, at senco@oak.sch.uk.</p>", None),
    ("<p>Please contact the school office at senco@oak.sch.uk.</p>", None),
])
def test_a_name_given_just_before_the_sencos_mailbox_is_the_sencos(body: str,
                                                                    name: str | None) -> None:
    facts = _facts(body)
    assert facts["senco_name"] == name
    assert facts["senco_email"] == "senco@oak.sch.uk"


@pytest.mark.parametrize("body", [
    "<p>Your key person will have talked to Amie Ford, the nursery Special Educational Needs "
    "Coordinator (SENCO).</p>",
    "<ul><li><p>Special Educational Needs Co-ordinator (SENDCo)</p><p>Amie Ford</p></li></ul>",
])
def test_the_senco_named_after_the_nursery_or_under_a_bracketed_role(body: str) -> None:
    assert _facts(body)["senco_name"] == "Amie Ford"


def test_a_councils_address_written_without_www_is_its_local_offer() -> None:
    facts = _facts("<p>You can find more about the Local Authority's offer at "
                   "send.wendshire.gov.uk.</p>")
    assert facts["local_offer_url"] == "https://send.wendshire.gov.uk"


def test_a_local_offer_link_in_the_footer_is_the_sites_not_the_reports() -> None:
    page = ("<html lang='en'><head><title>SEN Information Report</title></head><body>"
            "<div id='content'><h1>SEN Information Report</h1><p>Our places are commissioned "
            "by the council in line with its Local Offer.</p></div>"
            "<div id='footer'><p>Useful links: <a href='https://localoffer.wendshire.gov.uk'>"
            "Wendshire Local Offer</a></p></div></body></html>")
    result = check(page, source="report.html", today=TODAY)
    assert result.facts.local_offer_url is None
    assert result.coverage.value("13") != "in_place"


def test_the_name_under_a_label_line_under_the_role_is_the_sencos() -> None:
    # a form laid out one line each: "SEN Coordinator", "Name", "Miss Jo Hibbs"
    facts = _facts("<p>SEN Coordinator</p><p>Name</p><p>Miss Jo Hibbs</p><p>Contact details</p>"
                   "<p>jhibbs@oak.sch.uk</p>")
    assert facts["senco_name"] == "Jo Hibbs" and facts["senco_email"] == "jhibbs@oak.sch.uk"
    text = check("SEN Information Report\n\nSEN Coordinator\n\nName\n\nMiss Jo Hibbs\n\n"
                 "Contact details\n\njhibbs@oak.sch.uk\n", source="report.txt", today=TODAY)
    assert text.facts.senco_name == "Jo Hibbs"


@pytest.mark.parametrize("body, expected", [
    # a name with the role after a comma is that line's own; the next line's name is not
    ("<figure><figcaption>Mrs Amy Lowe, SENDCo</figcaption></figure><figure><figcaption>"
     "Mr Ben Ray, SEND Governor</figcaption></figure>", "Amy Lowe"),
    ("<p>Mrs Amy Lowe (SENDCo)</p><p>Mr Ben Ray, SEND Governor</p>", "Amy Lowe"),
    # her other job between commas
    ("<p>Ms Grant, Deputy Head, is our SENCO.</p>", "Grant"),
    ("<p>Mrs Jo Grant, our Deputy Headteacher, is the SENCO.</p>", "Jo Grant"),
])
def test_the_senco_named_with_another_job_or_above_someone_elses_line(
        body: str, expected: str) -> None:
    assert _facts(body)["senco_name"] == expected


def test_a_link_in_a_paragraph_read_line_by_line_belongs_to_its_own_line() -> None:
    body = ("<p>If you are worried, speak to the SENCO.</p><p><strong>Support for parents"
            "</strong><br>Ayton SENDIASS gives free advice: e-mail <a href='mailto:advice@"
            "ayton-iass.org.uk'>advice@ayton-iass.org.uk</a>.</p>")
    assert _facts(body)["senco_email"] is None
