#!/usr/bin/env python3
"""Renders the HTML report in headless Chromium and checks what a reader would see (issue 8 section 3).

Usage: browser_check.py REPORT.html REPORT.txt OUTDIR

REPORT.txt is the plain-text report of the same portfolio: its level-2 headings (underlined with '-') are the
sections the HTML page must render. Checks, on the page as Chromium lays it out:
  * no script errors (uncaught exceptions, console errors) while loading and laying out the page;
  * every section of the text report is a <section> of the page, in the same order, with a non-empty box;
  * every chart is an inline <svg> with a drawn box of at least 200 x 100 CSS px and drawn content (paths/lines);
  * every section in EXPECT_CHARTS has at least that many charts;
  * the page requests no resource at all besides itself (offline, self-contained);
  * it prints: --print-to-pdf gives a PDF of more than one page. A screenshot is kept for people.
Exit code 0 when all checks pass; 1 with the failed checks listed otherwise.
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

# Sections that must carry charts (heading prefix -> minimum number of charts).
EXPECT_CHARTS = {
    "Digital Channels": 2, "Core Systems Modernisation": 4, "Regulatory & Compliance": 2,  # S-curves
    "Control-chart signals": 1,                                                          # XmR charts
    "Risks": 3,                                                                          # heat maps (2), burndown
    "Schedule and cost risk": 6,                                                         # histogram, S-curve, tornado per network
    "Prioritization": 2,                                                                 # ranking, frontier
    "Resource capacity": 1,                                                              # heat map
}

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
         "--enable-logging=stderr", "--v=0"]

PROBE_HEAD = "<script>window.__pmoErrors=[];addEventListener('error',function(e){__pmoErrors.push(String(e.message||e.type));},true);" \
             "(function(){var o=console.error;console.error=function(){__pmoErrors.push('console.error: '+Array.prototype.join.call(arguments,' '));o.apply(console,arguments);};})();</script>"

PROBE_BODY = """<script>
addEventListener('load', function () {
  var r = { errors: window.__pmoErrors, sections: [], resources: [], title: document.title };
  document.querySelectorAll('main section').forEach(function (s) {
    var box = s.getBoundingClientRect();
    var charts = [];
    s.querySelectorAll('figure.chart').forEach(function (f) {
      var svg = f.querySelector('svg');
      if (!svg) { charts.push({ width: 0, height: 0, drawn: 0 }); return; }
      var b = svg.getBoundingClientRect();
      charts.push({ width: b.width, height: b.height,
        drawn: svg.querySelectorAll('path,polyline,polygon,line,rect,circle,ellipse,text').length });
    });
    var h = s.querySelector('h2');
    r.sections.push({ heading: h ? h.textContent : '', width: box.width, height: box.height, charts: charts });
  });
  performance.getEntriesByType('resource').forEach(function (e) { r.resources.push(e.name); });
  document.body.setAttribute('data-pmo-check', JSON.stringify(r));
});
</script>"""


def chromium(args, log_path):
    exe = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with tempfile.TemporaryDirectory() as profile, open(log_path, "w") as log:
        return subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", *args], stdout=subprocess.PIPE,
                              stderr=log, timeout=180, check=False)


def console_errors(log_path):
    bad = []
    with open(log_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if "CONSOLE" in line and ("Uncaught" in line or ":ERROR:" in line):
                bad.append(line.strip())
    return bad


def main():
    report, text, out = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    page = open(report, encoding="utf-8").read()
    lines = open(text, encoding="utf-8").read().split("\n")
    expected = [lines[i] for i in range(len(lines) - 1)
                if lines[i] and set(lines[i + 1]) == {"-"} and len(lines[i + 1]) == len(lines[i])]
    failures = []

    if "<head>" not in page or "</body>" not in page:
        print("browser check: the report has no <head> or </body>")
        return 1
    probe = page.replace("<head>", "<head>" + PROBE_HEAD, 1).replace("</body>", PROBE_BODY + "</body>", 1)
    probe_path = os.path.join(out, "report-probe.html")
    with open(probe_path, "w", encoding="utf-8") as f:
        f.write(probe)

    dom = chromium(["--virtual-time-budget=10000", "--window-size=1280,900", "--dump-dom",
                    "file://" + os.path.abspath(probe_path)], os.path.join(out, "chromium-probe.log"))
    m = re.search(r'data-pmo-check="([^"]*)"', dom.stdout.decode("utf-8", "replace"))
    if dom.returncode != 0 or not m:
        print(f"browser check: Chromium exited {dom.returncode} without the probe's result (see {out}/chromium-probe.log)")
        return 1
    r = json.loads(html.unescape(m.group(1)))
    failures += [f"script error: {e}" for e in r["errors"]]
    failures += [f"console: {e}" for e in console_errors(os.path.join(out, "chromium-probe.log"))]
    failures += [f"page requested a resource: {u}" for u in r["resources"]]

    got = [s["heading"] for s in r["sections"]]
    if got != expected:
        failures.append(f"sections differ from the text report:\n    text: {expected}\n    html: {got}")
    charts = 0
    for s in r["sections"]:
        if s["width"] <= 0 or s["height"] <= 0:
            failures.append(f"section '{s['heading']}' has an empty box")
        for i, c in enumerate(s["charts"]):
            charts += 1
            if c["width"] < 200 or c["height"] < 100 or c["drawn"] < 5:
                failures.append(f"chart {i + 1} of '{s['heading']}' is not drawn ({c})")
    for prefix, n in EXPECT_CHARTS.items():
        found = [s for s in r["sections"] if s["heading"].startswith(prefix)]
        if not found:
            failures.append(f"no section '{prefix}…'")
        elif sum(len(s["charts"]) for s in found) < n:
            failures.append(f"section '{prefix}…' has {sum(len(s['charts']) for s in found)} chart(s), expected at least {n}")

    # The page itself (no probe): a screenshot for people, and a PDF for print.
    url = "file://" + os.path.abspath(report)
    shot = chromium(["--window-size=1280,2400", f"--screenshot={os.path.join(out, 'report.png')}", url],
                    os.path.join(out, "chromium-screenshot.log"))
    failures += [f"console (screenshot run): {e}" for e in console_errors(os.path.join(out, "chromium-screenshot.log"))]
    if shot.returncode != 0 or not os.path.exists(os.path.join(out, "report.png")):
        failures.append("no screenshot")
    pdf_path = os.path.join(out, "report.pdf")
    pdf = chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", url], os.path.join(out, "chromium-pdf.log"))
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", open(pdf_path, "rb").read())) if os.path.exists(pdf_path) else 0
    if pdf.returncode != 0 or pages < 2:
        failures.append(f"print to PDF gave {pages} page(s)")

    print(f"browser check: {len(r['sections'])} sections, {charts} charts, {pages} printed pages, "
          f"{len(r['errors'])} script errors, {len(r['resources'])} external requests")
    for f in failures:
        print("  FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
