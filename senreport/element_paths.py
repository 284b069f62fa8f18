"""Absolute XPaths of elements, every path of a tree worked out in one pass.

lxml's ``getpath`` counts an element's earlier siblings each time it is asked, so asking
for the path of every block of a flat page (16,000 headings side by side) took time
growing with the square of the page. Here the paths of a whole tree are written once, in
the same form as ``getpath`` (``/html/body/div/p[3]``), and kept while the tree's root
element lives.

The map of a tree is kept under its root in a weak dictionary, so it must not hold the root
itself: a value that refers to its own key keeps both alive for ever, and every page the
sidecar checked stayed in memory (its whole tree) for the life of the worker.
"""

from __future__ import annotations

import weakref
from collections import Counter

from lxml import etree

_PATHS: weakref.WeakKeyDictionary[etree._Element, dict[etree._Element, str]] = (
    weakref.WeakKeyDictionary())


def path_of(element: etree._Element) -> str:
    """The absolute XPath of an element, as ``getpath`` writes it."""
    tree = element.getroottree()
    root = tree.getroot()
    if element is root:
        step = _step(root)
        return "/" + step if step is not None else str(tree.getpath(element))
    paths = _PATHS.get(root)
    if paths is None:
        paths = _all_paths(root)
        _PATHS[root] = paths
    found = paths.get(element)
    return found if found is not None else str(tree.getpath(element))


def _step(node: etree._Element) -> str | None:
    tag = node.tag
    if isinstance(tag, str):
        return None if tag.startswith("{") else tag  # namespaced: left to getpath
    if isinstance(node, etree._Comment):
        return "comment()"
    if isinstance(node, etree._ProcessingInstruction):
        return "processing-instruction()"
    return None


def _all_paths(root: etree._Element) -> dict[etree._Element, str]:
    """The path of every element under ``root`` (``root`` itself left out: see above)."""
    paths: dict[etree._Element, str] = {}
    first = _step(root)
    if first is None:
        return paths
    pending: list[tuple[etree._Element, str]] = [(root, "/" + first)]
    while pending:
        parent, base = pending.pop()
        children = list(parent)
        steps = [_step(child) for child in children]
        counts = Counter(steps)
        seen: Counter[str] = Counter()
        for child, step in zip(children, steps, strict=True):
            if step is None:
                continue
            seen[step] += 1
            paths[child] = f"{base}/{step}[{seen[step]}]" if counts[step] > 1 else f"{base}/{step}"
            if len(child):
                pending.append((child, paths[child]))
    return paths
