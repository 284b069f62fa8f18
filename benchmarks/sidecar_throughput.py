"""Validate requests per second from ``senreport serve --workers N``, against what the cores allow.

Starts ``senreport serve`` (gunicorn pre-fork workers, default one per core) on 127.0.0.1
and a free port, times one check of the same content in this process, then sends
``POST /v1/validate`` from 16 client threads for a while. Prints requests/s beside
cores / in-process check time (the most the cores can give), p50/p95/p99 latency, and
the resident memory of the sidecar's processes at the start, middle and end of the run.

It also prints the load average before the run and the processor time the sidecar's
processes and the clients used: the CPU time per request beside the in-process check time
is the overhead of the request path itself (HTTP, JSON, the time budget, admission), and
the sidecar's CPU time over the wall time is how many cores it actually got. On a machine
shared with other work the second, not the first, is what keeps it under the ceiling.

The default content is a generated 5,000-word report page (19 sections).

Run: .venv/bin/python benchmarks/sidecar_throughput.py [--clients 16] [--seconds 30]
     [--workers N] [--content PATH]
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from senreport.check import check  # noqa: E402
from sidecar.serve import default_workers  # noqa: E402

NO_PROXY = {"http": "", "https": ""}
TODAY = date(2026, 11, 23)
WORDS = ("our school supports every child with special educational needs and disabilities "
         "through quality first teaching small group work and individual plans agreed with "
         "parents the SENCO reviews progress each term").split()


def report_page(words: int = 5000) -> str:
    """A report page of about ``words`` words: 19 headed sections of paragraphs."""
    sections, per_section = [], words // 19
    for index in range(19):
        sentences = [" ".join(WORDS[(index + n) % len(WORDS):] + WORDS[:(index + n)
                                                                      % len(WORDS)])[:200]
                     + "." for n in range(per_section // 25)]
        paragraphs = "".join(f"<p>{' '.join(sentences[i:i + 4])}</p>"
                             for i in range(0, len(sentences), 4))
        sections.append(f"<h2>Section {index + 1}</h2>{paragraphs}")
    return "<h1>SEN information report</h1>" + "".join(sections)


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def _family(pid: int) -> list[int]:
    """A process and its live children (the sidecar's workers)."""
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    return pids


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the workers), in MB."""
    total = 0
    for each in _family(pid):
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def cpu_seconds(pid: int) -> float:
    """Processor time (user + system) of a process and its live children, in seconds."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for each in _family(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def in_process_seconds(content: str, repeats: int = 7) -> float:
    """The median processor time of one check of ``content`` in this process, with the same
    options as the requests send (processor time, not wall time: on a shared machine the wall
    time of one check grows with everyone else's load, and the ceiling would move with it)."""
    options = {"kind": "sen-report", "school_type": "mainstream", "today": TODAY}
    check(content, source="request", **options)  # warm: imports, compiled patterns
    times = []
    for _ in range(repeats):
        started = time.process_time()
        check(content, source="request", **options)
        times.append(time.process_time() - started)
    return sorted(times)[len(times) // 2]


def run(clients: int, seconds: float, workers: int, content: str) -> int:
    """Start the sidecar, measure, print; 1 if any request failed."""
    single = in_process_seconds(content)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="senreport-bench-") as home:
        env = {**os.environ, "SENREPORT_HOME": home}
        server = subprocess.Popen(
            [sys.executable, "-m", "senreport", "serve", "--port", str(port), "--workers",
             str(workers)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            return _measure(url, server.pid, clients, seconds, workers, content, single)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def _measure(url: str, pid: int, clients: int, seconds: float, workers: int, content: str,
             single: float) -> int:
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(url + "/healthz", timeout=1, proxies=NO_PROXY).ok:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            print("the sidecar did not start")
            return 1
        time.sleep(0.1)
    body = {"content": content, "kind": "sen-report", "school_type": "mainstream",
            "today": TODAY.isoformat()}
    local = threading.local()
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def post() -> None:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = requests.Session()
            session.proxies.update(NO_PROXY)
        started = time.perf_counter()
        try:
            response = session.post(url + "/v1/validate", json=body, timeout=60)
            ok, note = response.status_code == 200, f"HTTP {response.status_code}"
        except requests.RequestException as error:
            ok, note = False, type(error).__name__
        with lock:
            (latencies.append(time.perf_counter() - started) if ok else failures.append(note))

    for _ in range(workers * 2):  # every worker warm (imports, compiled patterns)
        post()
    latencies.clear()
    memory = [rss_mb(pid)]
    load_before = os.getloadavg()[0]
    cpu_before, client_before = cpu_seconds(pid), time.process_time()
    stop_at = time.perf_counter() + seconds

    def client(_: int) -> None:
        while time.perf_counter() < stop_at:
            post()

    began = time.perf_counter()
    sampler = threading.Timer(seconds / 2, lambda: memory.append(rss_mb(pid)))
    sampler.start()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client, range(clients)))
    wall = time.perf_counter() - began
    sidecar_cpu = cpu_seconds(pid) - cpu_before
    client_cpu = time.process_time() - client_before
    memory.append(rss_mb(pid))
    done = len(latencies)
    cores = default_workers()
    ceiling = min(cores, workers) / single
    words = len(" ".join(content.split()).split())
    print(f"sidecar: senreport serve --workers {workers} ({cores} cores here), {clients} "
          f"clients, {words} words ({len(content.encode('utf-8')) / 1024:.0f} KB)")
    print(f"in-process check: {single * 1000:.1f} ms of processor time -> ceiling "
          f"{ceiling:.1f} requests/s (cores / check time)")
    print(f"requests:   {done} ok, {len(failures)} failed")
    if done:
        rate = done / wall
        print(f"throughput: {rate:.1f} requests/s over {wall:.1f} s = {rate / ceiling:.0%} of "
              "the ceiling (target: at least 85%)")
        print(f"latency:    p50 {percentile(latencies, 0.50) * 1000:.0f} ms   "
              f"p95 {percentile(latencies, 0.95) * 1000:.0f} ms   "
              f"p99 {percentile(latencies, 0.99) * 1000:.0f} ms")
        print(f"processor:  sidecar {sidecar_cpu / done * 1000:.1f} ms per request "
              f"(in-process check {single * 1000:.1f} ms: request path "
              f"{sidecar_cpu / done / single - 1:+.0%}); it got {sidecar_cpu / wall:.2f} of "
              f"{cores} cores, the clients {client_cpu / wall:.2f}; load average "
              f"{load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
        if sidecar_cpu > 0:
            got = sidecar_cpu / wall
            print(f"share:      {rate:.1f} requests/s = {rate * single / got:.0%} of what the "
                  f"{got:.2f} cores it got allow ({got:.2f} / check time)")
    print("memory:     " + " -> ".join(f"{m:.0f} MB" for m in memory)
          + " (sidecar processes: start, middle, end)")
    if failures:
        print(f"failures:   {sorted(set(failures))}")
    return 1 if failures or not done else 0


def main() -> int:
    """Parse the options and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (16)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to send (30)")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="sidecar worker processes (default: one per core)")
    parser.add_argument("--content", type=Path, help="a page to validate instead")
    args = parser.parse_args()
    content = args.content.read_text(encoding="utf-8") if args.content else report_page()
    return run(max(1, args.clients), args.seconds, max(1, args.workers), content)


if __name__ == "__main__":
    sys.exit(main())
