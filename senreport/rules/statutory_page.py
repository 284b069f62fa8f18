"""SR100: the page checked is not a SEN information report at all."""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.registry import rule


@rule("SR100", "not-a-report", severity="error",
      reference="SEND Regulations 2014, regulation 51 and Schedule 1", kinds=("sen-report",))
def check_is_a_report(ctx: CheckContext) -> Iterator[Finding]:
    """The page is the SEN information report, not another page.

    A school's admissions page, its SEND policy or its accessibility plan is not the SEN
    information report, however many of the same words it uses: the report is a page of
    its own that answers the thirteen items of Schedule 1.

    Bad::

        <h1>Admissions</h1>
        <p>Children with an EHC plan that names the school are admitted first.</p>

    Good::

        <h1>SEN Information Report</h1>
        <h2>What kinds of special educational needs do we provide for?</h2>
        <p>We provide for children with communication and interaction needs, cognition and
        learning needs, social, emotional and mental health needs, and sensory and physical
        needs.</p>
    """
    if ctx.coverage.other:
        yield finding(
            f"This page looks like {ctx.coverage.other}, not the SEN information report. "
            "Check you have the right page: the report is a page of its own that answers "
            "every item the law lists.",
        )
