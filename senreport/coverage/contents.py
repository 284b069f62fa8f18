"""Lists of contents: the questions a report will answer, listed before the answers.

Many reports open with the questions they answer as a list ("What should I do if I think
my child has special educational needs?", "How will the school respond to my concern?",
...), with or without links to the answers. The list asks; it answers nothing, so its
entries count for no item (the guide: a contents-list entry is not an answer). A list of
three or more entries, nearly all of them questions, is such a list.
"""

from __future__ import annotations

from collections.abc import Sequence

from senreport.document import Block

#: The fewest entries that make a list of contents.
ENTRIES = 3
#: A question this long is an answer that happens to end with a question mark.
QUESTION_WORDS = 30


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?") and len(text.split()) < QUESTION_WORDS


def contents_entries(blocks: Sequence[Block]) -> set[int]:
    """Which of a part's blocks are entries of a list of questions (by their index)."""
    lists: dict[object, list[int]] = {}
    for index, block in enumerate(blocks):
        element = block.element
        if block.tag == "li" and element is not None:
            lists.setdefault(element.getparent(), []).append(index)
    entries: set[int] = set()
    for members in lists.values():
        questions = sum(_is_question(blocks[i].text) for i in members)
        # Nearly all questions: a last entry such as "Glossary of terms" may not be one.
        if len(members) >= ENTRIES and questions >= len(members) - 1 and questions >= ENTRIES:
            entries.update(members)
    return entries
