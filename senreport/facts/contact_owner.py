"""Whose a contact detail is: the SENCO's, or someone else's named near it (a support service,
admissions, the school office's general enquiries, class teachers, or another person named
before it, after "contact her on", or after it: "staffed by our Learning Mentor, Mrs Begum",
"(Mrs Okoro, 8.30am-2pm)")."""

from __future__ import annotations

import re

from senreport.facts.senco import EXTERNAL, ROLE, TITLE, name_at, surname_of
from senreport.opening_words import at_opening_words

#: Whoever else a contact detail may follow: a support service, admissions, or a person
#: named with a title ("the headteacher, Mr Bell, on ...").
_OTHER_OWNER = re.compile(EXTERNAL.pattern + r"|\badmissions?\b|\babsences?\b|\b(?:general|"
                          r"other|all)\s+enquir|\bclass\s+(?:teachers?|e-?mails?)\b|\bfamily\s+support\b|"
                          r"\badministration\s+(?:inbox|mailbox|team|office)\b|\btutors?\b|"
                          r"\bheads?\s+of\s+(?:year|house)\b|"
                          + TITLE.pattern + r"\s",
                          re.IGNORECASE)
#: ``_OTHER_OWNER``, tried only where the words its matches open with stand.
_OTHER_OWNER_AT = at_opening_words(_OTHER_OWNER)
#: How far back from a contact detail its owner is looked for.
OWNER_REACH = 120
#: A contact detail said to be answered by someone named after it.
_STAFFED_BY = re.compile(r"[^.]{0,40}?\b(?:staffed|run|answered|manned|monitored|covered)\s+by\s+"
                         r"(?:(?:our|the|a)\s+)?(?:[\w-]+,?\s+){0,3}?(?=(?:Mrs|Mr|Miss|Ms|Dr)\b)"
                         # or named in brackets after it: "01632 960690 (Mrs Okoro, 8.30am-2pm)"
                         r"|[^().]{0,20}?\(\s*(?=(?:Mrs|Mr|Miss|Ms|Dr)\b)", re.IGNORECASE)
#: ... or, after "contact her on", back to the sentence's start, within this.
SENTENCE_REACH = 400
_PRONOUN_CONTACT = re.compile(r"\b(?:her|him|them)\s+(?:directly\s+)?(?:on|at|via|by)\b[^.]{0,12}$",
                              re.IGNORECASE)


#: Words that give a contact to everyone just named ("Both can be contacted on ...").
_SHARED = re.compile(r"\b(both|either|each of them|all of them|they|the SENCOs|the SENDCOs)\b"
                     # the subject of the sentence's verb ("Both can be contacted"), not
                     # "in both schools; parents can contact her"
                     r"\s+(?:of\s+them\s+)?(?:can|may|are|will|is|would|should|be)\b"
                     r"[^.]{0,30}\b(contact|reach|ring|call|phone|email|e-mail)", re.IGNORECASE)


def claimed_by_other(text: str, pos: int, surname: str | None) -> bool:
    """Whether the contact detail at ``pos`` follows someone other than the SENCO: the
    nearest owner named before it (within reach) is a service, admissions or another
    named person, not the SENCO's role or surname."""
    staffed = _STAFFED_BY.match(text, pos)
    if staffed:  # "... Hub on 01632 960552, staffed by our Learning Mentor, Mrs Begum"
        found = name_at(text, staffed.end())
        if found is not None and not (surname and surname_of(found[0]) == surname):
            return True
    sentence = max(0, text.rfind(". ", 0, pos - 1) + 1, pos - SENTENCE_REACH)
    # The sentence's own subject, however long the sentence ("Mrs Pennick works Monday to
    # Wednesday and can be reached about appointments at ... or on ..."); after "contact her
    # on", only the sentence ("... Miss Dobbs, our Inclusion Support Assistant, ... contact
    # her on ...": the person the sentence is about, however far back it named her).
    start = sentence if _PRONOUN_CONTACT.search(text, max(0, pos - 30), pos) else max(
        0, min(pos - OWNER_REACH, sentence))
    before = text[start:pos]
    last_other = -1
    for match in _OTHER_OWNER_AT.finditer(before):
        if TITLE.match(match.group()):
            found = name_at(before, match.start())
            if found is None or (surname and surname_of(found[0]) == surname):
                continue  # the SENCO named with a title is the SENCO
        last_other = match.start()
    if last_other < 0 or _SHARED.search(before[last_other:]):
        return False  # "... Mr Reid. Both can be contacted on ...": theirs together
    last_senco = max((m.start() for m in ROLE.finditer(before)), default=-1)
    if surname and len(surname) > 2:
        last_senco = max(last_senco, before.lower().rfind(surname))
    return last_other > last_senco
