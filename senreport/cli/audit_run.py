"""The work of ``senreport audit`` (see :mod:`senreport.cli.audit`): read the sites, score
them, save progress, and write the results, the report and the adviser file.

Kept apart from the command's options so that the command line starts quickly: this
module (and the checker it loads) is imported only when an audit runs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from senreport.audit.adviser import (
    ADVISER_FILE,
    AdviserError,
    Judgements,
    adviser_yaml,
    parse_adviser,
    with_places,
)
from senreport.audit.compare import compare_results, comparison_csv, comparison_text
from senreport.audit.report import render_report
from senreport.audit.results import build_results, results_csv, results_json
from senreport.audit.rubric import (
    Rubric,
    RubricError,
    builtin_rubric,
    catalogue_rubric,
    load_rubric,
    rubric_yaml,
)
from senreport.audit.scoring import PageScore, combine, score_page
from senreport.audit.state import (
    STATE_FILE,
    is_done,
    mismatch,
    new_state,
    outcomes,
    parse_state,
    record,
    state_json,
)
from senreport.audit.targets import (
    Target,
    TargetError,
    looks_like_site_list,
    named,
    parse_site_list,
)
from senreport.check import CheckResult, InputError
from senreport.cli.crawl import Crawler, CrawlOptions, FetchError, SiteError, report_document_links
from senreport.cli.fetch import Fetcher
from senreport.cli.inputs import UserError, read_input, read_target
from senreport.readers.files import sniff_format

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
DOCUMENT_SUFFIXES = (".pdf", ".docx")
LIST_SUFFIXES = (".txt", ".list", ".lst", ".csv")
OUTPUTS = {"json": "audit.json", "csv": "audit.csv", "html": "report.html"}


def _rubric(args: argparse.Namespace) -> Rubric:
    if not args.rubric:
        return catalogue_rubric(args.kind)
    if args.kind != "local-offer":
        raise UserError("--rubric is for Local Offer audits (--kind local-offer)")
    try:
        rubric = load_rubric(read_target(args.rubric), args.rubric)
    except RubricError as error:
        raise UserError(str(error)) from None
    builtin = builtin_rubric()
    if rubric.version == builtin.version and rubric.fingerprint != builtin.fingerprint:
        _say(args, f"Note: {args.rubric} differs from the built-in rubric but keeps its version "
                   f"({rubric.version}); give it a new version so the results can be told "
                   "apart.")
    return rubric


def _targets(arguments: list[str]) -> list[Target]:
    targets: list[Target] = []
    for argument in arguments:
        path = Path(argument)
        if argument.startswith(("http://", "https://")) or "://" in argument:
            targets.append(Target(argument))
        elif path.is_dir():
            targets.append(Target(argument, path.name))
        elif path.suffix.lower() in (*PAGE_SUFFIXES, *DOCUMENT_SUFFIXES, ".yaml", ".yml",
                                     ".json"):
            targets.append(Target(argument))
        else:
            text = read_target(argument)
            if path.suffix.lower() not in LIST_SUFFIXES and not looks_like_site_list(text):
                targets.append(Target(argument))
                continue
            try:
                listed = parse_site_list(text, argument)
            except TargetError as error:
                raise UserError(str(error)) from None
            for entry in listed:
                if not entry.is_url and not Path(entry.location).is_absolute():
                    entry = Target(str(path.parent / entry.location), entry.name)
                targets.append(entry)
    return named(targets)


def _say(args: argparse.Namespace, line: str) -> None:
    if not args.quiet:
        print(line, file=sys.stderr, flush=True)


def _local_pages(target: Target, limit: int) -> list[tuple[str, str | bytes]]:
    path = Path(target.location)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*")
                       if p.suffix.lower() in (*PAGE_SUFFIXES, *DOCUMENT_SUFFIXES))[:limit]
        if not files:
            raise SiteError(f"{target.location}: the folder has no web pages (.html) in it")
        return [(str(p), read_input(str(p))) for p in files]
    return [(target.location, read_input(target.location))]


def _report_documents(crawler: Crawler, page: Any, pages: list[PageScore],
                      score: Any, unread: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Read and score the PDF or Word files a school's page links to as its SEN report.

    Each is recorded with its format and whether the page itself is a web version of the
    report (it answers at least half the items, at least in part).
    """
    web = pages[0]
    answered = sum(1 for line in web.lines.values() if line.applies and line.value != (
        "not_in_place"))
    applicable = sum(1 for line in web.lines.values() if line.applies) or 1
    recorded: list[dict[str, Any]] = []
    for url in report_document_links(page):
        try:
            data = crawler.read_document(url)
        except FetchError as error:
            unread.append({"url": url, "reason": str(error)})
            continue
        before = len(pages)
        score(url, data)
        if len(pages) > before:
            recorded.append({"url": url, "format": sniff_format(data, url),
                             "web_version": answered * 2 >= applicable})
    return recorded


def crawl_options(rubric: Rubric, args: argparse.Namespace) -> CrawlOptions:
    """How to read the sites: a Local Offer's links are followed, a school's page is not."""
    follow = rubric.kind == "local-offer"
    return CrawlOptions(max_pages=args.max_pages if follow else 1, delay=args.delay,
                        timeout=args.timeout, allow_private=args.allow_private,
                        follow_links=follow)


def audit_site(target: Target, rubric: Rubric, args: argparse.Namespace,
               fetcher: Fetcher | None = None, robots: dict[str, Any] | None = None
               ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Audit one site or document: its result, or why it could not be audited."""
    if not getattr(args, "browser", False):
        return _audit_site(target, rubric, args, fetcher, robots, None, (InputError,))
    from senreport.cli.browser import BrowserError, RenderedPages, with_browser

    with RenderedPages() as browser:
        def rendered(result: CheckResult, content: str, source: str) -> CheckResult:
            return with_browser(result, content, source, browser)

        return _audit_site(target, rubric, args, fetcher, robots, rendered,
                           (InputError, BrowserError))


def _audit_site(target: Target, rubric: Rubric, args: argparse.Namespace,
                fetcher: Fetcher | None, robots: dict[str, Any] | None,
                rendered: Callable[[CheckResult, str, str], CheckResult] | None,
                unreadable: tuple[type[Exception], ...]
                ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    options = crawl_options(rubric, args)
    report_documents: list[dict[str, Any]] = []
    pages: list[PageScore] = []
    unread: list[dict[str, str]] = []
    crawl: dict[str, Any] | None = None

    def score(url: str, text: str | bytes) -> None:
        try:
            pages.append(score_page(text, url, rubric, school_type=args.school_type,
                                    today=args.today, rendered=rendered))
        except unreadable as error:
            unread.append({"url": url, "reason": str(error)})

    try:
        if target.is_url:
            crawler = Crawler(target.location, options, fetcher, robots)
            for page in crawler.pages():
                score(page.url, page.text)
                if rubric.kind == "sen-report" and len(pages) == 1:
                    report_documents = _report_documents(crawler, page, pages, score, unread)
            crawl = crawler.log.to_dict()
            if rubric.kind == "sen-report":
                crawl["report_documents"] = report_documents
        else:
            for location, text in _local_pages(target, options.max_pages):
                score(location, text)
        if not pages:
            reason = unread[0]["reason"] if unread else "no page could be read"
            raise SiteError(reason)
    except (SiteError, UserError) as error:
        return None, {"authority": target.name, "source": target.location, "error": str(error)}
    except Exception as error:  # noqa: BLE001 - one site's problem never stops the rest
        if os.environ.get("SENREPORT_DEBUG"):
            raise
        return None, {"authority": target.name, "source": target.location,
                      "error": f"something went wrong inside senreport "
                               f"({type(error).__name__}: {error})"}
    crawl = crawl or {"requests": 0, "limit_reached": False, "skipped": [],
                      "documents_linked": 0, "documents": []}
    crawl["skipped"] = crawl.get("skipped", []) + unread
    crawl["pages_read"] = len(pages)
    return combine(pages, rubric, authority=target.name, source=target.location,
                   crawl=crawl), None


def _progress(document: dict[str, Any] | None, failure: dict[str, Any] | None,
              seconds: float) -> str:
    if document is None:
        assert failure is not None
        return f"not audited: {failure['error']}"
    scores = list(document["scores"].values())
    pages = len(document["pages"])
    return (f"{pages} page{'s' if pages != 1 else ''}, Yes {scores.count('Yes')}, Partial "
            f"{scores.count('Partial')}, No {scores.count('No')} ({seconds:.1f} s)")


def _write(path: Path, text: str) -> None:
    """Write a file whole or not at all (a stopped run never leaves half a file)."""
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        raise UserError(f"{path}: the file could not be written ({error.strerror})") from None


def _read_json_results(folder: str) -> dict[str, Any]:
    import json

    path = Path(folder)
    path = path / OUTPUTS["json"] if path.is_dir() else path
    try:
        data = json.loads(read_target(str(path)))
    except json.JSONDecodeError:
        raise UserError(f"{path}: not the JSON results of an audit") from None
    if not isinstance(data, dict) or "documents" not in data:
        raise UserError(f"{path}: not the JSON results of an audit")
    return data


def _load(out: Path | None, rubric: Rubric, args: argparse.Namespace
          ) -> tuple[dict[str, Any], Judgements]:
    """The saved state (or a new one) and the adviser's judgements."""
    state = new_state(rubric)
    judgements: Judgements = {}
    if out is None:
        return state, judgements
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"{out}: the folder could not be made ({error.strerror})") from None
    adviser = out / ADVISER_FILE
    if adviser.exists():
        try:
            judgements = parse_adviser(adviser.read_text(encoding="utf-8"), str(adviser))
        except AdviserError as error:
            raise UserError(str(error)) from None
    saved_file = out / STATE_FILE
    if saved_file.exists() and not args.fresh:
        saved = parse_state(saved_file.read_text(encoding="utf-8"))
        reason = "the saved progress could not be read" if saved is None else mismatch(
            saved, rubric)
        if reason:
            _say(args, f"Starting afresh: {reason}.")
        else:
            state = saved  # type: ignore[assignment]
    return state, judgements


def run(args: argparse.Namespace) -> int:
    """Run an audit; returns the exit code."""
    rubric = _rubric(args)
    if args.print_rubric:
        sys.stdout.write(rubric_yaml(rubric))
        return 0
    targets = _targets(args.targets)
    out = Path(args.out) if args.out else None
    state, judgements = _load(out, rubric, args)
    if not targets and not state["sites"]:
        raise UserError("give at least one web address, page file or site list to audit")
    fetcher = Fetcher(crawl_options(rubric, args))  # shared: one pause per host,
    robots: dict[str, Any] = {}  # and each host's robots.txt read once
    try:
        for number, target in enumerate(targets, start=1):
            prefix = f"[{number}/{len(targets)}] {target.name}:"
            if is_done(state, target):
                _say(args, f"{prefix} audited in an earlier run (kept; --fresh audits it again)")
                continue
            started = time.monotonic()
            document, failure = audit_site(target, rubric, args, fetcher, robots)
            record(state, target, document=document, failure=failure)
            if out is not None:
                _write(out / STATE_FILE, state_json(state))
            _say(args, f"{prefix} {_progress(document, failure, time.monotonic() - started)}")
    except KeyboardInterrupt:
        done = sum(1 for s in state["sites"].values() if s["status"] == "done")
        _say(args, f"Stopped. {done} sites are saved"
                   + (f" in {out / STATE_FILE}; run the same command again to carry on."
                      if out else "."))
        return 130
    documents, failures = outcomes(state, targets or None)
    return _finish(args, out, rubric, documents, failures, judgements)


def _finish(args: argparse.Namespace, out: Path | None, rubric: Rubric,
            documents: list[dict[str, Any]], failures: list[dict[str, Any]],
            judgements: Judgements) -> int:
    """Write (or print) the results, the report and the adviser file."""
    judgements, added = with_places(judgements, documents)
    generated = datetime.now(UTC).isoformat(timespec="seconds")
    results = build_results(documents, failures, rubric, judgements, generated)
    comparison = compare_results(_read_json_results(args.compare), results) \
        if args.compare else None
    texts = {"json": results_json(results), "csv": results_csv(results, rubric),
             "html": render_report(results, rubric, title=args.title, comparison=comparison)}
    if out is None:
        sys.stdout.write(texts[args.format])
    else:
        adviser = out / ADVISER_FILE
        if added or not adviser.exists():
            _write(adviser, adviser_yaml(judgements, rubric))
        for name, text in texts.items():
            _write(out / OUTPUTS[name], text)
        if comparison is not None:
            _write(out / "compare.csv", comparison_csv(comparison))
        for name in (*OUTPUTS.values(), ADVISER_FILE):
            print(out / name)
    summary = results["summary"]
    _say(args, f"Audited {summary['documents']}, not audited {summary['failed']}; "
               f"Yes {summary['scores']['Yes']}, Partial {summary['scores']['Partial']}, "
               f"No {summary['scores']['No']} (rubric {rubric.version}).")
    if comparison is not None:
        _say(args, comparison_text(comparison))
    return 1 if summary["failed"] or summary["errors"] else 0
