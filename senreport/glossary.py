"""The UK SEND glossary as data: acronyms with what they stand for, and plainer words.

The plain-language rules (:mod:`senreport.rules.plain_language`) read these tables; so can
anything else that wants to explain a term to parents. Meanings are written as a parent
would read them in a report; :func:`phrase_pattern` matches them loosely (any case,
"co-ordinator" or "coordinator", commas or none, "and" or "&", a plural at the end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Acronym:
    """An acronym, the ways schools write it and what it stands for."""

    #: Spellings as written, matched exactly ("SpLD" is not "SPLD" unless both are listed).
    forms: tuple[str, ...]
    #: What it stands for; any one of these explains it.
    meanings: tuple[str, ...]
    #: True when schools use it for two different things (SLT): advice names the first two.
    ambiguous: bool = False

    @property
    def name(self) -> str:
        """The usual spelling, e.g. ``SENCO``."""
        return self.forms[0]


def _a(forms: str, *meanings: str, ambiguous: bool = False) -> Acronym:
    return Acronym(tuple(forms.split("|")), meanings, ambiguous)


ACRONYMS: tuple[Acronym, ...] = (
    _a("SEN", "special educational needs"),
    _a("SEND", "special educational needs and disabilities",
       "special educational needs and/or disabilities"),
    _a("SENCO|SENCo|SENDCo|SENDCO|SENDco|SENco",
       "special educational needs co-ordinator",
       "special educational needs and disabilities co-ordinator",
       "SEN co-ordinator", "SEND co-ordinator", "special needs co-ordinator",
       "special educational needs co-ordination"),
    _a("NASENCO|NASENCo|NA SENCO|NA SENCo",
       "National Award for SEN Co-ordination",
       "National Award for Special Educational Needs Co-ordination"),
    _a("NPQSENCO|NPQ", "National Professional Qualification"),
    _a("EHCP|EHC", "Education, Health and Care plan", "Education, Health and Care"),
    _a("EHCNA", "Education, Health and Care needs assessment", "EHC needs assessment"),
    _a("SEMH", "social, emotional and mental health"),
    _a("SpLD|SPLD", "specific learning difficulty"),
    _a("MLD", "moderate learning difficulty"),
    _a("SLD", "severe learning difficulty"),
    _a("PMLD", "profound and multiple learning difficulty"),
    _a("ASC", "autism spectrum condition", "autistic spectrum condition"),
    _a("ASD", "autism spectrum disorder", "autistic spectrum disorder"),
    _a("ADHD", "attention deficit hyperactivity disorder",
       "attention deficit and hyperactivity disorder"),
    _a("ADD", "attention deficit disorder"),
    _a("DCD", "developmental co-ordination disorder"),
    _a("HI", "hearing impairment", "hearing impaired"),
    _a("VI", "visual impairment", "vision impairment", "visually impaired"),
    _a("MSI", "multi-sensory impairment", "multisensory impairment"),
    _a("PD", "physical disability"),
    _a("SLCN", "speech, language and communication needs"),
    _a("SALT|SaLT", "speech and language therapy", "speech and language therapist"),
    # SLT is ambiguous in schools; either meaning, written out, explains it.
    _a("SLT", "speech and language therapy", "senior leadership team",
       "speech and language therapist", ambiguous=True),
    _a("EP", "educational psychologist", "educational psychology"),
    _a("OT", "occupational therapy", "occupational therapist"),
    _a("PT", "physiotherapy", "physiotherapist", "physical therapy"),
    _a("CAMHS", "child and adolescent mental health services",
       "children and adolescent mental health services"),
    _a("CYPMHS", "children and young people's mental health services"),
    _a("MHST", "mental health support team"),
    _a("APDR", "assess, plan, do, review"),
    _a("SENDIASS|SENDIAS|IASS",
       "information, advice and support service",
       "SEND information, advice and support"),
    _a("IPSEA", "Independent Provider of Special Education Advice"),
    _a("LAC|CLA", "looked after child", "looked after children", "children looked after",
       "child looked after"),
    _a("PLAC", "previously looked after child", "previously looked after children"),
    _a("PEP", "personal education plan"),
    _a("PP", "pupil premium"),
    _a("FSM", "free school meals"),
    _a("TA", "teaching assistant"),
    _a("HLTA", "higher level teaching assistant"),
    _a("LSA", "learning support assistant"),
    _a("ELSA", "emotional literacy support assistant"),
    _a("IEP", "individual education plan", "individual education programme"),
    _a("ISP", "individual support plan"),
    _a("PSP", "pastoral support plan", "pastoral support programme"),
    _a("LA", "local authority"),
    _a("QFT", "quality first teaching"),
    _a("EAL", "English as an additional language"),
    _a("DSL", "designated safeguarding lead"),
    _a("CIN", "child in need", "children in need"),
    _a("CP", "child protection"),
    _a("EWO", "education welfare officer"),
    _a("EHA", "early help assessment"),
    _a("TAC", "team around the child"),
    _a("FE", "further education"),
    _a("NEET", "not in education, employment or training"),
    _a("PfA|PFA", "preparing for adulthood"),
    _a("SENIF", "SEN inclusion fund", "special educational needs inclusion fund"),
    _a("AP", "alternative provision"),
    _a("PRU", "pupil referral unit"),
    _a("KS1|KS2|KS3|KS4|KS5", "Key Stage"),
    _a("EYFS", "Early Years Foundation Stage"),
    _a("SENDIST", "Special Educational Needs and Disability Tribunal"),
    _a("DfE|DFE", "Department for Education"),
    _a("CoP", "Code of Practice"),
    _a("DLA", "Disability Living Allowance"),
    _a("BSL", "British Sign Language"),
    _a("AAC", "augmentative and alternative communication"),
    _a("PECS", "Picture Exchange Communication System"),
    _a("RSE", "relationships and sex education", "relationships education"),
    _a("RSHE", "relationships, sex and health education"),
    _a("ECT", "early career teacher"),
)

#: Acronyms every parent knows, never reported even when not written out.
COMMON_ACRONYMS = frozenset({
    "UK", "TV", "PE", "IT", "ICT", "GCSE", "OK", "BBC", "NHS", "GP", "PTA", "SAT", "SATS",
    "PDF", "URL", "FAQ", "AM", "PM", "USA", "EU", "CEO", "HR", "ID", "IQ", "DVD", "CD",
    "PSHE", "RE", "DT", "STEM", "BTEC", "OFSTED", "MP", "WC", "PC", "COVID", "TBC", "TBA",
    "NB", "PS", "BST", "GMT", "ASAP", "RSVP", "DIY", "GCSES", "WWW", "INSET",
})

#: Words writers put in capitals for emphasis; an all-capitals word is not an acronym.
SHOUTED_WORDS = frozenset({
    "A", "AN", "AND", "ARE", "AS", "AT", "BE", "BY", "DO", "FOR", "FREE", "GO", "HE", "IF",
    "IN", "IS", "ME", "MUST", "MY", "NEW", "NO", "NOT", "NOTE", "NOW", "OF", "ON", "ONLY",
    "OR", "OUR", "PLEASE", "SO", "THE", "TO", "UP", "US", "WE", "WILL", "YES", "YOU", "ALL",
    "NEVER", "ALWAYS", "HELP", "NB", "DATE", "TIME", "NAME", "OFF", "OUT", "KEY", "BIG",
})


@dataclass(frozen=True)
class PlainAlternative:
    """A term parents may stumble over, and plainer words for it."""

    #: A regular expression (matched case-insensitively, as whole words).
    pattern: str
    plain: str
    #: ``jargon`` (education terms) or ``wordy`` (longer than it needs to be).
    kind: str


def _j(pattern: str, plain: str) -> PlainAlternative:
    return PlainAlternative(pattern, plain, "jargon")


def _w(pattern: str, plain: str) -> PlainAlternative:
    return PlainAlternative(pattern, plain, "wordy")


PLAIN_ALTERNATIVES: tuple[PlainAlternative, ...] = (
    _j(r"differentiat(?:ion|ed|es|e|ing)", "adapting lessons for each child"),
    _j(r"interventions?", "extra help (for example, small-group sessions)"),
    _j(r"provision[- ]?map(?:s|ping)?", "a list of the extra help we offer"),
    _j(r"quality[- ]first[- ]teaching", "good everyday teaching for every child"),
    _j(r"waves? (?:1|2|3|one|two|three)(?: interventions?| provision| support)?",
       "everyday teaching, small-group help or one-to-one help"),
    _j(r"universal (?:provision|offer)", "the help every child gets"),
    _j(r"targeted (?:provision|support|offer)", "extra help for some children"),
    _j(r"ordinarily available provision", "the help every school should offer"),
    _j(r"cohorts?", "year group"),
    _j(r"stakeholders?", "parents, staff and others involved"),
    _j(r"holistic(?:ally)?", "looking at the whole child"),
    _j(r"multi[- ]?agency", "different services working together"),
    _j(r"pedagog(?:y|ical|ies)", "teaching methods"),
    _j(r"scaffold(?:ing|ed|s)?", "step-by-step support"),
    _j(r"metacogniti(?:on|ve)", "thinking about how they learn"),
    _j(r"baseline assessments?", "a first check of where your child is"),
    _j(r"emotional literacy", "understanding and talking about feelings"),
    _j(r"sensory diets?", "a plan of movement and sensory activities"),
    _j(r"fine motor skills?", "hand skills, such as writing and cutting"),
    _j(r"gross motor skills?", "movement skills, such as running and balance"),
    _j(r"phonological awareness", "hearing the sounds in words"),
    _j(r"executive function(?:ing|s)?", "planning, organising and remembering"),
    _j(r"personali[sz]ed learning", "learning planned around your child"),
    _j(r"barriers to learning", "things that make learning hard"),
    _j(r"pre-?teach(?:ing)?", "teaching new words or ideas before the lesson"),
    _j(r"over-?learning", "extra practice"),
    _j(r"liais(?:e|es|ing|ed) with", "work with, or talk to"),
    _w(r"in order to", "to"),
    _w(r"with regards? to|in regard to", "about"),
    _w(r"in respect of", "about"),
    _w(r"facilitat(?:e|es|ed|ing)", "help"),
    _w(r"utili[sz](?:e|es|ed|ing|ation)", "use"),
    _w(r"prior to", "before"),
    _w(r"in the event that", "if"),
    _w(r"commenc(?:e|es|ed|ing)", "start"),
    _w(r"in accordance with", "following, or under"),
    _w(r"endeavou?r(?:s|ed|ing)?", "try"),
    _w(r"ascertain(?:s|ed|ing)?", "find out"),
    _w(r"in conjunction with", "with"),
    _w(r"at this (?:point in|moment in) time", "now"),
    _w(r"due to the fact that", "because"),
    _w(r"subsequent(?:ly)? to", "after"),
)

#: The law's own words. Parents meet them in letters and plans, so they are never reported as
#: jargon or as non-inclusive language, even where they contain a word that otherwise would be.
STATUTORY_TERMS = frozenset({
    "special educational needs", "special educational provision", "SEN support",
    "EHC plan", "Education, Health and Care plan", "EHC needs assessment", "Local Offer",
    "SENCO", "disabled", "disability", "disabilities", "reasonable adjustments",
    "assess, plan, do, review", "graduated approach", "best endeavours",
    "accessibility plan", "looked after", "annual review", "personal budget",
    "young person", "outcomes", "provision", "Code of Practice", "SEN information report",
    "preparing for adulthood", "mediation", "tribunal", "alternative provision",
    "learning difficulty", "learning difficulties", "auxiliary aids",
})


# --- Matching the tables in text ------------------------------------------------------------

def phrase_pattern(phrase: str) -> str:
    """A loose regular expression for a phrase: any spacing, hyphens, commas or plurals."""
    found = re.findall(r"[\w'’/&]+(?:-[\w'’]+)*", phrase)
    parts = []
    for n, word in enumerate(found):
        lower = word.lower()
        if lower in ("and", "&", "and/or"):
            parts.append(r"(?:and/or|and|or|&)")
            continue
        pieces = [re.escape(p) for p in lower.split("-")]
        last = pieces[-1]
        if last.endswith("ies") or last.endswith("y"):
            last = last[:-3 if last.endswith("ies") else -1] + "(?:y|ies)"
        elif n < len(found) - 1:
            pass  # plurals only at the end keep the pattern small (it compiles at import)
        elif last.endswith("s") and not last.endswith("ss"):
            last += "?"
        else:
            last += "(?:s|es)?"
        pieces[-1] = last
        parts.append(r"[-\s]?".join(pieces))
    # Plain ASCII classes: with IGNORECASE, non-ASCII ones make the patterns slow to compile.
    # PhraseSet turns typographic dashes into "-" before matching.
    return r"[\s,-]+".join(parts)


def normalise_phrase(phrase: str) -> str:
    """A phrase in lower case with single spaces for hyphens, commas and runs of space."""
    return " ".join(re.findall(r"[\w'’/&]+", phrase.lower()))


_SMALL_WORDS = frozenset({"and", "or", "of", "for", "the", "in", "as", "an", "a", "to", "with",
                          "on", "at", "by"})


def spells(acronym: str, phrase: str) -> bool:
    """Whether the words a phrase ends with spell an acronym ("Specific Learning Difficulty").

    Each word gives the acronym its first letter or first few ("Sp" for SpLD); small words
    ("and", "of") may give none.
    """
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    recent = re.findall(r"[A-Za-z]+", phrase)[-(len(letters) + 4):]

    def match(rest: str, ws: list[str], first: bool) -> bool:
        if not rest:
            return not ws
        if not ws:
            return False
        word = ws[0]
        if not first and word.lower() in _SMALL_WORDS and match(rest, ws[1:], False):
            return True
        n = 0
        while n < len(word) and n < len(rest) and word[n].upper() == rest[n]:
            n += 1
            if match(rest[n:], ws[1:], False):
                return True
        return False

    return bool(letters) and any(match(letters, recent[k:], True) for k in range(len(recent)))
