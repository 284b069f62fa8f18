"""Every builder gets the content; item headings are real sections with unique anchors."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from senreport.readers.structured import load_report
from senreport.writers.html import render_html
from sphinx_senreport.report_html import report_html

pytest_plugins = ("sphinx.testing.fixtures", "sphinx_conftest")

MakeApp = Callable[..., SphinxTestApp]


def _site(rootdir: Path, target: Path) -> Path:
    shutil.copytree(rootdir / "test-senreport-site", target)
    return target


def _outputs(outdir: Path) -> str:
    """Every output file's text (the doctree cache left out)."""
    texts = []
    for path in sorted(outdir.rglob("*")):
        if path.is_file() and ".doctrees" not in path.parts and path.suffix in (
                ".html", ".tex", ".txt", ".1", ".texi"):
            texts.append(path.read_text(encoding="utf-8"))
    return "\n".join(texts)


@pytest.mark.parametrize("builder", ["singlehtml", "latex", "text", "man", "texinfo"])
def test_every_builder_has_the_directory_and_heatmap(
        make_sphinx_app: MakeApp, warnings_of, rootdir: Path, tmp_path: Path,
        builder: str) -> None:
    app = make_sphinx_app(builder, srcdir=_site(rootdir, tmp_path / builder))
    app.build()
    assert warnings_of(app) == []
    text = _outputs(app.outdir)
    # The directory's table, its heatmap (words in the cells) and a report's item heading.
    assert "SEN information reports: 4 schools" in text
    assert "Schedule 1 items by school" in text
    assert "Hillcrest School" in text
    assert "n/a" in text
    assert "Who is our SENCO and how can I contact them?" in text
    assert "Adviser" in text  # the rubric's table too


def test_text_heatmap_has_bare_item_numbers(make_sphinx_app: MakeApp, rootdir: Path,
                                            tmp_path: Path) -> None:
    app = make_sphinx_app("text", srcdir=_site(rootdir, tmp_path / "text"))
    app.build()
    text = (app.outdir / "directory.txt").read_text(encoding="utf-8")
    header = next(line for line in text.splitlines()
                  if line.startswith("| School ") and "3a" in line)
    assert re.findall(r"\| (\w+)\s+", header)[:4] == ["School", "1", "2", "3a"]
    assert re.search(r"\| Hillcrest School\s+\| Yes\s+\| n/a\s+\|", text)


def test_epub_contains_its_stylesheet(make_sphinx_app: MakeApp, rootdir: Path,
                                      tmp_path: Path) -> None:
    srcdir = _site(rootdir, tmp_path / "epub")
    app = make_sphinx_app("epub", srcdir=srcdir, confoverrides={
        "exclude_patterns": ["_build"], "suppress_warnings": ["epub.unknown_project_files"]})
    app.build()
    [book] = list(app.outdir.glob("*.epub"))
    with zipfile.ZipFile(book) as epub:
        names = epub.namelist()
        css = epub.read("_static/senreport.css").decode("utf-8")
        directory = epub.read("directory.xhtml").decode("utf-8")
        manifest = epub.read("content.opf").decode("utf-8")
    assert "_static/senreport.css" in names
    assert "--senreport-gap-bg" in css
    assert 'href="_static/senreport.css' in directory
    assert 'href="_static/senreport.css"' in manifest


def test_item_headings_are_in_the_page_contents(make_sphinx_app: MakeApp, rootdir: Path,
                                                tmp_path: Path) -> None:
    app = make_sphinx_app("html", srcdir=_site(rootdir, tmp_path / "toc"),
                          confoverrides={"html_sidebars": {"**": ["localtoc.html"]}})
    app.build()
    toc = app.env.tocs["schools/oakfield-primary"]
    refs = [(ref["anchorname"], ref.astext()) for ref in toc.findall(
        lambda n: n.tagname == "reference")]
    assert refs[0] == ("", "Oakfield Primary School")
    assert ("#item-4", "Who is our SENCO and how can I contact them?") in refs
    sections = (app.srcdir / "reports" / "oakfield-primary.yaml").read_text(
        encoding="utf-8").count("  - item: ")
    assert len(refs) == 1 + sections
    page = (app.outdir / "schools" / "oakfield-primary.html").read_text(encoding="utf-8")
    # The sidebar's "contents of this page" lists the items, linked to the block's anchors.
    assert re.search(r'<a class="reference internal" href="#item-3a">', page)
    # The HTML is still the block's own, heading ids and all.
    assert page.count('<h2 id="item-3a">') == 1


def test_the_pieces_make_the_blocks_markup(rootdir: Path) -> None:
    for path in sorted((rootdir / "test-senreport-site" / "reports").glob("*.yaml")):
        report = load_report(path.read_text(encoding="utf-8"), str(path))
        assert report_html(report).joined() == render_html(report), path.name


def test_two_reports_on_one_page_have_their_own_anchors(
        make_sphinx_app: MakeApp, warnings_of, rootdir: Path, tmp_path: Path) -> None:
    reports = rootdir / "test-senreport-site" / "reports"
    srcdir = tmp_path / "two"
    srcdir.mkdir()
    for name in ("oakfield-primary.yaml", "riverside-academy.yaml"):
        shutil.copy(reports / name, srcdir / name)
    (srcdir / "conf.py").write_text('extensions = ["sphinx_senreport"]\n'
                                    'senreport_today = "2026-10-01"\nlanguage = "pl"\n',
                                    encoding="utf-8")
    (srcdir / "index.rst").write_text(
        "Ysgolion\n========\n\n.. sen-report:: oakfield-primary.yaml\n   :language: en\n\n"
        ".. sen-report:: riverside-academy.yaml\n   :language: en-GB\n", encoding="utf-8")
    app = make_sphinx_app("html", srcdir=srcdir)
    app.build()
    assert warnings_of(app) == []
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert '<h2 id="item-1">' in page
    assert '<h2 id="riverside-academy-item-1">' in page
    # Every link of each report's contents list goes to a heading on the page.
    for target in re.findall(r'<li><a href="#([^"]+)">', page):
        assert target in ids, target
    # An English report in a Polish page says it is English.
    assert page.count('<div class="senreport-report" lang="en') == 2
    assert '<html lang="pl"' in page
