"""The ``senreport`` command: a thin front end over the core."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date

from senreport import __version__
from senreport.cli.inputs import TIMEOUT_SECONDS, UserError, read_input, read_target

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
KINDS = ("sen-report", "send-policy", "local-offer", "governors-report")
SCHOOL_TYPES = ("mainstream", "nursery", "special", "post16")


class _Parser(argparse.ArgumentParser):
    """argparse, with usage mistakes as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"senreport: {message} (see 'senreport --help')\n")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-09-01") from None


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 600:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds from 1 to 600")
    return seconds


def _count(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 256:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 1 to 256")
    return int(value)


def _fetch_options(command: argparse.ArgumentParser) -> None:
    """--allow-private and --timeout, for commands that read a web address."""
    command.add_argument("--allow-private", action="store_true",
                         help="also read addresses on this computer or the local network")
    command.add_argument("--timeout", type=_seconds, default=TIMEOUT_SECONDS,
                         help=f"seconds to read a web address, in all (default "
                              f"{TIMEOUT_SECONDS})")


def build_parser() -> argparse.ArgumentParser:
    """The command line, every command and option."""
    parser = _Parser(prog="senreport", description="Check and publish SEN information reports.")
    parser.add_argument("--version", action="version", version=f"senreport {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser(
        "check", help="check a report, page, block markup, PDF, Word file or web address")
    check.add_argument("target", metavar="PATH_OR_URL")
    check.add_argument("--kind", choices=KINDS)
    check.add_argument("--school-type", choices=SCHOOL_TYPES)
    check.add_argument("--format", choices=("text", "json", "sarif", "html"), default="text")
    check.add_argument("--today", type=_date, help="judge review dates as on this day")
    _fetch_options(check)
    check.add_argument("--browser", action="store_true",
                       help="also check the page as Chromium shows it (axe-core)")
    check.add_argument("--acknowledged", metavar="FILE",
                       help="a JSON file mapping finding fingerprints to the reasons given")

    init = commands.add_parser("init", help="print a report to fill in, with every item's prompts")
    init.add_argument("--kind", choices=KINDS, default="sen-report")

    render = commands.add_parser("render", help="write a YAML/JSON report as HTML or block markup")
    render.add_argument("target", metavar="REPORT")
    render.add_argument("--to", choices=("html", "page", "blocks"), default="html")

    commands.add_parser("schema", help="print the JSON Schema of the report file")

    importer = commands.add_parser(
        "import", help="read a published report (page, PDF or Word file) into YAML")
    importer.add_argument("target", metavar="PAGE_OR_URL")
    importer.add_argument("--school-type", choices=SCHOOL_TYPES)
    _fetch_options(importer)

    serve = commands.add_parser("serve", help="run the sidecar (the HTTP API for WordPress)")
    serve.add_argument("--host", default=None, help="default 127.0.0.1 (or the config file)")
    serve.add_argument("--port", type=int, default=None, help="default 8765 (or the config file)")
    serve.add_argument("--workers", type=_count, default=None,
                       help="worker processes (default: one per core)")
    serve.add_argument("--budget", type=_seconds, default=30.0,
                       help="seconds one request may take before it is stopped (default 30)")

    site = commands.add_parser("site", help="register a school's WordPress site")
    site_commands = site.add_subparsers(dest="site_command", metavar="ACTION",
                                        parser_class=_Parser, required=True)
    site_add = site_commands.add_parser("add", help="add (or replace) a site")
    site_add.add_argument("name")
    site_add.add_argument("--url", required=True)
    site_add.add_argument("--user", required=True)
    secret = site_add.add_mutually_exclusive_group(required=True)
    secret.add_argument("--password-env", metavar="VAR",
                        help="the environment variable holding the application password")
    secret.add_argument("--password-file", metavar="FILE",
                        help="a file only you can read, holding the application password")

    inject = commands.add_parser("inject", help="create or update a site's SEN report page")
    inject.add_argument("name", metavar="SITE")
    inject.add_argument("report", metavar="REPORT")
    inject.add_argument("--dry-run", action="store_true", help="show the change, write nothing")
    inject.add_argument("--publish", action="store_true",
                        help="publish a new page (default: draft)")
    inject.add_argument("--force", action="store_true",
                        help="write even while someone has the page open in the editor")

    from senreport.cli.audit import add_audit_parser

    add_audit_parser(commands)

    from senreport.cli.worker import add_worker_parser

    add_worker_parser(commands)

    bridge = commands.add_parser("bridge-zip", help="build the wp-bridge plugin zip to upload")
    bridge.add_argument("--out", default=".", help="a folder or a file name (default: here)")

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--docs", metavar="DIR",
                       help="write one documentation page per rule into DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage mistakes end here
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    handler = _HANDLERS[args.command]
    try:
        return handler(args)
    except UserError as error:
        print(f"senreport: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - the user gets one line, never a traceback
        if os.environ.get("SENREPORT_DEBUG"):
            raise
        print(f"senreport: something went wrong inside senreport ({type(error).__name__}: "
              f"{error}); set SENREPORT_DEBUG=1 to see the details", file=sys.stderr)
        return EXIT_USAGE


def _check(args: argparse.Namespace) -> int:
    from senreport.check import InputError, check
    from senreport.output import format_result

    content = read_input(args.target, allow_private=args.allow_private, timeout=args.timeout)
    acknowledgements = _acknowledgements(args.acknowledged) if args.acknowledged else None
    try:
        result = check(content, source=args.target, kind=args.kind,
                       school_type=args.school_type, today=args.today,
                       acknowledgements=acknowledgements)
    except InputError as error:
        raise UserError(str(error)) from None
    if args.browser and isinstance(content, str):  # a PDF or Word file is not a web page
        from senreport.cli.browser import BrowserError, with_browser

        try:
            result = with_browser(result, content, args.target)
        except BrowserError as error:
            raise UserError(str(error)) from None
    sys.stdout.write(format_result(result, args.format))
    return result.exit_code


def _acknowledgements(path: str) -> dict[str, str]:
    text = read_target(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"{path}, line {error.lineno}: not valid JSON ({error.msg})") from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise UserError(f"{path}: give an object of fingerprint: reason pairs")
    return data


def _init(args: argparse.Namespace) -> int:
    from senreport.template import report_template

    sys.stdout.write(report_template(args.kind))
    return EXIT_OK


def _render(args: argparse.Namespace) -> int:
    from senreport.readers.structured import ReportError, load_report
    from senreport.writers.blocks import render_blocks
    from senreport.writers.html import render_html, render_page

    try:
        report = load_report(read_target(args.target), args.target)
    except ReportError as error:
        raise UserError(str(error)) from None
    writer: Callable[..., str] = {"html": render_html, "page": render_page,
                                  "blocks": render_blocks}[args.to]
    sys.stdout.write(writer(report).rstrip("\n") + "\n")
    return EXIT_OK


def _schema(_args: argparse.Namespace) -> int:
    from senreport.schema import report_schema

    sys.stdout.write(json.dumps(report_schema(), indent=2) + "\n")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from senreport.check import InputError
    from senreport.readers.importer import import_report
    from senreport.template import report_yaml

    try:
        report = import_report(read_input(args.target, allow_private=args.allow_private,
                                          timeout=args.timeout),
                               source=args.target, school_type=args.school_type)
    except InputError as error:
        raise UserError(str(error)) from None
    sys.stdout.write(report_yaml(report))
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from senreport.output.catalogue import rules_json, rules_text

    if args.docs:
        from pathlib import Path

        from senreport.output.rule_docs import rule_pages

        folder = Path(args.docs)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in rule_pages().items():
                (folder / name).write_text(text, encoding="utf-8")
        except OSError as error:
            raise UserError(f"{folder}: the pages could not be written ({error.strerror})") \
                from None
        print(f"wrote {len(rule_pages())} pages to {folder}")
        return EXIT_OK
    sys.stdout.write(rules_json() if args.format == "json" else rules_text())
    return EXIT_OK


def _site(args: argparse.Namespace) -> int:
    from sidecar.cli_commands import site_add
    from sidecar.errors import SidecarError
    from sidecar.store import Store, default_database

    try:
        print(site_add(Store(default_database()), args.name, args.url, args.user,
                       args.password_env, password_file=args.password_file))
    except SidecarError as error:
        raise UserError(str(error)) from None
    return EXIT_OK


def _inject(args: argparse.Namespace) -> int:
    from sidecar.cli_commands import inject
    from sidecar.errors import SidecarError
    from sidecar.store import Store, default_database

    try:
        print(inject(Store(default_database()), args.name, args.report, dry_run=args.dry_run,
                     publish=args.publish, force=args.force))
    except SidecarError as error:
        raise UserError(str(error)) from None
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from sidecar.config import ConfigError
    from sidecar.serve import serve

    try:
        serve(args.host, args.port, workers=args.workers, budget=args.budget)
    except ConfigError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(f"the sidecar could not listen on that address ({error.strerror})") \
            from None
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _bridge_zip(args: argparse.Namespace) -> int:
    from pathlib import Path

    from senreport.cli.bridge_zip import build_zip, find_plugin_source

    print(build_zip(find_plugin_source(), Path(args.out)))
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    from senreport.cli.audit import run_audit

    return run_audit(args)


def _worker(args: argparse.Namespace) -> int:
    from senreport.cli.worker import run_worker

    return run_worker(args)


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": _check,
    "init": _init,
    "render": _render,
    "schema": _schema,
    "import": _import,
    "rules": _rules,
    "serve": _serve,
    "site": _site,
    "inject": _inject,
    "audit": _audit,
    "bridge-zip": _bridge_zip,
    "worker": _worker,
}
