"""The tasks of a queued audit and the worker that runs them (``senreport worker``, see
:mod:`senreport.cli.worker`).

The tasks are RQ jobs (RQ: Redis Queue). Each worker process runs one site at a time,
in-process (RQ's ``SimpleWorker``), so stopping or killing the process stops its site too.
While a site is audited the worker renews its claim every quarter of the visibility
timeout; a worker that dies stops renewing, and once the timeout has passed its task is
handed to another worker (up to :data:`TRIES` tries in all, then the site is reported as
failed, with the reason). A site's result is written once: a task that finds it recorded
does nothing.

Politeness holds across the fleet: a site is audited by one worker at a time (a lease in
Redis), and requests to one host are sent one at a time with the audit's pause (or the
host's Crawl-delay) between the end of one and the start of the next, whichever worker
sends them (:class:`senreport.cli.queue_store.HostPacer`).
"""

from __future__ import annotations

import argparse
import threading
import time
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from senreport.cli.fetch import CrawlOptions, Fetcher, Response
from senreport.cli.queue_store import (
    HostPacer,
    SiteLease,
    load_run,
    record_result,
    results,
)
from senreport.cli.worker import DEFAULT_VISIBILITY

#: Tries of a site's task in all (the first and two more) before it is reported as failed.
TRIES = 3

_settings = {"visibility": DEFAULT_VISIBILITY}
_runs: dict[str, tuple[Any, argparse.Namespace, dict[str, Any]]] = {}


class FleetFetcher(Fetcher):
    """A :class:`Fetcher` whose pause between requests to a host is kept by the whole fleet
    (and that renews its site's lease before each request)."""

    def __init__(self, options: CrawlOptions, pacer: HostPacer, lease: SiteLease) -> None:
        super().__init__(replace(options, delay=0.0))  # the pause is the pacer's
        self.fleet_delay = options.delay
        self.pacer = pacer
        self.lease = lease

    def fetch(self, url: str, *args: Any, **kwargs: Any) -> Response:
        """Read an address once the fleet's pause for its host has passed."""
        host = urlsplit(url).netloc
        asked = self.delays.get(host, 0.0)
        self.lease.take()
        self.pacer.acquire(host, max(self.fleet_delay, asked))
        try:
            return super().fetch(url, *args, **kwargs)
        finally:
            self.pacer.release(host, self.delays.get(host, 0.0))


def _run(connection: Any, run_id: str) -> tuple[Any, argparse.Namespace, dict[str, Any]]:
    """The run's rubric and options (read once per worker process)."""
    if run_id in _runs:
        return _runs[run_id]
    from senreport.audit.rubric import catalogue_rubric, load_rubric

    settings = load_run(connection, run_id)
    if settings is None:
        raise RuntimeError(f"the queue has no run {run_id} (it may have been emptied)")
    rubric = (load_rubric(settings["rubric_text"], "the run's rubric") if
              settings["rubric_text"] else catalogue_rubric(settings["kind"]))
    if rubric.fingerprint != settings["fingerprint"]:
        raise RuntimeError("this worker's senreport scores with another rubric than the "
                           "audit's; run the same senreport version on every machine")
    options = settings["options"]
    args = argparse.Namespace(
        kind=settings["kind"], school_type=options["school_type"],
        today=date.fromisoformat(options["today"]) if options["today"] else None,
        max_pages=options["max_pages"], delay=options["delay"], timeout=options["timeout"],
        allow_private=options["allow_private"])
    _runs.clear()  # one run's robots.txt cache at a time
    _runs[run_id] = (rubric, args, {})
    return _runs[run_id]


def audit_task(run_id: str, site_key: str, location: str, name: str) -> str:
    """The task: audit one site of a run and record its result (once)."""
    from rq import get_current_job

    from senreport.audit.targets import Target
    from senreport.cli.audit_run import audit_site, crawl_options

    job = get_current_job()
    assert job is not None
    connection = job.connection
    if results(connection, run_id, [site_key]):
        return "recorded already"
    rubric, args, robots = _run(connection, run_id)
    options = crawl_options(rubric, args)
    lease = SiteLease(connection, run_id, site_key, _settings["visibility"])
    while not lease.take():  # another worker is on this site: wait for it
        time.sleep(0.5)
        if results(connection, run_id, [site_key]):
            return "recorded by another worker"
    release = lease.keep()
    try:
        if results(connection, run_id, [site_key]):
            return "recorded already"
        # held through a request and its redirects; a dead worker's hold lapses after it
        pacer = HostPacer(connection, hold_seconds=6 * options.timeout + 5)
        fetcher = FleetFetcher(options, pacer, lease)
        target = Target(location, name)
        document, failure = audit_site(target, rubric, args, fetcher, robots)
        entry: dict[str, Any] = {"name": name, "location": location}
        if document is not None:
            entry.update(status="done", document=document)
        else:
            entry.update(status="failed", failure=failure)
        written = record_result(connection, run_id, site_key, entry)
        return "recorded" if written else "recorded by another worker"
    finally:
        release()


def _worker_class() -> Any:
    from rq import SimpleWorker
    from rq.worker.base import WorkerStatus

    class AuditWorker(SimpleWorker):
        """RQ's in-process worker, with the audit's visibility timeout: the claim on a
        task is renewed while it runs and lapses that long after a worker dies."""

        def subscribe(self) -> None:
            """No command channel: workers are stopped with signals (SIGTERM, Ctrl-C).
            (Its listening thread can hold up a worker's stop for a minute.)"""

        def get_heartbeat_ttl(self, job: Any, working_time: float = 0.0) -> int:
            return max(1, int(_settings["visibility"]))

        def execute_job(self, job: Any, queue: Any) -> None:
            execution = self.prepare_execution(job)
            stop = threading.Event()

            def renew() -> None:
                while not stop.wait(_settings["visibility"] / 4):
                    try:
                        self.maintain_heartbeats(job, execution)
                    except Exception:  # noqa: BLE001 - the next renewal tries again
                        pass

            renewer = threading.Thread(target=renew, daemon=True)
            renewer.start()
            try:
                self.perform_job(job, queue, execution)
            finally:
                stop.set()
                renewer.join()
            self.set_state(WorkerStatus.IDLE)

    return AuditWorker
