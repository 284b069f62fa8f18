"""How well the AX rules judge accessibility examples: failures caught and false alarms.

Run: .venv/bin/python benchmarks/act_accuracy.py [--verbose] [--browser]

Scores three sets separately: the project's own tuning cases, its held-out cases (never
used to tune the rules) and, when a copy is present in ``.cache/act/_rules`` (git-ignored;
see ``scripts/act_examples.sh``), the W3C ACT rules' own examples for every ACT rule an AX
rule implements. When ``.cache/gds-audit/tests`` holds the GDS accessibility tool audit's
pages (``scripts/gds_audit_pages.sh``), it also counts the pages on which a finding is made
(each page holds one deliberate barrier, so this is a rate of barriers noticed), and with
``--browser`` compares axe-core alone (its WCAG A/AA rules, in Debian's Chromium) and both.
A failed example is caught when an AX rule implementing it fires; a passed
or inapplicable example is a false alarm when one does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from a11y_corpus import (  # noqa: E402
    ACT_CACHE,
    GDS_CACHE,
    Case,
    act_examples,
    by_target,
    gds_pages,
    load,
    score,
)


def report(title: str, cases: list[Case], verbose: bool) -> None:
    """Print one set's score, and with ``verbose`` its score per rule and its mistakes."""
    total = score(cases)
    print(total.line(title))
    if verbose:
        for target, part in by_target(cases):
            print("   ", part.line(target))
        for case in total.missed:
            print(f"      missed: {case.name}: {case.html.strip()[:100]!r}")
        for case in total.alarms:
            print(f"      false alarm: {case.name}: {case.html.strip()[:100]!r}")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    report("tuning cases", load("tuning"), verbose)
    report("held-out cases", load("heldout"), verbose)
    examples = act_examples()
    if examples:
        report("W3C ACT examples", examples, verbose)
    else:
        print(f"W3C ACT examples: not present in {ACT_CACHE} (run scripts/act_examples.sh)")
    pages = gds_pages(browser="--browser" in argv)
    if pages:
        def line(title: str, noticed: int) -> str:
            return (f"GDS audit, {title:<22} barrier pages noticed {noticed:>3}/{len(pages):<3} "
                    f"({noticed / len(pages):6.1%})")

        print(line("markup rules", sum(1 for _, codes, _ in pages if codes)))
        if "--browser" in argv:
            print(line("axe-core alone", sum(1 for _, _, axe in pages if axe)))
            print(line("markup + axe-core", sum(1 for _, codes, axe in pages if codes or axe)))
        if verbose:
            for name, codes, axe in pages:
                if codes or axe:
                    print(f"      {name[:70]}: {' '.join(sorted(codes))} | {' '.join(sorted(axe))}")
    else:
        print(f"GDS tool audit pages: not present in {GDS_CACHE} (run "
              "scripts/gds_audit_pages.sh)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
