#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to src/Pmo.Core/PublicAPI.Unshipped.txt.
# (`dotnet format analyzers --diagnostics RS0016` does the same but sometimes silently skips new files.)
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/Pmo.Core/PublicAPI.Unshipped.txt
dotnet build src/Pmo.Core/Pmo.Core.csproj -c Release --no-incremental 2>&1 \
  | grep -oE "error RS0016: Symbol '.*' is not part of the declared public API" \
  | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
  | sort -u > /tmp/rs0016.$$ || true
if [ -s /tmp/rs0016.$$ ]; then
  { head -n 1 "$file"; { tail -n +2 "$file"; cat /tmp/rs0016.$$; } | sort -u; } > "$file.tmp" && mv "$file.tmp" "$file"
  echo "added $(wc -l < /tmp/rs0016.$$) symbol(s) to $file"
else
  echo "no undeclared public symbols"
fi
rm -f /tmp/rs0016.$$
