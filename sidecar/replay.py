"""Signed hook requests are accepted once: seen signatures are remembered until they expire.

An in-memory set answers the common case fast; a table in the sidecar's SQLite database is the
source of truth, so a restart (or a second worker process) does not reopen the replay window.
The table lives beside the Store's tables but belongs to this module alone.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS hook_signatures (
    signature  TEXT PRIMARY KEY,
    expires_at REAL NOT NULL
)
"""


class ReplayGuard:
    """Remembers hook signatures until ``expires_at`` so each is accepted only once."""

    def __init__(self, database: Path | str, *, busy_timeout: float = 5.0) -> None:
        self.database = str(database)
        self.busy_timeout = busy_timeout
        self._memory: dict[str, float] = {}
        self._lock = threading.Lock()
        from sidecar.store import make_private

        Path(self.database).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(Path(self.database))
        connection = self._connect()
        try:
            with connection:
                connection.execute(_SCHEMA)
        finally:
            connection.close()

    def _connect(self) -> sqlite3.Connection:
        # One short-lived connection per call: safe across waitress's threads and processes.
        return sqlite3.connect(self.database, timeout=self.busy_timeout)

    def first_use(self, signature: str, expires_at: float, now: float | None = None) -> bool:
        """Record the signature; True the first time it is seen, False for a replay."""
        now = time.time() if now is None else now
        with self._lock:
            self._memory = {s: t for s, t in self._memory.items() if t >= now} \
                if len(self._memory) > 1024 else self._memory
            if self._memory.get(signature, -1.0) >= now:
                return False
        connection = self._connect()
        try:
            with connection:
                connection.execute("DELETE FROM hook_signatures WHERE expires_at < ?", (now,))
                # The primary key makes this atomic: of two racing requests only one inserts.
                inserted = connection.execute(
                    "INSERT OR IGNORE INTO hook_signatures (signature, expires_at) VALUES (?, ?)",
                    (signature, expires_at),
                ).rowcount
        finally:
            connection.close()
        with self._lock:
            self._memory[signature] = expires_at
        return inserted == 1
