"""AX rules on lists: real lists instead of typed ones, and list items inside lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.accessibility.text import previous_element
from senreport.rules.registry import rule

_LIST_MARKER = re.compile(r"\s*(?:[-*•·▪‣◦–]|\d{1,2}[.)]|[a-z]\))\s+\S", re.IGNORECASE)
#: Where an editor may type a list line by line (Shift+Enter between the lines).
_LINE_HOLDERS = ("p", "div", "td", "dd", "blockquote", "main", "article", "section", "body")
_BLOCK_CHILDREN = frozenset({"p", "div", "ul", "ol", "dl", "table", "blockquote", "figure",
                             "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"})
_LIST_PARENTS = {"li": ("ul", "ol", "menu"), "dt": ("dl",), "dd": ("dl",)}
_LIST_ROLES = {"li": ("list", "directory"), "dt": ("list",), "dd": ("list",)}


def _lines(holder: etree._Element) -> list[str]:
    """A block's lines, split where the editor pressed Shift+Enter (a line break)."""
    lines, current = [], [holder.text or ""]
    for child in holder:
        if child.tag == "br":
            lines.append("".join(current))
            current = []
        elif isinstance(child.tag, str):
            current.append(child.text_content())
        current.append(child.tail or "")
    lines.append("".join(current))
    return [line for line in lines if line.strip()]


def _holds_lines(element: etree._Element) -> bool:
    """A paragraph, or a div or cell of plain text (no blocks inside it)."""
    if element.tag == "p":
        return True
    return not any(isinstance(c.tag, str) and c.tag in _BLOCK_CHILDREN for c in element)


@rule("AX150", "fake-list", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_fake_list(ctx: CheckContext) -> Iterator[Finding]:
    """A list typed with dashes, bullets or numbers instead of a real list.

    Screen readers announce a real list and how many items it has, so a parent knows
    what is coming. Lines that only look like a list are read as loose sentences.

    Bad::

        <p>- Speech and language therapy</p>
        <p>- Occupational therapy</p>

    Bad::

        <p>* Speech and language therapy<br>* Occupational therapy</p>

    Good::

        <ul>
          <li>Speech and language therapy</li>
          <li>Occupational therapy</li>
        </ul>
    """
    message = ("These lines look like a list typed with dashes, bullets or numbers. Use the "
               "editor's bulleted or numbered list instead, so screen readers announce it as a "
               "list.")
    previous_marked: etree._Element | None = None
    run_start: etree._Element | None = None
    reported_run = False
    for holder in ctx.document.elements(*_LINE_HOLDERS):
        if not _holds_lines(holder):
            continue
        if any(child.tag == "br" for child in holder):
            lines = _lines(holder)
            if sum(1 for line in lines if _LIST_MARKER.match(line)) >= 2:
                yield finding(message, element=holder)
                previous_marked = None
                continue
            first = lines[0] if lines else ""
        else:
            # One line (its words, or none): not a list of its own; a paragraph that opens
            # with a marker may be one line of a list typed as paragraphs.
            first = "" if holder.tag != "p" else (
                holder.text_content() if len(holder) else holder.text or "")
        marked = holder.tag == "p" and bool(_LIST_MARKER.match(first))
        if not marked:
            previous_marked = None
            continue
        if previous_marked is not None and previous_element(holder) is previous_marked:
            if not reported_run:
                yield finding(message, element=run_start)
                reported_run = True
        else:
            run_start, reported_run = holder, False
        previous_marked = holder


@rule("AX155", "list-structure", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_list_structure(ctx: CheckContext) -> Iterator[Finding]:
    """A list item stands outside a list, or a list holds something that is not an item.

    Screen readers count a list's items and announce each one. An item outside a list
    (often left behind after copying and pasting), or a term and its description
    outside a description list, loses that.

    Bad::

        <div><li>Speech and language therapy</li></div>

    Good::

        <ul><li>Speech and language therapy</li></ul>
    """
    for element in ctx.document.elements("li", "dt", "dd"):
        parent = element.getparent()
        if parent is None:
            continue
        holder = parent
        if element.tag in ("dt", "dd") and parent.tag == "div":
            holder = parent.getparent() if parent.getparent() is not None else parent
        role = (holder.get("role") or "").strip().lower()
        if holder.tag in _LIST_PARENTS[element.tag] and role in ("", "list", "directory"):
            continue
        if role in _LIST_ROLES[element.tag] or is_hidden(element, hidden_memo(ctx)):
            continue
        if element.tag == "li":
            message = ("This list item is not inside a list, so screen readers do not "
                       "announce it as part of one. Put it back into a bulleted or numbered "
                       "list (or make it an ordinary paragraph).")
        else:
            message = ("This term or description is not inside a description list, so "
                       "screen readers cannot tell which description goes with which term. "
                       "Ask your web team to fix the list, or make it ordinary paragraphs.")
        yield finding(message, element=element)
    for holder in ctx.document.elements("ul", "ol"):
        if (holder.get("role") or "").strip() or is_hidden(holder, hidden_memo(ctx)):
            continue
        strays = [c for c in holder if isinstance(c.tag, str)
                  and c.tag not in ("li", "script", "template")]
        if strays:
            yield finding(
                "This list holds something that is not a list item, so screen readers may "
                "miscount or skip it. Make every line of the list a list item.",
                element=strays[0],
            )
