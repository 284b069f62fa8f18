"""WordPress block markup: parse the block grammar and write it back.

The grammar is the one ``post_content`` holds: ``<!-- wp:name {json} -->`` ...
``<!-- /wp:name -->``, or self-closing ``<!-- wp:name {json} /-->``; a name without
a namespace is a ``core/`` block. Text between blocks is kept as freeform HTML.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from senreport.limits import LimitError, check_json

_DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<name>[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)\s+"
    r"(?P<attrs>\{.*?\}\s+)?(?P<void>/)?-->",
    re.DOTALL,
)


class BlockSyntaxError(ValueError):
    """Block markup whose delimiters do not match up."""


@dataclass
class ParsedBlock:
    """A block: its name, attributes, inner blocks and the HTML between them."""

    name: str | None  # None for freeform HTML between blocks
    attrs: dict[str, Any] = field(default_factory=dict)
    inner: list[ParsedBlock] = field(default_factory=list)
    #: The block's markup in order: strings of HTML and None where an inner block sits.
    content: list[str | None] = field(default_factory=list)
    start: int = 0
    end: int = 0

    @property
    def inner_html(self) -> str:
        """The block's own HTML, inner blocks left out."""
        return "".join(piece for piece in self.content if piece is not None)


def has_blocks(text: str) -> bool:
    """Whether text holds block markup."""
    return _DELIMITER.search(text) is not None


def parse_blocks(text: str) -> list[ParsedBlock]:
    """Parse block markup into top-level blocks (freeform HTML between them kept)."""
    root = ParsedBlock(name="__root__")
    stack: list[ParsedBlock] = [root]
    position = 0
    for match in _DELIMITER.finditer(text):
        _add_html(stack[-1], text[position:match.start()], position)
        position = match.end()
        name = _full_name(match.group("name"))
        if match.group("closer"):
            if len(stack) == 1 or stack[-1].name != name:
                line = text.count("\n", 0, match.start()) + 1
                raise BlockSyntaxError(f"line {line}: closing {name} block that was not opened")
            block = stack.pop()
            block.end = match.end()
            stack[-1].inner.append(block)
            stack[-1].content.append(None)
            continue
        attrs: dict[str, Any] = {}
        if match.group("attrs"):
            try:
                check_json(match.group("attrs"), f"the settings of the {name} block")
            except LimitError as error:
                raise BlockSyntaxError(str(error)) from None
            try:
                loaded = json.loads(match.group("attrs"))
            except json.JSONDecodeError as error:
                line = text.count("\n", 0, match.start()) + 1
                raise BlockSyntaxError(
                    f"line {line}: the settings of the {name} block are not valid JSON"
                ) from error
            attrs = loaded if isinstance(loaded, dict) else {}
        block = ParsedBlock(name=name, attrs=attrs, start=match.start())
        if match.group("void"):
            block.end = match.end()
            stack[-1].inner.append(block)
            stack[-1].content.append(None)
        else:
            stack.append(block)
    _add_html(stack[-1], text[position:], position)
    if len(stack) > 1:
        raise BlockSyntaxError(f"the {stack[-1].name} block is never closed")
    return _top_level(root)


def _top_level(root: ParsedBlock) -> list[ParsedBlock]:
    result: list[ParsedBlock] = []
    inner = iter(root.inner)
    for piece in root.content:
        if piece is None:
            result.append(next(inner))
        elif piece.strip():
            result.append(ParsedBlock(name=None, content=[piece]))
    return result


def _add_html(block: ParsedBlock, html: str, _position: int) -> None:
    if html:
        block.content.append(html)


def _full_name(name: str) -> str:
    return name if "/" in name else f"core/{name}"


def _short_name(name: str) -> str:
    return name[5:] if name.startswith("core/") else name


def opener(name: str, attrs: dict[str, Any] | None = None, void: bool = False) -> str:
    """The opening (or self-closing) comment delimiter of a block."""
    parts = [f"<!-- wp:{_short_name(name)}"]
    if attrs:
        parts.append(serialise_attrs(attrs))
    parts.append("/-->" if void else "-->")
    return " ".join(parts)


def closer(name: str) -> str:
    """The closing comment delimiter of a block."""
    return f"<!-- /wp:{_short_name(name)} -->"


_JSON_ESCAPE = re.compile(r'\\(.)', re.DOTALL)


def serialise_attrs(attrs: dict[str, Any]) -> str:
    """Block attributes as WordPress's ``serialize_block_attributes`` writes them: JSON with
    ``--`` ``<`` ``>`` ``&`` and escaped quotes written as ``\\u`` escapes, so no value can
    end the comment the attributes sit in."""
    text = json.dumps(attrs, ensure_ascii=False, separators=(",", ":"))
    text = (
        text.replace("--", "\\u002d\\u002d")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    # Escapes are read pairwise, so an escaped backslash before a quote is left alone.
    return _JSON_ESCAPE.sub(lambda m: "\\u0022" if m.group(1) == '"' else m.group(0), text)


def wrap(name: str, inner: str, attrs: dict[str, Any] | None = None) -> str:
    """A block around some markup."""
    return f"{opener(name, attrs)}\n{inner}\n{closer(name)}"
