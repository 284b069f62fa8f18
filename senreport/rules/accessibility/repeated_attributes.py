"""AX231: a tag that gives the same setting twice (``alt="" alt="Our SENCO"``).

Web browsers keep the first and silently drop the rest, so the one the editor meant may be
lost: an image whose real description comes second is read as decoration. This is found in
the markup as written, since the parsed page no longer holds the second setting. Text
pasted from other pages and hand-edited HTML blocks bring such slips.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.registry import rule

#: What holds no tags: comments, and the text of scripts, styles and the like.
_NOT_TAGS = re.compile(r"<!--.*?(?:-->|$)|<(script|style|textarea|title|xmp|noscript)\b[^>]*>"
                       r".*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
#: A start tag with two settings or more (one setting cannot repeat).
_TWO_SETTINGS = re.compile(r"""<([a-zA-Z][^\s/>]*)(\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|"""
                           r"""[^\s"'>]+))?\s+[^\s"'>/=][^<>]*)>""")
_VALUE = re.compile(r"""\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*)""")
_ANY_START_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")


def repeated_settings(markup: str) -> Iterator[tuple[str, str, list[str], int, int]]:
    """Each start tag that repeats a setting: its name, the setting, the values it is
    given, the line it starts on and how many tags of its name come before it."""
    candidates = []
    for tag in _TWO_SETTINGS.finditer(markup):  # (a quick look first: repeats are rare)
        names = _VALUE.sub("", tag.group(2)).lower().split()
        if len(names) != len(set(names)):
            candidates.append(tag)
    if not candidates:
        return
    unread = [(m.start(), m.end()) for m in _NOT_TAGS.finditer(markup)]

    def is_read(position: int) -> bool:
        """Whether a position is in markup (not in a comment, script or the like)."""
        at = bisect_right(unread, (position, len(markup) + 1))
        return not (at and unread[at - 1][0] <= position < unread[at - 1][1])

    repeats = []
    for tag in candidates:
        found = [(n.lower(), v) for n, v in _ATTRIBUTE.findall(tag.group(2))]
        names = [n for n, _ in found]
        if len(names) != len(set(names)) and is_read(tag.start()):
            repeats.append((tag, found, names))
    if not repeats:
        return
    seen: dict[str, int] = {}
    before: dict[int, int] = {}  # a repeating tag's start -> tags of its name before it
    starts = {tag.start() for tag, _, _ in repeats}
    for any_tag in _ANY_START_TAG.finditer(markup):
        if not is_read(any_tag.start()):
            continue
        name = any_tag.group(1).lower()
        if any_tag.start() in starts:
            before[any_tag.start()] = seen.get(name, 0)
        seen[name] = seen.get(name, 0) + 1
    line, counted = 1, 0
    for tag, found, names in repeats:
        line += markup.count("\n", counted, tag.start())
        counted = tag.start()
        times = Counter(names)
        for setting in (n for n in times if times[n] > 1):
            values = [v.strip("\"'") for n, v in found if n == setting]
            yield tag.group(1).lower(), setting, values, line, before.get(tag.start(), 0)


def _element(root: etree._Element, name: str, before: int,
             found: dict[str, list[etree._Element]]) -> etree._Element | None:
    """The element a start tag made: the same count of its name in document order."""
    if name not in found:
        found[name] = list(root.iter(name))
    return found[name][before] if before < len(found[name]) else None


@rule("AX231", "attribute-repeated", severity="info",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value (good practice: HTML's parsing rules)",
      act=("e6952f",), wcag=("4.1.2",))
def check_attribute_repeated(ctx: CheckContext) -> Iterator[Finding]:
    """A tag gives the same setting twice; web browsers use only the first.

    When an image's alt text or a link's address is written twice, the second is ignored,
    and it may be the one you meant.

    Bad::

        <img src="/uploads/senco.jpg" alt="" alt="Mrs Khan, our SENCO">

    Good::

        <img src="/uploads/senco.jpg" alt="Mrs Khan, our SENCO">
    """
    markup = ctx.document.scratch.get("markup")
    if not isinstance(markup, str):
        return
    made: dict[str, list[etree._Element]] = {}
    for name, setting, values, line, before in repeated_settings(markup):
        element = _element(ctx.document.root, name, before, made)
        used = values[0] if values[0] else "(empty)"
        yield finding(
            f'This <{name}> gives its "{setting}" setting {len(values)} times; web browsers '
            f'use only the first ({used[:60]}) and ignore the rest. Delete the one you did '
            "not mean (in WordPress, edit the block as HTML).",
            element=element,
            line=None if element is not None else line,
            excerpt=f'{setting}: {" / ".join(v[:40] for v in values)}',
        )
