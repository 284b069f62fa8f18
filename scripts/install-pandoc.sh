#!/usr/bin/env bash
# Install Debian's pandoc, which the document tests use to turn the corpus's web pages into
# Word files as a school's own tools would. Idempotent: returns at once when pandoc is there.
# Runs `apt-get update` first only when the package lists have no candidate. Needs root.
set -euo pipefail

if command -v pandoc >/dev/null 2>&1; then
  exit 0
fi
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-pandoc: must run as root (or have sudo)" >&2; exit 2; }
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
APT=("${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
cand=$(apt-cache policy pandoc 2>/dev/null | awk '/Candidate:/ {print $2}')
if [[ -z "$cand" || "$cand" == "(none)" ]]; then
  "${APT[@]}" update -q
fi
"${APT[@]}" install -y -q --no-install-recommends pandoc
command -v pandoc >/dev/null || { echo "install-pandoc: pandoc is still missing" >&2; exit 1; }
