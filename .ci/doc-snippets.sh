#!/usr/bin/env bash
# Compile and run every C# block of docs/**/*.md (see .ci/doc-snippets.py and docs/README.md, "Writing docs").
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 .ci/doc-snippets.py "$@"
