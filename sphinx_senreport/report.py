"""``.. sen-report:: path/to/report.yaml`` — a school's report, rendered as the block renders it.

The directive gives three kinds of node: the report's opening (its contents list), one
real section per item (so item headings reach the page's contents, the sidebar and the
toctree), and the closing (the review line). HTML builders write the block's own markup
for each; other builders write the headings and plain paragraphs.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from sphinx_senreport.diagnostics import use_report
from sphinx_senreport.reports import ReportRecord
from sphinx_senreport.state import SHOWN, page

if TYPE_CHECKING:
    from sphinx.writers.html5 import HTML5Translator


class sen_report_node(nodes.General, nodes.Element):  # noqa: N801 (docutils naming)
    """The opening of a school's report: HTML builders write ``node['html']``."""


class sen_report_item(nodes.section):  # noqa: N801
    """One Schedule 1 item: a real section (title and plain paragraphs); HTML builders
    write ``node['html']``, the block's own ``<section>``, instead."""


class sen_report_end(nodes.General, nodes.Element):  # noqa: N801
    """The closing of a report (the review line)."""


def visit_report_html(translator: HTML5Translator, node: nodes.Element) -> None:
    """Write the block's own markup for this piece, and skip the plain children."""
    translator.body.append(node["html"] + "\n")
    raise nodes.SkipNode


def visit_item_html(translator: HTML5Translator, node: nodes.Element) -> None:
    """Write the item's ``<section>`` as the block does (the same as the other pieces)."""
    visit_report_html(translator, node)


def visit_report_other(translator: Any, node: nodes.Element) -> None:
    """Other builders (LaTeX, text, man...) write the plain children."""


def depart_report_other(translator: Any, node: nodes.Element) -> None:
    """Nothing to close."""


def visit_item_other(translator: Any, node: nodes.Element) -> None:
    """Other builders write an item as the section it is."""
    translator.visit_section(node)


def depart_item_other(translator: Any, node: nodes.Element) -> None:
    translator.depart_section(node)


class SenReportDirective(SphinxDirective):
    """Render a report file (YAML or JSON) with one heading per Schedule 1 item."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "no-warnings": directives.flag,
        "language": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        record = use_report(self, SHOWN)
        if not isinstance(record, ReportRecord):
            return [record]
        document = self.state.document
        prefix = _prefix(document, record)
        uses = page(self.env, self.env.docname).uses
        uses[-1] = replace(uses[-1], anchor_prefix=prefix)
        pieces = record.html.anchored(prefix, _lang(self, record))
        opening = sen_report_node(html=pieces.opening, report=record.path)
        self.set_source_info(opening)
        out: list[nodes.Node] = [opening]
        for part, (heading, paragraphs) in zip(pieces.items, record.plain, strict=True):
            section = sen_report_item(html=part.html, item=part.item, ids=[part.anchor])
            document.ids[part.anchor] = section
            section += nodes.title(text=heading)
            section.extend(nodes.paragraph(text=text) for text in paragraphs)
            self.set_source_info(section)
            out.append(section)
        closing = sen_report_end(html=pieces.closing)
        if record.review:
            closing += nodes.paragraph(text=record.review)
        out.append(closing)
        return out


def _prefix(document: nodes.document, record: ReportRecord) -> str:
    """No prefix for the first report on a page; the school's name for a later one."""
    if not any(part.anchor in document.ids for part in record.html.items):
        return ""
    base = nodes.make_id(record.school) or "report"
    prefix, number = base, 1
    while any(f"{prefix}-{part.anchor}" in document.ids for part in record.html.items):
        number += 1
        prefix = f"{base}-{number}"
    return prefix


def _lang(directive: SphinxDirective, record: ReportRecord) -> str:
    """The report's language (``:language:``, English by default) when the page's differs.

    A page built with ``language = "cy"`` that shows an English report marks the report
    ``lang="en"``, so screen readers pronounce it as English.
    """
    mine = (directive.options.get("language") or "en").strip().replace("_", "-")
    page = (directive.config.language or "en").replace("_", "-")
    if mine.split("-")[0].lower() == page.split("-")[0].lower():
        return ""
    return mine
