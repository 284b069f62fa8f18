"""``senreport audit``: score many Local Offers (or schools' SEN reports) and write a report.

::

    senreport audit URL_OR_FILE... [--kind KIND] [--format json|csv|html] [--out DIR]
                    [--allow-private] [--rubric FILE] [--compare OLD_DIR] [--max-pages N]
                    [--delay SECONDS] [--timeout SECONDS] [--fresh] [--queue URL]
    senreport audit status --queue URL

Each argument is a web address, a page file, a folder of page files (one site) or a site
list. With ``--out DIR`` the audit writes ``audit.json``, ``audit.csv``, ``report.html``
and ``adviser.yaml`` there, saves its progress after each site (``state.json``) and, run
again, skips the sites already audited. Without it, the results are printed in the
chosen format. Exit 0: every site audited and no error-severity finding; 1: a site could
not be audited or a finding is an error; 2: bad usage or unreadable input.

With ``--queue redis://HOST:PORT/DB`` the sites are audited by workers (``senreport
worker``) on any machine, with the same outputs (:mod:`senreport.cli.queue_run`);
``senreport audit status --queue URL`` shows how far the queued audits have got.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

KINDS = ("local-offer", "sen-report", "send-policy", "governors-report")
SCHOOL_TYPES = ("mainstream", "nursery", "special", "post16")
FORMATS = ("json", "csv", "html")


def _count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return int(value)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 600:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds (0 to 600)")
    return seconds


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-09-01") from None


def add_audit_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ``audit`` command to the command line's subparsers."""
    audit = commands.add_parser(
        "audit", help="score many Local Offers or schools' SEN reports and write a report",
        description="Score each authority's Local Offer (or each school's SEN information "
                    "report) against the rubric, and write a report with the evidence.")
    audit.add_argument("targets", nargs="*", metavar="URL_OR_FILE",
                       help="web addresses, page files, folders of pages or site lists "
                            "(one 'Name https://...' a line)")
    audit.add_argument("--kind", choices=KINDS, default="local-offer",
                       help="what is audited (default: local-offer)")
    audit.add_argument("--school-type", choices=SCHOOL_TYPES,
                       help="the type of the schools audited (sen-report)")
    audit.add_argument("--format", choices=FORMATS, default="json",
                       help="what to print when there is no --out (default: json)")
    audit.add_argument("--out", metavar="DIR",
                       help="write the report, CSV, JSON and adviser file here, and resume "
                            "from here")
    audit.add_argument("--allow-private", action="store_true",
                       help="allow sites on private, loopback or link-local addresses")
    audit.add_argument("--rubric", metavar="FILE",
                       help="an amended Local Offer rubric (YAML) instead of the built-in one")
    audit.add_argument("--print-rubric", action="store_true",
                       help="print the rubric in use as YAML (to amend it) and stop")
    audit.add_argument("--compare", metavar="OLD_DIR",
                       help="show what changed since an earlier audit's output folder")
    audit.add_argument("--max-pages", type=_count, default=40,
                       help="pages read per Local Offer (default: 40)")
    audit.add_argument("--delay", type=_seconds, default=0.5,
                       help="seconds between requests to one site (default: 0.5)")
    audit.add_argument("--timeout", type=_seconds, default=10.0,
                       help="seconds to wait for each page (default: 10)")
    audit.add_argument("--fresh", action="store_true",
                       help="audit every site again, ignoring the saved progress")
    audit.add_argument("--title", help="the report's title")
    audit.add_argument("--today", type=_date, help="judge review dates as on this day")
    audit.add_argument("--quiet", action="store_true", help="no progress lines")
    audit.add_argument("--browser", action="store_true",
                       help="also check each page as Chromium shows it (axe-core)")
    audit.add_argument("--queue", metavar="URL",
                       help="have the sites audited by workers (senreport worker) through "
                            "this Redis queue, like redis://127.0.0.1:6379/0; 'senreport "
                            "audit status --queue URL' shows the progress")
    return audit


def run_audit(args: argparse.Namespace) -> int:
    """Run ``senreport audit``; returns the exit code (0, 1; a :class:`UserError` for 2)."""
    if args.targets[:1] == ["status"] and not Path("status").exists():
        from senreport.cli.queue_run import run_status

        return run_status(args)
    if args.queue and not args.print_rubric:
        from senreport.cli.queue_run import run_queued

        return run_queued(args)
    from senreport.cli.audit_run import run

    if getattr(args, "browser", False):
        from senreport.cli.browser import BrowserError, chromium_path
        from senreport.cli.inputs import UserError

        try:
            chromium_path()
        except BrowserError as error:
            raise UserError(str(error)) from None
    return run(args)
