"""The Local Offer rubric (source 003), as data.

A brief for assessing local authorities' Local Offers against the SEND Code of Practice
(4.1-4.32): thirteen aspects in four sections (general considerations, early years,
schools, post-16), each scored Yes, Partial or No. The rubric was trialled with five
local authorities in the North West before all 23 Local Offers were reviewed.

``requirements`` are the rubric's bullet points, tidied. ``cues`` are lowercase words and
phrases a Local Offer page uses for the aspect; section-specific words (early years,
schools, post-16) tell the three "Admission", "Identification" and "Future steps" lines
apart.
"""

from __future__ import annotations

from senreport.catalogue.types import RubricItem

__all__ = ["RUBRIC", "RUBRIC_IDS", "RUBRIC_SECTIONS", "RUBRIC_VERSION", "SCORES"]

#: The version of the rubric: 2014 Code of Practice, North West review, first cut.
RUBRIC_VERSION = "2014-nw-1"

#: The rubric's own scores, and the coverage values they map onto.
SCORES: dict[str, str] = {"Yes": "in_place", "Partial": "partly", "No": "not_in_place"}

#: Section id -> display name, in the rubric's order.
RUBRIC_SECTIONS: dict[str, str] = {
    "general": "General considerations",
    "early_years": "Early years",
    "schools": "Schools",
    "post16": "Post-16",
}

RUBRIC: tuple[RubricItem, ...] = (
    # --- 1) General considerations ------------------------------------------------------------
    RubricItem(
        id="general.accessibility",
        section="general",
        heading="Accessibility",
        requirements=(
            "Easily signposted through the website.",
            "Offline resources available, e.g. a helpline or in-person outreach.",
        ),
        code_of_practice=(),
        cues=(
            "helpline",
            "contact us",
            "speak to someone",
            "drop-in",
            "in person",
            "face to face",
            "face-to-face",
            "printed copies",
            "paper copies",
            "alternative formats",
            "easy read",
            "other languages",
            "translate",
            "accessibility statement",
            "site map",
            "search the local offer",
        ),
    ),
    RubricItem(
        id="general.feedback",
        section="general",
        heading="Feedback and offer review process",
        requirements=(
            "Feedback forms for young people, parents and practitioners.",
            "Evidence of annual review of the Local Offer.",
        ),
        code_of_practice=(),
        cues=(
            "feedback",
            "feedback form",
            "give feedback",
            "have your say",
            "tell us what you think",
            "you said, we did",
            "you said we did",
            "comments",
            "annual report",
            "annual review of the local offer",
            "review of the local offer",
            "co-production",
            "co-produced",
            "coproduction",
            "parent carer forum",
            "young people's forum",
        ),
    ),
    RubricItem(
        id="general.funding",
        section="general",
        heading="Budget and top-up funding information",
        requirements=("Outlining of the top-up funding process for complex and high needs.",),
        code_of_practice=(),
        cues=(
            "top-up funding",
            "top up funding",
            "high needs funding",
            "high needs block",
            "element 3",
            "notional sen budget",
            "delegated budget",
            "funding bands",
            "banding",
            "personal budget",
            "exceptional needs funding",
            "how funding works",
            "school funding for send",
            "top-up",
            "top up money",
            "extra funding",
            "additional funding",
            "inclusion fund",
            # Named in full, so that "early years" does not take the words first.
            "early years inclusion fund",
            "senif",
            "disability access fund",
            "high needs",
            "extra money",
        ),
    ),
    RubricItem(
        id="general.graduated_approach",
        section="general",
        heading="Graduated approach",
        requirements=(
            "How to request an assessment for an EHC plan.",
            # The source reads "Access -> Plan -> Do -> Review": the cycle is assess, plan,
            # do, review.
            "Assess, plan, do, review in early years, schools and post-16.",
        ),
        code_of_practice=(),
        cues=(
            "graduated approach",
            "assess, plan, do, review",
            "assess plan do review",
            "sen support",
            "ehc needs assessment",
            "request an assessment",
            "request for an ehc needs assessment",
            "education, health and care plan",
            "ehc plan",
            "ehcp",
            "statutory assessment",
            "20 weeks",
            "20-week",
        ),
    ),
    # --- 2) Early years -----------------------------------------------------------------------
    RubricItem(
        id="early_years.admission",
        section="early_years",
        heading="Admission",
        requirements=("Signpost to free early education places and eligibility criteria.",),
        code_of_practice=(),
        cues=(
            "free early education",
            "free childcare",
            "funded childcare",
            "15 hours",
            "30 hours",
            "two-year-old funding",
            "2 year old funding",
            "funded places",
            "eligibility criteria",
            "nursery places",
            "childminder",
            "pre-school",
        ),
    ),
    RubricItem(
        id="early_years.identification",
        section="early_years",
        heading="Identification of need and collaboration",
        requirements=(
            "Identifying need through working collaboration between early years practitioners "
            "and SENCOs.",
            "Collaboration between parents and relevant other services, e.g. health visitors.",
            "Support for parents to aid development at home.",
            "SENCO support for practitioners to assess a child's response to interventions.",
        ),
        code_of_practice=("5.36",),
        cues=(
            "early years practitioners",
            "early years senco",
            "area senco",
            "setting senco",
            "setting's senco",
            "early years foundation stage",
            "eyfs",
            "health visitor",
            "portage",
            "learning at home",
            "development at home",
            "early years inclusion",
            "inclusion funding",
            "early support",
            "response to interventions",
        ),
    ),
    RubricItem(
        id="early_years.future_steps",
        section="early_years",
        heading="Future steps",
        requirements=(
            "Arrangements to review a child's progress, including between the ages of 2 and 3.",
        ),
        code_of_practice=(),
        cues=(
            "progress check at age two",
            "progress check at age 2",
            "two-year-old progress check",
            "2 year check",
            "integrated review",
            "between the ages of 2 and 3",
            "ages of two and three",
            "transition to reception",
            "starting school",
            "school readiness",
            "ready for school",
        ),
    ),
    # --- 3) Schools ---------------------------------------------------------------------------
    RubricItem(
        id="schools.admission",
        section="schools",
        heading="Admission",
        requirements=(
            "Admission of children and young people with disabilities, including reasonable "
            "adjustments and schools' accessibility plans.",
        ),
        code_of_practice=(),
        cues=(
            "school admissions",
            "admissions policy",
            "admission arrangements",
            "in-year admissions",
            "apply for a school place",
            "disabled pupils",
            "accessibility plan",
            "accessibility strategy",
            "reasonable adjustments",
            "equality act",
            "named in an ehc plan",
        ),
    ),
    RubricItem(
        id="schools.identification",
        section="schools",
        heading="Identification of need and collaboration",
        requirements=(
            "Identification, assessment and implementation of provision for pupils with SEN.",
        ),
        code_of_practice=("6.44",),
        cues=(
            "sen support in schools",
            "identification and assessment",
            "identifying sen in school",
            "mainstream schools",
            "special schools",
            "sen information report",
            "school senco",
            "pupils with sen",
            "best endeavours",
            "provision for pupils",
            "quality first teaching",
        ),
    ),
    RubricItem(
        id="schools.future_steps",
        section="schools",
        heading="Future steps",
        requirements=("Support parents in finding post-16 institutions and provision.",),
        code_of_practice=(),
        cues=(
            "post-16 options",
            "post 16 options",
            "choosing a college",
            "moving on from school",
            "leaving school",
            "transition to college",
            "year 9 annual review",
            "preparing for adulthood",
            "careers guidance",
            "sixth form",
            "options after year 11",
        ),
    ),
    # --- 4) Post-16 ---------------------------------------------------------------------------
    RubricItem(
        id="post16.admission",
        section="post16",
        heading="Admission",
        requirements=(
            "Signposting to institutions (approved by the Secretary of State) which parents or "
            "young people are able to request to be named on an EHC plan.",
        ),
        code_of_practice=(),
        cues=(
            "section 41",
            "approved by the secretary of state",
            "independent specialist providers",
            "specialist post-16 institutions",
            "independent specialist colleges",
            "further education colleges",
            "sixth form colleges",
            "named on an ehc plan",
            "request a placement",
            "list of approved institutions",
            "study programmes",
        ),
    ),
    RubricItem(
        id="post16.identification",
        section="post16",
        heading="Identification of need and collaboration",
        requirements=(
            "Mechanisms to identify SEN through relevant data.",
            "Provision to support education and training, including personal care, assistive "
            "technology, specialist tuition, etc.",
            "Local arrangements which support collaboration between institutions, e.g. shared "
            "services.",
            "Co-operation with the local authority supporting the annual EHC plan review.",
            "Provision of support up to the national funding formula threshold.",
        ),
        code_of_practice=("7.13",),
        cues=(
            "personal care",
            "assistive technology",
            "specialist tuition",
            "learning support",
            "shared services",
            "national funding formula",
            "element 2",
            "annual review of the ehc plan",
            "supported internships",
            "job coach",
            "college senco",
            "disabled students",
        ),
    ),
    RubricItem(
        id="post16.future_steps",
        section="post16",
        heading="Future steps",
        requirements=("Support for children and young people released from custody.",),
        code_of_practice=(),
        cues=(
            "released from custody",
            "leaving custody",
            "custody",
            "youth custody",
            "youth offending",
            "youth justice",
            "detained",
            "young offender institution",
            "secure children's home",
            "resettlement",
        ),
    ),
)

#: The 13 rubric ids, in the rubric's order.
RUBRIC_IDS: tuple[str, ...] = tuple(item.id for item in RUBRIC)
