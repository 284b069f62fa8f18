"""How many validate requests the sidecar answers per second under waitress, and how fast.

Starts the sidecar (8 waitress threads) on 127.0.0.1 and a free port in a background thread,
then sends N ``POST /v1/validate`` requests from 16 client threads, stopping early at a time
limit. Prints throughput (requests/s) and p50/p95/max latency.

Run: .venv/bin/python benchmarks/sidecar_throughput.py [--requests 400] [--clients 16]
     [--max-seconds 60] [--content PATH]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from sidecar.app import create_app
from sidecar.serve import create_server

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONTENT = ROOT / "tests" / "corpus" / "01-statutory-numbering.html"


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def run(total: int, clients: int, max_seconds: float, content: str) -> int:
    """Start the server, send the requests, print the numbers; 1 if any request failed."""
    # 16 clients on 8 threads queue by design; waitress would warn on every request.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="senreport-bench-") as home:
        app = create_app({"HOME": home})
        server = create_server(app, "127.0.0.1", 0)
        port = server.effective_port
        thread = threading.Thread(target=server.run, name="waitress", daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{port}/v1/validate"
        body = {"content": content, "kind": "sen-report", "school_type": "mainstream",
                "today": "2026-11-23"}
        local = threading.local()
        deadline = time.perf_counter() + max_seconds
        latencies: list[float] = []
        failures: list[str] = []
        lock = threading.Lock()

        def one(_: int) -> None:
            if time.perf_counter() > deadline:
                return
            session = getattr(local, "session", None)
            if session is None:
                session = local.session = requests.Session()
            start = time.perf_counter()
            try:
                response = session.post(url, json=body, timeout=30)
                ok, note = response.status_code == 200, f"HTTP {response.status_code}"
            except requests.RequestException as error:
                ok, note = False, type(error).__name__
            elapsed = time.perf_counter() - start
            with lock:
                (latencies.append(elapsed) if ok else failures.append(note))

        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10).raise_for_status()
            one(-1)  # warm up: imports, first check
            latencies.clear()
            began = time.perf_counter()
            deadline = began + max_seconds
            with ThreadPoolExecutor(max_workers=clients) as pool:
                list(pool.map(one, range(total)))
            wall = time.perf_counter() - began
        finally:
            server.close()
    done = len(latencies)
    print(f"sidecar under waitress (8 threads), {clients} clients, "
          f"{len(content.encode('utf-8')) / 1024:.0f} KB page")
    print(f"requests:   {done} ok, {len(failures)} failed"
          + (f" (stopped at the {max_seconds:g} s limit)" if done + len(failures) < total else ""))
    if done:
        print(f"throughput: {done / wall:7.1f} requests/s over {wall:.2f} s")
        print(f"latency:    p50 {percentile(latencies, 0.50) * 1000:7.1f} ms   "
              f"p95 {percentile(latencies, 0.95) * 1000:7.1f} ms   "
              f"max {max(latencies) * 1000:7.1f} ms   "
              f"mean {statistics.fmean(latencies) * 1000:7.1f} ms")
    if failures:
        print(f"failures:   {sorted(set(failures))}")
    return 1 if failures or not done else 0


def main() -> int:
    """Parse the options and run the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400, help="how many requests (400)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (16)")
    parser.add_argument("--max-seconds", type=float, default=60.0,
                        help="stop sending after this long (60)")
    parser.add_argument("--content", type=Path, default=DEFAULT_CONTENT,
                        help="the page to validate")
    args = parser.parse_args()
    return run(max(1, args.requests), max(1, args.clients), args.max_seconds,
               args.content.read_text(encoding="utf-8"))


if __name__ == "__main__":
    sys.exit(main())
