#!/usr/bin/env bash
# Make .venv with senreport and its test dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    # Debian's own Python 3.11, where the machine has it: built with its optimisations, it
    # checks a report 12-15 % faster than a Python built without them (benchmarks/speed.py).
    # Any other Python 3.11 with venv does the same work.
    if [ -x /usr/bin/python3.11 ] && /usr/bin/python3.11 -m venv .venv 2>/dev/null; then
        :
    else
        rm -rf .venv
        python3 -m venv .venv
    fi
fi
stamp=.venv/.senreport-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/pip install --quiet --disable-pip-version-check -e '.[test]'
    touch "$stamp"
fi
