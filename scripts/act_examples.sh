#!/usr/bin/env bash
# Copy the W3C ACT rules' own examples into .cache/act/_rules (git-ignored), where
# benchmarks/act_accuracy.py scores them. Not needed by the test suite or CI.
#   scripts/act_examples.sh                 # clone from GitHub
#   scripts/act_examples.sh PATH_TO_GIT_DIR # or copy from a local clone or mirror
set -euo pipefail
cd "$(dirname "$0")/.."
source="${1:-https://github.com/act-rules/act-rules.github.io.git}"
rm -rf .cache/act && mkdir -p .cache/act
if [ -d "$source" ]; then
    git --git-dir="$source" archive HEAD _rules | tar -x -C .cache/act
else
    git clone --quiet --depth 1 "$source" .cache/act/clone
    mv .cache/act/clone/_rules .cache/act/_rules && rm -rf .cache/act/clone
fi
echo "ACT examples in .cache/act/_rules ($(ls .cache/act/_rules | wc -l) files)"
