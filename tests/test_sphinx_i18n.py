"""The extension's own words in the site's language (Welsh), and catalogues kept complete."""

from __future__ import annotations

import gettext
import runpy
import shutil
from collections.abc import Callable
from pathlib import Path

from babel.messages.pofile import read_po
from sphinx.testing.util import SphinxTestApp

pytest_plugins = ("sphinx.testing.fixtures", "sphinx_conftest")

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "sphinx_senreport" / "locale"
WELSH = LOCALE / "cy" / "LC_MESSAGES" / "sphinx_senreport"


def test_welsh_catalogue_translates_every_message_and_is_compiled() -> None:
    script = runpy.run_path(str(ROOT / "scripts" / "sphinx-catalogues"))
    in_code = {text for text, _places in script["messages"]()}
    with WELSH.with_suffix(".po").open("rb") as handle:
        catalogue = {m.id: m.string for m in read_po(handle) if m.id}
    assert set(catalogue) == in_code
    assert [text for text, welsh in catalogue.items() if not welsh] == []
    # The compiled catalogue says what the .po says (run scripts/sphinx-catalogues).
    with WELSH.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert {text: compiled.gettext(text) for text in catalogue} == catalogue
    # Placeholders survive translation.
    for text, welsh in catalogue.items():
        assert sorted(part.split("}")[0] for part in text.split("{")[1:]) == sorted(
            part.split("}")[0] for part in welsh.split("{")[1:]), text


def test_a_welsh_site_shows_the_tables_in_welsh(
        make_sphinx_app: Callable[..., SphinxTestApp], warnings_of, rootdir: Path,
        tmp_path: Path) -> None:
    srcdir = tmp_path / "cy"
    shutil.copytree(rootdir / "test-senreport-site", srcdir)
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml", srcdir / "reports")
    (srcdir / "schools" / "st-annes.rst").write_text(
        ":orphan:\n\nYsgol Santes Ann\n================\n\n"
        ".. schedule1-checklist:: ../reports/st-annes.yaml\n   :no-warnings:\n\n"
        ".. sen-report:: ../reports/st-annes.yaml\n   :no-warnings:\n", encoding="utf-8")
    # docutils has no Welsh for its own directive names: that warning is docutils' own.
    app = make_sphinx_app("html", srcdir=srcdir, confoverrides={
        "language": "cy", "suppress_warnings": ["docutils", "senreport"]})
    app.build()
    assert warnings_of(app) == []
    directory = (app.outdir / "directory.html").read_text(encoding="utf-8")
    assert "Adroddiadau gwybodaeth AAA: 5 ysgol" in directory
    assert directory.count("<th class=\"head stub\"><p>Ysgol</p></th>") == 2
    assert '<td class="senreport-heat senreport-not-required"><p>amh.</p></td>' in directory
    assert '<td class="senreport-heat senreport-in-place"><p>Ydy</p></td>' in directory
    assert "<td><p>1 Medi 2024</p></td>" in directory  # St Anne's review date, in Welsh
    school = (app.outdir / "schools" / "st-annes.html").read_text(encoding="utf-8")
    assert "13 o 19 eitem ofynnol ar waith, 0 yn rhannol, 6 ddim ar waith" in school
    assert "<strong>Gwall:</strong> SR103" in school
    # The English report in a Welsh page is marked as English.
    assert '<div class="senreport-report" lang="en"' in school
    rubric = (app.outdir / "rubric.html").read_text(encoding="utf-8")
    assert "Beth ddylai’r Cynnig Lleol ei wneud" in rubric
