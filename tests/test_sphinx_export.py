"""senreport.json: every HTML build exports its reports, valid against the published schema."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import jsonschema
from sphinx.testing.util import SphinxTestApp

from senreport.catalogue import SCHEDULE_1

pytest_plugins = ("sphinx.testing.fixtures", "sphinx_conftest")

MakeApp = Callable[..., SphinxTestApp]


def test_an_html_build_writes_senreport_json(make_sphinx_app: MakeApp, rootdir: Path,
                                             tmp_path: Path) -> None:
    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-senreport-site", srcdir)
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml",
                srcdir / "reports")
    app = make_sphinx_app("dirhtml", srcdir=srcdir,
                          confoverrides={"suppress_warnings": ["senreport"]})
    app.build()
    data = json.loads((app.outdir / "senreport.json").read_text(encoding="utf-8"))
    schema = json.loads((app.outdir / "_static" / "senreport.schema.json").read_text(
        encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    assert data["today"] == "2026-10-01"
    by_path = {r["path"]: r for r in data["reports"]}
    assert sorted(by_path) == ["reports/brookside-nursery.yaml",
                               "reports/hillcrest-special-school.yaml",
                               "reports/oakfield-primary.yaml", "reports/riverside-academy.yaml",
                               "reports/st-annes.yaml"]
    hillcrest = by_path["reports/hillcrest-special-school.yaml"]
    assert hillcrest["school"] == "Hillcrest School"
    assert hillcrest["type"] == "special"
    assert hillcrest["page"] == "schools/hillcrest-special-school/"
    assert list(hillcrest["coverage"]) == [item.id for item in SCHEDULE_1]
    assert hillcrest["not_required"] == ["2", "4"]
    # St Anne's is in the directory only: no page of its own, and its gaps as findings.
    annes = by_path["reports/st-annes.yaml"]
    assert annes["page"] is None
    assert annes["reviewed"] == "2024-09-01"
    assert annes["coverage"]["5"] == "not_in_place"
    codes = [(f["code"], f["line"]) for f in annes["findings"] if f["severity"] != "info"]
    assert ("SR140", 14) in codes and ("SR105", 15) in codes
    assert annes["summary"]["errors"] + annes["summary"]["warnings"] == len(codes)
    assert data["summary"]["reports"] == 5


def test_a_build_with_no_reports_exports_an_empty_list(make_sphinx_app: MakeApp,
                                                       tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text('extensions = ["sphinx_senreport"]\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text("Home\n====\n", encoding="utf-8")
    app = make_sphinx_app("html", srcdir=tmp_path)
    app.build()
    data = json.loads((app.outdir / "senreport.json").read_text(encoding="utf-8"))
    assert data["reports"] == []
    assert data["summary"] == {"reports": 0, "errors": 0, "warnings": 0}


def test_another_site_lists_the_exported_schools(make_sphinx_app: MakeApp, warnings_of,
                                                 rootdir: Path, tmp_path: Path) -> None:
    northshire = tmp_path / "northshire"
    shutil.copytree(rootdir / "test-senreport-site", northshire)
    exporter = make_sphinx_app("html", srcdir=northshire, confoverrides={
        "html_baseurl": "https://www.northshire.example/local-offer/"})
    exporter.build()
    region = tmp_path / "region"
    (region / "imports").mkdir(parents=True)
    shutil.copy(exporter.outdir / "senreport.json", region / "imports" / "northshire.json")
    (region / "reports").mkdir()
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml", region / "reports")
    (region / "conf.py").write_text(
        'extensions = ["sphinx_senreport"]\nsenreport_today = "2026-10-01"\n'
        'senreport_import_json = {"northshire": "imports/northshire.json"}\n'
        'suppress_warnings = ["senreport.sr140", "senreport.sr103", "senreport.sr105", '
        '"senreport.sr106", "senreport.sr111", "senreport.sr112", "senreport.sr161"]\n',
        encoding="utf-8")
    (region / "index.rst").write_text(
        "Region\n======\n\n.. sen-report-directory:: reports\n   :import: northshire\n\n"
        ".. sen-report-directory::\n   :import: northshire\n   :type: special\n\n"
        ".. sen-report-directory::\n   :import: southshire\n", encoding="utf-8")
    app = make_sphinx_app("html", srcdir=region)
    app.build()
    assert warnings_of(app) == [
        "index.rst:11: WARNING: sen-report-directory: :import: 'southshire' is not in "
        "senreport_import_json (northshire) [senreport.directory]"]
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "SEN information reports: 5 schools" in page
    assert ('<a class="reference external" '
            'href="https://www.northshire.example/local-offer/schools/hillcrest-special-school'
            '.html">Hillcrest School</a>') in page
    assert "1 of 4 schools: type: Special." in page
    # The imported schools' own checks stay theirs: only St Anne's is in this site's export.
    data = json.loads((app.outdir / "senreport.json").read_text(encoding="utf-8"))
    assert [r["school"] for r in data["reports"]] == ["St Anne's CofE Primary School"]
