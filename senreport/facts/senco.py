"""Reading who the SENCO is: the words for the role, and the names of people beside them.

:mod:`senreport.facts` weighs what is found here against the rest of the page.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from senreport.lower_case import lowered
from senreport.opening_words import anchored_phrases
from senreport.textscan import fold

ROLE = re.compile(
    r"(?<![\w@./\-])(?:(?P<minor>assistant|deputy|trainee|associate|apprentice)\s+)?(?:"
    r"SEND?\s?Co(?:['’]s|s)?"
    r"|SEND?\s+Co-?\s?ordinator|SEND?\s+Lead(?:er)?"
    r"|Special\s+(?:Educat(?:ional|ion)\s+)?Needs?(?:\s+(?:and|&)\s+Disabilit(?:y|ies))?"
    r"(?:\s+\(SEND?\))?\s+Co-?\s?ordinator"
    r"|Co-?\s?ordinator\s+(?:for|of)\s+(?:Special\s+Educational\s+Needs?(?:\s+(?:and|&)\s+"
    r"Disabilit(?:y|ies))?(?:\s+\(SEND?\))?|SEND?)"
    r"|Inclusion\s+(?:Lead(?:er)?|Manager|Co-?\s?ordinator|Director)"
    r"|(?:Lead(?:er)?|Manager|Co-?\s?ordinator)\s+(?:for|of)\s+Inclusion"
    r"|(?:Head|Director|Leader)\s+of\s+(?:Inclusion|SEND?|Learning\s+Support|Additional\s+Needs)"
    r"|Learning\s+Support\s+(?:Manager|Co-?\s?ordinator|Lead(?:er)?)"
    # the role said as what someone does: "Mrs Brightwater, leads SEN and Annual Reviews",
    # "Mr Wilk, who co-ordinates SEN provision"
    r"|leads\s+(?:on\s+)?SEND?|co-?\s?ordinates\s+(?:the\s+)?SEND?"
    # (a hyphen joins a longer word, "SEN Co-ordinator", unless a space follows: "SENDCo- ")
    r")(?![\w@]|-\S)(?![\w.\-]*@)",
    re.IGNORECASE,
)
#: A heading asking who leads SEN, without the role's name ("Who looks after SEN here?",
#: "Who leads our SEN work?"): the person named under it is the SENCO.
ASKS_WHO_LEADS = re.compile(
    r"\bwho\b.*\b(?:leads?|looks?\s+after|co-?\s?ordinates?|is\s+in\s+charge\s+of|"
    r"(?:is|are)\s+responsible\s+for|manages?|runs?)\b.*\b(?:SEND?|special\s+(?:educational\s+)?"
    r"needs?|inclusion)\b", re.IGNORECASE)
#: The role pattern, tried only where a word it can begin with stands.
ROLE_AT = anchored_phrases(ROLE, (
    "assistant", "deputy", "trainee", "associate", "apprentice", "sen", "special", "inclusion",
    "head of", "director of", "leader of", "learning support", "leads", "co ordinates",
    "coordinates", "co ordinator", "coordinator", "leader for", "lead for", "lead of",
    "manager for", "manager of"))
TITLE = re.compile(r"(?:Mrs|Mr|Miss|Ms|Mx|Dr|Prof|Professor|Revd|Rev|Sir|Dame)\.?(?=\s)")
_NAME_TOKEN = re.compile(
    # letters after the first may be any ("Wiśniewski", "Ó Briain", "Zoë")
    r"[A-Z]\.(?:\s?[A-Z]\.)*|[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’\-][^\W\d_]+)*|"
    r"(?:van|von|de|da|del|der|di|du|le|la|bin|al)(?=\s)"
)
_PARTICLES = frozenset("van von de da del der di du le la bin al".split())
#: How a school's or church's name opens ("St Aldhelm's"): untitled, not a person's name.
_SAINT = frozenset({"St", "Saint", "Ste"})
_NOT_NAME = frozenset("""
    senco sendco senco's sendco's sen send sencos sendcos coordinator co-ordinator inclusion lead
    leader manager head headteacher headmaster headmistress principal deputy assistant teacher
    teachers special educational needs need disabilities disability learning support school academy
    college trust our the a an is was are and or at of for with in on to by from this that these
    those it its contact contacts email e-mail phone tel telephone mobile call nasenco nasc npqsl
    npqh npq qts ba bsc ma msc med pgce phd hons mbe obe cert who she he they her his their you
    your we us if please office reception governor governors chair local offer information report
    policy name names role title designated national award team department dept monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december term autumn spring summer year years ext extension mon tue
    wed thu fri here click welcome dear infant infants junior juniors primary secondary nursery
    federation i'm i’m i've i’ve i'd i’d i'll i’ll hlta attendance interventions intervention
    safeguarding administrator administrative officer
""".split())

_BEFORE_ROLE = re.compile(  # between a name and the role after it: "Mrs Patel is our SENCO"
    r"\s*(?:"
    r"\((?:[^()]{0,60}?\s)?"
    # her other job between commas, when a verb follows: "Ms Grant, Deputy Head, is our"
    r"|(?:,\s*(?:(?:our|the)\s+)?[A-Za-z'’\-]+(?:\s+[A-Za-z'’\-]+){0,3}\s*,\s*(?=(?:who\s+)?"
    r"(?:is|was|acts|works|has|became|remains|will)\b))?"
    r"[,\-–—:|/]?\s*(?:(?:role|position|job\s+title)\s*:?\s*)?"
    r"(?:(?:who|she|he|they|and\s+I)\s+)?(?:(?:is|was|am|acts\s+as|works\s+as|as|ha(?:s|ve)\s+been|became|"
    r"remains|will\s+be)\s+)?(?:(?:also|currently|now)\s+)?"
    r"(?:(?:our|the|the\s+school['’]s|the\s+academy['’]s|the\s+college['’]s|school|academy|a|an)"
    r"\s+)?(?:(?:new|acting|interim|qualified|designated|named|school|nursery)\s+)?"
    r"(?:[A-Za-z'’\-]+(?:\s+[A-Za-z'’\-]+){0,3}\s*(?:and|&|/)\s*)?"
    r")",
    re.IGNORECASE,
)
#: Other jobs a named person may hold instead.
_OTHER_ROLE = (r"(?:head\s*teacher|head\s+of\s+(?:school|centre|college|sixth\s+form"
               r"|year(?:\s+\d+)?|house|department|faculty)|headmaster|headmistress|principal|"
               r"(?:executive\s+)?head|deputy\s+head(?:teacher)?|"
               r"(?:(?:SEND?|inclusion|link)\s+)?governor|chair(?:\s+of\s+governors)?|"
               r"class\s+teacher|(?:business|office)\s+manager|pastoral\s+lead|"
               r"designated\s+safeguarding\s+lead|DSL|CEO|(?:educational\s+)?psychologist|"
               r"(?:speech\s+and\s+language\s+|occupational\s+|play\s+)?therapist|"
               r"(?:school\s+)?nurse|case\s*worker|case\s+officer|family\s+support\s+worker|"
               r"teaching\s+assistant|ELSA)\b")
_AFTER_ROLE = (  # between the role and a name after it: "Our SENCO is Mrs Patel"
    re.compile(
        r"\)?(?:['’]s\s+name)?\s*(?:\([^()]{0,60}\))?\s*"
        r"(?:(?:name|contact(?:\s+details)?|details)\s*)?"
        r"(?:(?:at|for|in|of|across)\s+(?:our|the|this)\s+(?:whole\s+)?(?:school|academy|college|"
        r"trust|federation)\s*,?\s*)?"
        r"(?:(?:at|for)\s+(?:[A-Z][\w'’&\-]*\s+){1,5}(?=is\s))?"
        r"(?:[:\-–—,|/]\s*)?"
        r"(?:(?:is|are|was|will\s+be|remains)(?:\s+|(?=[:\-–—])))?"
        r"(?:(?:currently|now|called|named)\s+)?"
        # "The SENCO is:" over the name on the next line (units join lines with " | ")
        r"(?:[:\-–—]\s*)?(?:\|\s*)?"
        # a form's label on a line of its own: "SEN Coordinator | Name | Miss Hibbert"
        r"(?:name\s*[:\-–—]?\s*\|\s*)?",
        re.IGNORECASE,
    ),
    # "SENCO and Inclusion Leader: Mrs Hill" (not "... Leader | Amy Lowe: Counsellor": a
    # name on the next line after more words is that line's own)
    re.compile(r"\s+(?:and|&|/)\s+(?:[A-Za-z'’\-]+\s+){0,3}?[A-Za-z'’\-]+\s*"
               r"(?:[:\-–—,]|\bis\b)\s*", re.IGNORECASE),
    # the role held by someone with another job: "the SENCO role is held by our Deputy
    # Headteacher, Ms Blake", "Our SENCO is the Assistant Head, Mr Ray", "Our SENCO is
    # Deputy Headteacher Lorna Achebe"
    re.compile(r"\s+(?:(?:role|post|position)\s+)?(?:is\s+)?(?:(?:held|taken|filled|led|covered)"
               r"\s+by|is)\s+(?:(?:our|the)\s+)?(?:assistant\s+)?" + _OTHER_ROLE + r"\s*,?\s*",
               re.IGNORECASE),
)
_OTHER_ROLE_BEFORE = re.compile(
    _OTHER_ROLE + r"\s*(?:[,:\-–—]|\bis\b)?\s*$"
    # the leader of another team: "Our outreach team, led by Mr Daly"
    r"|\b(?!sen\b|send\b|sendco\b|senco\b|inclusion\b|support\b)[a-z]+\s+team\s*,?\s*"
    r"(?:is\s+)?(?:led|run|managed|headed)\s+by\s*$", re.IGNORECASE)
_OTHER_ROLE_AFTER = re.compile(r"\s*(?:[,(\-–—]|\bis\b)\s*(?:(?:our|the)\s+)?" + _OTHER_ROLE,
                               re.IGNORECASE)
#: Words each match of ``_OTHER_ROLE_BEFORE`` holds (folded as ``re.IGNORECASE`` reads it).
_OTHER_ROLE_KEYS = ("head", "principal", "governor", "chair", "teacher", "manager", "lead",
                    "dsl", "ceo", "psychologist", "therapist", "nurse", "case", "worker",
                    "assistant", "elsa", "team")
OUR_BEFORE = re.compile(r"\bour\s+$", re.IGNORECASE)
#: A line that opens after a name, with no stop between ("Mr Bell<br>Our SENCO is ...").
_NEXT_LINE = re.compile(r"\s*\|?\s*(?:Our|The)\s")
_SAYS_IS = re.compile(r":|\bis\b|\bare\b|,|[-–—|]")
#: The first letter of a word that may open a name: a capital, or a particle's ("de"). (The
#: letter is looked for first, then what stands before it: ``re`` finds a letter of a set
#: quickly, and tries a pattern that opens with a look-behind at every place.)
_WORD_OPENING = re.compile(r"[A-Zvdlba](?<!\S.)")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SPACES = re.compile(r"[ \t]+")
_SHORT_TITLE = re.compile(r"(?:Mrs|Mr|Miss|Ms|Mx|Dr)\.?")
_SENCO_WORD = re.compile(r"(?:NA)?SEND?C")
_INITIALS = re.compile(r"[A-Z]\.?(?:\s?[A-Z]\.)*")
_BRACKETED = re.compile(r"\([^()]*\)")
#: What a post is said to be when no one holds it ("Our SENCO is Vacant.").
_NOT_HELD = frozenset({"vacant", "currently", "available", "unavailable", "tbc", "tba", "here",
                       "away", "absent", "responsible", "none", "unknown", "pending", "new",
                       "unfilled", "open", "part-time", "interim", "acting"})
_FIRST_NAME_ALONE = re.compile(r"\s+is\s+([A-Z][a-z]{2,})(?=\s*(?:[.,;]|$))")
#: Someone else's SENCO: "the Trust SENCO", "the secondary school's SENCO"; or one phase's,
#: where the whole school's is named too ("the primary-phase SENCO is Mr Odum"). "Our Trust
#: SENCO" is the school's own.
OTHER_SENCO = re.compile(r"(?<!our\s)\b(?:(?:trust|county|authority|LA|council|secondary|"
                          r"junior|infant|previous|receiving|new|other|future|nursery's|school's\s+new)"
                          r"(?:\s+school(?:['’]s)?)?|(?:primary|secondary|early\s+years|sixth[\s-]"
                          r"form|key\s+stage\s+\d)[\s-]+phase)\s+$"
                          # ours no longer: "our previous SENCO, Mrs Hill, retired in July"
                          r"|\b(?:former|previous|outgoing|retiring|retired)\s+$"
                          r"|\b(?:authority|council|LA)['’]s\s+$", re.IGNORECASE)
#: Someone else's SENCO named after the role: "the SENCO of the secondary school".
OTHER_SENCO_AFTER = re.compile(
    r"\s+(?:of|at|from)\s+(?:the|their|your\s+child['’]s|each|his|her)\s+(?:new\s+|next\s+|"
    r"receiving\s+|previous\s+|feeder\s+)?(?:secondary|junior|infant|high|upper|middle|"
    r"primary|new|next|receiving|previous|feeder|other)\b"
    # another job named by the role: "the local authority's SENCO adviser"
    r"|\s+(?:advis[eo]r|network|forum|cluster)\b"
    # nobody's now: "Her post of SENCO is currently being recruited", "the SENCO post is vacant"
    r"|(?:\s+post)?\s+is\s+(?:currently\s+|now\s+)?(?:being\s+recruited|vacant)\b",
    re.IGNORECASE)
SENCO_MAILBOX = re.compile(r"^(?:senco|sendco|senc|send|sen|inclusion|learningsupport|"
                            r"learning\.support|additionalneeds|sen\.?d?\.?co)\b", re.IGNORECASE)

EXTERNAL = re.compile(
    r"SENDIA|\bIASS?\b|information,?\s+advice\s+(?:and|&)\s+support|parent\s+carer\s+forum|"
    r"parent\s+partnership|helpline|\bcouncil\b|\bNHS\b|CAMHS|\bIPSEA\b|local\s+offer|"
    r"local\s+authority|\bcharity\b|family\s+hubs?\b|children['’]?s\s+cent(?:re|er)|"
    r"early\s+help\b|school\s+nurs(?:e|ing)\b", re.IGNORECASE)
FOREIGN_MAILBOX = re.compile(r"@(?:[\w\-]+\.)*(?:gov\.uk|nhs\.uk|nhs\.net)$", re.IGNORECASE)


def names_beside_role(text: str, role: re.Match[str]) -> list[tuple[float, str, int]]:
    """Names standing next to a role word, with a score for how surely they are its holder."""
    found: list[tuple[float, str, int]] = []
    # A role in brackets after a name is that name's ("Mrs Jo Park (Inclusion Lead and
    # SENCO), Miss Amy Tay (Pastoral Lead)"): the name after the bracket is someone else.
    bracketed = text.rfind("(", 0, role.start()) > text.rfind(")", 0, role.start())
    for pattern in _AFTER_ROLE:
        gap = pattern.match(text, role.end())
        if gap is None:
            continue
        name = name_at(text, gap.end())
        if name:
            bonus = 10 if _SAYS_IS.search(gap.group()) else 0
            if "|" in gap.group() and _named_line(text, role.start()):
                # The role's own line already names its holder ("Clare Hill: SENDCo and
                # Inclusion Leader"): the name on the next line is that line's own.
                bonus = -20
            titled = 8 if TITLE.match(name[0]) else 0
            if bracketed and gap.group().startswith(")"):
                bonus -= 30  # the name before the bracket holds it, if there is one
            # What the role covers, in brackets ("SENCO (Nursery to Year 11)"), is the
            # role's own: it does not put the name further from it.
            spread = len(_BRACKETED.sub("", gap.group()))
            found.append((100 - spread / 2 + bonus + titled, name[0], gap.end()))
            break
    window_start = max(0, role.start() - 120)
    passed = window_start  # words inside a name given to another job are not names
    for word in _WORD_OPENING.finditer(text[window_start:role.start()]):
        start = window_start + word.start()
        if start < passed or word.group() not in _CAPITALS and not _NAME_TOKEN.match(
                text, start):
            continue  # a name opens with a capital (or a title) or a particle ("de")
        name = name_at(text, start)
        if not name or name[1] > role.start():
            continue
        if _BEFORE_ROLE.fullmatch(text, name[1], role.start()):
            if _NEXT_LINE.match(text, name[1]) and _OTHER_ROLE_BEFORE.search(
                    text[max(0, start - 40):start]):
                passed = name[1]  # "Headteacher: Mr Bell<br>Our SENCO is ...": the line
                continue  # above names the headteacher
            distance = role.start() - name[1]
            titled = 8 if TITLE.match(name[0]) else 0
            found.append((95 - distance / 2 + titled, name[0], start))
            break
    if not found:  # a first name alone, said to be the role's: "Our SENCO is Joanne."
        alone = _FIRST_NAME_ALONE.match(text, role.end())
        if alone and alone.group(1).lower() not in _NOT_NAME | _NOT_HELD:
            found.append((60.0, alone.group(1), alone.start(1)))
    if not found:  # the role and a titled name close by in the same block
        lo, hi = max(0, role.start() - 250), min(len(text), role.end() + 250)
        for match in TITLE.finditer(text, lo, hi):
            name = name_at(text, match.start())
            if name and not holds_other_role(text, match.start(), name[1]):
                distance = abs(match.start() - role.start())
                found.append((40 - distance / 20, name[0], match.start()))
    return found


def titles_in(texts: list[str]) -> list[tuple[int, int]]:
    """Where ``TITLE`` matches in each text (the text's number, the offset in it), in order,
    found in one pass over the texts joined by new lines.

    ``TITLE`` is a list of words, each with an optional full stop and white space after it
    (``test_facts`` holds it to that): its matches in the joined texts are those in each
    text, and those that end where a text ends, which are left out.
    """
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    found = []
    for title in TITLE.finditer("\n".join(texts)):
        i = bisect_right(starts, title.start()) - 1
        if title.end() - starts[i] < len(texts[i]):  # not followed by the new line alone
            found.append((i, title.start() - starts[i]))
    return found


def _named_line(text: str, at: int) -> bool:
    """Whether the line (a unit's text between " | ") holding ``at`` opens with a person's
    name and a colon, dash, comma or bracket ("Clare Hill: SENDCo ...", "Mrs Amy Lowe,
    SENDCo", "Amy Lowe (SENDCo)")."""
    start = text.rfind(" | ", 0, at)
    start = 0 if start < 0 else start + 3
    name = name_at(text, start)
    return name is not None and name[1] <= at and bool(
        re.match(r"\s*[:–—,(-]", text[name[1]:at]))


def name_at(text: str, pos: int) -> tuple[str, int] | None:
    """A person's name starting at ``pos`` ("Mrs J Patel", "Amy Lowe"), with where it ends."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    start = pos
    title = TITLE.match(text, pos)
    if title:
        pos = title.end()
    tokens: list[tuple[str, int]] = []  # each token and where it ends
    end = pos
    while len(tokens) < 5:
        at = end
        if tokens or title:
            space = _SPACES.match(text, end)
            if not space:
                break
            at = space.end()
        token = _NAME_TOKEN.match(text, at)
        if not token:
            break
        word = token.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        bare = word.rstrip(".").lower()
        if (len(bare) > 1 and bare in _NOT_NAME) or _SHORT_TITLE.fullmatch(word):
            break
        if word.isupper() and len(word) > 3 and _SENCO_WORD.match(word):
            break
        tokens.append((word, at + len(word)))
        end = at + len(word)
        if len(word) < len(token.group()):  # a possessive ends the name
            break
    while tokens and tokens[-1][0].lower() in _PARTICLES:
        tokens.pop()
    if not tokens:
        return None  # most places hold no name at all: no need to look further
    real = [t for t, _ in tokens if t.lower() not in _PARTICLES]
    if not real or not title and real[0].rstrip(".") in _SAINT:
        return None  # "St Aldhelm's CE Primary" names a school or a church, not a person
    initial = _INITIALS
    if not title and (len(real) < 2 or initial.fullmatch(real[0]) and initial.fullmatch(real[-1])
                      or initial.fullmatch(real[-1])):
        return None
    finish = tokens[-1][1]
    name = text[start:finish].strip(" ,;:")
    return (name, finish) if name else None


def holds_other_role(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is given with another job ("the headteacher, Mr Bell")."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    folded = fold(before)  # a cheap test first: the pattern is tried at every character
    return bool(any(map(folded.__contains__, _OTHER_ROLE_KEYS)) and _OTHER_ROLE_BEFORE.search(
        before) or _OTHER_ROLE_AFTER.match(after))


def surname_of(name: str) -> str:
    return name.split()[-1].lower() if name and name.split() else ""


def _compatible(short: list[str], long: list[str]) -> bool:
    """Whether a shorter way of naming someone fits a longer one (initials, no first name)."""
    if short[-1].lower() != long[-1].lower():
        return False
    short_title = bool(TITLE.match(short[0] + " "))
    long_title = bool(TITLE.match(long[0] + " "))
    if short_title and long_title and short[0].rstrip(".") != long[0].rstrip("."):
        return False
    middle_short = short[1 if short_title else 0:-1]
    middle_long = long[1 if long_title else 0:-1]
    if len(middle_short) > len(middle_long):
        return False
    for a, b in zip(middle_short, middle_long, strict=False):
        if a.rstrip(".") != b.rstrip(".") and not (len(a.rstrip(".")) == 1 and b.startswith(a[0])):
            return False
    return True


def fuller_name(name: str, texts: list[str]) -> tuple[str, tuple[int, int]] | None:
    """The same person named more fully elsewhere ("Mr Whitcombe" -> "Mr Tom Whitcombe"; "Mr
    Okafor" -> "I'm Daniel Okafor"), with where: the text's number and the offset in it."""
    short = name.split()
    best: tuple[str, tuple[int, int]] | None = None
    places = _titles_in_texts(texts, _may_name(short, texts))
    if len(short) >= 2 and TITLE.match(short[0] + " ") and all(
            _INITIALS.fullmatch(w) for w in short[1:-1]):
        # the surname after a first name and no title, which only a fuller naming can give
        # ("Mrs F. Adeyemi" -> "Folake Adeyemi")
        after = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+\s+" + re.escape(short[-1]) + r"\b")
        places += [(i, m.start()) for i, text in enumerate(texts) if short[-1] in text
                   for m in after.finditer(text)
                   if m.group(0).split()[0].lower() not in _NOT_NAME]
    for i, start in places:
        found = name_at(texts[i], start)
        if not found:
            continue
        long = found[0].split()
        if _fullness(long) <= _fullness(short) or (
                best and _fullness(long) <= _fullness(best[0].split())):
            continue
        if _compatible(short, long):
            best = (found[0], (i, start))
    return best


def _may_name(short: list[str], texts: list[str]) -> list[int]:
    """The texts that may name someone more fully by the surname ending ``short``: those
    holding it in any case, when it is in ASCII (a word that lowers to it stands, lowered,
    in its text's lower case: only a sigma lowers by what stands around it, and never to
    ASCII); every text otherwise."""
    if not short or not short[-1].isascii():
        return list(range(len(texts)))
    surname = short[-1].lower()
    return [i for i, text in enumerate(texts) if surname in lowered(text)]


def _titles_in_texts(texts: list[str], chosen: list[int]) -> list[tuple[int, int]]:
    """:func:`titles_in` of the chosen texts only (each text's matches are its own)."""
    if len(chosen) == len(texts):
        return titles_in(texts)
    return [(chosen[i], start) for i, start in titles_in([texts[i] for i in chosen])]


def _fullness(name: list[str]) -> tuple[int, int]:
    """How fully a name is given: its words besides the title, then fewer initials."""
    return _untitled(name), -sum(bool(_INITIALS.fullmatch(w)) for w in name)


def _untitled(name: list[str]) -> int:
    """How many words a name has besides its title."""
    return len(name) - bool(name and TITLE.match(name[0] + " "))
