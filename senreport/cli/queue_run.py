"""``senreport audit SOURCES... --queue URL --out DIR`` and ``senreport audit status --queue
URL``: an audit whose sites are audited by workers (``senreport worker``) on any machine.

The command puts one task per site on the queue (RQ on Redis), shows the progress, and,
once every site has its result, writes the same report, CSV, JSON, adviser file and saved
progress as a local audit of the same sites (:func:`senreport.cli.audit_run.run`).

The run is remembered in ``DIR/queue.json``: run again with the same ``--out`` (after a
Ctrl-C, or to try the failed sites again) and it carries on where it was. Stopping the
command does not stop the workers; stopping the workers leaves the tasks on the queue
until workers come back.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from senreport.audit.rubric import Rubric, rubric_yaml
from senreport.audit.state import STATE_FILE, is_done, outcomes, record, state_json
from senreport.audit.targets import Target
from senreport.cli.audit_run import _finish, _load, _rubric, _say, _targets, _write
from senreport.cli.inputs import UserError
from senreport.cli.queue_store import (
    QUEUE_NAME,
    RUNS_KEY,
    connect,
    forget_results,
    job_id,
    load_run,
    new_run_id,
    results,
    run_key,
    save_run,
    shown,
    site_hash,
    statuses,
)
from senreport.cli.queue_worker import TRIES

RUN_FILE = "queue.json"
WAITING = ("queued", "started", "scheduled", "deferred")


def _queue(connection: Any) -> Any:
    from rq import Queue
    from rq.serializers import JSONSerializer

    return Queue(QUEUE_NAME, connection=connection, serializer=JSONSerializer)


def _run_id(out: Path, url: str, rubric: Rubric, connection: Any,
            args: argparse.Namespace) -> str:
    """The run this output folder belongs to: the saved one if it can go on, else a new one."""
    saved: dict[str, Any] = {}
    try:
        saved = json.loads((out / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    run_id = saved.get("run") if isinstance(saved, dict) else None
    if run_id and not args.fresh:
        settings = load_run(connection, run_id)
        if settings is not None and settings.get("fingerprint") == rubric.fingerprint:
            return str(run_id)
        if settings is not None:
            _say(args, "Starting a new run: the rubric has changed since the earlier one.")
    run_id = new_run_id()
    _write(out / RUN_FILE, json.dumps({"queue": shown(url), "run": run_id}) + "\n")
    return run_id


def _settings(rubric: Rubric, args: argparse.Namespace, out: Path, total: int) -> dict[str, Any]:
    return {"kind": rubric.kind, "version": rubric.version, "fingerprint": rubric.fingerprint,
            "rubric_text": rubric_yaml(rubric) if args.rubric else "",
            "out": str(out.resolve()), "total": total, "started": time.time(),
            "options": {"school_type": args.school_type,
                        "today": args.today.isoformat() if args.today else None,
                        "max_pages": args.max_pages, "delay": args.delay,
                        "timeout": args.timeout, "allow_private": args.allow_private}}


def _enqueue(connection: Any, run_id: str, pending: list[Target],
             args: argparse.Namespace) -> int:
    """Queue a task for each site without a result and without a task waiting or running."""
    from rq import Retry
    from rq.job import Job

    queue = _queue(connection)
    recorded = statuses(connection, run_id)
    forget_results(connection, run_id, [t.key for t in pending
                                        if recorded.get(t.key) == "failed"])
    ids = [job_id(run_id, t.key) for t in pending]
    jobs = Job.fetch_many(ids, connection=connection, serializer=queue.serializer)
    timeout = int(args.max_pages * (args.timeout + args.delay + 1) * 2 + 120)
    wanted = []
    for target, task_id, job in zip(pending, ids, jobs, strict=True):
        if recorded.get(target.key) == "done":
            continue
        if job is not None:
            if job.get_status(refresh=False) in WAITING:
                continue
            job.delete()
        wanted.append(queue.prepare_data(
            "senreport.cli.queue_worker.audit_task",
            args=(run_id, target.key, target.location, target.name), job_id=task_id,
            description=target.name, timeout=timeout, result_ttl=3600,
            failure_ttl=7 * 86400, retry=Retry(max=TRIES - 1)))
    for start in range(0, len(wanted), 1000):
        queue.enqueue_many(wanted[start:start + 1000])
    return len(wanted)


def _failure_reason(job: Any) -> str:
    result = job.latest_result()
    text = (result.exc_string or "") if result is not None else ""
    if "AbandonedJobError" in text or not text.strip():
        return (f"the site could not be audited: the worker auditing it stopped "
                f"answering, {TRIES} times (see the workers' logs)")
    last = text.strip().splitlines()[-1]
    return f"the site could not be audited after {TRIES} tries ({last})"


def _collect_failures(connection: Any, queue: Any, run_id: str,
                      by_job: dict[str, Target], recorded: set[str]) -> None:
    """Record, with the reason, the sites whose tasks failed every try."""
    from rq.job import Job

    from senreport.cli.queue_store import record_result

    prefix = f"senreport-{run_id}-"
    for task_id in queue.failed_job_registry.get_job_ids():
        target = by_job.get(task_id) if task_id.startswith(prefix) else None
        if target is None or target.key in recorded:
            continue
        job = Job.fetch(task_id, connection=connection, serializer=queue.serializer)
        record_result(connection, run_id, target.key, {
            "status": "failed", "name": target.name, "location": target.location,
            "failure": {"authority": target.name, "source": target.location,
                        "error": _failure_reason(job)}})


def counts(connection: Any, queue: Any, run_id: str, total: int) -> dict[str, int]:
    """Done, running, failed and left, for a run of ``total`` sites."""
    recorded = list(statuses(connection, run_id).values())
    prefix = f"senreport-{run_id}-"
    running = sum(1 for i in queue.started_job_registry.get_job_ids() if i.startswith(prefix))
    done, failed = recorded.count("done"), recorded.count("failed")
    return {"done": done, "running": running, "failed": failed,
            "left": max(0, total - done - failed - running)}


def _wait(connection: Any, run_id: str, pending: list[Target], args: argparse.Namespace) -> None:
    from rq import Worker

    queue = _queue(connection)
    by_job = {job_id(run_id, t.key): t for t in pending}
    keys = {t.key for t in pending}
    started, last_said, said = time.monotonic(), 0.0, ""
    at_start = len(keys & set(statuses(connection, run_id)))
    pause = 0.2 if len(pending) <= 1000 else 2.0
    while True:
        queue.started_job_registry.cleanup()  # lapsed tasks go back on the queue (or fail)
        _collect_failures(connection, queue, run_id, by_job,
                          keys & set(statuses(connection, run_id)))
        recorded = keys & set(statuses(connection, run_id))
        if len(recorded) == len(keys):
            return
        now = time.monotonic()
        if now - last_said >= 2.0:
            line = _progress_line(counts(connection, queue, run_id, len(keys)),
                                  (len(recorded) - at_start) / max(now - started, 1e-6))
            if not Worker.count(queue=queue):
                line += ("; no worker is taking sites: start one with "
                         f"'senreport worker --queue {shown(args.queue)}'")
            if line != said:
                _say(args, line)
                said, last_said = line, now
        time.sleep(pause)


def _progress_line(numbers: dict[str, int], rate: float) -> str:
    total = sum(numbers.values())
    line = (f"[{numbers['done'] + numbers['failed']}/{total}] done {numbers['done']}, "
            f"running {numbers['running']}, failed {numbers['failed']}, "
            f"left {numbers['left']}")
    if rate > 0:
        left = numbers["left"] + numbers["running"]
        line += f"; {rate * 60:.1f} sites a minute"
        if left:
            line += f", about {_duration(left / rate)} to go"
    return line


def _duration(seconds: float) -> str:
    if seconds < 90:
        return "1 second" if seconds < 1.5 else f"{round(seconds)} seconds"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} minutes"
    return f"{seconds / 3600:.1f} hours"


def run_queued(args: argparse.Namespace) -> int:
    """Run a queued audit; returns the exit code."""
    rubric = _rubric(args)
    if not args.out:
        raise UserError("give --out DIR with --queue: a queued audit saves its results there")
    targets = _targets(args.targets)
    for target in targets:
        if not target.is_url:
            raise UserError(f"{target.location}: a queued audit reads web addresses only "
                            "(workers on other machines cannot read this machine's files); "
                            "audit files without --queue")
    out = Path(args.out)
    connection = connect(args.queue)
    state, judgements = _load(out, rubric, args)
    if not targets and not state["sites"]:
        raise UserError("give at least one web address or site list to audit")
    pending = [t for t in targets if not is_done(state, t)]
    run_id = _run_id(out, args.queue, rubric, connection, args)
    save_run(connection, run_id, _settings(rubric, args, out, len(pending)))
    queued = _enqueue(connection, run_id, pending, args)
    _say(args, f"Run {run_id}: {len(targets)} sites, {len(targets) - len(pending)} audited "
               f"in an earlier run, {queued} queued; waiting for the workers "
               "(senreport worker --queue URL). Ctrl-C stops waiting, not the workers.")
    try:
        _wait(connection, run_id, pending, args)
    except KeyboardInterrupt:
        _say(args, "Stopped waiting. The workers carry on; run the same command again to "
                   "collect the results.")
        return 130
    found = results(connection, run_id, [t.key for t in pending])
    for target in pending:
        entry = found[target.key]
        record(state, target, document=entry.get("document"), failure=entry.get("failure"))
    _write(out / STATE_FILE, state_json(state))
    documents, failures = outcomes(state, targets or None)
    return _finish(args, out, rubric, documents, failures, judgements)


def run_status(args: argparse.Namespace) -> int:
    """``senreport audit status --queue URL``: the latest runs on the queue."""
    if args.targets[1:]:
        raise UserError("'senreport audit status' takes no sites, only --queue URL")
    if not args.queue:
        raise UserError("give the queue: senreport audit status --queue redis://HOST:PORT/DB")
    from rq import Worker

    connection = connect(args.queue)
    queue = _queue(connection)
    runs = connection.zrevrange(RUNS_KEY, 0, 4, withscores=True)
    if not runs:
        print(f"No audit has been queued at {shown(args.queue)} yet.")
        return 0
    queue.started_job_registry.cleanup()
    print(f"{Worker.count(queue=queue)} workers; {len(queue)} tasks waiting.")
    for raw_id, created in runs:
        run_id = raw_id.decode()
        settings = load_run(connection, run_id) or {}
        total = int(settings.get("total", 0))
        numbers = counts(connection, queue, run_id, total)
        prefix = f"senreport-{run_id}-"
        recorded = {prefix + site_hash(key) for key in statuses(connection, run_id)}
        numbers["failed"] += sum(1 for i in queue.failed_job_registry.get_job_ids()
                                 if i.startswith(prefix) and i not in recorded)
        numbers["left"] = max(0, total - numbers["done"] - numbers["failed"]
                              - numbers["running"])
        finished = run_key(run_id, "finished")
        recent = connection.zcount(finished, time.time() - 300, "+inf")
        first = connection.zrange(finished, 0, 0, withscores=True)
        span = min(300.0, time.time() - first[0][1]) if first else 0.0
        rate = recent / span if span > 0 else 0.0
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(created))
        print(f"Run {run_id} ({settings.get('kind', '?')}, rubric "
              f"{settings.get('version', '?')}, started {when}, results to "
              f"{settings.get('out', '?')}):")
        print("  " + _progress_line(numbers, rate))
    sys.stdout.flush()
    return 0
