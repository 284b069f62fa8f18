"""The audit's results as data: the contract's JSON, and a CSV with one row per line.

``{"documents": [<one check object per authority or school>], "summary": {...}}``: each
document carries the rubric's version, the automatic scores, the evidence, the adviser's
judgements and the final scores; the summary counts them and lists the sites that could
not be audited, with the reason. Pure.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from senreport.audit.adviser import Judgements, apply_judgements
from senreport.audit.rubric import Rubric

SCORE_WORDS = ("Yes", "Partial", "No", "n/a")


def build_results(documents: list[dict[str, Any]], failures: list[dict[str, Any]],
                  rubric: Rubric, judgements: Judgements | None = None,
                  generated: str | None = None) -> dict[str, Any]:
    """The whole audit: every document (with the adviser's judgements) and the summary."""
    documents = [apply_judgements(d, judgements or {}) for d in documents]
    automatic: Counter[str] = Counter()
    final: Counter[str] = Counter()
    awaiting = 0
    severities: Counter[str] = Counter()
    for document in documents:
        automatic.update(document["scores"].values())
        final.update(document["final_scores"].values())
        for line_id, score in document["scores"].items():
            judged = document["adviser"].get(line_id, {})
            if score == "Partial" and not judged.get("score"):
                awaiting += 1
        severities.update({k: v for k, v in document["summary"].items()})
    summary = {
        "kind": rubric.kind,
        "rubric_version": rubric.version,
        "rubric": rubric.describe(),
        "documents": len(documents),
        "audited": len(documents),
        "failed": len(failures),
        "failures": failures,
        "pages_read": sum(len(d.get("pages", ())) for d in documents),
        "scores": {word: automatic.get(word, 0) for word in SCORE_WORDS},
        "final_scores": {word: final.get(word, 0) for word in SCORE_WORDS},
        "partial_awaiting_adviser": awaiting,
        "errors": severities.get("errors", 0),
        "warnings": severities.get("warnings", 0),
        "info": severities.get("info", 0),
    }
    if generated:
        summary["generated"] = generated
    return {"documents": documents, "summary": summary}


def results_json(results: dict[str, Any]) -> str:
    """The results as indented JSON text."""
    return json.dumps(results, indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = ("authority", "source", "rubric_version", "section", "line_id", "heading",
               "score", "adviser_score", "adviser_comment", "final_score", "evidence",
               "evidence_url", "pages_read", "status")


def results_csv(results: dict[str, Any], rubric: Rubric) -> str:
    """One row per authority and rubric line (and one per site that failed)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)

    def row(values: list[Any]) -> None:
        writer.writerow([safe_cell(v) for v in values])

    for document in results["documents"]:
        for line in rubric.lines:
            if line.id not in document["scores"]:
                continue
            evidence = document["evidence"].get(line.id) or [{}]
            judged = document["adviser"].get(line.id, {})
            row([
                document["authority"], document["source"], document["rubric_version"],
                rubric.sections.get(line.section, line.section), line.id, line.heading,
                document["scores"][line.id], judged.get("score") or "",
                judged.get("comment") or "", document["final_scores"][line.id],
                evidence[0].get("excerpt", ""), evidence[0].get("url", ""),
                len(document.get("pages", ())), "audited",
            ])
    for failure in results["summary"]["failures"]:
        row([failure["authority"], failure["source"], rubric.version, "", "", "",
                         "", "", "", "", failure["error"], "", 0, "failed"])
    return buffer.getvalue()


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet will not run as a formula (text from audited sites is not
    trusted)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
