"""The rule catalogue, for ``senreport rules``."""

from __future__ import annotations

import json

from senreport.rules import REGISTRY
from senreport.rules.registry import FAMILIES


def rules_text() -> str:
    """Every rule, grouped by family: code, severity, name and summary."""
    lines: list[str] = []
    for family, title in FAMILIES.items():
        members = [r for code, r in sorted(REGISTRY.items()) if r.family == family]
        if not members:
            continue
        lines.append(f"{family}: {title}")
        for r in members:
            lines.append(f"  {r.code}  {r.severity:<8} {r.name:<28} {r.summary}")
        lines.append("")
    return "\n".join(lines)


def rules_json() -> str:
    """Every rule as JSON (for tools and for the documentation)."""
    return json.dumps(
        [
            {"code": r.code, "name": r.name, "severity": r.severity, "reference": r.reference,
             "kinds": list(r.kinds), "summary": r.summary, "help": r.help,
             "act": list(r.act), "wcag": list(r.wcag), "browser_only": r.browser_only}
            for _, r in sorted(REGISTRY.items())
        ],
        indent=2,
    ) + "\n"
