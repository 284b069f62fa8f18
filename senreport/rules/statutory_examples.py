"""Failing and passing examples of the Schedule 1 item rules (SR101-SR113)."""

from __future__ import annotations

_OTHER = "<h2>Our school day</h2><p>The school day starts at 8.45am and ends at 3.15pm.</p>"

#: item id -> (summary, bad example, good example)
ITEM_EXAMPLES: dict[str, tuple[str, str, str]] = {
    "1": (
        "The report says which kinds of special educational needs the school provides for.",
        _OTHER,
        "<h2>What kinds of special educational needs do we provide for?</h2>"
        "<p>We welcome children with needs in all four broad areas: communication and "
        "interaction, cognition and learning, social, emotional and mental health, and "
        "sensory and/or physical needs.</p>",
    ),
    "2": (
        "The report explains how the school identifies and assesses pupils with SEN.",
        _OTHER,
        "<h2>How do we identify and assess special educational needs?</h2>"
        "<p>Teachers check every child's progress each term. If a child is not making "
        "expected progress, or a parent raises a concern, the class teacher and SENCO "
        "assess their needs, using observations and screening tests.</p>",
    ),
    "3": (
        "The report covers each part of item 3: how the school makes provision.",
        _OTHER,
        "<h2>How we check our support works</h2><p>We evaluate the effectiveness of our "
        "provision each term. The SENCO measures the impact of every intervention against the "
        "targets set at the start, and reports to governors on what has worked.</p>"
        "<h2>Assessing and reviewing progress</h2><p>We follow the graduated approach: "
        "assess, plan, do, review. Class teachers assess progress every half term, and targets "
        "are reviewed with parents and the pupil at termly review meetings.</p>"
        "<h2>Our approach to teaching</h2><p>High quality teaching, adapted for individual "
        "pupils, is the first step. Teachers model new learning, break tasks into small steps "
        "and check understanding often, so that quality first teaching happens in every "
        "class.</p>"
        "<h2>Adapting the curriculum and learning environment</h2><p>We adapt the curriculum "
        "with pre-teaching of new words, writing frames and work at a different level. We "
        "adapt the classroom environment, with visual timetables, quiet workspaces and "
        "seating away from noise.</p>"
        "<h2>Extra support for learning</h2><p>Additional support includes small group "
        "interventions in reading and number and one-to-one support from teaching "
        "assistants. Each pupil's support is shown on our provision map and reviewed every "
        "term.</p>"
        "<h2>Joining in with school activities</h2><p>All pupils take part in school trips, "
        "clubs, sports day and physical activities together with their classmates. We plan "
        "each trip with parents and adapt PE lessons and equipment so that everyone can join "
        "in.</p>"
        "<h2>Emotional, mental and social development</h2><p>Our pastoral team supports "
        "wellbeing and mental health, with a nurture group at lunchtime. We take firm action "
        "to prevent bullying, and pupils can talk to a trusted adult every day.</p>",
    ),
    "4": (
        "The report gives the SENCO's name and contact details.",
        _OTHER,
        "<h2>Who is our SENCO?</h2><p>Our SENCO is Mrs Ayesha Khan. You can contact her on "
        "01632 960123 or by email at senco@oakfield.sch.uk.</p>",
    ),
    "5": (
        "The report describes staff expertise and training, and how specialist help is found.",
        _OTHER,
        "<h2>Staff expertise and training</h2><p>All staff receive training in special "
        "educational needs each year. Our SENCO holds the National Award for SEN "
        "Coordination, and we secure specialist expertise from the educational psychologist "
        "and speech and language therapists.</p>",
    ),
    "6": (
        "The report explains how equipment and facilities are secured.",
        _OTHER,
        "<h2>Equipment and facilities</h2><p>We secure specialist equipment, such as writing "
        "slopes, sloping boards and hearing aids loops, through the local authority's sensory "
        "service and occupational therapists. The building is on one level, with ramps, an "
        "accessible toilet and a quiet room, as set out in our accessibility plan.</p>",
    ),
    "7": (
        "The report explains how parents are consulted and involved.",
        _OTHER,
        "<h2>Working with parents</h2><p>We consult parents and carers at every stage and "
        "involve them in planning their child's education, at parents' evenings and termly "
        "meetings with the SENCO.</p>",
    ),
    "8": (
        "The report explains how pupils are consulted and involved in their education.",
        _OTHER,
        "<h2>Listening to our pupils</h2><p>We consult pupils about their support and "
        "involve them in their own education: pupil voice is part of every review, and "
        "children help to write their one-page profiles.</p>",
    ),
    "9": (
        "The report says how complaints about SEN provision are handled.",
        _OTHER,
        "<h2>Complaints</h2><p>If you are unhappy with the support your child receives, "
        "please talk to the class teacher or SENCO first. If that does not resolve it, "
        "the headteacher will meet you, and you can then make a formal complaint to the "
        "governors under our complaints procedure.</p>",
    ),
    "10": (
        "The report says how the school involves other bodies such as health and social care.",
        _OTHER,
        "<h2>Working with other services</h2><p>We work with health and social care "
        "services, the local authority's specialist teaching team, the educational "
        "psychologist, school nurse and voluntary organisations to meet pupils' needs and "
        "support their families.</p>",
    ),
    "11": (
        "The report gives contact details of support services for parents.",
        _OTHER,
        "<h2>Support services for parents</h2><p>Exampleshire SENDIASS offers free, "
        "impartial information, advice and support to parents: telephone 01632 960555.</p>",
    ),
    "12": (
        "The report explains support when pupils move on and prepare for adulthood.",
        _OTHER,
        "<h2>Moving on</h2><p>We support transition between classes and to secondary "
        "school with extra visits, and share information with the new school. Older pupils "
        "are helped to prepare for adulthood and independent living.</p>",
    ),
    "13": (
        "The report says where the local authority's Local Offer is published.",
        _OTHER,
        "<h2>The Local Offer</h2><p>Exampleshire's Local Offer is published at "
        '<a href="https://www.examplecounty.gov.uk/local-offer">'
        "www.examplecounty.gov.uk/local-offer</a>.</p>",
    ),
}
