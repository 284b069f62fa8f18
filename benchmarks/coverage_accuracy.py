"""Coverage detection against the labelled corpus: per-item precision and recall, and agreement.

Run: .venv/bin/python benchmarks/coverage_accuracy.py [--verbose]

Agreement is the share of (document, item) decisions that match the label exactly.
Precision and recall treat "covered" (in_place or partly) as the positive class.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus_loader import cases  # noqa: E402

from senreport.catalogue import SCHEDULE_1  # noqa: E402
from senreport.check import read_document  # noqa: E402
from senreport.coverage import detect_coverage  # noqa: E402


def measure(verbose: bool = False) -> float:
    """Print the table and return overall agreement."""
    ids = [item.id for item in SCHEDULE_1]
    stats = {i: {"tp": 0, "fp": 0, "fn": 0, "agree": 0, "n": 0} for i in ids}
    agree = total = 0
    for case in cases():
        document, report = read_document(case.text, case.path.name)
        coverage = detect_coverage(document, case.labels.get("kind", "sen-report"),
                                   case.labels.get("school_type", "mainstream"), report=report)
        for item_id in ids:
            expected = case.labels["coverage"][item_id]
            got = coverage.value(item_id)
            s = stats[item_id]
            s["n"] += 1
            total += 1
            if got == expected:
                s["agree"] += 1
                agree += 1
            elif verbose:
                score = coverage.items[item_id].score
                print(f"  {case.name:38} item {item_id:3} expected {expected:12} got {got:12}"
                      f" (score {score})")
            covered_expected = expected != "not_in_place"
            covered_got = got != "not_in_place"
            if covered_got and covered_expected:
                s["tp"] += 1
            elif covered_got:
                s["fp"] += 1
            elif covered_expected:
                s["fn"] += 1
    print(f"{'item':6}{'precision':>10}{'recall':>8}{'agreement':>11}")
    for item_id in ids:
        s = stats[item_id]
        precision = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        recall = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
        print(f"{item_id:6}{precision:10.2f}{recall:8.2f}{s['agree'] / s['n']:11.2f}")
    overall = agree / total if total else 0.0
    print(f"overall agreement: {overall:.3f} over {total} decisions in {len(cases())} documents")
    return overall


if __name__ == "__main__":
    measure(verbose="--verbose" in sys.argv)
