"""Local Offer pages by phase of education: which phase a sentence or heading speaks of.

A Local Offer rubric line belongs to a phase (early years, schools, post-16) and an aspect
(admission, identification of need, future steps). A heading such as "How schools identify
special educational needs" names both; the rubric's own titles ("Identification of Need &
Collaboration") are shared by every phase, so the phase the heading names decides the line.
"""

from __future__ import annotations

import re

#: How a Local Offer page names each phase of education.
PHASES = {
    "early_years": re.compile(r"\b(early years|nurser(y|ies)|pre-?schools?|childminders?|"
                              r"under[- ](5|fives?)|eyfs|(0|birth) ?(to|-|–) ?(5|five))\b",
                              re.IGNORECASE),
    "schools": re.compile(r"\b(schools?|pupils?|primary|secondary|(4|5|11) ?(to|-|–) ?(11|16))\b",
                          re.IGNORECASE),
    "post16": re.compile(r"\b(colleges?|post[- ]?16|sixth forms?|16 ?(to|-|–) ?25|"
                         r"apprenticeships?|further education|young (people|person|adults?))\b",
                         re.IGNORECASE),
}
#: How a heading names each aspect a phase's lines ask about.
ASPECTS = {
    "identification": re.compile(r"\b(identif\w*|notic\w*|find(s|ing)? out what|assess\w*|"
                                 r"needs? (are|is) (met|supported)|support (in|at|for|from))\b",
                                 re.IGNORECASE),
    "admission": re.compile(r"\b(admissions?|admit\w*|places?|apply\w*|applications?|choos\w*|"
                            r"free (early|childcare)|starting (at|in))\b", re.IGNORECASE),
    "future_steps": re.compile(r"\b(future|next steps?|moving on|leaving|after (year|school|"
                               r"16)|transition\w*|prepar\w*|adulthood|custody|progress check)\b",
                               re.IGNORECASE),
}


def phases_named(text: str) -> list[str]:
    """The phases a text names, in rubric order."""
    return [phase for phase, pattern in PHASES.items() if pattern.search(text)]


#: Phases a line's answer may also name: future steps look to the phase that comes next.
_ALSO = {"early_years.future_steps": {"schools"}, "schools.future_steps": {"post16"}}


def of_its_phase(item_id: str, text: str) -> bool:
    """A passage speaks to a phase's line only when it names that phase and no other (one
    naming every phase is about the system, not the phase), or for a line on future steps,
    the phase that comes next. General lines take any."""
    phase = item_id.split(".")[0]
    if phase not in PHASES:
        return True
    named = set(phases_named(text))
    return phase in named and named <= {phase} | _ALSO.get(item_id, set())


def by_phase(heading: str, scores: dict[str, float], strength: float) -> dict[str, float]:
    """A heading's line scores once the phase it names is taken into account: the lines of
    other phases drop out, and the aspect it names in that phase is asked for."""
    named = phases_named(heading)
    if len(named) != 1:
        return scores
    phase = named[0]
    kept = {line: s for line, s in scores.items() if "." not in line or
            line.startswith(("general.", phase + "."))}
    for aspect, pattern in ASPECTS.items():
        if pattern.search(heading):
            line = f"{phase}.{aspect}"
            kept[line] = max(kept.get(line, 0.0), strength)
    return kept
