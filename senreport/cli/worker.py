"""``senreport worker``: audit the sites of queued audits (``senreport audit --queue``).

::

    senreport worker --queue redis://HOST:PORT/DB [--concurrency N] [--visibility-timeout S]
                     [--burst]

Start as many as you like, on as many machines as you like. Kept light (the task code is
in :mod:`senreport.cli.queue_worker`) so that the command line starts quickly.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from typing import Any

DEFAULT_VISIBILITY = 120.0


def add_worker_parser(commands: Any) -> argparse.ArgumentParser:
    """Add the ``worker`` command to the command line's subparsers."""
    from senreport.cli.audit import _count, _seconds

    worker = commands.add_parser(
        "worker", help="audit sites from a queued audit (start as many as you like)",
        description="Take sites from the audits queued with 'senreport audit --queue' and "
                    "audit them. Start as many workers as you like, on as many machines.")
    worker.add_argument("--queue", required=True, metavar="URL",
                        help="the Redis queue, like redis://127.0.0.1:6379/0")
    worker.add_argument("--concurrency", type=_count, default=1, metavar="N",
                        help="sites audited at once by this command (processes; default 1)")
    worker.add_argument("--visibility-timeout", type=_seconds, default=DEFAULT_VISIBILITY,
                        metavar="SECONDS",
                        help="how long after a worker stops answering its site is given to "
                             f"another (default {DEFAULT_VISIBILITY:g})")
    worker.add_argument("--burst", action="store_true",
                        help="stop when the queue is empty")
    worker.add_argument("--quiet", action="store_true", help="print nothing but problems")
    worker.add_argument("--verbose", action="store_true",
                        help="log each task taken and finished (RQ's own log)")
    return worker


def _work(url: str, visibility: float, burst: bool, quiet: bool, number: int,
          verbose: bool = False) -> int:
    from rq import Queue
    from rq.serializers import JSONSerializer

    import senreport.cli.audit_run  # noqa: F401 - loaded now, not on the first site
    from senreport.cli.queue_store import QUEUE_NAME, connect, shown
    from senreport.cli.queue_worker import _settings, _worker_class

    connection = connect(url)
    _settings["visibility"] = max(1.0, visibility)
    queue = Queue(QUEUE_NAME, connection=connection, serializer=JSONSerializer)
    worker = _worker_class()([queue], connection=connection, serializer=JSONSerializer,
                             maintenance_interval=max(1, int(visibility)),
                             job_monitoring_interval=max(1, int(visibility / 4)))
    if not quiet:
        print(f"Worker {number} ({os.getpid()}) taking sites from {shown(url)}"
              + ("; it stops when the queue is empty." if burst else
                 "; Ctrl-C (or SIGTERM) stops it after the site in hand."),
              file=sys.stderr, flush=True)
    worker.work(burst=burst, logging_level="INFO" if verbose else "WARNING",
                with_scheduler=False)
    return 0


def run_worker(args: argparse.Namespace) -> int:
    """Run ``senreport worker``; returns the exit code."""
    from senreport.cli.queue_store import connect

    connect(args.queue)  # a wrong address or a missing Redis: one line, before anything else
    if args.concurrency == 1:
        return _work(args.queue, args.visibility_timeout, args.burst, args.quiet, 1,
                     args.verbose)
    import multiprocessing

    import senreport.cli.audit_run  # noqa: F401 - loaded once, shared by the processes

    context = multiprocessing.get_context("fork")
    children = [context.Process(target=_work, args=(args.queue, args.visibility_timeout,
                                                    args.burst, args.quiet, number,
                                                    args.verbose),
                                daemon=False)
                for number in range(1, args.concurrency + 1)]
    for child in children:
        child.start()

    def stop(signum: int, _frame: Any) -> None:
        for child in children:
            if child.pid and child.is_alive():
                os.kill(child.pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for child in children:
        child.join()
    return 0 if all(child.exitcode == 0 for child in children) else 1
