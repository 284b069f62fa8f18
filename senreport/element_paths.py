"""Absolute XPaths of elements, every path of a tree worked out in one pass.

lxml's ``getpath`` counts an element's earlier siblings each time it is asked, so asking
for the path of every block of a flat page (16,000 headings side by side) took time
growing with the square of the page. Here the paths of a whole tree are written once, in
the same form as ``getpath`` (``/html/body/div/p[3]``), and kept while the tree lives.
"""

from __future__ import annotations

import weakref

from lxml import etree

_PATHS: weakref.WeakKeyDictionary[etree._Element, dict[etree._Element, str]] = (
    weakref.WeakKeyDictionary())


def path_of(element: etree._Element) -> str:
    """The absolute XPath of an element, as ``getpath`` writes it."""
    found = tree_paths(element).get(element)
    return found if found is not None else str(element.getroottree().getpath(element))


def tree_paths(element: etree._Element) -> dict[etree._Element, str]:
    """The paths of the elements of an element's tree, as :func:`path_of` gives them (an
    element missing, such as a namespaced one, is left to ``path_of``)."""
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
    paths: dict[etree._Element, str] = {}
    first = _step(root)
    if first is None:
        return paths
    paths[root] = "/" + first
    pending = [root]
    while pending:
        parent = pending.pop()
        base = paths[parent]
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
                pending.append(child)
    return paths
