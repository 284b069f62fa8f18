"""Files holding site credentials or findings are readable by their owner only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sidecar.store import Store

HOOK_SECRET = "test-hook-secret"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture()
def open_umask():
    """A permissive umask, as a shared host or a service manager may set."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_database_is_0600_in_a_folder_someone_else_made(tmp_path: Path, open_umask,
                                                            make_app) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)  # already there, made by an installer or by hand
    app = make_app(HOME=home)
    client = app.test_client()
    assert client.get("/healthz").status_code in (200, 503)
    store = Store(home / "senreport.db")
    store.add_site("oakfield", "https://oakfield.example", "admin", "abcd efgh ijkl mnop")
    for name in ("senreport.db", "senreport.db-wal", "senreport.db-shm", "senreport.key"):
        path = home / name
        if path.exists():
            assert _mode(path) == 0o600, (name, oct(_mode(path)))
    assert (home / "senreport.db").exists()


def test_an_existing_world_readable_database_is_tightened(tmp_path: Path, open_umask) -> None:
    path = tmp_path / "senreport.db"
    Store(path)
    path.chmod(0o644)
    Store(path)
    assert _mode(path) == 0o600
