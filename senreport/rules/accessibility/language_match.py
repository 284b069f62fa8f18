"""AX222: the page's language is given twice (``lang`` and ``xml:lang``) and the two
disagree, so screen readers may pick the wrong voice for the whole page.

Themes written for XHTML sometimes carry both. Browsers use ``lang``; some tools read
``xml:lang``; when one says French and the other English, the page is read in the wrong
accent by one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.language_tags import is_known_language
from senreport.rules.registry import rule

_XML_LANG = ("{http://www.w3.org/XML/1998/namespace}lang", "xml:lang")


def primary(tag: str) -> str:
    """A language tag's primary subtag, in lower case ("en" for "en-GB")."""
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]


@rule("AX222", "page-language-mismatch", severity="warning",
      reference="WCAG 2.2 SC 3.1.1 Language of Page", act=("5b7ae0",), wcag=("3.1.1",))
def check_page_language_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """The page gives its language twice (lang and xml:lang), and the two disagree.

    Web browsers read ``lang``; other tools read ``xml:lang``. When one says Welsh and the
    other English, a screen reader may read the whole page with the wrong pronunciation.

    Bad::

        <html lang="en-GB" xml:lang="cy"><head><title>SEN report</title></head><body>
        <p>Our SEN report</p></body></html>

    Good::

        <html lang="en-GB" xml:lang="en-GB"><head><title>SEN report</title></head><body>
        <p>Our SEN report</p></body></html>
    """
    root = ctx.document.root
    if not ctx.document.is_page or root.tag != "html":
        return
    lang = root.get("lang") or ""
    xml_lang = next((root.get(n) for n in _XML_LANG if root.get(n) is not None), None) or ""
    if not is_known_language(lang) or not xml_lang.strip():
        return
    if primary(lang) != primary(xml_lang):
        yield finding(
            f'The page\'s language is given twice, and the two disagree (lang="{lang.strip()}" '
            f'but xml:lang="{xml_lang.strip()}"), so some screen readers may read the page '
            "in the wrong language. Ask your web team to make them the same, or to remove "
            "xml:lang.",
            element=root,
            excerpt=f"{lang.strip()} / {xml_lang.strip()}",
        )
