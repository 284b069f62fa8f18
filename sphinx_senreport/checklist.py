"""``.. schedule1-checklist:: path/to/report.yaml`` — the self-evaluation table, with evidence."""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from senreport.catalogue import SCHEDULE_1
from sphinx_senreport.diagnostics import use_report
from sphinx_senreport.reports import ItemNotes, ReportRecord
from sphinx_senreport.tables import cell, scrolling, table

#: The self-evaluation form's own columns (source 004) and the coverage values they show.
COLUMNS = (("in_place", "In place"), ("partly", "Partly"), ("not_in_place", "Not in place"))
#: A finding's severity as a word before its code.
SEVERITY_WORDS = {"error": "Error:", "warning": "Warning:", "info": "Note:"}


class Schedule1ChecklistDirective(SphinxDirective):
    """One row per Schedule 1 item: a tick under In place, Partly or Not in place, and why."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "no-warnings": directives.flag,
        "caption": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        record = use_report(self, "schedule1-checklist")
        if not isinstance(record, ReportRecord):
            return [record]
        caption = self.options.get("caption") or f"{record.school}: Schedule 1, item by item"
        container = nodes.container(classes=["senreport-checklist"])
        container += summary(record)
        container += scrolling(checklist_table(record, caption))
        self.set_source_info(container)
        return [container]


def summary(record: ReportRecord) -> nodes.paragraph:
    """One sentence of counts above the table."""
    required = len(record.items) - len(record.not_required)
    text = (f"{record.count('in_place')} of {required} required items in place, "
            f"{record.count('partly')} partly, {record.count('not_in_place')} not in place; "
            f"{_plural(record.errors, 'error')} and {_plural(record.warnings, 'warning')}.")
    return nodes.paragraph(text=text, classes=["senreport-summary"])


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def checklist_table(record: ReportRecord, caption: str) -> nodes.table:
    """The table itself: statutory wording, three mark columns, then comments."""
    notes = {entry.item: entry for entry in record.items}
    rows = []
    for item in SCHEDULE_1:
        row = [cell(f"{item.id}. {item.wording}")]
        for value, label in COLUMNS:
            if notes[item.id].value == value:
                mark = nodes.paragraph()
                mark += nodes.inline(text="✓", classes=["senreport-mark"])
                mark += nodes.inline(text=f" {label}", classes=["senreport-visually-hidden"])
                row.append(cell(mark, classes=["senreport-mark-cell"]))
            else:
                row.append(cell(""))
        row.append(cell(_comments(record, notes[item.id])))
        rows.append(row)
    header = ["Information about your school", *(label for _, label in COLUMNS), "Comments"]
    return table(caption, header, rows, widths=[40, 8, 8, 10, 40],
                 classes=["senreport-checklist-table"])


def _comments(record: ReportRecord, notes: ItemNotes) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    if not notes.applies:
        out.append(nodes.paragraph(text="Not required for this type of school."))
    for excerpt in notes.evidence:
        quote = nodes.block_quote()
        quote += nodes.paragraph(text=excerpt)
        out.append(quote)
    if notes.line is not None and notes.evidence:
        out.append(nodes.paragraph(text=f"{record.path}, line {notes.line}",
                                   classes=["senreport-where"]))
    for finding in record.findings:
        if finding.item == notes.item:
            # The severity in words as well as in colour.
            line = nodes.paragraph(classes=[f"senreport-{finding.severity}"])
            line += nodes.strong(text=SEVERITY_WORDS.get(finding.severity, finding.severity))
            line += nodes.Text(f" {finding.code}: {finding.message}")
            out.append(line)
    return out
