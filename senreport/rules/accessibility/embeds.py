"""AX rules on embedded content: videos, maps and forms shown in a frame."""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    PRESENTATIONAL,
    accessible_name,
    hidden_memo,
    is_hidden,
    role_of,
)
from senreport.rules.registry import rule


@rule("AX170", "iframe-title", severity="warning", reference="WCAG 2.2 SC 4.1.2 Name, Role, Value",
      act=("cae760",), wcag=("4.1.2",))
def check_iframe_title(ctx: CheckContext) -> Iterator[Finding]:
    """An embedded video, map or form (an iframe) has no title.

    Screen readers announce an embed by its title. Without one a parent hears only
    "frame" and cannot tell whether it is a video, a map or a form.

    Bad::

        <iframe src="https://www.youtube.com/embed/abc123"></iframe>

    Good::

        <iframe src="https://www.youtube.com/embed/abc123" title="Video: meet our SENCO"></iframe>
    """
    for frame in ctx.document.elements("iframe"):
        if is_hidden(frame, hidden_memo(ctx)) or role_of(frame) in PRESENTATIONAL:
            continue
        if (frame.get("tabindex") or "").strip().startswith("-"):
            continue  # kept out of keyboard reach: nobody lands on it to hear its name
        if not accessible_name(frame):
            yield finding(
                'This embedded item (such as a video, map or form) has no title. Give it a '
                'title saying what it is, for example "Video: meet our SENCO".',
                element=frame,
                excerpt=frame.get("src", ""),
            )
