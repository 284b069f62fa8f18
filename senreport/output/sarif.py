"""A check as SARIF 2.1.0, the format CI systems read."""

from __future__ import annotations

from typing import Any

from senreport import __version__
from senreport.check import CheckResult
from senreport.rules import REGISTRY

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def format_sarif(result: CheckResult) -> dict[str, Any]:
    """One SARIF run: the rules that fired, and one result per finding."""
    codes = sorted({f.code for f in result.findings})
    index = {code: i for i, code in enumerate(codes)}
    rules = []
    for code in codes:
        registered = REGISTRY[code]
        rules.append({
            "id": code,
            "name": registered.name,
            "shortDescription": {"text": registered.summary},
            "fullDescription": {"text": registered.description or registered.summary},
            "helpUri": registered.help,
            "defaultConfiguration": {"level": _LEVELS[registered.severity]},
            "properties": {"reference": registered.reference},
        })
    results = []
    for f in result.findings:
        entry: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": _LEVELS.get(f.severity, "note"),
            "message": {"text": f.message},
            "partialFingerprints": {"senreportFingerprint/v1": f.fingerprint},
            "properties": {"item": f.item, "reference": f.reference},
        }
        region = {"startLine": f.location.line} if f.location and f.location.line else None
        physical: dict[str, Any] = {"artifactLocation": {"uri": result.source or "input"}}
        if region:
            physical["region"] = region
        location: dict[str, Any] = {"physicalLocation": physical}
        if f.location and f.location.xpath:
            location["logicalLocations"] = [{"fullyQualifiedName": f.location.xpath,
                                             "kind": "element"}]
        entry["locations"] = [location]
        if f.acknowledged is not None:
            entry["suppressions"] = [{"kind": "external", "justification": f.acknowledged}]
        results.append(entry)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "senreport",
                "version": __version__,
                "informationUri": "https://senreport.readthedocs.io/",
                "rules": rules,
            }},
            "artifacts": [{"location": {"uri": result.source or "input"}}],
            "results": results,
            "properties": {"kind": result.kind, "coverage": result.coverage.to_dict()},
        }],
    }
