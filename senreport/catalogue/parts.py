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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class ItemPart:
    """One part of what an item requires."""

    id: str
    question: str
    missing: str
    signs: tuple[str, ...]
    #: Required only of schools of these phases (empty: every phase).
    phases: tuple[str, ...] = ()
    #: Every sign must be found (anywhere in the answer), not just one of them.
    every_sign: bool = False
    #: The narrower signs a sentence inside other items' answers must use to answer the
    #: part ("pupils' views", not any "views"); empty: the signs themselves.
    in_passing: tuple[str, ...] = ()
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    passing: re.Pattern[str] = field(init=False, repr=False, compare=False)
    each: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = re.compile(r"\b(?:" + "|".join(self.signs) + ")", re.IGNORECASE)
        object.__setattr__(self, "pattern", compiled)
        object.__setattr__(self, "passing", re.compile(
            r"\b(?:" + "|".join(self.in_passing) + ")", re.IGNORECASE)
            if self.in_passing else compiled)
        object.__setattr__(self, "each", tuple(re.compile(r"\b(?:" + sign + ")", re.IGNORECASE)
                                               for sign in self.signs) if self.every_sign else ())

    def answered_in(self, text: str, in_passing: bool = False) -> re.Match[str] | None:
        """The first words of ``text`` that answer this part, if any (``in_passing``: text
        inside other items' answers, read by the narrower signs)."""
        if self.every_sign and not all(sign.search(text) for sign in self.each):
            return None
        return (self.passing if in_passing else self.pattern).search(text)


def _part(part_id: str, question: str, missing: str, *signs: str,
          phases: tuple[str, ...] = (), every_sign: bool = False,
          in_passing: tuple[str, ...] = ()) -> ItemPart:
    return ItemPart(part_id, question, missing, signs, phases, every_sign, in_passing)


#: Words for the pupil (whose own views and part item 8 asks about).
_PUPIL = r"(pupil|student|child|children|young (person|people)|learner|your child)"


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
                r"track", r"assess"),
          _part("assess", "How are those needs assessed?",
                "how the school assesses a child's needs",
                r"assess", r"test", r"screen", r"observ", r"data", r"track", r"monitor",
                r"progress", r"specialist", r"educational psycholog", r"evaluat",
                r"checklist", r"profile", r"baseline")),
    "3a": (_part("evaluate", "How does the school check that its support works?",
                 "how the school checks whether its support for pupils with SEN works",
                 r"effective", r"evaluat", r"impact", r"measur", r"monitor",
                 r"made a difference", r"makes? a difference", r"(is|are) working",
                 r"worked", r"successful", r"success", r"outcomes?\b", r"data",
                 r"entry and exit", r"before and after", r"start and (the )?end",
                 r"self-evaluat", r"development plan", r"improvement plan",
                 r"(review|check|look)\w* (at )?(the |its |our |how well |whether )?"
                 r"(provision|interventions?|support|programmes?|progress)",
                 r"progress", r"targets?\b", r"governor", r"feedback", r"survey",
                 r"questionnaire", r"views"),),
    "3b": (_part("assess", "How is the progress of pupils with SEN assessed?",
                 "how pupils' progress is assessed",
                 r"assess", r"track", r"monitor", r"measur", r"data", r"progress",
                 r"test", r"target", r"outcome", r"observ"),
           _part("review", "How and when is progress reviewed?",
                 "how and when progress is reviewed",
                 r"review", r"meeting", r"plan,? do,? review", r"termly", r"each term",
                 r"three times", r"annual", r"parents'? evening", r"discuss", r"report")),
    "3d": (_part("curriculum", "How are the curriculum and teaching adapted?",
                 "how the curriculum and lessons are adapted",
                 r"curriculum", r"adapt", r"different", r"tasks?\b", r"lessons?\b",
                 r"resources?\b", r"teaching", r"work\b", r"activit", r"personalis",
                 r"scaffold", r"pre-?teach"),
           _part("environment", "How is the learning environment adapted?",
                 "how the classroom and school environment are adapted",
                 r"environment", r"classroom", r"seat", r"visual (timetable|support|aid)",
                 r"quiet", r"room", r"space", r"layout", r"lighting", r"noise", r"sensory",
                 r"furniture", r"ramps?\b", r"work ?station", r"displays?\b", r"building",
                 r"(work|calm|quiet|break-?out) (area|station|space)", r"accessib")),
    "3f": (_part("activities", "Can pupils with SEN join in school activities and trips?",
                 "how pupils join in clubs, trips and other activities",
                 r"trips?\b", r"visits?\b", r"clubs?\b", r"extra-?curricular", r"residential",
                 r"activit", r"outings?", r"events?\b", r"after[- ]school", r"lunchtime"),
           _part("physical", "Can they join in physical activities such as PE and sport?",
                 "how pupils join in physical activities such as PE and sport",
                 r"physical", r"\bpe\b", r"p\.e\.", r"sports?\b", r"swimming",
                 r"games (lessons?|kit|sessions?)", r"forest school", r"outdoor (learning|"
                 r"education|activit)", r"dance", r"gymnastic", r"athletic", r"football",
                 r"netball")),
    "4": (_part("name", "Who is the SENCO?", "the SENCO's name",
                r"(mr|mrs|ms|miss|mx|dr)\.?\s+[a-z]", r"senco is", r"sendco is",
                r"name"),
          _part("contact", "How can parents contact the SENCO?",
                "how to contact the SENCO (an email address or telephone number)",
                r"[\w.+-]+@[\w-]+\.", r"\(at\)", r"\[at\]", r"0\d{2,4}[\s-]?\d{3}",
                r"\+44", r"tel(ephone)?\b", r"phone", r"email", r"e-mail", r"contact")),
    "5": (_part("training", "What training and expertise do staff have?",
                "what training and expertise the staff have",
                r"train", r"qualif", r"expertise", r"experience", r"cpd", r"professional "
                r"development", r"courses?\b", r"nasenco", r"accredit", r"skills?\b",
                r"knowledge",
                in_passing=(r"train(ed|ing)\b", r"qualifi(ed|cation)", r"cpd",
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
                    r"educational psycholog", r"(speech and language|occupational) therap",
                    r"outreach", r"advisory (teacher|service|team)", r"\bcamhs",
                    r"specialist (teachers?|services?|advice|support|teams?|outreach)",
                    r"(buy|commission|secur|draw|call|seek|request|bring)\w*[^.]{0,40}"
                    r"(advice|expertise|support|services?\b)"))),
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
                r"hoist", r"parking", r"accessibility plan")),
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
                r"one-?page profile", r"pupil profile", r"all about me",
                in_passing=(
                    _PUPIL + r"['’]?s?['’]? (own )?(views?|voices?|wishes|feelings|opinions)",
                    r"(pupil|student|learner|child)['’]?s? voice", r"school council",
                    r"(views?|voice|wishes|feelings|opinions) of (the |our |each )?" + _PUPIL,
                    r"(listen\w*|ask\w*|consult\w*) (to |with )?(the |your |our |each )?"
                    + _PUPIL, r"questionnaire", r"all about me")),
          _part("involve", "How are pupils involved in their own education?",
                "how pupils are involved in planning and reviewing their own learning",
                r"involv", r"targets?\b", r"review", r"plan", r"set (their|targets|goals)",
                r"meeting",
                r"contribut", r"part in", r"participat", r"decision", r"own learning",
                r"goals?\b", r"agree",
                in_passing=(
                    r"(their|his|her) own (learning|targets?|goals?|plans?|reviews?|progress)",
                    r"set(ting)? (their|his|her) (own )?(targets|goals)",
                    r"(person|child|pupil|student)[- ]?cent(red|ered)",
                    _PUPIL + r"s? (are|is|will be|can be) (invited|encouraged|involved|asked)",
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
                 r"health", r"social (care|services|work)", r"local authority", r"council",
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
                     r"agencies|professionals|health)")),
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
                 r"forum", r"charit", r"advice", r"information,? advice"),),
    "12": (_part("transfer", "How are pupils supported when they move class, school or phase?",
                 "how pupils are supported when they move to a new class or school",
                 r"transition", r"transfer", r"move", r"moving", r"new (class|school|"
                 r"teacher|setting)", r"next (class|school|stage|year|phase)",
                 r"secondary", r"visits?\b", r"starting", r"join", r"leav", r"handover"),
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

_LOCAL_OFFER: dict[str, tuple[ItemPart, ...]] = {
    "general.accessibility": (
        _part("signposted", "Is the information easy to find on the website?",
              "clear signposting on the website (links, a search, a directory)",
              r"search", r"find", r"directory", r"links?\b", r"website", r"browse",
              r"a-z", r"signpost", r"menu", r"pages?\b"),
        _part("offline", "Can families get the information without the internet?",
              "ways to get information offline (a helpline, drop-in or printed copies)",
              r"helpline", r"phone", r"call", r"telephone", r"drop-in", r"in person",
              r"face[- ]to[- ]face", r"printed", r"paper", r"post\b", r"visit",
              r"0\d{3}", r"outreach", r"events?\b")),
    "general.feedback": (
        _part("feedback", "Can young people, parents and practitioners give feedback?",
              "a way for families and practitioners to give feedback",
              r"feedback", r"tell us", r"have your say", r"survey", r"suggest", r"you said",
              r"(send|give|leave|share) (us )?(your )?(comments?|views?)"),
        _part("review", "Is there evidence that the Local Offer is reviewed each year?",
              "evidence that the Local Offer is reviewed every year",
              r"annual", r"review", r"each year", r"every year", r"we did",
              r"updated", r"report")),
    "general.graduated_approach": (
        _part("ehc_request", "How do you ask for an EHC needs assessment?",
              "how to ask for an education, health and care needs assessment",
              r"request(ing)? (an? )?(ehc|education,? health|needs|statutory)",
              r"ask(ing)? (us |the council )?(for|to carry out) an? (ehc|education,? health|"
              r"needs|statutory)", r"apply(ing)? for an? (ehc|needs|statutory)",
              r"needs assessment", r"statutory assessment", r"request an? assessment",
              r"assessment for an? (ehc|education,? health)"),
        _part("cycle", "Is assess, plan, do, review explained?",
              "the assess, plan, do, review cycle",
              r"assess,? plan,? do", r"plan,? do,? review", r"graduated (approach|response)"),
        _part("phases", "Is it explained for early years, schools and post-16 alike?",
              "how the graduated approach works in early years, in schools and after 16",
              r"early years|nurser(y|ies)|pre-?schools?|childminders?",
              r"schools?\b|pupils?\b", r"colleges?|post-?16|sixth forms?|further education",
              every_sign=True)),
    "general.funding": (
        _part("funding", "Which funding is there for children with SEN?",
              "which funding there is for children with SEN (top-up, high needs, inclusion funds)",
              r"top-?up", r"high needs", r"element (2|3|two|three)", r"inclusion fund",
              r"disability access fund", r"additional (funding|money)", r"extra (funding|money)",
              r"notional", r"funding", r"personal budget"),
        _part("process", "How is top-up funding for complex and high needs asked for and agreed?",
              "how top-up funding for complex and high needs is asked for and agreed",
              r"(apply|applies|applied|application|request|ask|bid|claim|submit)\w*[^.]{0,80}"
              r"(top-?up|high needs|element (3|three)|exceptional)",
              r"(top-?up|high needs|element (3|three))[^.]{0,80}(apply|applies|application|"
              r"request|panel|decid|decision|claim|process|allocat|agreed|assess)")),
    "early_years.admission": (
        _part("places", "Where can families find free early education places?",
              "where families can find free early education places",
              r"free (early (education|learning)|childcare|places?|hours|entitlement)",
              r"(15|30|fifteen|thirty) hours", r"funded (places?|hours|childcare|early)",
              r"two-?year-?old", r"childcare (places?|entitlement)"),
        _part("eligibility", "Who is eligible for them?",
              "who is eligible for free early education places",
              r"eligib", r"entitle", r"qualify", r"criteria", r"if you (get|receive|are on)",
              r"all (3|three) and (4|four)")),
    "early_years.future_steps": (
        _part("review", "How is a young child's progress reviewed, including between two and "
              "three?", "how a young child's progress is reviewed, including the check between "
              "two and three",
              r"progress check", r"(two|2)[- ]year[- ]old (check|review)", r"between (two|2) and "
              r"(three|3)", r"aged? (two|2)\b", r"(review|check)\w*[^.]{0,60}progress",
              r"progress[^.]{0,60}(review|check)", r"eyfs profile", r"integrated review"),),
    "schools.admission": (
        _part("admission", "How are children with disabilities admitted to schools?",
              "how children and young people with disabilities are admitted to schools",
              r"admission", r"admit", r"school places?", r"apply for a (school )?place",
              r"named (in|on) (the|an|their|your child'?s?) (ehc )?plan", r"name (a|the) school"),
        _part("adjustments", "Which reasonable adjustments and accessibility plans are there?",
              "the reasonable adjustments schools make and their accessibility plans",
              r"reasonable adjustment", r"accessibility plan", r"accessib", r"adjustments")),
    "post16.admission": (
        _part("institutions", "Which institutions can be asked for in an EHC plan (section 41)?",
              "which post-16 institutions can be asked to be named in an EHC plan (the section "
              "41 list)",
              r"section 41", r"approved (by|list|institution)", r"secretary of state",
              r"independent specialist", r"(named|name|naming)[^.]{0,60}(plan|college|institution)"
              ),),
    "post16.future_steps": (
        _part("custody", "What support is there for young people leaving custody?",
              "support for children and young people released from custody",
              r"custody", r"youth (offending|justice)", r"secure (estate|setting|unit|"
              r"children'?s home)", r"released", r"detention", r"young offender"),),
    "early_years.identification": (
        _part("collaboration", "How do practitioners and SENCOs identify needs together?",
              "how early years practitioners and SENCOs work together to identify needs",
              r"identif", r"notic", r"concerns?\b", r"observ", r"key person",
              r"progress check", r"(practitioner|senco)s?\b[^.]{0,60}(identif|notic|assess|"
              r"observ|concern)"),
        _part("partners", "How do parents and other services (such as health visitors) help?",
              "how parents and services such as health visitors are involved",
              r"health visitor", r"parent", r"famil", r"health", r"portage", r"services?"),
        ),
    "schools.future_steps": (
        _part("finding", "How are parents helped to find post-16 places and provision?",
              "how parents are helped to find post-16 places and provision",
              r"(help|support|advice|advis|guid|choos|find|plan|visit|open day)\w*[^.]{0,80}"
              r"(post-?16|sixth form|college|further education|apprentice|supported intern)",
              r"(post-?16|sixth form|college|further education)[^.]{0,80}(help|support|advice|"
              r"advis|guid|choos|find|plan|directory|open day)", r"preparing for adulthood",
              r"year 9", r"careers", r"options (after|at the end of|beyond) year 1[01]"),),
    "post16.identification": (
        _part("identify", "How are needs identified (for example from data passed on)?",
              "how colleges identify needs, for example from information passed on",
              r"identif", r"disclos", r"(information|data)[^.]{0,40}(passed|shared|transfer|"
              r"from (the |their )?(school|previous))",
              r"(share|pass|send)\w*[^.]{0,30}(information|data)", r"screen",
              r"find out what (support|help|you need)", r"assessments? (from|by) (the |your )?school",
              r"assess\w* (of )?(the |your |their )?(needs|learners?|students?|young)"),
        _part("provision", "What support is provided for education and training?",
              "what support colleges provide (personal care, assistive technology, tuition)",
              r"support", r"personal care", r"assistive", r"specialist", r"tuition",
              r"provision", r"learning support", r"mentor")),
}


def _phase_applies(part: ItemPart, phase: str | None) -> bool:
    """A part asked only of some phases is asked when the school is known to be in one."""
    return not part.phases or (phase is not None and phase in part.phases)


@lru_cache(maxsize=64)
def parts_of(kind: str, item_id: str, phase: str | None = None) -> tuple[ItemPart, ...]:
    """The parts an item requires (of a school in ``phase``, when it is known).

    An item with no parts listed has one: its own heading, answered by being about it.
    """
    table = {"sen-report": _SCHEDULE_1, "local-offer": _LOCAL_OFFER}.get(kind, {})
    return tuple(p for p in table.get(item_id, ()) if _phase_applies(p, phase))


def all_parts(kind: str) -> dict[str, tuple[ItemPart, ...]]:
    """Every item of a kind that lists its parts, with them (for the docs and tests)."""
    return dict({"sen-report": _SCHEDULE_1, "local-offer": _LOCAL_OFFER}.get(kind, {}))
