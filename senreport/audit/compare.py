"""Compare two audits: a trial and the full review, or one rubric version and the next.

Both are the audit's JSON results. The comparison lists, per authority and rubric line,
every score that changed, and the authorities and lines found in only one of them. Pure.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from senreport.audit.results import safe_cell

_RANK = {"No": 0, "Partial": 1, "Yes": 2}


def _scores(results: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {d["authority"]: dict(d["scores"]) for d in results.get("documents", ())}


def _about(results: dict[str, Any]) -> dict[str, Any]:
    summary = results.get("summary", {})
    rubric = summary.get("rubric", {})
    return {"rubric_version": summary.get("rubric_version", "unknown"),
            "fingerprint": rubric.get("fingerprint"), "generated": summary.get("generated"),
            "documents": summary.get("documents", 0)}


def compare_results(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What changed from ``old`` to ``new``, per authority and line."""
    before, after = _scores(old), _scores(new)
    changes: list[dict[str, str]] = []
    unchanged = 0
    for authority in sorted(set(before) & set(after)):
        for line_id, score in after[authority].items():
            was = before[authority].get(line_id)
            if was is None:
                continue
            if was == score:
                unchanged += 1
                continue
            if was in _RANK and score in _RANK:
                direction = "better" if _RANK[score] > _RANK[was] else "worse"
            else:
                direction = "changed"
            changes.append({"authority": authority, "line_id": line_id, "old": was,
                            "new": score, "direction": direction})
    old_lines = {i for scores in before.values() for i in scores}
    new_lines = {i for scores in after.values() for i in scores}
    return {
        "old": _about(old),
        "new": _about(new),
        "changes": changes,
        "unchanged": unchanged,
        "only_old": sorted(set(before) - set(after)),
        "only_new": sorted(set(after) - set(before)),
        "lines_removed": sorted(old_lines - new_lines),
        "lines_added": sorted(new_lines - old_lines),
    }


def comparison_text(comparison: dict[str, Any]) -> str:
    """One line for the person running the audit."""
    old, new = comparison["old"], comparison["new"]
    changes = comparison["changes"]
    authorities = len({c["authority"] for c in changes})
    better = sum(1 for c in changes if c["direction"] == "better")
    worse = sum(1 for c in changes if c["direction"] == "worse")
    versions = (f"rubric {old['rubric_version']} to {new['rubric_version']}"
                if old["rubric_version"] != new["rubric_version"]
                else f"rubric {new['rubric_version']} both times")
    return (f"Compared with the earlier audit ({versions}): {len(changes)} "
            f"score{'s' if len(changes) != 1 else ''} changed for {authorities} "
            f"{'authority' if authorities == 1 else 'authorities'} ({better} up, {worse} down), "
            f"{comparison['unchanged']} unchanged.")


def comparison_csv(comparison: dict[str, Any]) -> str:
    """One row per changed score."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("authority", "line_id", "old_score", "new_score", "direction",
                     "old_rubric_version", "new_rubric_version"))
    for change in comparison["changes"]:
        writer.writerow((safe_cell(change["authority"]), change["line_id"], change["old"],
                         change["new"], change["direction"],
                         comparison["old"]["rubric_version"],
                         comparison["new"]["rubric_version"]))
    return buffer.getvalue()
