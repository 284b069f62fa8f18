"""AX233: a whole page that opens with links or other repeated parts (the menu, a side
panel) and gives no way past them to its own content: no main area (``<main>``), no
heading, no "skip to content" link and no button that folds the menu away.

Screen reader users jump to the main area or to a heading; keyboard users follow a skip
link. With none of these, they go through the whole menu on every page before reaching
what they came for (WCAG 2.2 SC 2.4.1 Bypass Blocks). Only whole pages are judged: an
editor's part of a page sits inside the theme's, which provides these.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

_MAIN = etree.XPath(".//main | .//*[@role='main']")
_HEADINGS = etree.XPath(".//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//*[@role='heading']")
#: Controls that may fold the menu away or move past it (scripted; judged by a person).
_SCRIPTED = etree.XPath(".//*[@onclick or @aria-controls or @aria-expanded]"
                        "[self::button or self::a or @role='button']")
_IN_PAGE = etree.XPath(".//a[starts-with(normalize-space(@href), '#')]")
_UNSHOWN = frozenset({"script", "style", "template", "noscript"})
_REPEATED_TAGS = frozenset({"a", "nav", "header", "aside", "button", "form"})
_REPEATED_ROLES = frozenset({"navigation", "banner", "complementary", "search", "link",
                             "button", "menu", "menubar"})


def _first_content(body: etree._Element) -> etree._Element | None:
    """The element holding the first thing on the page a reader meets: words or an image."""
    if (body.text or "").strip():
        return body
    unshown = {inner for outer in body.iter(*_UNSHOWN) for inner in outer.iter()}
    for element in body.iterdescendants():
        if not isinstance(element.tag, str) or element in unshown:
            continue
        if (element.text or "").strip() or element.tag in ("img", "svg", "input", "select"):
            return element
        if (element.tail or "").strip():
            return element.getparent()
    return None


def _is_repeated(element: etree._Element) -> bool:
    """Whether the element is, or sits in, a part that comes back on every page: a link,
    a menu, a header or a side panel."""
    for part in (element, *element.iterancestors()):
        if part.tag in _REPEATED_TAGS or (part.get("role") or "").strip() in _REPEATED_ROLES:
            return True
    return False


def _has_way_past(body: etree._Element, memo: dict[etree._Element, tuple[bool, str]]) -> bool:
    if any(not is_hidden(e, memo) for e in _MAIN(body)):
        return True
    if any(not is_hidden(e, memo) for e in _HEADINGS(body)):
        return True
    if _SCRIPTED(body):
        return True
    targets = {i for i in body.xpath(".//@id | .//a/@name")}
    return any((a.get("href") or "").strip()[1:] in targets for a in _IN_PAGE(body))


@rule("AX233", "no-way-past-menu", severity="warning",
      reference="WCAG 2.2 SC 2.4.1 Bypass Blocks", act=("cf77f2",), wcag=("2.4.1",))
def check_no_way_past_menu(ctx: CheckContext) -> Iterator[Finding]:
    """The page starts with its menu and gives no way to jump past it.

    People using a screen reader or a keyboard move to the main area, a heading or a
    "skip to content" link. A page with none of them makes them go through every menu
    link on every page first.

    Bad::

        <html lang="en"><head><title>SEN report</title></head><body>
        <ul><li><a href="/">Home</a></li><li><a href="/send">SEND</a></li></ul>
        <p>Our school welcomes every child.</p></body></html>

    Good::

        <html lang="en"><head><title>SEN report</title></head><body>
        <ul><li><a href="/">Home</a></li><li><a href="/send">SEND</a></li></ul>
        <main><h1>SEN report</h1><p>Our school welcomes every child.</p></main>
        </body></html>
    """
    document = ctx.document
    body = document.root.find("body")
    if not document.is_page or body is None:
        return
    first = _first_content(body)
    if first is None or not _is_repeated(first):
        return  # the page's own content comes first: nothing to get past
    if _has_way_past(body, hidden_memo(ctx)):
        return
    yield finding(
        "This page starts with links (a menu) and has no way to jump past them to its "
        "content: no main area, no headings and no \"skip to content\" link. Screen reader "
        "and keyboard users must go through every link first. Give the page headings, and "
        "ask your web team to mark its main area and add a skip link.",
        element=body,
        excerpt="",
    )
