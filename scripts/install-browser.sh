#!/usr/bin/env bash
# Install the browser the end-to-end editor tests drive: Debian's chromium, run headless by
# Playwright through executable_path="/usr/bin/chromium". Playwright's own browser download
# (`playwright install`) is never used: it fetches a build from outside the package registries.
#
# Idempotent: when chromium is already on the PATH it returns at once without touching apt.
# Runs `apt-get update` first only when the package lists have no candidate for chromium.
# Needs root (or sudo).
#
#   scripts/install-browser.sh            # install chromium if missing
#   scripts/install-browser.sh --check    # exit 0 if installed, 1 if not
set -euo pipefail

BROWSER=/usr/bin/chromium

if command -v chromium >/dev/null 2>&1 && [[ -x "$BROWSER" ]]; then
  [[ "${1:-}" == "--check" ]] || echo "install-browser: $(command -v chromium) already installed"
  exit 0
fi
if [[ "${1:-}" == "--check" ]]; then
  echo "install-browser: chromium is not installed" >&2
  exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-browser: must run as root (or have sudo)" >&2; exit 2; }
  SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
# Wait for a concurrent apt/dpkg (another script installing something) instead of failing.
APT=("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)

candidate() {
  apt-cache policy chromium 2>/dev/null | awk '/Candidate:/ {print $2}'
}

cand=$(candidate)
if [[ -z "$cand" || "$cand" == "(none)" ]]; then
  echo "install-browser: the package lists have no chromium; running apt-get update"
  "${APT[@]}" update -q
  cand=$(candidate)
  if [[ -z "$cand" || "$cand" == "(none)" ]]; then
    echo "install-browser: no installable chromium package, even after apt-get update" >&2
    exit 1
  fi
fi

echo "install-browser: installing chromium $cand"
"${APT[@]}" install -y -q --no-install-recommends chromium

if [[ ! -x "$BROWSER" ]]; then
  echo "install-browser: chromium was installed but $BROWSER is missing" >&2
  exit 1
fi
echo "install-browser: $("$BROWSER" --version 2>/dev/null || echo "$BROWSER")"
