"""``.. sen-report:: path/to/report.yaml`` — a school's report, rendered as the block renders it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from sphinx_senreport.diagnostics import use_report
from sphinx_senreport.reports import ReportRecord
from sphinx_senreport.state import SHOWN

if TYPE_CHECKING:
    from sphinx.writers.html5 import HTML5Translator


class sen_report_node(nodes.General, nodes.Element):  # noqa: N801 (docutils naming)
    """A school's report. HTML builders write ``node['html']`` (the block's own markup);
    other builders write the plain-text children instead."""


def visit_report_html(translator: HTML5Translator, node: sen_report_node) -> None:
    """Write the report exactly as the WordPress block's HTML, and skip the fallback."""
    translator.body.append(node["html"] + "\n")
    raise nodes.SkipNode


def visit_report_other(translator: Any, node: sen_report_node) -> None:
    """Other builders (LaTeX, text, man...) write the plain children."""


def depart_report_other(translator: Any, node: sen_report_node) -> None:
    """Nothing to close."""


class SenReportDirective(SphinxDirective):
    """Render a report file (YAML or JSON) with one heading per Schedule 1 item."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "no-warnings": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        record = use_report(self, SHOWN)
        if not isinstance(record, ReportRecord):
            return [record]
        node = sen_report_node(html=record.html, report=record.path)
        self.set_source_info(node)
        node.extend(plain_children(record))
        return [node]


def plain_children(record: ReportRecord) -> list[nodes.Node]:
    """The report as plain docutils nodes: for non-HTML builders and the search index."""
    out: list[nodes.Node] = []
    for heading, paragraphs in record.plain:
        out.append(nodes.rubric(text=heading))
        out.extend(nodes.paragraph(text=text) for text in paragraphs)
    return out
