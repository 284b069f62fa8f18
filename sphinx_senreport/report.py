"""``.. sen-report:: path/to/report.yaml`` — a school's report, rendered as the block renders it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from lxml import html as lxml_html
from sphinx.util.docutils import SphinxDirective

from senreport.model import Report
from senreport.writers.common import generated_for, heading_of
from senreport.writers.html import render_html
from sphinx_senreport.config import settings
from sphinx_senreport.diagnostics import read_report, report_problem
from sphinx_senreport.state import SHOWN, ReportUse, page

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
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        relpath, abspath = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(abspath)
        checked = read_report(abspath, relpath, settings(self.config))
        if isinstance(checked, str):
            return [report_problem(self, checked)]
        page(self.env, self.env.docname).uses.append(
            ReportUse(checked.record, SHOWN, warn="no-warnings" not in self.options))
        node = sen_report_node(html=render_html(checked.report), report=relpath,
                               classes=["senreport"] + self.options.get("class", []))
        self.set_source_info(node)
        node.extend(plain_children(checked.report))
        return [node]


def plain_children(report: Report) -> list[nodes.Node]:
    """The report as plain docutils nodes: for non-HTML builders and the search index."""
    out: list[nodes.Node] = []
    for section in report.sections:
        out.append(nodes.rubric(text=heading_of(section)))
        body = generated_for(report, section.item) + section.body
        if not body.strip():
            continue
        fragment = lxml_html.fragment_fromstring(body, create_parent="div")
        blocks = fragment.xpath("./p|./ul/li|./ol/li|./h3|./h4|./table//td") or [fragment]
        for block in blocks:
            text = " ".join(block.text_content().split())
            if text:
                out.append(nodes.paragraph(text=text))
    return out
