"""Finding a page's main content: the part a school wrote, without the site's menus, banners,
sidebars and footers (by their markup, their roles and class names, or, on a page of plain
``<div>``s, by the column that holds nearly all of the text)."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from senreport.pseudo_headings import CONTENT_WORDS

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements whose text is never content.
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title"})
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_CHROME_WORDS = re.compile(
    r"(^|[-_\s])(cookie|cookies|consent|gdpr|nav|navbar|navigation|menu|sidebar|"
    r"site-footer|site-header|masthead|footer|header|breadcrumbs?|skip-link|widget-area|"
    r"social|share)(?=[-_\s]|$)",
    re.IGNORECASE,
)
_MAIN_SELECTORS = (
    "//main",
    "//*[@role='main']",
    "//article",
    "//*[@id='content' or @id='main-content' or @id='primary']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
)


def find_main(root: etree._Element, body: etree._Element) -> etree._Element:
    """The element holding the page's main content (menus, banners and footers left out)."""
    for selector in _MAIN_SELECTORS:
        found = [el for el in root.xpath(selector) if not is_chrome(el)]
        if found:
            if len(found) == 1:
                return found[0]  # (most pages) no text to weigh
            return max(found, key=lambda el: len(el.text_content()))
    return _most_text(body)


#: The share of a container's text one of its parts must hold to be taken as the content
#: without the rest (a page builder's content column beside its sidebar and top bar).
MOST_TEXT = 0.85
#: Elements that lay a page out in columns and bars.
_COLUMNS = frozenset({"div", "section", "article"})


def _most_text(element: etree._Element) -> etree._Element:
    """Going down from ``element`` while one part (menus and footers aside) holds nearly all
    of the text: a page written in plain ``<div>``s, its report in one column and a sidebar of
    news and contacts in another, is read from the report's column."""
    while True:
        parts = [(child, len(child.text_content())) for child in element
                 if isinstance(child.tag, str) and child.tag not in SKIP_TAGS
                 and not is_chrome(child)]
        total = sum(size for _, size in parts)
        largest = max(parts, key=lambda part: part[1], default=None)
        if largest is None or total == 0 or largest[1] < MOST_TEXT * total or any(
                child.tag not in _COLUMNS or child is not largest[0] and next(
                    child.iter("h1", "h2"), None) is not None for child, _ in parts):
            # A heading or a paragraph beside it, or a column with the page's title or a
            # section's heading in it, is content too.
            return element
        element = largest[0]


def is_chrome(element: etree._Element) -> bool:
    """Whether an element is site furniture rather than content."""
    if not isinstance(element.tag, str):
        return False
    # An aside inside the article or the page's content ("Key contacts" beside the report's
    # text) belongs to it, as HTML has it, unless its role or class marks it as the site's
    # (a sidebar of widgets or news): it is judged below as any other element.
    if element.tag in _CHROME_TAGS and not (element.tag == "aside" and _in_article(element)):
        # An article's or section's own header holds its title (and often its date): only
        # a header outside them is the site's banner, as HTML has it.
        if element.tag == "footer":
            # A quotation's own footer names who said it ("Mr Whitcombe, SENCO").
            return not any(True for _ in element.iterancestors("blockquote"))
        return element.tag != "header" or not _in_section(element)
    if not element.keys():
        return False  # no role, no hiding, no id or class
    if element.get("role") in _CHROME_ROLES:
        return True
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    if element.tag in HEADING_TAGS:
        return False
    if element.tag == "p" and _is_small_print(element):
        return True
    return _marks_chrome(f"{element.get('id', '')} {element.get('class', '')}")


#: Type smaller than a page's text: 10pt or less, 12px or less, "small" and smaller.
_SMALL_TYPE = re.compile(r"font-size\s*:\s*(?:(?:[1-9]|10)(?:\.\d+)?pt|"
                         r"(?:[1-9]|1[012])(?:\.\d+)?px|0?\.[0-7]\d*r?em|x*-?small|smaller)\b",
                         re.IGNORECASE)
#: An address, telephone number or e-mail address: what a letterhead's small print holds.
_CONTACT = re.compile(r"@|\b0\d{2,4}[ )]?\s?\d{3}\s?\d{3,4}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b")


def _is_small_print(element: etree._Element) -> bool:
    """A paragraph all in small type holding an address or a number (a letterhead's footer
    in a document saved from a word processor: "Oak School, Mill Lane ... Reception 01632
    960100"): the document's furniture, not its content."""
    inner = [element, *element]
    if not any(e.tag == "small" or "font-size" in (e.get("style") or "") for e in inner
               if isinstance(e.tag, str)):
        return False
    text = " ".join(element.text_content().split())
    if not text or len(text) > 400 or not _CONTACT.search(text):
        return False
    small = "".join(e.text_content() for e in inner if isinstance(e.tag, str) and (
        e.tag == "small" or _SMALL_TYPE.search(e.get("style") or "")))
    return len(small.replace(" ", "")) >= len(text.replace(" ", "")) - 1


@lru_cache(maxsize=1024)
def _marks_chrome(marker: str) -> bool:
    """Whether an element's id and class words name site furniture (the same few class
    names recur throughout a page: each is read once)."""
    if not marker.strip():
        return False
    found = {m.group(2).lower() for m in _CHROME_WORDS.finditer(marker)}
    if found == {"header"} and (CONTENT_WORDS.search(marker) or _OWN_HEADER.search(marker)):
        # the header of an accordion panel or a card (its question), or of a post (its
        # title): not the site's banner
        return False
    return bool(found)


#: Class words of a post's or article's own header ("entry-header", "post-header").
_OWN_HEADER = re.compile(r"(?:entry|post|article)[-_]header", re.IGNORECASE)
_SECTIONS = frozenset({"article", "main", "section"})


#: Class and id words of the element holding a page's content ("content-area", "entry-content").
_CONTENT_WORDS = re.compile(r"(^|[-_\s])(content|main|entry)(?=[-_\s]|$)", re.IGNORECASE)


def _in_article(element: etree._Element) -> bool:
    """Whether an element stands inside the article or the page's main content."""
    return any(ancestor.tag in ("article", "main") or ancestor.get("role") == "main"
               or _CONTENT_WORDS.search(f"{ancestor.get('id', '')} {ancestor.get('class', '')}")
               for ancestor in element.iterancestors())


def _in_section(element: etree._Element) -> bool:
    return any(ancestor.tag in _SECTIONS for ancestor in element.iterancestors())


def aria_heading_level(element: etree._Element) -> int:
    """The level of an element made a heading with ``role="heading"`` (a page builder's
    ``<div role="heading" aria-level="3">``), 2 when it gives none; 0 for any other element.
    Screen readers announce it as a heading, and readers see it as one."""
    if element.get("role") is None or element.get("role", "").strip().lower() != "heading":
        return 0
    given = element.get("aria-level", "").strip()
    return min(6, int(given)) if given.isdigit() and int(given) > 0 else 2
