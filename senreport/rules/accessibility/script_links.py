"""AX246: a link whose address is a script (``href="javascript:..."``) rather than a page.

Screen readers announce a link, so people expect to go somewhere, but it runs an action
instead (WCAG 2.2 SC 4.1.2 Name, Role, Value: the role says what it does); opened in a new
tab, or with scripts blocked, it does nothing. An action is a button's job. Left alone: a
link given a role (a scripted button or tab says so itself; AX243 and the ARIA rules judge
roles), hidden links, and links to "#" (often made into tabs or toggles by the page's
script, which is not in the markup). A note, since the script may still work for most.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule


@rule("AX246", "link-runs-script", severity="info",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value", wcag=("4.1.2",))
def check_link_runs_script(ctx: CheckContext) -> Iterator[Finding]:
    """A link runs a script instead of going to a page.

    Screen readers call it a link, so people expect a new page; and it does nothing when
    opened in a new tab or when scripts are blocked. Actions belong on buttons.

    Bad::

        <a href="javascript:openChat()">Chat to the SENCO</a>

    Good::

        <button type="button" onclick="openChat()">Chat to the SENCO</button>
    """
    for link in ctx.document.links():
        href = "".join((link.get("href") or "").split()).lower()
        if not href.startswith("javascript:") or (link.get("role") or "").strip():
            continue
        if is_hidden(link, hidden_memo(ctx)):
            continue
        yield finding(
            "This link runs a script instead of going to a page: screen readers announce a "
            "link, so people expect a new page, and it does nothing if opened in a new tab or "
            "with scripts blocked. Ask whoever built it to use a button for an action, or to "
            "give the link a real page address.",
            element=link,
        )
