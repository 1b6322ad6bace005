#!/usr/bin/env python3
"""Generate docs/data/sample-portfolio.json, the bundled demo portfolio of `pmo report`.

Deterministic (seeded) and dependency-free: `python3 docs/data/generate_sample.py` rewrites the file byte for byte.
The data is invented but shaped like a real PMO's monthly status pack:

* monthly time-phased baselines whose cumulative PV follows an S-curve (smoothstep 3x^2 - 2x^3 blended with a
  straight line), whole euros, the last period absorbing the rounding so that the periods sum to BAC exactly;
* a monthly cumulative status history per started project up to the portfolio status date 2026-10-31: EV follows
  the baseline S-curve at a project-specific schedule efficiency, AC = EV / CPI, both with small seeded noise on the
  monthly increments (so the cumulative series never decrease);
* the edge cases the report must show: ahead/behind schedule, over/under budget, one finished late, one not started,
  one re-baselined (two versions with reasons), one with management reserve and an over-target amount, one with a
  bottom-up ETC.
"""

import calendar
import datetime as dt
import json
import pathlib
import random

STATUS_DATE = dt.date(2026, 10, 31)
SEED = 20261031


def month_end(year, month):
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(d, n):
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


def s_curve(x):
    x = min(max(x, 0.0), 1.0)
    return 0.8 * (3 * x * x - 2 * x * x * x) + 0.2 * x


def baseline(start, months, bac):
    """Monthly periods from `start` (a first of month); PV per period, whole euros, summing to BAC."""
    periods = []
    cum_prev = 0
    for i in range(1, months + 1):
        cum = bac if i == months else round(bac * s_curve(i / months))
        end = month_end(add_months(start, i - 1).year, add_months(start, i - 1).month)
        periods.append({"end": end.isoformat(), "pv": cum - cum_prev})
        cum_prev = cum
    return periods


def history(rng, start, months, bac, spi, cpi, noise=0.04, cpi_drift=0.0, finish_flat=False):
    """Monthly cumulative (date, ev, ac) from the first month end after `start` through STATUS_DATE inclusive.

    EV at month k = BAC * S(k * spi / months) (capped at BAC); AC increments = EV increments / CPI_k with noise,
    CPI_k drifting linearly by `cpi_drift` over the project. Returns the list; its last point is the status.
    """
    points = []
    ev_prev = 0.0
    ac_prev = 0.0
    k = 0
    while True:
        k += 1
        d = add_months(start, k - 1)
        end = month_end(d.year, d.month)
        if end > STATUS_DATE:
            break
        target_ev = min(bac, bac * s_curve(k * spi / months))
        inc_ev = max(0.0, (target_ev - ev_prev) * (1 + rng.uniform(-noise, noise)))
        ev = min(bac, ev_prev + inc_ev)
        if finish_flat and target_ev >= bac:
            ev = float(bac)
        cpi_k = cpi + cpi_drift * min(1.0, k / months)
        inc_ac = (ev - ev_prev) / cpi_k * (1 + rng.uniform(-noise, noise))
        if ev - ev_prev == 0 and ev >= bac:
            inc_ac = 0.0  # finished: no more cost booked
        ac = ac_prev + max(0.0, inc_ac)
        ev_r, ac_r = round(ev), round(ac)
        points.append({"date": end.isoformat(), "ev": ev_r, "ac": ac_r})
        ev_prev, ac_prev = ev, ac
    return points


def status_from(points, bottom_up_etc=None):
    if not points:
        status = {"ev": 0, "ac": 0}
    else:
        last = points[-1]
        assert last["date"] == STATUS_DATE.isoformat()
        status = {"ev": last["ev"], "ac": last["ac"], "history": points[:-1]}
    if bottom_up_etc is not None:
        status["bottomUpEtc"] = bottom_up_etc
    return status


def project(pid, name, programme, baselines, status, mr=0, ota=0, options=None):
    p = {"id": pid, "name": name, "programme": programme}
    if mr:
        p["managementReserve"] = mr
    if ota:
        p["overTargetAmount"] = ota
    p["baselines"] = baselines
    p["status"] = status
    if options:
        p["options"] = options
    return p


def bl(version, approved, reason, start, months, bac):
    return {"version": version, "approvedOn": approved, "reason": reason, "start": start.isoformat(),
            "periods": baseline(start, months, bac)}


def main():
    rng = random.Random(SEED)
    projects = []

    # Digital Channels
    s = dt.date(2025, 11, 1)
    projects.append(project("DC-01", "Mobile Banking App 3.0", "DC",
                            [bl(1, "2025-10-20", "Initial baseline", s, 18, 2_400_000)],
                            status_from(history(rng, s, 18, 2_400_000, spi=0.86, cpi=0.93, cpi_drift=-0.03))))
    s = dt.date(2026, 1, 1)
    projects.append(project("DC-02", "Customer Portal Redesign", "DC",
                            [bl(1, "2025-12-15", "Initial baseline", s, 12, 850_000)],
                            status_from(history(rng, s, 12, 850_000, spi=1.07, cpi=1.05))))
    s = dt.date(2027, 1, 1)
    projects.append(project("DC-03", "Contact Centre Virtual Agent", "DC",
                            [bl(1, "2026-09-28", "Initial baseline (approved ahead of 2027 start)", s, 9, 420_000)],
                            status_from([])))
    s = dt.date(2025, 3, 1)
    projects.append(project("DC-04", "Web Analytics Platform", "DC",
                            [bl(1, "2025-02-17", "Initial baseline", s, 10, 380_000)],
                            status_from(history(rng, s, 10, 380_000, spi=10 / 14, cpi=0.92, finish_flat=True))))

    # Core Systems Modernisation
    s = dt.date(2025, 4, 1)
    projects.append(project("CSM-01", "Core Banking Replacement", "CSM",
                            [bl(1, "2025-03-14", "Initial baseline", s, 24, 6_000_000)],
                            status_from(history(rng, s, 24, 6_000_000, spi=0.92, cpi=0.88, cpi_drift=-0.04)),
                            mr=450_000, ota=300_000))
    s = dt.date(2025, 9, 1)
    v1 = bl(1, "2025-08-18", "Initial baseline", s, 12, 1_500_000)
    v2 = bl(2, "2026-03-20", "Re-plan: regulatory reporting feeds added to scope (CR-114) and vendor delay; +3 months",
            s, 15, 1_800_000)
    projects.append(project("CSM-02", "Data Warehouse Migration", "CSM", [v1, v2],
                            status_from(history(rng, s, 15, 1_800_000, spi=0.97, cpi=0.95))))
    s = dt.date(2026, 2, 1)
    projects.append(project("CSM-03", "Identity & Access Management", "CSM",
                            [bl(1, "2026-01-22", "Initial baseline", s, 14, 950_000)],
                            status_from(history(rng, s, 14, 950_000, spi=1.04, cpi=1.08), bottom_up_etc=280_000)))
    s = dt.date(2026, 9, 1)
    projects.append(project("CSM-04", "API Gateway Consolidation", "CSM",
                            [bl(1, "2026-08-24", "Initial baseline", s, 6, 150_000)],
                            status_from(history(rng, s, 6, 150_000, spi=0.95, cpi=0.90))))

    # Regulatory & Compliance
    s = dt.date(2025, 7, 1)
    projects.append(project("RC-01", "DORA Operational Resilience", "RC",
                            [bl(1, "2025-06-16", "Initial baseline", s, 20, 1_200_000)],
                            status_from(history(rng, s, 20, 1_200_000, spi=0.99, cpi=1.01, noise=0.02))))
    s = dt.date(2026, 3, 1)
    projects.append(project("RC-02", "GDPR Records Retention", "RC",
                            [bl(1, "2026-02-16", "Initial baseline", s, 8, 300_000)],
                            status_from(history(rng, s, 8, 300_000, spi=0.80, cpi=0.96))))

    portfolio = {
        "name": "Northwind Bank Change Portfolio",
        "currency": "EUR",
        "statusDate": STATUS_DATE.isoformat(),
        "programmes": [
            {"id": "DC", "name": "Digital Channels"},
            {"id": "CSM", "name": "Core Systems Modernisation"},
            {"id": "RC", "name": "Regulatory & Compliance"},
        ],
        "projects": projects,
    }
    out = pathlib.Path(__file__).with_name("sample-portfolio.json")
    out.write_text(dump(portfolio) + "\n", encoding="utf-8", newline="\n")

    # A single-project input for `pmo evm`: the re-baselined data warehouse migration, with its own status date.
    single = dict(next(p for p in projects if p["id"] == "CSM-02"))
    single = {"id": single["id"], "name": single["name"], "programme": single["programme"], "currency": "EUR",
              "statusDate": STATUS_DATE.isoformat(), **{k: v for k, v in single.items() if k not in ("id", "name", "programme")}}
    pathlib.Path(__file__).with_name("sample-project.json").write_text(dump(single) + "\n", encoding="utf-8", newline="\n")


def dump(value, indent=0):
    """JSON with two-space indentation, but each period and history point on one line."""
    pad = "  " * indent
    if isinstance(value, dict):
        if value and all(not isinstance(v, (dict, list)) for v in value.values()) and ("end" in value or "date" in value or "id" in value and len(value) == 2):
            return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
        items = [f'{pad}  {json.dumps(k)}: {dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [pad + "  " + dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


if __name__ == "__main__":
    main()
