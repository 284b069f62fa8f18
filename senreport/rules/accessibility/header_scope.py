"""AX249: a table with heading cells both along the top and down the side that never says
which way each heading applies.

A screen reader reads a cell's headings with it ("Saturday, 08:00 - 12:00, open"). With
headings in two directions and no ``scope`` or ``headers`` settings, screen readers have to
guess which headings belong to a cell, and with two heading cells at the start of each row
they often guess wrong (WCAG 2.2 SC 1.3.1 Info and Relationships; technique H63 gives every
heading cell of such a table a scope). Found only where the markup shows both directions: a
shown data table whose top row is heading cells and whose every other row starts with a
heading cell, with data cells somewhere, no scope, headers or role setting anywhere in it,
and either an empty corner cell (a grid read two ways) or rows starting with two heading
cells. A worded corner heading ("Day") over one column of row headings is left alone:
screen readers read that plainly either way.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.tables import data_tables, rows_of
from senreport.rules.registry import rule

#: Settings that tie cells to their headings, or a table's own headings set by role.
_TIED = etree.XPath(".//*[@scope or @headers or @role]")


def _cells(row: etree._Element) -> list[etree._Element]:
    return [cell for cell in row.iterchildren("th", "td")]


def _both_ways(rows: list[etree._Element]) -> bool:
    """Whether the top row is headings and every other row starts with one."""
    if len(rows) < 3:
        return False
    top = _cells(rows[0])
    if len(top) < 3:
        return False
    corner, *rest = top
    if any(cell.tag != "th" for cell in rest):
        return False
    empty_corner = not (corner.text_content() or "").strip()
    if corner.tag != "th" and not empty_corner:
        return False
    below = [_cells(row) for row in rows[1:]]
    if not (all(cells and cells[0].tag == "th" for cells in below)
            and any(cell.tag == "td" for cells in below for cell in cells)):
        return False
    # a worded corner heading over one column of row headings reads plainly either way
    return empty_corner or any(len(cells) > 1 and cells[1].tag == "th" for cells in below)


@rule("AX249", "table-headings-both-ways", severity="info",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_table_headings_both_ways(ctx: CheckContext) -> Iterator[Finding]:
    """A table has headings along the top and down the side but not which way each applies.

    Screen readers read a cell's headings with it. With headings in two directions they
    have to guess which ones belong to a cell, and often guess wrong. Mark each heading as
    a column or row heading (its scope).

    Bad::

        <table><tr><td></td><th>Mon</th><th>Tue</th></tr>
        <tr><th>Morning</th><td>Open</td><td>Open</td></tr>
        <tr><th>Afternoon</th><td>Open</td><td>Closed</td></tr></table>

    Good::

        <table><tr><td></td><th scope="col">Mon</th><th scope="col">Tue</th></tr>
        <tr><th scope="row">Morning</th><td>Open</td><td>Open</td></tr>
        <tr><th scope="row">Afternoon</th><td>Open</td><td>Closed</td></tr></table>
    """
    for table in data_tables(ctx):
        if not _both_ways(rows_of(table)) or _TIED(table):
            continue
        yield finding(
            "This table has headings along the top and down the side, but does not say which "
            "way each heading applies, so screen readers may read the wrong heading with a "
            "cell. Ask whoever looks after the website to mark each heading cell as a column "
            "or row heading (scope=\"col\" or scope=\"row\").",
            element=table,
        )
