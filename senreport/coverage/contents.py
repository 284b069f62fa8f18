"""Lists of contents: the questions a report will answer, listed before the answers; and
lists of the school's documents.

Many reports open with the questions they answer as a list ("What should I do if I think
my child has special educational needs?", "How will the school respond to my concern?",
...), with or without links to the answers. The list asks; it answers nothing, so its
entries count for no item (the guide: a contents-list entry is not an answer). A list of
three or more entries, nearly all of them questions, is such a list; so are four or more
paragraphs in a row that are each only a question (an accordion's titles saved without
their panels).

A list led by what a report must contain ("The report must include:") names the items
and answers none of them.

A sentence that lists the school's documents ("Behaviour Policy, Equality Statement,
Accessibility Plan, Complaints Policy and ...") names them and answers nothing either: a
"Complaints Policy" in such a list is not how to complain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from senreport.coverage.definitions import without_sentences
from senreport.document import Block
from senreport.lower_case import lowered
from senreport.textscan import QUESTION_END, fold

#: The fewest entries that make a list of contents.
ENTRIES = 3
#: The fewest questions in a row, as paragraphs, that make a list of contents.
QUESTION_RUN = 4
#: A question this long is an answer that happens to end with a question mark.
QUESTION_WORDS = 30


def _is_question(text: str) -> bool:
    return bool(QUESTION_END.search(text)) and len(text.split()) < QUESTION_WORDS


def contents_entries(blocks: Sequence[Block]) -> set[int]:
    """Which of a part's blocks are entries of a list of questions (by their index)."""
    lists: dict[object, list[int]] = {}
    for index, block in enumerate(blocks):
        element = block.element
        if block.tag == "li" and element is not None:
            lists.setdefault(element.getparent(), []).append(index)
    entries: set[int] = set()
    for members in [*lists.values(), *_question_runs(blocks)]:
        questions = sum(_is_question(blocks[i].text) for i in members)
        # Nearly all questions: a last entry such as "Glossary of terms" may not be one (one
        # in eight of a long list).
        if len(members) >= ENTRIES and questions >= len(members) - max(
                1, len(members) // 8) and questions >= ENTRIES:
            entries.update(members)
    return entries


def _question_runs(blocks: Sequence[Block]) -> list[list[int]]:
    """Paragraphs in a row that are each only a question, with no answer between them (an
    accordion's titles saved without their panels): a list of contents as well."""
    runs: list[list[int]] = [[]]
    for index, block in enumerate(blocks):
        if block.tag == "p" and _is_question(block.text):
            runs[-1].append(index)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= QUESTION_RUN]


def _sole_link(block: Block) -> etree._Element | None:
    """The one link of a list entry, if it has exactly one."""
    element = block.element
    if element is None or element.tag != "li":
        return None
    links = list(element.iter("a"))
    return links[0] if len(links) == 1 else None


def links_within_page(block: Block) -> bool:
    """A list entry that only links to a place on the same page (a table of contents)."""
    link = _sole_link(block)
    return link is not None and (link.get("href") or "").startswith("#") and (
        len((link.text_content() or "").strip()) >= len(block.text) - 2)


#: A document's name: "... Policy", "... Plan", "... Statement", "... Procedure".
_DOCUMENT = re.compile(r"\b(polic(y|ies)|plan|statement|procedures?|strategy|charter)\b",
                       re.IGNORECASE)
#: What may follow a link to a document in its list entry: "(PDF, 190 KB)", "- 2 pages".
_FILE_NOTE = re.compile(r"^(?:[\s(\[,;:–—-]*(?:pdf|docx?|word|\d[\d.,]* ?[km]b|\d+ pages?|"
                        r"opens in a new (?:tab|window)))*[\s,;)\].–—-]*$", re.IGNORECASE)


def links_to_a_document(block: Block) -> bool:
    """A list entry that is only a link to one of the school's documents ("Accessibility
    Plan 2024-2027 (PDF, 190 KB)"): it names the document, it answers nothing."""
    link = _sole_link(block)
    if link is None:
        return False
    named = " ".join((link.text_content() or "").split())
    rest = block.text.replace(named, "", 1) if named and named in block.text else None
    return rest is not None and bool(_DOCUMENT.search(named)) and bool(_FILE_NOTE.match(rest))


#: The fewest documents named in one sentence that make it a list of documents.
DOCUMENTS = 3
_DOCUMENT_WORDS = ("polic", "plan", "statement", "procedure", "strateg", "charter")


def _names_documents(low: str) -> bool:
    """A cheap first test (on lower-case text): enough document words to be worth reading."""
    return sum(map(low.count, _DOCUMENT_WORDS)) >= DOCUMENTS and len(
        _DOCUMENT.findall(low)) >= DOCUMENTS


#: Three or more names sharing one plural: "our SEND, Equality, Complaints and Intimate Care
#: policies", "our policies (SEN, Accessibility, Complaints and Anti-bullying)", "Related
#: policies: SEND, Accessibility, Complaints, ...", "our policies, including SEND, ...".
_NAME = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}"
_SHARED_PLURAL = re.compile(
    rf"(?:{_NAME},\s+){{2,}}(?:{_NAME},?\s+)?(?:and|&)\s+{_NAME}\s+"
    r"(?:policies|plans|procedures|documents|statements)\b"
    r"|\b(?:policies|plans|documents)\s*\((?:[^(),]+,){2,}[^()]*\)"
    r"|\b(?:policies|plans|documents)\s*:\s*(?:[^,.;:]+,){2,}"
    # "our policies, including SEND, Complaints and Safeguarding, are ...", "our policies on
    # behaviour, complaints, safeguarding and medicines"
    r"|\b(?:policies|plans|documents),?\s+(?:including|for|on|covering|such as)\s+"
    r"(?:[^,.;:()]+,\s*){2,}")


#: The plurals every match of ``_SHARED_PLURAL`` holds, as written there (a cheap test first:
#: the pattern, opening with a capital or \b, is tried at every character).
_PLURALS = ("policies", "plans", "procedures", "documents", "statements")


def _may_list_documents(text: str) -> bool:
    """A cheap first test: the text may hold a sentence :func:`_lists_documents` marks."""
    low = lowered(text)
    return _names_documents(low) or "," in low and (
        "policies" in low or "plans" in low or "documents" in low)


def _lists_documents(sentence: str) -> bool:
    if "," not in sentence:
        return False
    # Each of _DOCUMENT's matches holds a document word (in the text folded as re.IGNORECASE
    # reads it): too few of them, and the pattern need not be tried at every character.
    folded = fold(sentence)
    named = sum(map(folded.count, _DOCUMENT_WORDS)) >= DOCUMENTS and len(
        _DOCUMENT.findall(sentence)) >= DOCUMENTS
    return named or (any(map(sentence.__contains__, _PLURALS))
                     and bool(_SHARED_PLURAL.search(sentence)))


def without_document_lists(texts: list[str]) -> list[str]:
    """The texts with every sentence that lists three or more of the school's documents
    left out (a text left empty is dropped)."""
    return without_sentences(texts, _may_list_documents, _lists_documents)


#: A sentence leading into a list of what a report must say, not of what this school does.
_REQUIREMENTS_LEAD = re.compile(
    r"\b(must|should|has to|have to|is required to|are required to) (include|contain|cover|"
    r"set out|publish|say|describe|explain|tell you|give)\b|\b(this|the|our) (sen\w* )?"
    r"(information )?report (includes|covers|will tell you|contains|sets out|answers)\b",
    re.IGNORECASE)
#: A sentence leading into a list of what a policy aims at ("Our SEND policy aims to:", "Our
#: aims are:", "The aims of our policy and practice are:"): what the school means to do,
#: not how it does it.
_AIMS_LEAD = re.compile(r"\b(aims?|objectives) (to|are|is)\s*:\s*$|^\W*(our )?aims"
                        r"( and objectives)?\s*:\s*$|\b(aims?|objectives) of\b[^.:;]{0,90}"
                        r"\b(are|is)\s*:\s*$", re.IGNORECASE)


def lists_requirements(texts: list[str]) -> bool:
    """A list of what a SEN information report must contain (or a report's contents): it
    names the items, it answers none of them."""
    return len(texts) > 2 and texts[0].rstrip().endswith(":") and bool(
        _REQUIREMENTS_LEAD.search(texts[0]))


def without_aims(texts: list[str]) -> list[str]:
    """A list of a policy's aims without its entries: they name what the school means to do
    ("to help every student move on successfully"); the sentences leading into it stay."""
    if len(texts) > 1 and _AIMS_LEAD.search(texts[0]):
        return texts[:1]
    return texts
