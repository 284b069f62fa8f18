"""The one result type every rule returns."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from senreport.document import normalise_space
from senreport.element_paths import path_of

SEVERITIES = ("error", "warning", "info")
HELP_BASE = "https://senreport.readthedocs.io/en/latest/rules/"


@dataclass(frozen=True)
class Location:
    """Where a finding stands in the checked document."""

    xpath: str | None = None
    line: int | None = None
    #: In block markup: the indexes from the top-level block down to the innermost block
    #: holding the element (see :mod:`senreport.block_locations`).
    block: tuple[int, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The location's JSON shape: ``block`` only when the input was block markup."""
        data: dict[str, Any] = {"xpath": self.xpath, "line": self.line}
        if self.block is not None:
            data["block"] = list(self.block)
        return data


@dataclass(frozen=True)
class Finding:
    """One problem found in a document, written for the person who will fix it."""

    code: str
    severity: str
    message: str
    item: str | None = None
    location: Location | None = None
    reference: str = ""
    help: str = ""
    rule: str = ""
    #: The text the finding is about (used for the fingerprint and shown as context).
    excerpt: str = ""
    fingerprint: str = ""
    #: The reason an editor gave when acknowledging the finding, if they did.
    acknowledged: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The finding in the contract's JSON shape (with a few compatible extras)."""
        data: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "item": self.item,
            "location": self.location.to_dict() if self.location else None,
            "reference": self.reference,
            "help": self.help,
            "rule": self.rule,
            "excerpt": self.excerpt,
            "fingerprint": self.fingerprint,
        }
        if self.acknowledged is not None:
            data["acknowledged"] = {"reason": self.acknowledged}
        return data


def finding(
    message: str,
    *,
    item: str | None = None,
    element: etree._Element | None = None,
    excerpt: str | None = None,
    severity: str | None = None,
    xpath: str | None = None,
    line: int | None = None,
) -> Finding:
    """A finding for a rule to yield; the registry fills in its code, severity and reference."""
    location = None
    if element is not None:
        location = Location(path_of(element), element.sourceline)
        if excerpt is None:
            excerpt = normalise_space(element.text_content() or "")[:160]
    elif xpath is not None or line is not None:
        location = Location(xpath, line)
    return Finding(
        code="",
        severity=severity or "",
        message=message,
        item=item,
        location=location,
        excerpt=excerpt or "",
    )


def fingerprint(code: str, item: str | None, excerpt: str, occurrence: int) -> str:
    """A stable id for a finding: survives edits elsewhere in the document.

    It rests on the rule, the item and the text concerned, never on positions,
    so adding a paragraph above does not change it.
    """
    return _fingerprint(code, item, normalise_space(excerpt).lower(), occurrence)


def _fingerprint(code: str, item: str | None, text: str, occurrence: int) -> str:
    """:func:`fingerprint`, of the excerpt already normalised and in lower case."""
    key = "\x1f".join([code, item or "", text, str(occurrence)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def with_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Give each finding its fingerprint, counting repeats of the same text."""
    seen: dict[tuple[str, str | None, str], int] = {}
    result = []
    for f in findings:
        key = (f.code, f.item, normalise_space(f.excerpt).lower())
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        result.append(with_fields(f, fingerprint=_fingerprint(*key, occurrence)))
    return result


def with_fields(finding: Finding, **values: Any) -> Finding:
    """``dataclasses.replace(finding, **values)`` for fields of a finding, made without
    ``replace``'s field by field checks (a finding has no ``__post_init__``; a page may have
    hundreds of findings): a quarter of the time."""
    made = object.__new__(type(finding))
    made.__dict__.update(finding.__dict__)
    made.__dict__.update(values)
    return made


def acknowledge(findings: list[Finding], acknowledgements: dict[str, str]) -> list[Finding]:
    """Mark the findings an editor has acknowledged (by fingerprint), with their reasons."""
    return [
        replace(f, acknowledged=acknowledgements[f.fingerprint])
        if f.fingerprint in acknowledgements
        else f
        for f in findings
    ]
