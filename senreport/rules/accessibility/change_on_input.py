"""AX259: a drop-down list, radio button or tick box that opens another page, or sends the
form, as soon as a choice is made.

A keyboard user moves through a drop-down list with the arrow keys, and in many browsers
each press counts as a choice: the first press opens the page for the first entry, and
they never reach the one they wanted. A screen reader user is taken to a new page without
warning (WCAG 2.2 SC 3.2.2 On Input; failures F36 and F37). Found only from the part's own
settings: a shown select, radio button or tick box whose onchange, oninput or onclick
setting goes to an address (location, href, window.open, navigate) or sends its form
(submit). Scripts added elsewhere on the page are not seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

_HANDLERS = ("onchange", "oninput", "onclick")
_CHOICES = etree.XPath(
    ".//select[@onchange or @oninput or @onclick]"
    " | .//input[(@onchange or @oninput or @onclick) and (translate(@type, 'RADIOCHEKBX',"
    " 'radiochekbx')='radio' or translate(@type, 'RADIOCHEKBX', 'radiochekbx')='checkbox')]")
_LEAVES = re.compile(r"\blocation\b|\bhref\b|window\.open|\bopen\s*\(|\bnavigate\b|"
                     r"\.submit\s*\(|\brequestSubmit\s*\(", re.IGNORECASE)


@rule("AX259", "choice-changes-page", severity="warning",
      reference="WCAG 2.2 SC 3.2.2 On Input", wcag=("3.2.2",))
def check_choice_changes_page(ctx: CheckContext) -> Iterator[Finding]:
    """Choosing from a drop-down list or a radio button opens another page straight away.

    Keyboard users move through the list with the arrow keys, and the first press
    already opens a page. Add a "Go" button and open the page only when it is pressed.

    Bad::

        <select onchange="location = this.value"><option value="/y1">Year 1</option>
        <option value="/y2">Year 2</option></select>

    Good::

        <form action="/year"><select name="y"><option value="1">Year 1</option>
        <option value="2">Year 2</option></select><button>Go</button></form>
    """
    if not ctx.document.has_attribute(*_HANDLERS):
        return
    memo = hidden_memo(ctx)
    for choice in _CHOICES(ctx.document.main):
        code = " ".join(choice.get(name) or "" for name in _HANDLERS)
        if not _LEAVES.search(code) or is_hidden(choice, memo):
            continue
        what = "drop-down list" if choice.tag == "select" else "choice"
        yield finding(
            f"This {what} opens another page or sends the form as soon as something is "
            "chosen. Keyboard users move through choices with the arrow keys, so the first "
            "press takes them away before they reach the one they want. Ask whoever looks "
            'after the website to add a "Go" button and act only when it is pressed.',
            element=choice, excerpt=code.strip()[:160],
        )
