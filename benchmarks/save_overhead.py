"""How much time wp-bridge adds to saving a SEN report page, with the senreport service running.

Boots a real WordPress (Debian's 6.1 or 6.8, tests/wordpress_harness.py) with wp-bridge, starts
the service (``senreport serve``), registers the site and injects the demo report as
scripts/demo.py does, then times N updates of the page over REST (``POST /wp/v2/pages/<id>``,
each with slightly different content, so each is a real save that the plugin sends to the
service's save hook and whose findings it stores) in pairs:

- **bridge**: wp-bridge active, calling the service;
- **baseline**: wp-bridge deactivated (the same update, nothing of the plugin's in the way).

The two halves of a pair run back to back, in alternating order, so a drift of the machine
touches both. Prints p50/p95 of each and of the paired difference (the added save time;
goal: under 150 ms at p95), and with ``--down`` also the updates with the service stopped
(what a save costs when the checks are unavailable: a refused connection, no waiting).
Exits 1 when the p95 of the difference misses the goal.

Run: .venv/bin/python benchmarks/save_overhead.py [--wordpress 6.8] [--saves 40] [--down]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from wordpress_harness import WordPressSite, free_port  # noqa: E402

EXAMPLE = ROOT / "senreport" / "examples" / "oakfield-primary.yaml"
SENREPORT = [sys.executable, "-m", "senreport"]
GOAL_MS = 150.0
NO_PROXY = {"http": "", "https": ""}


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def start_sidecar(port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "ab") as out:
        proc = subprocess.Popen([*SENREPORT, "serve", "--port", str(port)], env=env, cwd=ROOT,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"save_overhead: the sidecar exited:\n{log.read_text()[-2000:]}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1, proxies=NO_PROXY).ok:
                return proc
        except requests.RequestException:
            time.sleep(0.05)
    stop_sidecar(proc)
    raise SystemExit("save_overhead: the sidecar did not start within 30 s")


def stop_sidecar(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def cli(args: list[str], env: dict[str, str]) -> str:
    result = subprocess.run([*SENREPORT, *args], env=env, cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"save_overhead: senreport {args[0]} failed:\n{result.stdout}"
                         f"{result.stderr}")
    return result.stdout


class Saver:
    """Timed REST updates of one page, each with a different last paragraph."""

    def __init__(self, site: WordPressSite, page_id: int) -> None:
        self.site = site
        self.page_id = page_id
        self.session = requests.Session()
        self.session.trust_env = False
        self.session.auth = site.auth
        self.url = site.rest_url(f"wp/v2/pages/{page_id}")
        page = self.session.get(self.url, params={"context": "edit"}, timeout=20).json()
        self.content = page["content"]["raw"]
        self.count = 0

    def save(self) -> tuple[float, dict]:
        """One update: its wall time in ms (request sent to answer read), and the answer."""
        self.count += 1
        content = self.content.replace(
            "at any time.</p>", f"at any time. (Save {self.count}.)</p>", 1)
        start = time.perf_counter()
        answer = self.session.post(self.url, json={"content": content}, timeout=30)
        elapsed = (time.perf_counter() - start) * 1000
        if answer.status_code != 200:
            raise SystemExit(f"save_overhead: update answered {answer.status_code}: "
                             f"{answer.text[:300]}")
        return elapsed, answer.json()


def set_plugin(site: WordPressSite, plugin: str, active: bool) -> None:
    answer = requests.post(site.rest_url(f"wp/v2/plugins/{plugin}"), auth=site.auth,
                           json={"status": "active" if active else "inactive"}, timeout=20,
                           proxies=NO_PROXY)
    if answer.status_code != 200 or answer.json().get("status") != (
            "active" if active else "inactive"):
        raise SystemExit(f"save_overhead: could not switch {plugin}: {answer.text[:300]}")


def stored_record(page: dict) -> dict:
    """The check record wp-bridge stored with the save ({} when none)."""
    text = (page.get("meta") or {}).get("senreport_findings") or ""
    try:
        record = json.loads(text)
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


def line(label: str, values: list[float]) -> str:
    return (f"{label:<34} p50 {percentile(values, 0.50):7.1f} ms   "
            f"p95 {percentile(values, 0.95):7.1f} ms   mean {statistics.fmean(values):7.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordpress", choices=("6.1", "6.8"), default="6.8")
    parser.add_argument("--saves", type=int, default=40, help="pairs of timed saves")
    parser.add_argument("--warmup", type=int, default=3, help="untimed pairs first")
    parser.add_argument("--verbose", action="store_true", help="print every pair")
    parser.add_argument("--down", action="store_true",
                        help="also time saves with the service stopped")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="senreport-bench-save-"))
    port = free_port()
    sidecar_url = f"http://127.0.0.1:{port}"
    hook_secret, api_token = secrets.token_hex(16), secrets.token_hex(16)
    env = dict(os.environ, SENREPORT_HOME=str(home), SENREPORT_HOOK_SECRET=hook_secret,
               SENREPORT_API_TOKEN=api_token)
    sidecar = start_sidecar(port, env, home / "sidecar.log")
    try:
        with WordPressSite.start(args.wordpress, plugin_dir=str(ROOT / "wp-bridge"), constants={
            "SENREPORT_SIDECAR_URL": sidecar_url, "SENREPORT_SHARED_SECRET": hook_secret,
        }) as site:
            cli(["site", "add", "bench", "--url", site.url, "--user", site.user,
                 "--password-env", "BENCH_WP_APP_PASSWORD"],
                dict(env, BENCH_WP_APP_PASSWORD=site.app_password))
            out = cli(["inject", "bench", str(EXAMPLE), "--publish"], env)
            match = re.search(r"page (\d+) \(published\)", out)
            if not match:
                raise SystemExit(f"save_overhead: inject did not publish a page:\n{out}")
            plugin = f"{site.plugins[0]}" if site.plugins else "wp-bridge/senreport-bridge"
            plugin = plugin.removesuffix(".php")
            saver = Saver(site, int(match.group(1)))

            print(f"WordPress {site.wp_version}, wp-bridge ({plugin}), sidecar {sidecar_url}; "
                  f"{args.saves} pairs of saves of a {len(saver.content):,}-byte page "
                  f"after {args.warmup} untimed", flush=True)
            bridge: list[float] = []
            baseline: list[float] = []
            for index in range(args.warmup + args.saves):
                order = (True, False) if index % 2 == 0 else (False, True)
                timed: dict[bool, float] = {}
                for active in order:
                    set_plugin(site, plugin, active)
                    elapsed, page = saver.save()
                    record = stored_record(page) if active else {}
                    if active and record.get("unavailable"):
                        raise SystemExit("save_overhead: the plugin could not reach the sidecar: "
                                         f"{record.get('message')}")
                    if active and "findings" not in record:
                        raise SystemExit("save_overhead: the save stored no check result")
                    timed[active] = elapsed
                if index >= args.warmup:
                    bridge.append(timed[True])
                    baseline.append(timed[False])
                    if args.verbose:
                        print(f"  pair {len(bridge):3d}: bridge {timed[True]:6.1f} ms, "
                              f"deactivated {timed[False]:6.1f} ms", flush=True)
            set_plugin(site, plugin, True)
            added = [b - a for b, a in zip(bridge, baseline, strict=True)]
            print(line("save, wp-bridge + sidecar", bridge))
            print(line("save, wp-bridge deactivated", baseline))
            print(line("added by wp-bridge (paired)", added))

            if args.down:
                stop_sidecar(sidecar)
                down = [saver.save()[0] for _ in range(args.warmup + args.saves)][args.warmup:]
                print(line("save, sidecar stopped", down))
                print(f"{'added with the sidecar stopped':<34} p50 "
                      f"{percentile(down, 0.5) - percentile(baseline, 0.5):7.1f} ms "
                      "(p50 against the deactivated p50)")

            p95 = percentile(added, 0.95)
            verdict = "meets" if p95 < GOAL_MS else "MISSES"
            print(f"added save time p95 {p95:.1f} ms: {verdict} the goal (< {GOAL_MS:.0f} ms)")
            return 0 if p95 < GOAL_MS else 1
    finally:
        stop_sidecar(sidecar)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
