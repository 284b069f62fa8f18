"""Reports from another site's ``senreport.json``, for a directory across authorities.

``senreport_import_json = {"northshire": "imports/northshire-senreport.json"}`` in
``conf.py`` names export files (relative to the source folder); ``.. sen-report-directory::``
with ``:import: northshire`` lists their schools beside (or instead of) a folder's. The
other site's own checks are shown as they were exported: imported reports do not warn here.
A school links to its page on the other site when the export gives the site's address.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from senreport.catalogue import SCHEDULE_1
from sphinx_senreport.report_html import ReportHtml
from sphinx_senreport.reports import ItemNotes, ReportRecord, ReportWarning

_VALUES = ("in_place", "partly", "not_in_place")
_EMPTY = ReportHtml("", (), "")


def read_export(path: Path, name: str) -> list[ReportRecord]:
    """The reports of one export file (ValueError with a message for the editor)."""
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except FileNotFoundError:
        raise ValueError(f"senreport_import_json[{name!r}]: there is no file {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"senreport_import_json[{name!r}]: {path.name} cannot be read "
                         f"({error})") from None
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(
            data.get("reports"), list):
        raise ValueError(f"senreport_import_json[{name!r}]: {path.name} is not a "
                         "senreport.json export (version 1)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]
    base = data.get("base_url") or ""
    try:
        return [_record(entry, name, str(path), digest, base) for entry in data["reports"]]
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"senreport_import_json[{name!r}]: {path.name} has a report that "
                         f"cannot be read ({error!r})") from None


def _record(entry: dict[str, Any], name: str, abspath: str, digest: str,
            base: str) -> ReportRecord:
    coverage = entry["coverage"]
    not_required = set(entry.get("not_required") or ())
    items = tuple(ItemNotes(item=item.id, value=_value(coverage.get(item.id)),
                            applies=item.id not in not_required, evidence=(), line=None)
                  for item in SCHEDULE_1)
    findings = tuple(ReportWarning(str(f["code"]), str(f["severity"]), str(f["message"]),
                                   int(f.get("line") or 1), f.get("item"),
                                   accepted=f.get("accepted") or "")
                     for f in entry.get("findings") or ())
    summary = entry.get("summary") or {}
    page = entry.get("page")
    return ReportRecord(
        path=f"{name}:{entry['path']}", abspath=abspath, digest=digest,
        school=str(entry["school"]), school_type=str(entry["type"]),
        reviewed=entry.get("reviewed"), items=items,
        errors=int(summary.get("errors", 0)), warnings=int(summary.get("warnings", 0)),
        findings=findings, html=_EMPTY, plain=(),
        url=f"{base.rstrip('/')}/{page}" if base and page else "",
    )


def _value(value: Any) -> str:
    if value not in _VALUES:
        raise ValueError(f"coverage value {value!r}")
    return str(value)
