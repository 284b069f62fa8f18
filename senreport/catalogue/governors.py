"""The SEN report to governors (source 000), as data.

The SEND Code of Practice says nothing specific about what governors should be told about
SEND. Source 000 (a local authority's note) expects a report compiled by the SENCO and the
SEN governor, presented to the governing body at least once a year and published on the
school website, and lists six topics suggested by Lorraine Petersen (education consultant
and former Chief Executive of Nasen).
"""

from __future__ import annotations

from senreport.catalogue.types import PolicyElement

__all__ = ["GOVERNORS_REFERENCE", "GOVERNORS_TOPICS"]

#: Where the six topics come from.
GOVERNORS_REFERENCE = (
    "SEN report to governors (Lorraine Petersen, former CEO of Nasen; LA guidance)"
)

GOVERNORS_TOPICS: tuple[PolicyElement, ...] = (
    PolicyElement(
        id="send_reforms",
        heading="Our move to the new SEND system",
        description="An update on the school's move to the new SEND system.",
        cues=(
            "send reforms",
            "new send system",
            "code of practice",
            "children and families act",
            "ehc plans",
            "statements",
            "transfer to ehc",
            "conversion",
            "sen support",
            "school action",
        ),
        reference=GOVERNORS_REFERENCE,
    ),
    PolicyElement(
        id="identification",
        heading="How we identify pupils with SEND",
        description="How the school identifies pupils with SEND.",
        cues=(
            "identification",
            "identify pupils",
            "identifying pupils",
            "sen register",
            "send register",
            "number of pupils",
            "pupils on the register",
            "areas of need",
            "primary need",
            "census",
        ),
        reference=GOVERNORS_REFERENCE,
    ),
    PolicyElement(
        id="progress",
        heading="Progress of pupils with SEND",
        description=(
            "The pupils' progress: the provision for, and progress of, pupils with SEN and/or "
            "disabilities, and the impact on their outcomes."
        ),
        cues=(
            "progress",
            "attainment",
            "outcomes",
            "progress data",
            "expected progress",
            "attainment gap",
            "impact of interventions",
            "achievement",
            "results",
        ),
        reference=GOVERNORS_REFERENCE,
    ),
    PolicyElement(
        id="funding",
        heading="SEND funding",
        description="SEND funding: confirmation of the funding received and how it was used.",
        cues=(
            "funding",
            "notional sen budget",
            "sen budget",
            "send budget",
            "top-up funding",
            "high needs funding",
            "element 3",
            "expenditure",
            "budget",
            "value for money",
        ),
        reference=GOVERNORS_REFERENCE,
    ),
    PolicyElement(
        id="staff_development",
        heading="Staff development",
        description="Staff development: the training staff have had and its impact.",
        cues=(
            "staff development",
            "staff training",
            "training",
            "cpd",
            "professional development",
            "inset",
            "national award",
            "qualifications",
            "courses attended",
        ),
        reference=GOVERNORS_REFERENCE,
    ),
    PolicyElement(
        id="external_agencies",
        heading="Work with external agencies",
        description="Work with external agencies and the impact it has had on pupils' outcomes.",
        cues=(
            "external agencies",
            "outside agencies",
            "other agencies",
            "multi-agency",
            "educational psychologist",
            "speech and language",
            "camhs",
            "outreach",
            "health services",
            "social care",
        ),
        reference=GOVERNORS_REFERENCE,
    ),
)
