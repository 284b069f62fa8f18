"""Admission control: a flood of large requests cannot take every worker.

A check takes time in proportion to the page: a 1.9 MB body keeps a worker busy for seconds.
Eight of them at once used to occupy every worker, and an editor's ordinary save waited
behind them, or failed. Now a request whose body is over ``LARGE_BODY`` bytes (256 KB by
default; a 5,000-word report is about 40 KB) must hold one of a few *places for large
requests*, shared by all the worker processes:

- with N workers there are N - max(1, N // 4) places (2 workers: 1; 8 workers: 6), so at
  least one worker, or a quarter of them, is always left for small requests (with a single
  worker there is one place and nothing can be kept back: run two or more);
- a large request that finds every place taken is answered at once with a JSON 503 and
  ``Retry-After`` (``{"error": {"code": "busy", ...}}``), never queued behind the others;
- a body of unknown length (chunked) counts as large; one over ``MAX_CONTENT_LENGTH`` is
  let through, because Flask answers it 413 without checking anything.

The places are files in a private run directory (0700, made before the workers are forked),
each held with an exclusive ``flock`` for the length of a request. The kernel lets go of a
lock when its process ends, so a worker the arbiter kills (over its timeout) frees its place
with it: nothing has to clean up after it.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger("sidecar")

#: Seconds a client refused as busy is asked to wait before trying again.
RETRY_AFTER = 5
#: A flood is logged once in this many seconds per worker, with the count, not line by line.
LOG_EVERY = 10.0
_DRAIN_CHUNK = 64 * 1024

BUSY_BODY = (b'{"error": {"code": "busy", "message": "The SEN report sidecar is busy checking '
             b'other long pages. Try again in a few seconds."}}')


def large_places(workers: int) -> int:
    """How many large requests may run at once with ``workers`` worker processes."""
    if workers <= 1:
        return 1
    return workers - max(1, workers // 4)


class Places:
    """The places for large requests: ``count`` lock files in a private run directory."""

    def __init__(self, count: int, directory: Path | None = None) -> None:
        self.count = max(1, count)
        self.owner = os.getpid()
        if directory is None:
            directory = Path(tempfile.mkdtemp(prefix="senreport-sidecar-"))  # mode 0700
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        directory.chmod(0o700)
        self.directory = directory
        for index in range(self.count):
            path = self._path(index)
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        self._files: list[int] = []
        self._opened_by = 0

    def _path(self, index: int) -> Path:
        return self.directory / f"large-{index}.lock"

    def _descriptors(self) -> list[int]:
        # Opened in each worker after the fork: a descriptor inherited across fork shares its
        # lock with the parent and every sibling, which would make every place one place.
        if self._opened_by != os.getpid():
            self._files = [os.open(self._path(i), os.O_RDWR | os.O_CLOEXEC)
                           for i in range(self.count)]
            self._opened_by = os.getpid()
        return self._files

    def take(self) -> int | None:
        """Hold a free place (its descriptor), or None when every place is taken."""
        for descriptor in self._descriptors():
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue
            return descriptor
        return None

    def give_back(self, descriptor: int) -> None:
        """Free a place taken with :meth:`take`."""
        fcntl.flock(descriptor, fcntl.LOCK_UN)

    def remove(self) -> None:
        """Delete the run directory (in the process that made it, once the workers are gone)."""
        if os.getpid() == self.owner:
            shutil.rmtree(self.directory, ignore_errors=True)


class Admission:
    """WSGI middleware: a large request runs only while it holds a place; when none is free it
    is answered 503 at once. Put it outside :class:`sidecar.serve.TimeBudget`, so the budget's
    alarm is off before the place is given back."""

    def __init__(self, app: Callable[..., Iterable[bytes]], places: Places, *,
                 large_body: int, max_body: int | None) -> None:
        self.app = app
        self.places = places
        self.large_body = large_body
        self.max_body = max_body or 0
        self._refused = 0
        self._logged_at = -LOG_EVERY

    def is_large(self, environ: dict[str, Any]) -> bool:
        """Whether a request's body counts as large (see the module's description)."""
        length = str(environ.get("CONTENT_LENGTH") or "").strip()
        if not length:
            return "chunked" in str(environ.get("HTTP_TRANSFER_ENCODING", "")).lower()
        if not length.isdigit():
            return False  # the server or Flask refuses it
        size = int(length)
        return size > self.large_body and not (self.max_body and size > self.max_body)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]
                 ) -> Iterable[bytes]:
        if not self.is_large(environ):
            return self.app(environ, start_response)
        place = self.places.take()
        if place is None:
            return self._busy(environ, start_response)
        try:
            return list(self.app(environ, start_response))
        finally:
            self.places.give_back(place)

    def _busy(self, environ: dict[str, Any], start_response: Callable[..., Any]
              ) -> list[bytes]:
        self._refused += 1
        now = time.monotonic()
        if now - self._logged_at >= LOG_EVERY:
            log.warning("refused %d large request%s as busy (the latest: %s %s, %s bytes): all "
                        "%d places for bodies over %d KB were taken", self._refused,
                        "" if self._refused == 1 else "s", environ.get("REQUEST_METHOD"),
                        environ.get("PATH_INFO"), environ.get("CONTENT_LENGTH") or "chunked",
                        self.places.count, self.large_body // 1024)
            self._refused, self._logged_at = 0, now
        # Read the body first: closing a connection with unread data resets it, and the
        # client would see a broken connection instead of this answer.
        stream = environ.get("wsgi.input")
        left = self.max_body or 8 * 1024 * 1024
        while stream is not None and left > 0:
            chunk = stream.read(min(_DRAIN_CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
        start_response("503 Service Unavailable",
                       [("Content-Type", "application/json"),
                        ("Content-Length", str(len(BUSY_BODY))),
                        ("Retry-After", str(RETRY_AFTER))])
        return [BUSY_BODY]
