"""How long ``check --browser`` takes per page, against axe-core alone, in one run.

Run: .venv/bin/python benchmarks/browser_speed.py [--runs N]
Goal: ``--browser`` within 1.2 times axe-core alone (the same Chromium, the same page).
"axe-core alone" launches Debian's Chromium, opens the page and runs axe-core; ``--browser``
does that and the static checks, and merges the findings.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from senreport.check import check
from senreport.cli.browser import _ARGS, chromium_path, with_browser
from senreport.readers.structured import load_report
from senreport.writers.html import render_page

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "senreport" / "examples" / "oakfield-primary.yaml"


def axe_alone(path: Path) -> int:
    """Launch Chromium, open the page, run axe-core: the number of violations."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=_ARGS)
        try:
            page = browser.new_page()
            page.goto(path.resolve().as_uri())
            return len(Axe().run(page).response["violations"])
        finally:
            browser.close()


def with_static(path: Path, content: str) -> int:
    """What ``senreport check PATH --browser`` does: the number of findings."""
    result = check(content, source=str(path))
    return len(with_browser(result, content, str(path)).findings)


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    content = render_page(load_report(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.html"
        path.write_text(content, encoding="utf-8")
        axe_times, ours = [], []
        axe_alone(path)  # warm the disk cache once
        for _ in range(runs):  # interleaved, so both see the same load on the machine
            start = time.perf_counter()
            axe_alone(path)
            axe_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            with_static(path, content)
            ours.append(time.perf_counter() - start)
    axe_median, our_median = statistics.median(axe_times), statistics.median(ours)
    print(f"page: {path.name} ({len(content.split())} words), {runs} runs each, interleaved")
    print(f"axe-core alone:     median {axe_median * 1000:7.0f} ms   "
          f"fastest {min(axe_times) * 1000:7.0f} ms")
    print(f"check --browser:    median {our_median * 1000:7.0f} ms   "
          f"fastest {min(ours) * 1000:7.0f} ms")
    # the fastest run is the least disturbed by other work on a shared machine
    print(f"ratio: median {our_median / axe_median:.2f}x, fastest "
          f"{min(ours) / min(axe_times):.2f}x axe-core alone (goal <= 1.2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
