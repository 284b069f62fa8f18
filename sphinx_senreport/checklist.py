"""``.. schedule1-checklist:: path/to/report.yaml`` — the self-evaluation table, with evidence."""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from senreport.catalogue import SCHEDULE_1
from sphinx_senreport.diagnostics import use_report
from sphinx_senreport.i18n import N_, _, plural
from sphinx_senreport.reports import ItemNotes, ReportRecord
from sphinx_senreport.tables import cell, scrolling, table

#: The self-evaluation form's own columns (source 004) and the coverage values they show.
COLUMNS = (("in_place", N_("In place")), ("partly", N_("Partly")),
           ("not_in_place", N_("Not in place")))
#: A finding's severity as a word before its code.
SEVERITY_WORDS = {"error": N_("Error:"), "warning": N_("Warning:"), "info": N_("Note:")}


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
        caption = self.options.get("caption") or _(
            "{school}: Schedule 1, item by item").format(school=record.school)
        container = nodes.container(classes=["senreport-checklist"])
        container += summary(record)
        container += scrolling(checklist_table(record, caption))
        self.set_source_info(container)
        return [container]


def summary(record: ReportRecord) -> nodes.paragraph:
    """One sentence of counts above the table."""
    required = len(record.items) - len(record.not_required)
    text = _("{in_place} of {required} required items in place, {partly} partly, "
             "{gaps} not in place; {errors} and {warnings}.").format(
        in_place=record.count("in_place"), required=required, partly=record.count("partly"),
        gaps=record.count("not_in_place"),
        errors=plural(record.errors, "1 error", "{count} errors"),
        warnings=plural(record.warnings, "1 warning", "{count} warnings"))
    return nodes.paragraph(text=text, classes=["senreport-summary"])


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
                mark += nodes.inline(text=f" {_(label)}",
                                     classes=["senreport-visually-hidden"])
                row.append(cell(mark, classes=["senreport-mark-cell"]))
            else:
                row.append(cell(""))
        row.append(cell(_comments(record, notes[item.id])))
        rows.append(row)
    header = [_("Information about your school"), *(_(label) for __, label in COLUMNS),
              _("Comments")]
    return table(caption, header, rows, widths=[40, 8, 8, 10, 40],
                 classes=["senreport-checklist-table"])


def _comments(record: ReportRecord, notes: ItemNotes) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    if not notes.applies:
        out.append(nodes.paragraph(text=_("Not required for this type of school.")))
    for excerpt in notes.evidence:
        quote = nodes.block_quote()
        quote += nodes.paragraph(text=excerpt)
        out.append(quote)
    if notes.line is not None and notes.evidence:
        out.append(nodes.paragraph(text=_("{path}, line {line}").format(
                                       path=record.path, line=notes.line),
                                   classes=["senreport-where"]))
    for finding in record.findings:
        if finding.item == notes.item:
            # The severity in words as well as in colour.
            line = nodes.paragraph(classes=[f"senreport-{finding.severity}"])
            line += nodes.strong(text=_(SEVERITY_WORDS.get(finding.severity,
                                                           finding.severity)))
            line += nodes.Text(f" {finding.code}: {finding.message}")
            out.append(line)
            if finding.accepted:
                known = nodes.paragraph(classes=["senreport-accepted"])
                known += nodes.strong(text=_("Accepted:"))
                known += nodes.Text(f" {finding.accepted}")
                out.append(known)
    return out
