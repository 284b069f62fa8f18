"""A check as plain text, grouped by item, for reading in a terminal."""

from __future__ import annotations

from senreport.catalogue import items_for
from senreport.check import CheckResult
from senreport.findings import Finding

_WORDS = {"in_place": "in place", "partly": "partly", "not_in_place": "NOT IN PLACE"}
KIND_NAMES = {
    "sen-report": "SEN information report",
    "send-policy": "SEND policy",
    "local-offer": "Local Offer",
    "governors-report": "SEN report to governors",
}


def format_text(result: CheckResult) -> str:
    """The coverage table, then the findings under the item they concern."""
    items = items_for(result.kind)
    values = result.coverage.to_dict()
    in_place = sum(1 for v in values.values() if v == "in_place")
    lines = [
        f"{result.source or 'input'}: {KIND_NAMES[result.kind]} ({result.school_type})",
        f"{in_place} of {len(values)} items in place",
        *_document_lines(result),
        "",
        "Coverage",
    ]
    for item in items:
        decision = result.coverage.items[item.id]
        note = "" if decision.applies else "  (not required for this type of school)"
        lines.append(f"  {item.id:<4} {_WORDS[decision.value]:<13} {item.heading}{note}")
    by_item: dict[str | None, list[Finding]] = {}
    for f in result.findings:
        by_item.setdefault(f.item, []).append(f)
    if result.findings:
        lines += ["", "Findings"]
    for item in items:
        if item.id in by_item:
            lines.append(f"  Item {item.id}: {item.heading}")
            lines += [_line(f) for f in by_item.pop(item.id)]
    for key, findings in by_item.items():
        lines.append("  Whole document" if key is None else f"  Item {key}")
        lines += [_line(f) for f in findings]
    s = result.summary
    lines += [
        "",
        f"Summary: {_count(s['errors'], 'error')}, {_count(s['warnings'], 'warning')}, "
        f"{_count(s['info'], 'note')}"
        + (f", {s['acknowledged']} acknowledged" if s["acknowledged"] else ""),
    ]
    return "\n".join(lines) + "\n"


def _document_lines(result: CheckResult) -> list[str]:
    """For a PDF or Word file: one line on the file itself."""
    described = result.document.file
    if described is None:
        return []
    if described.format == "docx":
        parts = ["Word document"]
    else:
        pages = described.pages or 0
        parts = [f"PDF, {pages} page{'s' if pages != 1 else ''}",
                 "tagged" if described.tagged else "not tagged"]
        if not described.text:
            parts.append("no text (a scanned image)")
    parts.append(f"title '{described.title}'" if described.title else "no title")
    parts.append(f"language {described.lang}" if described.lang else "no language set")
    return ["Document: " + ", ".join(parts)]


def _line(f: Finding) -> str:
    where = f" line {f.location.line}" if f.location and f.location.line else ""
    ack = f" [acknowledged: {f.acknowledged}]" if f.acknowledged is not None else ""
    return f"    {f.severity:<8}{f.code}{where}: {f.message}{ack}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
