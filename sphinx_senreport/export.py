"""``senreport.json``: every report the site shows, written into the output folder.

Like sphinx-needs' ``needs.json``, a machine-readable export of the build: each report's
school, type, review date, coverage per Schedule 1 item and findings, so another tool (a
regional directory, a dashboard, a spreadsheet) can use what the site checked. Its shape
is published as a JSON Schema, ``_static/senreport.schema.json``, beside the pages.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.errors import NoUri

from sphinx_senreport.config import settings, today_of
from sphinx_senreport.reports import ReportRecord
from sphinx_senreport.state import pages, shown_on

if TYPE_CHECKING:
    from sphinx.application import Sphinx

EXPORT_FILE = "senreport.json"
SCHEMA_FILE = "senreport.schema.json"
#: Bumped when a field changes meaning or goes; new fields keep the version.
EXPORT_VERSION = 1


def write_export(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: write ``senreport.json`` for HTML builds (not EPUB)."""
    if exception is not None or app.builder.format != "html" or app.builder.name.startswith(
            "epub"):
        return
    data = export(app)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    Path(app.outdir, EXPORT_FILE).write_text(text, encoding="utf-8")


def export(app: Sphinx) -> dict[str, Any]:
    """The export as JSON-ready data."""
    from sphinx_senreport import __version__

    records: dict[str, ReportRecord] = {}
    for docname in sorted(pages(app.env)):
        for use in pages(app.env)[docname].uses:
            records.setdefault(use.record.path, use.record)
    links = shown_on(app.env)
    reports = [_report(app, record, links.get(path)) for path, record in sorted(records.items())]
    return {
        "$schema": f"_static/{SCHEMA_FILE}",
        "version": EXPORT_VERSION,
        "generator": f"sphinx_senreport {__version__}",
        "project": app.config.project,
        # Where the site is published (html_baseurl), so another site can link to its pages.
        "base_url": app.config.html_baseurl or None,
        "today": today_of(settings(app.config)).isoformat(),
        "reports": reports,
        "summary": {
            "reports": len(reports),
            "errors": sum(r.errors for r in records.values()),
            "warnings": sum(r.warnings for r in records.values()),
        },
    }


def _report(app: Sphinx, record: ReportRecord, docname: str | None) -> dict[str, Any]:
    page = None
    if docname is not None:
        try:
            page = app.builder.get_target_uri(docname)
        except NoUri:
            page = None
    return {
        "path": record.path,
        "school": record.school,
        "type": record.school_type,
        "reviewed": record.reviewed,
        "page": page,
        "coverage": record.coverage,
        "not_required": list(record.not_required),
        "findings": [{"code": f.code, "severity": f.severity, "message": f.message,
                      "item": f.item, "line": f.line, "accepted": f.accepted or None}
                     for f in record.findings],
        "summary": {"errors": record.errors, "warnings": record.warnings,
                    "info": sum(1 for f in record.findings if f.severity == "info")},
    }
