"""A contact detail given for someone else (a support service, admissions, another named
person) is never taken as the SENCO's, while the SENCO's own, or the office's given for
them, still is."""

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
