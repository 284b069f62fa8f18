"""SR: what a SEN information report must contain (Schedule 1; CoP 6.79-6.83, 4.34-4.36)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from senreport.catalogue import SCHEDULE_1, schedule_item
from senreport.context import CheckContext
from senreport.coverage.decide import PartsFound
from senreport.findings import Finding, finding
from senreport.rules.registry import rule
from senreport.textscan import anchored

REPORT = ("sen-report",)
_MISSING = {
    "not_in_place": "The report does not cover {what}. The law requires it: add a section on this.",
    "partly": "The report only partly says {what}. Parents need a fuller answer here.",
}


def _item_findings(ctx: CheckContext, item_ids: list[str]) -> Iterator[Finding]:
    if ctx.coverage.other:
        return  # SR100 says the page is not the report at all
    for item_id in item_ids:
        decision = ctx.coverage.items.get(item_id)
        if decision is None or not decision.applies or decision.value == "in_place":
            continue
        item = schedule_item(item_id)
        what = _what(item.wording)
        evidence = decision.evidence[0] if decision.evidence else None
        message = _MISSING[decision.value].format(what=TOPICS.get(item_id, what))
        if decision.value == "partly":
            message = _partly(TOPICS.get(item_id, what), decision.parts) or message
        yield finding(
            message,
            item=item_id,
            severity="error" if decision.value == "not_in_place" else "warning",
            xpath=evidence.xpath if evidence else None,
            line=evidence.line if evidence else None,
            excerpt=item.heading,
        )


#: Each item's topic, short, for messages that say what is thin or missing.
TOPICS = {
    "1": "the kinds of need the school provides for",
    "2": "how the school finds out about and assesses special educational needs",
    "3a": "how the school checks that its support works",
    "3b": "how progress is assessed and reviewed",
    "3c": "how pupils with special educational needs are taught",
    "3d": "how the curriculum and classroom are adapted",
    "3e": "extra support for learning",
    "3f": "how pupils join in activities, trips and sport",
    "3g": "support for pupils' wellbeing",
    "4": "the SENCO",
    "5": "staff training and expertise",
    "6": "equipment and facilities",
    "7": "how parents are consulted and involved",
    "8": "how pupils are consulted and involved",
    "9": "how to complain",
    "10": "the other services the school works with",
    "11": "support services for parents",
    "12": "moving on to a new class, school or adult life",
    "13": "the local authority's Local Offer",
}

_WHY = {
    "the answer is only a line or two": (
        "The report says only a line or two about {what}. Parents need to know what happens, "
        "who does it and how they can take part."),
    "the answer mostly points to another document or person": (
        "The report points elsewhere (another document, the office or a person) instead of "
        "saying {what}. Say it here, in a few sentences."),
    "the answer stops mid-way": "The report's answer on {what} stops mid-way. Finish it.",
}


def _partly(what: str, parts: PartsFound) -> str | None:
    """A partly-in-place item in words a school can act on: why the answer falls short and
    which parts are missing."""
    sentences = [_WHY[r].format(what=what) for r in parts.reasons if r in _WHY][:1]
    if parts.missing:
        missing = _join([text for _, text in parts.missing])
        said = _join([a.what for a in parts.answered if a.what]) if parts.answered else ""
        if said and not sentences:
            sentences.append(f"The report covers {said}, but not {missing}. Add this so parents "
                             "have the full answer.")
        elif sentences:
            sentences.append(f"It should also say {missing}.")
        else:
            sentences.append(f"The report touches on {what}, but does not say {missing}.")
    return " ".join(sentences) or None


def _join(phrases: list[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " or " + phrases[-1]


def _what(wording: str) -> str:
    """Statutory wording turned into the object of 'The report does not say ...'."""
    text = re.sub(r"[.;,]*(\s+and)?[.;,]*$", "", wording.strip())
    text = re.sub(r"^(Information(, in relation to [^,]+,)? (about|on) )", "", text)
    text = re.sub(r"^In relation to [^,]+, ", "", text)
    return text[0].lower() + text[1:] if text else text


def _item_rule(item_id: str) -> None:
    reference = (
        "SEND Regulations 2014, Schedule 1, para 3(a)-(g)" if item_id == "3"
        else schedule_item(item_id).reference
    )
    code = f"SR1{int(item_id[0] if item_id.startswith('3') else item_id):02d}"

    def check(ctx: CheckContext) -> Iterator[Finding]:
        ids = [i.id for i in SCHEDULE_1 if i.id.startswith("3")] if item_id == "3" else [item_id]
        yield from _item_findings(ctx, ids)

    check.__doc__ = _ITEM_DOCS.get(item_id, "")
    check.__name__ = f"check_item_{item_id}"
    rule(code, f"item-{item_id}", severity="error", reference=reference, kinds=REPORT)(check)


_ITEM_DOCS: dict[str, str] = {}


def _doc(item_id: str, summary: str, bad: str, good: str) -> None:
    def indent(snippet: str) -> str:
        return "\n".join("        " + line for line in snippet.strip().splitlines())

    _ITEM_DOCS[item_id] = (
        f"{summary}\n\n    Schedule 1 lists what every SEN information report must contain;\n"
        f"    a missing item is a legal gap, a thin one leaves parents guessing.\n\n"
        f"    Bad::\n\n{indent(bad)}\n\n    Good::\n\n{indent(good)}\n"
    )


from senreport.rules.statutory_examples import ITEM_EXAMPLES  # noqa: E402

for _item_id, (_summary, _bad, _good) in ITEM_EXAMPLES.items():
    _doc(_item_id, _summary, _bad, _good)
    _item_rule(_item_id)


@rule("SR120", "senco-name", severity="error",
      reference="SEND Regulations 2014, Schedule 1, para 4", kinds=REPORT)
def check_senco_name(ctx: CheckContext) -> Iterator[Finding]:
    """The report names the SENCO.

    Mainstream schools and maintained nurseries must give the name of their SEN
    co-ordinator, so parents know who to ask.

    Bad::

        <h2>Who to contact</h2>
        <p>Please contact the school office about special educational needs.</p>

    Good::

        <h2>Who to contact</h2>
        <p>Our SENCO is Mrs Ayesha Khan. Email senco@oakfield.sch.uk.</p>
    """
    if _senco_item_missing(ctx):
        return  # SR104 already says the whole item is missing
    if ctx.school_type in ("mainstream", "nursery") and not ctx.facts.senco_name:
        yield finding(
            "The report does not name the SENCO. Give their name so parents know who to ask.",
            item="4",
        )


@rule("SR121", "senco-contact", severity="error",
      reference="SEND Regulations 2014, Schedule 1, para 4", kinds=REPORT)
def check_senco_contact(ctx: CheckContext) -> Iterator[Finding]:
    """The report gives a way to contact the SENCO.

    A name alone is not enough: the law asks for the SENCO's contact details, such
    as an email address or a telephone number.

    Bad::

        <p>Our SENCO is Mrs Ayesha Khan.</p>

    Good::

        <p>Our SENCO is Mrs Ayesha Khan. Telephone 01632 960123.</p>
    """
    facts = ctx.facts
    if _senco_item_missing(ctx):
        return
    reachable = facts.senco_email or facts.senco_phone
    if ctx.school_type in ("mainstream", "nursery") and not reachable:
        yield finding(
            "The report gives no email address or telephone number for the SENCO. "
            "Add at least one so parents can reach them.",
            item="4",
        )


def _senco_item_missing(ctx: CheckContext) -> bool:
    decision = ctx.coverage.items.get("4")
    return decision is not None and decision.applies and decision.value == "not_in_place"


@rule("SR130", "local-offer-link", severity="error",
      reference="SEND Regulations 2014, Schedule 1, para 13", kinds=REPORT)
def check_local_offer_link(ctx: CheckContext) -> Iterator[Finding]:
    """The report links to the local authority's Local Offer.

    Parents must be able to find the local authority's Local Offer from the school's
    report; a link is the clearest way to say where it is published.

    Bad::

        <p>Information is available in the Local Offer.</p>

    Good::

        <p>Read <a href="https://www.examplecounty.gov.uk/local-offer">Exampleshire's
        Local Offer</a>.</p>
    """
    if not ctx.facts.local_offer_url:
        yield finding(
            "The report does not link to the local authority's Local Offer. "
            "Add a link to it so parents can find the wider support available.",
            item="13",
        )


@rule("SR140", "reviewed-recently", severity="warning",
      reference="SEND Code of Practice 2014, para 6.79 (updated annually)", kinds=REPORT)
def check_reviewed_recently(ctx: CheckContext) -> Iterator[Finding]:
    """The report was reviewed within the last 12 months.

    The information must be updated every year, and sooner when something changes.

    Bad::

        <p>This report was reviewed in September 2020.</p>

    Good::

        <p>This report was reviewed on 1 September 2026.</p>
    """
    reviewed = ctx.facts.reviewed
    if reviewed is None:
        return
    if reviewed < _a_year_before(ctx.today):
        yield finding(
            f"The report was last reviewed on {reviewed.day} {reviewed:%B %Y}, more than "
            "12 months ago. Review it with parents and update the date.",
            excerpt=reviewed.isoformat(),
        )


@rule("SR141", "review-date", severity="warning",
      reference="SEND Code of Practice 2014, para 6.79 (updated annually)", kinds=REPORT)
def check_review_date(ctx: CheckContext) -> Iterator[Finding]:
    """The report says when it was last reviewed.

    Without a date, parents cannot tell whether the information is current.

    Bad::

        <p>Our SENCO is Mrs Ayesha Khan.</p>

    Good::

        <p>Reviewed September 2026. Next review: September 2027.</p>
    """
    if ctx.facts.reviewed is None:
        yield finding(
            "The report does not say when it was last reviewed. Add a line such as "
            "'Reviewed September 2026'."
        )


def _a_year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@rule("SR150", "send-policy-link", severity="warning",
      reference="SEND Code of Practice 2014, paras 6.79 and 6.81", kinds=REPORT)
def check_send_policy_link(ctx: CheckContext) -> Iterator[Finding]:
    """The report links to the school's SEND policy.

    The report explains how the policy is carried out; parents should be able to
    read the policy itself.

    Bad::

        <p>We follow our SEND policy.</p>

    Good::

        <p>Read our <a href="/policies/send-policy.html">SEND policy</a>.</p>
    """
    if not ctx.facts.send_policy_url:
        yield finding("The report does not link to the school's SEND policy. Add a link to it.")


@rule("SR151", "accessibility-plan-link", severity="error",
      reference="SEND Code of Practice 2014, para 4.35", kinds=REPORT)
def check_accessibility_plan_link(ctx: CheckContext) -> Iterator[Finding]:
    """The report links to the school's accessibility plan.

    The information must include the school's accessibility plans, together with
    the arrangements for admitting disabled pupils.

    Bad::

        <p>Our building has ramps and a lift.</p>

    Good::

        <p>Our building has ramps and a lift. Read our
        <a href="/policies/accessibility-plan.html">accessibility plan</a>.</p>
    """
    if ctx.school_type == "post16":
        return
    if not ctx.facts.accessibility_plan_url:
        yield finding(
            "The report does not link to the school's accessibility plan. "
            "Add a link to it (SEND Code of Practice 4.35)."
        )


_SENDIASS = re.compile(
    r"\b(send\s*ias+|ias+\b|information,?\s+advice\s+(and|&)\s+support|parent partnership)",
    re.IGNORECASE,
)
_SENDIASS_AT = anchored(_SENDIASS, ("send", "ias", "information", "parent"))


@rule("SR161", "sendiass", severity="warning",
      reference="SEND Regulations 2014, Schedule 1, para 11; Children and Families Act 2014, s.32",
      kinds=REPORT)
def check_sendiass(ctx: CheckContext) -> Iterator[Finding]:
    """The report gives the SEND information, advice and support service.

    Item 11 asks for the contact details of support services for parents,
    including the local SEND information, advice and support service (SENDIASS).

    Bad::

        <h2>Support for families</h2>
        <p>Please ask the office for a list of local charities.</p>

    Good::

        <h2>Support for families</h2>
        <p>Exampleshire SENDIASS gives free, impartial information, advice and support:
        telephone 01632 960555.</p>
    """
    if not _SENDIASS_AT.search(ctx.document.text):
        yield finding(
            "The report does not mention the local SEND information, advice and support "
            "service (SENDIASS). Give its contact details for parents.",
            item="11",
        )
