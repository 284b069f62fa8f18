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
