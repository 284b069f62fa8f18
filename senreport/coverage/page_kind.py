"""Pages that are not a SEN information report at all, said plainly.

Schools often link the wrong page, or an LA's audit lands on the admissions page or the SEND
policy. Such a page answers no item of the report, whatever SEN words it uses: the guide
judges it ``not_in_place`` throughout and says it is something else.
"""

from __future__ import annotations

import re

from senreport.document import Document

#: What the page's title says it is, with the words a school office manager would use.
_OTHER = (
    (re.compile(r"\badmissions?\b(?!.*\breport\b)", re.IGNORECASE), "an admissions page"),
    (re.compile(r"\b(send|sen|special educational needs( and disabilit(y|ies))?|inclusion)"
                r"( and disability)?( \((send|sen|sen/?d)\))? polic(y|ies)\b", re.IGNORECASE),
     "the school's SEND policy"),
    (re.compile(r"\baccessibility (plan|strategy)\b", re.IGNORECASE),
     "the school's accessibility plan"),
    (re.compile(r"\b(complaints|behaviour|attendance|safeguarding|charging|uniform|"
                r"anti-bullying) polic(y|ies)\b", re.IGNORECASE), "another school policy"),
)
#: Titles that say the page is (also) the report: then it is judged as one.
_REPORT = re.compile(r"information report|\bsend? report|local offer|school offer|"
                     r"\bsend? information\b|special educational needs( and disabilit\w+)?$",
                     re.IGNORECASE)


#: The blocks a policy's cover (its title, dates and approval) stands in.
OPENING_BLOCKS = 16
#: A policy's own document-control words ("Date Policy Updated", "This policy covers").
_POLICY_CONTROL = re.compile(
    r"\b(date (of )?policy|policy (updated|approved|adopted|ratified|review(ed)? date|"
    r"owner|lead)|(this|the) policy (covers|sets out|applies|describes|outlines|should|"
    r"will|is to|has been|was))\b", re.IGNORECASE)
#: An accessibility plan's own opening ("This Accessibility Plan has been drawn up ...").
_PLAN_COVER = re.compile(r"\b(this|the|our) accessibility plan( \(\w+\))? (has been|is|was|"
                         r"covers|sets out)\b", re.IGNORECASE)
#: Words that say the page is (also) the report.
_REPORT_WORDS = re.compile(r"information report|\bsend? (report|offer)|local offer|school offer|"
                           r"\bthis report\b", re.IGNORECASE)


#: The most words of a first line that may be the page's title.
TITLE_WORDS = 10


def title_of(document: Document) -> str:
    """The page's own title: its first level-one heading, else its first heading."""
    headings = [b for b in document.blocks if b.kind == "heading"]
    first = next((b for b in headings if b.level == 1), headings[0] if headings else None)
    return first.text if first is not None else ""


#: A school's own report speaks as the school ("we", "our"); advice about schools in
#: general speaks of "the school" and what schools must do.
_FIRST_PERSON = re.compile(r"\b(we|our|us|we're|we've|we'll)\b", re.IGNORECASE)
_SCHOOLS_IN_GENERAL = re.compile(
    r"\b(the|a|every|your child's|your child’s|their) (mainstream )?schools? (must|should|"
    r"will|has to|have to|may)\b|\bschools (must|should|have to)\b", re.IGNORECASE)


def other_document(document: Document) -> str | None:
    """What the page is instead of a SEN information report ("an admissions page"), if its
    title says so, its cover does (a policy's document control, an accessibility plan's
    opening) with no word of a report there, or it only gives advice about schools in
    general; ``None`` when it may be the report."""
    # The title, or a short first line standing above it (plain text copied from a page
    # often keeps the title as a line of its own, not recognised as a heading).
    first = document.blocks[0].text if document.blocks else ""
    for title in (title_of(document), first if len(first.split()) <= TITLE_WORDS else ""):
        if title and not _REPORT.search(title):
            for pattern, what in _OTHER:
                if pattern.search(title):
                    return what
    opening = "\n".join(b.text for b in document.blocks[:OPENING_BLOCKS])
    if not _REPORT_WORDS.search(opening):
        if _PLAN_COVER.search(opening):
            return "the school's accessibility plan"
        if _POLICY_CONTROL.search(opening):
            return "the school's SEND policy"
    text = document.text
    if not _FIRST_PERSON.search(text) and len(_SCHOOLS_IN_GENERAL.findall(text)) >= 2:
        return "general advice about schools and SEN support"
    return None
