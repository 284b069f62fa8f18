"""AX247: a table used to lay out a page (a menu in one cell, headings and passages in
another) that screen readers still present as a table.

People hear "table, 1 row, 2 columns" and move cell by cell through what is really the
page's layout, and the parts are read in table order (WCAG 2.2 SC 1.3.1 Info and
Relationships: the markup says the content is a grid of data when it is not). Found only
where no data table would look like this: a shown table with no role, no header cells,
caption, summary or scope/headers settings, whose cells hold a heading or a page area
(navigation, main, header, footer, aside, form). A note: layout tables are allowed when
marked ``role="presentation"``, and the best fix is the page's own columns.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

#: Table parts or settings that say the table holds information.
_DATA_MARKS = etree.XPath(".//th | .//caption | .//*[@scope] | .//*[@headers]")
#: Parts a table of information does not put in its cells.
_PAGE_PARTS = etree.XPath(
    ".//td//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
    " or self::nav or self::main or self::header or self::footer or self::aside"
    " or self::form or @role='heading' or @role='navigation']")


@rule("AX247", "layout-table", severity="info",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships", wcag=("1.3.1",))
def check_layout_table(ctx: CheckContext) -> Iterator[Finding]:
    """A table is used to lay out the page, but screen readers present it as a table.

    People hear the rows and columns of a grid that holds no information, and move cell by
    cell through the page. Use the page's own columns instead, or mark the table
    ``role="presentation"``.

    Bad::

        <table><tr><td><ul><li><a href="/">Home</a></li></ul></td>
        <td><h2>Welcome</h2><p>...</p></td></tr></table>

    Good::

        <div class="wp-block-columns"><nav>...</nav><div><h2>Welcome</h2><p>...</p></div></div>
    """
    for table in ctx.document.elements("table"):
        if (table.get("role") or "").strip() or table.get("summary") is not None:
            continue
        if not _PAGE_PARTS(table) or _DATA_MARKS(table):
            continue
        if any(True for _ in table.iterancestors("table")):
            continue  # the outer table is the one to change
        if is_hidden(table, hidden_memo(ctx)):
            continue
        yield finding(
            "This table is used to lay out the page (it holds headings or menus, not "
            "information in rows and columns), but screen readers still announce a table and "
            "read it cell by cell. Ask whoever looks after the website to lay the page out "
            "with columns instead, or to mark the table as layout (role=\"presentation\").",
            element=table,
        )
