"""AX258: parts set side by side with floats so that the screen shows them in a different
order from the one screen readers and keyboards follow.

A part floated right goes to the far right; the next part floated (left or right) lands
to its left. So "Cleanse", "Exfoliate", "Moisturise", each floated right, show as
"Moisturise Exfoliate Cleanse", while a screen reader, a keyboard user and anyone reading
the page with its styles off meet them the other way round (WCAG 2.2 SC 1.3.2 Meaningful
Sequence; failure F1: positioning with styles changes the meaning). Found only from the
parts' own style settings: two or more shown neighbouring parts (nothing but spaces
between them) with an inline float, holding words, where one floated right is followed
by another float.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.accessibility.spacing import declarations
from senreport.rules.registry import rule

_FLOATED = etree.XPath(".//*[contains(translate(@style, 'FLOAT', 'float'), 'float')]")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _float(element: etree._Element) -> str:
    value = declarations(element.get("style") or "").get("float", ("", False))[0]
    return value if value in ("left", "right") else ""


def _run(first: etree._Element) -> list[etree._Element]:
    """The floated part and the floated neighbours after it, with only spaces between."""
    run = [first]
    current = first
    while not (current.tail or "").strip():
        following = current.getnext()
        if following is None or not isinstance(following.tag, str) or not _float(following):
            break
        run.append(following)
        current = following
    return run


@rule("AX258", "float-order-reversed", severity="info",
      reference="WCAG 2.2 SC 1.3.2 Meaningful Sequence", wcag=("1.3.2",))
def check_float_order_reversed(ctx: CheckContext) -> Iterator[Finding]:
    """Parts floated side by side show in a different order from the one they are read in.

    Floated right, the first part goes to the far right, so the screen shows the parts
    right to left while screen readers read them left to right. Use columns instead.

    Bad::

        <div style="float:right">Step 1</div><div style="float:right">Step 2</div>

    Good::

        <div style="float:left">Step 1</div><div style="float:left">Step 2</div>
    """
    if not ctx.document.has_attribute("style"):
        return
    memo = hidden_memo(ctx)
    judged: set[etree._Element] = set()
    for element in _FLOATED(ctx.document.main):
        if element in judged or not _float(element):
            continue
        previous = element.getprevious()
        if (previous is not None and isinstance(previous.tag, str) and _float(previous)
                and not (previous.tail or "").strip()):
            continue  # judged from the start of its run
        run = [part for part in _run(element)
               if _WORDS.search(part.text_content() or "") and not is_hidden(part, memo)]
        judged.update(run)
        if len(run) < 2 or all(_float(part) != "right" for part in run[:-1]):
            continue
        yield finding(
            f"These {len(run)} parts are set side by side with floats, so the screen shows "
            "them in a different order from the one screen readers and keyboards follow (the "
            "first one floated right ends up on the far right). Ask whoever looks after the "
            "website to use columns, or to float them all left, so both orders match.",
            element=run[0],
        )
