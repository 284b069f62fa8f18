"""Docutils tables built from rows of cells: a caption, header cells, a header column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

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
