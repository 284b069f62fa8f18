#!/usr/bin/env bash
# Install Debian's redis-server: the task queue of `senreport audit --queue` and `senreport
# worker`, and the real Redis the queue tests start on 127.0.0.1 (tests/redis_harness.py).
# Only the binary is wanted: the package's own service is stopped and disabled again if the
# install started it, so that nothing listens until a test or an operator starts one.
#
# Idempotent: when redis-server is already on the PATH it returns at once without touching apt.
# Runs `apt-get update` first only when the package lists have no candidate for redis-server.
# Needs root (or sudo).
#
#   scripts/redis/install.sh            # install redis-server if missing
#   scripts/redis/install.sh --check    # exit 0 if installed, 1 if not
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  [[ "${1:-}" == "--check" ]] || echo "redis/install: $(command -v redis-server) already installed"
  exit 0
fi
if [[ "${1:-}" == "--check" ]]; then
  echo "redis/install: redis-server is not installed" >&2
  exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "redis/install: must run as root (or have sudo)" >&2; exit 2; }
  SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
# Wait for a concurrent apt/dpkg (another script installing something) instead of failing.
APT=("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)

candidate() {
  apt-cache policy redis-server 2>/dev/null | awk '/Candidate:/ {print $2}'
}

cand=$(candidate)
if [[ -z "$cand" || "$cand" == "(none)" ]]; then
  echo "redis/install: the package lists have no redis-server; running apt-get update"
  "${APT[@]}" update -q
  cand=$(candidate)
  if [[ -z "$cand" || "$cand" == "(none)" ]]; then
    echo "redis/install: no installable redis-server package, even after apt-get update" >&2
    exit 1
  fi
fi

echo "redis/install: installing redis-server $cand"
"${APT[@]}" install -y -q --no-install-recommends redis-server redis-tools

# The package may have started its own service (on 6379): stop it; tests start their own.
if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
  "${SUDO[@]}" systemctl disable --now redis-server >/dev/null 2>&1 || true
elif [[ -s /run/redis/redis-server.pid ]]; then
  "${SUDO[@]}" service redis-server stop >/dev/null 2>&1 || true
fi
command -v redis-server >/dev/null || { echo "redis/install: redis-server missing after install" >&2; exit 1; }
echo "redis/install: $(redis-server --version)"
