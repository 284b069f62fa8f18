"""Schedule 1 items 10 to 13: the other services the school works with, support services
for parents, moving between phases and preparing for adulthood, and the Local Offer."""

from __future__ import annotations

from senreport.catalogue.schedule1.questions import parents, young_person
from senreport.catalogue.types import ScheduleItem

#: Items 10 to 13, in the order of the regulations.
ITEMS: tuple[ScheduleItem, ...] = (
    ScheduleItem(
        id="10",
        wording=(
            "How the governing body involves other bodies, including health and social services "
            "bodies, local authority support services and voluntary organisations, in meeting the "
            "needs of pupils with special educational needs and in supporting the families of "
            "such pupils."
        ),
        heading="Who else do we work with to support your child and family?",
        code_of_practice=("6.79",),
        prompts=(
            "What other services does the school access, including health, therapy and social "
            "care services?",
            "Liaison with other professionals, and clarity on how outside services can be "
            "accessed and their thresholds for involvement.",
            "Joined-up working with the child or young person, family and all professional "
            "partners to deliver and monitor the EHC plan.",
        ),
        faq=parents(6) + young_person(10),
        cues=(
            "other bodies",
            "external agencies",
            "outside agencies",
            "other agencies",
            "other professionals",
            "other services",
            "outside services",
            "external services",
            "other organisations",
            "partner agencies",
            "specialist services",
            "multi-agency",
            "educational psychologist",
            "educational psychology",
            "speech and language therapy",
            "speech therapy",
            "occupational therapy",
            "physiotherapist",
            "physiotherapy",
            "therapists",
            "school nurse",
            "camhs",
            "paediatrician",
            "health visitor",
            "health services",
            "social care",
            "social services",
            "early help",
            "specialist teaching service",
            "outreach",
            "voluntary organisations",
            "local authority support services",
            "team around the family",
            "nhs",
            "therapy services",
            "sensory support service",
            "sensory impairment service",
            "portage",
            "family hub",
            "mental health support team",
            "friends and partners",
            "our partners",
            "partner organisations",
            "who else helps",
        ),
    ),
    ScheduleItem(
        id="11",
        wording=(
            "The contact details of support services for the parents of pupils with special "
            "educational needs, including those for arrangements made in accordance with "
            "section 32."
        ),
        heading="Where can families get further advice and support?",
        code_of_practice=("6.79",),
        prompts=(
            "Links to the Local Offer.",
            "Signposting to the Parent Partnership Service (now SENDIASS) and local support "
            "groups.",
            "Information on access to family support workers.",
            "What other support services are there who might help parents and provide them with "
            "information and advice?",
        ),
        faq=parents(14),
        cues=(
            "sendiass",
            "sendias",
            "iass",
            "information, advice and support",
            "parent partnership",
            "support services",
            "support for parents",
            "family support",
            "contact details",
            "parent carer forum",
            "support groups",
            "independent advice",
            "impartial advice",
            "independent supporters",
            "helpline",
            "ipsea",
            "contact a family",
            "section 32",
            "useful contacts",
            "useful links",
            "further advice",
            "ias service",
            "advice and support",
            "free, impartial",
            "confidential advice",
            "support for families",
            "help for families",
            "advice for families",
            "family link",
            "home-start",
            "young carers",
            "mediation",
            "disagreement resolution",
            "tribunal",
        ),
    ),
    ScheduleItem(
        id="12",
        wording=(
            "The school's arrangements for supporting pupils with special educational needs in a "
            "transfer between phases of education or in preparation for adulthood and independent "
            "living."
        ),
        heading="How do we help your child move on to a new class, school or adult life?",
        code_of_practice=("6.79",),
        prompts=(
            "What preparation will there be for both the school and the child before he or she "
            "joins the school?",
            "How will the child be prepared to move on to the next stage of education and life, "
            "including employment and life skills?",
            "What information will be provided to the new setting, school or college, and how "
            "will you support it to prepare for the child?",
        ),
        faq=parents(10) + young_person(5, 13, 14),
        cues=(
            "transition",
            "transfer between phases",
            "phases of education",
            "moving on",
            "move on",
            "moving to secondary",
            "move to secondary",
            "secondary transfer",
            "secondary school",
            "starting school",
            "start school",
            "joining the school",
            "extra visits",
            "next stage",
            "new class",
            "next class",
            "moving class",
            "moving up",
            "move between",
            "moving between",
            "new teacher",
            "next teacher",
            "new school",
            "before children start",
            "before your child starts",
            "home visits",
            "photo book",
            "staggered start",
            "summer school",
            "careers",
            "preparing for adulthood",
            "preparation for adulthood",
            "independent living",
            "adult life",
            "post-16",
            "further education",
            "employment",
            "work experience",
            "life skills",
            "pass on records",
        ),
    ),
    ScheduleItem(
        id="13",
        wording="Information on where the local authority's local offer is published.",
        heading="Where can I find the local authority's Local Offer?",
        code_of_practice=("6.79", "4.36"),
        prompts=(
            "Put a link to the local authority's Local Offer on the school website.",
            "Signpost parents and young people to the Local Offer and help them to access it.",
        ),
        faq=parents(14),
        cues=(
            "local offer",
            "local authority's local offer",
            "local authority local offer",
            "council's local offer",
            "county council's local offer",
            "local offer website",
            "local offer is published",
            "local offer can be found",
            "link to the local offer",
            "visit the local offer",
            "send local offer",
            "localoffer",
            "local-offer",
            "families information service",
            "family information service",
            "directory of services",
            "services directory",
        ),
    ),
)
