"""Sentences that speak of an item in words of their own, without its cue phrases.

Schools write "parents are kept informed and involved in reviewing how their child is
doing" as often as "we consult parents": a sentence that names *who* an item is about and
*what* the item asks of them speaks of the item. Each entry is a pair of word starts, as
:func:`senreport.matching.normalise` writes words (lower case, stemmed: "involv", "parent");
a sentence holding one of each, in either order, is read as a cue of the item.
"""

from __future__ import annotations

#: item id -> (who, what): alternatives of word starts.
TOPICS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "sen-report": {
        "7": (("parent", "carer", "famil", "mum", "dad"),
              ("involv", "consult", "discuss", "meet", "view", "partnership", "shar",
               "kept inform", "keep you inform", "talk", "liais", "engag", "co produc",
               "coproduc", "feedback", "listen", "work togeth", "work close", "contribut")),
        "8": (("pupil", "child", "student", "young peopl", "learner"),
              ("view", "voice", "consult", "listen", "opinion", "wish", "aspir", "contribut",
               "involv in their", "involv in set", "involv in review", "involv in plan",
               "say in", "feel about", "own review", "own meet", "own target", "own plan",
               "going well", "tricky")),
        "3g": (("emotion", "wellbe", "well be", "mental health", "self esteem", "anxi",
                "friendship", "worri"),
               ("support", "help", "mentor", "counsel", "talk to", "check in", "group",
                "worker", "lead", "team", "programm", "intervent", "session")),
        # "The class teacher plans ...", not "speak to your child's class teacher".
        "3c": (("clas teacher", "subject teacher"),
               ("plan", "adapt", "differentiat", "respons", "deliver", "scaffold", "lesson",
                "qualiti", "teach", "check", "ensur", "set work", "provid")),
        # "Tasks are broken down into small steps", "classrooms are adapted".
        "3d": (("curricul", "lesson", "task", "classroom", "resourc", "activit", "environ",
                "worksheet", "homework"),
               ("adapt", "adjust", "modif", "differentiat", "simplif", "chunk", "small step",
                "smaller step", "broken down", "break down", "shorter", "alternativ",
                "personalis", "tailor")),
        "4": (("senco", "sendco", "sen co ordin", "send co ordin", "sen coordin", "send coordin",
               "special educ need co", "special educ need and disabl co", "inclus manag",
               "inclus lead", "inclus co ordin"),
              ("contact", "email", "e mail", "phone", "tel", "call", "ring", "reach", "mrs",
               "mr", "ms", "miss", "dr", "name")),
        "5": (("staff", "teacher", "assistant", "practition", "senco", "sendco", "adult"),
              ("train", "qualif", "cpd", "expertis", "experienc", "skill", "accredit",
               "cours")),
    },
}


def topic_pattern(who: tuple[str, ...], what: tuple[str, ...]) -> str:
    """One sentence (no ``|`` between) holding a word of each group, in either order."""
    first = "(?:" + "|".join(who) + ")"
    second = "(?:" + "|".join(what) + ")"
    return (rf" {first}[^|]{{0,160}}? {second}| {second}[^|]{{0,160}}? {first}")
