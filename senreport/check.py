"""Check a document: read it, decide coverage, find the facts, run the rules."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import PurePath
from typing import Any

from lxml import html

from senreport import rules as _rules  # noqa: F401  (registers every rule)
from senreport.block_locations import locate_in_blocks
from senreport.blocks import BlockSyntaxError, has_blocks
from senreport.context import CheckContext
from senreport.coverage import Coverage, detect_coverage
from senreport.document import Document, is_whole_page, parse_html
from senreport.facts import Facts, extract_facts, without_title
from senreport.findings import Finding, acknowledge, with_fingerprints
from senreport.limits import LimitError
from senreport.model import KINDS, SCHOOL_TYPES, Report
from senreport.plain_text import plain_characters
from senreport.readers.files import DocumentError, read_file_document, sniff_format
from senreport.readers.report import report_from_blocks, report_from_html
from senreport.readers.structured import ReportError, load_report
from senreport.readers.text import looks_like_text, text_to_html
from senreport.rules.registry import rules_for
from senreport.writers.html import render_html

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class InputError(ValueError):
    """Input that cannot be checked; the message is one line for the user."""


class InputTooLarge(InputError, LimitError):
    """Input refused before reading: too large, too deep or too repetitive."""

    def __init__(self, message: str, status: int) -> None:
        InputError.__init__(self, message)
        self.status = status


@dataclass
class CheckResult:
    """Everything a check found, ready for any output format."""

    kind: str
    source: str
    school_type: str
    coverage: Coverage
    facts: Facts
    findings: list[Finding]
    document: Document = field(repr=False)
    report: Report | None = None

    @property
    def summary(self) -> dict[str, int]:
        """Counts per severity (acknowledged findings counted apart)."""
        counts = {"errors": 0, "warnings": 0, "info": 0, "acknowledged": 0}
        for f in self.findings:
            if f.acknowledged is not None:
                counts["acknowledged"] += 1
            else:
                counts[{"error": "errors", "warning": "warnings"}.get(f.severity, "info")] += 1
        return counts

    @property
    def exit_code(self) -> int:
        """0 when no error needs attention, 1 otherwise (the CLI's contract)."""
        return 1 if self.summary["errors"] else 0

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object (with ``document`` when a PDF or Word file was read)."""
        described = {"document": self.document.file.to_dict()} if self.document.file else {}
        return {
            "kind": self.kind,
            "source": self.source,
            "school_type": self.school_type,
            "coverage": self.coverage.to_dict(),
            "facts": self.facts.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary,
            "evidence": self.coverage.evidence_dict(),
            **described,
        }


def detect_form(content: str, source: str = "") -> str:
    """``yaml`` for a structured report, ``blocks`` for block markup, ``text`` for plain text
    (a ``.txt`` file, or words with no markup at all, whatever the file's name), else
    ``html``."""
    suffix = PurePath(source.split("?")[0]).suffix.lower() if source else ""
    if suffix in (".yaml", ".yml", ".json"):
        return "yaml"
    if suffix == ".txt":
        return "text"
    if has_blocks(content):
        return "blocks"
    if content.lstrip()[:1] == "<":
        return "html"
    if suffix in (".html", ".htm", ".xhtml"):
        # a page saved with no markup at all is read as the text it is
        return "text" if looks_like_text(content) else "html"
    head = content.lstrip()[:200]
    if head.startswith(("{", "---", "kind:", "school:", "sections:")):
        return "yaml"
    return "text" if looks_like_text(content) else "html"


def read_document(content: str, source: str = "") -> tuple[Document, Report | None]:
    """Parse any supported form into a document (and the structured report, if it is one)."""
    if not content.strip():
        raise InputError(f"{source or 'the input'} is empty: there is nothing to check")
    if "\x00" in content:
        raise InputError(f"{source or 'the input'} is a binary file, not a web page or report")
    content = plain_characters(content)
    form = detect_form(content, source)
    report: Report | None = None
    page = None  # a whole page is parsed once, for both readings
    if form == "text":
        content = text_to_html(content)
    try:
        if form == "yaml":
            report = load_report(content, source or "report")
            return parse_html(render_html(report), source), report
        if form == "blocks":
            report = report_from_blocks(content)
        else:
            page = html.document_fromstring(content) if is_whole_page(content) else None
            report = report_from_html(content, page)
    except (ReportError, BlockSyntaxError) as error:
        message = str(error) if form == "yaml" else f"{source}: {error}"
        if isinstance(error, LimitError):
            raise InputTooLarge(message, error.status) from None
        raise InputError(message) from None
    return parse_html(content, source, page, plain=True), report


def read_content(content: str | bytes, source: str = "") -> tuple[Document, Report | None]:
    """:func:`read_document`, also for bytes: a PDF or Word file, or text in UTF-8."""
    if isinstance(content, bytes):
        if sniff_format(content, source) is not None:
            return _read_file_document(content, source)
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{source or 'the input'} is a binary file, not a web page, "
                             "report, PDF or Word document") from None
    return read_document(content, source)


def _read_file_document(data: bytes, source: str) -> tuple[Document, Report | None]:
    try:
        markup, described = read_file_document(data, source)
    except DocumentError as error:
        raise InputError(str(error)) from None
    document = parse_html(markup, source)
    document.file = described
    return document, None


def check(
    content: str | bytes,
    *,
    source: str = "",
    kind: str | None = None,
    school_type: str | None = None,
    today: date | None = None,
    families: list[str] | None = None,
    acknowledgements: dict[str, str] | None = None,
    options: dict[str, str] | None = None,
) -> CheckResult:
    """Check one document (text, or the bytes of a PDF or Word file).

    Raises :class:`InputError` for input that cannot be read.
    """
    if kind is not None and kind not in KINDS:
        raise InputError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    if school_type is not None and school_type not in SCHOOL_TYPES:
        raise InputError(
            f"unknown school type {school_type!r}: use one of {', '.join(SCHOOL_TYPES)}"
        )
    with _collector_paused():
        return _check(content, source, kind, school_type, today, families, acknowledgements,
                      options)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's collector of reference cycles held off while a document is checked.

    A check makes and drops many small objects, almost none of them in cycles (they are
    freed as they are dropped), and would set the collector off several times, each time
    walking every object still young, and now and then every object (a few per cent of the
    check). Garbage in cycles waits for the collector's next run after the check. Checks in
    other threads share the setting: the one that held the collector off lets it run again.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _check(content: str | bytes, source: str, kind: str | None, school_type: str | None,
           today: date | None, families: list[str] | None,
           acknowledgements: dict[str, str] | None,
           options: dict[str, str] | None) -> CheckResult:
    document, report = read_content(content, source)
    kind = kind or (report.kind if report else "sen-report")
    school_type = school_type or (report.school.type if report else "mainstream")
    today = today or date.today()
    read = extract_facts(document, today)
    facts = _merge_facts(read, report)
    # Coverage judges what the text says: a structured report's SENCO fields answer item 4
    # only where its section shows them.
    coverage = detect_coverage(document, kind, school_type, report=report, found=read)
    ctx = CheckContext(document=document, kind=kind, school_type=school_type,
                       today=today, coverage=coverage, facts=facts,
                       report=report, options=dict(options or {}))
    findings: list[Finding] = []
    for registered in rules_for(kind, families):
        findings.extend(registered.run(ctx))
    findings = with_fingerprints(findings)
    if isinstance(content, str) and detect_form(content, source) == "blocks":
        findings = locate_in_blocks(findings, document.root)
    if acknowledgements:
        findings = acknowledge(findings, acknowledgements)
    findings.sort(key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.code,
                                 (f.location.line or 0) if f.location else 0))
    return CheckResult(kind=kind, source=source, school_type=school_type, coverage=coverage,
                       facts=facts, findings=findings, document=document, report=report)


def _merge_facts(found: Facts, report: Report | None) -> Facts:
    """Structured fields, where the report has them, win over what was read from the text."""
    if report is None:
        return found
    return replace(
        found,
        senco_name=without_title(report.senco.name) or found.senco_name,
        senco_email=report.senco.email or found.senco_email,
        senco_phone=report.senco.phone or found.senco_phone,
        local_offer_url=report.local_offer.url or found.local_offer_url,
        reviewed=report.reviewed or found.reviewed,
        next_review=report.next_review or found.next_review,
    )
