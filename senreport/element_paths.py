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
    found = tree_paths(element).get(element)
    return found if found is not None else str(tree.getpath(element))


def tree_paths(element: etree._Element) -> dict[etree._Element, str]:
    """The paths of the elements of an element's tree below its root, as :func:`path_of`
    gives them (the root, and an element missing such as a namespaced one, are left to
    ``path_of``)."""
    root = element.getroottree().getroot()
    paths = _PATHS.get(root)
    if paths is None:
        paths = _all_paths(root)
        _PATHS[root] = paths
    return paths


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
        steps: list[str | None] = []
        counts: dict[str | None, int] = {}
        for child in children:
            tag = child.tag  # an element's own tag, most often: no call to _step
            step = tag if type(tag) is str and not tag.startswith("{") else _step(child)
            steps.append(step)
            counts[step] = counts.get(step, 0) + 1
        seen: dict[str, int] = {}
        for child, step in zip(children, steps, strict=True):
            if step is None:
                continue
            if counts[step] > 1:
                seen[step] = number = seen.get(step, 0) + 1
                paths[child] = f"{base}/{step}[{number}]"
            else:
                paths[child] = f"{base}/{step}"
            if len(child):
                pending.append((child, paths[child]))
    return paths
