"""The accessibility cases (tests/a11y_cases/) and the W3C ACT examples, scored by the AX rules.

A case names a W3C ACT rule (``act``) or an AX rule (``rule``), the outcome a correct
checker reaches (``failed``, ``passed`` or ``inapplicable``) and the HTML. A failed case is
caught when one of the AX rules implementing it fires; a passed or inapplicable case is a
false alarm when one does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from senreport.check import check
from senreport.rules import REGISTRY

CASES = Path(__file__).resolve().parent / "a11y_cases"
#: Where a copy of the ACT rules repository's ``_rules`` folder may be kept (git-ignored).
ACT_CACHE = Path(__file__).resolve().parent.parent / ".cache" / "act" / "_rules"
#: Where a copy of the GDS accessibility tool audit's test pages may be kept (git-ignored).
GDS_CACHE = Path(__file__).resolve().parent.parent / ".cache" / "gds-audit" / "tests"
_EXAMPLE = re.compile(r"^#### (Passed|Failed|Inapplicable) Example (\d+)\s*$", re.MULTILINE)
_HTML_BLOCK = re.compile(r"```html[^\n]*\n(.*?)```", re.DOTALL)
_ID = re.compile(r"^id:\s*(\S+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Case:
    """One example and what a correct checker concludes about it."""

    target: str  # an ACT rule id or an AX code
    expect: str  # failed | passed | inapplicable
    html: str
    name: str = ""


@dataclass
class Score:
    """Caught failures and false alarms over a set of cases."""

    failed: int = 0
    caught: int = 0
    clean: int = 0  # passed and inapplicable cases
    false_alarms: int = 0
    missed: list[Case] = field(default_factory=list)
    alarms: list[Case] = field(default_factory=list)

    @property
    def caught_rate(self) -> float:
        return self.caught / self.failed if self.failed else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.clean if self.clean else 0.0

    def line(self, title: str) -> str:
        return (f"{title:<22} failures caught {self.caught:>3}/{self.failed:<3} "
                f"({self.caught_rate:6.1%})   false alarms {self.false_alarms:>3}/{self.clean:<3} "
                f"({self.false_alarm_rate:5.1%})")


def load(part: str) -> list[Case]:
    """The cases of one part: ``tuning`` or ``heldout``."""
    raw = yaml.safe_load((CASES / f"{part}.yaml").read_text(encoding="utf-8"))
    return [Case(str(c.get("act") or c["rule"]), c["expect"], c["html"], f"{part}[{i}]")
            for i, c in enumerate(raw)]


def codes_for(target: str) -> set[str]:
    """The AX codes that answer for an ACT rule id or an AX code."""
    if target in REGISTRY:
        return {target}
    return {code for code, r in REGISTRY.items() if target in r.act and not r.browser_only}


def act_ids() -> set[str]:
    """Every ACT rule id some static AX rule implements (the browser layer's are axe's)."""
    return {act_id for r in REGISTRY.values() if not r.browser_only for act_id in r.act}


def act_examples(folder: Path = ACT_CACHE) -> list[Case]:
    """The examples of the ACT rules senreport implements, from a local copy of ``_rules``."""
    if not folder.is_dir():
        return []
    wanted = act_ids()
    found: list[Case] = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        rule_id = _ID.search(text)
        if rule_id is None or rule_id.group(1) not in wanted:
            continue
        marks = list(_EXAMPLE.finditer(text))
        for mark, following in zip(marks, [*marks[1:], None], strict=True):
            body = text[mark.end():following.start() if following else len(text)]
            block = _HTML_BLOCK.search(body)
            if block:
                found.append(Case(rule_id.group(1), mark.group(1).lower(), block.group(1),
                                  f"{rule_id.group(1)} {mark.group(1)} {mark.group(2)}"))
    return found


def fired(case: Case) -> set[str]:
    """The AX codes answering for the case that fire on its HTML."""
    result = check(case.html, source="case.html", families=["AX"])
    return {f.code for f in result.findings} & codes_for(case.target)


def score(cases: Iterable[Case]) -> Score:
    """Score the AX rules on some cases."""
    total = Score()
    for case in cases:
        hit = bool(fired(case))
        if case.expect == "failed":
            total.failed += 1
            total.caught += hit
            if not hit:
                total.missed.append(case)
        else:
            total.clean += 1
            total.false_alarms += hit
            if hit:
                total.alarms.append(case)
    return total


def by_target(cases: Iterable[Case]) -> Iterator[tuple[str, Score]]:
    """Scores per ACT rule or AX code, in order."""
    groups: dict[str, list[Case]] = {}
    for case in cases:
        groups.setdefault(case.target, []).append(case)
    for target in sorted(groups):
        yield target, score(groups[target])


#: axe-core limited to WCAG A and AA rules (its best-practice rules, such as "region",
#: fire on every test page's layout and would say nothing about the barrier).
AXE_WCAG = {"resultTypes": ["violations"],
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                                  "wcag22aa"]}}


def gds_pages(folder: Path = GDS_CACHE, browser: bool = False
              ) -> list[tuple[str, set[str], set[str]]]:
    """Each GDS audit page (one deliberate barrier), the AX and PL codes the markup rules
    find on it and, with ``browser``, the axe-core (WCAG A/AA) rules that fire on it."""
    if not folder.is_dir():
        return []
    found = []
    pages = None
    if browser:
        from senreport.cli.browser import RenderedPages

        pages = RenderedPages()
    try:
        for path in sorted(folder.glob("*.html")):
            text = path.read_text(encoding="utf-8", errors="replace")
            result = check(text, source=path.name, families=["AX", "PL"])
            axe = ({v["id"] for v in pages.violations(text, str(path), AXE_WCAG)}
                   if pages is not None else set())
            found.append((path.stem, {f.code for f in result.findings}, axe))
    finally:
        if pages is not None:
            pages.close()
    return found
