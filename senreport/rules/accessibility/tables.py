"""AX rules on tables: header cells, and header cells tied to the cells they head."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import PRESENTATIONAL, hidden_memo, is_hidden, role_of
from senreport.rules.registry import rule

_HEADER_ROLES = frozenset({"columnheader", "rowheader"})


def data_tables(ctx: CheckContext) -> list[etree._Element]:
    """Tables a screen reader presents as tables (not hidden, not layout tables)."""
    scratch = ctx.document.scratch
    if "ax_tables" not in scratch:
        scratch["ax_tables"] = [
            t for t in ctx.document.elements("table")
            if role_of(t) not in PRESENTATIONAL and not is_hidden(t, hidden_memo(ctx))
        ]
    return scratch["ax_tables"]  # type: ignore[no-any-return]


def rows_of(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (not those of tables nested inside it)."""
    return [row for part in [table, *table.iterchildren("thead", "tbody", "tfoot")]
            for row in part.iterchildren("tr")]


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, min(int((cell.get(name) or "1").strip()), 1000))
    except ValueError:
        return 1


_ARIA_TABLES = frozenset({"table", "grid", "treegrid"})
_ARIA_CELLS = frozenset({"cell", "gridcell", "columnheader", "rowheader"})


def _aria_tables(ctx: CheckContext) -> list[etree._Element]:
    """Tables built of ARIA roles (``<div role="grid">``), shown to screen readers as tables."""
    if not ctx.document.has_attribute("role"):
        return []
    memo = hidden_memo(ctx)
    return [e for e in ctx.document.main.iter() if isinstance(e.tag, str) and e.tag != "table"
            and (e.get("role") or "").strip().lower() in _ARIA_TABLES and not is_hidden(e, memo)]


def _aria_grid(table: etree._Element) -> dict[tuple[int, int], etree._Element]:
    """An ARIA table's slots, (row, column) -> cell: its rows (``role="row"``, also inside
    row groups) and their cells in order."""
    slots: dict[tuple[int, int], etree._Element] = {}
    rows = [e for e in table.iterdescendants() if isinstance(e.tag, str)
            and (e.get("role") or "").strip().lower() == "row"]
    for r, row in enumerate(rows):
        cells = [e for e in row.iterchildren() if isinstance(e.tag, str)
                 and (e.get("role") or "").strip().lower() in _ARIA_CELLS]
        for c, cell in enumerate(cells):
            slots[(r, c)] = cell
    return slots


def grid(table: etree._Element) -> dict[tuple[int, int], etree._Element]:
    """The table's slots, (row, column) -> cell, with row and column spans spread out."""
    slots: dict[tuple[int, int], etree._Element] = {}
    for r, row in enumerate(rows_of(table)):
        c = 0
        for cell in row.iterchildren("td", "th"):
            while (r, c) in slots:
                c += 1
            for dr in range(_span(cell, "rowspan")):
                for dc in range(_span(cell, "colspan")):
                    slots[(r + dr, c + dc)] = cell
            c += _span(cell, "colspan")
    return slots


@rule("AX140", "table-headers", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_table_headers(ctx: CheckContext) -> Iterator[Finding]:
    """A table of information has no header cells.

    Screen readers use header cells to say which row and column each value is in.
    Without them a parent hears a stream of values with no way to tell what they mean.

    Bad::

        <table>
          <tr><td>Need</td><td>Support</td></tr>
          <tr><td>Reading</td><td>Daily phonics group</td></tr>
        </table>

    Good::

        <table>
          <tr><th>Need</th><th>Support</th></tr>
          <tr><td>Reading</td><td>Daily phonics group</td></tr>
        </table>
    """
    for table in data_tables(ctx):
        rows = rows_of(table)
        cells = [list(row.iterchildren("td", "th")) for row in rows]
        if len(rows) < 2 or max(len(row) for row in cells) < 2:
            continue
        if any(cell.tag == "th" or cell.get("role") in ("columnheader", "rowheader")
               for row in cells for cell in row):
            continue
        yield finding(
            "This table has no header cells. Make the first row (or first column) a header "
            '- in the editor, turn on "Header section" in the table settings - so screen '
            "readers can say which heading each value belongs to.",
            element=table,
        )


@rule("AX141", "table-headers-reference", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", act=("a25f45",), wcag=("1.3.1",))
def check_table_headers_reference(ctx: CheckContext) -> Iterator[Finding]:
    """A cell's list of headers names a cell that is not in the same table.

    Some tables tie each value to its headings by naming the heading cells' ids. A name
    that points nowhere, or at the cell itself, leaves the value without its heading.

    Bad::

        <table>
          <tr><th id="need">Need</th><th id="help">Support</th></tr>
          <tr><td headers="need">Reading</td><td headers="support">Phonics group</td></tr>
        </table>

    Good::

        <table>
          <tr><th id="need">Need</th><th id="help">Support</th></tr>
          <tr><td headers="need">Reading</td><td headers="help">Phonics group</td></tr>
        </table>
    """
    for table in data_tables(ctx):
        cells = list(grid(table).values())
        ids = {cell.get("id") for cell in cells if cell.get("id")}
        for cell in dict.fromkeys(cells):
            tokens = (cell.get("headers") or "").split()
            if cell.get("headers") is None:
                continue
            wrong = [t for t in tokens if t not in ids or t == cell.get("id")]
            if wrong or not tokens:
                yield finding(
                    "This cell says its headings are "
                    + (", ".join(f'"{t}"' for t in wrong) if wrong else "nothing")
                    + ", but no heading cell in this table has that anchor name (id). Point it "
                    "at the right heading cells, or remove the list of headings.",
                    element=cell,
                )


def _assigned(header: etree._Element, slots: dict[tuple[int, int], etree._Element],
              referenced: set[str]) -> bool:
    """Whether any other cell falls under a header cell (same row or column, or by id).

    Header cells count as well as data cells, as in HTML's own table model, where a row's
    header cell is itself headed by the column header above it.
    """
    if header.get("id") and header.get("id") in referenced:
        return True
    mine = [pos for pos, cell in slots.items() if cell is header]
    scope = (header.get("scope") or "").strip().lower()
    explicit = (header.get("role") or "").strip().lower()
    if scope in ("row", "rowgroup") or explicit == "rowheader":
        by_row, by_column = True, False
    elif scope in ("col", "colgroup") or explicit == "columnheader":
        by_row, by_column = False, True
    else:  # as browsers guess: a header beside values in its row heads that row too
        row = header.getparent()
        by_row = row is not None and any(True for _ in row.iterchildren("td"))
        by_column = True
    for r, c in mine:
        for (r2, c2), cell in slots.items():
            if cell is header or cell.get("headers") is not None:
                continue  # a cell that lists its headers is headed by those alone
            if (by_row and r2 == r) or (by_column and c2 == c):
                return True
    return False


@rule("AX142", "table-header-unused", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", act=("d0f69e",), wcag=("1.3.1",))
def check_table_header_unused(ctx: CheckContext) -> Iterator[Finding]:
    """A header cell heads no other cell in its table.

    A header cell with nothing under it or beside it (for example a heading row with no
    rows of values) tells a screen reader user about values that are not there.

    Bad::

        <table>
          <tr><th>Need</th><th>Support</th><th>Who</th></tr>
          <tr><td>Reading</td><td>Phonics group</td></tr>
        </table>

    Good::

        <table>
          <tr><th>Need</th><th>Support</th><th>Who</th></tr>
          <tr><td>Reading</td><td>Phonics group</td><td>Mrs Khan</td></tr>
        </table>
    """
    grids = [grid(t) for t in data_tables(ctx)] + [_aria_grid(t) for t in _aria_tables(ctx)]
    for slots in grids:
        referenced = {t for cell in slots.values() for t in (cell.get("headers") or "").split()}
        for header in dict.fromkeys(slots.values()):
            if role_of(header) not in _HEADER_ROLES or is_hidden(header, hidden_memo(ctx)):
                continue
            if not _assigned(header, slots, referenced):
                yield finding(
                    "This header cell has no values under it or beside it. Fill in the cells "
                    "it heads, or make it an ordinary cell.",
                    element=header,
                )
