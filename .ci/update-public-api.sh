#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to <project>/PublicAPI.Unshipped.txt.
# Usage: bash .ci/update-public-api.sh [project-dir]   (default src/Pmo.Core; e.g. src/Pmo.Core.Charts)
# (`dotnet format analyzers --diagnostics RS0016` does the same but sometimes silently skips new files.)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-src/Pmo.Core}
dir=${dir%/}
proj=$(ls "$dir"/*.csproj | head -n 1)
file=$dir/PublicAPI.Unshipped.txt
dotnet build "$proj" -c Release --no-incremental 2>&1 \
  | grep -F "/$(basename "$proj")]" \
  | grep -oE "error RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | sort -u > /tmp/rs0016.$$ || true
if true; then
  { head -n 1 "$file"; { tail -n +2 "$file"; cat /tmp/rs0016.$$; } | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
  echo "added $(wc -l < /tmp/rs0016.$$) symbol(s) to $file"
else
  echo "no undeclared public symbols"
fi
rm -f /tmp/rs0016.$$
