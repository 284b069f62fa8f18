"""A report's HTML in pieces: the opening (with its contents list), each item, the closing.

The WordPress block's markup (:func:`senreport.writers.html.render_html`) is one string;
Sphinx needs each item as a real section, so that item headings reach the page's table of
contents, the sidebar and the toctree. The pieces put back together are exactly the block's
markup (a test keeps them so). Anchors are ``item-<id>`` as in the block; a second report
on the same page gets its own (``<prefix>-item-<id>``), so no two headings share an id.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

from senreport.model import Report, fields_of
from senreport.writers.common import anchor, generated_for, heading_of, review_line


@dataclass(frozen=True)
class ItemHtml:
    """One item's ``<section>``, with its anchor and heading text."""

    item: str
    anchor: str
    heading: str
    html: str


@dataclass(frozen=True)
class ReportHtml:
    """A report's HTML: ``opening`` + each item's section + ``closing``."""

    opening: str
    items: tuple[ItemHtml, ...]
    closing: str

    def joined(self) -> str:
        """The whole report, as the block writes it."""
        return "\n".join([self.opening, *(part.html for part in self.items), self.closing])

    def anchored(self, prefix: str, lang: str = "") -> ReportHtml:
        """The same HTML with every anchor given a prefix (and the report a ``lang``)."""
        opening, items = self.opening, []
        for part in self.items:
            new = f"{prefix}-{part.anchor}" if prefix else part.anchor
            opening = opening.replace(f'<a href="#{part.anchor}">', f'<a href="#{new}">', 1)
            items.append(ItemHtml(part.item, new, part.heading, part.html.replace(
                f'<h2 id="{part.anchor}">', f'<h2 id="{new}">', 1)))
        if lang:
            opening = opening.replace('<div class="senreport-report"',
                                      f'<div class="senreport-report" lang="{html.escape(lang)}"',
                                      1)
        return ReportHtml(opening, tuple(items), self.closing)


def report_html(report: Report) -> ReportHtml:
    """Split the block's markup into its pieces (the same writers, the same order)."""
    fields = html.escape(json.dumps(fields_of(report), ensure_ascii=False), quote=True)
    opening = [f'<div class="senreport-report" data-senreport="{fields}">']
    if report.sections:
        opening.append('<nav class="senreport-contents" aria-label="Contents"><ol>')
        for section in report.sections:
            opening.append(f'<li><a href="#{anchor(section.item)}">'
                           f"{html.escape(heading_of(section))}</a></li>")
        opening.append("</ol></nav>")
    items = []
    for section in report.sections:
        out = [f'<section class="senreport-section" data-item="{html.escape(section.item)}">',
               f'<h2 id="{anchor(section.item)}">{html.escape(heading_of(section))}</h2>']
        generated = generated_for(report, section.item)
        if generated:
            out.append(generated)
        if section.body:
            out.append(section.body)
        out.append("</section>")
        items.append(ItemHtml(section.item, anchor(section.item), heading_of(section),
                              "\n".join(out)))
    closing = [review_line(report)] if review_line(report) else []
    closing.append("</div>")
    return ReportHtml("\n".join(opening), tuple(items), "\n".join(closing))
