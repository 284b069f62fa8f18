"""The report's pictures, made accessible: a heatmap table and bar charts as inline SVG.

The heatmap is a real table (row and column headers, a caption) whose cells say the
score in words; colour only repeats what the text says. Each bar chart is an SVG with
``role="img"``, a ``<title>`` and a ``<desc>`` that give its content as text, and the
counts written on the bars. Pure.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from senreport.audit.rubric import Rubric

CELL_CLASS = {"Yes": "yes", "Partial": "partial", "No": "no", "n/a": "na"}
SYMBOL = {"Yes": "\u2713", "Partial": "\u25d0", "No": "\u2717", "n/a": "\u2013"}
#: Bar colours (with the text colour that reads on each at 4.5:1 or better).
BAR = {"Yes": ("#1e6b30", "#ffffff"), "Partial": ("#f2c200", "#1b1b1b"),
       "No": ("#b3261e", "#ffffff")}
STYLE = """
table.heatmap { border-collapse: collapse; font-size: 0.85rem; }
table.heatmap th, table.heatmap td { border: 1px solid #6b6b6b; padding: 0.25rem 0.4rem; }
table.heatmap thead th { background: #f0f0f0; color: #1b1b1b; vertical-align: bottom; }
td.yes { background: #d8f0dd; color: #0b3d17; }
td.partial { background: #fff1c2; color: #4a3800; }
td.no { background: #f9dcdc; color: #6b0f0a; }
td.na { background: #ffffff; color: #3d3d3d; }
.adviser { font-size: 0.75rem; display: block; }
"""


def heatmap(results: dict[str, Any], rubric: Rubric, one: str) -> str:
    """A table of authorities (rows) against rubric lines (columns), scores in words."""
    head_sections = "".join(
        f'<th scope="colgroup" colspan="{len(rubric.section_lines(s))}">{escape(name)}</th>'
        for s, name in rubric.sections.items() if rubric.section_lines(s))
    ordered = [line for s in rubric.sections for line in rubric.section_lines(s)]
    head_lines = "".join(
        f'<th scope="col" id="col-{escape(line.id)}">{escape(line.heading)}</th>'
        for line in ordered)
    rows = []
    for document in results["documents"]:
        cells = []
        for line in ordered:
            final = document["final_scores"].get(line.id, "n/a")
            automatic = document["scores"].get(line.id, "n/a")
            judged = document.get("adviser", {}).get(line.id, {})
            note = ""
            if judged.get("score"):
                note = (f'<span class="adviser">(adviser; automatic {escape(automatic)})</span>'
                        if judged["score"] != automatic else
                        '<span class="adviser">(confirmed by adviser)</span>')
            elif automatic == "Partial":
                note = '<span class="adviser">(awaiting adviser)</span>'
            cells.append(f'<td class="{CELL_CLASS.get(final, "na")}">'
                         f'<span aria-hidden="true">{SYMBOL.get(final, "")} </span>'
                         f"{escape(final)}{note}</td>")
        rows.append(f'<tr><th scope="row">{escape(document["authority"])}</th>'
                    + "".join(cells) + "</tr>")
    return (
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="heatmap-caption">'
        '<table class="heatmap">'
        f'<caption id="heatmap-caption">Each {escape(one)} (rows) against each rubric line '
        "(columns). Cells give the final score in words: Yes, Partial or No (the adviser's "
        "score where given).</caption>"
        f'<thead><tr><th scope="col" rowspan="2">{escape(one.capitalize())}</th>'
        f"{head_sections}</tr><tr>{head_lines}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def section_chart(section: str, name: str, rubric: Rubric,
                  counts: dict[str, Counter[str]], many: str) -> str:
    """A stacked bar per line of a section: how many scored Yes, Partial and No."""
    lines = rubric.section_lines(section)
    label_width, bar_width, row, top = 270, 380, 34, 34
    height = top + row * len(lines) + 10
    width = label_width + bar_width + 20
    chart_id = f"chart-{section}"
    descriptions = []
    bars = [_legend(label_width)]
    for index, line in enumerate(lines):
        c = counts[line.id]
        total = sum(c.values())
        y = top + index * row
        descriptions.append(f"{line.heading}: Yes {c['Yes']}, Partial {c['Partial']}, "
                            f"No {c['No']}.")
        bars.append(f'<text x="{label_width - 8}" y="{y + 19}" text-anchor="end" '
                    f'font-size="13" fill="#1b1b1b">{escape(_short(line.heading))}</text>')
        x = float(label_width)
        for word in ("Yes", "Partial", "No"):
            if not total or not c[word]:
                continue
            span = bar_width * c[word] / total
            fill, ink = BAR[word]
            bars.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{span:.1f}" height="22" '
                        f'fill="{fill}" stroke="#ffffff"/>')
            if span >= 22:
                bars.append(f'<text x="{x + span / 2:.1f}" y="{y + 19}" text-anchor="middle" '
                            f'font-size="12" fill="{ink}">{c[word]}</text>')
            x += span
        if not total:
            bars.append(f'<text x="{label_width}" y="{y + 19}" font-size="12" '
                        f'fill="#1b1b1b">no {escape(many)} scored</text>')
    title = f"{name}: Yes, Partial and No for each line, across {many}"
    return (
        f'<figure><svg role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(" ".join(descriptions))}</desc>'
        + "".join(bars) + "</svg>"
        f"<figcaption>{escape(title)}. The counts are written on the bars and in the text "
        "above.</figcaption></figure>"
    )


def _legend(x: int) -> str:
    parts, offset = [], x
    for word in ("Yes", "Partial", "No"):
        fill, _ = BAR[word]
        parts.append(f'<rect x="{offset}" y="6" width="14" height="14" fill="{fill}"/>'
                     f'<text x="{offset + 19}" y="18" font-size="12" fill="#1b1b1b">{word}</text>')
        offset += 90
    return "".join(parts)


def _short(text: str, limit: int = 36) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
