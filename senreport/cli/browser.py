"""The ``--browser`` layer: the page loaded in Debian's Chromium, judged by axe-core.

Playwright drives the browser through ``executable_path`` (never a browser download);
axe-core comes from the ``axe-playwright-python`` package (``pip install
senreport[browser]``). The findings join the static ones under AX codes
(:mod:`senreport.rules.accessibility.rendered`).
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from lxml import html

from senreport.check import CheckResult, detect_form
from senreport.rules.accessibility.rendered import merge, rendered_findings

#: Debian's Chromium; ``SENREPORT_CHROMIUM`` names another build.
CHROMIUM = "/usr/bin/chromium"
_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_OPTIONS = {"resultTypes": ["violations"], "xpath": True}


class BrowserError(RuntimeError):
    """The browser layer cannot run; the message is one line for the user."""


def chromium_path() -> str:
    """The Chromium to drive, or a :class:`BrowserError` saying how to get one."""
    path = os.environ.get("SENREPORT_CHROMIUM", CHROMIUM)
    if not os.access(path, os.X_OK):
        raise BrowserError(f"--browser needs Chromium at {path}: install Debian's chromium "
                           "package (scripts/install-browser.sh) or set SENREPORT_CHROMIUM")
    return path


def axe_violations(content: str, source: str) -> list[dict[str, Any]]:
    """axe-core's violations for a page, loaded as a browser shows it.

    A file is opened from disk (so its own style sheets load); a web address's content,
    already fetched under the address policy, is shown with a ``<base>`` so its style
    sheets load from the site.
    """
    try:
        from axe_playwright_python.sync_playwright import Axe
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise BrowserError("--browser needs the browser extra: pip install "
                           "'senreport[browser]'") from None
    executable = chromium_path()
    path = Path(source)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=_ARGS)
            try:
                page = browser.new_page()
                if path.is_file() and path.suffix.lower() in (".html", ".htm"):
                    page.goto(path.resolve().as_uri())
                else:
                    page.set_content(_with_base(content, source))
                return list(Axe().run(page, options=_OPTIONS).response.get("violations", []))
            finally:
                browser.close()
    except PlaywrightError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else "no reason given"
        raise BrowserError(f"the browser could not check {source}: {first}") from None


def _with_base(content: str, source: str) -> str:
    if not source.startswith(("http://", "https://")):
        return content
    base = f'<base href="{source}">'
    match = _HEAD.search(content)
    return (content[:match.end()] + base + content[match.end():] if match
            else base + content)


def with_browser(result: CheckResult, content: str, source: str) -> CheckResult:
    """The static result with what the rendered page adds (one finding per barrier).

    A structured report or block markup is shown as the page senreport reads from it.
    """
    if detect_form(content, source) != "html":
        content = html.tostring(result.document.root, encoding="unicode", method="html")
        source = source + ".html"  # not a file on disk: shown from memory
    violations = axe_violations(content, source)
    return replace(result, findings=merge(result.findings,
                                          rendered_findings(result.document, violations)))
