"""AX237: a passage set to run right to left (``dir="rtl"``, as Arabic, Hebrew or Urdu run)
that holds no right-to-left letters at all, only English or other left-to-right writing.

The browser then puts its full stops, brackets and question marks at the wrong end, and
runs of words and numbers in the wrong order, so the passage reads out of sequence (WCAG
2.2 SC 1.3.2 Meaningful Sequence; technique H56 is the right use). Only the passage's own
words are judged: a part inside it with its own direction is judged on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

#: Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko,
#: Samaritan, Mandaic, their presentation forms, and the historic scripts above U+10800).
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
                            "\U00010800-\U00010fff\U0001e800-\U0001efff]")
_UNSHOWN = frozenset({"script", "style", "template", "noscript"})
#: A passage needs this many letters before its writing tells its direction.
_ENOUGH_LETTERS = 3


def _own_text(element: etree._Element) -> str:
    """The passage's words, leaving out parts that set their own direction."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _UNSHOWN and child.get("dir") is None:
            parts.append(_own_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def _right_to_left(ctx: CheckContext) -> Iterator[etree._Element]:
    """Elements set to run right to left: in the content, and the page around it."""
    if not ctx.document.has_attribute("dir"):
        return  # (most pages) no walk of the page for one
    main = ctx.document.main
    for element in (*reversed(list(main.iterancestors())), *main.iter()):
        if isinstance(element.tag, str) and (element.get("dir") or "").strip().lower() == "rtl":
            yield element


@rule("AX237", "text-direction-wrong", severity="warning",
      reference="WCAG 2.2 SC 1.3.2 Meaningful Sequence", wcag=("1.3.2",))
def check_text_direction_wrong(ctx: CheckContext) -> Iterator[Finding]:
    """A passage is set to run right to left, but is written in English letters.

    Right to left is for Arabic, Hebrew, Urdu and the like. English set that way shows its
    full stop before the first word and can put words and numbers out of order.

    Bad::

        <p dir="rtl">Our SENCO is Mrs Khan (Year 3).</p>

    Good::

        <p>Our SENCO is Mrs Khan (Year 3).</p>
        <p dir="rtl" lang="ar">منسقة الاحتياجات التعليمية الخاصة هي السيدة خان.</p>
    """
    memo = hidden_memo(ctx)
    for element in _right_to_left(ctx):
        text = _own_text(element)
        letters = sum(1 for ch in text if ch.isalpha())
        if letters < _ENOUGH_LETTERS or _RIGHT_TO_LEFT.search(text) or is_hidden(element, memo):
            continue
        yield finding(
            "This passage is set to run right to left, as Arabic or Hebrew do, but it is "
            "written in left-to-right letters, so its full stops and brackets show at the "
            "wrong end and words can appear out of order. Take off the right-to-left "
            "setting.",
            element=element,
        )
