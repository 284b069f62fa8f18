"""What a SEND policy should contain (source 001), as data.

Source 001 draws on the DfE's advice on statutory policies (February 2014): "In effect a
policy should include" status, purpose, consultation, cross-references, roles and
responsibilities, monitoring and evaluation, the date established by the governing body,
a date for review and the signature of the Chair of Governors. Source 000 adds that the
policy is updated every three years.
"""

from __future__ import annotations

from senreport.catalogue.types import PolicyElement

__all__ = ["POLICY_ELEMENTS", "POLICY_REFERENCE", "POLICY_REVIEW_YEARS"]

#: Where the list of contents comes from.
POLICY_REFERENCE = "SEND policy contents (DfE statutory policies advice, 2014)"

#: How often a SEND policy is reviewed (source 000: "every 3 years").
POLICY_REVIEW_YEARS = 3

POLICY_ELEMENTS: tuple[PolicyElement, ...] = (
    PolicyElement(
        id="status",
        heading="Status",
        description="Status: statutory, expected or recommended.",
        cues=(
            "statutory policy",
            "status of this policy",
            "policy status",
            "this policy is statutory",
            "statutory requirement",
            "required by law",
            "non-statutory",
            "status:",
        ),
        reference=POLICY_REFERENCE,
    ),
    PolicyElement(
        id="purpose",
        heading="Purpose",
        description=(
            "Purpose: a brief statement referring to relevant local guidelines, national "
            "regulations and the school's own values, vision and aims."
        ),
        cues=(
            "purpose of this policy",
            "purpose",
            "aims of this policy",
            "aims",
            "objectives",
            "vision",
            "values",
            "ethos",
            "rationale",
            "this policy sets out",
            "children and families act 2014",
            "send code of practice",
            "equality act 2010",
            "send regulations 2014",
        ),
        reference=POLICY_REFERENCE,
    ),
    PolicyElement(
        id="consultation",
        heading="Consultation",
        description=(
            "Consultation: the groups, individuals and documents consulted, which is useful when "
            "the policy needs revising. Children, young people and their families should be "
            "consulted."
        ),
        cues=(
            "consultation",
            "consulted",
            "in consultation with",
            "developed with",
            "developed in partnership",
            "co-produced",
            "co-production",
            "parents were consulted",
            "views of parents",
        ),
        reference=POLICY_REFERENCE,
    ),
    PolicyElement(
        id="cross_references",
        heading="Links to other policies and documents",
        description=(
            "Cross-references to other documents: linking with other policies gives a more "
            "coherent approach."
        ),
        cues=(
            "related policies",
            "linked policies",
            "other policies",
            "read alongside",
            "read in conjunction with",
            "see also",
            "accessibility plan",
            "behaviour policy",
            "supporting pupils with medical conditions",
            "safeguarding policy",
            "equality policy",
            "sen information report",
            "complaints policy",
            "anti-bullying policy",
        ),
        reference=POLICY_REFERENCE,
    ),
    PolicyElement(
        id="roles",
        heading="Roles and responsibilities",
        description=(
            "Roles and responsibilities of the headteacher, staff and governors: the core and "
            "most detailed part of the policy."
        ),
        cues=(
            "roles and responsibilities",
            "responsibilities of",
            "role of the senco",
            "the senco will",
            "governing body",
            "governing board",
            "headteacher",
            "head teacher",
            "class teachers",
            "teaching assistants",
            "sen governor",
            "send governor",
        ),
        reference=POLICY_REFERENCE,
    ),
    PolicyElement(
        id="monitoring",
        heading="Monitoring and evaluation",
        description=(
            "Monitoring and evaluation arrangements: what evidence would demonstrate success, and "
            "how and when it will be brought to the attention of the governing body."
        ),
        cues=(
            "monitoring and evaluation",
            "monitoring and evaluating",
            "monitor the effectiveness",
            "evaluate the effectiveness",
            "monitored by",
            "report to governors",
            "reported to the governing body",
            "evidence of success",
            "success criteria",
            "impact",
        ),
        reference=POLICY_REFERENCE,
    ),
    PolicyElement(
        id="date_established",
        heading="Date established by the governing body",
        description="The date the policy was established (approved) by the governing body.",
        cues=(
            "date approved",
            "approved by the governing body",
            "approved by governors",
            "adopted by the governing body",
            "adopted by governors",
            "ratified",
            "date of approval",
            "date adopted",
            "approved on",
            "adopted on",
            "policy date",
            "date of policy",
        ),
        reference=POLICY_REFERENCE,
    ),
    PolicyElement(
        id="review_date",
        heading="Date for review",
        description=(
            "The date for review. A SEND policy is updated every three years (source 000), or "
            "sooner if the law or the school's arrangements change."
        ),
        cues=(
            "review date",
            "date for review",
            "date of next review",
            "next review",
            "next review date",
            "to be reviewed",
            "review due",
            "reviewed every three years",
            "reviewed every 3 years",
            "reviewed annually",
        ),
        reference=f"{POLICY_REFERENCE}; reviewed every {POLICY_REVIEW_YEARS} years",
    ),
    PolicyElement(
        id="signature",
        heading="Signature of the Chair of Governors",
        description="Signature of the Chair of Governors (or Chair of Committee).",
        cues=(
            "signed",
            "signature",
            "signed by",
            "chair of governors",
            "chair of the governing body",
            "chair of the governing board",
            "chair of committee",
            "chair of the committee",
        ),
        reference=POLICY_REFERENCE,
    ),
)
