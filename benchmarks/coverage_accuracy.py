"""Coverage judgements against careful labels: exact and balanced accuracy, per split.

Run: .venv/bin/python benchmarks/coverage_accuracy.py [--verbose] [--items] [--split NAME]

Splits:

* ``tuning``   tests/corpus/*.expected.yaml: written by the team, used to tune cues;
* ``heldout``  tests/corpus/heldout/: written and labelled by the written guide alone and
  never used to tune (look at its figures, never at its documents, when changing the code);
  ``heldout-first`` to ``heldout-eighteenth`` are its eighteen writers' parts
  (01-16 and lo-01 to lo-06; 17-27 and lo-07 to lo-12, written after the first part's
  figures had been looked at; 28-37 and lo-13/lo-14, written blind to the detector by a
  third writer after both earlier parts' figures had been looked at; 38-47 and lo-15 to
  lo-18, written blind by a fourth; 48-57 and lo-19 to lo-22 by a fifth; 58-67 and lo-23
  to lo-26 by a sixth; 68-77 and lo-27 to lo-30 by a seventh; 78-87 and lo-31 to lo-34 by an
  eighth; 88-97 and lo-35 to lo-38 by a ninth; 98-107 and lo-39 to lo-42 by a tenth;
  108-117 and lo-43 to lo-46 by an eleventh; 118-127 and lo-47 to lo-50 by a twelfth;
  128-137 and lo-51 to lo-54 by a thirteenth; 138-147 and lo-55 to lo-58 by a fourteenth;
  148-157 and lo-59 to lo-62 by a fifteenth; 158-167 and lo-63 to lo-66 by a sixteenth;
  168-177 and lo-67 to lo-70 by a seventeenth; 178-187 and lo-71 to lo-74 by an
  eighteenth; 188-197 and lo-75 to lo-78 by a nineteenth; 198-207 and lo-79 to lo-82 by
  a twentieth; 208-217 and lo-83 to lo-86 by a twenty-first; 218-227 and lo-87 to lo-90
  by a twenty-second; 228-237 and lo-91 to lo-94 by a twenty-third; 238-247 and lo-95 to
  lo-98 by a twenty-fourth; 248-257 and lo-99 to lo-102 by a twenty-fifth; 258-267 and
  lo-103 to lo-106 by a twenty-sixth; 268-277 and lo-107 to lo-110 by a twenty-seventh;
  278-287 and lo-111 to lo-114 by a twenty-eighth; 288-297 and lo-115 to lo-118 by a
  twenty-ninth; 298-307 and lo-119 to lo-122 by a thirtieth; 308-317 and lo-123 to lo-126 by
  a thirty-first);
* ``real-dev`` .cache/real-dev/: real school pages (third-party text, kept out of git) with
  the majority judgement of three careful readers, from ../shared/real-dev/labels.json.
  Fetch them first (see ../shared/real-dev/README.md); the split is skipped when absent.
  ``real-dev-text`` reads the same pages' stored text as plain text (headings guessed).
* ``real-extra-tune`` and ``real-extra-held`` .cache/real-extra/: more real pages, cut the
  same way, labelled blind to the checker by the team's own readers with the same scale
  (labels and addresses in benchmarks/real_pages/labels.json; the text is never committed).
  Half of them (every second page each reader labelled) are held out and never tuned on;
  ``-text`` reads their stored text as plain text.

Exact accuracy is the share of (document, item) decisions equal to the label. Balanced
accuracy is the mean of the recall of ``in_place``, ``partly`` and ``not_in_place`` (a
constant answer scores 0.33). Items that do not apply to the school (2 and 4 in special
schools and colleges) are not scored. Documents whose ``style`` starts with ``excerpt``
(and every real-dev page, cut after about 2,000 characters) are reported apart from
complete reports. Local Offer pages are scored over the rubric lines.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_loader import CORPUS, HELDOUT, REAL_DEV, REAL_EXTRA, Case, cases  # noqa: E402

from senreport.catalogue import applies_to, items_for  # noqa: E402
from senreport.check import check  # noqa: E402

VALUES = ("in_place", "partly", "not_in_place")
LABELS = ROOT.parent / "shared" / "real-dev" / "labels.json"
EXTRA_LABELS = ROOT / "benchmarks" / "real_pages" / "labels.json"
LOCAL_OFFER_LABELS = ROOT / "benchmarks" / "real_pages" / "local_offer_labels.json"
REAL_LOCAL_OFFERS = ROOT / ".cache" / "real-lo"


def real_dev_cases(suffix: str = ".html", labels: Path = LABELS, folder: Path = REAL_DEV,
                   part: str | None = None) -> list[Case]:
    """The real pages that have been fetched, with the readers' labels (``suffix``: the
    pages with their headings marked, or ``.txt``: the text as stored, read as plain text;
    ``part``: only the pages of that part, ``tune`` or ``held``, of the team's own set)."""
    if not labels.exists() or not folder.exists():
        return []
    found = []
    for entry in json.loads(labels.read_text(encoding="utf-8"))["reports"]:
        path = folder / f"{entry['id']}{suffix}"
        if path.exists() and (part is None or entry.get("part") == part):
            labels = {"kind": "sen-report", "school_type": entry["school_type"],
                      "style": "excerpt-real", "coverage": entry["items"],
                      "phase": entry.get("phase"), "facts": entry["facts"]}
            found.append(Case(entry["id"], path, labels))
    return found


class Tally:
    """Decisions counted by label and by answer."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], int] = defaultdict(int)

    def add(self, expected: str, got: str) -> None:
        self.pairs[(expected, got)] += 1

    @property
    def total(self) -> int:
        return sum(self.pairs.values())

    def exact(self) -> float:
        return sum(n for (e, g), n in self.pairs.items() if e == g) / (self.total or 1)

    def recall(self, value: str) -> float | None:
        wanted = sum(n for (e, _), n in self.pairs.items() if e == value)
        return self.pairs[(value, value)] / wanted if wanted else None

    def balanced(self) -> float:
        recalls = [r for r in (self.recall(v) for v in VALUES) if r is not None]
        return sum(recalls) / len(recalls) if recalls else 0.0

    def line(self, name: str) -> str:
        recalls = "  ".join(
            f"{v}={r:.2f}" if (r := self.recall(v)) is not None else f"{v}=-" for v in VALUES)
        return (f"{name:28} n={self.total:4}  exact={self.exact():.3f}  "
                f"balanced={self.balanced():.3f}  recall: {recalls}")


FACTS = ("senco_name", "senco_email", "senco_phone", "local_offer_url", "reviewed")


def _same(name: str, expected: object, got: object) -> bool:
    """A fact equal to its label, as a careful reader compares them ("present" matches any
    value: the real pages' labels do not give personal facts)."""
    if expected == "present":
        return got is not None
    if name == "senco_phone":
        return "".join(c for c in str(got) if c.isdigit()).lstrip("4") == "".join(
            c for c in str(expected) if c.isdigit()).lstrip("4")
    if name == "local_offer_url":
        return str(got).rstrip("/").split("://")[-1].removeprefix("www.") == str(
            expected).rstrip("/").split("://")[-1].removeprefix("www.")
    return str(got).lower() == str(expected).lower()


class FactTally:
    """Facts found (of those the labels give) and invented (where the labels give none)."""

    def __init__(self) -> None:
        self.given = self.found = self.absent = self.invented = 0

    def add(self, name: str, expected: object, got: object) -> None:
        if expected is None:
            self.absent += 1
            self.invented += got is not None
        else:
            self.given += 1
            self.found += _same(name, expected, got)

    def line(self) -> str:
        found = self.found / self.given if self.given else 1.0
        return (f"{'facts':28} found {self.found}/{self.given} = {found:.3f}  "
                f"invented {self.invented} of {self.absent} absent")


def measure(split: str, found: list[Case], verbose: bool = False,
            per_item: bool = False) -> dict[str, Tally]:
    """Score one split; print its lines and return the tallies by group."""
    groups: dict[str, Tally] = defaultdict(Tally)
    items: dict[str, Tally] = defaultdict(Tally)
    facts = FactTally()
    for case in found:
        kind = case.labels.get("kind", "sen-report")
        school_type = case.labels.get("school_type") or "mainstream"
        result = check(case.text, source=case.path.name, kind=kind, school_type=school_type)
        style = str(case.labels.get("style", ""))
        group = ("local-offer" if kind == "local-offer" else
                 "excerpts" if style.startswith("excerpt") or split.startswith("real-")
                 else "complete")
        for name, expected_fact in (case.labels.get("facts") or {}).items():
            if name in FACTS and kind == "sen-report":
                expected_fact = (str(expected_fact) if expected_fact is not None
                                 else None)
                got_fact = result.facts.to_dict().get(name)
                facts.add(name, expected_fact, got_fact)
                if verbose and not _held(split) and not (
                        expected_fact is None and got_fact is None) and not (
                        expected_fact is not None and _same(name, expected_fact, got_fact)):
                    print(f"  {case.name:44} {name:26} expected {expected_fact} got {got_fact}")
        for item in items_for(kind):
            expected = case.labels["coverage"].get(item.id)
            if expected is None or not applies_to(item, school_type):
                continue
            got = result.coverage.value(item.id)
            groups[group].add(expected, got)
            groups["all"].add(expected, got)
            items[item.id].add(expected, got)
            if verbose and got != expected:
                print(f"  {case.name:44} {item.id:26} expected {expected:12} got {got}")
    print(f"[{split}] {len(found)} documents")
    for name in ("complete", "excerpts", "local-offer", "all"):
        if name in groups:
            print("  " + groups[name].line(name))
    if facts.given or facts.absent:
        print("  " + facts.line())
    if per_item:
        for item_id, item_tally in items.items():
            print("    " + item_tally.line(f"item {item_id}"))
    return groups


def _writer(case: Case) -> int:
    """Which writer of the held-out split wrote a document: 1 to 31."""
    number = int(case.name.removeprefix("lo-").split("-")[0])
    lo_firsts = (7, 13, 15, 19, 23, 27, 31, 35, 39, 43, 47, 51, 55, 59, 63, 67, 71, 75, 79, 83,
                 87, 91, 95, 99, 103, 107, 111, 115, 119, 123)
    firsts = lo_firsts if case.name.startswith("lo-") else (
        17, 28, 38, 48, 58, 68, 78, 88, 98, 108, 118, 128, 138, 148, 158, 168, 178, 188, 198, 208,
        218, 228, 238, 248, 258, 268, 278, 288, 298, 308)
    return 1 + sum(number >= first for first in firsts)


def _held(split: str) -> bool:
    """Whether a split is held out (its decisions are never printed)."""
    return split.startswith(("heldout", "real-extra-held", "real-lo-held"))


def _extra(suffix: str, part: str) -> list[Case]:
    return real_dev_cases(suffix, EXTRA_LABELS, REAL_EXTRA, part)


def real_local_offers(suffix: str, part: str) -> list[Case]:
    """Real local authorities' Local Offer pages that have been fetched, each judged line by
    line against the rubric by one of the team's readers (``part``: ``tune`` or ``held``)."""
    if not LOCAL_OFFER_LABELS.exists() or not REAL_LOCAL_OFFERS.exists():
        return []
    found = []
    for entry in json.loads(LOCAL_OFFER_LABELS.read_text(encoding="utf-8"))["pages"]:
        path = REAL_LOCAL_OFFERS / f"{entry['id']}{suffix}"
        if path.exists() and entry.get("part") == part:
            labels = {"kind": "local-offer", "style": "excerpt-real",
                      "coverage": entry["lines"]}
            found.append(Case(entry["id"], path, labels))
    return found


def main(argv: list[str]) -> None:
    verbose, per_item = "--verbose" in argv, "--items" in argv
    wanted = argv[argv.index("--split") + 1] if "--split" in argv else None
    splits = {"tuning": lambda: cases(CORPUS) + cases(CORPUS / "local-offer"),
              "heldout": lambda: cases(HELDOUT),
              # The held-out split by its writers: the first wrote 01-16 and lo-01 to lo-06;
              # a second, in a later session, wrote 17-27 and lo-07 to lo-12; a third wrote
              # 28-37 and lo-13 to lo-14 (none of them ever seen while tuning).
              "heldout-first": lambda: [c for c in cases(HELDOUT) if _writer(c) == 1],
              "heldout-second": lambda: [c for c in cases(HELDOUT) if _writer(c) == 2],
              "heldout-third": lambda: [c for c in cases(HELDOUT) if _writer(c) == 3],
              # a fourth, in the session of 2026-12-07, wrote 38-47 and lo-15 to lo-18
              "heldout-fourth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 4],
              # and a fifth, in the next session, 48-57 and lo-19 to lo-22
              "heldout-fifth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 5],
              # and a sixth, in the session after, 58-67 and lo-23 to lo-26
              "heldout-sixth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 6],
              # and a seventh, in the session after that, 68-77 and lo-27 to lo-30
              "heldout-seventh": lambda: [c for c in cases(HELDOUT) if _writer(c) == 7],
              # and an eighth, later in the same session, 78-87 and lo-31 to lo-34
              "heldout-eighth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 8],
              # and a ninth, in the session after, 88-97 and lo-35 to lo-38
              "heldout-ninth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 9],
              # and a tenth, in the session after that, 98-107
              # and lo-39 to lo-42
              "heldout-tenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 10],
              # and an eleventh, in the session after that, 108-117 and lo-43 to lo-46
              "heldout-eleventh": lambda: [c for c in cases(HELDOUT) if _writer(c) == 11],
              # and a twelfth, in the session after that, 118-127 and lo-47 to lo-50
              "heldout-twelfth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 12],
              # and a thirteenth, in the session after that, 128-137 and lo-51 to lo-54
              "heldout-thirteenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 13],
              # and a fourteenth, in the session after that, 138-147 and lo-55 to lo-58
              "heldout-fourteenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 14],
              # and a fifteenth, in the session after that, 148-157 and lo-59 to lo-62
              "heldout-fifteenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 15],
              # and a sixteenth, in the session after that, 158-167 and lo-63 to lo-66
              "heldout-sixteenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 16],
              # and a seventeenth, in the session after that, 168-177 and lo-67 to lo-70
              "heldout-seventeenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 17],
              # and an eighteenth, in the session after that, 178-187 and lo-71 to lo-74
              "heldout-eighteenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 18],
              # and a nineteenth, in the session after that, 188-197 and lo-75 to lo-78
              "heldout-nineteenth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 19],
              # and a twentieth, in the same session, 198-207 and lo-79 to lo-82
              "heldout-twentieth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 20],
              # and a twenty-first, in the same session, 208-217 and lo-83 to lo-86
              "heldout-twenty-first": lambda: [c for c in cases(HELDOUT) if _writer(c) == 21],
              # and a twenty-second, in the same session, 218-227 and lo-87 to lo-90
              "heldout-twenty-second": lambda: [c for c in cases(HELDOUT) if _writer(c) == 22],
              # and a twenty-third, in the same session, 228-237 and lo-91 to lo-94
              "heldout-twenty-third": lambda: [c for c in cases(HELDOUT) if _writer(c) == 23],
              # and a twenty-fourth, in the next session, 238-247 and lo-95 to lo-98
              "heldout-twenty-fourth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 24],
              # and a twenty-fifth, in the same session, 248-257 and lo-99 to lo-102
              "heldout-twenty-fifth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 25],
              # and a twenty-sixth, in the same session, 258-267 and lo-103 to lo-106
              "heldout-twenty-sixth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 26],
              # and a twenty-seventh, in the same session, 268-277 and lo-107 to lo-110
              "heldout-twenty-seventh": lambda: [c for c in cases(HELDOUT) if _writer(c) == 27],
              # and a twenty-eighth, in the same session, 278-287 and lo-111 to lo-114
              "heldout-twenty-eighth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 28],
              # and a twenty-ninth, in the same session, 288-297 and lo-115 to lo-118
              "heldout-twenty-ninth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 29],
              # and a thirtieth and a thirty-first, in the next session, 298-307 and lo-119
              # to lo-122, 308-317 and lo-123 to lo-126
              "heldout-thirtieth": lambda: [c for c in cases(HELDOUT) if _writer(c) == 30],
              "heldout-thirty-first": lambda: [c for c in cases(HELDOUT) if _writer(c) == 31],
              "real-dev": real_dev_cases, "real-dev-text": lambda: real_dev_cases(".txt"),
              # More real pages, labelled blind to the checker by the team's own readers
              # (benchmarks/real_pages/): half to tune on, half held out.
              "real-extra-tune": lambda: _extra(".html", "tune"),
              "real-extra-tune-text": lambda: _extra(".txt", "tune"),
              "real-extra-held": lambda: _extra(".html", "held"),
              "real-extra-held-text": lambda: _extra(".txt", "held"),
              # Real Local Offer pages (benchmarks/real_pages/local_offer_labels.json).
              "real-lo-tune": lambda: real_local_offers(".html", "tune"),
              "real-lo-tune-text": lambda: real_local_offers(".txt", "tune"),
              "real-lo-held": lambda: real_local_offers(".html", "held"),
              "real-lo-held-text": lambda: real_local_offers(".txt", "held")}
    for name, load in splits.items():
        if wanted and name != wanted:
            continue
        found = load()
        if not found:
            print(f"[{name}] no documents (skipped)")
            continue
        # Never print the held-out documents' decisions: only their figures.
        measure(name, found, verbose=verbose and not _held(name),
                per_item=per_item)


if __name__ == "__main__":
    main(sys.argv[1:])
