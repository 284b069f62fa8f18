"""Where a finding stands in WordPress block markup: the path of block indexes to it.

The block editor shows a post as a tree of blocks; a finding on block markup is located by
the list of indexes from the top-level list down to the innermost block that holds the
element (``[0, 4, 2]``: the third block inside the fifth inside the first). Blocks are counted
as the editor shows them: the white space between blocks is not a block, while other HTML
standing between top-level blocks is one (the editor shows it as a Classic block); HTML
between the inner blocks of a block belongs to that block.

The parsed page keeps the block delimiters as comments, so the paths are read from the same
tree the rules looked at: no second parse, and the element a finding names is the one found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from senreport.findings import Finding, Location

_OPENER = re.compile(r"^\s*wp:[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?(\s+\{.*\})?\s*(?P<void>/)?$",
                     re.DOTALL)
_CLOSER = re.compile(r"^\s*/wp:[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?\s*$")

BlockPath = tuple[int, ...]


class _Walker:
    """One walk of the tree in document order, counting block delimiters on the way."""

    def __init__(self) -> None:
        self.counts: list[int] = [0]  # blocks seen so far at each open level
        self.path: list[int] = []  # the blocks open at this point
        self.freeform = False  # inside HTML standing between top-level blocks
        self.paths: dict[etree._Element, BlockPath] = {}
        self.lines: list[tuple[int, BlockPath]] = []

    def _open_freeform(self) -> None:
        if not self.path and not self.freeform:
            self.counts[0] += 1
            self.freeform = True

    def _current(self) -> BlockPath:
        if self.path:
            return tuple(self.path)
        return (self.counts[0] - 1,) if self.freeform else ()

    def text(self, text: str | None) -> None:
        if text and text.strip():
            self._open_freeform()

    def comment(self, node: etree._Element) -> None:
        body = node.text or ""
        opener = _OPENER.match(body)
        if opener:
            self.freeform = False
            index = self.counts[-1]
            self.counts[-1] += 1
            if not opener.group("void"):
                self.path.append(index)
                self.counts.append(0)
        elif _CLOSER.match(body) and self.path:
            self.path.pop()
            self.counts.pop()
            self.freeform = False

    def element(self, element: etree._Element) -> None:
        if not self.path:
            self._open_freeform()
        here = self._current()
        self.paths[element] = here
        if element.sourceline is not None and here:
            self.lines.append((element.sourceline, here))
        self.text(element.text)
        for child in element:
            if isinstance(child.tag, str):
                self.element(child)
            elif child.tag is etree.Comment:
                self.comment(child)
            self.text(child.tail)


def block_paths(body: etree._Element) -> tuple[dict[etree._Element, BlockPath],
                                                list[tuple[int, BlockPath]]]:
    """The block path of every element under ``body`` (its content, not itself), and the
    first block path seen on each source line."""
    walker = _Walker()
    walker.text(body.text)
    for child in body:
        if isinstance(child.tag, str):
            walker.element(child)
        elif child.tag is etree.Comment:
            walker.comment(child)
        walker.text(child.tail)
    return walker.paths, walker.lines


def locate_in_blocks(findings: list[Finding], root: etree._Element) -> list[Finding]:
    """The findings with ``block`` added to each location that can be placed in a block."""
    body = root.find("body")
    if body is None:
        return findings
    paths, lines = block_paths(body)
    tree = root.getroottree()
    located: list[Finding] = []
    for f in findings:
        path = _path_of(f.location, tree, paths, lines) if f.location else None
        if path and f.location is not None:
            f = replace(f, location=replace(f.location, block=path))
        located.append(f)
    return located


def _path_of(location: Location, tree: etree._ElementTree,
             paths: dict[etree._Element, BlockPath],
             lines: list[tuple[int, BlockPath]]) -> BlockPath | None:
    if location.xpath:
        try:
            found = tree.xpath(location.xpath)
        except etree.XPathError:
            found = []
        if found and isinstance(found, list) and isinstance(found[0], etree._Element):
            path = paths.get(found[0])
            if path:
                return path
    if location.line is not None:
        for line, path in lines:
            if line >= location.line:
                return path
    return None
