"""Bounded parsing: every YAML or JSON input is measured before it is built.

A 359-byte YAML file whose aliases refer to aliases expands to a billion values, and
50,000 nested brackets exhaust Python's stack. Both are refused here, in one pass of the
parser's event stream (libyaml's when it is there), before any value is constructed.
"""

from __future__ import annotations

import re

import yaml

#: Deeper nesting is refused: a report is about five levels deep.
MAX_DEPTH = 64
#: At most this many values after aliases are expanded (a long report has a few thousand).
MAX_VALUES = 200_000
#: Larger YAML or JSON text is refused (the biggest real report is well under 1 MB).
MAX_TEXT_CHARS = 8 * 1024 * 1024

_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class LimitError(ValueError):
    """Input refused because reading it would take unbounded time or memory.

    ``status`` is the HTTP status the sidecar answers with (413 for size, 400 otherwise).
    """

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _too_deep(source: str) -> LimitError:
    return LimitError(f"{source}: the data is nested more than {MAX_DEPTH} levels deep, "
                      "which no report needs; it was not read")


def check_size(text: str, source: str) -> None:
    """Refuse text longer than :data:`MAX_TEXT_CHARS`."""
    if len(text) > MAX_TEXT_CHARS:
        raise LimitError(f"{source}: the file is too large ({len(text) // (1024 * 1024)} MB); "
                         f"senreport reads reports up to {MAX_TEXT_CHARS // (1024 * 1024)} MB",
                         status=413)


def check_yaml(text: str, source: str = "report") -> None:
    """Refuse YAML that is too large, too deep or whose aliases expand too far.

    Syntax errors are left for the real loader, which words them with a line number.
    """
    check_size(text, source)
    if "&" not in text and not any(c in text for c in "[{-:"):
        return  # a plain scalar: nothing can nest or repeat
    try:
        _measure(_PARSER(text), source)
    except yaml.YAMLError as error:
        # libyaml has a nesting limit of its own (1,000 levels), which its look-ahead can
        # reach before our count does; anything else is a syntax error for the loader to word.
        if "nesting depth" in str(error):
            raise _too_deep(source) from None


def _measure(loader: yaml.SafeLoader, source: str) -> None:
    anchors: dict[str, int] = {}
    # Each open collection: [values inside it so far, its anchor].
    stack: list[list[int | str | None]] = []
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                return
            size = 0
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    raise _too_deep(source)
                stack.append([1, event.anchor])
                continue
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                count, anchor = stack.pop()
                size = int(count or 0)
                if isinstance(anchor, str):
                    anchors[anchor] = size
            elif isinstance(event, yaml.ScalarEvent):
                size = 1
                if event.anchor:
                    anchors[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                size = anchors.get(event.anchor or "", 1)
            else:
                continue
            if stack:
                total = int(stack[-1][0] or 0) + size
                stack[-1][0] = total
                if total > MAX_VALUES:
                    raise LimitError(
                        f"{source}: the file repeats parts of itself (YAML aliases) so often "
                        f"that it would hold more than {MAX_VALUES:,} values; it was not read")
    finally:
        loader.dispose()


def check_json(text: str, source: str = "the request") -> None:
    """Refuse JSON that is too large or nested too deeply (one linear scan, no parsing)."""
    check_size(text, source)
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        mark = token.group(0)
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(source)
        elif mark in "]}":
            depth -= 1
