#!/usr/bin/env bash
# Install what is needed, then run every check: lint, the import contracts, types, the test suite.
# Extra arguments go to pytest (e.g. scripts/test.sh -k export).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== import contracts"
.venv/bin/lint-imports
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
exec .venv/bin/python -m pytest "$@"
