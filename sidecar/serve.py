"""Run the sidecar (``senreport serve``): gunicorn's pre-fork workers, one per core.

Why gunicorn's pre-fork model: a check is CPU work in Python, so threads in one process
take turns on one interpreter lock and a busy sidecar uses one core however many it has.
Separate worker processes use every core, and a worker can be stopped: each request has
a time budget (an alarm in the worker ends it with a JSON 503), and gunicorn's arbiter
kills and replaces a worker that overruns even that. gunicorn reads no request body
itself, so an oversize body reaches Flask, which answers the JSON 413. Large bodies are
admitted only while a place for them is free, so some workers always stay for small
requests (sidecar/admission.py).

waitress (threads in one process) is kept for the benchmark's and tests' in-process use.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask

log = logging.getLogger("sidecar")

THREADS = 8
#: Seconds one request may take before it is answered 503 (the worker is then free again).
REQUEST_BUDGET = 30.0


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_server(app: Flask, host: str, port: int, *, threads: int = THREADS) -> Any:
    """A waitress server for ``app`` in this process (port 0 picks a free port: see
    ``.effective_port``); for benchmarks and tests. ``senreport serve`` uses :func:`serve`."""
    from waitress.server import create_server as waitress_server

    limit = int(app.config.get("MAX_CONTENT_LENGTH") or 0)
    options: dict[str, Any] = {"threads": threads, "ident": "senreport-sidecar"}
    if limit:
        # waitress answers plain text over its own limit; Flask's JSON 413 must come first.
        options["max_request_body_size"] = limit * 8
    return waitress_server(app, host=host, port=port, **options)


class RequestTooSlow(BaseException):
    """Raised inside a worker when a request has used up its time budget (a BaseException,
    so that the app's catch-all error handler does not answer it as a 500)."""


class TimeBudget:
    """WSGI middleware: a request still running after ``seconds`` is ended with a JSON 503.

    It uses SIGALRM, so it works in a process's main thread (gunicorn's sync workers); in
    any other thread it lets the request run and the arbiter's timeout is the backstop.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]], seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]
                 ) -> Iterable[bytes]:
        if threading.current_thread() is not threading.main_thread() or self.seconds <= 0:
            return self.app(environ, start_response)

        def expire(_signum: int, _frame: Any) -> None:
            raise RequestTooSlow()

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            return list(self.app(environ, start_response))
        except RequestTooSlow:
            log.warning("%s %s took longer than %g s and was stopped",
                        environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"), self.seconds)
            body = (b'{"error": {"code": "too_slow", "message": "The SEN report sidecar stopped '
                    b'this request because it took too long. Try a shorter page."}}')
            start_response("503 Service Unavailable",
                           [("Content-Type", "application/json"),
                            ("Content-Length", str(len(body))), ("Retry-After", "5")],
                           sys.exc_info())
            return [body]
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def serve(host: str | None = None, port: int | None = None, *, workers: int | None = None,
          budget: float = REQUEST_BUDGET) -> None:
    """Serve the sidecar with ``workers`` processes (default: one per core) until stopped;
    host and port default to the settings (127.0.0.1:8765). Raises
    :class:`sidecar.config.ConfigError` for unusable settings."""
    from gunicorn.app.base import BaseApplication

    from sidecar.admission import Admission, Places, large_places
    from sidecar.app import create_app

    probe = create_app()  # settings are checked here, before any worker starts
    host = host or probe.config["HOST"]
    port = probe.config["PORT"] if port is None else port
    workers = workers or default_workers()
    if not _is_loopback(host):
        log.warning("the sidecar is listening on %s, not only on this computer: put it behind "
                    "HTTPS and keep SENREPORT_API_TOKEN secret", host)
    if workers == 1:
        log.warning("with one worker, a long check makes every other request wait: run "
                    "--workers 2 or more to keep a worker free for editors' pages")
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    large_body = int(probe.config["LARGE_BODY"])
    max_body = probe.config.get("MAX_CONTENT_LENGTH")
    places = Places(large_places(workers))  # before the fork: every worker shares them

    class Sidecar(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for name, value in {
                "bind": [bind], "workers": workers, "worker_class": "sync",
                # The arbiter's backstop: a worker stuck past its budget is replaced.
                "timeout": int(budget) + 15, "graceful_timeout": 10,
                "proc_name": "senreport-sidecar", "accesslog": None, "errorlog": "-",
                "loglevel": "info", "limit_request_line": 8190,
                "on_exit": lambda _arbiter: places.remove(),
            }.items():
                self.cfg.set(name, value)
            if "control_socket_disable" in self.cfg.settings:  # gunicorn 25.1 and later
                # One shared socket in the home folder would tie every sidecar together.
                self.cfg.set("control_socket_disable", True)

        def load(self) -> Any:
            # In each worker, after the fork. Admission outside the budget, so the alarm is
            # off before a place is given back.
            return Admission(TimeBudget(create_app(), budget), places, large_body=large_body,
                             max_body=max_body)

    print(f"senreport sidecar on http://{bind}/ with {workers} worker"
          f"{'s' if workers != 1 else ''}; at most {places.count} at once on bodies over "
          f"{large_body // 1024} KB", flush=True)
    try:
        Sidecar().run()
    finally:
        places.remove()  # only in this process; a worker leaving this way skips it
