"""A real Redis for the queue tests: Debian's ``redis-server`` on 127.0.0.1, on a free port,
with its files in a temporary folder, stopped at the end.

``redis-server`` is installed by ``scripts/redis/install.sh`` when it is missing; if it
still cannot be started the tests fail, loudly (they are never skipped).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
INSTALL = REPO / "scripts" / "redis" / "install.sh"


class RedisStartError(RuntimeError):
    """Redis could not be installed or started."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def redis_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    done = subprocess.run(["bash", str(INSTALL)], capture_output=True, text=True, check=False)
    found = shutil.which("redis-server")
    if not found:
        raise RedisStartError(f"redis-server is missing and {INSTALL} could not install it "
                              f"(exit {done.returncode}): {done.stderr.strip()[-400:]}")
    return found


class RedisServer:
    """``with RedisServer() as redis: redis.url`` -- a throwaway Redis on loopback."""

    def __init__(self) -> None:
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="senreport-redis-"))
        self.process: subprocess.Popen[bytes] | None = None

    def url(self, database: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{database}"

    def __enter__(self) -> RedisServer:
        self.process = subprocess.Popen(
            [redis_binary(), "--bind", "127.0.0.1", "--port", str(self.port),
             "--dir", str(self.folder), "--save", "", "--appendonly", "no",
             "--daemonize", "no", "--databases", "16", "--loglevel", "warning",
             "--logfile", str(self.folder / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RedisStartError(f"redis-server stopped at once: "
                                      f"{self.process.stderr.read().decode()[-400:]}"  # type: ignore[union-attr]
                                      f"{(self.folder / 'redis.log').read_text()[-400:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RedisStartError(f"redis-server did not answer on port {self.port} in 10 s")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
