"""Admission control: a flood of large requests cannot starve small ones (issue 10).

The places for large requests are real lock files shared by real processes; the flood test
runs ``senreport serve --workers 2`` and floods it from threads.
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
from pathlib import Path
from typing import Any

import pytest
import requests

from sidecar.admission import BUSY_BODY, Admission, Places, large_places
from sidecar.serve import TimeBudget

try:
    from tests.test_serve import NO_PROXY, Sidecar
except ImportError:  # tests/ itself on sys.path
    from test_serve import NO_PROXY, Sidecar

# About 350 KB of flat headings: over the 256 KB line, and a second or two of checking.
LARGE_PAGE = "".join(f"<h2>Heading {i}</h2><p>Words about {i}.</p>" for i in range(8000))
SMALL_PAGE = "<h2>Who is our SENCO?</h2><p>Mrs Khan, senco@oak.sch.uk.</p>"


def test_some_workers_are_always_kept_for_small_requests() -> None:
    assert [large_places(n) for n in (1, 2, 3, 4, 8, 16)] == [1, 1, 2, 3, 6, 12]


def test_what_counts_as_large(tmp_path: Path) -> None:
    admission = Admission(lambda e, s: [], Places(1, tmp_path / "run"), large_body=1000,
                          max_body=5000)
    assert not admission.is_large({"CONTENT_LENGTH": "1000"})
    assert admission.is_large({"CONTENT_LENGTH": "1001"})
    assert not admission.is_large({"CONTENT_LENGTH": "5001"})  # Flask answers 413 at once
    assert not admission.is_large({})
    assert admission.is_large({"HTTP_TRANSFER_ENCODING": "chunked"})  # length unknown


def test_the_line_is_a_setting(tmp_path: Path) -> None:
    from sidecar.config import ConfigError, load_settings

    environ = {"SENREPORT_HOME": str(tmp_path)}
    assert load_settings(environ=environ).LARGE_BODY == 256 * 1024
    assert load_settings(environ={**environ, "SENREPORT_LARGE_BODY": "65536"}).LARGE_BODY == 65536
    with pytest.raises(ConfigError, match="LARGE_BODY: 'big' is not a valid size in bytes"):
        load_settings(environ={**environ, "SENREPORT_LARGE_BODY": "big"})


def test_the_run_directory_is_private_and_removed(tmp_path: Path) -> None:
    places = Places(2, tmp_path / "run")
    assert (places.directory.stat().st_mode & 0o777) == 0o700
    assert sorted(p.name for p in places.directory.iterdir()) == ["large-0.lock",
                                                                  "large-1.lock"]
    places.remove()
    assert not places.directory.exists()


def _call(app: Any, size: int) -> tuple[str, bytes]:
    seen: list[str] = []
    body = b"".join(app({"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/validate",
                         "CONTENT_LENGTH": str(size)},
                        lambda status, headers, exc_info=None: seen.append(status)))
    return seen[0], body


def test_a_request_stopped_by_its_budget_gives_its_place_back(tmp_path: Path) -> None:
    def slow(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        time.sleep(5)
        start_response("200 OK", [])
        return [b"done"]

    places = Places(1, tmp_path / "run")
    app = Admission(TimeBudget(slow, 0.2), places, large_body=10, max_body=None)
    status, body = _call(app, 100)
    assert status.startswith("503") and b'"too_slow"' in body
    status, body = _call(app, 100)  # the place is free again: admitted, and stopped again
    assert b'"too_slow"' in body


def test_a_killed_worker_frees_its_place(tmp_path: Path) -> None:
    places = Places(1, tmp_path / "run")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from sidecar.admission import Places\n"
         "p = Places(1, Path(sys.argv[1])); assert p.take() is not None\n"
         "print('held', flush=True); time.sleep(60)", str(places.directory)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        refused = _call(Admission(lambda e, s: [], places, large_body=10, max_body=None), 100)
        assert refused == ("503 Service Unavailable", BUSY_BODY)
        holder.send_signal(signal.SIGKILL)  # what the arbiter does to a worker past its time
        holder.wait(timeout=10)
        place = places.take()
        assert place is not None
        places.give_back(place)
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture(scope="module")
def sidecar(tmp_path_factory) -> Iterator[Sidecar]:
    server = Sidecar(tmp_path_factory.mktemp("admission"), "--workers", "2", "--budget", "20")
    server.wait_for_workers(2)
    yield server
    server.stop()


def test_a_flood_of_large_requests_does_not_starve_small_ones(sidecar: Sidecar) -> None:
    """Eight clients send large pages as fast as they can; an editor's small checks are still
    answered at once, and the large ones that find no free place are refused at once."""
    stop = threading.Event()
    large: list[tuple[int, float, dict[str, str], Any]] = []
    payload = json.dumps({"content": LARGE_PAGE}).encode()  # encoded once: the clients are
    headers = {"Content-Type": "application/json"}  # on the same two cores as the server

    def flood() -> None:
        with requests.Session() as session:
            session.trust_env = False
            while not stop.is_set():
                started = time.monotonic()
                response = session.post(sidecar.url + "/v1/validate", data=payload,
                                        headers=headers, timeout=60)
                large.append((response.status_code, time.monotonic() - started,
                              dict(response.headers), response.json()))

    threads = [threading.Thread(target=flood) for _ in range(8)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.0)  # both workers would be on large pages by now, without admission
        small: list[tuple[int, float]] = []
        for _ in range(12):
            started = time.monotonic()
            response = requests.post(sidecar.url + "/v1/validate", json={"content": SMALL_PAGE},
                                     timeout=60, proxies=NO_PROXY)
            small.append((response.status_code, time.monotonic() - started))
            time.sleep(0.2)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert [status for status, _ in small] == [200] * 12
    # Without admission control each waited for a large check (seconds); here, a small check.
    assert max(seconds for _, seconds in small) < 2.0, small
    busy = [(seconds, headers, body) for status, seconds, headers, body in large
            if status == 503]
    assert busy and all(body["error"]["code"] == "busy" and headers["Retry-After"] == "5"
                        and headers["Content-Type"] == "application/json"
                        for _, headers, body in busy)
    # Refused at once, not after a large check (about 2 s of processor time each).
    assert sorted(seconds for seconds, _, _ in busy)[len(busy) // 2] < 1.5
    assert any(status == 200 for status, *_ in large)  # the one place is really used
    assert {status for status, *_ in large} <= {200, 503}


def test_the_place_of_a_killed_worker_is_free_for_the_next_large_request(
        sidecar: Sidecar) -> None:
    """A worker killed mid-check (as the arbiter kills one past its timeout) frees its place."""
    answers: list[int] = []
    first = threading.Thread(target=lambda: answers.append(_post_large(sidecar)))
    first.start()
    holder = _wait_for_lock_holder(sidecar)
    os.kill(holder, signal.SIGKILL)
    first.join(timeout=60)
    sidecar.wait_for_workers(2)
    assert _post_large(sidecar) == 200


def _post_large(sidecar: Sidecar) -> int:
    try:
        return requests.post(sidecar.url + "/v1/validate", json={"content": LARGE_PAGE},
                             timeout=60, proxies=NO_PROXY).status_code
    except requests.ConnectionError:
        return 0  # its worker was killed under it


def _wait_for_lock_holder(sidecar: Sidecar) -> int:
    """The worker holding a place (a flock in /proc/locks), once one does."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        workers = set(sidecar.workers())
        for line in Path("/proc/locks").read_text().splitlines():
            fields = line.split()
            if len(fields) > 4 and fields[1] == "FLOCK" and int(fields[4]) in workers:
                return int(fields[4])
        time.sleep(0.05)
    raise AssertionError("no worker took a place for the large request")
