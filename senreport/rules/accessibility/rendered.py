"""What axe-core finds in the rendered page, as AX findings (the ``--browser`` layer).

The browser itself is driven by the front end (:mod:`senreport.cli.browser`); this module
only turns axe-core's results into findings: each axe rule answers to an AX code (the
static rule that checks the same thing, or one of the browser-only rules below), each
node is located by XPath in the checked document, and a barrier both layers found is
reported once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from senreport.context import CheckContext
from senreport.document import Document
from senreport.findings import Finding, Location, with_fingerprints
from senreport.rules.registry import REGISTRY, rule

#: axe-core rule id -> the AX code it answers to (axe rules not listed: AX205).
AXE_TO_AX: dict[str, str] = {
    **dict.fromkeys(("image-alt", "role-img-alt", "svg-img-alt", "object-alt"), "AX110"),
    "input-image-alt": "AX115",
    **dict.fromkeys(("link-name", "area-alt"), "AX123"),
    "empty-heading": "AX103", "heading-order": "AX101", "summary-name": "AX104",
    "html-has-lang": "AX190", "html-lang-valid": "AX191", "valid-lang": "AX192",
    "html-xml-lang-mismatch": "AX222",
    **dict.fromkeys(("frame-title", "frame-title-unique"), "AX170"),
    "color-contrast": "AX130", "color-contrast-enhanced": "AX227",
    "td-headers-attr": "AX141", "th-has-data-cells": "AX142", "td-has-header": "AX140",
    **dict.fromkeys(("list", "listitem", "dlitem", "definition-list"), "AX155"),
    **dict.fromkeys(("marquee", "blink"), "AX185"),
    **dict.fromkeys(("duplicate-id", "duplicate-id-active", "duplicate-id-aria"), "AX180"),
    **dict.fromkeys((
        "button-name", "input-button-name", "label", "select-name", "aria-input-field-name",
        "aria-toggle-field-name", "aria-command-name", "aria-meter-name",
        "aria-progressbar-name", "aria-tooltip-name", "aria-dialog-name",
    ), "AX201"),
    **dict.fromkeys((
        "aria-allowed-role", "aria-hidden-body", "aria-deprecated-role",
        "aria-conditional-attr",
    ), "AX202"),
    **dict.fromkeys(("aria-allowed-attr", "aria-prohibited-attr"), "AX218"),
    "aria-hidden-focus": "AX206",
    **dict.fromkeys(("aria-roles", "aria-valid-attr"), "AX207"),
    "meta-refresh": "AX208",
    "meta-refresh-no-exceptions": "AX226",
    "presentation-role-conflict": "AX209",
    "nested-interactive": "AX210",
    "aria-valid-attr-value": "AX211",
    "aria-required-attr": "AX212",
    "aria-required-parent": "AX213",
    "aria-required-children": "AX214",
    "tabindex": "AX215",
    "autocomplete-valid": "AX220",
    "label-content-name-mismatch": "AX221",
    "avoid-inline-spacing": "AX223",
    "no-autoplay-audio": "AX224",
    "video-caption": "AX228",
    "css-orientation-lock": "AX232",
    "bypass": "AX233",
    "empty-table-header": "AX241",
    "form-field-multiple-labels": "AX245",
    "accesskeys": "AX252",
    "frame-focusable-content": "AX225",
    "document-title": "AX203",
    **dict.fromkeys(("meta-viewport", "meta-viewport-large"), "AX204"),
}
OTHER = "AX205"
#: axe rules about the whole page: not the content's to answer for when a fragment (a
#: report's own markup, a block post) is shown on a blank page to be checked.
PAGE_LEVEL = frozenset({
    "document-title", "html-has-lang", "html-lang-valid", "html-xml-lang-mismatch",
    "landmark-one-main", "landmark-no-duplicate-main", "region", "page-has-heading-one",
    "bypass", "meta-viewport", "meta-viewport-large", "landmark-complementary-is-top-level",
})
_TBODY = re.compile(r"/tbody(?:\[1\])?")


@rule("AX202", "aria-misuse", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships; SC 4.1.2 Name, Role, Value",
      wcag=("1.3.1", "4.1.2"), browser_only=True)
def check_aria_misuse(ctx: CheckContext) -> Iterator[Finding]:
    """Screen reader settings (ARIA) in the page are wrong or contradict each other.

    Themes and plugins add settings that tell screen readers what each part of the page
    is. A wrong one can hide content or announce the wrong thing; this needs your web
    team or the plugin's author.

    Bad::

        <div aria-hidden="true"><a href="/contact">Contact us</a></div>

    Good::

        <div><a href="/contact">Contact us</a></div>
    """
    return iter(())


@rule("AX203", "page-title", severity="warning", reference="WCAG 2.2 SC 2.4.2 Page Titled",
      act=("2779a5",), wcag=("2.4.2",), browser_only=True)
def check_page_title(ctx: CheckContext) -> Iterator[Finding]:
    """The page has no title (the name shown on its browser tab).

    The page title is the first thing a screen reader reads and what a parent sees in
    their tabs and bookmarks.

    Bad::

        <html lang="en-GB"><head></head><body><p>Our SEN report</p></body></html>

    Good::

        <html lang="en-GB"><head><title>SEN Information Report - Oak School</title></head>
        <body><p>Our SEN report</p></body></html>
    """
    return iter(())


@rule("AX204", "zoom-blocked", severity="warning", reference="WCAG 2.2 SC 1.4.4 Resize Text",
      act=("b4f0c3",), wcag=("1.4.4",), browser_only=True)
def check_zoom_blocked(ctx: CheckContext) -> Iterator[Finding]:
    """The page stops people zooming in on a phone.

    Many parents with low vision zoom in to read. A page that blocks zooming leaves
    them unable to read it at all.

    Bad::

        <html lang="en-GB"><head><title>SEN report</title><meta name="viewport"
        content="width=device-width, user-scalable=no"></head><body><p>Text</p></body></html>

    Good::

        <html lang="en-GB"><head><title>SEN report</title><meta name="viewport"
        content="width=device-width, initial-scale=1"></head><body><p>Text</p></body></html>
    """
    return iter(())


@rule("AX205", "rendered-barrier", severity="warning",
      reference="WCAG 2.2 AA, as axe-core judges the rendered page", browser_only=True)
def check_rendered_barrier(ctx: CheckContext) -> Iterator[Finding]:
    """Another barrier found in the page as a browser shows it (by axe-core).

    Some barriers only show once the page's styles and scripts have run. These are
    reported with axe-core's own description; your web team can look them up.

    Bad::

        <html lang="en-GB"><head><title>Report</title></head><body>
        <p><video src="welcome.mp4" autoplay></video></p></body></html>

    Good::

        <html lang="en-GB"><head><title>Report</title></head><body>
        <p><video src="welcome.mp4" controls></video></p></body></html>
    """
    return iter(())


def locate(document: Document, node: dict[str, Any]) -> etree._Element | None:
    """The element of the checked document an axe-core node stands for, if it can be found.

    axe-core reports XPaths of the browser's tree, which adds ``<tbody>`` to tables where
    the markup has none; that step is tried both ways.
    """
    for path in node.get("xpath") or []:
        for candidate in dict.fromkeys((path, _TBODY.sub("", path))):
            try:
                found = document.root.xpath(candidate)
            except etree.XPathError:
                continue
            if isinstance(found, list) and found and isinstance(found[0], etree._Element):
                return found[0]
    return None


def rendered_findings(document: Document, violations: Iterable[dict[str, Any]]) -> list[Finding]:
    """axe-core's violations as AX findings, one per element, located in the document.

    For a fragment (not a whole page) the page-level rules are left out: the blank page
    it was shown on is not the school's.
    """
    found: list[Finding] = []
    for violation in violations:
        if not document.is_page and violation.get("id") in PAGE_LEVEL:
            continue
        code = AXE_TO_AX.get(str(violation.get("id")), OTHER)
        registered = REGISTRY[code]
        for node in violation.get("nodes") or []:
            element = locate(document, node)
            xpath = document.xpath_of(element) if element is not None else None
            if code == OTHER:
                message = (f"A web browser check found this: {violation.get('help', '')} "
                           f"(axe-core rule {violation.get('id')}). Ask your web team to fix it.")
            else:
                message = (f"{registered.summary.rstrip('.')} (found in the page as a web "
                           f"browser shows it). See {registered.help} for how to fix it.")
            found.append(Finding(
                code=code, severity=registered.severity, message=message,
                location=_location(element, xpath, node), reference=registered.reference,
                help=registered.help, rule=registered.name,
                excerpt=str(node.get("html") or "")[:160]))
    return found


def _location(element: etree._Element | None, xpath: str | None,
              node: dict[str, Any]) -> Location:
    if element is not None:
        return Location(xpath, element.sourceline)
    paths = node.get("xpath") or []
    return Location(paths[0] if paths else None, None)


def merge(static: list[Finding], rendered: list[Finding]) -> list[Finding]:
    """Static findings, plus each rendered one no static finding already reports.

    A barrier is the same when the code and the element (XPath) are; the rendered page
    reports an element once per code even when axe-core has several rules for it.
    """
    seen: set[tuple[str, str | None]] = {
        (f.code, f.location.xpath) for f in static if f.location and f.location.xpath}
    added: list[Finding] = []
    for f in rendered:
        key = (f.code, f.location.xpath if f.location else None)
        if key[1] is not None and key in seen:
            continue
        seen.add(key)
        added.append(f)
    return with_fingerprints(static + added) if added else static
