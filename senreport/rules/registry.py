"""The rule registry: each rule a small function registered with its code and metadata."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from senreport.context import CheckContext
from senreport.findings import HELP_BASE, SEVERITIES, Finding, with_fields
from senreport.rules.wcag import SUCCESS_CRITERIA

RuleFunction = Callable[[CheckContext], Iterable[Finding]]

FAMILIES = {
    "SR": "Statutory content of the SEN information report",
    "SP": "SEND policy contents",
    "GR": "Governors' report",
    "LO": "Local Offer rubric",
    "AX": "Accessibility of the content",
    "PL": "Plain language",
}
ALL_KINDS = ("sen-report", "send-policy", "local-offer", "governors-report")


@dataclass(frozen=True)
class Rule:
    """A registered rule and everything its documentation page needs."""

    code: str
    name: str
    severity: str
    reference: str
    kinds: tuple[str, ...]
    function: RuleFunction = field(compare=False, repr=False)
    summary: str = ""
    description: str = ""
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    #: The W3C ACT rules the rule implements (ids such as ``23a2a8``), if any.
    act: tuple[str, ...] = ()
    #: The WCAG 2.2 success criteria it checks (numbers such as ``1.1.1``).
    wcag: tuple[str, ...] = ()
    #: Found only in the rendered page (``--browser``): the markup alone cannot tell.
    browser_only: bool = False
    #: What the examples are: ``html`` (a page), or ``pdf``/``docx`` (a description of a
    #: document, ``key: value`` lines, from which the tests make the real file).
    example_form: str = "html"

    @property
    def family(self) -> str:
        """The two-letter family prefix, e.g. ``AX``."""
        return self.code[:2]

    @property
    def help(self) -> str:
        """The address of the rule's documentation page."""
        return f"{HELP_BASE}{self.code}.html"

    def run(self, ctx: CheckContext) -> list[Finding]:
        """The rule's findings on a document, completed with the rule's metadata."""
        return [
            with_fields(
                f,
                code=self.code,
                severity=f.severity or self.severity,
                reference=f.reference or self.reference,
                help=self.help,
                rule=self.name,
            )
            for f in self.function(ctx)
        ]


REGISTRY: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    *,
    severity: str,
    reference: str,
    kinds: tuple[str, ...] = ALL_KINDS,
    act: tuple[str, ...] = (),
    wcag: tuple[str, ...] = (),
    browser_only: bool = False,
    example_form: str = "html",
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function under a code (``AX101``) and a short name (``image-alt``).

    The docstring's first line is the summary; ``Bad::`` and ``Good::`` blocks hold a
    failing and a passing example (HTML), run by the test suite and shown in the docs.
    ``act`` lists the W3C ACT rule ids the rule implements and ``wcag`` the WCAG 2.2
    success criteria it checks (numbers known to :mod:`senreport.rules.wcag`).
    ``browser_only`` marks a rule whose findings come only from the rendered page
    (``--browser``); its examples document it but the markup checks cannot find them.
    """
    if not re.fullmatch(r"(SR|SP|GR|LO|AX|PL)\d{3}", code):
        raise ValueError(f"rule code {code!r} is not of the form AX101")
    if severity not in SEVERITIES:
        raise ValueError(f"rule {code}: unknown severity {severity!r}")
    for act_id in act:
        if not re.fullmatch(r"[0-9a-z]{6}", act_id):
            raise ValueError(f"rule {code}: {act_id!r} is not an ACT rule id such as 23a2a8")
    for criterion in wcag:
        if criterion not in SUCCESS_CRITERIA:
            raise ValueError(f"rule {code}: {criterion!r} is not a WCAG 2.2 success criterion "
                             "known to senreport.rules.wcag")

    def register(function: RuleFunction) -> RuleFunction:
        if code in REGISTRY:
            raise ValueError(f"rule code {code} is registered twice")
        summary, description, bad, good = parse_docstring(function.__doc__ or "")
        REGISTRY[code] = Rule(code, name, severity, reference, kinds, function,
                              summary, description, bad, good, tuple(act), tuple(wcag),
                              browser_only, example_form)
        return function

    return register


def parse_docstring(doc: str) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """Split a rule docstring into summary, description and its Bad/Good examples."""
    lines = textwrap.dedent("\n".join(doc.splitlines()[1:])).splitlines()
    summary = doc.strip().splitlines()[0].strip() if doc.strip() else ""
    description: list[str] = []
    examples: dict[str, list[str]] = {"bad": [], "good": []}
    current: str | None = None
    block: list[str] = []

    def flush() -> None:
        if current and block:
            examples[current].append(textwrap.dedent("\n".join(block)).strip("\n"))

    for line in lines:
        marker = re.fullmatch(r"\s*(Bad|Good)::\s*", line)
        if marker:
            flush()
            current, block = marker.group(1).lower(), []
        elif current is not None and (not line.strip() or line.startswith((" ", "\t"))):
            block.append(line)
        elif current is not None:
            flush()
            current, block = None, []
            description.append(line)
        else:
            description.append(line)
    flush()
    return (summary, "\n".join(description).strip(), tuple(examples["bad"]),
            tuple(examples["good"]))


def rules_for(kind: str, families: Iterable[str] | None = None) -> list[Rule]:
    """The registered rules that judge this kind of document, in code order."""
    wanted = set(families) if families is not None else None
    return [
        r for code, r in sorted(REGISTRY.items())
        if kind in r.kinds and (wanted is None or r.family in wanted)
    ]
