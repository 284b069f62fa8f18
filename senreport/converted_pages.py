"""What a PDF converted to a web page leaves in its text: running headers and footers, and
paragraphs cut into lines.

A PDF turned into HTML (pdftohtml, "Save as web page") keeps each page's header and footer
as paragraphs of the text: "SEN Information Report 2026 | Page 3", "Thistlewood High School
| Tel 0114 496 0321 | enquiries@...". They are furniture, as on paper: repeated word for
word (their numbers aside) on page after page, with a page number or the school's contact
details. Read as text, the school's office phone would pass for the SENCO's.

It also keeps each printed line as a paragraph of its own, words broken at the line's end
("confid-" / "ential service"): a paragraph that stops mid-sentence, followed by one that
carries on in lower case, is one paragraph, and a word hyphenated across them is one word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from senreport.textscan import case_folded, fold

if TYPE_CHECKING:
    from senreport.document import Block

#: What a running header or footer holds: a page number, a telephone number, an e-mail or
#: web address.
FURNITURE = re.compile(r"\bpage\s+\d|\b(?:tel|telephone|phone)\b|@|\bwww\.|https?://|"
                        r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b", re.IGNORECASE)
#: ``FURNITURE`` as a search of the text folded to lower case (far faster), if it can be.
_FURNITURE_FOLDED = case_folded(FURNITURE)
#: The SENCO's role, named on the line over a contact ("Aisha Brennan, SENCO").
_NAMES_SENCO = re.compile(r"\bSEND?\s?Co\b|\bSEN\w*\s+Co-?\s?ordinator|\bspecial educational "
                          r"needs\b.{0,30}\bco-?\s?ordinator|\binclusion\s+(?:lead|manager)",
                          re.IGNORECASE)
#: The fewest pages a line must run on to be furniture.
PAGES = 3
#: The fewest blocks from one page's running line to the next page's.
PAGE_BLOCKS = 6
#: A running line is a line, not a paragraph.
LINE_WORDS = 25


def without_running_lines(blocks: Sequence[Block]) -> list[Block]:
    """The blocks less those that are a running header or footer: a short paragraph with a
    page number or contact details, the same but for its numbers on three or more pages (a
    table's cells or a list's entries, one under another, are not pages)."""
    keys = [_key(block.text) if block.tag in ("p", "div") else None for block in blocks]
    counts = Counter(key for key in keys if key is not None)
    running = {key for key, count in counts.items() if count >= PAGES}
    for key in list(running):
        # a page's worth of text between each two (a contact card's "Tel: ..." under each
        # of three people is not a footer)
        where = [index for index, found in enumerate(keys) if found == key]
        if min(b - a for a, b in zip(where, where[1:], strict=False)) < PAGE_BLOCKS:
            running.discard(key)
        elif where[0] > 0 and len({blocks[i - 1].text for i in where}) == 1 and (
                _NAMES_SENCO.search(blocks[where[0] - 1].text)):
            # the SENCO's contact box repeated under each heading, not a printed page's
            # footer: the same line naming the SENCO stands over it each time
            running.discard(key)
    if not running:
        return list(blocks)
    return [block for block, key in zip(blocks, keys, strict=True) if key not in running]


#: What each match of ``FURNITURE`` holds, in the text folded to lower case (a cheap test
#: first: the pattern is tried at every character).
_FURNITURE_KEYS = ("page", "tel", "phone", "@", "www.", "http", "0")


def _key(text: str) -> str | None:
    # (split no further than a line's words: a paragraph's words need not all be counted)
    if not text or len(text.split(None, LINE_WORDS)) > LINE_WORDS:
        return None
    folded = fold(text)
    if not any(map(folded.__contains__, _FURNITURE_KEYS)) or not (
            _FURNITURE_FOLDED.search(folded) if _FURNITURE_FOLDED is not None
            else FURNITURE.search(text)):
        return None
    return re.sub(r"\d+", "#", text)


#: A paragraph that ends like this has ended (a sentence, a list's lead-in, a quotation).
_ENDED = frozenset(".!?:;\"'”’)…")


def _converters_class(block: Block) -> str | None:
    element = block.element
    return element.get("class") or None if element is not None else None


def joined_lines(blocks: list[Block]) -> list[Block]:
    """The blocks with each paragraph cut into lines made whole again: a paragraph that
    stops mid-sentence, followed by one that carries on in lower case, both of the class a
    converter gives its lines ("ft01", "MsoNormal")."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        text = block.text
        if (last is not None and last.kind == "text" and block.kind == "text"
                and not last.pseudo_heading and not block.pseudo_heading
                and last.tag == block.tag == "p" and last.text and text
                and last.text[-1] not in _ENDED and text[0].islower()
                and (style := _converters_class(last)) is not None
                and style == _converters_class(block)):
            if last.text.endswith("-") and not last.text.endswith(" -"):
                whole = last.text[:-1] + text  # "confid-" + "ential"
            else:
                whole = last.text + " " + text
            joined[-1] = replace(last, text=whole)
        else:
            joined.append(block)
    return joined
