"""Each report checked once per build, whatever ``-j`` is.

Parallel reading forks one process per chunk of pages, each with its own copy of the
environment: a report used by pages in two chunks (a directory and the school's own page)
would be checked in both. So before a parallel read, the pages about to be read are scanned
for the extension's directives, and the reports they name that are not already in the
environment's cache are checked first, themselves in parallel; the forked readers then
find every report checked. (A page the scan misses, say one that includes another file,
still works: its report is checked when the page is read.)
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util.parallel import ParallelTasks, make_chunks, parallel_available

from sphinx_senreport.config import SenreportConfig, settings
from sphinx_senreport.reports import (
    ReportFileError,
    ReportRecord,
    cache_key,
    check_text,
    record_cache,
    report_files,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

_DIRECTIVE = re.compile(
    r"^[ \t]*\.\.[ \t]+(sen-report|schedule1-checklist|sen-report-directory)::[ \t]*(\S+)",
    re.MULTILINE)
#: One job: (absolute path, path relative to the source folder).
Job = tuple[str, str]


def named_reports(env: BuildEnvironment, docnames: list[str]) -> list[Job]:
    """The report files the pages name, by their directives (each once)."""
    jobs: dict[str, str] = {}
    for docname in docnames:
        try:
            text = Path(env.doc2path(docname)).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for directive, argument in _DIRECTIVE.findall(text):
            relpath, abspath = env.relfn2path(argument, docname)
            if directive != "sen-report-directory":
                jobs.setdefault(relpath, str(abspath))
                continue
            folder = Path(abspath)
            if folder.is_dir():
                for path in report_files(folder):
                    jobs.setdefault(f"{relpath.rstrip('/')}/{path.name}", str(path))
    return [(abspath, relpath) for relpath, abspath in sorted(jobs.items())]


def _check_all(jobs: list[tuple[str, str, str, str]],
               values: SenreportConfig) -> list[tuple[str, ReportRecord, int]]:
    done = []
    for key, text, relpath, abspath in jobs:
        try:
            record = check_text(text, relpath, abspath, key.rsplit("#", 1)[1], values)
        except ReportFileError:
            continue  # the directive warns about it, at its own line, when the page is read
        done.append((key, record, os.getpid()))
    return done


def before_parallel_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: check the reports the pages name, once, before ``-j`` forks."""
    if app.parallel < 2 or not parallel_available or not docnames:
        return
    values = settings(app.config)
    cache = record_cache(env)
    todo = []
    for abspath, relpath in named_reports(env, docnames):
        try:
            key, text, _ = cache_key(abspath, relpath, values)
        except ReportFileError:
            continue
        if key not in cache:
            todo.append((key, text, relpath, abspath))
    if not todo:
        return

    def merge(_chunk: object, done: list[tuple[str, ReportRecord, int]]) -> None:
        for key, record, pid in done:
            cache[key] = record
            env.senreport_checks.append((pid, key))  # type: ignore[attr-defined]

    tasks = ParallelTasks(app.parallel)
    for chunk in make_chunks(todo, app.parallel):  # type: ignore[arg-type]
        tasks.add_task(lambda jobs: _check_all(jobs, values), chunk, merge)
    tasks.join()
