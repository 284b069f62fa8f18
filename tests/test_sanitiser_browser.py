"""A hostile report, written by every writer and loaded in Chromium, runs no script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from senreport.model import Report, School, Section
from senreport.writers.html import render_page
from sidecar.inject import inject_report
from sidecar.wordpress import WordPressClient

try:
    from tests.test_browser_editor import CHROMIUM_ARGS, ensure_chromium
    from tests.test_sanitiser import ATTACKS
    from tests.wordpress_harness import WordPressSite
except ImportError:  # tests/ itself on sys.path
    from test_browser_editor import CHROMIUM_ARGS, ensure_chromium
    from test_sanitiser import ATTACKS
    from wordpress_harness import WordPressSite

pytest_plugins = ("sphinx.testing.fixtures", "sphinx_conftest")

#: Attacks that run as the page loads, with no click (each calls alert).
ON_LOAD = [
    '<iframe src="javascript:alert(1)" title="x"></iframe>',
    '<iframe src="java&#x09;script:alert(2)" title="x"></iframe>',
    '<iframe srcdoc="&lt;script&gt;alert(3)&lt;/script&gt;" title="x"></iframe>',
    '<img src="x" onerror="alert(4)" alt="x">',
    '<svg><script>alert(5)</script></svg>',
    '<object data="javascript:alert(6)"></object>',
    '<embed src="javascript:alert(7)">',
    '<details open ontoggle="alert(8)"><summary>s</summary></details>',
    '<p><a title="--&gt;&lt;!-- /wp:senreport/section --&gt;&lt;script&gt;alert(9)&lt;/script&gt;"'
    ' href="https://example.org">x</a></p>',
]
HOSTILE = Report(school=School(name="Hostile School"),
                 sections=(Section(item="1", body="\n".join(ON_LOAD + ATTACKS)),
                           Section(item="2", body="<p>After.</p>")))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = ensure_chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def dialogs_on_load(browser: Any, url: str) -> list[str]:
    """The alerts a page raises as it loads (and a moment after)."""
    page = browser.new_page()
    seen: list[str] = []

    def note(dialog: Any) -> None:
        seen.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", note)
    page.goto(url, wait_until="load", timeout=20_000)
    page.wait_for_timeout(700)
    page.close()
    return seen


def test_the_html_writer_page_runs_no_script(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_page(HOSTILE), encoding="utf-8")
    assert dialogs_on_load(browser, path.as_uri()) == []


def test_a_sphinx_build_runs_no_script(browser: Any, make_sphinx_app, tmp_path: Path) -> None:
    data = {"school": {"name": "Hostile School"},
            "sections": [{"item": s.item, "body": s.body} for s in HOSTILE.sections]}
    (tmp_path / "conf.py").write_text('extensions = ["sphinx_senreport"]\n', encoding="utf-8")
    (tmp_path / "report.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    (tmp_path / "index.rst").write_text(
        "Report\n======\n\n.. sen-report:: report.yaml\n   :no-warnings:\n", encoding="utf-8")
    app = make_sphinx_app("html", srcdir=tmp_path)
    app.build()
    assert dialogs_on_load(browser, (Path(app.outdir) / "index.html").as_uri()) == []


@pytest.mark.wordpress
def test_the_published_wordpress_page_runs_no_script(browser: Any) -> None:
    with WordPressSite.start("6.8") as site, \
            WordPressClient(site.url, site.user, site.app_password) as client:
        result = inject_report(client, HOSTILE, slug="hostile", publish=True)
        assert result.link
        assert dialogs_on_load(browser, result.link) == []
