"""Local Offer sections headed only by a phase of education ("In schools", "Post-16 (16 to
25)"): the heading says which phase, its paragraphs which of the phase's lines they answer.
"""

from __future__ import annotations

from senreport.catalogue.parts import parts_of
from senreport.coverage.offer_phases import ASPECTS, phases_named
from senreport.textscan import word_count

#: Words a section's paragraphs must give a line (in those that speak to it) to answer it at
#: all: fewer are an aside in a section about something else.
SECTION_LEAST = 40
#: ... and to answer it more than thinly.
SECTION_FULL = 80
#: How strongly such a heading asks for the lines its section answers (as a heading naming
#: the phase and the aspect does: see :func:`senreport.coverage.offer_phases.by_phase`).
SECTION_STRENGTH = 0.9


def phase_section(heading: str, owners: dict[str, float], texts: list[str]
                  ) -> tuple[dict[str, float], set[str]]:
    """The lines a section answers whose heading names one phase and nothing it asks about
    ("Early years (0 to 5)" over paragraphs on free places and on noticing needs), with
    those it answers thinly; none where the heading already asks for a line of the phase.

    A paragraph speaks to a line when it answers the line's first part (free early education
    places, how needs are identified, the progress check at two ...): a section of paragraphs
    on how schools notice and assess needs answers the schools' identification line.
    """
    named = phases_named(heading)
    if len(named) != 1 or any(pattern.search(heading) for pattern in ASPECTS.values()):
        return {}, set()
    phase = named[0]
    if any(line.startswith(phase + ".") for line in owners):
        return {}, set()
    found: dict[str, float] = {}
    thin: set[str] = set()
    for aspect in ASPECTS:
        line = f"{phase}.{aspect}"
        parts = parts_of("local-offer", line)
        if not parts:
            continue
        words = sum(word_count(text) for text in texts if parts[0].answered_in(text))
        if words >= SECTION_LEAST:
            found[line] = SECTION_STRENGTH
            if words < SECTION_FULL:
                thin.add(line)
    return found, thin

