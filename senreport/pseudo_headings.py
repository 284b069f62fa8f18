"""Text that stands as a heading without heading markup: a short paragraph all in bold, the
question cell of a question-and-answer table row or definition list, and the button that
opens an accordion panel. Schools' page builders write headings these ways as often as with
``<h2>``.
"""

from __future__ import annotations

import re

from lxml import etree

#: Class or id words of disclosure widgets (accordions, tabs, FAQ panels): their "header"
#: ("accordion-header", "card-header") holds a question, not the site's banner.
CONTENT_WORDS = re.compile(r"accordion|collaps|card|panel|toggle|faq|question|answer|details|"
                           r"disclosure|expand", re.IGNORECASE)
_TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle")


def is_pseudo_heading(element: etree._Element, text: str) -> bool:
    """Whether the element, holding ``text``, is written as a heading without markup."""
    return _is_bold_heading(element, text) or _is_row_question(element, text) or (
        _is_toggle(element, text))


def _is_bold_heading(element: etree._Element, text: str) -> bool:
    """A short paragraph whose whole text sits in <strong> or <b>."""
    if element.tag not in ("p", "div") or len(text) > 160 or text.endswith("."):
        return False
    bold = "".join(b.text_content() for b in element.iter("strong", "b"))
    return bool(bold.strip()) and len(bold.replace(" ", "")) >= len(text.replace(" ", "")) - 1


def _is_row_question(element: etree._Element, text: str) -> bool:
    """The first cell of a question-and-answer table row, or a question in a definition list.

    A row whose first cell asks (or names) a topic and whose other cells answer it reads as
    a heading and its text; rows of short values ("Email | senco@...") and rows of column
    headers do not.
    """
    tag = element.tag
    if tag == "dt":  # a question, or a short topic whose definition answers it at length
        if text.endswith("?"):
            return len(text) <= 200
        answer = element.getnext()
        asked = len(text.split())
        return (answer is not None and answer.tag == "dd" and 2 <= asked <= 12
                and len(answer.text_content().split()) >= max(8, 2 * asked))
    if tag not in ("th", "td") or len(text) > 200:
        return False
    row = element.getparent()
    if row is None or row.tag != "tr":
        return False
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
    if len(cells) < 2 or cells[0] is not element or all(c.tag == "th" for c in cells):
        return False
    answer = sum(len(c.text_content().split()) for c in cells[1:])
    asked = len(text.split())
    if text.endswith("?"):
        return answer >= 1
    return (tag == "th" or asked <= 20) and asked >= 3 and answer >= max(8, 2 * asked)


def _is_toggle(element: etree._Element, text: str) -> bool:
    """A button that opens an accordion panel: the question of the panel it opens."""
    if element.tag != "button" or len(text) > 200 or len(text.split()) < 2:
        return False
    marker = f"{element.get('class', '')} {element.get('id', '')}"
    return any(element.get(a) is not None for a in _TOGGLE_ATTRIBUTES) or bool(
        CONTENT_WORDS.search(marker))
