"""Text that stands as a heading without heading markup: a short paragraph all in bold, the
question cell of a question-and-answer table row or definition list, and the button that
opens an accordion panel. Schools' page builders write headings these ways as often as with
``<h2>``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from senreport.catalogue.schedule1 import SCHEDULE_1
from senreport.textscan import ANSWER_WORDS, QUESTION_END, QUESTION_WORDS

#: Class or id words of disclosure widgets (accordions, tabs, FAQ panels): their "header"
#: ("accordion-header", "card-header") holds a question, not the site's banner.
CONTENT_WORDS = re.compile(r"accordion|collaps|card|panel|toggle|faq|question|answer|details|"
                           r"disclosure|expand", re.IGNORECASE)
_TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-controls", "data-toggle", "data-bs-toggle")
#: Class or id words of the title bar of an accordion, toggle or tab ("elementor-tab-title",
#: "et_pb_toggle_title", "accordion-item__title", "panel-heading", "faq-question").
_TITLE_WORDS = re.compile(
    r"(accordion|toggle|tabs?|faq|panel|collaps\w*|card|expand\w*|disclosure)[-_]+"
    r"(?:item[-_]+)?(title|header|heading|trigger|questions?|label|button)(?![a-z])"
    r"|faq[-_]+q(?![a-z])", re.IGNORECASE)
#: Class words of a line styled as a heading ("section-title", "sub-heading", "h3").
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:sub-?)?(?:title|heading|headline|h[1-6])(?:$|[\s_-])",
                          re.IGNORECASE)
#: Words made to stand out as a heading's are by an inline style: bold ("font-weight: bold",
#: "font-weight:700"), underlined, or a larger type than the text's (14pt, 18px, 1.25em, large:
#: what a word processor's heading styles paste as).
STANDOUT_STYLE = re.compile(
    r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b|text-decoration(?:-line)?\s*:[^;]*\bunderline"
    r"|font-size\s*:\s*(?:(?:1[4-9]|[2-9]\d)(?:\.\d+)?pt|(?:1[89]|[2-9]\d)(?:\.\d+)?px"
    r"|(?:1\.(?:2[5-9]|[3-9])\d*|[2-9](?:\.\d+)?)r?em|x*-?large)\b", re.IGNORECASE)
#: Elements whose words stand out as a heading's: bold and underlined text.
STANDOUT_TAGS = frozenset({"strong", "b", "u"})
#: A section's number opening a line ("3. ", "12) ", "Q4. ") and the most words of its title.
_NUMBERED = re.compile(r"(?:Q(?:uestion)?\s*)?\d{1,2}[.):]\s+\S", re.IGNORECASE)
_NUMBERED_WORDS = 16
#: What stands under a heading: its answer (however short) or the next heading.
_UNDER_A_HEADING = frozenset({"p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5",
                              "h6"})
#: The fewest letters of a line in capitals read as a heading ("OUR SENCO"), not an acronym.
_CAPITAL_LETTERS = 8


def stands_out(element: etree._Element) -> bool:
    """Whether the element's own markup makes its words stand out (bold, underlined, large)."""
    if element.tag in STANDOUT_TAGS:
        return True
    style = element.get("style")  # (most elements have none: no search of an empty style)
    return style is not None and bool(STANDOUT_STYLE.search(style))


def is_pseudo_heading(element: etree._Element, text: str) -> bool:
    """Whether the element, holding ``text``, is written as a heading without markup."""
    return _is_bold_heading(element, text) or _is_row_question(element, text) or (
        _is_toggle(element, text)) or _is_question_paragraph(element, text)


def _is_bold_heading(element: etree._Element, text: str) -> bool:
    """A short paragraph whose whole text sits in <strong> or <b>, or whose class names it
    a heading or a title (a theme's ``<div class="section-title">``)."""
    if element.tag not in ("p", "div") or len(text) > 160 or text.endswith("."):
        return False
    return bool(_TITLE_CLASS.search(element.get("class") or "")) or _all_bold(
        element, text) or _in_capitals(element, text) or _is_numbered_title(element, text)


def _next_element(element: etree._Element) -> etree._Element | None:
    """The element after ``element`` (comments and processing instructions passed over)."""
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def _is_question_paragraph(element: etree._Element, text: str) -> bool:
    """A paragraph that is only a question, over a longer paragraph or list that answers it
    (an FAQ pasted without heading markup: "<p>Who is the SENCO?</p><p>Mrs ...</p>")."""
    if element.tag not in ("p", "div") or "?" not in text[-60:] or len(
            text.split()) >= QUESTION_WORDS or not QUESTION_END.search(text):
        return False
    following = _answer_below(element)
    return len(following.split()) >= ANSWER_WORDS and not QUESTION_END.search(following)


def _answer_below(element: etree._Element) -> str:
    """The words of the paragraph, list or table right after the element ("" when what
    follows is not one): what a line standing as a heading would stand over."""
    answer = _next_element(element)
    if answer is None or answer.tag not in ("p", "div", "ul", "ol", "table"):
        return ""
    return " ".join(answer.text_content().split())


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
    if tag not in ("th", "td") or len(text) > 200 and not _is_wording(text):
        return False
    row = element.getparent()
    if row is None or row.tag != "tr":
        return False
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
    if len(cells) >= 2 and cells[0] is element and (_is_wording(text) or _wordings_table(row)):
        # an item's wording beside its answer, however short ("-"); in a table that sets the
        # items' wording in its first column, every row's first cell ("9. Arrangements for
        # complaints", in the school's own shorter words)
        return True
    if len(cells) == 1:
        return _heads_the_next_row(element, row, text)
    if len(cells) < 2 or cells[0] is not element or all(c.tag == "th" for c in cells):
        return False
    answer = sum(len(c.text_content().split()) for c in cells[1:])
    asked = len(text.split())
    if text.endswith("?"):
        return True  # a question, over its answer or over an empty cell (nothing answers it)
    if tag == "th" and asked >= 3 or asked >= 2 and _all_bold(element, text) and not (
            text.endswith(".")):
        return answer >= 1  # a row's header cell by its markup or its bold
    return asked <= 20 and asked >= 3 and answer >= max(8, 2 * asked)


#: Words a cell copied from Schedule 1 may hold (item 9's wording, the longest, has 37).
_WORDING_WORDS = 45
#: The clause items 2 and 4 open with, which schools often leave out when they copy them.
_MAINSTREAM = re.compile(
    r",? ?in relation to mainstream schools and maintained nursery schools,? ?")
#: How many of its opening words (besides the item's number and words such as "the" and
#: "information about") name a copied wording: "8. Arrangements for consulting young
#: people ..." is item 8's, written a little shorter.
_OPENING = 4
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*(?:\(?[a-g]\))?|\(?[a-g]\))\s*[.):]?\s*")
_FILLER = frozenset({"information", "about", "on", "the", "school's", "school’s", "school",
                     "any", "a", "an"})


def _opening(text: str) -> tuple[str, ...]:
    words = re.findall(r"[a-z’']+", _MAINSTREAM.sub(" ", _ITEM_NUMBER.sub("", text.lower())))
    return tuple(w for w in words if w not in _FILLER)[:_OPENING]


#: The opening words of each Schedule 1 item's wording.
_WORDINGS = frozenset(_opening(item.wording) for item in SCHEDULE_1)


def _is_wording(text: str) -> bool:
    """An item's wording copied from Schedule 1 ("Information about how equipment and
    facilities ... will be secured."): a table that sets each item's wording beside the
    school's answer asks in its first column."""
    return len(text.split()) <= _WORDING_WORDS and _opening(text) in _WORDINGS


#: Rows whose first cell is an item's wording that make a table of the items' wordings.
_WORDING_ROWS = 3


def _wordings_table(row: etree._Element) -> bool:
    """Whether the row's table sets Schedule 1's wording in its first column."""
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    return table is not None and _sets_wordings(table)


@lru_cache(maxsize=16)
def _sets_wordings(table: etree._Element) -> bool:
    """:func:`_wordings_table`, read once per table (each of its rows asks it)."""
    found = 0
    for other in table.iter("tr"):
        first = next((c for c in other if isinstance(c.tag, str) and c.tag in ("th", "td")), None)
        if first is not None and _is_wording(" ".join(first.text_content().split())):
            found += 1
            if found >= _WORDING_ROWS:
                return True
    return False


def is_list_title(text: str) -> bool:
    """Words that open a list entry and stand over the paragraphs inside it: short, and not
    a sentence ("<li>Who is the SENCO?<p>Mrs ...</p></li>")."""
    return len(text) <= 160 and len(text.split()) >= 2 and not text.endswith((".", ",", ";", ":"))


def _all_bold(element: etree._Element, text: str) -> bool:
    """Whether all of the element's words stand out: bold, underlined or in larger type (by
    markup or by style)."""
    bold = "".join(b.text_content() for b in element.iter() if stands_out(b))
    return bool(bold.strip()) and len(bold.replace(" ", "")) >= len(text.replace(" ", "")) - 1


def _is_numbered_title(element: etree._Element, text: str) -> bool:
    """A short numbered line over a longer paragraph or list ("3. How we check that what we
    provide is working" over the answer): a numbered section's title typed as a paragraph."""
    if not _NUMBERED.match(text) or len(text.split()) > _NUMBERED_WORDS:
        return False
    answer = _answer_below(element)
    # The next numbered question is the next entry of a list of contents, not an answer.
    return len(answer.split()) >= ANSWER_WORDS and not (
        _NUMBERED.match(answer) and QUESTION_END.search(answer))


def _in_capitals(element: etree._Element, text: str) -> bool:
    """A short line all in capitals over a paragraph, a list or the next heading ("OUR SENCO"
    over who she is): a heading typed in capitals rather than marked as one."""
    if not text.isupper():
        return False  # a letter in lower case, or none with a case: not all in capitals
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _CAPITAL_LETTERS or len(text.split()) < 2 or not all(
            c.isupper() for c in letters):
        return False
    following = _next_element(element)
    return following is not None and following.tag in _UNDER_A_HEADING and bool(
        following.text_content().strip())


def _heads_the_next_row(cell: etree._Element, row: etree._Element, text: str) -> bool:
    """A row of one cell (a header cell, a question, or words all in bold) over a row that
    answers it: a table laid out as question, answer, question, answer."""
    answer = _next_element(row)
    if answer is None or answer.tag != "tr" or len(text.split()) < 2 or text.endswith("."):
        return False
    told = len(answer.text_content().split())
    return told >= ANSWER_WORDS and (cell.tag == "th" or text.endswith("?") or _all_bold(
        cell, text))


def _is_toggle(element: etree._Element, text: str) -> bool:
    """A button that opens an accordion panel, or the title bar of one: the question of the
    panel it opens."""
    if len(text) > 200 or len(text.split(None, 1)) < 2:  # (fewer than two words)
        return False
    if element.tag == "button" or element.get("role") in ("button", "tab"):
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if any(element.get(a) is not None for a in _TOGGLE_ATTRIBUTES) or CONTENT_WORDS.search(
                marker):
            return True
    # A page builder's title bar: the element, or the link or span inside it holding the
    # question, is marked as an accordion's (or a tab's) title.
    return any(_TITLE_WORDS.search(f"{e.get('class', '')} {e.get('id', '')}")
               for e in (element, *element) if isinstance(e.tag, str) and (
                   e.get("class") or e.get("id")))
