"""What a queued audit keeps in Redis, besides RQ's own jobs: the runs, each site's result
(written once), and the politeness shared by every worker of the fleet.

Keys (all under ``senreport:``)::

    senreport:format                  the layout's version; another one is refused
    senreport:runs                    sorted set: run id -> when it was made
    senreport:run:<id>                hash: the run's settings (kind, rubric, options, targets)
    senreport:run:<id>:results        hash: site key -> its result (JSON), written once
    senreport:run:<id>:status         hash: site key -> done | failed (small, for counting)
    senreport:run:<id>:finished       sorted set: site key -> when it was recorded (the rate)
    senreport:lease:<id>:<site>       the worker auditing a site now (expires unless renewed)
    senreport:host:<host>             hash: one request at a time per host, and when the last
                                      one ended (the pause between requests, fleet-wide)

Times for the politeness come from Redis's own clock (``TIME``), so that machines whose
clocks differ still keep the pause.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from senreport.cli.inputs import UserError

QUEUE_FORMAT = "1"
QUEUE_NAME = "senreport-audit"
PREFIX = "senreport:"
FORMAT_KEY = PREFIX + "format"
RUNS_KEY = PREFIX + "runs"

# One request at a time to a host, and the pause after the last one: returns how many
# milliseconds to wait (0: the caller holds the host until it releases it).
_ACQUIRE_HOST = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local busy = tonumber(redis.call('HGET', KEYS[1], 'busy_until') or '0')
if busy > now then return busy - now end
local delay = math.max(tonumber(ARGV[2]), tonumber(redis.call('HGET', KEYS[1], 'delay') or '0'))
local ready = tonumber(redis.call('HGET', KEYS[1], 'last_end') or '0') + delay
if ready > now then return ready - now end
redis.call('HSET', KEYS[1], 'busy_until', now + tonumber(ARGV[3]), 'token', ARGV[1])
redis.call('PEXPIRE', KEYS[1], 86400000)
return 0
"""
_RELEASE_HOST = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
if tonumber(ARGV[2]) > tonumber(redis.call('HGET', KEYS[1], 'delay') or '0') then
  redis.call('HSET', KEYS[1], 'delay', ARGV[2])
end
if redis.call('HGET', KEYS[1], 'token') == ARGV[1] then
  redis.call('HSET', KEYS[1], 'last_end', now, 'busy_until', 0, 'token', '')
end
return 0
"""
# A site's lease: taken if free (or already ours), renewed only by its holder.
_TAKE_LEASE = """
local holder = redis.call('GET', KEYS[1])
if holder and holder ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
"""
_DROP_LEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
"""


def shown(url: str) -> str:
    """A queue address fit to print: its password, if any, left out."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[-1]
    user = f"{parts.username}:" if parts.username else ":"
    return parts._replace(netloc=f"{user}***@{netloc}").geturl()


def connect(url: str) -> Any:
    """A Redis connection for a queue address, checked: one clear line if it cannot be
    used (a wrong address, Redis not running, a queue from another version)."""
    import redis

    parts = urlsplit(url)
    where = shown(url)
    if parts.scheme not in ("redis", "rediss", "unix"):
        raise UserError(f"{where!r} is not the address of a Redis queue; give one like "
                        "redis://127.0.0.1:6379/0")
    database = parts.path.strip("/")
    if parts.scheme != "unix" and database and not database.isdigit():
        raise UserError(f"{where}: the database after the last / must be a number, "
                        "like redis://127.0.0.1:6379/0")
    try:
        connection = redis.Redis.from_url(url, socket_connect_timeout=5)
        connection.ping()
        found = connection.get(FORMAT_KEY)
    except ValueError as error:
        raise UserError(f"{where} is not a valid Redis address ({error})") from None
    except redis.RedisError as error:
        raise UserError(f"the queue at {where} could not be reached ({error}); is Redis "
                        "running there?") from None
    layout = found.decode() if isinstance(found, bytes) else found
    if layout is None:
        connection.set(FORMAT_KEY, QUEUE_FORMAT)
    elif layout != QUEUE_FORMAT:
        raise UserError(f"the queue at {where} was made by another version of senreport "
                        f"(layout {layout}, this one uses {QUEUE_FORMAT}); finish it "
                        "with that version, or give another database (redis://HOST:PORT/N)")
    return connection


def run_key(run_id: str, part: str = "") -> str:
    """The key of a run, or of one of its parts (``results``, ``status``, ``finished``)."""
    return f"{PREFIX}run:{run_id}" + (f":{part}" if part else "")


def new_run_id() -> str:
    """A new run's id."""
    return uuid.uuid4().hex[:12]


def site_hash(site_key: str) -> str:
    """A short, stable name for a site within a run (its task and lease are named by it)."""
    return hashlib.sha256(site_key.encode("utf-8")).hexdigest()[:16]


def job_id(run_id: str, site_key: str) -> str:
    """The task of a site in a run (one at a time: enqueuing it again replaces it)."""
    return f"senreport-{run_id}-{site_hash(site_key)}"


def save_run(connection: Any, run_id: str, settings: dict[str, Any]) -> None:
    """Record a run's settings (kept for the workers and ``audit status``)."""
    connection.hset(run_key(run_id), mapping={"settings": json.dumps(settings)})
    connection.zadd(RUNS_KEY, {run_id: time.time()}, nx=True)


def load_run(connection: Any, run_id: str) -> dict[str, Any] | None:
    """A run's settings, or ``None`` if the queue does not know it."""
    raw = connection.hget(run_key(run_id), "settings")
    return None if raw is None else json.loads(raw)


def record_result(connection: Any, run_id: str, site_key: str, entry: dict[str, Any]) -> bool:
    """Record a site's result, once: ``False`` if it had one already (nothing changes)."""
    status = entry["status"]
    with connection.pipeline() as pipe:
        pipe.hsetnx(run_key(run_id, "results"), site_key, json.dumps(entry, ensure_ascii=False))
        pipe.hsetnx(run_key(run_id, "status"), site_key, status)
        written, _ = pipe.execute()
    if written:
        connection.zadd(run_key(run_id, "finished"), {site_key: time.time()})
    return bool(written)


def forget_results(connection: Any, run_id: str, site_keys: list[str]) -> None:
    """Drop the results of these sites (to audit them again)."""
    if site_keys:
        for part in ("results", "status"):
            connection.hdel(run_key(run_id, part), *site_keys)
        connection.zrem(run_key(run_id, "finished"), *site_keys)


def statuses(connection: Any, run_id: str) -> dict[str, str]:
    """Site key -> ``done`` or ``failed``, for every site recorded so far."""
    return {k.decode(): v.decode()
            for k, v in connection.hgetall(run_key(run_id, "status")).items()}


def results(connection: Any, run_id: str, site_keys: list[str]) -> dict[str, dict[str, Any]]:
    """The recorded results of these sites (those without one are left out)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(site_keys), 500):
        chunk = site_keys[start:start + 500]
        for key, raw in zip(chunk, connection.hmget(run_key(run_id, "results"), chunk),
                            strict=True):
            if raw is not None:
                found[key] = json.loads(raw)
    return found


class SiteLease:
    """The right to audit one site of a run; held by one worker at a time, lost if not
    renewed within ``seconds`` (a worker that dies lets it go by itself)."""

    def __init__(self, connection: Any, run_id: str, site_key: str, seconds: float) -> None:
        self.connection = connection
        self.key = f"{PREFIX}lease:{run_id}:{site_hash(site_key)}"
        self.token = uuid.uuid4().hex
        self.milliseconds = max(1, int(seconds * 1000))

    def take(self) -> bool:
        """Take (or renew) the lease; ``False`` if another worker holds it."""
        return bool(self.connection.eval(_TAKE_LEASE, 1, self.key, self.token,
                                         self.milliseconds))

    def drop(self) -> None:
        """Let the lease go (only if it is still ours)."""
        self.connection.eval(_DROP_LEASE, 1, self.key, self.token)

    def keep(self) -> Callable[[], None]:
        """Renew the lease four times per period (while the site is audited, whatever it
        is doing) until the returned function is called, which lets the lease go."""
        stop = threading.Event()

        def renew() -> None:
            while not stop.wait(self.milliseconds / 4000):
                try:
                    self.take()
                except Exception:  # noqa: BLE001 - the next renewal tries again
                    pass

        renewer = threading.Thread(target=renew, daemon=True)
        renewer.start()

        def release() -> None:
            stop.set()
            renewer.join()
            self.drop()

        return release


class HostPacer:
    """One request at a time to a host across the fleet, each after the pause since the
    previous one ended (the longer of the audit's delay and the host's Crawl-delay)."""

    def __init__(self, connection: Any, hold_seconds: float) -> None:
        self.connection = connection
        self.hold_ms = max(1000, int(hold_seconds * 1000))
        self.token = uuid.uuid4().hex

    def acquire(self, host: str, delay: float) -> None:
        """Wait until this worker may send the next request to ``host``."""
        key = f"{PREFIX}host:{host}"
        while True:
            wait = int(self.connection.eval(_ACQUIRE_HOST, 1, key, self.token,
                                            int(delay * 1000), self.hold_ms))
            if wait <= 0:
                return
            time.sleep(min(wait, 1000) / 1000)

    def release(self, host: str, delay: float) -> None:
        """The request to ``host`` has ended; ``delay`` is the pause the host asks for."""
        self.connection.eval(_RELEASE_HOST, 1, f"{PREFIX}host:{host}", self.token,
                             int(delay * 1000))
