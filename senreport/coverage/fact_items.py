"""Items of a SEN information report that are facts rather than topics.

Item 4 asks for the SENCO's *name and contact details*, item 13 for *where* the Local Offer
is published, item 11 for the *contact details* of support services, item 9 for the
complaints *arrangements* and item 6 for how equipment will be *secured*. A heading and a
paragraph are not enough for these: the fact itself must be there. Where it is, a one-line
answer is a full answer ("Our SENCO is Mrs Khan, senco@oak.sch.uk").
"""

from __future__ import annotations

import re

from senreport.catalogue.parts import PARENT_SERVICES, parts_of
from senreport.coverage.contents import contents_entries, links_within_page
from senreport.coverage.definitions import without_definitions
from senreport.coverage.judgement import Judgement
from senreport.coverage.passages import is_placeholder
from senreport.coverage.pointers import holds
from senreport.coverage.tally import IN_PLACE, NONE, PARTLY, Tally
from senreport.document import Block, Document
from senreport.facts import Facts
from senreport.opening_words import anchored_phrases
from senreport.textscan import case_folded

ROLE = re.compile(
    r"\b(SENCO|SENDCO|SEN\s*Co|SEND\s*Co|SEN(D)?\s+co-?ordinator|special educational needs "
    r"(and disabilit(y|ies) )?co-?ordinator|inclusion (lead|leader|manager|co-?ordinator)|"
    r"head of (inclusion|learning support|send|sen)|(deputy|assistant) head(teacher)? "
    r"\(?(inclusion|send|sen)\)?|learning support (manager|co-?ordinator))s?\b",
    re.IGNORECASE,
)
#: ROLE, tried only where a word it can open with begins.
_ROLE_AT = anchored_phrases(ROLE, ("sen", "special", "inclusion", "head of", "deputy head",
                                   "assistant head", "learning support"))
_NAME = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Rev(erend)?)\.?\s+[A-Z][\w'’-]+|"
    r"\b(is|are|[Nn]ame:?|SENCO:|SENDCO:|SENCo:|SENDCo:)\s+[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+|"
    r"\b[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+\s*(\(|,|–|-)\s*(our\s+)?(SENCO|SENDCO|SENCo|SENDCo)\b"
)
EMAIL = re.compile(r"[\w.+-]+(@|\s*[\[(]at[\])]\s*)[\w-]+(\.[\w-]+)+", re.IGNORECASE)
_BRACKETED_AT = re.compile(r"[\[(]at[\])]", re.IGNORECASE)
PHONE = re.compile(r"(?<!\d)(\+44\s?\(?0?\)?\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)")
_WEB = re.compile(r"https?://|\bwww\.|\b[\w-]+\.(gov|org|co|sch|nhs|ac)\.uk\b|\.(org|com)\b",
                  re.IGNORECASE)
_LOCAL_OFFER = re.compile(r"local[\s-]*offer", re.IGNORECASE)
#: The same, searched in the text folded to lower case: ``re`` skips ahead to "local" there,
#: where a pattern that ignores case is tried at every character.
_LOCAL_OFFER_FOLDED = case_folded(_LOCAL_OFFER)
#: The Local Offer named inside another answer, about something else ("the Portage service,
#: one of the services listed in the Local Offer, visits ..."; "Mrs Varley from the Local
#: Offer team"): a passing mention, not where to find it.
_IN_PASSING = re.compile(
    r"\b(listed|named|included|featured) in (the |its |(?:[\w'’]+ ){0,2})local[\s-]*offer\b|"
    r"\bone of the (\w+ ){0,3}(in|on) (the |its |(?:[\w'’]+ ){0,2})local[\s-]*offer\b|"
    r"\blocal[\s-]*offer (team|officers?|staff|co-?ordinators?)\b|"
    r"\bin line with (the |its )local[\s-]*offer\b", re.IGNORECASE)
_PAGE_TITLE = re.compile(r"\b(send?|report)\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(website|web site|online|web ?page|published (at|on)|"
                        r"can be found (at|on)|search for)\b", re.IGNORECASE)
#: What a full answer to the item must say, in the item's own words.
ESSENTIALS = {
    "6": re.compile(r"\b(buy|bought|purchas\w*|fund\w*|budget|provid\w*|suppl\w*|obtain\w*|"
                    r"secur\w*|sourced?|loan\w*|lend|lent|borrow\w*|appl(y|ied|ies)|order\w*|"
                    r"assess\w*|request\w*|arrang\w*|specified|written into)\b", re.IGNORECASE),
    "9": re.compile(r"complain", re.IGNORECASE),
    "11": re.compile(EMAIL.pattern + "|" + PHONE.pattern + "|" + _WEB.pattern, re.IGNORECASE),
}
_SERVICE = (r"\b(sendias\w*|iass|ipsea|service|forum|helpline|charity|partnership|network|"
            r"home-start|contact a family)")
#: Where the fact alone makes the answer full, however short it is (for item 11: a support
#: service named, with its contact details).
SUFFICIENT = {
    "9": re.compile(r"complaints? (procedure|policy|process)|formal complaint|"
                    r"(make|raise|submit|lodge) a complaint|complain to", re.IGNORECASE),
    "11": re.compile(r"(?=.*" + _SERVICE + ").*(" + ESSENTIALS["11"].pattern + ")",
                     re.IGNORECASE | re.DOTALL),
}
#: The same tests, as patterns that must each be found somewhere: "a service, and somewhere
#: after the start its contact details" is just "a service" and "contact details" (searching
#: the look-ahead pattern itself takes time that grows with the square of the text).
_SUFFICIENT_PARTS = {"11": (re.compile(_SERVICE, re.IGNORECASE), ESSENTIALS["11"])}


#: Items whose sufficient words may be named in passing: a document's name, not an answer.
NAMED_IN_PASSING = frozenset({"9"})


#: Sentences after a support service's name its contact details may stand in
#: ("SENDIASS does not work for the school. They can help with forms. Phone: ...").
SERVICE_REACH = 3
#: A sentence's end, and a person named in one (whose contact details are theirs).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_PERSON = re.compile(r"\b(?:Mrs|Mr|Miss|Ms|Dr)\b|\bSENC?O\b|\bSENDCo\b", re.IGNORECASE)


def _sufficient(item_id: str, text: str) -> bool:
    """Whether ``text`` matches ``SUFFICIENT[item_id]``: for a support service, its contact
    details in the sentence naming it or the next (one naming no person: a paragraph that
    names SENDIASS and, sentences on, the SENCO's email gives no way to reach SENDIASS)."""
    parts = _SUFFICIENT_PARTS.get(item_id)
    if parts is None:
        return bool(SUFFICIENT[item_id].search(text))
    service, contact = parts
    if not all(part.search(text) for part in parts):
        return False
    sentences = _SENTENCE_END.split(text)
    for i, sentence in enumerate(sentences):
        if not service.search(sentence):
            continue
        if contact.search(sentence):
            return True
        for following in sentences[i + 1:i + 1 + SERVICE_REACH]:
            if _PERSON.search(following):
                break  # someone else's details from here on
            if contact.search(following):
                return True
    return False


def _together(texts: list[str]) -> list[str]:
    """The texts one by one, and together: an answer written a line to a paragraph."""
    return [*texts, " ".join(texts)] if len(texts) > 1 else texts


def essential_level(item_id: str, level: int, texts: list[str], lift: bool = True) -> int:
    """An answer's level once its item's essentials are checked in its text.

    Missing what the item is for caps a full answer at ``partly``; giving it (where that
    is enough, and ``lift`` allows) makes even a short answer full.
    """
    return _essentials_checked(item_id, level, texts, lift)[0]


def _essentials_checked(item_id: str, level: int, texts: list[str],
                        lift: bool) -> tuple[int, bool]:
    """:func:`essential_level`, and whether the essential fact alone made the answer full."""
    pattern = ESSENTIALS.get(item_id)
    if pattern is None or level == NONE:
        return level, False
    together = _together(texts)
    if lift and item_id in SUFFICIENT and any(_sufficient(item_id, t) for t in together):
        return IN_PLACE, True
    # A support service's contact details are its own only beside its name.
    if level == IN_PLACE and not any(
            _sufficient(item_id, t) if item_id in _SUFFICIENT_PARTS else pattern.search(t)
            for t in together):
        return PARTLY, False
    return level, False


def _may_hold_email(text: str) -> bool:
    """Whether EMAIL could match: an address has an @, or an "at" in brackets."""
    return "@" in text or bool(_BRACKETED_AT.search(text))


def _with_links(block: Block) -> str:
    """A block's text with the addresses it links to (a linked name is contact details)."""
    element = block.element
    if element is None:
        return block.text
    links = [a.get("href") or "" for a in element.iter("a")]
    return " ".join([block.text, *links]) if links else block.text


#: A sentence about the Local Offer (item 13), or a link to it: its address is not a
#: parent support service's contact details, unless the sentence names such a service.
_OFFER_SAID = re.compile(r"(?:[^.!?]|[.!?](?=\S))*local[\s-]*offer(?:[^.!?]|[.!?](?=\S))*[.!?]?"
                         r"|\S*local-?offer\S*", re.IGNORECASE)
_PARENT_SERVICE = re.compile(PARENT_SERVICES + r"|helpline|home-start", re.IGNORECASE)


def _names_local_offer(text: str) -> bool:
    """Whether :data:`_LOCAL_OFFER` matches the text."""
    return holds(_LOCAL_OFFER, _LOCAL_OFFER_FOLDED, None, text)


def _besides_the_local_offer(text: str) -> str:
    """The text without what it says of the Local Offer (item 11's contact details are a
    support service's, not the Local Offer's web address)."""
    if not _names_local_offer(text):
        return text
    return _OFFER_SAID.sub(lambda said: said.group(0) if _PARENT_SERVICE.search(
        said.group(0)) else " ", text)


def apply_essentials(levels: dict[str, int], tallies: dict[str, Tally]) -> set[str]:
    """Check the essentials of every item that has them, in the passages credited to it;
    return the items whose essential fact alone makes their answer full."""
    sufficed = set()
    for item_id in ESSENTIALS:
        if item_id in levels:
            entry = tallies[item_id]
            texts = [_with_links(block) for _, block, _ in entry.blocks if block.kind == "text"]
            if item_id == "11":
                texts = [_besides_the_local_offer(t) for t in texts]
            lift = entry.dedicated != 0 or levels[item_id] == IN_PLACE
            if entry.dedicated < 0 and item_id in NAMED_IN_PASSING and not any(
                    _sufficient(item_id, _with_links(block)) for block, _ in entry.answers):
                # No heading of its own: the complaints procedure named in a sentence about
                # something else ("at induction you are given ... the complaints procedure")
                # is said in passing, not how to complain.
                lift = False
            levels[item_id], lifted = _essentials_checked(item_id, levels[item_id], texts, lift)
            if lifted:
                sufficed.add(item_id)
    return sufficed


def senco(document: Document, skip: set[int]) -> tuple[int, Block | None, str | None]:
    """Item 4: the SENCO named, with an email address or telephone number nearby."""
    best: tuple[int, Block | None, str | None] = (NONE, None, None)
    for index, part in enumerate(document.parts):
        if index in skip:
            continue
        blocks = ([part.heading] if part.heading else []) + list(part.blocks)
        heading = part.heading.text if part.heading else None
        for at, block in enumerate(blocks):
            if not _ROLE_AT.search(block.text):
                continue
            near = blocks[at:at + 12] if block.is_heading else blocks[max(0, at - 1):at + 3]
            text = " ".join(b.text for b in near)
            named = bool(_NAME.search(text))
            reachable = bool(_may_hold_email(text) and EMAIL.search(text)
                             or ("0" in text or "+" in text) and PHONE.search(text))
            level = IN_PLACE if named and reachable else PARTLY
            if level > best[0] or best[1] is None:
                best = (level, block, heading)
            if level == IN_PLACE:
                return best
    return best


def local_offer(document: Document, skip: set[int]) -> tuple[int, Block | None, str | None]:
    """Item 13: the Local Offer, and where it is published (a link, an address, a website)."""
    best: tuple[int, Block | None, str | None] = (NONE, None, None)
    for index, part in enumerate(document.parts):
        if index in skip:
            continue
        heading = part.heading.text if part.heading else None
        # A contents list's "Local Offer" names where an answer will be, and answers nothing.
        listed = contents_entries(part.blocks)
        for at, block in enumerate(part.blocks):
            if not _names_local_offer(block.text) or is_placeholder(block.text) or (
                    at in listed or links_within_page(block)):
                continue
            element = block.element
            linked = element is not None and any(
                _names_local_offer(a.text_content() or "") or "offer" in (a.get("href") or "")
                .lower() for a in element.iter("a"))
            located = linked or bool(_WEB.search(block.text) or _PUBLISHED.search(block.text))
            if not linked and _IN_PASSING.search(block.text) and not (
                    heading and _names_local_offer(heading)):
                continue
            level = IN_PLACE if located else PARTLY
            if level > best[0] or best[1] is None:
                best = (level, block, heading)
            if level == IN_PLACE:
                return best
        if part.heading is not None and _names_local_offer(part.heading.text) and (
                best[1] is None):
            # Under its own heading, the answer need not name the Local Offer again
            # ("Local Offer": "Hadleigh Council"); a page's title ("SEND Report and Local
            # Offer") is the school's own page, not such a heading.
            under = [b for at, b in enumerate(part.blocks) if not b.is_heading and not (
                is_placeholder(b.text) or at in listed or links_within_page(b))
                ] if not _PAGE_TITLE.search(part.heading.text) else []
            best = (NONE, under[0] if under else part.heading, heading)
    return best


#: The school's own "local offer" ("our Local Offer", "part of the Academy at Shotton Hall's
#: Local Offer", "The Local Offer Policy"), not the council's.
_SELF_OFFER = re.compile(r"\b(our|this|school(?:'s|’s)?)\s+(send\s+|sen\s+)?local[\s-]*offer"
                         r"|\b(academy|school|nursery|college|federation)\b[^.!?]{0,40}?(?:'s|’s)"
                         r"\s+(send\s+|sen\s+)?local[\s-]*offer|local[\s-]*offer\s+policy",
                         re.IGNORECASE)
#: The council's Local Offer named as the council's ("Stourleigh Council's Local Offer"):
#: beside it, "our Local Offer leaflet" is the school's summary of the council's, not its own.
_BY_COUNCIL = (r"(local authority|council|county|borough|\bLA)(?:'s|’s)?\s+(?:send\s+)?"
               r"local[\s-]*offer")
_COUNCILS_OFFER = re.compile(_BY_COUNCIL, re.IGNORECASE)
#: A heading that explains what a Local Offer is: the text under it answers only where it
#: names this council's ("Milton Keynes local offer can be found here").
_DEFINES_OFFER = re.compile(r"what is (the|a) local[\s-]*offer", re.IGNORECASE)


def fact_judgement(item_id: str, found: Facts, entry: Tally, block: Block | None,
                   heading: str | None = None) -> Judgement:
    """Items 4 and 13, judged by their facts: the SENCO's name and a way to reach them; the
    local authority's Local Offer and its address."""
    parts = parts_of("sen-report", item_id)
    have: dict[str, str | None]
    if item_id == "4":
        contact = found.senco_email or found.senco_phone
        have = {"name": found.senco_name, "contact": contact}
        value = (IN_PLACE if all(have.values()) else
                 PARTLY if any(have.values()) or entry.dedicated >= PARTLY else NONE)
    else:
        # The finder reads the main content without glossaries: no mention there, no answer.
        mention = block if block is not None and not block.is_heading else None
        # What a Local Offer is ("Every local authority must publish a Local Offer") says
        # nothing of this council's: a mention must stand outside such sentences.
        said = " ".join(without_definitions([mention.text])) if mention is not None else ""
        if said and heading and not (_names_local_offer(said) or _DEFINES_OFFER.search(heading)):
            said = f"{heading}: {said}"  # the answer under the Local Offer's own heading
        about_authority = _names_local_offer(said) and not (
            _SELF_OFFER.search(said) and not _COUNCILS_OFFER.search(said))
        where = found.local_offer_url if mention is not None else None
        have = {"offer": "yes" if where or about_authority else None, "where": where}
        value = IN_PLACE if where else PARTLY if about_authority else NONE
    result = Judgement(value)
    for part in parts:
        if have.get(part.id):
            if block is not None:
                result.answered.append((part, block, block.text[:160]))
        else:
            result.missing.append(part)
    if value == PARTLY and not result.missing:
        result.reasons.append("the answer is only a line or two")
    return result
