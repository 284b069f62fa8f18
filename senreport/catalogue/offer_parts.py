"""The parts each line of the Local Offer rubric requires (looked up, with the Schedule 1
parts, by :func:`senreport.catalogue.parts.parts_of`)."""

from __future__ import annotations

from senreport.catalogue.item_part import ItemPart
from senreport.catalogue.item_part import part as _part

#: The parts of the Local Offer rubric lines that list them, by rubric line id.
LOCAL_OFFER_PARTS: dict[str, tuple[ItemPart, ...]] = {
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
    "schools.identification": (
        _part("identify", "How do schools identify and assess special educational needs?",
              "how schools identify and assess pupils' special educational needs",
              r"identif", r"assess", r"notic", r"concerns?\b", r"screen", r"spot",
              r"(slow|less than expected|not making)[^.]{0,30}progress", r"observ",
              r"(find|finding) out"),
        _part("provision", "What provision do schools make for pupils with SEN?",
              "what support schools put in place for pupils with SEN",
              r"support", r"provision", r"intervention", r"teaching", r"adapt",
              r"differentiat", r"plan\b", r"graduated", r"extra help", r"resources")),
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
