"""Run the sidecar under waitress (``senreport serve``)."""

from __future__ import annotations

import ipaddress
import logging
from typing import Any

from flask import Flask

log = logging.getLogger("sidecar")

THREADS = 8


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_server(app: Flask, host: str, port: int, *, threads: int = THREADS) -> Any:
    """A waitress server for ``app`` (port 0 picks a free port: see ``.effective_port``)."""
    from waitress.server import create_server as waitress_server

    # waitress refuses over-long bodies itself a little above Flask's limit, which answers the
    # JSON 413; a bit of headroom keeps the readable answer for ordinary oversize requests.
    limit = int(app.config.get("MAX_CONTENT_LENGTH") or 0)
    options: dict[str, Any] = {"threads": threads, "ident": "senreport-sidecar"}
    if limit:
        options["max_request_body_size"] = limit * 2
    return waitress_server(app, host=host, port=port, **options)


def serve(host: str | None = None, port: int | None = None, *, threads: int = THREADS,
          app: Flask | None = None) -> None:
    """Serve the sidecar until interrupted; host and port default to the settings
    (127.0.0.1:8765). Raises :class:`sidecar.config.ConfigError` for unusable settings."""
    if app is None:
        from sidecar.app import create_app

        app = create_app()
    host = host or app.config["HOST"]
    port = app.config["PORT"] if port is None else port
    if not _is_loopback(host):
        log.warning("the sidecar is listening on %s, not only on this computer: put it behind "
                    "HTTPS and keep SENREPORT_API_TOKEN secret", host)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    server = create_server(app, host, port, threads=threads)
    server.print_listen("senreport sidecar on http://{}:{}/")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
