"""The parts each item's wording requires, with the plain question each part answers.

An item is in place only when every part its wording requires is answered with substance
(``docs/judging.rst`` says how). Schedule 1 item 6, for example, asks how *equipment* and
*facilities* will be secured: an answer about equipment alone is partly in place.

Each part has:

* ``question``: the plain question a parent would ask of that part;
* ``missing``: how a message names it when it is not answered ("which facilities ...");
* ``signs``: regular expressions (case-insensitive) of words an answer to the part uses.
  They are deliberately broad: they decide whether a part is *talked about* in text that
  is already about the item, not whether text is about the item at all.

Items that are not listed have one part: the item's own heading question.

The Schedule 1 items' parts are listed here, the Local Offer rubric lines' in
:mod:`senreport.catalogue.offer_parts`; :class:`ItemPart` itself is in
:mod:`senreport.catalogue.item_part`.
"""

from __future__ import annotations

from functools import lru_cache

from senreport.catalogue.item_part import ItemPart
from senreport.catalogue.item_part import part as _part
from senreport.catalogue.offer_parts import LOCAL_OFFER_PARTS
from senreport.catalogue.part_words import (
    ACTIVITIES,
    ARE_OPEN,
    JOINS,
    PARENT_SERVICES,
    PHYSICAL,
    PUPIL,
    STAFF,
)

__all__ = ["PARENT_SERVICES", "SECONDARY_PHASES", "ItemPart", "all_parts", "parts_of"]


#: Phases of education that prepare pupils for adulthood.
SECONDARY_PHASES = ("secondary", "post16")

_SCHEDULE_1: dict[str, tuple[ItemPart, ...]] = {
    "1": (_part("needs", "Which kinds of special educational needs does the school provide for?",
                "which kinds of need the school provides for",
                r"communication", r"cognition", r"learning (difficult|disabilit|need)",
                r"social,? emotional", r"mental health", r"sensory", r"physical",
                r"autis", r"asc\b", r"asd\b", r"adhd", r"dyslexi", r"dyspraxi", r"speech",
                r"language", r"hearing", r"visual", r"(kinds|types|range|areas) of (special "
                r"educational )?needs?", r"mld\b", r"sld\b", r"pmld", r"semh", r"slcn",
                r"behaviour", r"medical"),),
    "2": (_part("identify", "How does the school find out that a child may have SEN?",
                "how the school finds out that a child may have special educational needs",
                r"identif", r"concern", r"notic", r"recognis", r"spot", r"find out",
                r"know if", r"early", r"worried", r"raise", r"screen", r"referr",
                r"observ", r"flag", r"signs?\b", r"progress", r"falling behind", r"not making",
                r"track", r"assess", r"struggl", r"harder than",
                r"find\w* (things |it |learning |work )?(hard|harder|difficult)",
                r"worr(?:y|ies)", r"(close|keep an) eye", r"watch"),
          _part("assess", "How are those needs assessed?",
                "how the school assesses a child's needs",
                r"assess", r"test", r"screen", r"observ", r"data", r"track", r"monitor",
                r"progress", r"specialist", r"educational psycholog", r"evaluat",
                r"checklist", r"profile", r"baseline", r"checks?\b", r"watch")),
    "3a": (_part("evaluate", "How does the school check that its support works?",
                 "how the school checks whether its support for pupils with SEN works",
                 r"effective", r"evaluat", r"impact", r"measur", r"monitor",
                 r"made a difference", r"mak\w+ a difference", r"(is|are) working",
                 r"compar\w*", r"results? of (each|every|our|the|all)\b", r"doing its job",
                 r"(which|what) (interventions?|support|programmes?|groups?) (are |is )?"
                 r"(work|help|mak)",
                 r"worked", r"successful", r"success", r"outcomes?\b", r"data",
                 r"entry and exit", r"before and after", r"start and (the )?end",
                 r"self-evaluat", r"development plan", r"improvement plan",
                 r"(review|check|look)\w* (at )?(the |its |our |how well |whether )?"
                 r"(provision|interventions?|support|programmes?|progress)",
                 r"governor", r"feedback", r"survey",
                 r"questionnaire", r"views",
                 # Inside other answers, only words of checking that support works.
                 in_passing=(
                     r"(evaluat\w*|effectiveness|impact) (of )?(our |the |this |each |all )?"
                     r"(send |sen )?(provision|support|interventions?|programmes?)",
                     r"(measur|check|review|monitor|track|assess)\w* (the )?(impact|"
                     r"effectiveness|success)", r"(is|are) (it |they )?working",
                     r"makes? a difference", r"made a difference", r"entry and exit",
                     r"before and after", r"start and (the )?end of (each|every|the)",
                     r"self-evaluat", r"value for money", r"provision map",
                     r"(impact|effect) on (their |pupils'? |children'?s? )?progress")),),
    "3b": (_part("assess", "How is the progress of pupils with SEN assessed?",
                 "how pupils' progress is assessed",
                 r"assess", r"track", r"monitor", r"measur", r"data", r"progress",
                 r"test", r"target", r"outcome", r"observ",
                 # Inside other answers, only words of checking a pupil's progress.
                 in_passing=(
                     r"(assess|track|monitor|measur|check)\w*[^.]{0,30}\bprogress",
                     r"progress (is |are )?(regularly |closely |carefully )?(assess|track|"
                     r"monitor|measur|check)", r"(progress|attainment|assessment) data",
                     r"targets? (are |is )?(set|agreed|reviewed)", r"standardised",
                     r"observations?\b", r"(formative|summative) assessment", r"(small|new|next|smart|individual) "
                     r"(steps?|targets?)\b", r"(check|look)\w* (at )?(every |each |their |your "
                     r"child'?s )?(child'?s? |pupil'?s? )?(reading|writing|maths|number|work|"
                     r"learning|progress)", r"what (has|your child|they|he|she) (can|has|have)"
                     r"\b")),
           _part("review", "How and when is progress reviewed?",
                 "how and when progress is reviewed",
                 r"review", r"meeting", r"plan,? do,? review", r"termly", r"each term",
                 r"three times", r"annual", r"parents'? evening", r"discuss", r"report",
                 in_passing=(
                     r"review (meeting|date)s?", r"(termly|annual|half[- ]termly|regular) "
                     r"reviews?", r"reviewed (termly|each term|three times|regularly|"
                     r"half[- ]termly|every)", r"parents'? evenings?", r"plan,? do,? review",
                     r"(progress|school|end of year|annual) reports?\b",
                     r"review\w*[^.]{0,40}\b(plans?|targets?|progress|support|meetings?)\b",
                     r"(plans?|targets?|progress|support|meetings?)\b[^.]{0,40}\breview"))),
    "3d": (_part("curriculum", "How are the curriculum and teaching adapted?",
                 "how the curriculum and lessons are adapted",
                 r"curriculum", r"adapt", r"different", r"tasks?\b", r"lessons?\b",
                 r"resources?\b", r"teaching", r"work\b", r"activit", r"personalis",
                 r"scaffold", r"pre-?teach", r"pathways?\b", r"overlays?\b", r"extra time",
                 r"laptops?\b", r"enlarged", r"large print", r"simplif", r"symbols?\b",
                 r"signing", r"makaton", r"practical", r"small steps", r"access arrangements"),
           _part("environment", "How is the learning environment adapted?",
                 "how the classroom and school environment are adapted",
                 r"environment", r"classroom", r"seat", r"visual (timetable|support|aid)",
                 r"quiet", r"room", r"space", r"layout", r"lighting", r"noise", r"sensory",
                 r"furniture", r"ramps?\b", r"work ?station", r"displays?\b", r"building",
                 r"(work|calm|quiet|break-?out) (area|station|space)", r"accessib")),
    "3f": (_part("activities", "Can pupils with SEN join in school activities and trips?",
                 "how pupils join in clubs, trips and other activities",
                 r"trips?\b", r"visits?\b", r"clubs?\b", r"extra-?curricular", r"residential",
                 r"(school|all|wider|other|enrichment|class) activit",
                 r"activit\w* (outside|beyond|away from) the classroom", r"outings?",
                 r"events?\b", r"after[- ]school", r"lunchtime",
                 # Inside other answers, only words that say pupils join in: not trips named
                 # in a timetable ("class timetables, including trips, are sent home").
                 in_passing=(JOINS + ACTIVITIES, ACTIVITIES + ARE_OPEN)),
           _part("physical", "Can they join in physical activities such as PE and sport?",
                 "how pupils join in physical activities such as PE and sport",
                 r"physical", r"\bpe\b", r"p\.e\.", r"sports?\b", r"swimming",
                 r"games (lessons?|kit|sessions?)", r"forest school", r"outdoor (learning|"
                 r"education|activit)", r"dance", r"gymnastic", r"athletic", r"football",
                 r"netball",
                 in_passing=(JOINS + PHYSICAL, PHYSICAL + ARE_OPEN))),
    "3e": (_part("support", "What extra support is there, and how is it decided?",
                 "what extra support there is for pupils with SEN and how it is decided",
                 r"intervention", r"provision", r"assistant", r"groups?\b",
                 r"one[- ]to[- ]one", r"1:1", r"budget", r"fund", r"resources", r"adults?\b",
                 r"programme", r"booster", r"catch[- ]up", r"sessions?\b", r"tutor",
                 r"(?<!need )(?<!needs )(?<!needing )(?<!require )(?<!requires )"
                 r"(additional|extra|targeted|specialist|individual|more) (support|help)",
                 # Inside other answers, only words that say what the support is: not a
                 # child "needing extra support" (how needs are found), nor a job title.
                 in_passing=(
                     r"interventions? (such as|including|like|programmes?|groups?|sessions?|"
                     r"are|is|will|which|to|in|for)", r"(small|booster|withdrawal|nurture|"
                     r"intervention|catch-?up|phonics|reading|maths|literacy|numeracy) groups?",
                     r"one[- ]to[- ]one", r"1:1", r"in-?class support", r"precision teaching",
                     r"(?<!need )(?<!needs )(?<!needing )(?<!require )(?<!requires )"
                     r"(?<!requiring )(?<!needed )"
                     r"(additional|extra|targeted|specialist) (adult|staff|teaching|sessions?|"
                     r"lessons?|tuition|support (from|in|with|through|such as|including|is|are"
                     r"|will|can|may)|help (from|in|with|through|such as|including|is|are|will))",
                     r"(teaching|learning support) assistants? (who |will |to )?(support|work|"
                     r"help|deliver|run|lead)", r"provision maps?", r"toe by toe", r"neli\b",
                     r"lexia", r"talk boost", r"keep-?up", r"(sen|send|notional) budget",
                     r"(top-?up|high needs) funding", r"resources are allocated",
                     r"how much support")),),
    "3g": (_part("support", "What support is there for pupils' emotional and social development?",
                 "what support there is for pupils' emotional, mental and social development",
                 r"emotion", r"social", r"mental", r"well-?being", r"well being", r"pastoral",
                 r"bully", r"behaviour", r"self-esteem", r"confiden", r"friend", r"anxi",
                 r"counsel", r"nurtur", r"elsa\b", r"mentor", r"pshe", r"feel", r"worr",
                 r"calm", r"safe", r"happy", r"medic", r"personal care", r"thrive\b",
                 r"zones of regulation", r"trusted adult", r"therap", r"mindful",
                 # Inside other answers, only words of such support: not "well-being"
                 # in a school's aims, a value of "friendship", or SEMH named as a need.
                 in_passing=(
                     r"pastoral (team|support|care|staff|manager|lead|worker|system)",
                     r"counsell", r"elsa\b", r"emotional literacy", r"learning mentor",
                     r"nurture (group|room|provision|base|class)", r"social skills",
                     r"(emotional|well-?being|mental health|pastoral|social|semh) (support|"
                     r"lead|team|worker|practitioner|champion|first aid|intervention)",
                     r"(support|help)\w* (for |with |to develop |to improve )?(their |pupils['’]? |"
                     r"children['’]?s? |students['’]? |the )?(emotional|social|mental health|"
                     r"well-?being|self-esteem|friendships?|confidence|anxiety|behaviour)",
                     r"bully", r"zones of regulation", r"thrive\b", r"trusted adult",
                     r"(play|lego|drama|art|music) therap", r"drawing and talking",
                     r"mindfulness", r"circle of friends", r"anti-bullying",
                     # a room or base for pupils with such needs is such support
                     r"(room|base|unit|centre|hub|group)s? (that |which )?(caters? |is |are |"
                     r"provides? )?(support )?for (pupils|children|students) with (social|"
                     r"emotional|semh|mental)")),),
    "4": (_part("name", "Who is the SENCO?", "the SENCO's name",
                r"(mr|mrs|ms|miss|mx|dr)\.?\s+[a-z]", r"senco is", r"sendco is",
                r"name"),
          _part("contact", "How can parents contact the SENCO?",
                "how to contact the SENCO (an email address or telephone number)",
                r"[\w.+-]+@[\w-]+\.", r"\(at\)", r"\[at\]", r"0\d{2,4}[\s-]?\d{3}",
                r"\+44", r"tel(ephone)?\b", r"phone", r"email", r"e-mail", r"contact")),
    "5": (_part("training", "What training and expertise do staff have?",
                "what training and expertise the staff have",
                STAFF + r"train", r"qualif", r"expertise", r"experience", r"cpd", r"professional "
                r"development", r"courses?\b", r"nasenco", r"accredit", r"skills?\b",
                r"knowledge",
                in_passing=(STAFF + r"train(ed|ing)\b", r"qualifi(ed|cation)", r"cpd",
                            r"professional development", r"nasenco", r"national award",
                            r"accredit", r"courses?\b")),
          _part("specialist", "How does the school get specialist expertise it does not have?",
                "how the school secures specialist expertise it does not have itself",
                r"specialist", r"outside agenc", r"external", r"educational psycholog",
                r"speech and language therap", r"therapist", r"outreach", r"advisory",
                r"support team", r"consultant", r"\bcamhs", r"occupational",
                r"(buy|commission|secur|access|draw|call|seek|request|bring)\w*[^.]{0,40}"
                r"(advice|expertise|support|services?\b)",
                in_passing=(
                    r"outside agenc", r"external (agenc|professional|specialist|support|advice)",
                    r"specialist (teachers?|services?|advice|support|teams?|outreach|expertise)",
                    r"(buy|commission|secur|draw|call|seek|request|bring)\w*[^.]{0,40}"
                    r"(advice|expertise|support|services?\b|specialists)"))),
    "6": (_part("equipment", "How is specialist equipment obtained?",
                "how specialist equipment is obtained",
                r"equipment", r"aids?\b", r"technolog", r"laptop", r"computer", r"ipad",
                r"tablet", r"software", r"writing slope", r"wobble cushion",
                r"(special|adapted|specialist) (chairs?|seating|resources|materials)",
                r"devices?\b"),
          _part("facilities", "Which facilities can disabled pupils and those with SEN use?",
                "which facilities disabled pupils can use (access, toilets, rooms)",
                r"facilit", r"(building|site|school|premises|entrance|classroom|toilet|room|"
                r"floor|hall)s? (is|are) (fully |all |now )?(wheelchair )?accessib",
                r"(fully|wheelchair|physically|step-?free|level) access", r"accessib\w* "
                r"(building|site|entrance|toilet|classroom|route|parking|changing)",
                r"disabled access", r"toilets?\b", r"ramps?\b",
                r"lifts?\b", r"wheelchair", r"changing (room|place|facilit|bed)", r"hygiene",
                r"(sensory|quiet|calm|medical|therapy|hygiene|nurture|break-?out) (room|space|"
                r"area|base)", r"one level", r"single[- ]storey", r"ground floor",
                r"hoist", r"parking", r"accessibility plan",
                # Inside other answers, only words of the place itself: not a pupil "who uses
                # a wheelchair" named among the kinds of need.
                in_passing=(
                    r"facilit", r"(building|site|school|premises|entrance|classroom|toilet|"
                    r"room|floor|hall)s? (is|are) (fully |all |now )?(wheelchair )?accessib",
                    r"(fully|wheelchair|physically|step-?free|level) access",
                    r"accessib\w* (building|site|entrance|toilet|classroom|route|parking|"
                    r"changing)", r"disabled access", r"toilets?\b", r"ramps?\b", r"lifts?\b",
                    r"changing (room|place|facilit|bed)", r"hoist",
                    r"(sensory|quiet|calm|medical|therapy|hygiene|nurture|break-?out) (room|"
                    r"space|area|base)", r"one level", r"single[- ]storey",
                    r"accessibility plan"))),
    "7": (_part("consult", "How does the school ask parents' views and talk with them?",
                "how the school asks for parents' views and talks with them",
                r"consult", r"discuss", r"meet", r"talk", r"views?\b", r"listen",
                r"parents'? evening", r"conversation", r"contact", r"speak", r"ask",
                r"feedback", r"communicat", r"open door", r"home-school"),
          _part("involve", "How are parents involved in their child's education?",
                "how parents are involved in planning and supporting their child's learning",
                r"involv", r"work(ing)? (together|closely|with)", r"partner", r"shar",
                r"support at home", r"at home", r"part of", r"plan", r"review",
                r"targets?\b", r"decision", r"contribut", r"agree")),
    "8": (_part("consult", "How does the school ask pupils' views?",
                "how the school asks for pupils' own views",
                r"views?\b", r"voice", r"listen", r"ask", r"consult", r"opinion",
                r"discuss", r"talk", r"say\b", r"wishes", r"feelings", r"questionnaire",
                r"one-?page profile", r"pupil profile", r"all about me", r"tell us",
                r"what (they|you|i) (think|like|want|find)", r"what helps", r"surveys?\b",
                in_passing=(
                    PUPIL + r"['’]?s?['’]? (own )?(views?|voices?|wishes|feelings|opinions)",
                    r"(pupil|student|learner|child)['’]?s? voice", r"school council",
                    r"(views?|voice|wishes|feelings|opinions) of (the |our |each )?" + PUPIL,
                    r"(listen\w*|ask\w*|consult\w*) (to |with )?(the |your |our |each )?"
                    + PUPIL, r"questionnaire", r"all about me")),
          _part("involve", "How are pupils involved in their own education?",
                "how pupils are involved in planning and reviewing their own learning",
                r"involv", r"targets?\b", r"review", r"plan", r"set (their|targets|goals)",
                r"meeting",
                r"contribut", r"part in", r"participat", r"decision", r"own learning",
                r"goals?\b", r"agree", r"profile", r"decid", r"choos",
                r"lead\w* (part of )?(their|your|his|her) (own )?review",
                in_passing=(
                    r"(their|his|her) own (learning|targets?|goals?|plans?|reviews?|progress|"
                    r"passports?|profiles?)",
                    r"reviews?,? (which|that) (they|students?|pupils?) (lead|chair)",
                    r"set(ting)? (their|his|her) (own )?(targets|goals)",
                    r"(person|child|pupil|student)[- ]?cent(red|ered)",
                    PUPIL + r"s? (are|is|will be|can be) (invited|encouraged|involved|asked)",
                    r"(attend|join|come to) (their|his|her) (own )?(review|meeting|annual)",
                    r"decisions? about (their|his|her) (own )?(learning|support|education)"))),
    "9": (_part("complaints", "How can parents complain about the SEN provision made?",
                "how parents can complain about the support their child gets (an admissions "
                "appeal is not this)",
                r"complain", r"concerns?\b", r"unhappy", r"not happy", r"dissatisf",
                r"disagree", r"tribunal", r"mediation", r"disagreement resolution",
                in_passing=(r"complain", r"unhappy", r"not happy", r"dissatisf", r"disagree",
                            r"tribunal", r"mediation")),),
    "10": (_part("bodies", "Which other services does the school work with?",
                 "which health, social care, local authority and voluntary services the "
                 "school works with",
                 # not the need ("social, emotional and mental health") nor the plan
                 r"(?<!emotional and mental )health(?! and care\b)",
                 r"social (care|services|work)", r"local authority", r"council",
                 r"educational psycholog", r"speech and language", r"therap", r"camhs",
                 r"school nurse", r"paediatric", r"voluntary", r"charit", r"outreach",
                 r"agenc", r"early help", r"nhs", r"services?\b", r"professionals?",
                 in_passing=(
                     r"(outside|external|other|partner) (agenc|professional|services|special)",
                     r"multi-?agency", r"educational psycholog", r"camhs", r"school nurse",
                     r"paediatric", r"social (care|work)\w* (team|services?|workers?)",
                     r"speech and language therap(ist|y service|y team)", r"early help",
                     r"voluntary", r"charit", r"outreach", r"(health|nhs) (services?|team|"
                     r"visitor|professional)", r"occupational therap", r"physiotherap",
                     r"work\w* (closely )?with (a range of |many |other )?(services|"
                     r"agencies|professionals|health)"),
                 # advice for parents (item 11) and the Local Offer (item 13)
                 others=(r"sendias", r"information,? advice and support", r"local offer",
                         r"parent carer forum")),
           _part("families", "How do they support families?",
                 "how the school and other services support families",
                 r"famil", r"early help", r"parenting", r"home visit", r"support (for|to) "
                 r"parents", r"parents? (and carers )?(can|are|will) (also )?(be )?"
                 r"(referred|supported|signposted|offered)", r"carers'? support",
                 in_passing=(
                     r"famil(y|ies) (support|worker|liaison|link)", r"early help",
                     r"parenting", r"home visit", r"support (for|to) (the )?(parents|famil)",
                     r"support\w* (the )?(whole )?famil", r"(parents|famil\w+) (and carers )?"
                     r"(can|are|will) (also )?(be )?(referred|supported|signposted|offered)",
                     r"carers'? support"))),
    "11": (_part("services", "Which services support parents, and how do you reach them?",
                 "which services give parents advice and support, with their contact details",
                 r"sendias", r"\biass\b", r"ipsea", r"contact a family", r"helpline",
                 r"parent partnership", r"support service", r"advice service", r"parent carer "
                 r"forum", r"charit", r"advice", r"information,? advice", r"support groups?\b",
                 # Inside other answers, a service for parents said with how to reach it or
                 # what it gives them: not "a supporter from SENDIASS" at a review.
                 in_passing=(PARENT_SERVICES + r"[^.!?]{0,120}(\d{3,}|@|www\.|https?://|\.org|"
                             r"\.gov|free|impartial|confidential|independent|advice|helpline|"
                             r"website)", r"(free|impartial|confidential|independent)[^.!?]{0,60}"
                             + PARENT_SERVICES)),),
    "12": (_part("transfer", "How are pupils supported when they move class, school or phase?",
                 "how pupils are supported when they move to a new class or school",
                 r"transition", r"transfer", r"move", r"moving", r"new (class|school|"
                 r"teacher|setting)", r"next (class|school|stage|year|phase)",
                 r"secondary", r"visits?\b", r"starting", r"join", r"leav", r"handover",
                 # Inside other answers, only words that say how a move is supported: not a
                 # "transition day" in a calendar, nor "an 11 to 16 secondary school".
                 in_passing=(
                     r"transitions? (visits?|sessions?|programme|plans?|planning|meetings?|"
                     r"support|books?|arrangements|work|groups?|passports?|to|into)\b",
                     r"(extra|additional|enhanced|tailored|personalised) (transition|visits?)",
                     r"(support|prepar|help|plan)\w* (\w+ ){0,3}(for )?(transition|transfer|the "
                     r"move|moving (on|up|to)|to move|starting|joining|leaving)",
                     r"(visit|visits|meet|meets|meeting|get to know) (\w+ ){0,2}new (school|class|"
                     r"teacher|setting|tutor|form)", r"handover",
                     r"(next|new|receiving|secondary|feeder|primary|junior|infant) (school|"
                     r"setting)(\W{1,2}s)? sencos?",
                     r"sencos? (from|of|at) (the|their|each|every) (new|next|receiving|"
                     r"secondary|junior|feeder|previous|primary|sending) (schools?|settings?)")),
           _part("adulthood", "How are pupils prepared for adulthood and independent living?",
                 "how pupils are prepared for adulthood, further study and work",
                 r"adulthood", r"independen", r"careers?\b", r"employment", r"work "
                 r"experience", r"college", r"post-?16", r"further education", r"life "
                 r"skills", r"apprentice", r"future", r"next steps",
                 phases=SECONDARY_PHASES)),
    "13": (_part("offer", "Does the report point to the local authority's Local Offer?",
                 "the local authority's Local Offer",
                 r"local[\s-]*offer"),
           _part("where", "Where is the Local Offer published?",
                 "where the Local Offer is published (its web address or a link)",
                 r"https?://", r"www\.", r"[\w-]+\.gov\.uk", r"\.org", r"link")),
}


def _phase_applies(part: ItemPart, phase: str | None) -> bool:
    """A part asked only of some phases is asked when the school is known to be in one."""
    return not part.phases or (phase is not None and phase in part.phases)


@lru_cache(maxsize=64)
def parts_of(kind: str, item_id: str, phase: str | None = None) -> tuple[ItemPart, ...]:
    """The parts an item requires (of a school in ``phase``, when it is known).

    An item with no parts listed has one: its own heading, answered by being about it.
    """
    table = {"sen-report": _SCHEDULE_1, "local-offer": LOCAL_OFFER_PARTS}.get(kind, {})
    return tuple(p for p in table.get(item_id, ()) if _phase_applies(p, phase))


def all_parts(kind: str) -> dict[str, tuple[ItemPart, ...]]:
    """Every item of a kind that lists its parts, with them (for the docs and tests)."""
    return dict({"sen-report": _SCHEDULE_1, "local-offer": LOCAL_OFFER_PARTS}.get(kind, {}))
