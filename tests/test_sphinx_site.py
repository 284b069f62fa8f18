"""A Local Offer site with a directory of schools: the directory, -j 2, incremental builds."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

pytest_plugins = ("sphinx.testing.fixtures", "sphinx_conftest")

SCHOOL_PAGES = ["schools/brookside-nursery", "schools/hillcrest-special-school",
                "schools/oakfield-primary", "schools/riverside-academy"]


def _copy_root(rootdir: Path, target: Path) -> Path:
    shutil.copytree(rootdir / "test-senreport-site", target)
    return target


def _pages(outdir: Path) -> dict[str, str]:
    return {str(p.relative_to(outdir)): p.read_text(encoding="utf-8")
            for p in sorted(outdir.rglob("*.html"))}


def _read_during(app: SphinxTestApp) -> list[str]:
    """Record the pages the next build reads."""
    read: list[str] = []
    app.connect("env-before-read-docs", lambda _app, _env, docnames: read.extend(docnames))
    return read


@pytest.mark.sphinx("html", testroot="senreport-site")
def test_directory_lists_every_school_with_a_readable_heatmap(
        sphinx_app: SphinxTestApp, warnings_of: Callable[[SphinxTestApp], list[str]]) -> None:
    sphinx_app.build()
    assert warnings_of(sphinx_app) == []
    page = (sphinx_app.outdir / "directory.html").read_text(encoding="utf-8")
    # One row per school, linked to the page that shows its report, in name order.
    schools = re.findall(r'<th class="stub"><p><a class="reference internal" href="([^"]+)">'
                         r"([^<]+)</a>", page)
    directory = schools[:4]
    assert directory == [
        ("schools/brookside-nursery.html", "Brookside Nursery School"),
        ("schools/hillcrest-special-school.html", "Hillcrest School"),
        ("schools/oakfield-primary.html", "Oakfield Primary School"),
        ("schools/riverside-academy.html", "Riverside Academy"),
    ]
    assert schools[4:] == directory  # the heatmap's rows, the same schools
    assert "SEN information reports: 4 schools" in page
    # The heatmap says it in words: Hillcrest, a special school, is not asked for item 2.
    heat = page[page.index("senreport-heatmap"):]
    hillcrest = heat[heat.index("Hillcrest School"):heat.index("Oakfield Primary School")]
    cells = re.findall(r'<td class="senreport-heat ([a-z-]+)"><p>([^<]+)</p></td>', hillcrest)
    assert len(cells) == 19
    assert cells[1] == ("senreport-not-required", "n/a")
    assert {word for _, word in cells} <= {"Yes", "Part", "No", "n/a"}
    assert '<abbr title="Who is our SENCO and how can I contact them?">4</abbr>' in heat


@pytest.mark.sphinx("html", testroot="senreport-site", srcdir="site-rubric")
def test_rubric_from_an_advisers_file(sphinx_app: SphinxTestApp) -> None:
    sphinx_app.build()
    page = (sphinx_app.outdir / "rubric.html").read_text(encoding="utf-8")
    assert "Yes: 10, Partial: 3, No: 0 (of 13 lines)." in page
    assert "Local Offer rubric: Exampleshire County Council" in page
    assert re.search(r'<td class="senreport-partly"><p>Partial</p></td>\s*'
                     r"<td><p>the two-year check is not explained\.</p></td>", page)


def test_parallel_build_gives_the_same_html(
        make_sphinx_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path) -> None:
    serial = make_sphinx_app("html", srcdir=_copy_root(rootdir, tmp_path / "serial"))
    serial.build()
    parallel = make_sphinx_app("html", srcdir=_copy_root(rootdir, tmp_path / "parallel"),
                               parallel=2)
    parallel.build()
    assert parallel.parallel == 2
    # Really read in parallel: the progress line names a chunk of pages ("a .. b").
    assert re.search(r"reading sources\.\.\. \[\s*\d+%\] \S+ \.\. \S+",
                     strip_colors(parallel.status.getvalue()))
    assert parallel.warning.getvalue() == serial.warning.getvalue() == ""
    serial_pages, parallel_pages = _pages(serial.outdir), _pages(parallel.outdir)
    assert serial_pages.keys() == parallel_pages.keys()
    for name, text in serial_pages.items():
        assert parallel_pages[name] == text, name


def test_parallel_build_warns_as_a_serial_build_does(
        make_sphinx_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path) -> None:
    outputs = []
    for name, parallel in (("serial", 0), ("parallel", 2)):
        srcdir = _copy_root(rootdir, tmp_path / name)
        shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml",
                    srcdir / "reports")
        app = make_sphinx_app("html", srcdir=srcdir, parallel=parallel)
        app.build()
        outputs.append(app.warning.getvalue().replace(str(srcdir), "SRC"))
    assert outputs[0] == outputs[1]
    assert outputs[0].count("SRC/reports/st-annes.yaml:") == 8


def test_changing_one_report_rebuilds_only_its_pages(
        make_sphinx_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path) -> None:
    srcdir = _copy_root(rootdir, tmp_path / "site")
    make_sphinx_app("html", srcdir=srcdir).build()

    # Nothing changed: nothing is read again.
    again = make_sphinx_app("html", srcdir=srcdir)
    read = _read_during(again)
    again.build()
    assert read == []

    report = srcdir / "reports" / "brookside-nursery.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace(
        "reviewed: 2026-06-20", "reviewed: 2026-09-30"), encoding="utf-8")
    changed = make_sphinx_app("html", srcdir=srcdir)
    read = _read_during(changed)
    changed.build()
    # The school's own page and the directory that lists it; nothing else.
    assert read == ["directory", "schools/brookside-nursery"]
    directory = (changed.outdir / "directory.html").read_text(encoding="utf-8")
    assert "30 September 2026" in directory


def test_a_new_report_in_the_folder_rebuilds_the_directory(
        make_sphinx_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path) -> None:
    srcdir = _copy_root(rootdir, tmp_path / "site")
    make_sphinx_app("html", srcdir=srcdir).build()
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml",
                srcdir / "reports")
    app = make_sphinx_app("html", srcdir=srcdir)
    read = _read_during(app)
    app.build()
    assert read == ["directory"]
    assert "SEN information reports: 5 schools" in (
        app.outdir / "directory.html").read_text(encoding="utf-8")
    assert app.warning.getvalue().count("reports/st-annes.yaml:") == 8


def test_a_new_page_showing_a_report_relinks_the_directory(
        make_sphinx_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path) -> None:
    srcdir = _copy_root(rootdir, tmp_path / "site")
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml",
                srcdir / "reports")
    quiet = {"suppress_warnings": ["senreport"]}
    make_sphinx_app("html", srcdir=srcdir, confoverrides=quiet).build()
    assert 'href="schools/st-annes.html"' not in (
        srcdir / "_build" / "html" / "directory.html").read_text(encoding="utf-8")
    (srcdir / "schools" / "st-annes.rst").write_text(
        ":orphan:\n\nSt Anne's\n=========\n\n.. sen-report:: ../reports/st-annes.yaml\n"
        "   :no-warnings:\n", encoding="utf-8")
    app = make_sphinx_app("html", srcdir=srcdir, confoverrides=quiet)
    read = _read_during(app)
    app.build()
    assert read == ["schools/st-annes"]  # the directory is rewritten, not read again
    assert 'href="schools/st-annes.html"' in (app.outdir / "directory.html").read_text(
        encoding="utf-8")


def test_an_unchanged_rebuild_still_fails_a_strict_build(
        make_sphinx_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path) -> None:
    srcdir = _copy_root(rootdir, tmp_path / "site")
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml",
                srcdir / "reports")
    (srcdir / "rubric.rst").write_text(
        "Rubric\n======\n\n.. local-offer-rubric:: rubric.yaml\n   :post16.future_steps: No\n",
        encoding="utf-8")
    (srcdir / "broken.rst").write_text(
        ":orphan:\n\nBroken\n======\n\n.. sen-report:: reports/nowhere.yaml\n", encoding="utf-8")
    first = make_sphinx_app("html", srcdir=srcdir)
    first.build()
    told = first.warning.getvalue()
    assert told.count("WARNING") == 10  # St Anne's 8, the rubric's No, the missing file

    again = make_sphinx_app("html", srcdir=srcdir, warningiserror=True)
    read = _read_during(again)
    again.build()
    # Only the page naming a missing file is read again (Sphinx re-reads a page whose
    # dependency is missing); the rubric and the directory are not,
    assert read == ["broken"]
    # yet every problem is told again and -W fails the build.
    assert sorted(again.warning.getvalue().splitlines()) == sorted(told.splitlines())
    assert again.statuscode == 1


def _many_schools(rootdir: Path, srcdir: Path, schools: int) -> None:
    """A site with a directory of many schools, each with its own page."""
    _copy_root(rootdir, srcdir)
    template = (srcdir / "reports" / "oakfield-primary.yaml").read_text(encoding="utf-8")
    toctree = []
    for number in range(schools):
        slug = f"school-{number:02d}"
        (srcdir / "reports" / f"{slug}.yaml").write_text(
            template.replace("Oakfield Primary School", f"School {number}"), encoding="utf-8")
        (srcdir / "schools" / f"{slug}.rst").write_text(
            f"School {number}\n==========\n\n.. sen-report:: ../reports/{slug}.yaml\n\n"
            f".. schedule1-checklist:: ../reports/{slug}.yaml\n", encoding="utf-8")
        toctree.append(f"   schools/{slug}")
    index = srcdir / "index.rst"
    index.write_text(index.read_text(encoding="utf-8") + "\n".join(toctree) + "\n",
                     encoding="utf-8")


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_report_is_checked_once_whatever_j_is(
        make_sphinx_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path,
        jobs: int) -> None:
    srcdir = tmp_path / "many"
    _many_schools(rootdir, srcdir, 8)
    app = make_sphinx_app("html", srcdir=srcdir, parallel=jobs)
    app.build()
    assert app.warning.getvalue() == ""
    checks = app.env.senreport_checks  # type: ignore[attr-defined]
    assert sorted(key.split("#")[0] for _, key in checks) == sorted(
        f"reports/{p.name}" for p in (srcdir / "reports").glob("*.yaml"))
    if jobs == 2:  # checked in worker processes, not all in the main one
        assert len({pid for pid, _ in checks}) >= 2
    assert "School 7" in (app.outdir / "directory.html").read_text(encoding="utf-8")
    if jobs == 2:  # read in parallel: the directory and the school pages in different chunks
        assert re.search(r"reading sources\.\.\. \[\s*\d+%\] \S+ \.\. \S+",
                         strip_colors(app.status.getvalue()))


def test_directory_views_by_missing_item_type_and_overdue_review(
        make_sphinx_app: Callable[..., SphinxTestApp], warnings_of, rootdir: Path,
        tmp_path: Path) -> None:
    srcdir = _copy_root(rootdir, tmp_path / "views")
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml",
                srcdir / "reports")
    (srcdir / "views.rst").write_text(
        ":orphan:\n\nViews\n=====\n\n.. sen-report-directory:: reports\n   :missing: 3f\n\n"
        ".. sen-report-directory:: reports\n   :type: special\n\n"
        ".. sen-report-directory:: reports\n   :overdue:\n   :type: mainstream\n\n"
        ".. sen-report-directory:: reports\n   :missing: 13\n\n"
        ".. sen-report-directory:: reports\n   :missing: 14\n", encoding="utf-8")
    app = make_sphinx_app("html", srcdir=srcdir)
    app.build()
    problems = [line for line in warnings_of(app) if "[senreport.directory]" in line]
    assert len(problems) == 1 and problems[0].startswith(
        "views.rst:19: WARNING: sen-report-directory: :missing: '14' is not a Schedule 1 item")
    page = (app.outdir / "views.html").read_text(encoding="utf-8")
    notes = re.findall(r'<p class="senreport-summary">([^<]+)</p>', page)
    assert notes == [
        "1 of 5 schools: item 3f (How can your child join in everything the school does, "
        "including trips and sport?) not in place.",
        "1 of 5 schools: type: Special.",
        "1 of 5 schools: type: Mainstream; review overdue (more than 12 months ago, or no "
        "date).",
        "0 of 5 schools: item 13 (Where can I find the local authority's Local Offer?) not "
        "in place.",
    ]
    captions = re.findall(r'caption-text">(SEN information reports: \d+ schools?)', page)
    assert captions == ["SEN information reports: 1 school"] * 3
    assert page.count("St Anne's CofE Primary School<") == 4  # 3f, overdue: both tables


def test_the_role_links_to_a_schools_report_and_its_items(
        make_sphinx_app: Callable[..., SphinxTestApp], warnings_of, rootdir: Path,
        tmp_path: Path) -> None:
    srcdir = _copy_root(rootdir, tmp_path / "role")
    shutil.copy(rootdir / "test-senreport-gaps" / "reports" / "st-annes.yaml",
                srcdir / "reports")
    (srcdir / "schools" / "two.rst").write_text(
        ":orphan:\n\nTwo\n===\n\n.. sen-report:: ../reports/riverside-academy.yaml\n\n"
        ".. sen-report:: ../reports/oakfield-primary.yaml\n   :no-warnings:\n",
        encoding="utf-8")
    (srcdir / "links.rst").write_text(
        ":orphan:\n\nLinks\n=====\n\n"
        "See :sen-report:`reports/oakfield-primary.yaml`, "
        ":sen-report:`its SENCO <reports/oakfield-primary.yaml#4>`, "
        ":sen-report:`reports/brookside-nursery.yaml#3F`, "
        ":sen-report:`reports/st-annes.yaml` and "
        ":sen-report:`reports/riverside-academy.yaml#99`.\n",
        encoding="utf-8")
    app = make_sphinx_app("html", srcdir=srcdir, confoverrides={
        "suppress_warnings": ["senreport.sr140", "senreport.sr103", "senreport.sr105",
                              "senreport.sr106", "senreport.sr111", "senreport.sr112",
                              "senreport.sr161"]})
    app.build()
    assert warnings_of(app) == [
        "links.rst:6: WARNING: sen-report role: '99' is not a Schedule 1 item (use 1, 2, 3a, "
        "3b, 3c, 3d, 3e, 3f, 3g, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13) [senreport.link]",
        "links.rst:6: WARNING: sen-report role: no page shows reports/st-annes.yaml with "
        "sen-report, so there is nothing to link to [senreport.link]",
    ]
    page = (app.outdir / "links.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="senreport-link reference internal" href="([^"]+)">'
                       r"([^<]+)</a>", page)
    assert links == [
        ("schools/oakfield-primary.html", "Oakfield Primary School"),
        ("schools/oakfield-primary.html#item-4", "its SENCO"),
        ("schools/brookside-nursery.html#item-3f",
         "Brookside Nursery School: How can your child join in everything the school does, "
         "including trips and sport?"),
    ]
    assert "St Anne" in page
    # A report shown second on a page: the link goes to its own anchors there.
    (srcdir / "links.rst").write_text(
        ":orphan:\n\nLinks\n=====\n\n:sen-report:`reports/oakfield-primary.yaml#4`\n",
        encoding="utf-8")
    (srcdir / "schools" / "oakfield-primary.rst").write_text(
        ":orphan:\n\nOakfield\n========\n", encoding="utf-8")
    again = make_sphinx_app("html", srcdir=srcdir,
                            confoverrides={"suppress_warnings": ["senreport"]})
    again.build()
    page = (again.outdir / "links.html").read_text(encoding="utf-8")
    assert 'href="schools/two.html#oakfield-primary-school-item-4"' in page
    assert 'id="oakfield-primary-school-item-4"' in (
        again.outdir / "schools" / "two.html").read_text(encoding="utf-8")
