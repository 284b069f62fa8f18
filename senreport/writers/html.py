"""The report model as accessible HTML: a contents list, then one h2 per item."""

from __future__ import annotations

import html
import json

from senreport.model import Report, fields_of
from senreport.richtext import canonical
from senreport.writers.common import anchor, generated_for, heading_of, review_line

PAGE_STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 46rem;
       margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }
a { color: #1d4f91; }
.senreport-contents ol { padding-left: 1.5rem; }
"""


def render_html(report: Report) -> str:
    """The report as an HTML fragment that a theme can place in a page."""
    fields = html.escape(json.dumps(fields_of(report), ensure_ascii=False), quote=True)
    out = [f'<div class="senreport-report" data-senreport="{fields}">']
    if report.sections:
        out.append('<nav class="senreport-contents" aria-label="Contents"><ol>')
        for section in report.sections:
            out.append(
                f'<li><a href="#{anchor(section.item)}">{html.escape(heading_of(section))}</a></li>'
            )
        out.append("</ol></nav>")
    for section in report.sections:
        out.append(f'<section class="senreport-section" data-item="{html.escape(section.item)}">')
        out.append(f'<h2 id="{anchor(section.item)}">{html.escape(heading_of(section))}</h2>')
        generated = generated_for(report, section.item)
        if generated:
            out.append(generated)
        body = canonical(section.body)  # a writer trusts no body: the sanitiser again
        if body:
            out.append(body)
        out.append("</section>")
    review = review_line(report)
    if review:
        out.append(review)
    out.append("</div>")
    return "\n".join(out)


def render_page(report: Report) -> str:
    """The report as a whole web page (for previews and the standalone output)."""
    title = "SEN information report"
    if report.school.name:
        title = f"{report.school.name}: SEN information report"
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n"
        f"<body>\n<main>\n<h1>{html.escape(title)}</h1>\n{render_html(report)}\n</main>\n"
        "</body>\n</html>\n"
    )
