"""AX rules on language: the page says its language, and every language tag is a real one."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, hides_itself, is_hidden
from senreport.rules.accessibility.language_tags import is_known_language
from senreport.rules.registry import rule

_XML_LANG = ("{http://www.w3.org/XML/1998/namespace}lang", "xml:lang")
_FIX_SITE = ("Set the site language to English (UK) - in WordPress, under Settings, General, "
             'Site Language - or ask your web team to add lang="en-GB" to the page.')


def _xml_lang(element: etree._Element) -> str | None:
    for name in _XML_LANG:
        if element.get(name) is not None:
            return element.get(name)
    return None


def _page_root(ctx: CheckContext) -> etree._Element | None:
    """The page's ``<html>`` element, when the document is a whole HTML page."""
    document = ctx.document
    if not document.is_page or not isinstance(document.root.tag, str):
        return None
    return document.root if document.root.tag == "html" else None


#: The names an attribute xml:lang has among the names of the page's attributes (as written
#: in HTML, or in the XML namespace).
_XML_LANG_NAMES = ("xml:lang", "{http://www.w3.org/XML/1998/namespace}lang")


def sets_language_below_root(ctx: CheckContext) -> bool:
    """Whether an element below the page's root sets a language (most pages set it on
    ``<html>`` alone: then no search below the root finds one), worked out once for the
    language rules."""
    found: bool | None = ctx.document.scratch.get("ax_lang_below_root")
    if found is None:
        found = ctx.document.scratch["ax_lang_below_root"] = (
            "lang" in ctx.document.attribute_names and any(
                element.get("lang") is not None
                for element in ctx.document.root.iterdescendants()))
    return found


@rule("AX190", "page-language", severity="warning",
      reference="WCAG 2.2 SC 3.1.1 Language of Page", act=("b5c3f8",), wcag=("3.1.1",))
def check_page_language(ctx: CheckContext) -> Iterator[Finding]:
    """The page does not say what language it is written in.

    Screen readers choose their voice and pronunciation from the page's language. Without
    it, English may be read with the wrong accent or rules and be hard to follow. Only the
    ``lang`` setting counts: ``xml:lang`` on its own is ignored by web browsers.

    Bad::

        <html><head><title>SEN Information Report</title></head>
        <body><p>Our SEN Information Report.</p></body></html>

    Good::

        <html lang="en-GB"><head><title>SEN Information Report</title></head>
        <body><p>Our SEN Information Report.</p></body></html>
    """
    root = _page_root(ctx)
    if root is None or (root.get("lang") or "").strip():
        return
    also = (" It has an xml:lang setting, which web browsers ignore; lang is the one "
            "that counts.") if _xml_lang(root) else ""
    yield finding(
        "This page does not say which language it is in, so screen readers may read it "
        f"with the wrong pronunciation.{also} {_FIX_SITE}",
        element=root,
        excerpt="",
    )


@rule("AX191", "page-language-valid", severity="warning",
      reference="WCAG 2.2 SC 3.1.1 Language of Page", act=("bf051a",), wcag=("3.1.1",))
def check_page_language_valid(ctx: CheckContext) -> Iterator[Finding]:
    """The page's language setting is not a real language code.

    Screen readers only understand standard language codes such as "en" or "en-GB".
    A misspelt one ("em-GB", "eng", "english") leaves them guessing.

    Bad::

        <html lang="english"><head><title>SEN Information Report</title></head>
        <body><p>Our SEN Information Report.</p></body></html>

    Good::

        <html lang="en-GB"><head><title>SEN Information Report</title></head>
        <body><p>Our SEN Information Report.</p></body></html>
    """
    root = _page_root(ctx)
    declared = (root.get("lang") or "") if root is not None else ""
    if root is None or not declared.strip() or is_known_language(declared):
        return
    yield finding(
        f'The page\'s language is set to "{declared.strip()}", which is not a language code '
        f'screen readers know. Use "en-GB" for English (UK). {_FIX_SITE}',
        element=root,
        excerpt=declared.strip(),
    )


def _has_own_text(element: etree._Element) -> bool:
    """Whether some text takes its language from this element (not a nearer one).

    Text counts when it is shown or read out: text hidden only from screen readers
    (``aria-hidden``) is still seen, and an image's alt text is read out.
    """
    if (element.text or "").strip():
        return True
    if element.tag in ("img", "area") and (element.get("alt") or "").strip():
        return True
    for child in element:
        if (child.tail or "").strip():
            return True
        if (isinstance(child.tag, str) and child.get("lang") is None
                and not _unseen(child) and _has_own_text(child)):
            return True
    return False


def _unseen(element: etree._Element) -> bool:
    """Hidden from sight and from screen readers alike (``aria-hidden`` alone is seen)."""
    return hides_itself(element) and (element.get("aria-hidden") or "").strip().lower() != "true"


@rule("AX192", "passage-language-valid", severity="warning",
      reference="WCAG 2.2 SC 3.1.2 Language of Parts", act=("de46e4",), wcag=("3.1.2",))
def check_passage_language_valid(ctx: CheckContext) -> Iterator[Finding]:
    """A passage marked as being in another language has a language code that is not real.

    When a passage is in Welsh, Polish or Urdu, its language setting lets screen readers
    switch voice. A code they do not know ("polish", "ur-PK-x", a blank) leaves the
    passage read with English sounds.

    Bad::

        <p lang="polish">Witamy w naszej szkole.</p>

    Good::

        <p lang="pl">Witamy w naszej szkole.</p>
    """
    document = ctx.document
    if document.main is not document.root and not sets_language_below_root(ctx):
        return  # (most pages) the language is set on <html> alone: no walk of the page
    for element in ctx.document.main.xpath("descendant-or-self::*[@lang]"):
        if element.get("lang") == "":
            continue
        declared = element.get("lang") or ""
        if is_known_language(declared) or not _has_own_text(element):
            continue
        if is_hidden(element, hidden_memo(ctx)):
            continue
        yield finding(
            f'This passage\'s language is set to "{declared.strip()}", which is not a language '
            'code screen readers know. Use a standard code, such as "cy" for Welsh, "pl" for '
            'Polish or "ur" for Urdu.',
            element=element,
            excerpt=declared.strip(),
        )


@rule("AX193", "xml-lang-without-lang", severity="warning",
      reference="WCAG 2.2 SC 3.1.2 Language of Parts", wcag=("3.1.2",))
def check_xml_lang_without_lang(ctx: CheckContext) -> Iterator[Finding]:
    """A passage's language is given only as xml:lang, which web browsers ignore.

    Text pasted from other programs sometimes carries ``xml:lang`` but no ``lang``. Screen
    readers in a web browser only look at ``lang``, so they read the passage in the
    page's language.

    Bad::

        <p xml:lang="cy">Croeso i'n hysgol.</p>

    Good::

        <p lang="cy" xml:lang="cy">Croeso i'n hysgol.</p>
    """
    if not any(map(ctx.document.attribute_names.__contains__, _XML_LANG_NAMES)):
        return  # (most pages) no xml:lang anywhere: no walk of the page for one
    for element in ctx.document.main.xpath(
            "descendant-or-self::*[@*[name()='xml:lang' or (local-name()='lang' and "
            "namespace-uri()='http://www.w3.org/XML/1998/namespace')]]"):
        if element.get("lang") is not None:
            continue
        declared = _xml_lang(element)
        if not (declared or "").strip() or is_hidden(element, hidden_memo(ctx)):
            continue
        yield finding(
            f'This passage\'s language ("{declared.strip() if declared else ""}") is given in '
            "a form web browsers ignore (xml:lang). Ask your web team to set lang as well, so "
            "screen readers switch language.",
            element=element,
            excerpt=declared or "",
        )
