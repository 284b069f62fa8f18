"""Docutils tables built from rows of cells: a caption, header cells, a header column."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, TypeAlias

from docutils import nodes

#: A cell: text, a node, or several nodes; with optional classes for colouring.
Cell: TypeAlias = str | nodes.Node | Sequence[nodes.Node]


def cell(content: Cell, classes: Sequence[str] = ()) -> nodes.entry:
    """One table cell."""
    entry = nodes.entry(classes=list(classes))
    if isinstance(content, str):
        if content:
            entry += nodes.paragraph(text=content)
    elif isinstance(content, nodes.Node):
        inline = isinstance(content, (nodes.Inline, nodes.Text))
        entry += nodes.paragraph("", "", content) if inline else content
    else:
        for child in content:
            entry += child
    return entry


def table(caption: str, header: Sequence[Cell], rows: Sequence[Sequence[nodes.entry]],
          widths: Sequence[int] | None = None, classes: Sequence[str] = (),
          row_header: bool = True) -> nodes.table:
    """A table with a caption, one header row and (by default) a header column.

    The caption becomes ``<caption>``, the header row ``<th>`` cells and the first column
    ``<th>`` cells (a stub column), so a screen reader names each cell by row and column.
    """
    columns = len(header)
    node = nodes.table(classes=["senreport-table", *classes])
    node += nodes.title(text=caption)
    group = nodes.tgroup(cols=columns)
    node += group
    for index, width in enumerate(widths or [1] * columns):
        spec = nodes.colspec(colwidth=width)
        if row_header and index == 0:
            spec["stub"] = 1
        group += spec
    head = nodes.thead()
    head_row = nodes.row()
    for content in header:
        head_row += cell(content)
    head += head_row
    group += head
    body = nodes.tbody()
    for cells in rows:
        row = nodes.row()
        row.extend(cells)
        body += row
    group += body
    return node


class senreport_scroll(nodes.General, nodes.Element):  # noqa: N801 (docutils naming)
    """A table's own scrolling area: a wide table scrolls inside its column, not the page."""


def scrolling(node: nodes.table) -> senreport_scroll:
    """Wrap a table in a scrolling area named by its caption (keyboard users can scroll it)."""
    caption = node[0].astext() if node.children and isinstance(node[0], nodes.title) else ""
    region = senreport_scroll(label=caption)
    region += node
    return region


def visit_scroll_html(translator: Any, node: senreport_scroll) -> None:
    """``<div role="region" tabindex="0">``: focusable, so the keyboard can scroll it."""
    label = html.escape(node["label"] or "Table", quote=True)
    translator.body.append(f'<div class="senreport-scroll" role="region" tabindex="0" '
                           f'aria-label="{label}">\n')


def depart_scroll_html(translator: Any, node: senreport_scroll) -> None:
    translator.body.append("</div>\n")


def pass_through(translator: Any, node: nodes.Element) -> None:
    """Other builders write the table as usual."""
