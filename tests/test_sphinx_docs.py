"""The project's own documentation builds with its own extension, strictly, and accessibly."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sphinx.cmd.build import main as sphinx_build

from sphinx_senreport.diagnostics import SUBTYPES

DOCS = Path(__file__).resolve().parent.parent / "docs"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

#: Pages checked with axe-core: every hand-written page, the example site and two rule pages.
AXE_PAGES = ["index.html", "installing.html", "editors-guide.html", "la-guide.html",
             "http-api.html", "rules/index.html", "rules/SR104.html", "rules/AX110.html",
             "example/index.html", "example/directory.html", "example/rubric.html",
             "example/schools/oakfield-primary.html", "example/schools/st-annes-primary.html",
             "example/schools/hillcrest-special-school.html"]


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """docs/ built once for this module, with -W (any warning fails the build)."""
    outdir = tmp_path_factory.mktemp("docs-html")
    assert sphinx_build(["-W", "-q", "-b", "html", "-d", str(outdir / ".doctrees"),
                         str(DOCS), str(outdir)]) == 0
    return outdir


def test_docs_build_strictly(built_docs: Path) -> None:
    # The rule reference was generated from the registry, one page per rule.
    from senreport.rules import REGISTRY

    for code in REGISTRY:
        assert (built_docs / "rules" / f"{code}.html").is_file(), code
    directory = (built_docs / "example" / "directory.html").read_text(encoding="utf-8")
    assert "SEN information reports of Exampleshire schools" in directory
    assert directory.count('<th class="stub"><p><a class="reference internal"') == 10
    assert '<td class="senreport-heat senreport-not-in-place"><p>No</p></td>' in directory


def test_every_warning_subtype_is_documented() -> None:
    guide = (DOCS / "la-guide.rst").read_text(encoding="utf-8")
    for subtype in SUBTYPES:
        assert f"``senreport.{subtype}``" in guide, subtype
    assert "``senreport.<rule code>``" in guide


def test_the_guide_documents_install_rubric_ids_and_themes() -> None:
    from senreport.catalogue import RUBRIC
    from sphinx_senreport.rubric import _rule_code

    guide = (DOCS / "la-guide.rst").read_text(encoding="utf-8")
    for line in RUBRIC:
        assert f"``{line.id}``" in guide, line.id
        assert f"     - {_rule_code(line.id)}\n" in guide, line.id
    assert "-m pip install ./senreport" in guide
    for theme in ("Alabaster", "Furo", "sphinx_rtd_theme"):
        assert theme in guide
    for word in ("senreport.json", "senreport.schema.json", "sphinx-build -W -E", "SR140"):
        assert word in guide, word
    # Every colour property of the stylesheet is named.
    from sphinx_senreport.assets import STATIC

    css = (STATIC / "senreport.css").read_text(encoding="utf-8")
    names = set(re.findall(r"(--senreport-[\w-]+):", css))
    pairs = re.findall(r"``(--senreport-[\w-]+)-bg``\s+and\s+``-fg``", guide)
    named = set(re.findall(r"``(--senreport-[\w-]+)``", guide)) | {f"{p}-fg" for p in pairs}
    assert names <= named, names - named


def test_built_pages_have_no_axe_violations(built_docs: Path) -> None:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe = Axe()
    problems: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            for name in AXE_PAGES:
                page.goto((built_docs / name).as_uri())
                violations = axe.run(page).response["violations"]
                if violations:
                    problems[name] = [f"{v['id']}: {v['help']} "
                                      f"{[n['target'] for n in v['nodes']][:3]}"
                                      for v in violations]
        finally:
            browser.close()
    assert problems == {}
