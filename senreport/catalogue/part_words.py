"""Word patterns that several items' parts share (:mod:`senreport.catalogue.parts`): the
pupil, joining in activities, physical activities, services that advise parents, and the
staff's (not the pupils') training."""

from __future__ import annotations

#: Words for the pupil (whose own views and part item 8 asks about).
PUPIL = r"(pupil|student|child|children|young (person|people)|learner|your child)"

#: Item 3f inside other answers: pupils joining in, then what they join (or the other way
#: round: "clubs are open to every child").
JOINS = (r"(join\w*|take part|takes part|taking part|participat\w*|included|including all|"
         r"inclusive|accessible|open to|adapt\w*|support\w*|risk[- ]assess\w*|access)"
         r"\b[^.!?]{0,80}\b")
ACTIVITIES = (r"(trips?|visits?|clubs?|extra-?curricular|residential|outings?|after[- ]school|"
              r"lunchtime|(school|all|wider|other|enrichment|class) activit\w*)\b")
PHYSICAL = (r"(physical|pe|p\.e\.|sports?|swimming|games|forest school|outdoor (learning|"
            r"education|activit\w*)|dance|gymnastics|athletics|football|netball)\b")
ARE_OPEN = (r"[^.!?]{0,60}\b((open to|for) (all|every|any)|(are|is) (adapted|planned|"
            r"risk[- ]assessed|accessible|inclusive)|so that (all|every|everyone|they|pupils|"
            r"children|students))")

#: Services that advise parents (item 11).
PARENT_SERVICES = (r"(sendias\w*|iass\b|ipsea|contact a family|parent carer forum|parent "
                   r"partnership|information,? advice (and|&) support)")

#: Training that is the pupils' own, not the staff's ("while they are in education or
#: training", "toilet training").
STAFF = (r"(?<!education or )(?<!employment or )(?<!education and )(?<!employment and )"
         r"(?<!employment, )(?<!toilet )")
