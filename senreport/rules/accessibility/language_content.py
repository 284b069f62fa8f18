"""AX229 and AX230: a page, or a passage, marked as one language but plainly written in
another (English marked as Danish; a paragraph marked Polish that was rewritten in English).

Screen readers choose their voice and pronunciation from ``lang``: English text marked as
another language is read with that language's sounds and is hard to follow (WCAG 2.2 SC
3.1.1 Language of Page, 3.1.2 Language of Parts). Only mix-ups with English are judged, and
only on text long enough to be sure (:mod:`language_guess`).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.accessibility.language import sets_language_below_root
from senreport.rules.accessibility.language_guess import (
    LANGUAGE_NAMES,
    guess_language,
    words_of,
)
from senreport.rules.accessibility.language_match import primary
from senreport.rules.accessibility.language_tags import is_known_language
from senreport.rules.registry import rule

#: Text that is not read as part of the page's language.
_UNREAD = frozenset({"script", "style", "template", "noscript", "svg", "math", "code", "pre"})
#: Declared languages whose text looks like English to a word count (Scots).
_LIKE_ENGLISH = frozenset({"en", "sco"})
_WITH_LANG = etree.XPath(".//*[@lang]")
_HAS_LANG = etree.XPath("boolean(.//*[@lang])")


def _own_texts(element: etree._Element) -> Iterator[str]:
    """The text that takes its language from ``element``: its own, its descendants' that
    set no language of their own, and their images' alt text; not scripts or code."""
    if element.text:
        yield element.text
    stack = [iter(element)]  # children are reached one at a time: a long page is cut short
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if isinstance(child.tag, str) and child.tag not in _UNREAD and (
                child.get("lang") is None):
            if child.text:
                yield child.text
            if child.tag == "img" and child.get("alt"):
                yield child.get("alt") or ""
            stack.append(iter(child))
        if child.tail:  # (the text after a child is its parent's; word order is moot)
            yield child.tail


def _mix_up(declared: str, words: list[str]) -> str | None:
    """The language the text is plainly in, when it is English marked as another language
    or another language marked as English; None otherwise."""
    guessed = guess_language(words)
    if guessed is None:
        return None
    said = primary(declared)
    if guessed == "en" and said not in _LIKE_ENGLISH:
        return guessed
    if said == "en" and guessed != "en":
        return guessed
    return None


def _name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, f'"{code}"')


@rule("AX229", "page-language-wrong", severity="warning",
      reference="WCAG 2.2 SC 3.1.1 Language of Page", act=("ucwvc8",), wcag=("3.1.1",))
def check_page_language_wrong(ctx: CheckContext) -> Iterator[Finding]:
    """The page says it is in one language, but its text is plainly in another.

    Screen readers read the page in the language it declares. English text declared as
    Danish is read with Danish sounds, which is very hard to follow.

    Bad::

        <html lang="da"><head><title>SEN information report</title></head><body>
        <p>Our school welcomes every child. The SENCO works with parents and carers to plan
        the support that each child needs, and we review it with you every term. If you
        have any questions about the support for your child, please talk to us at any
        time.</p></body></html>

    Good::

        <html lang="en-GB"><head><title>SEN information report</title></head><body>
        <p>Our school welcomes every child. The SENCO works with parents and carers to plan
        the support that each child needs, and we review it with you every term. If you
        have any questions about the support for your child, please talk to us at any
        time.</p></body></html>
    """
    root = ctx.document.root
    if not ctx.document.is_page or root.tag != "html":
        return
    declared = (root.get("lang") or "").strip()
    if not is_known_language(declared):
        return  # missing or not valid: AX190 and AX191 say so
    head_title = root.find("head/title")
    body = root.find("body")
    title = [head_title.text or ""] if head_title is not None else []
    if body is None:
        words = words_of(title)
    elif not sets_language_below_root(ctx) or not _HAS_LANG(body):
        words = words_of([*title, ctx.document.text])  # the main content's, already read
    else:
        words = words_of(chain(title, _own_texts(body)))  # read only as far as needed
    found = _mix_up(declared, words)
    if found is not None:
        yield finding(
            f'This page says it is in {_name(primary(declared))} (lang="{declared}"), but its '
            f"text is in {_name(found)}, so screen readers will read it with the wrong "
            "pronunciation. Ask your web team to set the page's language to match (in "
            "WordPress, under Settings, General, Site Language).",
            element=root,
            excerpt=declared,
        )


@rule("AX230", "passage-language-wrong", severity="warning",
      reference="WCAG 2.2 SC 3.1.2 Language of Parts", act=("off6ek",), wcag=("3.1.2",))
def check_passage_language_wrong(ctx: CheckContext) -> Iterator[Finding]:
    """A passage says it is in one language, but is plainly written in another.

    Pages for families who speak other languages mark each translation with its language.
    When a marked passage is later rewritten in English (or an English passage is marked
    as English but holds another language), screen readers read it in the wrong voice.

    Bad::

        <div lang="pl"><p>Our school supports every child with special educational
        needs. If you have any questions, please contact the SENCO, who will answer them
        as soon as she can. Parents can also come to a meeting at the school on any
        Tuesday afternoon.</p></div>

    Good::

        <div lang="pl"><p>Nasza szkoła wspiera wszystkie dzieci ze specjalnymi potrzebami
        edukacyjnymi. Jeśli masz pytania, skontaktuj się z koordynatorem do spraw SEN,
        który odpowie na nie jak najszybciej. Rodzice mogą też przyjść na spotkanie w
        szkole w każdy wtorek po południu.</p></div>
    """
    if not sets_language_below_root(ctx):
        return
    for element in _WITH_LANG(ctx.document.main):
        declared = (element.get("lang") or "").strip()
        if element.tag in _UNREAD or not is_known_language(declared):
            continue
        found = _mix_up(declared, words_of(_own_texts(element)))
        if found is not None and not is_hidden(element, hidden_memo(ctx)):
            yield finding(
                f'This passage says it is in {_name(primary(declared))} (lang="{declared}"), '
                f"but it is written in {_name(found)}, so screen readers will read it with "
                "the wrong pronunciation. Change its language setting to match the text, or "
                "remove it.",
                element=element,
                excerpt=declared,
            )
