"""Glossaries and lists of staff, written without a heading of their own: the shape of
their lines, which both the plain-text reader (such lines are not headings) and the coverage
tally (they answer no item) need.

Many reports end with a list of the abbreviations they use: "SALT Speech and Language
Therapy", "EP Educational Psychologist", "CAMHS Child and Adolescent Mental Health Service".
Under a "Glossary" heading the whole part is passed over (``skipped_parts``), but often the
list has no heading, or sits under another one ("SEND Policies"). Each entry names a service
or a plan and says nothing about what the school does, so it answers no item: a run of three
or more such entries is left out, and what stands around it is read as usual.

A list of the people in the SEND team, one to a line ("Claire Hill: SENDCo and Inclusion
Leader", "Amy Lowe: School Counsellor"), is the same: it names jobs, and says nothing about
what the school does (the SENCO's name is still read from it, as a fact).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from senreport.facts.senco import name_at

#: An abbreviation, then what it stands for: "SALT Speech and Language Therapy",
#: "EP - Educational Psychologist", "EHCP: Education, Health and Care Plan".
_ENTRY = re.compile(r"^\(?([A-Z][A-Za-z&]{0,2}[A-Z&]{0,6})\)?\s*[-–—:=]?\s+(\w[\w'’]*)(.*)$")

#: What stands between a person's name and their job.
_SEPARATOR = re.compile(r"\s*[:–—-]\s+[A-Z(]")

#: The fewest entries in a row that make a glossary.
RUN = 3
#: The most words an entry has (a sentence that opens with "CAMHS" is not an entry).
ENTRY_WORDS = 16


def is_entry(text: str) -> bool:
    """Whether a passage is one glossary entry: an abbreviation in capitals and a short
    expansion, one of whose first three words starts with the abbreviation's first letter."""
    found = _ENTRY.match(text.strip())
    if found is None:
        return False
    short, first = found.group(1), found.group(2)
    capitals = sum(1 for c in short if c.isupper())
    # "LTLC Outreach Lincolnshire Teaching ...": the expansion may open with a word or two.
    opening = [first, *found.group(3).split()[:2]]
    return (capitals >= 2 and len(text.split()) <= ENTRY_WORDS and first[:1].isupper()
            and any(word[:1] == short[:1].upper() for word in opening))


def is_roll_entry(text: str) -> bool:
    """Whether a passage is one line of a list of staff: a name, then their job."""
    text = text.strip()
    if len(text.split()) > ENTRY_WORDS or not text[:1].isupper():
        return False
    name = name_at(text, 0)
    return name is not None and _SEPARATOR.match(text, name[1]) is not None


def glossary_entries(texts: Sequence[str]) -> set[int]:
    """Which of a part's passages are entries of a glossary or a list of staff."""
    # Only short passages can be entries (most passages are paragraphs: skipped at once).
    short = [text.count(" ") < ENTRY_WORDS + 2 for text in texts]
    if sum(short) < RUN:
        return set()
    return _runs([s and is_entry(text) for s, text in zip(short, texts, strict=True)]) | _runs(
        [s and is_roll_entry(text) for s, text in zip(short, texts, strict=True)])


def _runs(marks: list[bool]) -> set[int]:
    """The marked places in runs of at least ``RUN``, where one other passage between two
    marked ones does not break the run."""
    entries: set[int] = set()
    run: list[int] = []
    gap = 0
    for index, mark in enumerate(marks):
        if mark:
            run.append(index)
            gap = 0
            continue
        gap += 1
        if gap > 1:
            if len(run) >= RUN:
                entries.update(run)
            run = []
    if len(run) >= RUN:
        entries.update(run)
    return entries

