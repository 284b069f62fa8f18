"""sphinx_senreport in real Sphinx builds: rendering, warnings, suppression, broken input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sphinx.errors import ExtensionError
from sphinx.testing.util import SphinxTestApp

from senreport.model import LocalOffer, Report
from senreport.writers.common import local_offer_line

pytest_plugins = ("sphinx.testing.fixtures", "sphinx_conftest")

WARNING_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+): WARNING: (?P<code>[A-Z]{2}\d{3}): .+ "
    r"\[senreport\.(?P<subtype>[a-z]{2}\d{3})\]$"
)


@pytest.mark.sphinx("html", testroot="senreport-complete")
def test_complete_report_builds_without_warnings(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    assert warnings_of(sphinx_app) == []
    page = (sphinx_app.outdir / "index.html").read_text(encoding="utf-8")
    # The block's structure: a contents list, one h2 per item with its stable id.
    assert '<nav class="senreport-contents" aria-label="Contents">' in page
    for item in ("1", "3a", "3g", "13"):
        assert f'<h2 id="item-{item}">' in page
    assert 'class="senreport-contact"' in page  # the SENCO line in item 4
    assert 'class="senreport-local-offer"' in page  # the Local Offer line in item 13
    # The self-evaluation table: a caption, header cells, a tick with words for screen readers.
    assert "<caption><span class=\"caption-text\">Oakfield Primary School: Schedule 1" in page
    assert '<span class="senreport-visually-hidden"> In place</span>' in page
    assert "19 of 19 required items in place" in page
    assert '<link rel="stylesheet" type="text/css" href="_static/senreport.css' in page
    assert (sphinx_app.outdir / "_static" / "senreport.css").is_file()


@pytest.mark.sphinx("html", testroot="senreport-complete", srcdir="complete-link")
def test_local_offer_link_says_what_the_writers_say(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    page = (sphinx_app.outdir / "index.html").read_text(encoding="utf-8")
    url = "https://www.exampleshire.gov.uk/send-local-offer"
    expected = local_offer_line(Report(local_offer=LocalOffer("Exampleshire County Council", url)))
    found = re.findall(r'<p class="senreport-local-offer">.*?</p>', page, re.DOTALL)
    # Sphinx adds its own classes to the link; the words are the same.
    assert [re.sub(r"<[^>]+>", "", p).replace("’", "'") for p in found] == [
        re.sub(r"<[^>]+>", "", expected)] * 2


@pytest.mark.sphinx("text", testroot="senreport-complete", srcdir="complete-text")
def test_other_builders_get_the_report_as_text(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    text = (sphinx_app.outdir / "index.txt").read_text(encoding="utf-8")
    assert "What kinds of special educational needs do we provide for?" in text
    assert "Our SENCO is Mrs Ayesha Khan." in text


@pytest.mark.sphinx("html", testroot="senreport-gaps")
def test_missing_items_warn_with_codes_and_lines(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    lines = warnings_of(sphinx_app)
    parsed = [WARNING_LINE.match(line) for line in lines]
    assert all(parsed), lines
    found = [(m["path"], int(m["line"]), m["code"], m["subtype"]) for m in parsed if m]
    report = "reports/st-annes.yaml"
    # Missing sections point at the ``sections:`` line (line 15), the stale date at
    # ``reviewed:`` (line 14); each once, although two directives use the report.
    assert found == [
        (report, 14, "SR140", "sr140"),
        (report, 15, "SR103", "sr103"),
        (report, 15, "SR103", "sr103"),
        (report, 15, "SR105", "sr105"),
        (report, 15, "SR106", "sr106"),
        (report, 15, "SR111", "sr111"),
        (report, 15, "SR112", "sr112"),
        (report, 15, "SR161", "sr161"),
    ]
    assert lines[0] == (
        "reports/st-annes.yaml:14: WARNING: SR140: The report was last reviewed on "
        "1 September 2024, more than 12 months ago. Review it with parents and update the "
        "date. [senreport.sr140]"
    )
    page = (sphinx_app.outdir / "index.html").read_text(encoding="utf-8")
    assert "13 of 19 required items in place, 0 partly, 6 not in place" in page


@pytest.mark.sphinx("html", testroot="senreport-gaps", srcdir="gaps-strict",
                    warningiserror=True)
def test_missing_items_fail_a_strict_build(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    assert sphinx_app.statuscode == 1
    assert "build finished with problems" in sphinx_app.status.getvalue()


@pytest.mark.sphinx("html", testroot="senreport-gaps", srcdir="gaps-suppressed",
                    confoverrides={"suppress_warnings": ["senreport.sr103", "senreport.sr140"]})
def test_a_suppressed_code_is_silent(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    codes = [WARNING_LINE.match(line)["code"] for line in warnings_of(sphinx_app)]  # type: ignore[index]
    assert codes == ["SR105", "SR106", "SR111", "SR112", "SR161"]


@pytest.mark.sphinx("html", testroot="senreport-gaps", srcdir="gaps-all-suppressed",
                    warningiserror=True, confoverrides={"suppress_warnings": ["senreport"]})
def test_suppressing_the_type_silences_every_rule(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    assert warnings_of(sphinx_app) == []
    assert sphinx_app.statuscode == 0


@pytest.mark.sphinx("html", testroot="senreport-gaps", srcdir="gaps-families",
                    confoverrides={"senreport_rule_families": ["ax", "PL"]})
def test_rule_families_choose_the_rules(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    assert warnings_of(sphinx_app) == []


@pytest.mark.sphinx("html", testroot="senreport-broken")
def test_unusable_input_warns_at_the_directive(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    assert warnings_of(sphinx_app) == [
        "index.rst:4: WARNING: missing.yaml: there is no such report file [senreport.report]",
        "index.rst:6: WARNING: bad.yaml, line 6: senco.email: 'not-an-email' is not an email "
        "address [senreport.report]",
        "index.rst:8: WARNING: sen-report-directory: nowhere is not a folder "
        "[senreport.directory]",
        "index.rst:10: WARNING: local-offer-link has no address: set senreport_local_offer_url "
        "in conf.py or give :url: [senreport.link]",
        "index.rst:12: WARNING: :schools.admission: should start with Yes, Partial or No "
        "[senreport.rubric]",
    ]


@pytest.mark.parametrize(("name", "value", "message"), [
    ("senreport_today", "next Tuesday", "senreport_today = 'next Tuesday' is not a date"),
    ("senreport_school_type", "academy", "senreport_school_type = 'academy' is not one of"),
    ("senreport_rule_families", ["SR", "XX"], "unknown families ['XX']"),
    ("senreport_rule_families", "SR", "senreport_rule_families should be a list"),
    ("senreport_local_offer_url", "www.example.gov.uk", "is not a web address"),
])
def test_a_broken_setup_is_an_extension_error(make_sphinx_app, tmp_path: Path, name: str,
                                              value: object, message: str) -> None:
    srcdir = tmp_path / "src"
    srcdir.mkdir()
    (srcdir / "conf.py").write_text(f'extensions = ["sphinx_senreport"]\n{name} = {value!r}\n',
                                    encoding="utf-8")
    (srcdir / "index.rst").write_text("Title\n=====\n", encoding="utf-8")
    with pytest.raises(ExtensionError, match=re.escape(message)):
        make_sphinx_app("html", srcdir=srcdir)


def test_setup_declares_parallel_safety() -> None:
    import sphinx_senreport

    class Recorder:
        def __getattr__(self, name: str):  # every registration call is accepted
            return lambda *args, **kwargs: None

    metadata = sphinx_senreport.setup(Recorder())  # type: ignore[arg-type]
    assert metadata["version"] == sphinx_senreport.__version__
    assert metadata["parallel_read_safe"] is True
    assert metadata["parallel_write_safe"] is True


def test_roots_are_where_the_fixtures_look(rootdir: Path) -> None:
    assert (rootdir / "test-senreport-complete" / "conf.py").is_file()


def _project(root: Path, files: dict[str, str]) -> Path:
    for name, text in {"conf.py": 'extensions = ["sphinx_senreport"]\n'
                                  'senreport_today = "2026-10-01"\n', **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_line_scored_no_warns_with_its_rule_at_the_scores_line(
        make_sphinx_app, warnings_of, tmp_path: Path) -> None:
    scores = "\n".join(["title: Exampleshire review", "scores:"] + [
        f"  {rubric_id}: Yes" for rubric_id in (
            "general.accessibility", "general.feedback", "general.funding",
            "general.graduated_approach", "early_years.admission",
            "early_years.identification", "early_years.future_steps", "schools.admission",
            "schools.identification", "schools.future_steps", "post16.admission",
            "post16.identification")] + ["  post16.future_steps: No, nothing after 19."]) + "\n"
    srcdir = _project(tmp_path, {
        "index.rst": "Review\n======\n\n.. local-offer-rubric:: scores.yaml\n",
        "scores.yaml": scores,
    })
    app = make_sphinx_app("html", srcdir=srcdir)
    app.build()
    [line] = warnings_of(app)
    assert line.startswith("scores.yaml:15: WARNING: LO113: Post-16, Future steps: scored No")
    assert line.endswith("[senreport.lo113]")
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "Yes: 12, Partial: 0, No: 1 (of 13 lines)." in page
    assert "nothing after 19." in page


def test_no_warnings_option_quietens_one_use_of_a_report(
        make_sphinx_app, warnings_of, rootdir: Path, tmp_path: Path) -> None:
    gaps = (rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml").read_text(
        encoding="utf-8")
    srcdir = _project(tmp_path, {
        "reports/st-annes.yaml": gaps,
        "index.rst": "Schools\n=======\n\n.. sen-report-directory:: reports\n"
                     "   :no-warnings:\n\n.. sen-report:: reports/st-annes.yaml\n"
                     "   :no-warnings:\n",
    })
    app = make_sphinx_app("html", srcdir=srcdir, warningiserror=True)
    app.build()
    assert warnings_of(app) == []
    assert app.statuscode == 0


def test_a_directory_warns_for_each_school(make_sphinx_app, warnings_of, rootdir: Path,
                                           tmp_path: Path) -> None:
    gaps = (rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml").read_text(
        encoding="utf-8")
    srcdir = _project(tmp_path, {
        "reports/st-annes.yaml": gaps,
        "reports/notes.txt": "not a report",
        "reports/broken.yaml": "school: [",
        "index.rst": "Schools\n=======\n\n.. sen-report-directory:: reports\n",
    })
    app = make_sphinx_app("html", srcdir=srcdir)
    app.build()
    lines = warnings_of(app)
    assert lines[0].startswith("index.rst:4: WARNING: reports/broken.yaml, line 1:")
    assert lines[0].endswith("[senreport.report]")
    assert [line.split(": WARNING: ")[0] for line in lines[1:]] == [
        "reports/st-annes.yaml:14"] + ["reports/st-annes.yaml:15"] * 7


def test_default_school_type_is_for_reports_that_do_not_say(
        make_sphinx_app, warnings_of, rootdir: Path, tmp_path: Path) -> None:
    complete = (rootdir / "test-senreport-complete" / "reports" / "oakfield.yaml").read_text(
        encoding="utf-8")
    untyped = re.sub(r'  - item: "2"\n.*?(?=  - item: "3a")', "",
                     complete.replace("  type: mainstream\n", ""), flags=re.DOTALL)
    srcdir = _project(tmp_path, {
        "untyped.yaml": untyped,
        "typed.yaml": untyped.replace("school:\n", "school:\n  type: mainstream\n", 1),
        "index.rst": "Schools\n=======\n\n.. sen-report:: untyped.yaml\n\n"
                     ".. sen-report:: typed.yaml\n",
    })
    app = make_sphinx_app("html", srcdir=srcdir,
                          confoverrides={"senreport_school_type": "special"})
    app.build()
    # Item 2 is not asked of a special school; the report that says it is mainstream is
    # (at its sections: line, where the section is missing).
    statutory = [line for line in warnings_of(app) if "[senreport.sr" in line]
    assert [line.split(": WARNING: ")[0] + " " + line.rsplit("[", 1)[1]
            for line in statutory] == ["typed.yaml:17 senreport.sr102]"]


@pytest.mark.sphinx("html", testroot="senreport-gaps", srcdir="gaps-upper-case",
                    confoverrides={"suppress_warnings": ["senreport.SR103", "SENREPORT.sr140",
                                                         "senreport.Sr105"]})
def test_suppressing_a_code_works_in_any_case(sphinx_app: SphinxTestApp, warnings_of) -> None:
    sphinx_app.build()
    codes = [WARNING_LINE.match(line)["code"] for line in warnings_of(sphinx_app)]  # type: ignore[index]
    assert codes == ["SR106", "SR111", "SR112", "SR161"]


@pytest.mark.sphinx("html", testroot="senreport-gaps", srcdir="gaps-accepted",
                    warningiserror=True, confoverrides={"senreport_accepted": {
                        "reports/st-annes.yaml": {
                            "sr103": "Inclusion page being rewritten with parents, due Jan 2027",
                            "SR105": "Training record to be published after the INSET day",
                            "SR106": "a", "SR111": "b", "SR112": "c", "SR140": "d",
                            "SR161": "e"}}})
def test_accepted_gaps_do_not_warn_and_show_their_reason(sphinx_app: SphinxTestApp,
                                                        warnings_of) -> None:
    sphinx_app.build()
    assert warnings_of(sphinx_app) == []
    assert sphinx_app.statuscode == 0
    page = (sphinx_app.outdir / "index.html").read_text(encoding="utf-8")
    assert ("<strong>Accepted:</strong> Training record to be published after the INSET day"
            in page)
    # The gap is still a gap: the table says so, and the export keeps it, with the reason.
    assert "13 of 19 required items in place, 0 partly, 6 not in place; 0 errors" in page
    export = json.loads((sphinx_app.outdir / "senreport.json").read_text(encoding="utf-8"))
    [report] = export["reports"]
    accepted = {f["code"]: f["accepted"] for f in report["findings"] if f["accepted"]}
    assert accepted["SR103"].startswith("Inclusion page being rewritten")
    assert report["summary"]["errors"] == 0


def test_an_accepted_gap_needs_a_reason(make_sphinx_app, tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text(
        'extensions = ["sphinx_senreport"]\n'
        'senreport_accepted = {"reports/a.yaml": {"SR105": " "}}\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text("Title\n=====\n", encoding="utf-8")
    with pytest.raises(ExtensionError, match=r"should give the reason the gap is accepted"):
        make_sphinx_app("html", srcdir=tmp_path)
