"""AX226: a page that moves itself to another page (or reloads) after a very long wait,
more than 20 hours.

WCAG's AA rule on timing (AX208) lets a refresh after 20 hours pass, as nobody is likely
to be reading by then. Its stricter AAA criteria (2.2.4 Interruptions, 3.2.5 Change on
Request) allow no automatic refresh at all except an immediate redirect, so this is a
note, not a warning: a page left open on a family computer still changes under its reader.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.structure import LONG_REFRESH, page_refresh
from senreport.rules.registry import rule


@rule("AX226", "page-refresh-long", severity="info",
      reference="WCAG 2.2 SC 2.2.4 Interruptions; SC 3.2.5 Change on Request (AAA)",
      act=("bisz58",), wcag=("2.2.4", "3.2.5"))
def check_page_refresh_long(ctx: CheckContext) -> Iterator[Finding]:
    """The page reloads itself, or moves to another page, after more than 20 hours.

    Only a redirect that happens at once is sure never to interrupt a reader. A page
    that changes by itself after a day still surprises a parent who left it open.

    Bad::

        <meta http-equiv="refresh" content="86400">

    Good::

        <meta http-equiv="refresh" content="0; url=https://oak.sch.uk/send-report">
    """
    refresh = page_refresh(ctx.document)
    if refresh is not None and refresh[1] > LONG_REFRESH:
        yield finding(
            f"This page reloads itself or moves to another page after {refresh[1] // 3600} "
            "hours. That is long enough for most readers, but the page can still "
            "change under someone who left it open. If you can, ask your web team to "
            "remove the automatic refresh or to redirect at once.",
            element=refresh[0],
        )
