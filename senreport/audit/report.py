"""The audit report as one accessible HTML page.

Its shape follows the Local Offer review brief (source 003): an executive summary, the
trends for each rubric section across authorities, specific weaknesses and examples of
best practice (the strongest evidence found), recommendations, a summary per authority
(with the SEN adviser's assessments), and areas for future work; with a heatmap of
authorities against rubric lines and a bar chart per section. The same shape serves a
review of schools' SEN information reports (Schedule 1). Pure.
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlsplit

from senreport.audit import narrative
from senreport.audit.charts import STYLE, heatmap, section_chart
from senreport.audit.narrative import Terms
from senreport.audit.rubric import Rubric

PAGE_STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b;
       background: #ffffff; margin: 0 auto; max-width: 72rem; padding: 1rem; }
a { color: #0b4f9c; }
blockquote { border-left: 4px solid #6b6b6b; margin: 0.5rem 0; padding: 0.25rem 1rem; }
.url { font-size: 0.8rem; color: #3d3d3d; word-break: break-all; }
.table-scroll { overflow-x: auto; }
table.plain { border-collapse: collapse; }
table.plain th, table.plain td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem;
       text-align: left; vertical-align: top; }
"""


def _link(url: str, text: str) -> str:
    """A link for web addresses; a local file's path is shown as text."""
    if urlsplit(url).scheme in ("http", "https"):
        return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'
    return escape(text)


def _list(items: list[str]) -> str:
    if not items:
        return "<p>None.</p>"
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _titles(results: dict[str, Any]) -> dict[str, str]:
    return {p["url"]: p.get("title") or p["url"] for d in results["documents"]
            for p in d.get("pages", ())}


def _best_practice(results: dict[str, Any], rubric: Rubric, terms: Terms) -> str:
    models = narrative.best_practice(results, rubric)
    titles = _titles(results)
    out = []
    for line in rubric.lines:
        model = models.get(line.id)
        if not model:
            continue
        title = titles.get(model["url"], model["url"])
        out.append(
            f"<h3>{escape(rubric.sections.get(line.section, line.section))}: "
            f"{escape(line.heading)}</h3>"
            f"<blockquote><p>{escape(model['excerpt'])}</p></blockquote>"
            f"<p>{escape(model['authority'])}: {_link(model['url'], title)} "
            f'<span class="url">{escape(model["url"])}</span></p>')
    if not out:
        return f"<p>No {terms.one} scored Yes on any line yet.</p>"
    return "".join(out)


def _weaknesses(results: dict[str, Any], rubric: Rubric, terms: Terms) -> str:
    found = narrative.weaknesses(results, rubric)
    if not found:
        return f"<p>Every line is fully in place in at least half of the {terms.many}.</p>"
    items = []
    for weak in found:
        missing = (f" Not in place: {', '.join(weak['missing'])}." if weak["missing"] else "")
        items.append(f"<li><strong>{escape(weak['label'])}</strong>: No in {weak['no']} "
                     f"and Partial in {weak['partial']} of {weak['total']} {terms.many}."
                     f"{escape(missing)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _adviser_table(document: dict[str, Any], rubric: Rubric) -> str:
    rows = []
    for line in rubric.lines:
        judged = document.get("adviser", {}).get(line.id)
        automatic = document["scores"].get(line.id)
        if automatic != "Partial" and not (judged and (judged["score"] or judged["comment"])):
            continue
        judged = judged or {"score": None, "comment": ""}
        rows.append(f"<tr><th scope=\"row\">{escape(line.heading)} "
                    f"({escape(rubric.sections.get(line.section, line.section))})</th>"
                    f"<td>{escape(str(automatic))}</td>"
                    f"<td>{escape(judged['score'] or 'not yet assessed')}</td>"
                    f"<td>{escape(judged['comment'] or '')}</td></tr>")
    if not rows:
        return ""
    return ("<table class=\"plain\"><caption>The SEN adviser's assessment</caption><thead><tr>"
            "<th scope=\"col\">Line</th><th scope=\"col\">Automatic score</th>"
            "<th scope=\"col\">Adviser's score</th><th scope=\"col\">Adviser's comment</th>"
            "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _authorities(results: dict[str, Any], rubric: Rubric, terms: Terms) -> str:
    out = []
    for document in results["documents"]:
        about = narrative.authority_summary(document, rubric, terms)
        counts = about["counts"]
        own = f"{about['authority']}'s {terms.document}"
        pages = f"{about['pages_read']} page{'s' if about['pages_read'] != 1 else ''} read"
        if about["limit_reached"]:
            pages += " (the page limit was reached)"
        out.append(
            f"<h3>{escape(about['authority'])}</h3>"
            f"<p>{_link(about['source'], own)} "
            f'<span class="url">{escape(about["source"])}</span>. {escape(pages)}. '
            f"Yes {counts['Yes']}, Partial {counts['Partial']}, No {counts['No']}.</p>"
            "<h4>Strengths</h4>" + _list(about["strengths"])
            + "<h4>Recommendations</h4>" + _list(about["recommendations"])
            + _adviser_table(document, rubric))
    return "".join(out) or f"<p>No {terms.many} were reviewed.</p>"


def _failures(results: dict[str, Any], terms: Terms) -> str:
    failures = results["summary"]["failures"]
    if not failures:
        return f"<p>Every {terms.one} was reviewed.</p>"
    rows = "".join(f"<tr><th scope=\"row\">{escape(f['authority'])}</th>"
                   f"<td>{escape(f['source'])}</td><td>{escape(f['error'])}</td></tr>"
                   for f in failures)
    return (f"<table class=\"plain\"><caption>{terms.many.capitalize()} that could not be "
            f"reviewed, and why</caption><thead><tr><th scope=\"col\">{terms.one.capitalize()}"
            "</th><th scope=\"col\">Address</th><th scope=\"col\">Reason</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def _changes(comparison: dict[str, Any] | None, rubric: Rubric) -> str:
    if comparison is None:
        return ""
    from senreport.audit.compare import comparison_text

    rows = []
    for change in comparison["changes"]:
        try:
            label = f"{rubric.line(change['line_id']).heading} ({change['line_id']})"
        except KeyError:
            label = change["line_id"]
        rows.append(f"<tr><th scope=\"row\">{escape(change['authority'])}</th>"
                    f"<td>{escape(label)}</td><td>{escape(change['old'])}</td>"
                    f"<td>{escape(change['new'])}</td></tr>")
    table = ("<table class=\"plain\"><caption>Scores that changed</caption><thead><tr>"
             "<th scope=\"col\">Authority</th><th scope=\"col\">Line</th>"
             "<th scope=\"col\">Before</th><th scope=\"col\">Now</th></tr></thead><tbody>"
             + "".join(rows) + "</tbody></table>") if rows else ""
    extra = []
    if comparison["lines_added"]:
        extra.append("Lines new in this rubric: " + ", ".join(comparison["lines_added"]) + ".")
    if comparison["lines_removed"]:
        extra.append("Lines no longer in the rubric: "
                     + ", ".join(comparison["lines_removed"]) + ".")
    return ('<h2 id="changes">Changes since the earlier review</h2>'
            f"<p>{escape(comparison_text(comparison))}</p>{_list(extra) if extra else ''}"
            + table)


def _method(rubric: Rubric) -> str:
    rows = "".join(
        f"<tr><th scope=\"row\">{escape(line.id)}</th>"
        f"<td>{escape(rubric.sections.get(line.section, line.section))}: "
        f"{escape(line.heading)}</td><td>{escape(' '.join(line.requirements))}</td></tr>"
        for line in rubric.lines)
    return (
        "<p>Each page was read as the <code>senreport check</code> command reads it. For every "
        "line, the page that answers it best decides the score: Yes where the information is "
        "set out in full, Partial where only some of it is there, No where it is not found. "
        "The SEN adviser's own assessment replaces the automatic score where given.</p>"
        f"<table class=\"plain\"><caption>The rubric, version {escape(rubric.version)} "
        f"(fingerprint {escape(rubric.fingerprint)})</caption><thead><tr>"
        "<th scope=\"col\">Id</th><th scope=\"col\">Line</th>"
        "<th scope=\"col\">Requirements</th></tr></thead><tbody>" + rows + "</tbody></table>")


def render_report(results: dict[str, Any], rubric: Rubric, *, title: str | None = None,
                  comparison: dict[str, Any] | None = None) -> str:
    """The whole report page."""
    terms = Terms.for_kind(rubric.kind)
    title = title or f"Review of {terms.document}s: {rubric.title}"
    counts = narrative.line_counts(results, rubric)
    trends = []
    for section, name in rubric.sections.items():
        if not rubric.section_lines(section):
            continue
        trends.append(f"<h3>{escape(name)}</h3>"
                      + _list(narrative.section_trend(results, rubric, section, terms))
                      + section_chart(section, name, rubric, counts, terms.many))
    summary = results["summary"]
    generated = f", made {escape(summary['generated'])}" if summary.get("generated") else ""
    contents = [("summary", "Executive summary"), ("heatmap", "Scores at a glance"),
                ("trends", "Trends by section"), ("weaknesses", "Areas of weakness"),
                ("best-practice", "Examples of best practice"),
                ("recommendations", "Recommendations"),
                ("by-authority", f"Summary by {terms.one}"),
                ("not-reviewed", "Not reviewed"), ("future-work", "Areas for future work"),
                ("method", "How the scores were made")]
    if comparison is not None:
        contents.insert(-2, ("changes", "Changes since the earlier review"))
    body = [
        f"<h1>{escape(title)}</h1>",
        f"<p>Rubric version {escape(rubric.version)}; {summary['documents']} "
        f"{terms.many} reviewed, {summary['failed']} not reviewed; {summary['pages_read']} "
        f"pages read{generated}.</p>",
        '<nav aria-label="Contents"><ul>' + "".join(
            f'<li><a href="#{anchor}">{escape(text)}</a></li>' for anchor, text in contents)
        + "</ul></nav>",
        '<h2 id="summary">Executive summary</h2>'
        + _list(narrative.executive_summary(results, rubric, terms)),
        '<h2 id="heatmap">Scores at a glance</h2>' + heatmap(results, rubric, terms.one),
        '<h2 id="trends">Trends by section</h2>' + "".join(trends),
        '<h2 id="weaknesses">Areas of weakness</h2>' + _weaknesses(results, rubric, terms),
        '<h2 id="best-practice">Examples of best practice</h2>'
        + _best_practice(results, rubric, terms),
        '<h2 id="recommendations">Recommendations</h2>'
        + _list(narrative.recommendations(results, rubric, terms)),
        f'<h2 id="by-authority">Summary by {terms.one}</h2>'
        + _authorities(results, rubric, terms),
        '<h2 id="not-reviewed">Not reviewed</h2>' + _failures(results, terms),
        _changes(comparison, rubric),
        '<h2 id="future-work">Areas for future work</h2>'
        + _list(narrative.future_work(results, rubric, terms)),
        '<h2 id="method">How the scores were made</h2>' + _method(rubric),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{PAGE_STYLE}{STYLE}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(part for part in body if part) + "\n</main>\n"
        "</body>\n</html>\n"
    )
