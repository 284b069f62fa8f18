"""The README's main job, run as a user runs it: real WordPress, bridge, sidecar, demo report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.wordpress
def test_demo_injects_and_checks_the_report() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    out = result.stdout
    assert "Created page" in out and "(published)" in out
    assert "'action': 'created'" in out
    assert "/sen-information-report/: SEN information report" in out
    assert "19 of 19 items in place" in out
    assert '"summary"' in out or "senreport_findings: {" in out
