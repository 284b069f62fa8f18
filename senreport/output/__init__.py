"""Output formats for a check: text for people, JSON for programs, SARIF for CI, HTML."""

from __future__ import annotations

import json

from senreport.check import CheckResult
from senreport.output.text import format_text


def format_result(result: CheckResult, fmt: str) -> str:
    """A check result in the named format (text, json, sarif or html)."""
    if fmt == "json":
        return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "sarif":
        from senreport.output.sarif import format_sarif

        return json.dumps(format_sarif(result), indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        from senreport.output.html_report import format_html

        return format_html(result)
    return format_text(result)
