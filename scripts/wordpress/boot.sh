#!/usr/bin/env bash
# Boot a throwaway local WordPress site on 127.0.0.1 and keep it running until Ctrl-C / SIGTERM.
# Installs the Debian packages (install-packages.sh) and fetches 6.8 (fetch-wp68.sh) on demand.
#
#   scripts/wordpress/boot.sh --version 6.8 --port 8881 [--plugin wp-bridge] \
#       [--theme twentytwentyfive] [--workdir DIR] [--define NAME=VALUE] [--keep] [--json]
#
# Prints the URL, the admin user and password, and an application password for REST Basic auth.
# The work is done by tests/wordpress_harness.py (the tests' WordPressSite).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec python3 "$REPO/tests/wordpress_harness.py" "$@"
