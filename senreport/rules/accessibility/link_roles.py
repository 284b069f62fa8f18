"""AX243: a link to another page given the role of a button (``role="button"``).

Screen readers announce it as a button, so people press Space, as buttons expect; a link
answers only to Enter, so nothing happens unless the page's script adds Space (WCAG 2.2 SC
4.1.2 Name, Role, Value: the role says what it does). A link that goes nowhere ("#" or a
script) is left alone: that is a scripted button, whose script is not in the markup. A note,
since a script may handle Space.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule


@rule("AX243", "link-called-button", severity="info",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value", wcag=("4.1.2",))
def check_link_called_button(ctx: CheckContext) -> Iterator[Finding]:
    """A link to another page is announced as a button.

    People then press Space, as they would for a button, and nothing happens. A link
    that takes people somewhere should be announced as a link; styling it as a button
    is fine.

    Bad::

        <a href="/apply" class="button" role="button">Apply for a place</a>

    Good::

        <a href="/apply" class="button">Apply for a place</a>
    """
    memo = hidden_memo(ctx)
    for link in ctx.document.links():
        href = (link.get("href") or "").strip()
        tokens = (link.get("role") or "").strip().lower().split()
        if not tokens or tokens[0] != "button" or not href or href.startswith("#"):
            continue
        if href.lower().startswith("javascript:") or any(
                name.startswith("on") for name in link.attrib) or is_hidden(link, memo):
            continue
        yield finding(
            "This link takes people to another page but is announced as a button, so people "
            "using a screen reader press Space, as for a button, and nothing happens. Unless "
            "the page's script makes Space work, take away the button role (it can still look "
            "like a button).",
            element=link,
        )
