"""What the build environment remembers per page, kept right under incremental and -j builds.

Each page's directives record the reports they used (and the directories they list) in
``env.senreport_pages``. Sphinx purges a page's entry before re-reading it
(``env-purge-doc``) and merges the entries read by parallel workers (``env-merge-info``);
warnings are told once, after reading, in the main process (``env-updated``), so a report
shown on two pages warns once, and ``-j 2`` warns exactly as a serial build does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from sphinx_senreport.reports import ReportRecord, listing_key, record_cache

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: The ``sen-report`` directive: a page that shows a school's report (the directory links to it).
SHOWN = "sen-report"


@dataclass(frozen=True)
class ReportUse:
    """A report a directive on the page used, and whether the page tells its findings."""

    record: ReportRecord
    directive: str
    warn: bool = True
    #: What the report's item anchors start with on this page ("" for ``item-1``...).
    anchor_prefix: str = ""


@dataclass(frozen=True)
class DirectoryData:
    """A ``sen-report-directory`` placeholder's contents: the folder and its checked reports."""

    folder: str
    listing: str
    records: tuple[ReportRecord, ...]
    caption: str = ""
    #: What a filtered view shows, with its counts ("" when it shows every school).
    note: str = ""


@dataclass(frozen=True)
class Problem:
    """A warning a directive gave while its page was read (told again on later builds)."""

    message: str
    subtype: str
    location: str


@dataclass
class PageData:
    """Everything the extension's directives recorded while reading one page."""

    uses: list[ReportUse] = field(default_factory=list)
    directories: list[DirectoryData] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: The reports the page links to with the ``sen-report`` role: (report path, location).
    links: list[tuple[str, str]] = field(default_factory=list)


def pages(env: BuildEnvironment) -> dict[str, PageData]:
    """The per-page records (created on first use; pickled with the environment)."""
    if not hasattr(env, "senreport_pages"):
        env.senreport_pages = {}  # type: ignore[attr-defined]
    return env.senreport_pages  # type: ignore[attr-defined,no-any-return]


def page(env: BuildEnvironment, docname: str) -> PageData:
    """The records of one page."""
    return pages(env).setdefault(docname, PageData())


def tell(env: BuildEnvironment, message: str, subtype: str, location: str) -> None:
    """Warn now about the page being read, and remember the warning for later builds."""
    problem = Problem(message, subtype, location)
    _log(problem)
    page(env, env.docname).problems.append(problem)


def _log(problem: Problem) -> None:
    logger.warning(problem.message, type="senreport", subtype=problem.subtype,
                   location=problem.location)


def shown_on(env: BuildEnvironment) -> dict[str, str]:
    """Report path -> the page that shows it with ``sen-report`` (first by name)."""
    return {path: docname for path, (docname, _prefix) in shown_at(env).items()}


def shown_at(env: BuildEnvironment) -> dict[str, tuple[str, str]]:
    """Report path -> (the page that shows it, the prefix of its anchors there)."""
    links: dict[str, tuple[str, str]] = {}
    for docname in sorted(pages(env)):
        for use in pages(env)[docname].uses:
            if use.directive == SHOWN:
                links.setdefault(use.record.path, (docname, use.anchor_prefix))
    return links


def purge_doc(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """``env-purge-doc``: forget what a page recorded before it is read again or removed."""
    pages(env).pop(docname, None)


def merge_info(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str],
               other: BuildEnvironment) -> None:
    """``env-merge-info``: take in the pages a parallel worker read."""
    theirs = pages(other)
    for docname in docnames:
        if docname in theirs:
            pages(env)[docname] = theirs[docname]
    # Reports the worker checked are worth keeping for the next incremental build.
    record_cache(env).update(record_cache(other))
    # The checks the worker made itself (not those it inherited when it was forked): each
    # is (process id, report key), so the same report checked by two workers counts twice.
    checks = getattr(env, "senreport_checks", None)
    if checks is not None:
        known = set(checks)
        checks.extend(c for c in getattr(other, "senreport_checks", []) if c not in known)


def outdated(app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str],
             removed: set[str]) -> list[str]:
    """``env-get-outdated``: re-read a directory page when its folder gains or loses a file.

    (A folder cannot be a Sphinx dependency: Sphinx treats every non-file as changed.)
    Also remember which page shows which report, to notice when the directory's links move.
    """
    env.senreport_links_before = shown_on(env)  # type: ignore[attr-defined]
    again = []
    for docname, data in pages(env).items():
        if docname in removed or docname in changed or docname in added:
            continue
        for directory in data.directories:
            if directory.folder and listing_key(
                    Path(env.srcdir, directory.folder)) != directory.listing:
                again.append(docname)
                break
    return again


def before_read(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: note the pages this build reads (their findings are told)."""
    env.senreport_reading = list(docnames)  # type: ignore[attr-defined]
    # The reports checked this build, as (process id, report key).
    env.senreport_checks = []  # type: ignore[attr-defined]


def env_updated(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: tell each finding of every page's reports, once; tell again the
    problems of pages not read this time; rewrite directories whose links have moved.

    So every build, incremental or not, warns about everything still wrong with the site,
    and ``-W`` fails a build with no changes while a problem is left.
    """
    reading = getattr(env, "senreport_reading", None) or []
    unread = set(pages(env)) - set(reading)
    for docname in sorted(unread):
        for problem in pages(env)[docname].problems:
            _log(problem)
    warn_findings(env, pages(env))
    _warn_unshown_links(env)
    _prune_records(env)
    before = getattr(env, "senreport_links_before", None)
    env.senreport_reading = []  # type: ignore[attr-defined]
    env.senreport_links_before = None  # type: ignore[attr-defined]
    if before is None or before == shown_on(env):
        return []
    return sorted(d for d, data in pages(env).items()
                  if (data.directories or data.links) and d not in reading)


def _warn_unshown_links(env: BuildEnvironment) -> None:
    """Every build: a ``sen-report`` role naming a report no page shows has nothing to link to."""
    shown = shown_at(env)
    for docname in sorted(pages(env)):
        for path, location in pages(env)[docname].links:
            if path not in shown:
                logger.warning("sen-report role: no page shows %s with sen-report, so there "
                               "is nothing to link to", path, type="senreport", subtype="link",
                               location=location)


def _prune_records(env: BuildEnvironment) -> None:
    """Keep only the checked reports some page still uses (the cache must not grow forever)."""
    used = {f"{use.record.path}#{use.record.digest}"
            for data in pages(env).values() for use in data.uses}
    cache = record_cache(env)
    for key in [k for k in cache if k not in used]:
        del cache[key]


def warn_findings(env: BuildEnvironment, docnames: Iterable[str]) -> None:
    """One warning per finding of every report used (with warnings on) by these pages."""
    told: set[tuple[str, int, str, str]] = set()
    records: list[ReportRecord] = []
    for docname in sorted(docnames):
        data = pages(env).get(docname)
        if data is None:
            continue
        records.extend(use.record for use in data.uses if use.warn)
    for record in sorted(records, key=lambda r: r.path):
        for problem in record.problems:
            key = (record.abspath, problem.line, problem.code, problem.message)
            if key in told:
                continue
            told.add(key)
            logger.warning(
                "%s: %s", problem.code, problem.message,
                type="senreport", subtype=problem.code.lower(),
                location=f"{record.abspath}:{problem.line}",
            )
