#!/usr/bin/env python3
"""Checks an executed notebook (ipynb written by dotnet-repl): no cell failed, and every cell marked with a
`//CHART:` comment displayed at least one SVG chart. Usage: notebook_check.py EXECUTED.ipynb REPL_EXIT_CODE"""
import json
import sys


def main():
    path, rc = sys.argv[1], int(sys.argv[2])
    try:
        nb = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"notebook: no executed notebook ({e}); dotnet repl exited {rc}")
        return 1
    code = [c for c in nb["cells"] if c.get("cell_type") == "code"]
    failures = []
    charts = 0
    for i, cell in enumerate(code, 1):
        source = "".join(cell.get("source", []))
        first = next((l for l in source.splitlines() if l.strip() and not l.startswith("//")), "")[:60]
        outputs = cell.get("outputs", [])
        for o in outputs:
            if o.get("output_type") == "error":
                failures.append(f"cell {i} ({first}): {o.get('ename')}: {o.get('evalue')}")
        html = "".join("".join(o.get("data", {}).get("text/html", [])) for o in outputs)
        expected = source.count("//CHART:")
        drawn = html.count("<svg")
        charts += drawn
        if drawn < expected:
            failures.append(f"cell {i} ({first}): {expected} chart(s) expected, {drawn} displayed")
    print(f"notebook: {len(code)} code cells, {charts} charts displayed, {len(failures)} failure(s); dotnet repl exit code {rc}")
    for f in failures:
        print("  FAIL " + f[:2000])
    return 1 if failures or rc != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
