"""Boot a real, throwaway WordPress site on 127.0.0.1 for tests.

Each site gets its own MariaDB server (fresh data directory, Unix socket only, no TCP), its own
copy of the WordPress tree with its own ``wp-config.php``, and PHP's built-in web server with
four workers. Nothing is bound to any address but 127.0.0.1. A site boots in about a second; its
work directory goes on /dev/shm when there is room (``SENREPORT_WP_TMPDIR`` overrides), and
sites left behind by a killed test run are cleaned up by the next start.

    from tests.wordpress_harness import WordPressSite

    with WordPressSite.start("6.8", plugin_dir="wp-bridge") as site:
        requests.get(site.url + "/wp-json/", timeout=10)
        requests.post(site.rest_url("wp/v2/pages"), auth=site.auth, json={...})

Versions: ``"6.1"`` is Debian 12's ``wordpress`` package (installed system-wide by
``scripts/wordpress/install-packages.sh``); ``"6.8"`` is Debian 13's, fetched into a private cache
by ``scripts/wordpress/fetch-wp68.sh``. Both scripts are run on demand when something is missing
(set ``SENREPORT_WP_AUTO_INSTALL=0`` to forbid that). Any failure raises
:class:`WordPressStartError` with the relevant log excerpts: the harness never skips.

Also a command line, to boot a site by hand (``scripts/wordpress/boot.sh`` wraps it)::

    python3 tests/wordpress_harness.py --version 6.8 --port 8881 [--plugin wp-bridge] [--keep]
"""

from __future__ import annotations

import atexit
import base64
import fcntl
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPTS_DIR = REPO_ROOT / "scripts" / "wordpress"
SYSTEM_WORDPRESS = Path("/usr/share/wordpress")
VERSIONS = ("6.1", "6.8")
DEFAULT_THEME = "twentytwentyone"
# Where mariadbd and friends live; /usr/sbin is not on a non-root PATH.
_SEARCH_PATH = os.pathsep.join(
    [os.environ.get("PATH", ""), "/usr/sbin", "/usr/bin", "/sbin", "/bin"]
)
_UNIX_SOCKET_MAX = 100  # sun_path is 108 bytes; keep a margin


class WordPressStartError(RuntimeError):
    """WordPress (or one of its parts) could not be installed or started."""


# --------------------------------------------------------------------------------------------
# Packages and WordPress trees
# --------------------------------------------------------------------------------------------

_prepare_lock = threading.Lock()
_prepared: dict[str, Path] = {}


def _auto_install_allowed() -> bool:
    return os.environ.get("SENREPORT_WP_AUTO_INSTALL", "1").strip().lower() not in (
        "0",
        "no",
        "false",
    )


def _run_script(args: Sequence[str], what: str, timeout: float) -> subprocess.CompletedProcess:
    try:
        proc = subprocess.run(
            list(args), capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise WordPressStartError(
            f"{what} timed out after {timeout:.0f} s: {' '.join(args)}"
        ) from exc
    except OSError as exc:
        raise WordPressStartError(f"{what} could not run ({exc}): {' '.join(args)}") from exc
    if proc.returncode != 0:
        raise WordPressStartError(
            f"{what} failed (exit {proc.returncode}): {' '.join(args)}\n"
            f"--- stdout ---\n{_tail(proc.stdout)}\n--- stderr ---\n{_tail(proc.stderr)}"
        )
    return proc


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _read_wp_version(tree: Path) -> str:
    try:
        text = (tree / "wp-includes" / "version.php").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    match = re.search(r"^\$wp_version\s*=\s*'([^']+)'", text, re.M)
    return match.group(1) if match else ""


def ensure_system_packages() -> None:
    """Install Debian 12's WordPress, PHP and MariaDB packages when any is missing."""
    with _prepare_lock:
        if "packages" in _prepared:
            return
        script = SCRIPTS_DIR / "install-packages.sh"
        check = subprocess.run(["bash", str(script), "--check"], capture_output=True, text=True)
        if check.returncode != 0:
            if not _auto_install_allowed():
                raise WordPressStartError(
                    f"WordPress packages are missing ({check.stderr.strip()}); run "
                    f"{script.relative_to(REPO_ROOT)} "
                    "(SENREPORT_WP_AUTO_INSTALL=0 forbids doing it here)"
                )
            _run_script(["bash", str(script)], "installing the WordPress packages", timeout=900)
        _prepared["packages"] = SYSTEM_WORDPRESS


def wordpress_tree(version: str) -> Path:
    """The pristine WordPress tree for ``version`` ("6.1" or "6.8"), preparing it if needed."""
    if version not in VERSIONS:
        raise WordPressStartError(
            f"unknown WordPress version {version!r}; choose one of {VERSIONS}"
        )
    ensure_system_packages()
    with _prepare_lock:
        if version in _prepared:
            return _prepared[version]
        if version == "6.1":
            tree = _standalone_system_tree()
        else:
            script = SCRIPTS_DIR / "fetch-wp68.sh"
            proc = _run_script(["bash", str(script)], "fetching WordPress 6.8", timeout=900)
            lines = proc.stdout.strip().splitlines()
            if not lines:
                raise WordPressStartError(f"{script} printed no tree path\n{_tail(proc.stderr)}")
            tree = Path(lines[-1])
        found = _read_wp_version(tree)
        if not found.startswith(version + ".") and found != version:
            raise WordPressStartError(
                f"expected WordPress {version}.x in {tree}, "
                f"found {found or 'no wp-includes/version.php'}"
            )
        _prepared[version] = tree
        return tree


def cache_dir() -> Path:
    """The same cache as the shell scripts: ``${SENREPORT_CACHE:-$HOME/.cache/senreport}``."""
    return Path(os.environ.get("SENREPORT_CACHE") or Path.home() / ".cache" / "senreport")


def _standalone_system_tree() -> Path:
    """Debian 12's /usr/share/wordpress copied once with ``cp -rL`` into the cache, so that it
    has no symlink (into /usr/share/javascript, /usr/share/php, /etc/wordpress) and sites can
    hard-link its core from there. Rebuilt when the Debian packages change."""
    proc = subprocess.run(
        [
            "dpkg-query",
            "-W",
            "-f=${Package}=${Version}\\n",
            "wordpress",
            "wordpress-theme-twentytwentyone",
            "wordpress-theme-twentytwentythree",
        ],
        capture_output=True,
        text=True,
    )
    key = proc.stdout.strip().replace("\n", " ") or "unknown"
    base = cache_dir() / "wp61"
    tree = base / "wordpress"
    stamp = tree / ".senreport-wp61"
    if stamp.exists() and stamp.read_text().strip() == key:
        return tree
    base.mkdir(parents=True, exist_ok=True)
    with open(base / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp.exists() and stamp.read_text().strip() == key:
            return tree
        new = base / "wordpress.new"
        shutil.rmtree(new, ignore_errors=True)
        new.mkdir()
        entries = [
            str(p)
            for p in sorted(SYSTEM_WORDPRESS.iterdir())
            if p.name not in ("wp-config.php", ".htaccess")
        ]
        _run_script(
            ["cp", "-rL", "-t", str(new), *entries],
            f"copying {SYSTEM_WORDPRESS} into the cache",
            timeout=300,
        )
        (new / ".senreport-wp61").write_text(key + "\n")
        shutil.rmtree(tree, ignore_errors=True)
        new.rename(tree)
    return tree


def _which(name: str) -> str:
    path = shutil.which(name, path=_SEARCH_PATH)
    if not path:
        raise WordPressStartError(f"{name} not found; run scripts/wordpress/install-packages.sh")
    return path


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _php_literal(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (str, os.PathLike)):
        text = str(value).replace("\\", "\\\\").replace("'", "\\'")
        return f"'{text}'"
    raise TypeError(f"cannot write {value!r} as a PHP constant")


def _kill_group(proc: subprocess.Popen | None, grace: float) -> None:
    """Stop a process started with start_new_session=True, and its children (its group)."""
    if proc is None or proc.poll() is not None and not _group_alive(proc.pid):
        return
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            continue
        # The leader is gone; give its children (PHP workers) a moment to follow.
        deadline = time.monotonic() + wait
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        if not _group_alive(proc.pid):
            return


def _group_alive(pgid: int) -> bool:
    """Whether a process of group ``pgid`` still runs (zombies, dead but not yet reaped by
    init after their parent exited, do not count)."""
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 2 and fields[2] == str(pgid) and fields[0] not in ("Z", "X"):
            return True
    return False


def _http(
    method: str,
    url: str,
    *,
    auth: tuple[str, str] | None = None,
    timeout: float = 10.0,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    # Never through a proxy: the site is on loopback.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


_live_sites: set[WordPressSite] = set()
_live_lock = threading.Lock()


@atexit.register
def _stop_leftovers() -> None:
    with _live_lock:
        sites = list(_live_sites)
    for site in sites:
        try:
            site.stop()
        except Exception:  # noqa: BLE001 - best effort at interpreter exit
            pass


# --------------------------------------------------------------------------------------------
# The site
# --------------------------------------------------------------------------------------------


class WordPressSite:
    """A running local WordPress site: create one with :meth:`start`, use it as a context
    manager (or call :meth:`stop`)."""

    user = "admin"
    email = "admin@example.org"
    db_name = "wordpress"
    db_user = "wordpress"

    def __init__(self, version: str, workdir: Path, *, own_workdir: bool, port: int) -> None:
        self.version = version
        self.workdir = workdir
        self.own_workdir = own_workdir
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.docroot = workdir / "htdocs"
        self.datadir = workdir / "mysql"
        self.logdir = workdir / "logs"
        self.socket_dir: Path | None = None
        self.socket = workdir / "mysqld.sock"
        self.password = secrets.token_urlsafe(12)  # the admin's login password
        self.db_password = secrets.token_urlsafe(12)
        self.app_password = ""
        self.wp_version = ""  # the exact version, e.g. "6.8.12"
        self.theme = ""
        self.plugins: list[str] = []
        self.timings: dict[str, float] = {}
        self._mariadb: subprocess.Popen | None = None
        self._php: subprocess.Popen | None = None
        self._stopped = False
        self._keep = False

    # -- public API ---------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        version: str = "6.1",
        plugin_dir: str | os.PathLike | Sequence[str | os.PathLike] | None = None,
        theme: str = DEFAULT_THEME,
        *,
        port: int | None = None,
        workdir: str | os.PathLike | None = None,
        constants: Mapping[str, Any] | None = None,
        keep: bool = False,
        timeout: float = 60.0,
    ) -> WordPressSite:
        """Install and boot a fresh site; raise :class:`WordPressStartError` if anything fails.

        ``plugin_dir``: a plugin directory (or several) to copy into ``wp-content/plugins`` and
        activate. ``theme``: the stylesheet to switch to (``twentytwentyone``, classic with a
        widget area; ``twentytwentythree`` block theme; on 6.8 also ``twentytwentyfour`` and
        ``twentytwentyfive``). ``port``: default a free one. ``workdir``: default a new temporary
        directory, removed by :meth:`stop` (a given one is left in place). ``constants``: extra
        ``define()``s for ``wp-config.php`` (e.g. ``SENREPORT_SIDECAR_URL``). ``keep``: leave the
        work directory after stop (its ``logs/`` help debugging).
        """
        started = time.monotonic()
        tree = wordpress_tree(version)
        if plugin_dir is None:
            plugin_dirs: list[Path] = []
        elif isinstance(plugin_dir, (str, os.PathLike)):
            plugin_dirs = [Path(plugin_dir)]
        else:
            plugin_dirs = [Path(p) for p in plugin_dir]
        for pdir in plugin_dirs:
            if not pdir.is_dir():
                raise WordPressStartError(f"plugin directory {pdir} does not exist")

        if workdir is None:
            base = _default_tmp_base()
            _sweep_stale_sites(Path(base or tempfile.gettempdir()))
            wdir = Path(
                tempfile.mkdtemp(prefix=f"{_SITE_PREFIX}{version.replace('.', '')}-", dir=base)
            )
            own = True
        else:
            wdir = Path(workdir).resolve()
            if wdir.exists() and any(wdir.iterdir()):
                raise WordPressStartError(f"work directory {wdir} is not empty")
            wdir.mkdir(parents=True, exist_ok=True)
            own = False
        auto_port = port is None
        site = cls(version, wdir, own_workdir=own, port=port or free_port())
        site._keep = keep
        site.timings["prepare"] = time.monotonic() - started
        with _live_lock:
            _live_sites.add(site)
        try:
            site._boot(tree, plugin_dirs, theme, dict(constants or {}), auto_port, timeout)
        except BaseException:
            site.stop()
            raise
        site.timings["total"] = time.monotonic() - started
        return site

    @property
    def auth(self) -> tuple[str, str]:
        """(user, application password), for ``requests``' ``auth=``."""
        return (self.user, self.app_password)

    def rest_url(self, route: str = "") -> str:
        """``rest_url("wp/v2/pages")`` -> ``http://127.0.0.1:PORT/wp-json/wp/v2/pages``."""
        return f"{self.url}/wp-json/{route.lstrip('/')}"

    @property
    def admin_url(self) -> str:
        return f"{self.url}/wp-admin/"

    @property
    def plugins_dir(self) -> Path:
        return self.docroot / "wp-content" / "plugins"

    def mysql(self, sql: str, database: str | None = "wordpress") -> str:
        """Run SQL through the site's own MariaDB socket; return the tab-separated output."""
        args = [
            _which("mariadb"),
            "--no-defaults",
            f"--socket={self.socket}",
            "-u",
            _os_user(),
            "--batch",
            "--skip-column-names",
            "-e",
            sql,
        ]
        if database:
            args.append(database)
        proc = subprocess.run(args, capture_output=True, text=True, timeout=30)
        if proc.returncode != 0:
            raise RuntimeError(f"mariadb failed: {proc.stderr.strip()}")
        return proc.stdout

    def logs(self) -> str:
        """The tails of the PHP server, PHP error and MariaDB logs (for failure messages)."""
        parts = []
        for name in ("php-server.log", "php-error.log", "mariadb.err", "install.out"):
            path = self.logdir / name
            if path.exists():
                text = path.read_text(encoding="utf-8", errors="replace")
                parts.append(f"--- {path} ---\n{_tail(text)}")
        return "\n".join(parts) or f"(no logs in {self.logdir})"

    def stop(self) -> None:
        """Stop PHP and MariaDB and remove the temporary directories. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        _kill_group(self._php, grace=3.0)
        # The data directory is thrown away: no need for a clean InnoDB shutdown then.
        _kill_group(self._mariadb, grace=10.0 if (self._keep or not self.own_workdir) else 0.0)
        if self.socket_dir is not None:
            shutil.rmtree(self.socket_dir, ignore_errors=True)
        if self.own_workdir and not self._keep:
            shutil.rmtree(self.workdir, ignore_errors=True)
        with _live_lock:
            _live_sites.discard(self)

    def __enter__(self) -> WordPressSite:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "stopped" if self._stopped else "running"
        return f"<WordPressSite {self.wp_version or self.version} {self.url} {state}>"

    # -- boot steps ---------------------------------------------------------------------------

    def _boot(
        self,
        tree: Path,
        plugin_dirs: list[Path],
        theme: str,
        constants: dict[str, Any],
        auto_port: bool,
        timeout: float,
    ) -> None:
        (self.workdir / "owner.pid").write_text(f"{os.getpid()}\n")
        self.logdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "tmp").mkdir(exist_ok=True)
        if len(str(self.socket)) > _UNIX_SOCKET_MAX:
            self.socket_dir = Path(tempfile.mkdtemp(prefix="swp-", dir="/tmp"))
            self.socket = self.socket_dir / "mysqld.sock"

        # Copying the tree and initialising MariaDB are independent: do them at once.
        step = time.monotonic()
        copy_error: list[BaseException] = []

        def copy() -> None:
            try:
                self._copy_tree(tree, plugin_dirs)
                self._write_config(constants)
            except BaseException as exc:  # noqa: BLE001 - re-raised below
                copy_error.append(exc)
            self.timings["copy"] = time.monotonic() - step

        copier = threading.Thread(target=copy, name="wp-copy", daemon=True)
        copier.start()
        try:
            self._start_mariadb(timeout)
            self.timings["mariadb"] = time.monotonic() - step
        finally:
            copier.join()
        if copy_error:
            raise copy_error[0]

        step = time.monotonic()
        self._install(theme, [p.name for p in plugin_dirs], timeout)
        self.timings["install"] = time.monotonic() - step

        step = time.monotonic()
        for attempt in range(3):
            if self._serve(timeout):
                break
            if not auto_port or attempt == 2:
                raise WordPressStartError(
                    "PHP's built-in server could not listen on "
                    f"127.0.0.1:{self.port}\n{self.logs()}"
                )
            # Someone took the port between choosing it and binding it: pick another.
            self.port = free_port()
            self.url = f"http://127.0.0.1:{self.port}"
            self._reinstall_urls()
        self._check_rest(timeout)
        self.timings["serve"] = time.monotonic() - step

    def _start_mariadb(self, timeout: float) -> None:
        user = _os_user()
        common = ["--no-defaults", "--innodb-log-file-size=8M", "--innodb-buffer-pool-size=64M"]
        install = [
            _which("mariadb-install-db"),
            *common[:1],
            f"--datadir={self.datadir}",
            f"--user={user}",
            "--auth-root-authentication-method=socket",
            "--skip-test-db",
            *common[1:],
        ]
        proc = subprocess.run(
            install, capture_output=True, text=True, timeout=timeout, cwd=self.workdir
        )
        (self.logdir / "mariadb-install-db.log").write_text(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            raise WordPressStartError(
                f"mariadb-install-db failed (exit {proc.returncode}):\n"
                f"{_tail(proc.stdout + proc.stderr)}"
            )
        server = [
            _which("mariadbd"),
            *common[:1],
            f"--datadir={self.datadir}",
            f"--socket={self.socket}",
            f"--pid-file={self.workdir / 'mysqld.pid'}",
            f"--log-error={self.logdir / 'mariadb.err'}",
            f"--tmpdir={self.workdir / 'tmp'}",
            "--skip-networking",
            "--skip-name-resolve",
            "--skip-log-bin",
            "--innodb-flush-log-at-trx-commit=0",
            "--character-set-server=utf8mb4",
            "--collation-server=utf8mb4_unicode_ci",
            "--max-connections=100",
            *common[1:],
        ]
        if os.geteuid() == 0:
            server.append("--user=root")  # as root mariadbd refuses to start without it
        self._mariadb = subprocess.Popen(
            server,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(self.logdir / "mariadbd.stderr", "wb"),
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        sql = (
            f"CREATE DATABASE `{self.db_name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            f"CREATE USER '{self.db_user}'@'localhost' IDENTIFIED BY '{self.db_password}';"
            f"GRANT ALL PRIVILEGES ON `{self.db_name}`.* TO '{self.db_user}'@'localhost';"
        )
        while True:
            if self._mariadb.poll() is not None:
                raise WordPressStartError(
                    f"mariadbd exited with status {self._mariadb.returncode}\n{self.logs()}"
                )
            if self.socket.exists():
                try:
                    self.mysql(sql, database=None)
                    return
                except RuntimeError as exc:
                    last = str(exc)
                    if "Can't connect" not in last and "2002" not in last:
                        raise WordPressStartError(f"creating the database failed: {last}") from exc
            if time.monotonic() > deadline:
                raise WordPressStartError(
                    f"mariadbd did not accept connections within {timeout:.0f} s\n{self.logs()}"
                )
            time.sleep(0.05)

    def _copy_tree(self, tree: Path, plugin_dirs: list[Path]) -> None:
        """Give the site its own tree. ``tree`` is a standalone copy (no symlinks) without
        Debian's wp-config.php (a dispatcher into /etc/wordpress keyed by host name).

        When the site is on the cache's file system, core (wp-admin, wp-includes: 67 MB, nobody
        edits them) is hard-linked from the cache, which takes 0.1 s where a copy to disk takes
        0.2-3 s depending on the disk's write-back; the rest, wp-content (themes, plugins) and
        the top-level files, is really copied so a test may edit it. Never edit such a site's
        core files in place: they are the cache's. On another file system (the default
        /dev/shm) everything is copied.
        """
        self.docroot.mkdir()
        core = [str(tree / name) for name in ("wp-admin", "wp-includes")]
        rest = [
            str(p)
            for p in sorted(tree.iterdir())
            if p.name not in ("wp-admin", "wp-includes", "wp-config.php", ".htaccess")
            and not p.name.startswith(".senreport")
        ]
        if os.stat(tree).st_dev == os.stat(self.docroot).st_dev:
            linked = subprocess.run(
                ["cp", "-al", "-t", str(self.docroot), *core], capture_output=True, text=True
            )
            if linked.returncode != 0:
                for name in ("wp-admin", "wp-includes"):
                    shutil.rmtree(self.docroot / name, ignore_errors=True)
                rest = core + rest
        else:  # another file system (e.g. the site on /dev/shm): a real copy, in memory, is fast
            rest = core + rest
        proc = subprocess.run(
            ["cp", "-rL", "-t", str(self.docroot), *rest], capture_output=True, text=True
        )
        if proc.returncode != 0:
            raise WordPressStartError(f"copying {tree} failed: {proc.stderr.strip()}")
        content = self.docroot / "wp-content"
        (content / "uploads").mkdir(exist_ok=True)
        (content / "mu-plugins").mkdir(exist_ok=True)
        shutil.copy2(SCRIPTS_DIR / "mu-plugins" / "senreport-local.php", content / "mu-plugins")
        for pdir in plugin_dirs:
            dest = self.plugins_dir / pdir.name
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(
                pdir,
                dest,
                symlinks=False,
                ignore=shutil.ignore_patterns(".git", "node_modules", "__pycache__"),
            )

    def _write_config(self, constants: dict[str, Any]) -> None:
        defines: dict[str, Any] = {
            "DB_NAME": self.db_name,
            "DB_USER": self.db_user,
            "DB_PASSWORD": self.db_password,
            "DB_HOST": f"localhost:{self.socket}",
            "DB_CHARSET": "utf8mb4",
            "DB_COLLATE": "",
        }
        for key in (
            "AUTH_KEY",
            "SECURE_AUTH_KEY",
            "LOGGED_IN_KEY",
            "NONCE_KEY",
            "AUTH_SALT",
            "SECURE_AUTH_SALT",
            "LOGGED_IN_SALT",
            "NONCE_SALT",
        ):
            defines[key] = secrets.token_hex(32)
        defines.update(
            {
                # Application passwords over plain HTTP need a "local" environment.
                "WP_ENVIRONMENT_TYPE": "local",
                # Calls to outside hosts (update checks) fail at once instead of timing out;
                # loopback still works.
                "WP_HTTP_BLOCK_EXTERNAL": True,
                "WP_DEBUG": False,
                "DISABLE_WP_CRON": True,
                "AUTOMATIC_UPDATER_DISABLED": True,
                "WP_AUTO_UPDATE_CORE": False,
                "SENREPORT_MAIL_LOG": str(self.logdir / "mail.jsonl"),
            }
        )
        defines.update(constants)
        lines = ["<?php", "// Written by tests/wordpress_harness.py for a throwaway local site."]
        lines += [f"define('{name}', {_php_literal(value)});" for name, value in defines.items()]
        lines += [
            "$table_prefix = 'wp_';",
            "if (!defined('ABSPATH')) {",
            "    define('ABSPATH', __DIR__ . '/');",
            "}",
            "require_once ABSPATH . 'wp-settings.php';",
            "",
        ]
        (self.docroot / "wp-config.php").write_text("\n".join(lines), encoding="utf-8")

    def _php_ini_args(self) -> list[str]:
        return [
            "-d",
            "opcache.revalidate_freq=0",
            "-d",
            "display_errors=0",
            "-d",
            "log_errors=1",
            "-d",
            f"error_log={self.logdir / 'php-error.log'}",
            "-d",
            "memory_limit=256M",
            "-d",
            "max_execution_time=60",
            "-d",
            f"sys_temp_dir={self.workdir / 'tmp'}",
            "-d",
            f"upload_tmp_dir={self.workdir / 'tmp'}",
        ]

    def _install(self, theme: str, plugin_slugs: list[str], timeout: float) -> None:
        config = {
            "docroot": str(self.docroot),
            "url": self.url,
            "title": f"senreport test school ({self.version})",
            "admin_user": self.user,
            "admin_password": self.password,
            "admin_email": self.email,
            "theme": theme,
            "plugins": plugin_slugs,
            "app_password_name": "senreport-tests",
        }
        config_path = self.workdir / "install.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        config_path.chmod(0o600)
        proc = subprocess.run(
            [
                _which("php"),
                *self._php_ini_args(),
                str(SCRIPTS_DIR / "install.php"),
                str(config_path),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.docroot,
        )
        (self.logdir / "install.out").write_text(proc.stdout + proc.stderr)
        result: dict[str, Any] = {}
        for line in reversed(proc.stdout.strip().splitlines()):
            try:
                result = json.loads(line)
                break
            except ValueError:
                continue
        if proc.returncode != 0 or not result.get("ok"):
            reason = result.get("error") or "no JSON result"
            raise WordPressStartError(
                f"installing WordPress {self.version} failed: {reason}\n{self.logs()}"
            )
        self.app_password = result["app_password"]
        self.wp_version = result["version"]
        self.theme = result["theme"]
        self.plugins = list(result.get("plugins", []))
        if not result.get("application_passwords_available", False):
            raise WordPressStartError("application passwords are not available on this site")
        config_path.unlink()

    def _reinstall_urls(self) -> None:
        self.mysql(
            f"UPDATE wp_options SET option_value = '{self.url}' "
            "WHERE option_name IN ('siteurl', 'home')"
        )

    def _serve(self, timeout: float) -> bool:
        """Start ``php -S``; True once it answers, False if the port was taken."""
        env = dict(os.environ)
        env["PHP_CLI_SERVER_WORKERS"] = "4"
        log = open(self.logdir / "php-server.log", "ab")
        self._php = subprocess.Popen(
            [
                _which("php"),
                *self._php_ini_args(),
                "-S",
                f"127.0.0.1:{self.port}",
                "-t",
                str(self.docroot),
                str(SCRIPTS_DIR / "router.php"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.docroot,
            env=env,
            start_new_session=True,
        )
        log.close()
        (self.workdir / "php.pid").write_text(f"{self._php.pid}\n")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._php.poll() is not None:
                text = (self.logdir / "php-server.log").read_text(errors="replace")
                if "Address already in use" in text:
                    self._php = None
                    return False
                raise WordPressStartError(
                    f"php -S exited with status {self._php.returncode}\n{self.logs()}"
                )
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return True
            except OSError:
                time.sleep(0.02)
        raise WordPressStartError(
            f"php -S did not listen on port {self.port} within {timeout:.0f} s\n{self.logs()}"
        )

    def _check_rest(self, timeout: float) -> None:
        status, body = _http(
            "GET",
            self.rest_url("wp/v2/users/me") + "?context=edit",
            auth=self.auth,
            timeout=timeout,
        )
        if status != 200:
            raise WordPressStartError(
                "the REST API did not accept the application password: "
                f"GET /wp-json/wp/v2/users/me "
                f"answered {status}: {body[:500]!r}\n{self.logs()}"
            )


_SITE_PREFIX = "senreport-wp"


def _pid_alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].split()[0] not in ("Z", "X")


def _sweep_stale_sites(base: Path) -> None:
    """Remove temporary sites left by a test process that was killed (no atexit ran): their
    owner process is gone. Their own php and mariadbd are stopped by the pids they recorded,
    only if that pid's command line still names the site's directory."""
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(_SITE_PREFIX) and p.is_dir()]
    except OSError:
        return
    for wdir in candidates:
        owner_file = wdir / "owner.pid"
        try:
            owner = int(owner_file.read_text().strip())
        except (OSError, ValueError):
            # Being created right now, or not ours: leave young ones alone.
            try:
                if time.time() - wdir.stat().st_mtime < 600:
                    continue
            except OSError:
                continue
            owner = 0
        if owner and (owner == os.getpid() or _pid_alive(owner)):
            continue
        for pid_name in ("php.pid", "mysqld.pid"):
            try:
                pid = int((wdir / pid_name).read_text().strip())
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            except (OSError, ValueError):
                continue
            if str(wdir).encode() in cmdline:
                try:
                    os.killpg(pid, signal.SIGKILL)
                except OSError:
                    pass
        shutil.rmtree(wdir, ignore_errors=True)


def _default_tmp_base() -> str | None:
    """Where temporary sites go: ``$SENREPORT_WP_TMPDIR``, else /dev/shm when it is a roomy
    writable tmpfs (a site writes ~110 MB; in memory that takes 0.2 s where the disk's
    write-back made it take up to 3 s), else the system's temporary directory."""
    explicit = os.environ.get("SENREPORT_WP_TMPDIR")
    if explicit:
        return explicit
    shm = "/dev/shm"
    try:
        stats = os.statvfs(shm)
    except OSError:
        return None
    if os.access(shm, os.W_OK | os.X_OK) and stats.f_bavail * stats.f_frsize > 2 * 1024**3:
        return shm
    return None


def _os_user() -> str:
    return pwd.getpwuid(os.geteuid()).pw_name


# --------------------------------------------------------------------------------------------
# Command line: boot a site by hand
# --------------------------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        description="Boot a throwaway local WordPress site on 127.0.0.1."
    )
    parser.add_argument("--version", choices=VERSIONS, default="6.1", dest="wp_version")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument(
        "--workdir", default=None, help="default: a temporary directory, removed on exit"
    )
    parser.add_argument(
        "--plugin", action="append", default=[], help="plugin directory to copy and activate"
    )
    parser.add_argument("--theme", default=DEFAULT_THEME)
    parser.add_argument(
        "--define",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an extra wp-config.php constant (a string)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work directory on exit")
    parser.add_argument("--json", action="store_true", help="print the site as one JSON line")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.port is not None and not _port_is_free(args.port):
        parser.error(f"port {args.port} on 127.0.0.1 is already in use")
    constants = {}
    for item in args.define:
        name, _, value = item.partition("=")
        constants[name] = value
    try:
        site = WordPressSite.start(
            args.wp_version,
            plugin_dir=args.plugin or None,
            theme=args.theme,
            port=args.port,
            workdir=args.workdir,
            constants=constants,
            keep=args.keep,
        )
    except WordPressStartError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    info = {
        "url": site.url,
        "version": site.wp_version,
        "user": site.user,
        "password": site.password,
        "app_password": site.app_password,
        "theme": site.theme,
        "plugins": site.plugins,
        "workdir": str(site.workdir),
        "boot_seconds": round(site.timings["total"], 2),
    }
    if args.json:
        print(json.dumps(info), flush=True)
    else:
        for key, value in info.items():
            print(f"{key:>13}: {value}")
        print("Ctrl-C to stop.", flush=True)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        while not stop.is_set():
            if site._php is not None and site._php.poll() is not None:
                print("error: php -S exited", file=sys.stderr)
                return 1
            stop.wait(0.5)
    finally:
        site.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
