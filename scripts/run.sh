#!/usr/bin/env bash
# Install what is needed, then open OCRDesk (arguments are passed on: image files to open).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/ocrdesk "$@"
