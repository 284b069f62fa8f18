"""AX257: a row of links each one or two characters long ("A B C D...", "1 2 3") with
only spaces between them: targets too small and too close together to press reliably.

A letter of ordinary text is about 10 pixels wide, and with only a space between them
the links sit closer than the 24 pixels WCAG 2.2 SC 2.5.8 Target Size (Minimum) asks for
(a target smaller than that needs that much room around it); a row of links is not a
sentence, so the exception for links in running text does not apply. People with tremors,
on a phone or using a head pointer press the wrong letter. Found only where no style can
have made them bigger: three or more shown links in a row in the same part, each holding
one or two letters or digits and no picture, with nothing but spaces between them, and no
class, style or role on the links or on the part holding them.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.accessibility.links import links
from senreport.rules.registry import rule

_STYLED = ("class", "style", "role")
_PICTURE = etree.XPath(".//img | .//svg | .//picture")
_SHORTEST_ROW = 3
#: Two characters with more spaces than this between them are not a letter link.
_LONGEST_SPACED = 40


def _tiny(element: etree._Element) -> bool:
    """Whether a part is a plain link of one or two letters or digits."""
    if element.tag != "a" or element.get("href") is None:
        return False
    attributes = element.attrib
    if "class" in attributes or "style" in attributes or "role" in attributes:
        return False
    text = (element.text if len(element) == 0 else element.text_content()) or ""
    words = text.strip()
    if len(words) > 2:
        if len(words) > _LONGEST_SPACED:
            return False
        words = "".join(words.split())
    return 0 < len(words) <= 2 and words.isalnum() and not _PICTURE(element)


def _rows(parent: etree._Element) -> Iterator[list[etree._Element]]:
    """Runs of tiny links in one part with only spaces between them."""
    row: list[etree._Element] = []
    for child in parent:
        if isinstance(child.tag, str) and _tiny(child):
            row.append(child)
            if not (child.tail or "").strip():
                continue
        if len(row) >= _SHORTEST_ROW:
            yield row
        row = []
    if len(row) >= _SHORTEST_ROW:
        yield row


@rule("AX257", "small-link-targets", severity="info",
      reference="WCAG 2.2 SC 2.5.8 Target Size (Minimum)", wcag=("2.5.8",))
def check_small_link_targets(ctx: CheckContext) -> Iterator[Finding]:
    """A row of one-letter links ("A B C...") sits too close together to press reliably.

    Each letter is a tiny target with only a space beside the next, so people with shaky
    hands or on a phone press the wrong one. Put the links in a list with room between
    them, or separate them with " | ".

    Bad::

        <p><a href="#a">A</a> <a href="#b">B</a> <a href="#c">C</a></p>

    Good::

        <p><a href="#a">A</a> | <a href="#b">B</a> | <a href="#c">C</a></p>
    """
    memo = hidden_memo(ctx)
    parents = dict.fromkeys(link.getparent() for link, _name in links(ctx) if _tiny(link))
    for parent in parents:
        if parent is None or any(name in parent.attrib for name in _STYLED):
            continue
        for row in _rows(parent):
            shown = [link for link in row if not is_hidden(link, memo)]
            if len(shown) < _SHORTEST_ROW:
                continue
            letters = " ".join("".join((link.text_content() or "").split()) for link in shown)
            yield finding(
                f"These {len(shown)} links ({letters[:40]}) are one or two characters each "
                "with only a space between them, so each is a tiny target that people with "
                "shaky hands or on a phone easily miss. Put the links in a list with room "
                'between them, or separate them with " | ", unless the website\'s styles '
                "already make each one at least 24 pixels wide and tall.",
                element=shown[0],
                excerpt=letters[:160],
            )
