"""Facts read from SEN Information Reports: the SENCO, contacts, the Local Offer, review dates."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from senreport.dates import find_dates, labelled_dates
from senreport.document import parse_html
from senreport.facts import Facts, extract_facts
from senreport.facts.senco import TITLE, titles_in


def facts(markup: str) -> Facts:
    return extract_facts(parse_html(markup))


# --- the SENCO's name ----------------------------------------------------------------------------

@pytest.mark.parametrize(("markup", "name"), [
    ("<p>Our SENCO is Mrs J Patel.</p>", "J Patel"),
    ("<p>SENCO: Mr Tom Reed (NASENCO)</p>", "Tom Reed"),
    ("<p>Mrs Patel is our SENDCo and works in school every day.</p>", "Patel"),
    ("<p>If you are worried, contact Miss Amy Lowe, Inclusion Lead, on 01632 960123.</p>",
     "Amy Lowe"),
    ("<p>The school's SENCo is Mrs Ayesha Khan.</p>", "Ayesha Khan"),
    ("<p>Our SEN Co-ordinator, Ms Rebecca Lyle, leads a team of six.</p>", "Rebecca Lyle"),
    ("<p>Our Special Educational Needs Co-ordinator (SENCO) is <strong>Ms Priya Natarajan"
     "</strong>.</p>", "Priya Natarajan"),
    ("<p>The Head of Inclusion is Dr Sam Okoro.</p>", "Sam Okoro"),
    ("<p>Our Special Education Needs Co-ordinator is: Kate Poynter, Assistant Headteacher</p>",
     "Kate Poynter"),
    ("<p>Our SENDCos are:</p><p>Melanie Lucombe and Julia Williamson</p>", "Melanie Lucombe"),
    ("<p>The Coordinator for Special Educational Needs and Disabilities (SEND) at the "
     "federation is Mrs Emma Taylor.</p>", "Emma Taylor"),
    ("<p>Hello, I'm Ruth Adeyemi-Clarke and I have been the SENCO here since 2021.</p>",
     "Ruth Adeyemi-Clarke"),
    ("<p>I'm Marcus Oyelaran-Hale, our SENDCo, and I lead learning support.</p>",
     "Marcus Oyelaran-Hale"),
    ("<p>Inclusion Manager &ndash; Mr. A. J. Bell</p>", "A. J. Bell"),
    ("<p>Our Learning Support Manager is Jane Doe.</p>", "Jane Doe"),
    ("<p>Mrs Anne de Souza (Deputy Head and SENCO) leads our provision.</p>",
     "Anne de Souza"),
    ("<p>Mr O'Brien, who is our SENCo, meets parents each term.</p>", "O'Brien"),
    ("<p>The SENCO at Oakfield Primary is Mrs Smith-Jones.</p>", "Smith-Jones"),
    # the role said the other way round, in brackets after the name
    ("<p>The Inclusion Team consists of:</p><p>Mrs Miranda Forbes (Leader for Inclusion)</p>"
     "<p>Mrs Tina Humphrey (SEN TA)</p>", "Miranda Forbes"),
    # a hyphen straight after the role, then a space
    ("<ul><li>Headteacher- Mr J. Smith</li><li>Assistant Head Teacher and SENDCo- Mrs K. "
     "Brewis</li></ul>", "K. Brewis"),
], ids=lambda value: value[:40] if isinstance(value, str) else None)
def test_senco_name_in_running_text(markup: str, name: str) -> None:
    assert facts(markup).senco_name == name


def test_senco_name_from_table_row() -> None:
    markup = """<table>
      <tr><th>Role</th><th>Name</th><th>Email</th></tr>
      <tr><td>Headteacher</td><td>Mr David Smith</td><td>head@oak.sch.uk</td></tr>
      <tr><td>SENCO</td><td>Mrs Patel</td><td>senco@oak.sch.uk</td></tr>
    </table>"""
    found = facts(markup)
    assert found.senco_name == "Patel"
    assert found.senco_email == "senco@oak.sch.uk"


def test_senco_name_not_the_school_signed_after_the_role() -> None:
    # A letter signed "Mrs Helen Okafor / SENCo, St Aldhelm's CE Primary School": the name
    # after the role is the school's, not a person's.
    markup = """<p>Please do get in touch if anything is unclear.</p>
    <p>Mrs Helen Okafor<br>SENCo, St Aldhelm's CE Primary School<br>
    Email: <a href="mailto:h.okafor@staldhelms.sch.uk">h.okafor@staldhelms.sch.uk</a></p>"""
    assert facts(markup).senco_name == "Helen Okafor"
    assert facts("<p>Our SENCO is Mrs Jo St Clair.</p>").senco_name == "Jo St Clair"


def test_senco_name_from_table_with_name_first() -> None:
    markup = """<table><tr><th>Name</th><th>Role</th></tr>
      <tr><td>Mr David Smith</td><td>Headteacher</td></tr>
      <tr><td>Mrs Ruth Ellis</td><td>SENDCo</td></tr></table>"""
    assert facts(markup).senco_name == "Ruth Ellis"


def test_senco_from_contact_card() -> None:
    markup = """<div class="card"><h3>Mrs Ayesha Khan</h3><p>SENDCo</p>
      <p><a href="mailto:a.khan@oak.sch.uk">Email Mrs Khan</a></p>
      <p><a href="tel:+441632960123">Call</a></p></div>"""
    found = facts(markup)
    assert (found.senco_name, found.senco_email, found.senco_phone) == (
        "Ayesha Khan", "a.khan@oak.sch.uk", "+441632960123")


def test_senco_under_bold_pseudo_heading() -> None:
    markup = ("<p><strong>Our SENCO</strong></p><p>Mrs Ayesha Khan</p>"
              "<p>Tel: 07700 900123</p><p><strong>Our headteacher</strong></p><p>Mr Bell</p>")
    found = facts(markup)
    assert found.senco_name == "Ayesha Khan"
    assert found.senco_phone == "07700 900123"


def test_senco_under_heading_with_name_in_next_paragraph() -> None:
    markup = ("<h2>Who is the SENCO?</h2><p>We are proud of our team.</p>"
              "<p>Mrs Lucy Grant leads SEN support and teaches in Year 4.</p>")
    assert facts(markup).senco_name == "Lucy Grant"


def test_a_fuller_mention_of_the_same_person_wins() -> None:
    markup = ("<p>Talk to our SENCo, Mr Whitcombe, about any worry.</p>"
              "<p><strong>Mr Tom Whitcombe</strong>, SENCo<br>"
              "Email: <a href='mailto:t.whitcombe@st.sch.uk'>t.whitcombe@st.sch.uk</a></p>")
    found = facts(markup)
    assert found.senco_name == "Tom Whitcombe"
    assert found.senco_email == "t.whitcombe@st.sch.uk"


def test_assistant_senco_is_not_the_senco() -> None:
    markup = "<p>Our Assistant SENCO is Mrs Brown and our SENCO is Mr Green.</p>"
    assert facts(markup).senco_name == "Green"


def test_other_staff_in_the_same_sentence_are_not_taken() -> None:
    markup = ("<p>Headteacher: Mr David Smith. SENCO: Mrs Jo Kettering.</p>"
              "<p>Our SEND governor, Mrs Anne Lacey, meets the SENCO each term.</p>")
    assert facts(markup).senco_name == "Jo Kettering"


def test_someone_elses_senco_and_a_nearby_headteacher_are_not_taken() -> None:
    assert facts("<p>The Trust SENCO, Dr Helen Ward, supports our SENCO, Mr Lee.</p>"
                 ).senco_name == "Lee"
    markup = ("<p>Please talk to the class teacher or the SENCo first. If you are still "
              "concerned, contact the headteacher, Mr Alan Fairbrother.</p>")
    assert facts(markup).senco_name is None


def test_the_senco_given_with_another_job_on_the_line_after_the_headteacher() -> None:
    markup = ("<p>Headteacher: Mr Gareth Penhale<br>Our SENCO is Deputy Headteacher Lorna "
              "Achebe, who leads EHC plan reviews.<br>SEND governor: Mrs Ruth Okafor</p>")
    assert facts(markup).senco_name == "Lorna Achebe"
    # A name given as a caption over "Our SENCO" is still hers.
    assert facts("<p>Mrs Jo Carr<br>Our SENCO</p>").senco_name == "Jo Carr"


def test_a_number_given_in_a_long_sentence_about_someone_else_is_theirs() -> None:
    markup = ("<p>You can email Mrs Thwaite at senco@marks.sch.uk. Emails are read first by our "
              "SEN administrator, Mrs Jo Pennick, who books meetings. Mrs Pennick works Monday "
              "to Wednesday and can be reached about appointments at "
              "j.pennick@stmarks-hollinsford.sch.uk or on 01632 960539. To speak to Mrs Thwaite "
              "herself, ring the school office on 01632 960538 and ask for her.</p>")
    found = facts(markup)
    assert (found.senco_email, found.senco_phone) == ("senco@marks.sch.uk", "01632 960538")
    markup = ("<p>Our SENCO is Mrs Ruth Obi. Questions about support plans should go to Ruth by "
              "email. For help at home, Callum runs our family support service and you can "
              "ring him directly on 01632 960487.</p>")
    assert facts(markup).senco_phone is None


def test_a_number_for_reporting_absence_is_not_the_sencos() -> None:
    markup = ("<h2>Contact the SENDCo</h2><p>Our SENDCo is <strong>Mrs Imogen Tull</strong>. "
              "The best way to reach the SEND team is by email: sendco@ashby.example.org. To "
              "report an absence, ring Student Reception on 01632 960812.</p>")
    found = facts(markup)
    assert (found.senco_email, found.senco_phone) == ("sendco@ashby.example.org", None)


def test_a_number_on_another_persons_row_of_a_contacts_table_is_theirs() -> None:
    markup = """<h2>Key contacts</h2><table>
      <tr><th>Role</th><th>Name</th><th>Contact</th></tr>
      <tr><td>Deputy Headteacher and SENCO</td><td>Mr Gareth Pryce</td>
          <td>g.pryce@fern.example.sch.uk</td></tr>
      <tr><td>Family Liaison Officer</td><td>Ms Tamsin Hale</td><td>01632 960640</td></tr>
    </table>"""
    found = facts(markup)
    assert (found.senco_name, found.senco_email, found.senco_phone) == (
        "Gareth Pryce", "g.pryce@fern.example.sch.uk", None)
    # ... while a row of the SENCO's own details is hers, and so is a row without a name.
    markup = """<table>
      <tr><td>SENCO</td><td>Mrs Ada Kent</td></tr>
      <tr><td>Telephone</td><td>01632 960641</td></tr>
    </table>"""
    assert facts(markup).senco_phone == "01632 960641"


def test_a_trusts_director_of_send_is_not_the_schools_senco() -> None:
    markup = ("<p>The Trust Director of SEND and Inclusion, Dr Mariam Ostrowska, carries out a "
              "SEND review in every school each year.</p><p>For questions about SEND across the "
              "trust, please contact Dr Mariam Ostrowska, Trust Director of SEND and Inclusion."
              "</p>")
    assert facts(markup).senco_name is None


def test_the_head_of_a_centre_or_the_leader_of_another_team_is_not_the_senco() -> None:
    markup = ("<p>Please speak to your child's key worker or the SENCO first. If you are "
              "still unhappy, write to the Head of Centre, Mrs Ama Boateng.</p>")
    assert facts(markup).senco_name is None
    markup = ("<p>The SENCO joins multi-agency meetings. Our outreach team, led by Mr Tom "
              "Reyes (outreach@dale.org.uk), also works with mainstream schools.</p>")
    found = facts(markup)
    assert (found.senco_name, found.senco_email) == (None, None)
    # The SEN team's own leader still is: "Our SEN team, led by Mrs Carr, ..."
    assert facts("<p>The SENCO and our SEN team, led by Mrs Jo Carr, plan support.</p>"
                 ).senco_name == "Jo Carr"


def test_the_next_role_in_a_list_of_a_teams_roles_is_not_the_senco() -> None:
    # "The team consists of: -SENCo -Attendance HLTA": a list of jobs names no one.
    markup = ("<p>Our Inclusion Team is led by Rachel Bird. The team consists of:</p><ul>"
              "<li>Designated Safeguarding Lead</li><li>SENCo</li><li>Attendance HLTA</li>"
              "<li>Interventions HLTA</li></ul>")
    assert facts(markup).senco_name is None


def test_a_local_offer_address_broken_after_a_slash_at_the_end_is_joined() -> None:
    found = facts("<p>The Local Offer lists local services. It can be found at "
                  "www.dale.gov.uk/<br>sendlocaloffer</p>")
    assert found.local_offer_url == "https://www.dale.gov.uk/sendlocaloffer"
    found = facts("<p>The Local Offer lists local services at www.dale.gov.uk/send/ for "
                  "families of children with SEND.</p>")
    assert found.local_offer_url == "https://www.dale.gov.uk/send/"


def test_role_word_in_an_email_address_is_not_a_mention() -> None:
    found = facts("<p>Write to senco@oak.sch.uk, Mrs Patel will reply.</p>")
    assert found.senco_name is None
    assert found.senco_email == "senco@oak.sch.uk"


def test_no_senco_in_document() -> None:
    markup = ("<h1>School lunches</h1><p>Our cook, Mrs Jane Bell, makes a hot meal daily.</p>"
              "<p>Questions? Email office@oak.sch.uk or call 01632 960000.</p>")
    found = facts(markup)
    assert (found.senco_name, found.senco_email, found.senco_phone) == (None, None, None)


def test_senco_mentioned_without_a_name() -> None:
    found = facts("<p>The SENCO is a qualified teacher. Email senco@oak.sch.uk.</p>")
    assert found.senco_name is None
    assert found.senco_email == "senco@oak.sch.uk"


# --- email addresses ----------------------------------------------------------------------------

@pytest.mark.parametrize(("markup", "email"), [
    ("<p>Our SENCO is Mrs Patel (senco@oak.sch.uk).</p>", "senco@oak.sch.uk"),
    ('<p>Our SENCO is Mrs Patel. <a href="mailto:J.Patel@oak.sch.uk?subject=SEN%20query">Email'
     ' her</a>.</p>', "J.Patel@oak.sch.uk"),
    ('<p>Our SENCO is Mrs Patel: <a href="mailto:senco%40oak.sch.uk">email</a></p>',
     "senco@oak.sch.uk"),
    ("<p>Our SENCO is Mrs Patel: j.patel [at] oak [dot] sch [dot] uk</p>", "j.patel@oak.sch.uk"),
    ("<p>Our SENCO is Mrs Patel: senco (at) oak.sch.uk</p>", "senco@oak.sch.uk"),
    ("<p>Our SENCO is Mrs Patel: senco at oak dot sch dot uk</p>", "senco@oak.sch.uk"),
    ("<p>Our SENCO is Mrs Patel. Email: senco@oak.sch.uk.</p>", "senco@oak.sch.uk"),
])
def test_senco_email_forms(markup: str, email: str) -> None:
    assert facts(markup).senco_email == email


def test_office_email_in_footer_is_not_the_senco_email() -> None:
    page = """<html><body>
      <header><a href="mailto:office@oak.sch.uk">office@oak.sch.uk</a></header>
      <main><h1>SEN Information Report</h1>
        <p>Our SENCO is Mr Imran Siddiqui. Email <a href="mailto:senco@oak.sch.uk">him</a>.</p>
      </main>
      <footer><p>Tel: 0117 496 0100 <a href="mailto:office@oak.sch.uk">office@oak.sch.uk</a></p>
      </footer></body></html>"""
    found = facts(page)
    assert found.senco_email == "senco@oak.sch.uk"
    assert found.senco_phone is None


def test_footer_inside_a_fragment_is_ignored() -> None:
    markup = ("<p>Our SENCO is Mrs Patel.</p><p>Email senco@oak.sch.uk</p>"
              "<footer>office@oak.sch.uk</footer>")
    assert facts(markup).senco_email == "senco@oak.sch.uk"


def test_email_nearest_the_senco_beats_the_office_address() -> None:
    markup = ("<h2>Contact</h2><p>General enquiries: office@oak.sch.uk, 01632 960000.</p>"
              "<h2>Our SENCO</h2><p>Mrs Khan is our SENCO.</p>"
              "<p>Email a.khan@oak.sch.uk or phone 01632 960123 ext. 214.</p>")
    found = facts(markup)
    assert found.senco_email == "a.khan@oak.sch.uk"
    assert found.senco_phone == "01632 960123 ext. 214"


def test_office_email_is_the_last_resort() -> None:
    markup = ("<p>Our SENCO is Mrs Patel.</p><p>Lots of text.</p>"
              "<h2>Contact us</h2><p>office@oak.sch.uk</p>")
    assert facts(markup).senco_email == "office@oak.sch.uk"


def test_advice_service_contacts_are_not_the_senco() -> None:
    markup = ("<p>Our SENCo is Mrs Jo Kettering. She can be contacted on 0115 496 0617.</p>"
              "<p>Northbridge SENDIASS gives free advice: phone 0115 496 0260 or email "
              "sendiass@northbridge.gov.uk.</p>")
    found = facts(markup)
    assert found.senco_email is None
    assert found.senco_phone == "0115 496 0617"


def test_a_family_hubs_number_near_the_senco_is_not_the_sencos() -> None:
    markup = ("<p><b>Who is the SENCO?</b> Our SENCO is Mrs Jo Kettering; email "
              "jk@oak.sch.uk.</p><p><b>Where else can I get help?</b></p><ul>"
              "<li>Kelbrook Family Hub runs parenting courses; ring 01632 960977.</li>"
              "<li>The children's centre on Mill Lane: 01632 960978.</li></ul>"
              "<p><b>Moving on:</b> the SENCO of the junior school visits in July.</p>")
    assert facts(markup).senco_phone is None


def test_the_senco_role_held_by_someone_with_another_job() -> None:
    found = facts("<p>As every pupil has SEN, the SENCO role is held by our Deputy Headteacher, "
                  "Ms Harriet Blake. She can be contacted on 0161 496 0713.</p>")
    assert (found.senco_name, found.senco_phone) == ("Harriet Blake", "0161 496 0713")
    assert facts("<p>Our SENCO is the Assistant Headteacher, Mr Ben Ray.</p>").senco_name == (
        "Ben Ray")


def test_a_local_offer_link_through_a_redirect_is_the_address_it_names() -> None:
    # Google Docs' published pages send every link through google.com/url?q=
    markup = ('<p>Find the <a href="https://www.google.com/url?q=https://localoffer.penbury.'
              'example.gov.uk/&amp;sa=D&amp;source=editors">Local Offer</a> here.</p>')
    assert facts(markup).local_offer_url == "https://localoffer.penbury.example.gov.uk/"


def test_a_role_in_brackets_after_a_name_is_that_names() -> None:
    found = facts("<p>Our inclusion team: Mrs Jo Park (Inclusion Lead and SENCO), Miss Amy Tay "
                  "(Pastoral Lead, amy@oak.sch.uk).</p>")
    assert (found.senco_name, found.senco_email) == ("Jo Park", None)


def test_senco_named_in_a_signature_the_role_by_what_she_does_and_the_whole_schools() -> None:
    # a letter's signature: the school's name after the role is not a person
    signed = facts("<p>Miss Harriet Ocansey<br>SENCO, Pebblecombe Infant School<br>Email: "
                   "senco@pebblecombe-inf.sch.uk</p>")
    assert signed.senco_name == "Harriet Ocansey"
    # a special school names who leads SEN, not a SENCO
    assert facts("<p>Our Deputy Headteacher, Mrs Alannah Brightwater, leads SEN and Annual "
                 "Reviews.</p>").senco_name == "Alannah Brightwater"
    # the whole school's SENCO, not one phase's
    whole = facts("<p>Our Director of Inclusion and SENCO for the whole academy is Mrs Joanna "
                  "Fairweather-Blake. The primary-phase SENCO is Mr Keiran Odum and the "
                  "secondary-phase SENCO is Ms Lily Trevanion.</p>")
    assert whole.senco_name == "Joanna Fairweather-Blake"


# --- telephone numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("number", [
    "01632 960123",
    "01632 960123 ext. 214",
    "(01632) 960 123 extension 4",
    "+44 1632 960123",
    "+44 (0)1632 960123",
    "07700 900123",
    "0115 496 0617",
    "020 7946 0018",
    "01632-960123",
])
def test_phone_forms(number: str) -> None:
    assert facts(f"<p>Our SENCO is Mrs Patel; call {number}.</p>").senco_phone == number


def test_tel_link_keeps_the_number_as_written() -> None:
    markup = '<p>Our SENCO is Mrs Patel, <a href="tel:+441632960123">01632 960 123</a>.</p>'
    assert facts(markup).senco_phone == "01632 960 123"


def test_dates_and_reference_numbers_are_not_phones() -> None:
    markup = ("<p>Our SENCO is Mrs Patel. Reviewed 01/09/2025. Company number 07654321. "
              "URN 123456. For ages 0 to 25.</p>")
    assert facts(markup).senco_phone is None


# --- Local Offer --------------------------------------------------------------------------------

@pytest.mark.parametrize(("markup", "url"), [
    ('<p>Read the <a href="https://www.devon.gov.uk/send-local-offer/">Devon Local Offer</a>.</p>',
     "https://www.devon.gov.uk/send-local-offer/"),
    ('<p>The council publishes its Local Offer: <a href="https://x.gov.uk/send">click here</a>'
     '</p>', "https://x.gov.uk/send"),
    ('<p>Find services at <a href="https://www.kent.gov.uk/localoffer">Kent County Council</a>'
     '</p>', "https://www.kent.gov.uk/localoffer"),
    ("<p>The Local Offer is published at https://www.kent.gov.uk/localoffer.</p>",
     "https://www.kent.gov.uk/localoffer"),
    ('<p><a href="/our-local-offer">Our local offer</a> and the <a href='
     '"https://send.example.gov.uk/local-offer">Exampleshire Local Offer</a>.</p>',
     "https://send.example.gov.uk/local-offer"),
])
def test_local_offer_url(markup: str, url: str) -> None:
    assert facts(markup).local_offer_url == url


def test_local_offer_mentioned_without_a_link() -> None:
    assert facts("<p>Information is available in the Local Offer.</p>").local_offer_url is None


def test_an_address_written_far_from_the_local_offer_or_for_the_schools_own_is_not_it() -> None:
    # a council's form filled in by a school: its own "Local Offer" page, and its website
    form = ("<p>Please give the URL for the direct link to your school's Local Offer "
            "http://www.ashby.sch.uk/parents/send</p>")
    assert facts(form).local_offer_url is None
    far = ("<p>The Local Offer for young people with SEND in further education sets out the "
           "provision, facilities and support colleges give. " + "Please give as much detail "
           "as you can in each section below, so that families can find their way. " * 4
           + "Provider name: Kingsbridge College. Web page: www.kingsbridge.ac.uk</p>")
    assert facts(far).local_offer_url is None
    near = "<p>The council's Local Offer is at www.wexshire.gov.uk/localoffer for families.</p>"
    assert facts(near).local_offer_url == "https://www.wexshire.gov.uk/localoffer"
    # written out on a line of its own, under a lead-in that names it
    led = ("<p>Wexshire County Council's Local Offer:</p>"
           "<p>https://www.wexshire.gov.uk/education/send</p>")
    assert facts(led).local_offer_url == "https://www.wexshire.gov.uk/education/send"
    # ... but not under a lead-in naming the school's own
    own = "<p>Our school's Local Offer:</p><p>https://www.ashby.sch.uk/send</p>"
    assert facts(own).local_offer_url is None


def test_the_person_named_under_a_heading_asking_who_leads_sen_is_the_senco() -> None:
    found = facts("<h2>Who looks after SEN here?</h2><p>Mrs Abigail Thorne. E-mail her at "
                  '<a href="mailto:senco@poppy.sch.uk">senco@poppy.sch.uk</a>.</p>')
    assert (found.senco_name, found.senco_email) == ("Abigail Thorne", "senco@poppy.sch.uk")
    found = facts("<h2>Who leads our SEN work?</h2><p>Our assistant headteacher for inclusion, "
                  "Mr Samuel Adeyemi, co-ordinates provision. He can be reached at "
                  "s.adeyemi@willow.sch.uk.</p>")
    assert found.senco_name == "Samuel Adeyemi"
    # a heading about something else names nobody the SENCO
    assert facts("<h2>Who can help?</h2><p>Mrs Abigail Thorne, our headteacher.</p>"
                 ).senco_name is None


def test_a_school_leaflet_about_the_local_offer_is_not_its_address() -> None:
    # a file on the school's own site, given by its path, is not the council's Local Offer
    markup = ("<p>Stourleigh Council's Local Offer is summarised in our <a href="
              '"/docs/local-offer-leaflet.pdf">Local Offer leaflet (PDF)</a>.</p>')
    assert facts(markup).local_offer_url is None


def test_the_schools_own_school_offer_beside_the_local_offer_is_not_its_address() -> None:
    markup = ("<h3>Local Offer</h3><p>Our own contribution, the Fairholme School Offer, is at "
              '<a href="https://www.fairholme.example.org.uk/school-offer">fairholme.example.org.uk'
              "/school-offer</a>. Penhallow's Local Offer can be found on the council's website."
              "</p>")
    assert facts(markup).local_offer_url is None


def test_a_councils_home_page_written_out_is_not_its_local_offer() -> None:
    for written in ("www.Southwark.gov.uk", "(leicester.gov.uk)"):
        markup = f"<p>Our local authority's Local Offer can be found at {written}.</p>"
        assert facts(markup).local_offer_url is None, written
    markup = "<p>The Local Offer can be found at www.leicester.gov.uk/localoffer.</p>"
    assert facts(markup).local_offer_url == "https://www.leicester.gov.uk/localoffer"


def test_other_links_beside_the_local_offer_are_not_taken() -> None:
    markup = ('<p>The Local Offer is on the council website. Advice: '
              '<a href="https://sendiass.example.org">SENDIASS</a>.</p>')
    assert facts(markup).local_offer_url is None


# --- policy links -------------------------------------------------------------------------------

def test_send_policy_and_accessibility_plan_links() -> None:
    markup = ('<p>See our <a href="/docs/send-policy.pdf">SEND Policy</a>, our '
              '<a href="/docs/ap-2025.pdf">Accessibility Plan 2025-28</a> and the '
              '<a href="/behaviour.pdf">Behaviour Policy</a>.</p>')
    found = facts(markup)
    assert found.send_policy_url == "/docs/send-policy.pdf"
    assert found.accessibility_plan_url == "/docs/ap-2025.pdf"


def test_policy_links_recognised_by_their_address() -> None:
    markup = ('<ul><li><a href="/wp-content/uploads/SEN-Policy-2025.pdf">Download (PDF)</a></li>'
              '<li><a href="/wp-content/uploads/accessibility-plan.pdf">Download (PDF)</a></li>'
              '</ul>')
    found = facts(markup)
    assert found.send_policy_url == "/wp-content/uploads/SEN-Policy-2025.pdf"
    assert found.accessibility_plan_url == "/wp-content/uploads/accessibility-plan.pdf"


def test_accessibility_statement_is_not_the_plan() -> None:
    markup = '<p><a href="/accessibility">Website accessibility statement</a></p>'
    assert facts(markup).accessibility_plan_url is None


# --- review dates -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "reviewed"), [
    ("Reviewed September 2025", date(2025, 9, 1)),
    ("Date of review: 01/09/2025", date(2025, 9, 1)),
    ("Last updated: 14 October 2025", date(2025, 10, 14)),
    ("Updated 3rd March 2025", date(2025, 3, 3)),
    ("Reviewed: Autumn term 2025", date(2025, 9, 1)),
    ("Reviewed: Spring term 2026", date(2026, 1, 1)),
    ("Reviewed: Summer 2026", date(2026, 4, 1)),
    ("This report was approved by the governing body in September 2025.", date(2025, 9, 1)),
    ("Published: 2025-09-01", date(2025, 9, 1)),
    ("Date reviewed: 1.9.25", date(2025, 9, 1)),
    ("Last reviewed on Monday 1st September 2025", date(2025, 9, 1)),
    ("September 2025 (reviewed by the governing body)", date(2025, 9, 1)),
    ("Reviewed by: Governing Body, Date: 12/09/2025", date(2025, 9, 12)),
    ("Date of this report: 22/09/2025", date(2025, 9, 22)),
    ("Written by our SENCO and families in the summer term of 2026.", date(2026, 4, 1)),
    ("It is our SEN Information Report, and it was checked with the panel in October 2026.",
     date(2026, 10, 1)),
    ("This guide was put together by our students in May 2026.", date(2026, 5, 1)),
    ("Last checked by the SENDCo and our Student SEND Panel: October 2026.", date(2026, 10, 1)),
    ("We checked this page in September 2026.", date(2026, 9, 1)),
    ("We wrote this page in October 2026 for families thinking about the school.",
     date(2026, 10, 1)),
    ("Rather than filling in a form, we have written to you. We wrote this letter in March "
     "2026.", date(2026, 3, 1)),
    ("Report date: September 2025. Figures are for the academic year 2024-25.",
     date(2025, 9, 1)),
])
def test_reviewed_date_forms(text: str, reviewed: date) -> None:
    found = facts(f"<p>{text}</p>")
    assert found.reviewed == reviewed
    assert found.next_review is None


def test_checking_something_else_does_not_date_the_report() -> None:
    assert facts("<p>We checked the lighting of every classroom in October 2026.</p>").reviewed \
        is None
    assert facts("<p>We wrote to every family in October 2026.</p>").reviewed is None


@pytest.mark.parametrize(("text", "upcoming"), [
    ("Next review: September 2026", date(2026, 9, 1)),
    ("Review date: July 2099", date(2099, 7, 1)),
    ("Date of next review: 01/07/2026", date(2026, 7, 1)),
    ("This report will be reviewed in the Autumn term 2026.", date(2026, 9, 1)),
    ("To be reviewed by: July 2026", date(2026, 7, 1)),
])
def test_next_review_is_not_a_reviewed_date(text: str, upcoming: date) -> None:
    found = facts(f"<p>{text}</p>")
    assert found.next_review == upcoming
    assert found.reviewed is None


@pytest.mark.parametrize(("today", "reviewed", "upcoming"), [
    (date(2026, 11, 23), date(2025, 9, 1), None),  # already past: the review it had
    (date(2025, 6, 1), None, date(2025, 9, 1)),  # still to come: the next review
])
def test_a_bare_review_date_is_read_by_when_it_falls(today: date, reviewed: date | None,
                                                      upcoming: date | None) -> None:
    found = extract_facts(parse_html("<p>Review date: September 2025</p>"), today)
    assert (found.reviewed, found.next_review) == (reviewed, upcoming)


def test_reviewed_and_next_review_in_one_line() -> None:
    found = facts("<p><strong>Reviewed:</strong> 5 March 2026 &nbsp;|&nbsp; "
                  "<strong>Next review:</strong> March 2027</p>")
    assert (found.reviewed, found.next_review) == (date(2026, 3, 5), date(2027, 3, 1))


def test_latest_reviewed_date_wins() -> None:
    markup = ("<p>First published: September 2019.</p>"
              "<p>Last reviewed: 14 October 2025. Next review: October 2026.</p>")
    found = facts(markup)
    assert (found.reviewed, found.next_review) == (date(2025, 10, 14), date(2026, 10, 1))


def test_report_year_in_the_title_names_the_edition_not_the_review() -> None:
    # Careful readers do not take "SEN Information Report 2025-26" as the date of review.
    assert facts("<h1>SEN Information Report 2025-26</h1><p>Hello.</p>").reviewed is None
    assert facts("<h1>SEND Information Report 2025/2026</h1>").reviewed is None
    assert facts("<h1>SEN Information Report</h1><p>Reviewed: 3 October 2025.</p>"
                 ).reviewed == date(2025, 10, 3)


def test_a_month_in_the_reports_own_title_dates_the_report() -> None:
    # "SEND Information Report - January 2024": when it was written. A term or a school
    # year names the edition, and another document's title dates that document.
    assert facts("<h1>SEND Information Report \u2013 January 2024</h1><p>Hello.</p>"
                 ).reviewed == date(2024, 1, 1)
    assert facts("<h1>SEN Report to Parents: September 2020</h1>").reviewed == date(2020, 9, 1)
    assert facts("<h1>Special Educational Needs and Disability (SEND) Report (May 2019)</h1>"
                 ).reviewed == date(2019, 5, 1)
    assert facts("<h1>SEN Information Report \u2013 Summer 2025</h1><p>Hello.</p>"
                 ).reviewed is None
    assert facts("<h1>SEND Policy \u2013 March 2023</h1><p>Hello.</p>").reviewed is None


def test_a_date_row_of_the_reports_table_dates_it() -> None:
    # "Date" in a header cell beside its date, as "Date:" in a line
    markup = ("<h1>SEN Information Report</h1><table><tr><th>Prepared by</th><td>T. Wren, "
              "SENCO</td></tr><tr><th>Date</th><td>Autumn Term 2026</td></tr><tr><th>Next "
              "review</th><td>Autumn Term 2027</td></tr></table><p>Hello.</p>")
    assert facts(markup).reviewed == date(2026, 9, 1)


def test_explicit_review_date_beats_the_report_year() -> None:
    markup = "<h1>SEN Information Report 2025-26</h1><p>Reviewed: 12 October 2025</p>"
    assert facts(markup).reviewed == date(2025, 10, 12)


def test_dates_in_a_definition_list_and_a_table() -> None:
    assert facts("<dl><dt>Date reviewed</dt><dd>01/09/2025</dd></dl>").reviewed == date(
        2025, 9, 1)
    table = ("<table><tr><th>Last reviewed</th><td>September 2025</td></tr>"
             "<tr><th>Review date</th><td>September 2026</td></tr></table>")
    found = facts(table)
    assert (found.reviewed, found.next_review) == (date(2025, 9, 1), date(2026, 9, 1))


def test_unlabelled_and_other_documents_dates_are_ignored() -> None:
    markup = ("<p>In September 2025 we opened a new resource base.</p>"
              "<p>We follow the SEND Code of Practice (updated January 2015).</p>")
    assert facts(markup).reviewed is None
    markup = ("<p>The Code of Practice has been incorporated in our updated SEND Policy "
              "(February 2017).</p>")
    assert facts(markup).reviewed is None
    # the other document named further back in a long sentence still owns its date
    markup = ("<p>The Accessibility plan which runs on a three year cycle was written in "
              "September 2015.</p>")
    assert facts(markup).reviewed is None
    assert facts("<p>This report was updated in February 2017.</p>").reviewed == date(2017, 2, 1)
    markup = "<p>This report is reviewed every year. This version: September 2026.</p>"
    assert facts(markup).reviewed == date(2026, 9, 1)


def test_find_dates_resolves_overlaps() -> None:
    assert [d.value for d in find_dates("2025-09-01 and 1st of Sept. 2025 and 2025/26")] == [
        date(2025, 9, 1), date(2025, 9, 1), date(2025, 9, 1)]
    assert find_dates("31/02/2025 and 2025-27") == []
    kinds = [kind for _, kind in labelled_dates("Reviewed September 2025. Next review July 2026")]
    assert kinds == ["reviewed", "next"]


# --- whole documents and odd input --------------------------------------------------------------

def test_a_realistic_report() -> None:
    page = """<!doctype html><html lang="en"><head><title>SEN Information Report</title></head>
    <body><nav><a href="/contact">Contact</a> <a href="mailto:office@ash.sch.uk">Email us</a></nav>
    <main><h1>SEN Information Report 2025&ndash;26</h1>
    <p>Reviewed and approved by the governing body: 8 July 2025. Next review: July 2026.</p>
    <h2>4. Who is our SENCO?</h2>
    <p>Our SENCO is <strong>Mr Imran Siddiqui</strong> (NASENCO). Email
       <a href="mailto:senco@ash.sch.uk">senco@ash.sch.uk</a> or telephone 0117 496 0123.</p>
    <h2>13. The Local Offer</h2>
    <p>Avonmere's <a href="https://www.avonmere.gov.uk/localoffer">Local Offer</a>.
       Our <a href="/policies/send-policy.pdf">SEND policy</a>.</p></main>
    <footer>Tel 0117 496 0100 office@ash.sch.uk</footer></body></html>"""
    assert facts(page).to_dict() == {
        "senco_name": "Imran Siddiqui",
        "senco_email": "senco@ash.sch.uk",
        "senco_phone": "0117 496 0123",
        "local_offer_url": "https://www.avonmere.gov.uk/localoffer",
        "reviewed": "2025-07-08",
        "next_review": "2026-07-01",
        "send_policy_url": "/policies/send-policy.pdf",
        "accessibility_plan_url": None,
    }


@pytest.mark.parametrize("markup", ["", "   ", "<p></p>", "<html><body></body></html>",
                                    "<!-- only a comment -->", "<table><tr><td></td></tr></table>"])
def test_empty_documents_give_no_facts(markup: str) -> None:
    assert facts(markup) == Facts()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "<p>", "</p>", "<h2>", "</h2>", "<td>", "<tr>", "<table>", "SENCO", "SENCo:", "Mrs",
    " Patel ", "is our", "Reviewed", "Next review", " 01/09/2025 ", " 2025-26 ", "Autumn 2025",
    "<a href='mailto:x@y.sch.uk'>", "<a href='tel:0'>", "</a>", " [at] ", " [dot] ",
    "01632 960123", " ext. ", "Local Offer", "<a href='https://x.gov.uk/local-offer'>",
    "<strong>", "</strong>", "(", ")", ":", ",", ".", "\u00a0", "<br>", "\u2013",
]), max_size=40))
def test_never_raises(pieces: list[str]) -> None:
    result = facts("".join(pieces))
    assert isinstance(result.to_dict(), dict)


def test_a_phone_at_the_top_of_a_long_unheaded_page_is_not_the_sencos() -> None:
    lines = ["<p>Phone: 01632 960111 | Email: office@example.sch.uk</p>"]
    lines += [f"<p>Paragraph {i} about how we teach and support every child well.</p>"
              for i in range(12)]
    lines.append("<p>Our SENCO, Mrs Ada Lane, leads the support for children with SEND.</p>")
    found = facts("".join(lines))
    assert found.senco_name == "Ada Lane"
    assert found.senco_phone is None


def test_titles_are_found_in_all_the_texts_at_once_as_in_each() -> None:
    # titles_in reads the texts joined by new lines: that gives each text's own matches only
    # while TITLE stays a list of words with an optional full stop and white space after.
    assert re.fullmatch(r"\(\?:[A-Za-z|]+\)\\\.\?\(\?=\\s\)", TITLE.pattern)
    texts = ["Contact Mrs Patel or Dr. Lowe", "Our SENCO is Mr", "Mr Bell", "Revd", "Sir Tom"]
    assert titles_in(texts) == [(i, m.start()) for i, text in enumerate(texts)
                                 for m in TITLE.finditer(text)]
    assert titles_in(texts) == [(0, 8), (0, 21), (2, 0), (4, 0)]


def test_a_fuller_name_is_looked_for_only_in_the_texts_holding_the_surname() -> None:
    from senreport.facts.senco import _may_name, fuller_name
    texts = ["Contact Mr Whitcombe.", "Mrs Ann Lowe teaches Year 2.",
             "Mr Tom WHITCOMBE leads SEN.", "Dr Kate Whitcombe-Ray"]
    assert _may_name(["Mr", "Whitcombe"], texts) == [0, 2, 3]
    assert _may_name(["Mr", "\u00d3 Briain"], texts) == [0, 1, 2, 3]  # not ASCII: every text
    assert fuller_name("Mr Whitcombe", texts) == ("Mr Tom WHITCOMBE", (2, 0))


def test_our_trust_senco_is_the_schools_own_beside_an_inclusion_leader() -> None:
    found = facts("<p>Our Trust SENCO is Ms Farida Lockhart. Contact her on 0116 496 0615.</p>"
                  "<div><p><strong>Ashgrove:</strong> Inclusion Leader Mrs Rosalind Pike, via "
                  "the school office.</p></div>")
    assert found.senco_name == "Farida Lockhart"
    # the trust's SENCO beside the school's own is still someone else's
    found = facts("<p>Our SENCO is Mrs Amy Lowe. The Trust SENCO, Mr Ben Hale, visits "
                  "termly.</p>")
    assert found.senco_name == "Amy Lowe"


def test_the_person_presented_under_the_sencos_heading_is_the_senco() -> None:
    found = facts("<h2>Who's the SENCO?</h2><p>That's Gemma Hartley! She's a qualified teacher. "
                  '<a href="mailto:gemma.hartley@puddle.sch.uk">Email her</a>.</p>')
    assert (found.senco_name, found.senco_email) == ("Gemma Hartley", "gemma.hartley@puddle.sch.uk")


def test_an_image_button_beside_the_sencos_paragraph_gives_the_email() -> None:
    found = facts("<div><p>Our SENCO is Mr Rhodri Bellamy. Use the button to email him.</p></div>"
                  '<div><a class="btn" href="mailto:senco@fern.sch.uk"><img src="e.png" '
                  'alt="Email Mr Bellamy, our SENCO"></a></div>')
    assert (found.senco_name, found.senco_email) == ("Rhodri Bellamy", "senco@fern.sch.uk")


def test_a_link_after_a_sentence_naming_the_local_offer_is_not_its_address() -> None:
    found = facts("<ul><li>Bramwell SENDIASS gives free advice on 0131 496 0912. It is part of "
                  "the council's Local Offer.</li><li>Bramwell Parent Carer Forum runs a monthly "
                  'group: <a href="https://www.bramwellpcf.example.org.uk">its website</a>.</li>'
                  "</ul>")
    assert found.local_offer_url is None
    # a lead-in line does name the link under it
    found = facts("<p>Our council's Local Offer:</p><p><a href=\"https://www.bram.gov.uk/lo\">"
                  "its website</a></p>")
    assert found.local_offer_url == "https://www.bram.gov.uk/lo"


def test_the_sencos_first_name_given_without_a_title_completes_the_name() -> None:
    found = facts("<p><strong>Mr Okafor (SENCO):</strong> We support a wide range of needs.</p>"
                  "<p><strong>Mr Okafor:</strong> I'm Daniel Okafor, and I've been SENCO here "
                  "for six years.</p>")
    assert found.senco_name == "Daniel Okafor"


def test_the_office_number_in_the_sentence_with_the_sencos_own_address_reaches_the_senco() -> None:
    found = facts("<p>Our SENCO is Mrs Joanna Trevelyan.</p><p>Who else can help?</p><p>Many "
                  "people.</p><p>How do I reach you?</p><p>I'm in school Monday to Thursday. "
                  '<a href="mailto:jtrevelyan@fen.sch.uk">Email me</a>, or ring the school '
                  "office on 0161 496 0193 and ask for me.</p>")
    assert (found.senco_email, found.senco_phone) == ("jtrevelyan@fen.sch.uk", "0161 496 0193")


def test_a_local_offer_address_broken_where_a_line_wrapped_is_joined() -> None:
    found = facts("<p>Our county publishes a Local Offer. The link to this site is as follows "
                  "https://www.shire.gov.uk/public/special-needs-and- local-offer Admissions "
                  "are made by the county.</p>")
    assert found.local_offer_url == "https://www.shire.gov.uk/public/special-needs-and-local-offer"


def test_a_support_service_address_written_beside_the_local_offer_is_not_its_address() -> None:
    # SENDIASS's site, linked and written out, in the paragraph that names the Local Offer
    # with no address of its own (the Local Offer is then not given).
    found = facts('<p>Our SENDIASS gives free advice; visit <a href="https://www.shire-sendiass'
                  '.org.uk">www.shire-sendiass.org.uk</a>. The Local Offer is on the county '
                  "council's website.</p>")
    assert found.local_offer_url is None
    found = facts("<p>The Local Offer is at www.shire.gov.uk/localoffer and SENDIASS at "
                  "www.shire-sendiass.org.uk.</p>")
    assert found.local_offer_url == "https://www.shire.gov.uk/localoffer"


def test_a_senco_who_says_my_name_is_and_i_am_the_senco_is_named() -> None:
    found = facts("<p>My name is Priya Holloway and I am the Special Educational Needs "
                  "Co-ordinator (SENCO) at Larkspur.</p>")
    assert found.senco_name == "Priya Holloway"
    # the head named beside an "I" who is the SENCO is not the SENCO
    assert facts("<p>Mrs Jones is the headteacher and I am the SENCO.</p>").senco_name is None


def test_a_report_written_as_a_letter_is_dated_by_the_letter() -> None:
    found = facts("<h1>SEND Information Report</h1><p>Each year our headteacher writes to "
                  "families. This year's letter is below.</p><p>12 September 2025</p>"
                  "<p>Dear Parents and Carers,</p><p>As we begin a new school year ...</p>")
    assert found.reviewed == date(2025, 9, 12)


def test_a_senco_who_answers_that_s_me_under_the_sencos_heading_is_named() -> None:
    found = facts("<h2>How do I get in touch with the SENCO?</h2><p>That's me, Tom Ashcroft. "
                  "Ring school on 01632 960587 and I'll ring you back.</p>")
    assert found.senco_name == "Tom Ashcroft"


def test_the_sencos_number_is_the_one_in_her_row_of_a_contacts_table() -> None:
    found = facts("<h2>Who to contact</h2><table>"
                  "<tr><td>Admissions Officer</td><td>Mrs Carol Dunn</td><td>01632 960461</td></tr>"
                  "<tr><td>SENCO</td><td>Ms Joanne Fair</td><td>01632 960463</td></tr>"
                  "<tr><td>Assistant SENCO</td><td>Mr Lewis Abbey</td><td>01632 960464</td></tr>"
                  "</table><p>If you want to talk about your child's needs, please contact our "
                  "SENCO, Ms Fair, on her direct line.</p>")
    assert (found.senco_name, found.senco_phone) == ("Joanne Fair", "01632 960463")


def test_a_number_under_the_next_question_is_not_the_sencos() -> None:
    found = facts("<h2>Who is our SENCO?</h2><p>Our SENCO is Mrs Anna Kowalski.</p>"
                  "<h2>What if I want to complain?</h2><p>Please ring the school office on "
                  "01632 960321.</p>")
    assert (found.senco_name, found.senco_phone) == ("Anna Kowalski", None)


@pytest.mark.parametrize("heading", ["How can I contact her?", "Contact", "Get in touch"])
def test_a_number_under_a_heading_about_getting_in_touch_is_the_sencos(heading: str) -> None:
    found = facts(f"<h2>Who is our SENCO?</h2><p>Mrs Anna Kowalski</p><h2>{heading}</h2>"
                  "<p>Ring 01632 960321.</p>")
    assert (found.senco_name, found.senco_phone) == ("Anna Kowalski", "01632 960321")


@pytest.mark.parametrize(("label", "href"), [
    ("IPSEA", "https://www.ipsea.org.uk"),
    ("Contact, for families with disabled children", "https://contact.org.uk"),
    ("the National Autistic Society", "https://www.autism.org.uk"),
    ("our Parent Carer Forum", "https://www.shirepcf.org.uk"),
])
def test_a_national_charity_linked_beside_the_local_offer_is_not_its_address(
        label: str, href: str) -> None:
    found = facts(f"<p>This report is our contribution to the Local Offer. You may also find "
                  f'<a href="{href}">{label}</a> helpful.</p>')
    assert found.local_offer_url is None
    found = facts(f'<p>Read the council\'s <a href="https://www.shire.gov.uk/send">Local Offer'
                  f'</a>. You may also find <a href="{href}">{label}</a> helpful.</p>')
    assert found.local_offer_url == "https://www.shire.gov.uk/send"


def test_the_senco_is_named_before_the_trusts_director_of_send() -> None:
    found = facts("<h2>At our academy</h2><p>SENCO: Mr Idris Vane (National Award for SEN "
                  "Co-ordination). To speak to Mr Vane, ring the academy on 01632 960372.</p>"
                  "<h2>Questions</h2><p>For questions about SEND across the trust, please "
                  "contact our Director of SEND, Dr Ruth Amos, at r.amos@trust.example.org.</p>")
    assert (found.senco_name, found.senco_email, found.senco_phone) == (
        "Idris Vane", None, "01632 960372")


@pytest.mark.parametrize(("text", "when"), [
    ("SEN Information Report (updated Septmeber 2023)", date(2023, 9, 1)),
    ("Reviewed 3rd Febuary 2025", date(2025, 2, 3)),
    ("Written in Decemeber 2024", date(2024, 12, 1)),
])
def test_a_misspelt_month_is_still_read(text: str, when: date) -> None:
    assert [d.value for d in find_dates(text)] == [when]
    assert facts(f"<h1>{text}</h1><p>Our SENCO is Mrs Ann Lee.</p>").reviewed == when


def test_a_date_alone_under_the_reports_subtitle_dates_it() -> None:
    found = facts("<p>Elm Park Primary School</p><p>Learning together, growing together</p>"
                  "<h2>SEN Information</h2><p>The School's Information Report</p>"
                  "<p>September 2024</p><p>At Elm Park we support every child to learn.</p>")
    assert found.reviewed == date(2024, 9, 1)
    # a date alone under any other line under a heading is not the report's
    found = facts("<p>Elm Park Primary School</p><p>Learning together, growing together</p>"
                  "<h2>SEN Information</h2><p>Our next parents' evening</p>"
                  "<p>September 2024</p><p>At Elm Park we support every child to learn.</p>")
    assert found.reviewed is None


@pytest.mark.parametrize("markup", [
    "<p>Our previous SENCO, Mrs Jane Hill, retired in July. Our new SENCO is Mr Tom Reid.</p>",
    "<p>Mrs Jane Hill, our former SENCO, has moved on. Mr Tom Reid is our SENCO.</p>",
    "<p>Mr Tom Reid is our SENCO. He works with the council's SENCO, Mrs Jane Hill.</p>",
])
def test_a_former_or_the_councils_senco_is_not_the_schools(markup: str) -> None:
    assert facts(markup).senco_name == "Tom Reid"


def test_the_address_for_general_enquiries_is_not_the_sencos() -> None:
    found = facts("<p>Our SENCO is Mr Tom Reid. For general enquiries please email "
                  "admin@elm.example.sch.uk or ring 01632 960100.</p>")
    assert (found.senco_name, found.senco_email, found.senco_phone) == ("Tom Reid", None, None)


def test_the_report_reviewed_by_several_people_keeps_its_date() -> None:
    found = facts("<p>This report was reviewed by the SENCO, the Teacher in Charge of the "
                  "Hearing Support Base and the governing body in July 2025.</p>")
    assert found.reviewed == date(2025, 7, 1)
    # without the report named, a date that far from the label is not taken
    found = facts("<p>Targets are reviewed by the class teacher, the teaching assistant, the "
                  "SENCO and you at a meeting we hold in July 2025 and again later.</p>")
    assert found.reviewed is None


def test_the_sencos_contact_box_repeated_under_each_heading_is_read() -> None:
    box = ("<div><p><strong>Questions? Contact Learning Support</strong><br>\nAisha Brennan, "
           "Head of Learning Support (SENCO)<br>\n<a href='mailto:ls@college.example.ac.uk'>"
           "ls@college.example.ac.uk</a> &middot; 01632 960741<br>\nNot happy with your "
           "support? See our complaints policy.</p></div>")
    page = "<html><body><main><h1>Learning Support</h1>" + "".join(
        f"<h2>Question {n}</h2>" + "<p>One paragraph of our answer to this question.</p>" * 4
        + box
        for n in range(1, 5)) + "</main></body></html>"
    found = facts(page)
    assert (found.senco_name, found.senco_email, found.senco_phone) == (
        "Aisha Brennan", "ls@college.example.ac.uk", "01632 960741")


def test_the_senco_whose_role_says_what_it_covers_before_a_phases_lead() -> None:
    """A team table: "SENCO (Nursery to Year 11)" is the SENCO, however long the bracket,
    before the nursery's SEN lead on a later row."""
    found = facts(
        "<table><tr><th>Role</th><th>Name</th><th>Contact</th></tr>"
        "<tr><td>SENCO (Nursery to Year 11)</td><td>Ms Rosalind Achterberg</td>"
        "<td>Direct line 020 7946 0712</td></tr>"
        "<tr><td>Nursery SEN lead</td><td>Miss Grace Whitmore-Osei</td>"
        "<td>Via the nursery office, 020 7946 0710</td></tr></table>")
    assert found.senco_name == "Rosalind Achterberg"
    assert found.senco_phone == "020 7946 0712"


@pytest.mark.parametrize(("text", "name"), [
    ("Our SENCO is Joanne. You can get in touch with her via the office.", "Joanne"),
    ("Our SENCO is Vacant. Please contact the headteacher.", None),
])
def test_the_senco_by_first_name_alone(text: str, name: str | None) -> None:
    assert facts(f"<h2>Our SENCO</h2><p>{text}</p>").senco_name == name


@pytest.mark.parametrize(("line", "reviewed"), [
    ("Spring 2026", date(2026, 1, 1)),
    ("Hartwell Sixth Form College &middot; Spring 2026", date(2026, 1, 1)),
    ("September 2025 | Oakfield Primary School", date(2025, 9, 1)),
    ("Hartwell Sixth Form College &middot; 12 students a year", None),
])
def test_the_term_or_byline_under_the_reports_title_dates_it(line: str,
                                                            reviewed: date | None) -> None:
    found = facts("<h1>Special Educational Needs and Disability (SEND) Information Report</h1>"
                  f"<p>{line}</p><h2>Part 1: Definitions</h2><p>We help students.</p>")
    assert found.reviewed == reviewed


def test_the_acting_senco_while_the_senco_is_on_leave() -> None:
    found = facts(
        "<p>Our SENCO, Mrs Naomi Brightwell, is on maternity leave until Easter. While she is "
        "away, <strong>Mr Joel Rowe</strong> (Year 5 teacher) is our <strong>Acting "
        "SENCO</strong>.</p><table><tr><td>Acting SENCO</td><td>Mr Joel Rowe</td>"
        "<td>senco@staldrics.example.sch.uk</td></tr></table>")
    assert found.senco_name == "Joel Rowe"
    assert found.senco_email == "senco@staldrics.example.sch.uk"


def test_a_report_that_will_next_be_reviewed_names_its_next_review() -> None:
    found = facts("<p>Date: 03.10.26</p><p>This report will next be reviewed in October "
                  "2027.</p>")
    assert found.reviewed == date(2026, 10, 3)
    assert found.next_review == date(2027, 10, 1)


def test_the_schools_general_contacts_are_not_the_sencos() -> None:
    page = ("<h2>Our SENCO</h2><p>Our SENCO is Mrs Alison Tremayne.</p>"
            "<h2>Wellbeing</h2><p>Miss Kay Dobbs, our Inclusion Support Assistant, is a trained "
            "ELSA and runs Calm Club in both schools; parents can contact her on "
            "kdobbs@brookandfen.example.org.uk about Calm Club.</p>"
            "<h3>Contact us</h3><p>For general enquiries, please contact the school offices:</p>"
            "<p>Millbrook CE Primary: 01632 960120 · office@millbrook.example.org.uk</p>"
            "<table><tr><td>Reception (general enquiries, absence and admissions)</td>"
            "<td>-</td><td>01632 960510</td></tr></table>")
    found = facts(page)
    assert found.senco_name == "Alison Tremayne"
    assert found.senco_email is None
    assert found.senco_phone is None


def test_the_councils_home_page_is_not_its_local_offer() -> None:
    found = facts("<h2>Local Offer</h2><p>You can find the council's Local Offer on the "
                  '<a href="https://www.westmere.gov.uk">council\'s website</a>.</p>')
    assert found.local_offer_url is None
    subdomain = facts('<p>Our <a href="https://localoffer.hollinshire.gov.uk">Local '
                      "Offer</a> lists every service.</p>")
    assert subdomain.local_offer_url == "https://localoffer.hollinshire.gov.uk"


@pytest.mark.parametrize(("body", "reviewed"), [
    ("<p>This report was reviewed by Mrs Okonjo in October 2025.<br>Ratified by governors: 20 "
     "November 2025.</p>", date(2025, 10, 1)),
    ("<table><tr><th>Last reviewed</th><td>March 2025</td></tr><tr><th>Approved by the "
     "Management Committee</th><td>2 April 2025</td></tr></table>", date(2025, 3, 1)),
    ("<p>Approved by the governing body: 12 July 2025.</p>", date(2025, 7, 12)),
    ("<p>We help every child.</p><p>Ms J. Castellano, SENDCo<br>on behalf of the staff and "
     "governors of Pennyfield Nursery School<br>Spring term 2026</p>", date(2026, 1, 1)),
    ("<table><tr><th>Version</th><th>Date</th><th>Changes</th></tr><tr><td>2.0</td>"
     "<td>10/09/2024</td><td>Annual review</td></tr><tr><td>3.0</td><td>15/09/2025</td>"
     "<td>Annual review; contacts updated</td></tr></table>", date(2025, 9, 15)),
    ("<table><tr><th>Document</th><th>Last reviewed</th><th>Next review</th></tr><tr><td>SEND "
     "policy</td><td>2 July 2026</td><td>July 2027</td></tr><tr><td>SEN Information Report "
     "(this page)</td><td>29 September 2026</td><td>September 2027</td></tr></table>",
     date(2026, 9, 29)),
    ("<p>This report describes how we put our SEND Policy into practice and was reviewed in "
     "July 2025.</p>", date(2025, 7, 1)),
    ("<p>This report follows our SEND Policy. Our SEND Policy was reviewed in July 2025.</p>",
     None),
    ("<table><tr><th>Document</th><th>Last reviewed</th></tr><tr><td>Accessibility plan</td>"
     "<td>2 July 2026</td></tr></table>", None),
])
def test_the_reports_own_review_date_among_its_approval_signature_and_versions(
        body: str, reviewed: date | None) -> None:
    assert facts(body).reviewed == reviewed


def test_a_line_staffed_by_someone_else_and_an_address_broken_over_a_line() -> None:
    found = facts(
        "<p>Our SENCO is Miss Sara Marchetti. Email: s.marchetti@castlegate-<br>jun.example"
        ".sch.uk</p><p>For day-to-day worries, call our Pastoral &amp; SEND Hub on 01632 "
        "960552, staffed by our Learning Mentor, Mrs Shabnam Begum.</p>")
    assert found.senco_email == "s.marchetti@castlegate-jun.example.sch.uk"
    assert found.senco_phone is None


def test_the_senco_named_by_initial_is_named_in_full_where_the_page_does() -> None:
    found = facts("<p>Our SENCO is Mrs F. Adeyemi. Folake Adeyemi has worked here since 2015 "
                  "and can be reached on 01632 960123.</p>")
    assert found.senco_name == "Folake Adeyemi"


def test_contacts_of_class_teachers_a_send_admin_line_and_a_councils_guide() -> None:
    found = facts(
        "<h2>Who is the SENCO?</h2><p>Our SENCO is Miss Niamh Gallagher.</p><p>Class teachers "
        "can be contacted through the class email addresses (for example "
        "robins@olfells.example.org.uk).</p><p>For EHCP paperwork and taxi transport, please "
        "ring our SEND admin line on 01632 960690 (Mrs Okoro, 8.30am-2pm).</p>"
        "<h2>Local Offer</h2><p>Ottersby County Council publishes a Local Offer for young "
        "people with SEND. For Year 11 leavers, the council's <a href=\"https://www.ottersby"
        ".example.gov.uk/post16-options\">Post-16 Options guide</a> lists courses.</p>"
        "<p>Reviewed: 2026/10/05</p>")
    assert found.senco_name == "Niamh Gallagher"
    assert found.senco_email is None
    assert found.senco_phone is None
    assert found.local_offer_url is None
    assert found.reviewed == date(2026, 10, 5)


def test_the_councils_other_services_beside_the_words_local_offer_are_not_it() -> None:
    # The Local Offer named with no address; the links beside it are the council's Family
    # Information Service and its post-16 travel page.
    for link in ('the <a href="https://fis.lakemoor.gov.uk/">Lakemoor Family Information '
                 'Service</a> is a good place to start',
                 'students who need help getting to college can read about the council\'s '
                 '<a href="https://www.lakemoor.gov.uk/post-16-travel">post-16 travel '
                 'assistance</a>'):
        page = ("<h2>Local Offer</h2><p>Lakemoor Council also publishes a Local Offer for "
                f"children and young people with SEND. For more help, {link}.</p>")
        assert facts(page).local_offer_url is None, link
    named = ('<h2>Local Offer</h2><p>Lakemoor Council publishes its <a href="https://'
             'localoffer.lakemoor.gov.uk/">Local Offer</a> for children with SEND.</p>')
    assert facts(named).local_offer_url == "https://localoffer.lakemoor.gov.uk/"


def test_the_send_governor_named_after_the_senco_is_not_the_senco() -> None:
    page = ("<h2>Checking our provision</h2><p>Each term the SENCO and headteacher look at the "
            "progress of every child with SEND. The SENCO writes a report for governors each "
            "year, and Mrs Aileen Forde, our SEND governor, visits each term.</p>")
    assert facts(page).senco_name is None
    assert facts(page.replace("Mrs Aileen Forde, our SEND governor", "Mrs Aileen Forde, our "
                              "SENCO")).senco_name == "Aileen Forde"


def test_the_senco_who_has_left_while_the_post_is_recruited_is_not_the_senco() -> None:
    page = ("<h2>Who to contact about SEND</h2><p>At the end of the summer term we said goodbye "
            "to Mrs Jean Harrow, who led SEND here for eight years. Her post of SENCO is "
            "currently being recruited; until then please speak to your child's key person.</p>")
    assert facts(page).senco_name is None
    filled = page.replace("Her post of SENCO is currently being recruited; until then please "
                          "speak to your child's key person.", "Our new SENCO is Mrs Ann Lake.")
    assert facts(filled).senco_name == "Ann Lake"


def test_the_schools_general_mailbox_far_from_the_senco_is_not_hers() -> None:
    page = ("<h2>Who is the SENCO?</h2><p>Our SENCO is Mrs Rhian Tate. She works on Mondays "
            "and Thursdays.</p>"
            "<h2>How will my child be supported?</h2><p>Teachers adapt their lessons, and "
            "small groups for reading and number run every morning.</p>"
            "<h2>How do we check progress?</h2><p>Progress is reviewed with parents each term "
            "and the plan is changed where it is not working.</p>"
            "<h2>Copies of this report</h2><p>A paper copy can be requested from the school "
            "office at <a href='mailto:enquiries@oakley.sch.uk'>enquiries@oakley.sch.uk</a>.</p>")
    found = facts(page)
    assert found.senco_name == "Rhian Tate"
    assert found.senco_email is None


def test_an_administration_inbox_near_the_senco_is_not_hers() -> None:
    page = ("<h2>Who leads Learning Support?</h2><p>Learning Support is led by Priya Rahman, "
            "Head of Learning Support, who is the college's SENCo. Students and parents can "
            "contact Priya on her direct line, 020 7946 0555, or call in to the Learning Support "
            "Centre in the Library, open from 8.30am to 4.30pm every weekday.</p><p>Completed "
            "disclosure forms, medical letters and evidence for exam access arrangements should "
            "be sent to the Learning Support administration inbox, "
            "<a href='mailto:lsadmin@elm-college.ac.uk'>lsadmin@elm-college.ac.uk</a>, which is "
            "monitored by our administrators.</p>")
    found = facts(page)
    assert (found.senco_name, found.senco_phone) == ("Priya Rahman", "020 7946 0555")
    assert found.senco_email is None


def test_a_section_being_updated_does_not_date_the_report() -> None:
    page = ("<h1>SEN information report</h1><h2>10. Other bodies</h2>"
            "<p><em>This section is being updated for 2026-27.</em></p>")
    assert facts(page).reviewed is None
    assert facts(page.replace("is being updated for", "was updated in September")
                 ).reviewed == date(2026, 9, 1)


def test_information_correct_as_of_a_term_dates_the_report() -> None:
    page = ("<h1>SEN information report</h1><p>Information correct as of the Spring Term "
            "2026.</p><h2>Our SENCO</h2><p>Mrs Ada Kerr is our SENCO.</p>")
    assert facts(page).reviewed == date(2026, 1, 1)
    # figures accurate as of a date date the figures, not the report
    figures = page.replace("Information correct as of the Spring Term 2026.",
                           "SEND profile (accurate as of September 2025): 41 pupils.")
    assert facts(figures).reviewed is None


def test_another_jobs_mailbox_far_from_the_senco_is_not_hers() -> None:
    page = ("<h1>SEN information report</h1><h2>Our SENCO</h2><p>Our SENCO is Ms Leanne "
            "Okonjo. Please phone her on 0121 496 0542 to discuss your child's needs.</p>"
            "<h2>Partner agencies</h2><p>We work with CAMHS, Early Help and the school "
            "nursing service.</p><h2>Moving on</h2><p>Each student has a reintegration plan "
            "agreed with the family and the new school.</p><h2>Local Offer</h2><p>The "
            "council's Local Offer lists services for families.</p>"
            "<p>School referrals should be sent to referrals@wendle-ap.org.uk.</p>")
    assert facts(page).senco_email is None
    # the SENCO's own address, given as far away, is still hers
    own = page.replace("referrals@wendle-ap.org.uk", "l.okonjo@wendle-ap.org.uk")
    assert facts(own).senco_email == "l.okonjo@wendle-ap.org.uk"
