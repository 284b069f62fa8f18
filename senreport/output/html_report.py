"""A check as an HTML report: the self-evaluation table (source 004), then the findings."""

from __future__ import annotations

from html import escape

from senreport.catalogue import items_for
from senreport.check import CheckResult
from senreport.output.text import KIND_NAMES

_COLUMNS = (("in_place", "In place"), ("partly", "Partly"), ("not_in_place", "Not in place"))
_STYLE = """
body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff;
       max-width: 70rem; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
th, td { border: 1px solid #6b6b6b; padding: .4rem .6rem; vertical-align: top; text-align: left; }
thead th { background: #e8eef7; }
td.mark { text-align: center; font-weight: bold; }
.error { color: #a4120b; } .warning { color: #6b4400; } .info { color: #1d4f91; }
blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #6b6b6b; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden;
                   clip: rect(0 0 0 0); white-space: nowrap; }
"""


def format_html(result: CheckResult) -> str:
    """A whole, accessible HTML page for a governor or an LA officer to read."""
    title = f"Self-evaluation: {KIND_NAMES[result.kind]}"
    if result.source:
        title += f" ({result.source})"
    out = [
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">',
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>",
        f"<h1>{escape(title)}</h1>",
        _summary(result),
        "<h2>What the report must include</h2>",
        "<table>\n<caption>Information about your school, item by item</caption>",
        '<thead><tr><th scope="col">Information about your school</th>'
        + "".join(f'<th scope="col">{label}</th>' for _, label in _COLUMNS)
        + '<th scope="col">Comments</th></tr></thead>\n<tbody>',
    ]
    for item in items_for(result.kind):
        decision = result.coverage.items[item.id]
        wording = getattr(item, "wording", "") or item.heading
        marks = "".join(
            f'<td class="mark">&#10003;<span class="visually-hidden"> {label}</span></td>'
            if decision.value == value else "<td></td>"
            for value, label in _COLUMNS
        )
        out.append(f'<tr><th scope="row">{escape(item.id)}. {escape(wording)}</th>{marks}'
                   f"<td>{_comments(result, item.id)}</td></tr>")
    out.append("</tbody>\n</table>")
    out.append(_findings(result))
    out.append("</main>\n</body>\n</html>\n")
    return "\n".join(out)


def _summary(result: CheckResult) -> str:
    s = result.summary
    values = list(result.coverage.to_dict().values())
    return (
        f"<p>{values.count('in_place')} of {len(values)} items in place, "
        f"{values.count('partly')} partly, {values.count('not_in_place')} not in place. "
        f"{s['errors']} errors, {s['warnings']} warnings, {s['info']} notes"
        + (f", {s['acknowledged']} acknowledged" if s["acknowledged"] else "")
        + ".</p>"
    )


def _comments(result: CheckResult, item_id: str) -> str:
    decision = result.coverage.items[item_id]
    parts = []
    if not decision.applies:
        parts.append("<p>Not required for this type of school.</p>")
    answered = decision.parts.answered if decision.value != "not_in_place" else ()
    if answered:
        parts.append("<p>Answered:</p><ul>" + "".join(
            f"<li>{escape(a.question)} <q>{escape(a.quote)}</q>"
            + (f" (line {a.line})" if a.line else "") + "</li>" for a in answered) + "</ul>")
    else:
        for evidence in decision.evidence[:2]:
            where = f" (line {evidence.line})" if evidence.line else ""
            parts.append(f"<blockquote>{escape(evidence.excerpt)}</blockquote><p>{where}</p>"
                         if where else f"<blockquote>{escape(evidence.excerpt)}</blockquote>")
    if decision.parts.missing and decision.value == "partly":
        parts.append("<p>Missing: " + escape("; ".join(w for _, w in decision.parts.missing))
                     + ".</p>")
    for f in result.findings:
        if f.item == item_id:
            parts.append(f'<p class="{escape(f.severity)}">{escape(f.message)}</p>')
    return "".join(parts)


def _findings(result: CheckResult) -> str:
    if not result.findings:
        return "<h2>Findings</h2>\n<p>No problems found.</p>"
    rows = []
    for f in result.findings:
        where = f"line {f.location.line}" if f.location and f.location.line else ""
        ack = f" Acknowledged: {escape(f.acknowledged)}" if f.acknowledged is not None else ""
        rows.append(
            f'<tr><td class="{escape(f.severity)}">{escape(f.severity)}</td>'
            f'<td><a href="{escape(f.help)}">{escape(f.code)}</a></td>'
            f"<td>{escape(f.item or '')}</td><td>{escape(where)}</td>"
            f"<td>{escape(f.message)}{ack}</td><td>{escape(f.reference)}</td></tr>"
        )
    return (
        "<h2>Findings</h2>\n<table>\n<caption>Every finding, most serious first</caption>\n"
        '<thead><tr><th scope="col">Severity</th><th scope="col">Rule</th>'
        '<th scope="col">Item</th><th scope="col">Where</th><th scope="col">What to do</th>'
        '<th scope="col">Reference</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows) + "\n</tbody>\n</table>"
    )
