"""The main job, end to end: a local WordPress with wp-bridge, the sidecar, a demo report.

1. boots a real WordPress on 127.0.0.1 (Debian's packages; 6.8 by default) with wp-bridge
   active and configured to call the sidecar;
2. starts the sidecar (``senreport serve``) with a fresh home folder;
3. registers the site (``senreport site add``, the application password passed through an
   environment variable) and injects the demo school's report (``senreport inject --publish``);
4. places the Local Offer link site-wide (``POST /v1/sites/demo/local-offer-widget``);
5. checks the published page (``senreport check URL``) and prints its address and findings.

Run through ``./scripts/demo``; ``--keep`` leaves everything running until Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from wordpress_harness import WordPressSite  # noqa: E402

EXAMPLE = ROOT / "senreport" / "examples" / "oakfield-primary.yaml"
SENREPORT = [sys.executable, "-m", "senreport"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(url: str, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=1).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise SystemExit(f"demo: the sidecar did not start at {url}")


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordpress", choices=("6.1", "6.8"), default="6.8")
    parser.add_argument("--keep", action="store_true", help="keep running until Ctrl-C")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="senreport-demo-"))
    port = free_port()
    sidecar_url = f"http://127.0.0.1:{port}"
    hook_secret, api_token = secrets.token_hex(16), secrets.token_hex(16)
    env = dict(os.environ, SENREPORT_HOME=str(home), SENREPORT_HOOK_SECRET=hook_secret,
               SENREPORT_API_TOKEN=api_token)

    step(f"Booting WordPress {args.wordpress} with wp-bridge on 127.0.0.1")
    with WordPressSite.start(args.wordpress, plugin_dir=str(ROOT / "wp-bridge"), constants={
        "SENREPORT_SIDECAR_URL": sidecar_url, "SENREPORT_SHARED_SECRET": hook_secret,
    }) as site:
        print(f"WordPress: {site.url} (admin user {site.user!r}, password {site.password!r})")
        step(f"Starting the sidecar at {sidecar_url}")
        sidecar = subprocess.Popen([*SENREPORT, "serve", "--port", str(port)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_for(f"{sidecar_url}/healthz")
            print("sidecar: healthy")
            step("Registering the site (the application password comes from a variable)")
            run([*SENREPORT, "site", "add", "demo", "--url", site.url, "--user", site.user,
                 "--password-env", "DEMO_WP_APP_PASSWORD"],
                dict(env, DEMO_WP_APP_PASSWORD=site.app_password))
            step(f"Injecting the demo school's report ({EXAMPLE.name})")
            run([*SENREPORT, "inject", "demo", str(EXAMPLE), "--publish"], env)
            step("Placing the Local Offer link site-wide")
            answer = requests.post(
                f"{sidecar_url}/v1/sites/demo/local-offer-widget",
                headers={"Authorization": f"Bearer {api_token}"}, timeout=30,
                json={"authority": "Exampleshire County Council",
                      "url": "https://www.exampleshire.gov.uk/send-local-offer"})
            print(answer.json())
            pages = requests.get(site.rest_url("wp/v2/pages"), timeout=10,
                                 params={"slug": "sen-information-report"}).json()
            link = pages[0]["link"]
            step("What wp-bridge stored for editors when the page was saved")
            saved = requests.get(site.rest_url(f"wp/v2/pages/{pages[0]['id']}"), timeout=10,
                                 params={"context": "edit"}, auth=site.auth).json()
            stored = saved.get("meta", {}).get("senreport_findings") or "(nothing stored)"
            print(f"post meta senreport_findings: {str(stored)[:300]}")
            step(f"The published page: {link}")
            status = run([*SENREPORT, "check", link, "--allow-private"], env, check=False)
            if args.keep:
                print("\nEverything is running. Press Ctrl-C to stop.", flush=True)
                try:
                    while True:
                        time.sleep(3600)
                except KeyboardInterrupt:
                    pass
            return status
        finally:
            sidecar.terminate()
            try:
                sidecar.wait(timeout=10)
            except subprocess.TimeoutExpired:
                sidecar.kill()


def run(command: list[str], env: dict[str, str], check: bool = True) -> int:
    result = subprocess.run(command, env=env, text=True, capture_output=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if check and result.returncode != 0:
        raise SystemExit(f"demo: {' '.join(command[2:4])} failed (exit {result.returncode})")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
