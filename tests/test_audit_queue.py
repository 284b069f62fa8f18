"""``senreport audit --queue`` and ``senreport worker``: a real Redis (Debian's redis-server
on 127.0.0.1), real worker processes, and the local test sites of :mod:`audit_sites`.

The fleet's outputs are compared with a local run's on the same sites; one worker is
killed in the middle of a site; the pause between requests to one host is measured from
the server's own log.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from audit_sites import EASTSHIRE, NORTHSHIRE, SOUTHSHIRE, Site, all_sites, site_list
from redis_harness import RedisServer

from senreport.cli import main

REPO = Path(__file__).resolve().parent.parent
VISIBILITY = "2"
LOCAL = ("--allow-private", "--delay", "0", "--timeout", "0.6", "--quiet")


class Fleet:
    """Worker processes (``senreport worker``) on one queue."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, count: int) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        for _ in range(count):
            self.processes.append(subprocess.Popen(
                [sys.executable, "-m", "senreport", "worker", "--queue", self.url,
                 "--visibility-timeout", VISIBILITY, "--quiet"], env=env, cwd=REPO))

    def alive(self) -> list[subprocess.Popen[bytes]]:
        return [p for p in self.processes if p.poll() is None]

    def stop(self) -> None:
        for process in self.alive():
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    with RedisServer() as server:
        yield server


@pytest.fixture(scope="module")
def fleet(redis_server: RedisServer) -> Iterator[Fleet]:
    workers = Fleet(redis_server.url(0))
    workers.start(2)
    yield workers
    workers.stop()


def wait_for(condition: Any, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited too long"
        time.sleep(0.01)


def queued(url: str) -> int:
    from redis import Redis
    from rq import Queue

    from senreport.cli.queue_store import QUEUE_NAME

    return len(Queue(QUEUE_NAME, connection=Redis.from_url(url)))


def work_in_burst(url: str) -> None:
    """A worker in this process until the queue is empty (its signal handlers undone)."""
    from senreport.cli.worker import _work

    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        _work(url, 2, burst=True, quiet=True, number=1)
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)


def fifty_sites() -> dict[str, Site]:
    """The six sites of the local tests (three fail), a slowish one, and 43 more."""
    sites = all_sites(slow=1.0)
    sites["Sleepyshire"] = Site(SOUTHSHIRE, sleep=0.3)
    kinds = (NORTHSHIRE, SOUTHSHIRE, EASTSHIRE)
    for number in range(43):
        sites[f"Borough {number + 1}"] = Site(kinds[number % 3])
    return sites


def comparable(out: Path) -> dict[str, str]:
    """The outputs of an audit, less the moment they were made."""
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    generated = data["summary"].pop("generated")
    html = (out / "report.html").read_text(encoding="utf-8")
    return {"audit.json": json.dumps(data, sort_keys=True),
            "report.html": html.replace(generated, "WHEN").replace(generated[:10], "DAY"),
            **{name: (out / name).read_text(encoding="utf-8")
               for name in ("audit.csv", "adviser.yaml", "state.json")}}


def kill_when_crawled(site: Site, fleet: Fleet, url: str) -> threading.Thread:
    """Kill (SIGKILL) the worker auditing ``site`` once it has its first page."""
    from redis import Redis
    from rq import Worker

    baseline = site.requests["/"]

    def watch() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and site.requests["/"] == baseline:
            time.sleep(0.01)
        connection = Redis.from_url(url)
        for worker in Worker.all(connection=connection):
            job = worker.get_current_job()
            if job is not None and job.description == "Sleepyshire":
                os.kill(worker.pid, signal.SIGKILL)
                killed.append(worker.pid)
                return

    killed: list[int] = []
    thread = threading.Thread(target=watch, daemon=True)
    thread.killed = killed  # type: ignore[attr-defined]
    thread.start()
    return thread


def test_fifty_sites_on_two_workers_one_killed_give_the_local_outputs(
        fleet: Fleet, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with ExitStack() as stack:
        sites = fifty_sites()
        for site in sites.values():
            stack.enter_context(site)
        listing = site_list(sites, tmp_path / "sites.txt")
        local = tmp_path / "local"
        assert main(["audit", str(listing), "--out", str(local), *LOCAL]) == 1
        before = {name: site.requests["/"] for name, site in sites.items()}

        watcher = kill_when_crawled(sites["Sleepyshire"], fleet, fleet.url)
        queued = tmp_path / "queued"
        started = time.monotonic()
        assert main(["audit", str(listing), "--out", str(queued), "--queue", fleet.url,
                     *LOCAL]) == 1
        elapsed = time.monotonic() - started
        watcher.join(5)
        after = {name: site.requests["/"] - before[name] for name, site in sites.items()}

    assert len(watcher.killed) == 1 and len(fleet.alive()) == 1  # type: ignore[attr-defined]
    assert elapsed < 120  # a hang, not a slow machine
    # the killed worker's site was audited again by the other, after the visibility timeout
    assert after["Sleepyshire"] == 2
    # every other site was read once (Westshire's robots.txt forbids even its home page)
    assert {n for n, count in after.items() if count != 1} == {"Sleepyshire", "Westshire"}
    assert comparable(queued) == comparable(local)
    results = json.loads((queued / "audit.json").read_text(encoding="utf-8"))
    names = [d["authority"] for d in results["documents"]]
    assert len(names) == len(set(names)) == 47 and results["summary"]["failed"] == 3

    capsys.readouterr()
    assert main(["audit", "status", "--queue", fleet.url]) == 0
    status = capsys.readouterr().out
    assert "workers; 0 tasks waiting." in status
    assert "[50/50] done 47, running 0, failed 3, left 0" in status
    fleet.start(1)  # back to two for the next tests


def test_politeness_holds_across_workers(fleet: Fleet, tmp_path: Path) -> None:
    """Two sites on one host, audited by two workers at once: the host still gets one
    request at a time, 0.15 s apart; a second task for a site being audited waits for
    the first and then does nothing."""
    from redis import Redis
    from rq import Queue, Worker
    from rq.serializers import JSONSerializer

    from senreport.cli.queue_store import QUEUE_NAME

    fleet.start(1)  # a third worker, free to take the second task for the first site
    def registered() -> int:
        alive = {p.pid for p in fleet.alive()}
        return sum(1 for w in Worker.all(connection=Redis.from_url(fleet.url)) if w.pid in alive)

    wait_for(lambda: registered() >= 3)
    with Site(NORTHSHIRE) as site:
        listing = tmp_path / "one-host.txt"
        listing.write_text(f"North {site.url}\nNorth schools {site.url}schools\n",
                           encoding="utf-8")
        out = tmp_path / "polite"
        thread = threading.Thread(target=main, args=(
            ["audit", str(listing), "--out", str(out), "--queue", fleet.url,
             "--allow-private", "--delay", "0.15", "--quiet"],), daemon=True)
        thread.start()
        wait_for(lambda: site.requests["/"] > 0)  # the first site's audit has begun: again
        run_id = json.loads((out / "queue.json").read_text(encoding="utf-8"))["run"]
        queue = Queue(QUEUE_NAME, connection=Redis.from_url(fleet.url),
                      serializer=JSONSerializer)
        again = queue.enqueue("senreport.cli.queue_worker.audit_task", args=(
            run_id, f"North <{site.url}>", site.url, "North"))
        thread.join(60)
        arrivals = sorted(t for t, path in site.arrivals)
        pages = [path for t, path in site.arrivals if not path.startswith("/robots.txt")]
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:], strict=False)]
    # Each site's pages once; robots.txt once per worker that read the host (each worker
    # keeps its own copy), so one to three times.
    assert len(pages) == 2 * len(NORTHSHIRE)
    assert 1 <= len(arrivals) - len(pages) <= 3
    assert min(gaps) >= 0.15
    wait_for(lambda: again.get_status() == "finished")
    assert again.return_value() == "recorded by another worker"
    documents = json.loads((out / "audit.json").read_text(encoding="utf-8"))["documents"]
    assert [d["authority"] for d in documents] == ["North", "North schools"]


def test_tasks_that_keep_failing_are_reported_and_a_rerun_tries_them_again(
        redis_server: RedisServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A site whose task fails every try (the fault injected into an in-process worker)
    ends as failed with the reason; the same command run again audits it."""
    url = redis_server.url(3)  # no worker of the fleet listens here
    with Site(SOUTHSHIRE) as site:
        listing = site_list({"Southshire": site}, tmp_path / "sites.txt")
        out = tmp_path / "out"
        command = ["audit", str(listing), "--out", str(out), "--queue", url, *LOCAL]
        codes: list[int] = []

        def coordinate() -> None:
            codes.append(main(command))

        def boom(*args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("the disk is full")

        monkeypatch.setattr("senreport.cli.audit_run.audit_site", boom)
        thread = threading.Thread(target=coordinate, daemon=True)
        thread.start()
        wait_for(lambda: queued(url) > 0)
        work_in_burst(url)
        thread.join(30)
        results = json.loads((out / "audit.json").read_text(encoding="utf-8"))
        assert codes == [1] and results["documents"] == []
        assert results["summary"]["failures"] == [{
            "authority": "Southshire", "source": site.url,
            "error": "the site could not be audited after 3 tries (RuntimeError: the disk "
                     "is full)"}]
        assert "RuntimeError: the disk is full" in (out / "report.html").read_text("utf-8")

        monkeypatch.undo()
        thread = threading.Thread(target=coordinate, daemon=True)
        thread.start()
        wait_for(lambda: queued(url) > 0)
        work_in_burst(url)
        thread.join(30)
    assert codes == [1, 0]
    documents = json.loads((out / "audit.json").read_text(encoding="utf-8"))["documents"]
    assert [d["authority"] for d in documents] == ["Southshire"]


def test_bad_queues_are_one_line_and_exit_2(redis_server: RedisServer, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from redis import Redis

    old = redis_server.url(5)
    Redis.from_url(old).set("senreport:format", "0")
    out = tmp_path / "out"
    cases = {
        "redis://:secret@127.0.0.1:1/0": "the queue at redis://:***@127.0.0.1:1/0 could not "
                                          "be reached",
        "http://127.0.0.1:6379/0": "is not the address of a Redis queue",
        "redis://127.0.0.1:6379/zero": "the database after the last / must be a number",
        old: "was made by another version of senreport (layout 0, this one uses 1)",
    }
    for url, message in cases.items():
        for argv in (["audit", "https://lo.example/", "--queue", url, "--out", str(out)],
                     ["worker", "--queue", url], ["audit", "status", "--queue", url]):
            assert main(argv) == 2
            err = capsys.readouterr().err
            assert message in err and err.count("\n") == 1, (argv, err)
    assert not out.exists()  # nothing was written
    assert Redis.from_url(old).get("senreport:format") == b"0"  # nor changed
    page = tmp_path / "page.html"
    page.write_text(NORTHSHIRE["/"], encoding="utf-8")
    for argv, message in (
            (["audit", str(page), "--queue", redis_server.url(6), "--out", str(out)],
             "a queued audit reads web addresses only"),
            (["audit", "https://lo.example/", "--queue", redis_server.url(6)],
             "give --out DIR with --queue"),
            (["audit", "status"], "give the queue: senreport audit status --queue")):
        assert main(argv) == 2
        assert message in capsys.readouterr().err
    assert main(["audit", "status", "--queue", redis_server.url(7)]) == 0
    assert "No audit has been queued" in capsys.readouterr().out


def test_one_worker_command_runs_several_processes(redis_server: RedisServer,
                                                   tmp_path: Path) -> None:
    """``--concurrency 2``: two processes take sites side by side; ``--burst`` stops them
    when the queue is empty."""
    from redis import Redis
    from rq import Queue
    from rq.serializers import JSONSerializer

    from senreport.cli.queue_store import QUEUE_NAME

    url = redis_server.url(8)  # no worker of the fleet listens here
    with ExitStack() as stack:
        sites = {f"Town {n}": stack.enter_context(Site(SOUTHSHIRE, sleep=0.1))
                 for n in range(4)}
        listing = site_list(sites, tmp_path / "towns.txt")
        out = tmp_path / "towns"
        thread = threading.Thread(target=main, args=(
            ["audit", str(listing), "--out", str(out), "--queue", url, *LOCAL],), daemon=True)
        thread.start()
        wait_for(lambda: queued(url) == 4)
        worker = subprocess.run(
            [sys.executable, "-m", "senreport", "worker", "--queue", url, "--concurrency", "2",
             "--burst", "--quiet"], env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO,
            timeout=60, check=False)
        thread.join(30)
    assert worker.returncode == 0
    queue = Queue(QUEUE_NAME, connection=Redis.from_url(url), serializer=JSONSerializer)
    names = {queue.fetch_job(i).worker_name for i in queue.finished_job_registry.get_job_ids()}
    assert len(names) == 2
    documents = json.loads((out / "audit.json").read_text(encoding="utf-8"))["documents"]
    assert sorted(d["authority"] for d in documents) == sorted(sites)
