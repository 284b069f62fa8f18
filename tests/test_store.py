"""The sidecar's SQLite store: sites, encrypted passwords, findings, migrations, threads."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading

import pytest

from sidecar.errors import SidecarError, UnknownSiteError
from sidecar.store import KEY_FILE, MIGRATIONS, SecretBox, Store, migrate, schema_version

PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678"


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "home" / "senreport.db")


def _all_bytes(path):
    """The database file and its WAL side files, as bytes."""
    data = b""
    for suffix in ("", "-wal", "-shm"):
        candidate = path.parent / (path.name + suffix)
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def test_sites_round_trip(store):
    site = store.add_site("oakfield", "https://oakfield.example", "admin", PASSWORD)
    assert site.to_dict() == {"name": "oakfield", "url": "https://oakfield.example",
                              "user": "admin"}
    assert store.get_site("oakfield") == site
    assert store.site_password("oakfield") == PASSWORD
    store.add_site("beech", "https://beech.example", "editor", "other password")
    assert [s.name for s in store.list_sites()] == ["beech", "oakfield"]
    # Adding a site again replaces it (a new application password, say).
    store.add_site("oakfield", "https://oakfield.example", "admin", "new password")
    assert store.site_password("oakfield") == "new password"
    assert store.remove_site("oakfield") is True
    assert store.remove_site("oakfield") is False
    with pytest.raises(UnknownSiteError, match="No site called 'oakfield' is saved"):
        store.get_site("oakfield")
    with pytest.raises(LookupError):  # what the HTTP layer catches
        store.site_password("oakfield")


def test_password_is_never_stored_in_clear(store):
    store.add_site("oakfield", "https://oakfield.example", "admin", PASSWORD)
    raw = _all_bytes(store.path)
    assert PASSWORD.encode() not in raw
    assert b"abcd" not in raw and b"MNOP" not in raw
    with sqlite3.connect(store.path) as db:
        secret = db.execute("SELECT password_secret FROM sites").fetchone()[0]
    assert secret.startswith("v1:") and PASSWORD not in secret
    assert PASSWORD not in repr(store) and PASSWORD not in repr(store.get_site("oakfield"))


def test_key_file_is_created_private_on_first_use(tmp_path):
    store = Store(tmp_path / "senreport.db")
    key = tmp_path / KEY_FILE
    assert not key.exists()  # no key until a secret is stored
    store.add_site("oakfield", "https://oakfield.example", "admin", PASSWORD)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_bytes()) == 32
    # A second store on the same folder uses the same key.
    assert Store(tmp_path / "senreport.db").site_password("oakfield") == PASSWORD


def test_key_file_readable_by_others_is_refused(tmp_path):
    store = Store(tmp_path / "senreport.db")
    store.add_site("oakfield", "https://oakfield.example", "admin", PASSWORD)
    os.chmod(tmp_path / KEY_FILE, 0o644)
    with pytest.raises(SidecarError, match="chmod 600"):
        Store(tmp_path / "senreport.db").site_password("oakfield")


def test_secrets_are_authenticated_and_bound_to_the_site(tmp_path):
    box = SecretBox(tmp_path / "a.key")
    token = box.encrypt(PASSWORD, associated="oakfield")
    assert box.encrypt(PASSWORD, associated="oakfield") != token  # a fresh nonce each time
    assert box.decrypt(token, associated="oakfield") == PASSWORD
    with pytest.raises(SidecarError, match="cannot be read"):
        box.decrypt(token, associated="beech")  # moved to another site's row
    tampered = token[:-6] + ("A" if token[-6] != "A" else "B") + token[-5:]
    with pytest.raises(SidecarError):
        box.decrypt(tampered, associated="oakfield")
    with pytest.raises(SidecarError):
        SecretBox(tmp_path / "b.key").decrypt(token, associated="oakfield")  # another key
    with pytest.raises(SidecarError):
        box.decrypt("garbage", associated="oakfield")
    assert box.decrypt(box.encrypt("", "x"), "x") == ""
    long = "é" * 200
    assert box.decrypt(box.encrypt(long, "x"), "x") == long


def test_findings_history_newest_first(store):
    for n in range(5):
        store.add_findings("oakfield", 12, {"summary": {"errors": n}}, f"hash{n}")
    store.add_findings("oakfield", 13, {"summary": {"errors": 99}}, "other page")
    history = store.findings_history("oakfield", 12, limit=3)
    assert [h["result"]["summary"]["errors"] for h in history] == [4, 3, 2]
    assert [h["content_hash"] for h in history] == ["hash4", "hash3", "hash2"]
    assert set(history[0]) == {"id", "site", "page_id", "created_at", "content_hash", "result"}
    assert history[0]["created_at"].endswith("Z")
    assert len(store.findings_history("oakfield", 12)) == 5
    assert store.findings_history("nowhere", 12) == []


def test_injections_and_audits(store):
    assert store.last_injected_page("oakfield") is None
    store.add_injection("oakfield", 7, "created")
    store.add_injection("oakfield", 9, "updated")
    assert store.last_injected_page("oakfield") == 9
    audit_id = store.add_audit({"documents": [], "summary": {"errors": 0}})
    assert store.get_audit(audit_id)["data"] == {"documents": [], "summary": {"errors": 0}}
    assert store.get_audit("missing") is None


def test_remove_site_forgets_its_history(store):
    store.add_site("oakfield", "https://oakfield.example", "admin", PASSWORD)
    store.add_findings("oakfield", 1, {}, "h")
    store.add_injection("oakfield", 1, "created")
    store.remove_site("oakfield")
    assert store.findings_history("oakfield", 1) == []
    assert store.last_injected_page("oakfield") is None


def test_an_old_database_is_upgraded_and_nothing_is_lost(tmp_path):
    path = tmp_path / "senreport.db"
    # A database as the first release left it: schema version 1, with data.
    db = sqlite3.connect(path, isolation_level=None)
    assert migrate(db, target=1) == 1
    db.execute("INSERT INTO sites VALUES ('oakfield', 'https://o.example', 'admin', 'v1:x')")
    db.execute("INSERT INTO findings (site, page_id, created_at, result_json) "
               "VALUES ('oakfield', 5, '2025-01-01T00:00:00Z', '{\"summary\": {\"errors\": 2}}')")
    db.close()

    store = Store(path)
    with sqlite3.connect(path) as db:
        assert schema_version(db) == len(MIGRATIONS) == 2
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sites", "findings", "audits", "injections", "schema_version"} <= tables
    assert store.list_sites()[0].url == "https://o.example"
    (old,) = store.findings_history("oakfield", 5)
    assert old["result"] == {"summary": {"errors": 2}} and old["content_hash"] == ""
    assert old["created_at"] == "2025-01-01T00:00:00Z"
    store.add_findings("oakfield", 5, {"summary": {"errors": 0}}, "new")
    assert [h["content_hash"] for h in store.findings_history("oakfield", 5)] == ["new", ""]
    Store(path)  # opening an up-to-date database again changes nothing
    assert len(store.findings_history("oakfield", 5)) == 2


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "senreport.db"
    Store(path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(SidecarError, match="newer senreport"):
        Store(path)


def test_wal_mode_and_threads(store):
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(20):
                store.add_findings("oakfield", n, {"i": i}, str(i))
                store.findings_history("oakfield", n, limit=5)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert all(len(store.findings_history("oakfield", n, limit=50)) == 20 for n in range(8))
