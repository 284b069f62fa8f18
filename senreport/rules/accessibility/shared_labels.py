"""AX245: one box to fill in with two or more labels that say different things ("Date of
issue" and "Day" both pointing at the day box).

Screen readers read the labels run together, or only the first, and clicking a label that
seems to belong to something else puts the cursor in this box, so people cannot tell what
to type (WCAG 2.2 SC 1.3.1 Info and Relationships, 2.4.6 Headings and Labels). A caption
over several boxes belongs in a fieldset's legend. Left alone: labels that say the same
words, hidden labels, and labels pointing at nothing or at something that takes no label.
axe-core's equivalent is ``form-field-multiple-labels`` (a "needs review" result there).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden, normalise_space
from senreport.rules.registry import rule

#: Elements a <label> can name (HTML "labelable elements").
_LABELABLE = frozenset({"input", "select", "textarea", "button", "meter", "output",
                        "progress"})
_WITH_ID = etree.XPath("//*[@id]")


def _words(label: etree._Element) -> str:
    """The label's own words, leaving out a field inside it (a list's choices)."""
    parts = [label.text or ""]
    for child in label:
        if isinstance(child.tag, str) and child.tag not in _LABELABLE:
            parts.append(_words(child))
        parts.append(child.tail or "")
    return normalise_space(" ".join(parts))


@rule("AX245", "field-labels-differ", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1", "2.4.6"))
def check_field_labels_differ(ctx: CheckContext) -> Iterator[Finding]:
    """One box to fill in has two labels that say different things.

    Screen readers read both labels together (or only the first), so people cannot tell
    what the box is for. Give each box one label; put a caption over several boxes in a
    fieldset's legend.

    Bad::

        <label for="day">Date of birth</label>
        <label for="day">Day</label> <input id="day">

    Good::

        <fieldset><legend>Date of birth</legend>
        <label for="day">Day</label> <input id="day"></fieldset>
    """
    labels = list(ctx.document.elements("label"))
    if len(labels) < 2:
        return
    memo = hidden_memo(ctx)
    wanted = {(label.get("for") or "").strip() for label in labels} - {""}
    targets: dict[str, etree._Element] = {}
    if wanted:
        for element in _WITH_ID(ctx.document.main.getroottree()):
            targets.setdefault((element.get("id") or "").strip(), element)
    by_field: dict[etree._Element, list[tuple[etree._Element, str]]] = {}
    for label in labels:
        target = label.get("for")
        field: etree._Element | None
        if target is not None:
            field = targets.get(target.strip())
        else:
            field = next((f for f in label.iterdescendants(*_LABELABLE)), None)
        if field is None or field.tag not in _LABELABLE:
            continue
        if field.tag == "input" and (field.get("type") or "").strip().lower() == "hidden":
            continue
        words = _words(label)
        if not words or is_hidden(label, memo):
            continue
        by_field.setdefault(field, []).append((label, words))
    for field, named in by_field.items():
        texts = list(dict.fromkeys(words.casefold() for _, words in named))
        if len(texts) < 2 or is_hidden(field, memo):
            continue
        first = named[0][1]
        second = next(words for _, words in named if words.casefold() != first.casefold())
        yield finding(
            f'One box to fill in has two labels that say different things ("{first[:40]}" '
            f'and "{second[:40]}"), so people using a screen reader cannot tell what to type '
            "in it. Ask whoever set up the form to give each box one label, and to put a "
            "heading over several boxes in a fieldset's legend.",
            element=field,
            excerpt=f"{first} / {second}",
        )
