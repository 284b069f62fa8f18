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


class RenderedPages:
    """One Chromium, started on first use, that shows pages and runs axe-core on them.

    Use it as a context manager, or call :meth:`close`; one browser serves a whole audit.
    """

    def __init__(self) -> None:
        self._playwright: Any = None
        self._browser: Any = None

    def __enter__(self) -> RenderedPages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> Any:
        if self._browser is None:
            try:
                from playwright.sync_api import sync_playwright
            except ImportError:
                raise BrowserError("--browser needs the browser extra: pip install "
                                   "'senreport[browser]'") from None
            executable = chromium_path()
            self._playwright = sync_playwright().start()
            try:
                self._browser = self._playwright.chromium.launch(executable_path=executable,
                                                                 args=_ARGS)
            except Exception as error:
                self.close()
                raise BrowserError(f"Chromium would not start: {_first_line(error)}") from None
        return self._browser

    def violations(self, content: str, source: str,
                   options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """axe-core's violations for a page, loaded as a browser shows it.

        A file is opened from disk (so its own style sheets load); a web address's content,
        already fetched under the address policy, is shown with a ``<base>`` so its style
        sheets load from the site. ``options`` are axe-core's run options (default: every
        rule, XPaths of the elements).
        """
        try:
            from axe_playwright_python.sync_playwright import Axe
            from playwright.sync_api import Error as PlaywrightError
        except ImportError:
            raise BrowserError("--browser needs the browser extra: pip install "
                               "'senreport[browser]'") from None
        page = self._start().new_page()
        path = Path(source)
        try:
            if path.is_file() and path.suffix.lower() in (".html", ".htm"):
                page.goto(path.resolve().as_uri())
            else:
                page.set_content(_with_base(content, source))
            response = Axe().run(page, options=options or _OPTIONS).response
            return list(response.get("violations", []))
        except PlaywrightError as error:
            raise BrowserError(f"the browser could not check {source}: "
                               f"{_first_line(error)}") from None
        finally:
            page.close()

    def close(self) -> None:
        """Stop the browser (if it was started)."""
        if self._browser is not None:
            self._browser.close()
            self._browser = None
        if self._playwright is not None:
            self._playwright.stop()
            self._playwright = None


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else "no reason given"


def axe_violations(content: str, source: str) -> list[dict[str, Any]]:
    """axe-core's violations for one page, in a browser started for it."""
    with RenderedPages() as pages:
        return pages.violations(content, source)


def _with_base(content: str, source: str) -> str:
    if not source.startswith(("http://", "https://")):
        return content
    base = f'<base href="{source}">'
    match = _HEAD.search(content)
    return (content[:match.end()] + base + content[match.end():] if match
            else base + content)


def with_browser(result: CheckResult, content: str, source: str,
                 pages: RenderedPages | None = None) -> CheckResult:
    """The static result with what the rendered page adds (one finding per barrier).

    A structured report or block markup is shown as the page senreport reads from it.
    ``pages`` is a browser already running (an audit's); without it one is started.
    """
    if detect_form(content, source) != "html":
        content = html.tostring(result.document.root, encoding="unicode", method="html")
        source = source + ".html"  # not a file on disk: shown from memory
    violations = (pages.violations(content, source) if pages is not None
                  else axe_violations(content, source))
    return replace(result, findings=merge(result.findings,
                                          rendered_findings(result.document, violations)))
