#!/usr/bin/env bash
# Install the Debian 12 packages that a local WordPress needs: WordPress 6.1 itself, PHP 8.2
# with the extensions WordPress uses, MariaDB, and the two default themes the project tests
# with (classic twentytwentyone, block twentytwentythree).
#
# Idempotent: when every package is already installed it returns at once without touching apt.
# Needs root (or sudo) and network access to the Debian package mirror configured in /etc/apt.
#
#   scripts/wordpress/install-packages.sh            # install what is missing
#   scripts/wordpress/install-packages.sh --check    # exit 0 if all installed, 1 if not
set -euo pipefail

PACKAGES=(
  wordpress
  php-cli php-mysql php-xml php-mbstring php-curl php-gd php-intl php-zip
  mariadb-server
  wordpress-theme-twentytwentyone
  wordpress-theme-twentytwentythree
)

missing_packages() {
  local p status
  for p in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || echo "$p"
  done
}

mapfile -t MISSING < <(missing_packages)

if [[ ${#MISSING[@]} -eq 0 ]]; then
  [[ "${1:-}" == "--check" ]] || echo "install-packages: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi
if [[ "${1:-}" == "--check" ]]; then
  echo "install-packages: missing: ${MISSING[*]}" >&2
  exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-packages: must run as root (or have sudo)" >&2; exit 2; }
  SUDO=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
# Wait for a concurrent apt/dpkg (another script installing something) instead of failing.
APT=("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)

have_candidates() {
  local p cand
  for p in "${MISSING[@]}"; do
    cand=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [[ -n "$cand" && "$cand" != "(none)" ]] || return 1
  done
}

updated=0
if ! have_candidates; then
  echo "install-packages: package lists lack some packages; running apt-get update"
  "${APT[@]}" update -q
  updated=1
fi

echo "install-packages: installing ${MISSING[*]}"
if ! "${APT[@]}" install -y -q --no-install-recommends "${MISSING[@]}"; then
  if [[ $updated -eq 1 ]]; then
    exit 1
  fi
  # Stale lists name .deb versions the mirror no longer has: refresh once and retry.
  echo "install-packages: install failed; refreshing package lists and retrying"
  "${APT[@]}" update -q
  "${APT[@]}" install -y -q --no-install-recommends "${MISSING[@]}"
fi

mapfile -t STILL < <(missing_packages)
if [[ ${#STILL[@]} -ne 0 ]]; then
  echo "install-packages: still missing after install: ${STILL[*]}" >&2
  exit 1
fi
echo "install-packages: done"
