#!/usr/bin/env bash
# Copy the GDS accessibility tool audit's test pages (alphagov/accessibility-tool-audit: 142
# pages, one deliberate barrier each) into .cache/gds-audit/tests (git-ignored), where
# benchmarks/act_accuracy.py scores them. Not needed by the test suite or CI.
#   scripts/gds_audit_pages.sh                 # clone from GitHub
#   scripts/gds_audit_pages.sh PATH_TO_GIT_DIR # or copy from a local clone or mirror
set -euo pipefail
cd "$(dirname "$0")/.."
source="${1:-https://github.com/alphagov/accessibility-tool-audit.git}"
rm -rf .cache/gds-audit && mkdir -p .cache/gds-audit
if [ -d "$source" ]; then
    git --git-dir="$source" archive HEAD tests | tar -x -C .cache/gds-audit
else
    git clone --quiet --depth 1 "$source" .cache/gds-audit/clone
    mv .cache/gds-audit/clone/tests .cache/gds-audit/tests && rm -rf .cache/gds-audit/clone
fi
echo "GDS audit pages in .cache/gds-audit/tests ($(ls .cache/gds-audit/tests | wc -l) files)"
