"""``.. schedule1-checklist:: path/to/report.yaml`` — the self-evaluation table, with evidence."""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from senreport.catalogue import SCHEDULE_1
from sphinx_senreport.config import settings
from sphinx_senreport.diagnostics import read_report, report_problem
from sphinx_senreport.reports import CheckedReport
from sphinx_senreport.state import ReportUse, page
from sphinx_senreport.tables import cell, table

#: The self-evaluation form's own columns (source 004) and the coverage values they show.
COLUMNS = (("in_place", "In place"), ("partly", "Partly"), ("not_in_place", "Not in place"))


class Schedule1ChecklistDirective(SphinxDirective):
    """One row per Schedule 1 item: a tick under In place, Partly or Not in place, and why."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "no-warnings": directives.flag,
        "caption": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        relpath, abspath = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(abspath)
        checked = read_report(abspath, relpath, settings(self.config))
        if isinstance(checked, str):
            return [report_problem(self, checked)]
        page(self.env, self.env.docname).uses.append(
            ReportUse(checked.record, "schedule1-checklist",
                      warn="no-warnings" not in self.options))
        caption = self.options.get("caption") or (
            f"{checked.record.school}: Schedule 1, item by item")
        container = nodes.container(classes=["senreport-checklist"])
        container += summary(checked)
        container += checklist_table(checked, caption)
        self.set_source_info(container)
        return [container]


def summary(checked: CheckedReport) -> nodes.paragraph:
    """One sentence of counts above the table."""
    record = checked.record
    required = len(record.coverage) - len(record.not_required)
    text = (f"{record.count('in_place')} of {required} required items in place, "
            f"{record.count('partly')} partly, {record.count('not_in_place')} not in place; "
            f"{_plural(record.errors, 'error')} and {_plural(record.warnings, 'warning')}.")
    return nodes.paragraph(text=text, classes=["senreport-summary"])


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def checklist_table(checked: CheckedReport, caption: str) -> nodes.table:
    """The table itself: statutory wording, three mark columns, then comments."""
    coverage = checked.result.coverage.items
    rows = []
    for item in SCHEDULE_1:
        decision = coverage[item.id]
        row = [cell(f"{item.id}. {item.wording}")]
        for value, label in COLUMNS:
            if decision.value == value:
                mark = nodes.paragraph()
                mark += nodes.inline(text="✓", classes=["senreport-mark"])
                mark += nodes.inline(text=f" {label}", classes=["senreport-visually-hidden"])
                row.append(cell(mark, classes=["senreport-mark-cell"]))
            else:
                row.append(cell(""))
        row.append(cell(_comments(checked, item.id)))
        rows.append(row)
    header = ["Information about your school", *(label for _, label in COLUMNS), "Comments"]
    return table(caption, header, rows, widths=[40, 8, 8, 10, 40],
                 classes=["senreport-checklist-table"])


def _comments(checked: CheckedReport, item_id: str) -> list[nodes.Node]:
    decision = checked.result.coverage.items[item_id]
    out: list[nodes.Node] = []
    if not decision.applies:
        out.append(nodes.paragraph(text="Not required for this type of school."))
    section = checked.lines.sections.get(item_id)
    for evidence in decision.evidence[:2]:
        quote = nodes.block_quote()
        quote += nodes.paragraph(text=evidence.excerpt)
        out.append(quote)
    if section is not None and decision.evidence:
        out.append(nodes.paragraph(text=f"{checked.record.path}, line {section[0]}",
                                   classes=["senreport-where"]))
    for finding in checked.result.findings:
        if finding.item == item_id:
            out.append(nodes.paragraph(text=f"{finding.code}: {finding.message}",
                                       classes=[f"senreport-{finding.severity}"]))
    return out
