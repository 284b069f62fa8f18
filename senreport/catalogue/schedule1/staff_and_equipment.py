"""Schedule 1 items 4 to 6: the SENCO's contact details, the staff's expertise and training,
and how equipment and facilities are secured."""

from __future__ import annotations

from senreport.catalogue.schedule1.needs_and_assessment import MAINSTREAM_AND_NURSERY
from senreport.catalogue.schedule1.questions import parents, young_person
from senreport.catalogue.types import ScheduleItem

#: Items 4 to 6, in the order of the regulations.
ITEMS: tuple[ScheduleItem, ...] = (
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
        faq=parents(1, 14),
        school_types=MAINSTREAM_AND_NURSERY,
        # The role named alone ("the SENCO checks the records") is not about who the SENCO
        # is: the role counts beside a name or a way to reach them (catalogue.topics).
        cues=(
            "senco is",
            "our senco",
            "sendco is",
            "who is the person responsible",
            "our sendco",
            "contact the senco",
            "first point of contact",
            # "Who leads SEND?", "Who coordinates SEN provision?", "Who runs learning support?"
            "who leads send",
            "who leads sen",
            "who leads on",
            "who coordinates",
            "who runs send",
            "who runs sen",
            "leads learning support",
            "runs learning support",
            "who is responsible for send",
            "who is responsible for sen",
            "who is in charge of send",
            "who is in charge of sen",
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
        faq=parents(6, 7) + young_person(9, 10),
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
            "staff development",
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
            "training",
            "trained",
            "autism awareness",
            "npq",
            "national professional qualification",
            "specialist teacher",
            "expertise",
            "experienced",
            "courses",
            "ambda",
            "qualification",
            "mental health awareness",
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
        faq=parents(9, 11) + young_person(12),
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
            "numicon",
            "disabled parking",
            "adapted seating",
            "standing frame",
            "standing frames",
            "hoist",
            "hoists",
            "changing bed",
            "changing places",
            "level access",
            "radio aid",
            "radio aids",
            "reader pens",
            "equipment is",
            "bought from",
            "one level",
            "accessible to wheelchair users",
            # "Is the building accessible?", "Do you have a lift?"
            "building accessible",
            "have a lift",
        ),
    ),
)
