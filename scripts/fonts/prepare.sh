#!/usr/bin/env bash
# Prepare the PDF fonts in .cache/fonts/ (idempotent; called by scripts/setup.sh).
# Debian's python3 carries fontTools (python3-fonttools); a python3 earlier on PATH may not.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec /usr/bin/python3 scripts/fonts/prepare.py .cache/fonts
