"""Bold, underlined or larger type given by a class in the page's own style sheet.

Google Docs' published pages, and some exports from word processors, mark their headings
only with a class (``<p class="c4"><span class="c7">Our approach</span></p>``) whose rule
in the page's ``<style>`` makes the words bold and larger. A reader sees a heading: the
words that stand out are given the same inline style their class gives them, so they are
read as any bold or larger words are.
"""

from __future__ import annotations

import re

from lxml import etree

from senreport.pseudo_headings import STANDOUT_STYLE

#: A rule for one class: ".c7{font-weight:700;font-size:14pt}" (its selector, its body).
_CLASS_RULE = re.compile(r"(?<![\w-])\.([A-Za-z_][\w-]*)\s*\{([^}]*)\}")


def standout_classes(root: etree._Element) -> dict[str, str]:
    """Each class the page's style sheets make bold, underlined or larger, with the
    declarations that do."""
    found: dict[str, str] = {}
    for style in root.iter("style"):
        text = style.text or ""
        if "font-" not in text and "underline" not in text:
            continue
        for rule in _CLASS_RULE.finditer(text):
            declarations = [d.strip() for d in rule.group(2).split(";")
                            if STANDOUT_STYLE.search(d)]
            if declarations:
                found[rule.group(1)] = ";".join(declarations)
    return found


def inline_class_styles(root: etree._Element, main: etree._Element) -> None:
    """Give the elements of the main content whose class makes their words stand out the
    style their class gives them (in place; nothing when the page has no such class)."""
    classes = standout_classes(root)
    if not classes:
        return
    for element in main.iter():
        given = element.get("class") if isinstance(element.tag, str) else None
        if not given:
            continue
        styles = [classes[name] for name in given.split() if name in classes]
        if styles:
            own = element.get("style")
            element.set("style", ";".join([own, *styles] if own else styles))
