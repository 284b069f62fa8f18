"""The SEN information report: the SEND Regulations 2014, Schedule 1 (regulation 51), as data.

Sources (see ``/work/shared/seeds``):

- the statutory wording of Schedule 1 and its items 3(a)-(g) (source 004);
- the framework prompts per item of Cambridgeshire's schools toolkit, with what
  Cambridgeshire SENCOs said parents can expect (source 004);
- the SE7 Pathfinder's frequently asked questions of parents and carers, and of
  young people (source 004), each mapped to the item(s) that answer it;
- Code of Practice paragraphs cited for the item (sources 000, 001 and 004); every
  item rests on 6.79, the duty to publish the report.

Item 3's own text is the lead-in to (a)-(g) and is kept as :data:`ITEM_3_LEAD_IN`.
Sub-item wording is kept as the regulations word it, without the trailing ``;`` or
``; and`` that joins the list.

``cues`` are lowercase words and phrases that real school reports use for an item,
in headings or in body text. They are chosen to be distinctive: a cue should point
to one item (a few sit under two), never to the whole report.
"""

from __future__ import annotations

from senreport.catalogue.types import ScheduleItem

__all__ = [
    "ITEM_3_LEAD_IN",
    "PARENT_FAQ",
    "SCHEDULE_1",
    "SCHEDULE_1_IDS",
    "YOUNG_PERSON_FAQ",
]

#: The text of Schedule 1, item 3, which introduces sub-items (a)-(g).
ITEM_3_LEAD_IN = (
    "Information about the school's policies for making provision for pupils with special "
    "educational needs whether or not pupils have EHC Plans, including—"
)

#: Items 2 and 4 apply only to mainstream schools and maintained nursery schools.
_MAINSTREAM_AND_NURSERY = ("mainstream", "nursery")

# --- The SE7 Pathfinder's frequently asked questions (source 004) -----------------------------

#: The parents' and carers' questions, in the SE7 order (1-14).
PARENT_FAQ: tuple[str, ...] = (
    "How does the school know if children need extra help and what should I do if I think my "
    "child may have special educational needs?",
    "How will school staff support my child?",
    "How will the curriculum be matched to my child's needs?",
    "How will both you and I know how my child is doing and how will you help me to support "
    "my child's learning?",
    "What support will there be for my child's overall well being?",
    "What specialist services and expertise are available at or accessed by the school?",
    "What training have the staff supporting children and young people with SEND had or are "
    "having?",
    "How will my child be included in activities outside the classroom including school trips?",
    "How accessible is the school environment?",
    "How will the school prepare and support my child to join the school, transfer to a new "
    "school or the next stage of education and life?",
    "How are the school's resources allocated and matched to children's special educational "
    "needs?",
    "How is the decision made about what type and how much support my child will receive?",
    "How are parents involved in the school? How can I be involved?",
    "Who can I contact for further information?",
)

#: The young person's questions, in the SE7 order (1-14).
YOUNG_PERSON_FAQ: tuple[str, ...] = (
    "How does the school or college know if I need extra help?",
    "What should I do if I think I need extra help?",
    "How will my course work be organised to meet my individual needs?",
    "How will I be involved in planning for my needs and who will explain it and help me?",
    "Who will tell me what I can do to help myself and be more independent?",
    "What should I do if I am worried about something?",
    "How will I know if I am doing as well as I should?",
    "How can I get help if I am worried about things other than my course?",
    "Are there staff in college who have had special training to help young people who need "
    "extra help?",
    "Can college staff get extra help from experts outside the college if they need to?",
    "If I have difficulty in taking part in college activities what different arrangements "
    "can be made?",
    "If I have a disability or additional need how can I join in college activities?",
    "What help is there to help me get ready to start college?",
    "I am coming to college to prepare for employment, how will I be supported?",
)


def _parents(*numbers: int) -> tuple[str, ...]:
    """The parents' FAQ questions with these SE7 numbers (1-based)."""
    return tuple(PARENT_FAQ[n - 1] for n in numbers)


def _young_person(*numbers: int) -> tuple[str, ...]:
    """The young person's FAQ questions with these SE7 numbers (1-based)."""
    return tuple(YOUNG_PERSON_FAQ[n - 1] for n in numbers)


# --- Schedule 1 ---------------------------------------------------------------------------------

SCHEDULE_1: tuple[ScheduleItem, ...] = (
    ScheduleItem(
        id="1",
        wording="The kinds of special educational needs for which provision is made at the school.",
        heading="What kinds of special educational needs do we provide for?",
        code_of_practice=("6.79", "1.26"),
        prompts=(
            "The types and levels of need for which the school or setting offers provision.",
            "How the school focuses on inclusive practice and removing barriers to learning "
            "(SEND Code of Practice 1.26-1.38).",
            "If the school is specialist, which types of special educational need it caters for.",
        ),
        faq=_parents(1),
        cues=(
            "kinds of special educational needs",
            "types of special educational needs",
            "kinds of need",
            "types of need",
            "range of needs",
            "broad areas of need",
            "four areas of need",
            "communication and interaction",
            "cognition and learning",
            "social, emotional and mental health",
            "sensory and/or physical",
            "sensory and physical needs",
            "physical needs",
            "autism",
            "autistic spectrum",
            "adhd",
            "dyspraxia",
            "specific learning difficulties",
            "moderate learning difficulties",
            "severe learning difficulties",
            "speech, language and communication needs",
            "visual impairment",
            "hearing impairment",
            "physical disability",
            "inclusive practice",
            "we are an inclusive school",
            "needs we provide for",
            "needs we cater for",
        ),
    ),
    ScheduleItem(
        id="2",
        wording=(
            "Information, in relation to mainstream schools and maintained nursery schools, about "
            "the school's policies for the identification and assessment of pupils with special "
            "educational needs."
        ),
        heading="How do we find out if a child needs extra help?",
        code_of_practice=("6.79", "6.16", "6.17"),
        prompts=(
            "What is the procedure for assessment of pupils on entry, including when a child or "
            "young person joins mid-year?",
            "How are parents', carers', children's and young people's views of strengths and "
            "needs included?",
            "How do you avoid parents having to repeat the same information again and again? If "
            "the family are using a Family Information File, do you offer to continue this "
            "approach?",
            "Are parents and carers aware of the assessment procedures used in your school?",
            "Do they feel that the assessments are clear and easy to understand?",
            "Is the language of assessment used by your school clearly explained?",
        ),
        faq=_parents(1) + _young_person(1, 2),
        school_types=_MAINSTREAM_AND_NURSERY,
        cues=(
            "identification and assessment",
            "identifying special educational needs",
            "identification of need",
            "identifying needs",
            "early identification",
            "how we identify",
            "how do we identify",
            "identify pupils",
            "need extra help",
            "needs extra help",
            "concerns about your child",
            "raise a concern",
            "initial concerns",
            "assessment on entry",
            "on entry to the school",
            "baseline assessment",
            "less than expected progress",
            "slower than that of their peers",
            "attainment gap",
            "screening",
            "standardised tests",
            "observations",
            "sen register",
            "send register",
            "special educational needs register",
            "diagnosis",
            "reasonable adjustments may need to be made",
        ),
    ),
    ScheduleItem(
        id="3a",
        wording="how the school evaluates the effectiveness of its provision for such pupils",
        heading="How do we know our support is working?",
        code_of_practice=("6.79", "6.54", "6.55"),
        prompts=(
            "What procedures do you have for listening and responding to the views of parents, "
            "carers, children and young people about the quality of provision?",
            "Do you regularly self-evaluate your SEND provision and act on the findings through "
            "the school development plan? Are parents involved in this process?",
            "How do you measure whether interventions are successful or not?",
            "Share clear, parent-friendly data and information, and the measured impact of "
            "interventions.",
        ),
        faq=_parents(2, 12),
        cues=(
            "effectiveness of provision",
            "effectiveness of our provision",
            "effectiveness of the provision",
            "evaluate the effectiveness",
            "evaluating the effectiveness",
            "evaluating our provision",
            "how effective",
            "impact of interventions",
            "impact of the support",
            "measure the impact",
            "measuring impact",
            "entry and exit data",
            "self-evaluation",
            "self evaluation",
            "school development plan",
            "school improvement plan",
            "quality of provision",
            "monitoring of provision",
            "provision is monitored",
            "learning walks",
            "work scrutiny",
            "book scrutiny",
            "governors monitor",
            "value for money",
            "outcomes for pupils with send",
        ),
    ),
    ScheduleItem(
        id="3b",
        wording=(
            "the school's arrangements for assessing and reviewing the progress of pupils with "
            "special educational needs"
        ),
        heading="How will we check and review your child's progress?",
        code_of_practice=("6.79", "6.44"),
        prompts=(
            "How is the 'Assess, Plan, Do, Review' cycle organised in your school for children and "
            "young people on SEN Support?",
            "If a child or young person has a Statement of Educational Needs or an Education, "
            "Health and Care Plan, how is the annual review included as part of this cycle?",
            "Pupil progress is reported on regularly, measured in small steps against longer-term "
            "outcomes, and assessments are clearly explained and jargon free.",
        ),
        faq=_parents(4) + _young_person(7),
        cues=(
            "assess, plan, do, review",
            "assess plan do review",
            "assess-plan-do-review",
            "plan, do, review",
            "graduated approach",
            "graduated response",
            "progress",
            "assessing and reviewing",
            "reviewing progress",
            "progress reviews",
            "review meetings",
            "termly reviews",
            "termly review",
            "annual review",
            "targets",
            "smart targets",
            "pupil progress meetings",
            "tracking progress",
            "progress tracking",
            "small steps",
            "individual education plan",
            "iep",
            "sen support plan",
            "support plans",
            "expected progress",
            "progress towards outcomes",
            "reports to parents",
        ),
    ),
    ScheduleItem(
        id="3c",
        wording="the school's approach to teaching pupils with special educational needs",
        heading="How do we teach children with special educational needs?",
        code_of_practice=("6.79", "6.36", "6.37", "6.52"),
        prompts=(
            "A description of your policies and where they can be found.",
            "A description of what Quality First Teaching looks like in your school.",
        ),
        faq=_parents(2, 3) + _young_person(3),
        cues=(
            "approach to teaching",
            "quality first teaching",
            "high quality teaching",
            "high-quality teaching",
            "adaptive teaching",
            "differentiation",
            "differentiated",
            "class teacher is responsible",
            "responsible and accountable",
            "teaching strategies",
            "inclusive teaching",
            "teaching and learning",
            "small group teaching",
            "small group work",
            "one-to-one teaching",
            "1:1 teaching",
            "multi-sensory",
            "scaffolding",
            "pre-teaching",
            "overlearning",
            "modelling",
            "wave 1",
            "teaching assistants",
        ),
    ),
    ScheduleItem(
        id="3d",
        wording=(
            "how the school adapts the curriculum and learning environment for pupils with "
            "special educational needs"
        ),
        heading="How do we adapt the curriculum and the classroom?",
        code_of_practice=("6.79", "4.35"),
        prompts=(
            "A description of, and link to, your accessibility plan.",
            "A description of what parents can expect from you as a 'Communication Supportive "
            "School' or a 'Dyslexia Friendly School'.",
            "How the broad and balanced curriculum is adapted or made accessible for pupils with "
            "SEN.",
        ),
        faq=_parents(3, 9) + _young_person(3),
        cues=(
            "adapt the curriculum",
            "adapting the curriculum",
            "adapted curriculum",
            "curriculum is adapted",
            "adaptations to the curriculum",
            "learning environment",
            "classroom environment",
            "accessible curriculum",
            "broad and balanced curriculum",
            "personalised curriculum",
            "alternative curriculum",
            "reasonable adjustments",
            "accessibility plan",
            "dyslexia friendly",
            "communication supportive",
            "communication friendly",
            "visual timetable",
            "now and next",
            "workstation",
            "quiet area",
            "quiet space",
            "coloured overlays",
            "access arrangements",
            "adapted resources",
            "modified resources",
            "seating plan",
        ),
    ),
    ScheduleItem(
        id="3e",
        wording=(
            "additional support for learning that is available to pupils with special educational "
            "needs"
        ),
        heading="What extra help with learning is there?",
        code_of_practice=("6.79", "6.52"),
        prompts=(
            "Your provision map explained.",
            "How resources and the SEN budget are allocated and matched to pupils' needs, and how "
            "the decision is made about what type and how much support a pupil receives.",
        ),
        faq=_parents(2, 11, 12) + _young_person(5),
        cues=(
            "additional support for learning",
            "additional support",
            "extra support",
            "interventions",
            "intervention programmes",
            "intervention groups",
            "provision map",
            "provision mapping",
            "teaching assistant support",
            "learning support assistants",
            "in-class support",
            "booster groups",
            "catch-up",
            "catch up",
            "reading intervention",
            "phonics intervention",
            "precision teaching",
            "toe by toe",
            "targeted support",
            "withdrawal groups",
            "sen budget",
            "notional sen budget",
            "top-up funding",
            "high needs funding",
            "resources are allocated",
            "how much support",
        ),
    ),
    ScheduleItem(
        id="3f",
        wording=(
            "how the school enables pupils with special educational needs to engage in the "
            "activities of the school (including physical activities) together with children who "
            "do not have special educational needs"
        ),
        heading="How can your child join in everything the school does, including trips and sport?",
        code_of_practice=("6.79", "4.35"),
        prompts=(
            "Any special clubs and facilities.",
            "Will pupils be able to access all of the activities of the school, and how will you "
            "help them to do so?",
            "How do you involve parents and carers in planning activities and trips?",
        ),
        faq=_parents(8) + _young_person(11, 12),
        cues=(
            "activities of the school",
            "engage in the activities",
            "all school activities",
            "activities outside the classroom",
            "physical activities",
            "physical education",
            "pe lessons",
            "sports day",
            "sports",
            "school trips",
            "trips",
            "educational visits",
            "residential",
            "extra-curricular",
            "extracurricular",
            "after-school clubs",
            "after school clubs",
            "breakfast club",
            "clubs",
            "join in",
            "included in all",
            "risk assessment",
            "less favourably",
        ),
    ),
    ScheduleItem(
        id="3g",
        wording=(
            "support that is available for improving the emotional, mental and social development "
            "of pupils with special educational needs"
        ),
        heading="How do we support your child's wellbeing?",
        code_of_practice=("6.79",),
        prompts=(
            "Universal, targeted and specialist support.",
            "What pastoral, medical and social support is available, including the administration "
            "of medicines and personal care?",
            "What support is there for behaviour, avoiding exclusions and increasing attendance?",
            "What measures are in place to prevent bullying?",
        ),
        faq=_parents(5) + _young_person(6, 8),
        cues=(
            "emotional, mental and social development",
            "social and emotional",
            "wellbeing",
            "well-being",
            "well being",
            "pastoral",
            "emotional",
            "mental health",
            "social development",
            "bullying",
            "anti-bullying",
            "elsa",
            "emotional literacy",
            "nurture group",
            "nurture",
            "zones of regulation",
            "self-esteem",
            "lunchtime club",
            "social skills",
            "friendship groups",
            "counselling",
            "learning mentor",
            "thrive",
            "mindfulness",
            "trusted adult",
            "behaviour support",
            "exclusions",
            "attendance",
            "administration of medicines",
            "personal care",
        ),
    ),
    ScheduleItem(
        id="4",
        wording=(
            "In relation to mainstream schools and maintained nursery schools, the name and "
            "contact details of the SEN co-ordinator."
        ),
        heading="Who is our SENCO and how can I contact them?",
        code_of_practice=("6.79",),
        prompts=(
            "The name of the SENCO and how to contact them (telephone and email).",
            "Who is the first point of contact if parents want to discuss something about their "
            "child, or are considering whether their child should join the school?",
        ),
        faq=_parents(1, 14),
        school_types=_MAINSTREAM_AND_NURSERY,
        cues=(
            "senco",
            "sendco",
            "senco is",
            "our senco",
            "sen co-ordinator",
            "sen coordinator",
            "send co-ordinator",
            "send coordinator",
            "special educational needs co-ordinator",
            "special educational needs coordinator",
            "inclusion manager",
            "inclusion lead",
            "inclusion co-ordinator",
            "contact the senco",
            "first point of contact",
            "assistant senco",
            "national award for sen co-ordination",
            "telephone",
            "email:",
            "tel:",
        ),
    ),
    ScheduleItem(
        id="5",
        wording=(
            "Information about the expertise and training of staff in relation to children and "
            "young people with special educational needs and about how specialist expertise will "
            "be secured."
        ),
        heading="What training and expertise do our staff have?",
        code_of_practice=("6.79",),
        prompts=(
            "SEND in the induction programme for teaching and non-teaching staff.",
            "The range of specialist expertise across the school.",
            "Arrangements in place for whole-school continuing professional development in SEND.",
            "Commitment to nationally identified programmes, e.g. the SENCO Award, Autism "
            "Education Trust training, ELKLAN speech, language and communication training.",
            "Opportunities for joint staff and parent or carer training, if relevant.",
            "Accessing specialist support from outside the school (links to the Local Offer).",
        ),
        faq=_parents(6, 7) + _young_person(9, 10),
        cues=(
            "expertise and training",
            "staff training",
            "training of staff",
            "trained in",
            "training programme",
            "whole-school training",
            "whole school training",
            "specialist expertise",
            "staff expertise",
            "cpd",
            "continuing professional development",
            "professional development",
            "inset",
            "induction",
            "qualifications",
            "qualified",
            "national award",
            "autism education trust",
            "elklan",
            "disability awareness",
            "team teach",
            "makaton",
            "specialist teachers",
            "specialist staff",
            "experienced staff",
        ),
    ),
    ScheduleItem(
        id="6",
        wording=(
            "Information about how equipment and facilities to support children and young people "
            "with special educational needs will be secured."
        ),
        heading="How do we get the equipment and facilities your child needs?",
        code_of_practice=("6.79", "4.35"),
        prompts=(
            "The resources and support techniques pupils can use, e.g. visual timetables, quiet "
            "workspaces, touch-screen technology and software, sensory circuits, concrete "
            "resources such as Numicon.",
            "Arrangements for access to more specialist equipment and facilities, e.g. through "
            "the Sensory Service or the Occupational Therapy Service.",
            "Arrangements for reasonable adjustments to the whole-school environment.",
            "Is the building fully wheelchair accessible? Are there disabled changing and toilet "
            "facilities? Have there been improvements in the auditory and visual environment?",
        ),
        faq=_parents(9, 11) + _young_person(12),
        cues=(
            "equipment and facilities",
            "specialist equipment",
            "facilities",
            "equipment",
            "wheelchair",
            "wheelchair accessible",
            "disabled toilet",
            "accessible toilet",
            "changing facilities",
            "hygiene suite",
            "lift access",
            "ramps",
            "accessible building",
            "accessibility of the building",
            "auditory and visual environment",
            "hearing loop",
            "sensory room",
            "sensory circuits",
            "assistive technology",
            "laptops",
            "specialist seating",
            "writing slopes",
            "ear defenders",
            "numicon",
            "disabled parking",
        ),
    ),
    ScheduleItem(
        id="7",
        wording=(
            "The arrangements for consulting parents of children with special educational needs "
            "about, and involving such parents in, the education of their child."
        ),
        heading="How will we involve you in your child's education?",
        code_of_practice=("6.79", "6.55"),
        prompts=(
            "How parents and the child or young person are central to the Assess, Plan, Do, "
            "Review cycle.",
            "A listening ear, mutual respect and acknowledgement that parents are experts on "
            "their own child.",
            "A single point of contact to discuss the needs of a child, with appointments and "
            "time agreed in advance.",
            "What opportunities are there for regular contact, e.g. a home-school book, and do "
            "you offer any parent training or learning events?",
        ),
        faq=_parents(4, 13),
        cues=(
            "consulting parents",
            "involving parents",
            "parental involvement",
            "parents' involvement",
            "working with parents",
            "partnership with parents",
            "working in partnership",
            "parents are experts",
            "parents' evening",
            "parents evening",
            "parent consultation",
            "parent meetings",
            "home-school book",
            "home school book",
            "home-school diary",
            "home school diary",
            "communication with parents",
            "coffee mornings",
            "parent workshops",
            "parent training",
            "parent questionnaire",
            "parents' views",
            "parent voice",
            "keep you informed",
            "open door",
        ),
    ),
    ScheduleItem(
        id="8",
        wording=(
            "The arrangements for consulting young people with special educational needs about, "
            "and involving them in, their education."
        ),
        heading="How will we listen to your child and involve them?",
        code_of_practice=("6.79",),
        prompts=(
            "Arrangements for personalisation.",
            "How will children and young people be able to contribute their views, and how will "
            "the school support them to do this?",
        ),
        faq=_parents(5) + _young_person(2, 4, 7),
        cues=(
            "pupil voice",
            "student voice",
            "child's views",
            "pupils' views",
            "views of the child",
            "views of pupils",
            "young people's views",
            "their views",
            "consulting young people",
            "consulting pupils",
            "involving pupils",
            "involving young people",
            "one page profile",
            "one-page profile",
            "pupil passport",
            "all about me",
            "person-centred",
            "person centred",
            "child-centred",
            "school council",
            "pupil questionnaire",
            "pupil conferencing",
            "self-advocacy",
            "personalisation",
            "have their say",
        ),
    ),
    ScheduleItem(
        id="9",
        wording=(
            "Any arrangements made by the governing body or the proprietor relating to the "
            "treatment of complaints from parents of pupils with special educational needs "
            "concerning the provision made at the school."
        ),
        heading="What can I do if I am not happy or want to complain?",
        code_of_practice=("6.79",),
        prompts=(
            "Clear guidance on how to make a complaint.",
            "Openness and an early response when an issue is raised.",
            "Clear explanations as to why some requests cannot reasonably be met.",
            "Follow-up to agreed actions.",
            "Signposting to the Parent Partnership Service (now SENDIASS) and local support "
            "groups.",
        ),
        faq=_parents(14) + _young_person(6),
        cues=(
            "complaints",
            "complaint",
            "complaints procedure",
            "complaints policy",
            "make a complaint",
            "not happy",
            "unhappy",
            "dissatisfied",
            "concerns or complaints",
            "disagreement resolution",
            "disagreement",
            "mediation",
            "tribunal",
            "first-tier tribunal",
            "send tribunal",
            "appeal",
            "chair of governors",
            "formal complaint",
            "ombudsman",
            "resolve",
            "discrimination claims",
        ),
    ),
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
        faq=_parents(6) + _young_person(10),
        cues=(
            "other bodies",
            "external agencies",
            "outside agencies",
            "other agencies",
            "other professionals",
            "multi-agency",
            "educational psychologist",
            "educational psychology",
            "speech and language therapist",
            "speech and language therapy",
            "occupational therapist",
            "occupational therapy",
            "physiotherapist",
            "physiotherapy",
            "school nurse",
            "camhs",
            "paediatrician",
            "health visitor",
            "social care",
            "social services",
            "early help",
            "specialist teaching service",
            "outreach",
            "voluntary organisations",
            "voluntary sector",
            "local authority support services",
            "team around the family",
            "team around the child",
            "referral",
            "virtual school",
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
        faq=_parents(14),
        cues=(
            "sendiass",
            "sendias",
            "iass",
            "information, advice and support",
            "information advice and support",
            "parent partnership",
            "support services for parents",
            "support for parents",
            "family support",
            "family support worker",
            "contact details",
            "parent carer forum",
            "parent support groups",
            "support groups",
            "local support groups",
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
        faq=_parents(10) + _young_person(5, 13, 14),
        cues=(
            "transition",
            "transitions",
            "transfer between phases",
            "phases of education",
            "moving on",
            "moving to secondary",
            "secondary transfer",
            "starting school",
            "joining the school",
            "transition visits",
            "transition days",
            "extra visits",
            "transition booklet",
            "next stage",
            "new class",
            "next class",
            "preparing for adulthood",
            "preparation for adulthood",
            "independent living",
            "post-16",
            "post 16",
            "further education",
            "employment",
            "careers advice",
            "careers guidance",
            "work experience",
            "life skills",
            "handover",
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
        faq=_parents(14),
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

#: The 19 item ids, in the order of the regulations.
SCHEDULE_1_IDS: tuple[str, ...] = tuple(item.id for item in SCHEDULE_1)
