"""Reading and checking report files, and the record of each that the build keeps.

A report is checked once per content: the record (small, picklable) holds everything the
directives show, and is kept in the environment keyed by the file's path, its content and
the settings, so a directory re-read after one report changed checks that one report only.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import html as lxml_html

from senreport.check import CheckResult, InputError, check
from senreport.model import Report
from senreport.readers.structured import ReportError
from senreport.writers.common import generated_for, heading_of, review_line
from sphinx_senreport.config import SenreportConfig, today_of
from sphinx_senreport.report_html import ReportHtml, report_html
from sphinx_senreport.yaml_lines import ReportLines, report_lines

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

#: File names a directory of reports picks up.
REPORT_SUFFIXES = (".yaml", ".yml", ".json")
#: Findings of these severities become Sphinx warnings; notes (``info``) do not.
WARNED_SEVERITIES = ("error", "warning")


class ReportFileError(Exception):
    """A report file that is missing or cannot be read; the message is for the editor."""


@dataclass(frozen=True)
class ReportWarning:
    """A finding, placed at a line of the report file."""

    code: str
    severity: str
    message: str
    line: int
    item: str | None = None
    #: Why the LA accepts this known gap (``senreport_accepted``); "" when it is not accepted.
    accepted: str = ""


@dataclass(frozen=True)
class ItemNotes:
    """What the self-evaluation table says of one Schedule 1 item."""

    item: str
    value: str
    applies: bool
    evidence: tuple[str, ...]
    #: The line of the item's section in the report file (None: no section).
    line: int | None


@dataclass(frozen=True)
class ReportRecord:
    """What the build keeps of one checked report (picklable, merged across workers)."""

    #: The report file, relative to the source folder (POSIX separators).
    path: str
    #: The report file's absolute path, as warnings name it.
    abspath: str
    #: The file's content digest (with the settings it was checked under).
    digest: str
    school: str
    school_type: str
    reviewed: str | None
    #: Every Schedule 1 item, in the catalogue's order.
    items: tuple[ItemNotes, ...]
    errors: int
    warnings: int
    #: Every finding (notes too), ordered by line.
    findings: tuple[ReportWarning, ...]
    #: The report as the WordPress block's HTML, in pieces (one per item).
    html: ReportHtml
    #: The report as plain text for other builders and the search index: (heading, paragraphs).
    plain: tuple[tuple[str, tuple[str, ...]], ...]
    #: The review line under the report, as plain text ("" when there is none).
    review: str = ""
    #: The report's page on another site (reports imported from its senreport.json).
    url: str = ""

    @property
    def coverage(self) -> dict[str, str]:
        """Item id -> in_place, partly or not_in_place."""
        return {notes.item: notes.value for notes in self.items}

    @property
    def not_required(self) -> tuple[str, ...]:
        """Items not required of this type of school (2 and 4 for special and post-16)."""
        return tuple(notes.item for notes in self.items if not notes.applies)

    @property
    def problems(self) -> tuple[ReportWarning, ...]:
        """The findings that become Sphinx warnings (not those accepted with a reason)."""
        return tuple(f for f in self.findings
                     if f.severity in WARNED_SEVERITIES and not f.accepted)

    def count(self, value: str) -> int:
        """How many required items have this coverage value."""
        return sum(1 for notes in self.items if notes.value == value and notes.applies)


def check_report_file(env: BuildEnvironment, abspath: str | Path, relpath: str,
                      values: SenreportConfig) -> ReportRecord:
    """The record of one report file, from the environment's cache or by checking it now.

    Raises :class:`ReportFileError` for a file that is missing or cannot be read.
    """
    key, text, digest = cache_key(abspath, relpath, values)
    cache = record_cache(env)
    if key not in cache:
        cache[key] = _check(text, relpath, str(abspath), digest, values)
        note_checked(env, key)
    return cache[key]


def cache_key(abspath: str | Path, relpath: str, values: SenreportConfig) -> tuple[str, str, str]:
    """A report's key in the cache (its path and a digest of its content and the settings),
    its text and the digest. Raises :class:`ReportFileError` for a file that cannot be read."""
    try:
        text = Path(abspath).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportFileError(f"{relpath}: there is no such report file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReportFileError(f"{relpath}: the report file cannot be read ({error})") from None
    families = tuple(values.rule_families)
    accepted = sorted(values.accepted.get(relpath, {}).items())
    settings_key = (f"{today_of(values).isoformat()}|{values.school_type}|{','.join(families)}"
                    f"|{accepted}")
    digest = hashlib.sha256(f"{settings_key}\n{text}".encode()).hexdigest()[:20]
    return f"{relpath}#{digest}", text, digest


def check_text(text: str, relpath: str, abspath: str, digest: str,
               values: SenreportConfig) -> ReportRecord:
    """Check a report's text (no cache): what :func:`check_report_file` does on a miss."""
    return _check(text, relpath, abspath, digest, values)


def note_checked(env: BuildEnvironment, key: str) -> None:
    """Count a check made in this process (``env.senreport_checks``: (process id, key))."""
    checks = getattr(env, "senreport_checks", None)
    if checks is None:
        checks = env.senreport_checks = []  # type: ignore[attr-defined]
    checks.append((os.getpid(), key))


def record_cache(env: BuildEnvironment) -> dict[str, ReportRecord]:
    """Checked reports by path and digest (pickled with the environment, pruned each build)."""
    if not hasattr(env, "senreport_records"):
        env.senreport_records = {}  # type: ignore[attr-defined]
    return env.senreport_records  # type: ignore[attr-defined,no-any-return]


def _check(text: str, relpath: str, abspath: str, digest: str,
           values: SenreportConfig) -> ReportRecord:
    lines = report_lines(text)
    # The report's own school.type wins; the configured type is for reports without one.
    school_type = None if lines.field_given("school.type") else (values.school_type or None)
    try:
        result = check(text, source=relpath, kind="sen-report", school_type=school_type,
                       today=today_of(values), families=list(values.rule_families) or None)
    except (InputError, ReportError) as error:
        raise ReportFileError(str(error)) from None
    if result.report is None:  # pragma: no cover - a YAML source always gives a report
        raise ReportFileError(f"{relpath}: not a structured report")
    return _record(result, result.report, lines, relpath, abspath, digest,
                   values.accepted.get(relpath, {}))


def _record(result: CheckResult, report: Report, lines: ReportLines, relpath: str,
            abspath: str, digest: str, accepted: dict[str, str]) -> ReportRecord:
    findings = tuple(sorted(
        (ReportWarning(f.code, f.severity, f.message, lines.line_of(f), f.item,
                       accepted=accepted.get(f.code, ""))
         for f in result.findings if f.acknowledged is None),
        key=lambda w: (w.line, w.code, w.message)))
    open_findings = [f for f in findings if not f.accepted]
    items = tuple(
        ItemNotes(item=item_id, value=decision.value, applies=decision.applies,
                  evidence=tuple(_excerpt(e.excerpt) for e in decision.evidence[:2]),
                  line=lines.sections[item_id][0] if item_id in lines.sections else None)
        for item_id, decision in result.coverage.items.items()
    )
    return ReportRecord(
        path=relpath, abspath=abspath, digest=digest,
        school=report.school.name or Path(relpath).stem,
        school_type=result.school_type,
        reviewed=report.reviewed.isoformat() if report.reviewed else None,
        items=items, errors=sum(1 for f in open_findings if f.severity == "error"),
        warnings=sum(1 for f in open_findings if f.severity == "warning"),
        findings=findings, html=report_html(report), plain=_plain(report),
        review=_text(review_line(report)),
    )


def _excerpt(text: str, limit: int = 200) -> str:
    # The core cuts evidence at 200 characters; say so rather than end mid-word.
    return text if len(text) < limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _plain(report: Report) -> tuple[tuple[str, tuple[str, ...]], ...]:
    sections = []
    for section in report.sections:
        body = generated_for(report, section.item) + section.body
        paragraphs: list[str] = []
        if body.strip():
            fragment = lxml_html.fragment_fromstring(body, create_parent="div")
            blocks = fragment.xpath("./p|./ul/li|./ol/li|./h3|./h4|./table//td") or [fragment]
            paragraphs = [" ".join(b.text_content().split()) for b in blocks]
        sections.append((heading_of(section), tuple(p for p in paragraphs if p)))
    return tuple(sections)


def _text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    return " ".join(lxml_html.fragment_fromstring(fragment, create_parent="div")
                    .text_content().split())


def report_files(folder: Path) -> list[Path]:
    """The report files of a folder, by name (sub-folders are not searched)."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
                  and not p.name.startswith("."))


def listing_key(folder: Path) -> str:
    """A fingerprint of which report files a folder holds (to notice files added or removed)."""
    try:
        names = [p.name for p in report_files(folder)]
    except OSError:
        names = []
    return hashlib.sha256("\n".join(names).encode("utf-8")).hexdigest()[:16]
