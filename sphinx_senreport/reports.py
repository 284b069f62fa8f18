"""Reading and checking report files for the directives, and what the build remembers of them."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from senreport.check import CheckResult, InputError, check
from senreport.model import Report
from senreport.readers.structured import ReportError
from sphinx_senreport.config import SenreportConfig, today_of
from sphinx_senreport.yaml_lines import ReportLines, report_lines

#: File names a directory of reports picks up.
REPORT_SUFFIXES = (".yaml", ".yml", ".json")
#: Findings of these severities become Sphinx warnings; notes (``info``) do not.
WARNED_SEVERITIES = ("error", "warning")


class ReportFileError(Exception):
    """A report file that is missing or cannot be read; the message is for the editor."""


@dataclass(frozen=True)
class ReportWarning:
    """A finding to be told as a Sphinx warning, placed at a line of the report file."""

    code: str
    severity: str
    message: str
    line: int


@dataclass(frozen=True)
class ReportRecord:
    """What the build keeps of one checked report (small, picklable, merged across workers)."""

    #: The report file, relative to the source folder (POSIX separators).
    path: str
    #: The report file's absolute path, as warnings name it.
    abspath: str
    school: str
    school_type: str
    reviewed: str | None
    #: (item id, coverage value) for every Schedule 1 item, in the catalogue's order.
    coverage: tuple[tuple[str, str], ...]
    #: Items not required of this type of school (2 and 4 for special and post-16).
    not_required: tuple[str, ...]
    errors: int
    warnings: int
    problems: tuple[ReportWarning, ...]

    def count(self, value: str) -> int:
        """How many required items have this coverage value."""
        return sum(1 for item, v in self.coverage if v == value and item not in self.not_required)


@dataclass(frozen=True)
class CheckedReport:
    """A report file read and checked."""

    report: Report
    result: CheckResult
    record: ReportRecord
    lines: ReportLines


def check_report_file(abspath: str | Path, relpath: str,
                      values: SenreportConfig) -> CheckedReport:
    """Read and check one report file, or raise :class:`ReportFileError`."""
    path = Path(abspath)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportFileError(f"{relpath}: there is no such report file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReportFileError(f"{relpath}: the report file cannot be read ({error})") from None
    families = tuple(values.rule_families) or None
    return _checked(text, relpath, str(path), values.today, values.school_type, families)


@functools.lru_cache(maxsize=64)
def _checked(text: str, relpath: str, abspath: str, today: str, default_type: str,
             families: tuple[str, ...] | None) -> CheckedReport:
    # Cached: a page showing a report and its checklist checks it once.
    lines = report_lines(text)
    school_type = default_type or None
    if lines.field_given("school.type"):
        school_type = None  # the report says what it is
    try:
        result = check(text, source=relpath, kind="sen-report", school_type=school_type,
                       today=today_of(SenreportConfig(today=today)),
                       families=list(families) if families else None)
    except (InputError, ReportError) as error:
        raise ReportFileError(str(error)) from None
    if result.report is None:  # pragma: no cover - a YAML source always gives a report
        raise ReportFileError(f"{relpath}: not a structured report")
    return CheckedReport(result.report, result, _record(result, lines, relpath, abspath), lines)


def _record(result: CheckResult, lines: ReportLines, relpath: str, abspath: str) -> ReportRecord:
    report = result.report
    assert report is not None
    problems = tuple(
        ReportWarning(f.code, f.severity, f.message, lines.line_of(f))
        for f in result.findings
        if f.severity in WARNED_SEVERITIES and f.acknowledged is None
    )
    items = result.coverage.items
    return ReportRecord(
        path=relpath,
        abspath=abspath,
        school=report.school.name or Path(relpath).stem,
        school_type=result.school_type,
        reviewed=report.reviewed.isoformat() if report.reviewed else None,
        coverage=tuple((item_id, decision.value) for item_id, decision in items.items()),
        not_required=tuple(item_id for item_id, decision in items.items()
                           if not decision.applies),
        errors=result.summary["errors"],
        warnings=result.summary["warnings"],
        problems=tuple(sorted(problems, key=lambda w: (w.line, w.code, w.message))),
    )


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
