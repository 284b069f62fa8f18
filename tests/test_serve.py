"""senreport serve: worker processes, a time budget per request, JSON errors from the server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sidecar.serve import default_workers

NO_PROXY = {"http": "", "https": ""}


class Sidecar:
    """``senreport serve`` in its own process group, on a free port."""

    def __init__(self, home: Path, *args: str) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "SENREPORT_HOME": str(home)}
        env.pop("SENREPORT_CONFIG", None)
        self.log = home / "serve.log"
        home.mkdir(parents=True, exist_ok=True)
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "senreport", "serve", "--port", str(self.port), *args],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log.read_text()
            try:
                if requests.get(self.url + "/healthz", timeout=1, proxies=NO_PROXY).ok:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        self.stop()
        raise AssertionError("the sidecar did not start:\n" + self.log.read_text())

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text()
        return [int(pid) for pid in children.split()]

    def wait_for_workers(self, count: int) -> list[int]:
        """The worker pids, once ``count`` have booted (they start one after another)."""
        deadline = time.monotonic() + 20
        while len(self.workers()) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.3)
        return self.workers()

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


@pytest.fixture(scope="module")
def sidecar(tmp_path_factory) -> Iterator[Sidecar]:
    server = Sidecar(tmp_path_factory.mktemp("serve"), "--workers", "2", "--budget", "1")
    server.wait_for_workers(2)
    yield server
    server.stop()


def test_workers_are_separate_processes(sidecar: Sidecar) -> None:
    workers = sidecar.workers()
    assert len(workers) == 2 and sidecar.proc.pid not in workers


def test_an_oversize_body_is_a_json_413(sidecar: Sidecar) -> None:
    body = b'{"content": "' + b"x" * (5 * 1024 * 1024) + b'"}'
    response = requests.post(sidecar.url + "/v1/validate", data=body, timeout=30,
                             headers={"Content-Type": "application/json"}, proxies=NO_PROXY)
    assert response.status_code == 413
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "too_large"


def test_a_request_over_its_budget_is_stopped_and_the_worker_serves_again(
        sidecar: Sidecar) -> None:
    page = "".join(f"<h2>Heading {i}</h2><p>Words about {i}.</p>" for i in range(40000))
    started = time.monotonic()
    response = requests.post(sidecar.url + "/v1/validate", json={"content": page}, timeout=60,
                             proxies=NO_PROXY)
    assert response.status_code == 503, response.text[:200]
    assert response.json()["error"]["code"] == "too_slow"
    assert time.monotonic() - started < 1 + 3
    before = sidecar.workers()
    for _ in range(4):
        small = requests.post(sidecar.url + "/v1/validate", json={"content": "<h2>x</h2>"},
                              timeout=30, proxies=NO_PROXY)
        assert small.status_code == 200
    assert sidecar.workers() == before  # stopped by the budget, not killed and replaced


def test_the_default_is_one_worker_per_core(tmp_path: Path) -> None:
    server = Sidecar(tmp_path / "default")
    try:
        assert len(server.wait_for_workers(default_workers())) == default_workers()
    finally:
        server.stop()
