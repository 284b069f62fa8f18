"""AX239: a table of information set inside a cell of another table of information.

Screen readers announce the row and column headers of the cell a reader is in; inside a
table within a cell they lose track of which table, row and column the reader is in, and
moving by row or column in the outer table jumps over or into the inner one (WCAG 2.2 SC
1.3.1 Info and Relationships). Only an outer table with header cells or a caption (a table
of information, not one used to lay out the page) is judged, and only an inner table that
screen readers present as a table.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.document import normalise_space
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import name_from_content
from senreport.rules.accessibility.tables import data_tables, rows_of
from senreport.rules.registry import rule


def _has_headers(table: etree._Element) -> bool:
    """Whether the table itself (not a table inside it) has header cells or a caption."""
    if any((c.text_content() or "").strip() for c in table.iterchildren("caption")):
        return True
    return any(cell.tag == "th" for row in rows_of(table) for cell in row)


@rule("AX239", "table-in-table", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_table_in_table(ctx: CheckContext) -> Iterator[Finding]:
    """A table sits inside a cell of another table.

    Screen readers read out which row and column each value is in; inside a table within
    a table they lose track of both. Put the inner table after the outer one, with its
    own heading.

    Bad::

        <table><tr><th>Year</th><th>Support</th></tr>
        <tr><td>Year 3</td><td><table><tr><th>Day</th><th>Group</th></tr>
        <tr><td>Monday</td><td>Phonics</td></tr></table></td></tr></table>

    Good::

        <table><tr><th>Year</th><th>Support</th></tr>
        <tr><td>Year 3</td><td>Phonics group (see the timetable below)</td></tr></table>
        <h3>Year 3 timetable</h3>
        <table><tr><th>Day</th><th>Group</th></tr><tr><td>Monday</td><td>Phonics</td></tr></table>
    """
    shown = data_tables(ctx)
    judged = {id(t) for t in shown}
    for table in shown:
        outer = next(table.iterancestors("table"), None)
        if outer is None or id(outer) not in judged or not _has_headers(outer):
            continue
        if len(rows_of(table)) < 2:
            continue  # a single row lays things side by side rather than tabulating them
        yield finding(
            "This table sits inside a cell of another table, so people using a screen "
            "reader lose track of which table, row and column they are in. Put it after "
            "the outer table, with its own heading, or write its contents as a list.",
            element=table,
            excerpt=normalise_space(name_from_content(table))[:160],
        )
