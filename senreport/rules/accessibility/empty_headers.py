"""AX241: a header cell (``<th>``) with nothing in it, often the top left corner of a
timetable whose first row and first column are both headers.

Screen readers read a cell's headers before its value; an empty header is read as
nothing ("blank"), or the column or row it heads is announced with no name (WCAG 2.2 SC
1.3.1 Info and Relationships; axe's empty-table-header). A note: the corner cell is a
small barrier, and the fix is easy: words in it ("Day"), or an ordinary cell.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import accessible_name, hidden_memo, is_hidden
from senreport.rules.accessibility.tables import data_tables, rows_of
from senreport.rules.registry import rule


@rule("AX241", "table-header-empty", severity="info",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_table_header_empty(ctx: CheckContext) -> Iterator[Finding]:
    """A header cell in a table is empty.

    Screen readers read each value's headers first; an empty header says nothing, so a
    parent hears "blank" or a column with no name. Type what the column or row holds, or
    make the cell an ordinary one.

    Bad::

        <table><tr><th></th><th>Monday</th><th>Tuesday</th></tr>
        <tr><th>Morning</th><td>Phonics</td><td>Maths</td></tr></table>

    Good::

        <table><tr><th>Time</th><th>Monday</th><th>Tuesday</th></tr>
        <tr><th>Morning</th><td>Phonics</td><td>Maths</td></tr></table>
    """
    memo = hidden_memo(ctx)
    for table in data_tables(ctx):
        for row in rows_of(table):
            for header in row.iterchildren("th"):
                if (header.get("role") or "").strip() or accessible_name(header):
                    continue
                if not is_hidden(header, memo):
                    yield finding(
                        "This header cell is empty, so screen readers read out nothing, or a "
                        "row or column with no name, for the values it heads. Type what the "
                        "row or column holds (for example \"Time\"), or make it an ordinary "
                        "cell.",
                        element=header,
                        excerpt="",
                    )
