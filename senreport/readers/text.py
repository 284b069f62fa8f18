"""Plain text (a page copied out of a browser, an e-mail, a text export) read as a page.

Lines become paragraphs; a short line that introduces the text after it (a title or a
question, with no full stop) becomes a heading; lines opening with a bullet or a number
become list entries. The words are kept exactly: only the structure is guessed.
"""

from __future__ import annotations

import re
from html import escape

from senreport.dates import find_dates
from senreport.glossary_lines import glossary_entries
from senreport.textscan import ANSWER_WORDS, QUESTION_END, QUESTION_WORDS

_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■□➢➤►–—*-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}[.)]?\s+\S")
_CLOSES_SENTENCE = re.compile(r"[.,;]\s*$")
#: A line this long or longer is prose, whatever it ends with.
HEADING_WORDS = 16
#: The fewest short lines, one under another, that make a list without bullets.
SHORT_RUN = 3
#: A paragraph this long is the page's prose (the title stands above it).
PROSE_WORDS = 15
#: A few words each opening with a capital (small joining words aside), then a colon.
_TITLE_CASE = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|the|to|in|&))"
                         r"{0,5}\s*:")
#: A line that gives a contact's details ("SENCO: Mrs Powell", "Tel: 01632 960000").
_DETAILS = re.compile(r"^(?:the\s+)?(?:SEN\w*|SEND?\s+governor|governor|contact|tel\w*|phone|"
                      r"e-?mail|name|address|head\s*teacher|inclusion\s+\w+)\s*:\s*\S",
                      re.IGNORECASE)


def looks_like_text(content: str) -> bool:
    """Whether ``content`` is plain text rather than markup."""
    return re.search(r"<[A-Za-z!/][^>]*>", content[:20000]) is None


def text_to_html(content: str) -> str:
    """The text as a simple HTML page (headings, paragraphs and lists), words unchanged."""
    lines = [" ".join(line.split()) for line in content.splitlines()]
    listed = _short_runs(lines) | _question_runs(lines)
    # Glossary lines ("OT Occupational Therapist") are entries, not headings over each other.
    filled = [i for i, line in enumerate(lines) if line]
    glossary = {filled[i] for i in glossary_entries([lines[i] for i in filled])}
    out: list[str] = []
    in_list = False
    first_heading = True
    prose = False
    for index, line in enumerate(lines):
        if not line:
            continue
        following = next((nxt for nxt in lines[index + 1:] if nxt), "")
        bullet = _BULLET.match(line)
        if index in listed or bullet and not _is_heading(line, following):
            if not in_list:
                out.append("<ul>")
                in_list = True
            # A line of a list found by its shape keeps its words whole ("1. What ...?").
            entry = line if index in listed or bullet is None else line[bullet.end():]
            out.append(f"<li>{escape(entry)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if _is_heading(line, following) and index not in glossary:
            # The page's title comes before its prose; a first heading after prose is a
            # section's (the title was not written as a line of its own).
            level = 1 if first_heading and not prose else 2
            first_heading = False
            out.append(f"<h{level}>{escape(line)}</h{level}>")
        else:
            out.append(f"<p>{escape(line)}</p>")
            prose = prose or len(line.split()) >= PROSE_WORDS
    if in_list:
        out.append("</ul>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>"


def heading_lines(lines: list[str]) -> set[int]:
    """Which of a run of lines (blank ones included) are headings by the rules above: not
    a line of a list found by its shape, nor a glossary entry."""
    listed = _short_runs(lines) | _question_runs(lines)
    filled = [i for i, line in enumerate(lines) if line]
    glossary = {filled[i] for i in glossary_entries([lines[i] for i in filled])}
    found = set()
    for index, line in enumerate(lines):
        if line and index not in listed and index not in glossary and _is_heading(
                line, next((nxt for nxt in lines[index + 1:] if nxt), "")):
            found.add(index)
    return found


def _short_runs(lines: list[str]) -> set[int]:
    """Lines of a list written without bullets: three or more short lines one under another
    ("Cognition and Learning", "Communication and Interaction", ...), none of them a
    question, after a line that leads into them (it ends with a colon)."""
    listed: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end]:
            end += 1
        run = range(start, end)
        before = next((lines[i] for i in range(start - 1, -1, -1) if lines[i]), "")
        if len(run) >= SHORT_RUN and before.endswith(":") and all(
                len(lines[i].split()) < HEADING_WORDS and not lines[i].endswith("?")
                for i in run):
            listed.update(run)
        start = end + 1
    return listed


def _question_runs(lines: list[str]) -> set[int]:
    """Lines of a list of contents: three or more questions one after another, with nothing
    but blank lines between them (the questions a report goes on to answer)."""
    listed: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines + ["."]):
        if not line:
            continue
        if QUESTION_END.search(line) and len(line.split()) < QUESTION_WORDS:
            run.append(index)
            continue
        if len(run) >= SHORT_RUN:
            listed.update(run)
        run = []
    return listed


def _is_heading(line: str, following: str) -> bool:
    """A short line, not a sentence, that leads into longer text."""
    words = line.split()
    bulleted = _BULLET.match(line) and not _NUMBERED_HEADING.match(line)
    if line.endswith("?") and len(words) < QUESTION_WORDS and not bulleted and len(
            following.split()) >= ANSWER_WORDS and not following.endswith("?"):
        return True  # a question over its answer, however long ("1. How does the school ...?")
    if not words or len(words) >= HEADING_WORDS or _CLOSES_SENTENCE.search(line):
        return False
    if _DETAILS.match(line) or _only_a_date(line):
        return False  # a contact's details, or the date a page was written: not a heading
    if not following or bulleted:
        return False
    if line.endswith("?"):
        return True
    if line.endswith(":"):
        # "Responsible for:" leads into a list, part of the text; a title in capitals over a
        # paragraph ("Whole School Approach:") heads it
        return _TITLE_CASE.fullmatch(line) is not None and len(following.split()) >= PROSE_WORDS
    return len(following.split()) > len(words) + 3 and line[:1].isupper()


def _only_a_date(line: str) -> bool:
    """Whether the line is a date and nothing more ("September 2014", "20/04/18")."""
    found = find_dates(line) if any(c.isdigit() for c in line) else []
    return len(found) == 1 and len(line) - (found[0].end - found[0].start) <= 2
