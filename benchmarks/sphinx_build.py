"""How fast sphinx_senreport builds a Local Offer site with a directory of 300 schools.

The site: an index, a directory page (``sen-report-directory``) and one page per school
(``sen-report`` and ``schedule1-checklist``), from 300 reports generated from the example
schools (names changed; every seventh school leaves some items out, so warnings are made).
Then one report changes and the site is built again.

Run: .venv/bin/python benchmarks/sphinx_build.py [--schools 300] [--jobs 1]
Goals: the full build under 60 s, the rebuild after one report changes under 5 s.
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
import time
from pathlib import Path

from sphinx.cmd.build import main as sphinx_build

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "example" / "reports"
TEMPLATES = ["oakfield-primary", "riverside-academy", "brookside-nursery",
             "hillcrest-special-school"]
PLACES = ["Ashford", "Beckley", "Carlton", "Denby", "Elmstead", "Farley", "Greyfield",
          "Hartwell", "Ivybridge", "Kingsmead", "Langley", "Marston", "Northwood", "Oakley",
          "Pemberton", "Queensbury", "Redhill", "Stanton", "Thornbury", "Upton"]
CONF = '''extensions = ["sphinx_senreport"]
senreport_today = "2026-10-01"
senreport_authority = "Exampleshire County Council"
senreport_local_offer_url = "https://www.exampleshire.gov.uk/send-local-offer"
suppress_warnings = ["senreport"]
'''


def make_site(root: Path, schools: int) -> list[Path]:
    """Write the site's sources; the report files, in order."""
    reports = root / "reports"
    pages = root / "schools"
    reports.mkdir(parents=True)
    pages.mkdir()
    (root / "conf.py").write_text(CONF, encoding="utf-8")
    templates = [(EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8") for name in TEMPLATES]
    written = []
    for number in range(schools):
        text = templates[number % len(templates)]
        old_name = re.search(r"^  name: (.+)$", text, re.MULTILINE).group(1)  # type: ignore[union-attr]
        place = PLACES[number % len(PLACES)]
        name = f"{place} {old_name.split(' ', 1)[1]} {number + 1}"
        text = text.replace(old_name, name, 1)
        if number % 7 == 3:  # a draft with gaps: the sections for items 5 and 6 left out
            text = re.sub(r'  - item: "5"\n.*?(?=  - item: "7")', "", text, flags=re.DOTALL)
        slug = f"school-{number + 1:03d}"
        path = reports / f"{slug}.yaml"
        path.write_text(text, encoding="utf-8")
        written.append(path)
        (pages / f"{slug}.rst").write_text(
            f"{name}\n{'=' * len(name)}\n\n.. sen-report:: ../reports/{slug}.yaml\n\n"
            f"Self-evaluation\n---------------\n\n"
            f".. schedule1-checklist:: ../reports/{slug}.yaml\n", encoding="utf-8")
    (root / "directory.rst").write_text(
        "Schools\n=======\n\n.. sen-report-directory:: reports\n", encoding="utf-8")
    (root / "index.rst").write_text(
        "Exampleshire Local Offer\n========================\n\n.. local-offer-link::\n\n"
        ".. toctree::\n   :maxdepth: 1\n   :glob:\n\n   directory\n   schools/*\n",
        encoding="utf-8")
    return written


def timed_build(source: Path, out: Path, jobs: int) -> float:
    start = time.perf_counter()
    status = sphinx_build(["-q", "-b", "html", "-j", str(jobs), str(source), str(out)])
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"the build failed (status {status})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=1, help="sphinx-build -j (default 1)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="senreport-sphinx-bench-"))
    try:
        reports = make_site(root / "src", args.schools)
        out = root / "html"
        full = timed_build(root / "src", out, args.jobs)
        print(f"full build, {args.schools} schools ({args.schools + 2} pages, -j {args.jobs}): "
              f"{full:6.2f} s  (goal < 60 s)")
        unchanged = timed_build(root / "src", out, args.jobs)
        print(f"rebuild, nothing changed:                      {unchanged:6.2f} s")
        changed = reports[len(reports) // 2]
        changed.write_text(changed.read_text(encoding="utf-8").replace(
            "reviewed: 2026-", "reviewed: 2025-", 1), encoding="utf-8")
        incremental = timed_build(root / "src", out, args.jobs)
        print(f"rebuild after one report changes (2 pages read): {incremental:6.2f} s  "
              "(goal < 5 s)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
