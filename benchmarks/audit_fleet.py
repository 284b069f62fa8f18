"""How a queued audit scales: generated school sites on loopback, audited through a real
Redis by 1 and then 2 worker processes (``senreport worker``), and once locally.

Run: .venv/bin/python benchmarks/audit_fleet.py [--sites 2000] [--delay 0.1]
     [--workers 1,2] [--no-local]

Each school is a site of its own (its own port on 127.0.0.1, so its own host to the
crawler's politeness): a robots.txt and an SEN information report page taken in turn from
the test corpus (tests/corpus/*.html). The audit is ``--kind sen-report``: two requests a
school, with the per-host pause between them. The sites are served by one asyncio process,
which logs when each request arrives; the pause each host actually saw is measured from
that log. Prints, for each round: sites per second, the shortest gap between two requests
to one host, the peak memory (max RSS) of each worker process, and the size of the results
in Redis; then the figures the national sizing in docs/fleet.rst is worked from.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from redis_harness import RedisServer  # noqa: E402


def serve(count: int, ports: Any, ready: Any, stop: Any, log_file: str) -> None:
    """Serve ``count`` school sites, one port each, logging (port, arrival) per request."""
    pages = [p.read_bytes() for p in sorted((REPO / "tests" / "corpus").glob("*.html"))
             if "lunch-menu" not in p.name and "blocks" not in p.name]
    arrivals: list[tuple[int, float]] = []

    async def main() -> None:
        servers = []
        for number in range(count):
            body = pages[number % len(pages)]

            async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                             body: bytes = body) -> None:
                try:
                    request = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    writer.close()
                    return
                port = writer.get_extra_info("sockname")[1]
                arrivals.append((port, time.monotonic()))
                path = request.split(b" ", 2)[1]
                if path == b"/robots.txt":
                    status, kind, text = b"404 Not Found", b"text/plain", b"none"
                else:
                    status, kind, text = b"200 OK", b"text/html; charset=utf-8", body
                writer.write(b"HTTP/1.1 " + status + b"\r\nContent-Type: " + kind +
                             b"\r\nContent-Length: " + str(len(text)).encode() +
                             b"\r\nConnection: close\r\n\r\n" + text)
                await writer.drain()
                writer.close()

            servers.append(await asyncio.start_server(handle, "127.0.0.1", 0, backlog=16))
        for server in servers:
            ports.append(server.sockets[0].getsockname()[1])
        ready.set()
        while not stop.is_set():
            await asyncio.sleep(0.2)
        Path(log_file).write_text(json.dumps(arrivals))

    asyncio.run(main())


def shortest_gap(arrivals: list[tuple[int, float]]) -> float:
    by_host: dict[int, list[float]] = defaultdict(list)
    for port, moment in arrivals:
        by_host[port].append(moment)
    gaps = [b - a for times in by_host.values() for a, b in zip(sorted(times),
                                                                   sorted(times)[1:],
                                                                   strict=False)]
    return min(gaps) if gaps else float("nan")


def senreport(*argv: str) -> list[str]:
    return [sys.executable, "-m", "senreport", *argv]


def round_with_workers(url: str, listing: Path, out: Path, workers: int,
                       delay: float) -> dict[str, Any]:
    """One queued audit: the coordinator queues every site, then the workers start."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    coordinator = subprocess.Popen(
        senreport("audit", str(listing), "--kind", "sen-report", "--queue", url, "--out",
                  str(out), "--allow-private", "--delay", str(delay), "--quiet"),
        env=env, stdout=subprocess.DEVNULL)
    from redis import Redis
    from rq import Queue

    connection = Redis.from_url(url)
    total = len(listing.read_text().splitlines())
    while len(Queue("senreport-audit", connection=connection)) < total:
        time.sleep(0.05)
    started = time.monotonic()
    pool = [subprocess.Popen(senreport("worker", "--queue", url, "--burst", "--quiet"),
                             env=env) for _ in range(workers)]
    memory, cpu = [], 0.0
    for process in pool:
        _, _, usage = os.wait4(process.pid, 0)
        memory.append(usage.ru_maxrss / 1024)
        cpu += usage.ru_utime + usage.ru_stime
    coordinator.wait()
    elapsed = time.monotonic() - started
    run_id = json.loads((out / "queue.json").read_text())["run"]
    stored = sum(connection.hstrlen(f"senreport:run:{run_id}:results", key)
                 for key in connection.hkeys(f"senreport:run:{run_id}:results"))
    return {"workers": workers, "seconds": round(elapsed, 1),
            "sites_per_second": round(total / elapsed, 2),
            "worker_max_rss_mb": [round(m) for m in memory],
            "worker_cpu_s_per_site": round(cpu / total, 3),
            "result_bytes_per_site": round(stored / total)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=2000)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--no-local", action="store_true")
    options = parser.parse_args()

    context = multiprocessing.get_context("spawn")
    manager = context.Manager()
    ports, ready, stop = manager.list(), manager.Event(), manager.Event()
    folder = Path(tempfile.mkdtemp(prefix="senreport-fleet-"))
    log_file = str(folder / "arrivals.json")
    server = context.Process(target=serve, args=(options.sites, ports, ready, stop, log_file))
    server.start()
    ready.wait(120)
    listing = folder / "schools.txt"
    listing.write_text("".join(f"School {n + 1} http://127.0.0.1:{port}/sen-report\n"
                               for n, port in enumerate(list(ports))), encoding="utf-8")
    rounds: list[dict[str, Any]] = []
    with RedisServer() as redis_server:
        for database, workers in enumerate(int(w) for w in options.workers.split(",")):
            rounds.append(round_with_workers(redis_server.url(database), listing,
                                             folder / f"fleet-{workers}", workers,
                                             options.delay))
            print(json.dumps(rounds[-1]), flush=True)
    if not options.no_local:
        started = time.monotonic()
        subprocess.run(senreport("audit", str(listing), "--kind", "sen-report", "--out",
                                 str(folder / "local"), "--allow-private", "--delay",
                                 str(options.delay), "--quiet"),
                       env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL,
                       check=False)
        elapsed = time.monotonic() - started
        local = {"local": True, "seconds": round(elapsed, 1),
                 "sites_per_second": round(options.sites / elapsed, 2)}
        print(json.dumps(local), flush=True)
        same = all((folder / f"fleet-{r['workers']}" / "audit.csv").read_text() ==
                   (folder / "local" / "audit.csv").read_text() for r in rounds)
        print(json.dumps({"csv_equal_to_local": same}))
    stop.set()
    server.join(60)
    arrivals = [tuple(a) for a in json.loads(Path(log_file).read_text())]
    requests_per_site = len(arrivals) / options.sites / (len(rounds) + (0 if options.no_local
                                                                        else 1))
    print(json.dumps({"sites": options.sites, "delay": options.delay,
                      "requests_per_site": round(requests_per_site, 2),
                      "shortest_gap_to_one_host_s": round(shortest_gap(arrivals), 3),
                      "cores": os.cpu_count(),
                      "load_average": [round(x, 1) for x in os.getloadavg()]}))


if __name__ == "__main__":
    main()
