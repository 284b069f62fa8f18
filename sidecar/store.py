"""The sidecar's SQLite store: registered sites, findings history, audits and injections.

The database file is passed in by callers (by default ``~/.senreport`` holds it; the
``SENREPORT_HOME`` environment variable moves that folder). Its layout is versioned: the
``schema_version`` table holds the number of migrations applied, and :data:`MIGRATIONS` lists
them in order, so an older database is brought up to date when it is opened.

Application passwords are never stored in clear. :class:`SecretBox` encrypts them with a key
kept in ``secret.key`` (mode 0600) beside the database; see its docstring for the scheme.
Every call opens its own short-lived connection (WAL mode), so one Store is safe to share
between the threads of the Flask app.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sidecar.errors import SidecarError, UnknownSiteError

KEY_FILE = "secret.key"


def default_home() -> Path:
    """``SENREPORT_HOME``, or ``~/.senreport``."""
    return Path(os.environ.get("SENREPORT_HOME") or Path.home() / ".senreport").expanduser()


def default_database() -> Path:
    """The default database file: ``senreport.db`` in :func:`default_home`."""
    return default_home() / "senreport.db"


@dataclass(frozen=True)
class Site:
    """A registered WordPress site (its application password is kept apart)."""

    name: str
    url: str
    user: str

    def to_dict(self) -> dict[str, str]:
        """The public fields."""
        return {"name": self.name, "url": self.url, "user": self.user}


class SecretBox:
    """Authenticated encryption of short secrets with the standard library only.

    The key file holds 32 random bytes. Two sub-keys are derived from it with HMAC-SHA256:
    one for encryption, one for authentication. To encrypt, a random 16-byte nonce is drawn;
    the keystream is HMAC-SHA256(enc_key, nonce || counter) for counter 0, 1, 2...
    (a PRF in counter mode) and is XORed with the secret; the tag is
    HMAC-SHA256(mac_key, "v1" || nonce || associated data || ciphertext) (encrypt-then-MAC;
    the associated data is the site name, so a secret cannot be moved to another site's row).
    Stored as ``v1:`` + URL-safe base64 of nonce || ciphertext || tag. Decryption checks the
    tag in constant time before anything else.
    """

    _VERSION = b"v1"

    def __init__(self, key_path: Path) -> None:
        self.key_path = Path(key_path)
        key = _load_or_create_key(self.key_path)
        self._enc = hmac.new(key, b"senreport encryption", hashlib.sha256).digest()
        self._mac = hmac.new(key, b"senreport authentication", hashlib.sha256).digest()

    def __repr__(self) -> str:
        return f"SecretBox({str(self.key_path)!r})"

    def _keystream(self, nonce: bytes, length: int) -> bytes:
        blocks = (hmac.new(self._enc, nonce + i.to_bytes(8, "big"), hashlib.sha256).digest()
                  for i in range((length + 31) // 32))
        return b"".join(blocks)[:length]

    def _tag(self, nonce: bytes, associated: bytes, ciphertext: bytes) -> bytes:
        length = len(associated).to_bytes(4, "big")
        message = self._VERSION + nonce + length + associated + ciphertext
        return hmac.new(self._mac, message, hashlib.sha256).digest()

    def encrypt(self, secret: str, associated: str = "") -> str:
        """The secret, encrypted and authenticated, as text."""
        plain = secret.encode("utf-8")
        nonce = secrets.token_bytes(16)
        cipher = _xor(plain, self._keystream(nonce, len(plain)))
        tag = self._tag(nonce, associated.encode("utf-8"), cipher)
        return "v1:" + base64.urlsafe_b64encode(nonce + cipher + tag).decode("ascii")

    def decrypt(self, token: str, associated: str = "") -> str:
        """The secret back, or :class:`SidecarError` if it was changed or the key differs."""
        try:
            version, _, encoded = token.partition(":")
            raw = base64.urlsafe_b64decode(encoded.encode("ascii"))
        except (ValueError, UnicodeError):
            raw, version = b"", ""
        nonce, cipher, tag = raw[:16], raw[16:-32], raw[-32:]
        if version != "v1" or len(raw) < 48 or not hmac.compare_digest(
                tag, self._tag(nonce, associated.encode("utf-8"), cipher)):
            raise SidecarError(f"A saved application password cannot be read with the key in "
                               f"{self.key_path} (the key was replaced, or the database was "
                               "copied from elsewhere); add the site again.")
        plain = _xor(cipher, self._keystream(nonce, len(cipher)))
        return plain.decode("utf-8")


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def make_private(path: Path) -> None:
    """Create ``path`` (and SQLite's -wal and -shm files beside it) readable by this user
    only, whatever the umask or whoever made the folder; tighten them if they exist.

    SQLite creates a database with the process's umask (0644 as a rule) and gives its
    -wal and -shm files the database's mode, so the file is made 0600 before SQLite opens it.
    """
    for target in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if target is not path and not target.exists():
            continue
        descriptor = os.open(target, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.fstat(descriptor).st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                os.fchmod(descriptor, 0o600)
        finally:
            os.close(descriptor)


def _load_or_create_key(path: Path) -> bytes:
    """The 32-byte key in ``path``, made (mode 0600) on first use; refused if others can read it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(secrets.token_bytes(32))
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SidecarError(f"{path} can be read by other users of this computer; make it "
                           f"private with: chmod 600 {path}")
    key = path.read_bytes()
    if len(key) != 32:
        raise SidecarError(f"{path} is not a senreport key (it should hold 32 bytes); move it "
                           "away and add your sites again.")
    return key


# -- migrations -----------------------------------------------------------------------------------
# Append new migrations at the end; never edit one that has been released. The schema version
# is the number of migrations applied.

def _v1_sites_and_findings(db: sqlite3.Connection) -> None:
    """The first layout: registered sites and the findings history."""
    db.execute("CREATE TABLE sites (name TEXT PRIMARY KEY, url TEXT NOT NULL, "
               "user TEXT NOT NULL, password_secret TEXT NOT NULL)")
    db.execute("CREATE TABLE findings (id INTEGER PRIMARY KEY AUTOINCREMENT, site TEXT NOT NULL, "
               "page_id INTEGER NOT NULL, created_at TEXT NOT NULL, result_json TEXT NOT NULL)")


def _v2_hashes_audits_injections(db: sqlite3.Connection) -> None:
    """Content hashes on findings, an index for history, audits and injections."""
    db.execute("ALTER TABLE findings ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX findings_by_page ON findings (site, page_id, id)")
    db.execute("CREATE TABLE audits (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
               "data_json TEXT NOT NULL)")
    db.execute("CREATE TABLE injections (id INTEGER PRIMARY KEY AUTOINCREMENT, "
               "site TEXT NOT NULL, page_id INTEGER NOT NULL, action TEXT NOT NULL, "
               "created_at TEXT NOT NULL)")
    db.execute("CREATE INDEX injections_by_site ON injections (site, id)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v1_sites_and_findings,
    _v2_hashes_audits_injections,
]


def schema_version(db: sqlite3.Connection) -> int:
    """How many migrations the database has had (0 for a new file)."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = db.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(db: sqlite3.Connection, target: int | None = None) -> int:
    """Apply the migrations the database lacks (up to ``target``), in one transaction each."""
    target = len(MIGRATIONS) if target is None else target
    db.execute("BEGIN IMMEDIATE")  # one process migrates; the others wait, then find it done
    try:
        version = schema_version(db)
        if version > len(MIGRATIONS):
            raise SidecarError(f"The senreport database was written by a newer senreport "
                               f"(layout {version}, this one knows {len(MIGRATIONS)}); "
                               "upgrade senreport.")
        if version == 0 and not db.execute("SELECT 1 FROM schema_version").fetchone():
            db.execute("INSERT INTO schema_version (version) VALUES (0)")
        while version < target:
            MIGRATIONS[version](db)
            version += 1
            db.execute("UPDATE schema_version SET version = ?", (version,))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return version


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Store:
    """Sites, findings, audits and injections in one SQLite file."""

    def __init__(self, path: Path | str, *, key_path: Path | str | None = None) -> None:
        self.path = Path(path).expanduser()
        self.key_path = Path(key_path) if key_path else self.path.parent / KEY_FILE
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(self.path)  # it holds site credentials and findings
        self._box: SecretBox | None = None
        db = self._open()
        try:
            db.execute("PRAGMA journal_mode=WAL")
            migrate(db)
        finally:
            db.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA busy_timeout = 10000")
        return db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._open()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        db = self._open()
        try:
            return db.execute(sql, args).fetchall()
        finally:
            db.close()

    @property
    def box(self) -> SecretBox:
        """The secret box, its key file created on first use."""
        if self._box is None:
            self._box = SecretBox(self.key_path)
        return self._box

    # -- sites ---------------------------------------------------------------------------------

    def add_site(self, name: str, url: str, user: str, password: str) -> Site:
        """Save a site (replacing one of the same name), its password encrypted."""
        if not name.strip():
            raise SidecarError("Give the site a name, such as 'oakfield'.")
        secret = self.box.encrypt(password, associated=name)
        with self._transaction() as db:
            db.execute("INSERT INTO sites (name, url, user, password_secret) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET url = excluded.url, "
                       "user = excluded.user, password_secret = excluded.password_secret",
                       (name, url, user, secret))
        return Site(name, url, user)

    def get_site(self, name: str) -> Site:
        """The site saved as ``name``; :class:`UnknownSiteError` if there is none."""
        rows = self._query("SELECT name, url, user FROM sites WHERE name = ?", (name,))
        if not rows:
            raise UnknownSiteError(f"No site called {name!r} is saved; add it with "
                                   f"'senreport site add {name} --url ... --user ...'.")
        return Site(rows[0]["name"], rows[0]["url"], rows[0]["user"])

    def site_password(self, name: str) -> str:
        """The site's application password, decrypted."""
        rows = self._query("SELECT password_secret FROM sites WHERE name = ?", (name,))
        if not rows:
            self.get_site(name)  # raises the one message for an unknown site
        return self.box.decrypt(rows[0]["password_secret"], associated=name)

    def list_sites(self) -> list[Site]:
        """Every saved site, by name."""
        rows = self._query("SELECT name, url, user FROM sites ORDER BY name")
        return [Site(row["name"], row["url"], row["user"]) for row in rows]

    def remove_site(self, name: str) -> bool:
        """Forget a site, its findings and its injections; False if it was not saved."""
        with self._transaction() as db:
            removed = db.execute("DELETE FROM sites WHERE name = ?", (name,)).rowcount
            if removed:
                db.execute("DELETE FROM findings WHERE site = ?", (name,))
                db.execute("DELETE FROM injections WHERE site = ?", (name,))
        return bool(removed)

    # -- findings ------------------------------------------------------------------------------

    def add_findings(self, site: str, page_id: int, result: dict[str, Any],
                     content_hash: str) -> int:
        """Record one check of a page (``result`` is the check JSON); return its id."""
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO findings (site, page_id, created_at, result_json, content_hash) "
                "VALUES (?, ?, ?, ?, ?)",
                (site, int(page_id), _now(), json.dumps(result, ensure_ascii=False),
                 content_hash))
            return int(cursor.lastrowid or 0)

    def findings_history(self, site: str, page_id: int, limit: int = 20) -> list[dict[str, Any]]:
        """The checks recorded for a page, newest first."""
        rows = self._query(
            "SELECT id, site, page_id, created_at, content_hash, result_json FROM findings "
            "WHERE site = ? AND page_id = ? ORDER BY id DESC LIMIT ?",
            (site, int(page_id), int(limit)))
        return [{"id": row["id"], "site": row["site"], "page_id": row["page_id"],
                 "created_at": row["created_at"], "content_hash": row["content_hash"],
                 "result": json.loads(row["result_json"])} for row in rows]

    # -- injections and audits ------------------------------------------------------------------

    def add_injection(self, site: str, page_id: int, action: str) -> None:
        """Record that senreport created or updated a site's report page."""
        with self._transaction() as db:
            db.execute("INSERT INTO injections (site, page_id, action, created_at) "
                       "VALUES (?, ?, ?, ?)", (site, int(page_id), action, _now()))

    def last_injected_page(self, site: str) -> int | None:
        """The page senreport last wrote the site's report to, or None."""
        rows = self._query("SELECT page_id FROM injections WHERE site = ? ORDER BY id DESC "
                           "LIMIT 1", (site,))
        return int(rows[0]["page_id"]) if rows else None

    def add_audit(self, data: dict[str, Any]) -> str:
        """Keep an audit's JSON; return its new id."""
        audit_id = secrets.token_hex(8)
        with self._transaction() as db:
            db.execute("INSERT INTO audits (id, created_at, data_json) VALUES (?, ?, ?)",
                       (audit_id, _now(), json.dumps(data, ensure_ascii=False)))
        return audit_id

    def get_audit(self, audit_id: str) -> dict[str, Any] | None:
        """An audit's JSON with its id and date, or None."""
        rows = self._query("SELECT id, created_at, data_json FROM audits WHERE id = ?",
                           (audit_id,))
        if not rows:
            return None
        return {"id": rows[0]["id"], "created_at": rows[0]["created_at"],
                "data": json.loads(rows[0]["data_json"])}
