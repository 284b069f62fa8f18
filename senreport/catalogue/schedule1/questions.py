"""The SE7 Pathfinder's frequently asked questions of parents and carers, and of young
people (source 004), which the Schedule 1 items answer."""

from __future__ import annotations

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


def parents(*numbers: int) -> tuple[str, ...]:
    """The parents' FAQ questions with these SE7 numbers (1-based)."""
    return tuple(PARENT_FAQ[n - 1] for n in numbers)


def young_person(*numbers: int) -> tuple[str, ...]:
    """The young person's FAQ questions with these SE7 numbers (1-based)."""
    return tuple(YOUNG_PERSON_FAQ[n - 1] for n in numbers)


#: Questions of the items as guides written to pupils and students ask them, in their own
#: words ("What will my lessons be like?"): read as the items' titles, beside the SE7 ones.
IN_THEIR_OWN_WORDS: dict[str, tuple[str, ...]] = {
    "2": ("How will you know if I need help?", "What if I think I need extra help?",
          "How do you spot a need?",
          "How does the school recognise that a pupil has SEN?",
          "What if I find some things tricky?"),
    "3a": ("How do you check that your support is good enough?",),
    "3b": ("How will I know how I'm doing?", "How will I know if I'm making progress?",
           "Who will check how I'm getting on?"),
    "3c": ("What will my lessons be like?", "How will my teachers help me in lessons?",
           "How will I be taught?"),
    "3d": ("How can my course be changed to suit me?",
           "What changes can be made to my lessons or exams?"),
    "3e": ("What extra help can I get?", "What help can I get outside lessons?",
           "Will I have someone to support me?"),
    "3f": ("Can I join in clubs and trips?", "Can I take part in everything?"),
    "3g": ("Who can I talk to if I'm worried or upset?", "Who will look after my wellbeing?",
           "How will you help me feel safe and settled?"),
    "4": ("Who is in charge of support for students with SEND?",),
    "5": ("Do the staff know how to help me?", "Which experts can staff ask for help?",
          "How skilled and trained are your staff?"),
    "6": ("Can I get around the building?", "What equipment can I use?"),
    "7": ("Will my parents be involved?", "Will you talk to my family?",
          "How will you work with my family?"),
    "8": ("Will I get a say in my support?", "How will you listen to me?",
          "Can I say what helps me?"),
    "9": ("What if I'm unhappy with my support?", "How do I complain?", "What if I disagree?"),
    "10": ("Who else might help me?", "Will I see other professionals?",
           "Do you bring in services from outside the school?"),
    "11": ("Where can my family get advice and support?",
           "Is there advice for parents outside the school?"),
    "12": ("How will you get me ready for what comes next?", "What happens when I leave?",
           "How will you help me settle in when I start?"),
    "13": ("Where can I find out about other support in my area?",),
}
