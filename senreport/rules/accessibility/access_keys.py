"""AX252: a keyboard shortcut set on a part of the page (the ``accesskey`` setting).

Shortcut keys set by a page take over keys that screen readers, screen magnifiers, voice
control and web browsers already use, differ from browser to browser (Alt, Alt+Shift,
Ctrl+Alt), and nobody is told they exist unless the page lists them; two parts given the
same key make it do one thing or nothing. WCAG has no criterion forbidding them, so this is
a note under SC 2.1.1 Keyboard, where the clash with assistive technology's own keys bites
(axe-core's best-practice rule ``accesskeys`` looks only at keys used twice). Found on any
shown part of the content with a non-empty accesskey.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

_WITH_KEY = etree.XPath(".//*[normalize-space(@accesskey)]")


@rule("AX252", "access-key", severity="info", reference="WCAG 2.2 SC 2.1.1 Keyboard",
      wcag=("2.1.1",))
def check_access_key(ctx: CheckContext) -> Iterator[Finding]:
    """A link, button or field has its own keyboard shortcut (accesskey).

    The shortcut can take over keys that screen readers, magnifiers and web browsers use,
    works differently in each browser and is hidden from people unless the page explains
    it. Remove the shortcut.

    Bad::

        <a href="/contact" accesskey="c">Contact us</a>

    Good::

        <a href="/contact">Contact us</a>
    """
    if not ctx.document.has_attribute("accesskey"):
        return
    memo = hidden_memo(ctx)
    shown = [el for el in _WITH_KEY(ctx.document.main) if not is_hidden(el, memo)]
    uses = Counter((el.get("accesskey") or "").strip().lower() for el in shown)
    for element in shown:
        key = (element.get("accesskey") or "").strip()
        twice = (f' The same key is given to {uses[key.lower()] - 1} other part(s) of the page, '
                 "so it can only do one of them." if uses[key.lower()] > 1 else "")
        yield finding(
            f'This has its own keyboard shortcut (accesskey "{key}"), which can take over a key '
            "that screen readers, magnifiers or the web browser already use, and people are "
            f"not told it is there.{twice} Ask whoever looks after the website to remove the "
            "accesskey setting.",
            element=element,
        )
