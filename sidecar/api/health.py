"""``GET /healthz``: is the sidecar up, which version, can it reach its database."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from flask import Blueprint, Response, jsonify

from senreport import __version__
from sidecar.api.common import services
from sidecar.errors_http import error_response

bp = Blueprint("health", __name__)
log = logging.getLogger("sidecar")


def database_ok(path: Path) -> bool:
    """True when the SQLite file exists, opens read-write and answers a query."""
    try:
        # mode=rw: a health check must never create a missing database.
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=2)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        log.error("health check: the database %s cannot be used (%s)", path, error)
        return False
    return True


@bp.get("/healthz")
def healthz() -> Response | tuple[Response, int]:
    """``{"status": "ok", "version", "database": "ok"}``, or 503 when the database fails."""
    if database_ok(services().settings.database_path):
        return jsonify({"status": "ok", "version": __version__, "database": "ok"})
    return error_response(503, "database_unavailable",
                          "The SEN report sidecar cannot open its database; the details are in "
                          "its log.", status="error", version=__version__, database="error")
