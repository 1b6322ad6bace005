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
  bottom-up ETC;
* KPIs (issue 3), drawn from a second seeded generator so that the earned-value data above is unchanged: monthly
  histories of non-EV KPIs (milestone on-time rate, rework, utilisation, say/do, risk exposure, a quarterly custom
  satisfaction score; CSM-02 also reports quarterly scope growth) for every started project (CPI, SPI, SPI(t), TCPI and VAC are derived by the CLI from the
  EV history), per-project targets, one custom KPI definition with explicit bands and effective-dated targets, a
  shift of 8 points in DC-01's rework (an SPC signal), a point outside the limits in CSM-01's risk exposure, and
  CSM-01's milestone on-time rate, stable around 70 % against a 90 % target (assurance: consistently fail);
* benefits cash flows for eight projects (RC-01's have two IRRs, CSM-03's are dated), and flow items for three agile
  projects (DC-01, DC-02, CSM-03) with a Monte Carlo delivery forecast; portfolio holidays for the working calendar;
* risk registers (issue 4, a fourth seeded generator) for every started, unfinished project: five to eight threats and
  opportunities from a template list, sized against the project's BAC, with inherent assessments, one response each
  (mitigate, transfer or enhance; some overdue), an explicit residual for about a third (the rest computed from the
  responses), a few closed or occurred, month-end snapshots since May 2026 drifting from inherent to residual, and a
  portfolio risk model and appetite;
* schedule-risk models (issue 6) for CSM-01 and DC-02: activity networks with three-point durations, SS/FF links with
  lags, milestones, cost rates, a productivity driver and correlation pairs; their register risks name the activities
  they hit (activityIds) and enter the simulation pre- (inherent) and post-mitigation (residual) through fromRegister;
  plus docs/data/sample-schedule.json, a standalone `pmo simulate` input (a data-centre build) with explicit risk events
  and their post-mitigation values. Three-point estimates are written as Beta-PERT specs (shape 4) by
  default; run with --triangular to write triangular specs instead.
"""

import calendar
import datetime as dt
import json
import pathlib
import random
import sys

STATUS_DATE = dt.date(2026, 10, 31)
SEED = 20261031
# Three-point estimates: "betaPert" (default) or "triangular" (python3 generate_sample.py --triangular).
THREE_POINT = "triangular" if "--triangular" in sys.argv[1:] else "betaPert"


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


def status_from(points, bottom_up_etc=None, bac_finish=None):
    if not points:
        status = {"ev": 0, "ac": 0}
    else:
        last = points[-1]
        assert last["date"] == STATUS_DATE.isoformat()
        status = {"ev": last["ev"], "ac": last["ac"], "history": points[:-1]}
    if bottom_up_etc is not None:
        status["bottomUpEtc"] = bottom_up_etc
    if bac_finish is not None:
        # The first status point at which EV reached BAC is the actual finish.
        status["actualFinish"] = next(pt["date"] for pt in points if pt["ev"] >= bac_finish)
    return status


def month_ends(first, last):
    """Month ends from the month of `first` through `last` (inclusive) as dates."""
    out = []
    d = dt.date(first.year, first.month, 1)
    while True:
        e = month_end(d.year, d.month)
        if e > last:
            return out
        out.append(e)
        d = add_months(d, 1)


def kpi_history(rng, pid, points):
    """Monthly non-EV KPI observations of a started project; `points` are its EV status points (month ends)."""
    dates = [dt.date.fromisoformat(p["date"]) for p in points]
    obs = []
    n = len(dates)
    for k, d in enumerate(dates):
        iso = d.isoformat()
        # Milestone on-time rate: milestones met on time / due this month (a ratio, so roll-ups are ratios of sums).
        due = 4 + rng.randrange(4)
        if pid == "CSM-01":
            met = round(due * 10 * 0.70 + rng.uniform(-2.5, 2.5))  # stable near 70 %: the 90 % target is out of reach
            due *= 10
        else:
            met = max(0, due - (1 if rng.random() < 0.35 else 0) - (1 if rng.random() < 0.1 else 0))
        obs.append({"kpi": "milestone-on-time", "date": iso, "numerator": met, "denominator": due})
        # Rework %: rework hours / total hours. DC-01 shifts from ~4 % to ~8 % after month 4 (8 points above the mean).
        total = 1600 + rng.randrange(400)
        base = 0.04 if not (pid == "DC-01" and k >= n - 8) else 0.085
        obs.append({"kpi": "rework", "date": iso, "numerator": round(total * (base + rng.uniform(-0.008, 0.008))), "denominator": total})
        # Resource utilisation: booked / available hours, target band 70-90 %.
        avail = 3200
        util = 0.82 + rng.uniform(-0.05, 0.05) + (0.07 if pid in ("CSM-01", "DC-01") else 0)
        obs.append({"kpi": "utilisation", "date": iso, "numerator": round(avail * util), "denominator": avail})
        # Say/do: items completed / items committed for the month (SAFe predictability).
        committed = 20 + rng.randrange(10)
        done = min(committed, round(committed * (0.88 + rng.uniform(-0.08, 0.08) - (0.12 if pid == "CSM-02" else 0))))
        obs.append({"kpi": "say-do", "date": iso, "numerator": done, "denominator": committed})
        # Scope growth (cumulative change to the baseline scope) is reported quarterly by the re-planned CSM-02 only.
        if pid == "CSM-02" and d.month % 3 == 0:
            obs.append({"kpi": "scope-growth", "date": iso, "value": round(0.02 * (k + 1) + rng.uniform(0, 0.01), 4)})
        # Risk exposure / remaining contingency; CSM-01 spikes in its last month (a point outside the limits).
        exposure = 0.55 + rng.uniform(-0.06, 0.06) + (0.45 if pid == "CSM-01" and k == n - 1 else 0)
        obs.append({"kpi": "risk-exposure", "date": iso, "value": round(exposure, 3)})
        # Stakeholder satisfaction (a custom KPI, quarterly survey): only at quarter ends.
        if d.month % 3 == 0:
            score = 4.1 + rng.uniform(-0.3, 0.3) - (0.5 if pid == "DC-01" else 0)
            obs.append({"kpi": "satisfaction", "date": iso, "value": round(score, 2)})
    return obs


KPI_TARGETS = [
    {"kpi": "cpi", "value": 1.0},
    {"kpi": "spi", "value": 1.0},
    {"kpi": "milestone-on-time", "value": 0.9},
    {"kpi": "rework", "value": 0.05},
    {"kpi": "risk-exposure", "value": 0.8},
]


def benefits(flows, rate=0.08, **extra):
    return {"discountRate": rate, "convention": extra.pop("convention", "firstFlowAtTimeZero"), "cashFlows": flows, **extra}


def flow(rng, first_start, last_start, per_day, remaining, seed):
    """Work items started between two dates (about `per_day` a working day), cycle times 2-20 days; later ones open."""
    items = []
    d = first_start
    i = 0
    while d <= last_start:
        if d.weekday() < 5:
            for _ in range(per_day if rng.random() < 0.8 else per_day + 1):
                i += 1
                ct = min(40, int(rng.lognormvariate(1.9, 0.55)) + 1)
                fin = d + dt.timedelta(days=ct - 1)
                while fin.weekday() >= 5:
                    fin += dt.timedelta(days=1)
                item = {"id": f"{i:03d}", "start": d.isoformat()}
                if fin <= STATUS_DATE:
                    item["finish"] = fin.isoformat()
                items.append(item)
        d += dt.timedelta(days=1)
    f = {"items": items}
    if remaining is not None:
        f["remainingItems"] = remaining
    f.update({"sleConfidence": 0.85, "forecastTrials": 10000, "seed": seed})
    return f


# Issue 4: risk templates (title, kind, category, cost impact as a fraction of BAC, schedule impact in days).
RISK_TEMPLATES = [
    ("Key supplier delivers late", "threat", "commercial", 0.12, 60),
    ("Integration with legacy systems harder than estimated", "threat", "technical", 0.25, 90),
    ("Scarce specialists leave the team", "threat", "resources", 0.10, 45),
    ("Regulator changes requirements mid-project", "threat", "regulatory", 0.20, 100),
    ("Test environments unavailable", "threat", "technical", 0.05, 30),
    ("Data quality worse than assumed", "threat", "technical", 0.15, 60),
    ("Business users not available for acceptance", "threat", "organisational", 0.04, 40),
    ("Vendor licence price increase", "threat", "commercial", 0.08, 0),
    ("Security findings delay go-live", "threat", "security", 0.06, 70),
    ("Reuse components from a sister project", "opportunity", "technical", 0.10, 30),
    ("Volume discount on cloud capacity", "opportunity", "commercial", 0.06, 0),
    ("Early release of scarce staff from another programme", "opportunity", "resources", 0.04, 25),
]
OWNERS = ["Project manager", "Solution architect", "Procurement lead", "Test manager", "Business lead", "Security officer"]


def round_to(x, step):
    return int(round(x / step) * step)


def risk_register(rng, pid, start, bac, months):
    """Five to eight risks with responses, and month-end snapshots over the last six months."""
    first = max(start, dt.date(2026, 5, 1))
    picks = rng.sample(range(len(RISK_TEMPLATES)), rng.randint(5, 8))
    risks, shapes = [], []
    for n, k in enumerate(sorted(picks), start=1):
        title, kind, category, cost_frac, days = RISK_TEMPLATES[k]
        rid = f"{pid}-R{n:02d}"
        identified = start + dt.timedelta(days=rng.randint(0, max(1, (STATUS_DATE - start).days - 20)))
        p0 = rng.choice([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
        cost = round_to(bac * cost_frac * rng.uniform(0.6, 1.6), 1000)
        sched = round_to(days * rng.uniform(0.6, 1.4), 1) if days else 0
        impacts = {"cost": cost} if not sched else {"cost": cost, "schedule": sched}
        r = {"id": rid, "title": title, "kind": kind, "category": category, "owner": rng.choice(OWNERS),
             "status": "open", "identified": identified.isoformat()}
        if rng.random() < 0.4:
            w0 = STATUS_DATE + dt.timedelta(days=rng.randint(-20, 90))
            r["proximity"] = {"from": w0.isoformat(), "to": (w0 + dt.timedelta(days=rng.randint(30, 90))).isoformat()}
        r["inherent"] = {"probability": p0, "impacts": impacts}
        due = identified + dt.timedelta(days=rng.randint(30, 150))
        overdue = due < STATUS_DATE
        status = rng.choice(["done", "inProgress", "planned"]) if overdue else rng.choice(["planned", "inProgress"])
        owner = rng.choice(OWNERS)
        rcost = round_to(cost * rng.uniform(0.05, 0.2), 500)
        if kind == "threat":
            pf, cf = round(rng.uniform(0.4, 0.8), 2), round(rng.uniform(0.5, 0.9), 2)
            if rng.random() < 0.25:
                resp = {"strategy": "transfer", "cost": rcost, "owner": owner, "due": due.isoformat(), "status": status,
                        "coverage": round(rng.uniform(0.5, 0.8), 2)}
            else:
                resp = {"strategy": "mitigate", "cost": rcost, "owner": owner, "due": due.isoformat(), "status": status,
                        "probabilityFactor": pf, "impactFactors": {"cost": cf}}
            residual_p = round(p0 * pf, 2) if resp["strategy"] == "mitigate" else p0
        else:
            pf = round(rng.uniform(1.1, 1.4), 2)
            resp = {"strategy": "enhance", "cost": rcost, "owner": owner, "due": due.isoformat(), "status": status,
                    "probabilityFactor": pf}
            residual_p = min(1.0, round(p0 * pf, 2))
        r["responses"] = [resp]
        if rng.random() < 0.35:  # an explicit, assessed residual rather than the computed one
            r["residual"] = {"probability": residual_p, "impacts": {d: round_to(v * rng.uniform(0.5, 0.9), 1000 if d == "cost" else 1)
                                                                    for d, v in impacts.items()}}
        if rng.random() < 0.12:
            r["status"] = rng.choice(["closed", "occurred"])
        risks.append(r)
        shapes.append((rid, identified, p0, residual_p, impacts, r["status"]))
    snapshots = []
    dates = month_ends(first, STATUS_DATE)
    for i, d in enumerate(dates):
        t = (i + 1) / len(dates)
        items = []
        for rid, identified, p0, p1, impacts, status in shapes:
            if identified > d:
                continue
            prob = min(1.0, max(0.0, round(p0 + (p1 - p0) * t + rng.uniform(-0.05, 0.05), 2)))
            imp = {k: round_to(v * (1 - 0.25 * t) * rng.uniform(0.95, 1.05), 1000 if k == "cost" else 1) for k, v in impacts.items()}
            item = {"id": rid, "probability": prob, "impacts": imp}
            if status != "open" and i == len(dates) - 1:
                item["status"] = status
            items.append(item)
        snapshots.append({"date": d.isoformat(), "risks": items})
    return risks, snapshots


def three_point(lo, ml, hi):
    """A three-point duration estimate (working days) as a distribution spec of the chosen THREE_POINT type."""
    return {"type": THREE_POINT, "min": lo, "mode": ml, "max": hi}


def network(rows, links):
    """rows: (id, name, min, most likely, max, cost rate per working day, fixed cost); links: (pred, succ, type, lag)."""
    acts = []
    for aid, name, lo, ml, hi, rate, fixed in rows:
        a = {"id": aid, "name": name, "duration": ml}
        if hi > lo:
            a["distribution"] = three_point(lo, ml, hi)
        if fixed:
            a["fixedCost"] = fixed
        if rate:
            a["costRate"] = rate
        acts.append(a)
    out = []
    for pred, succ, typ, lag in links:
        link = {"predecessor": pred, "successor": succ}
        if typ != "FS":
            link["type"] = typ
        if lag:
            link["lag"] = lag
        out.append(link)
    return acts, out


# Issue 6: the Core Banking Replacement (CSM-01) network, working days from the baseline start.
CSM01_ROWS = [
    ("A010", "Mobilisation", 16, 20, 27, 3_000, 0),
    ("A020", "Requirements and fit-gap", 67, 80, 113, 6_000, 0),
    ("A030", "Vendor selection and contract", 40, 53, 93, 1_900, 250_000),
    ("M040", "Milestone: contract signed", 0, 0, 0, 0, 0),
    ("A050", "Solution architecture", 40, 47, 73, 4_500, 0),
    ("A060", "Infrastructure provisioning", 47, 60, 100, 1_500, 450_000),
    ("A070", "Core platform configuration", 133, 160, 227, 7_500, 0),
    ("A080", "Interfaces and integration build", 120, 147, 227, 6_400, 0),
    ("A090", "Data migration design", 47, 53, 80, 3_000, 0),
    ("A100", "Data migration build and trial loads", 100, 120, 187, 4_500, 0),
    ("A110", "System integration testing", 67, 80, 127, 6_000, 0),
    ("A120", "Performance and security testing", 33, 40, 67, 3_800, 60_000),
    ("A130", "User acceptance testing", 53, 60, 93, 5_200, 0),
    ("A140", "Training and business readiness", 47, 53, 73, 2_600, 0),
    ("A150", "Cutover dress rehearsals", 20, 27, 47, 3_800, 0),
    ("M160", "Milestone: go/no-go decision", 0, 0, 0, 0, 0),
    ("A170", "Cutover and go-live", 11, 13, 20, 9_000, 0),
    ("A180", "Hypercare", 33, 40, 53, 3_800, 0),
    ("M190", "Milestone: project closed", 0, 0, 0, 0, 0),
]
CSM01_LINKS = [
    ("A010", "A020", "FS", 0), ("A010", "A030", "SS", 10), ("A030", "M040", "FS", 0), ("A020", "A050", "SS", 30),
    ("M040", "A050", "FS", 0), ("A020", "A050", "FF", 10), ("A050", "A060", "SS", 10), ("A050", "A070", "FS", 0),
    ("A060", "A070", "SS", 20), ("A050", "A080", "FS", 5), ("A070", "A080", "SS", 30), ("A020", "A090", "FS", 0),
    ("A090", "A100", "FS", 0), ("A060", "A100", "FS", 0), ("A070", "A110", "FS", 0), ("A080", "A110", "FS", 0),
    ("A100", "A110", "FF", 20), ("A110", "A120", "SS", 30), ("A110", "A130", "FS", 0), ("A120", "A130", "FF", 0),
    ("A130", "A140", "SS", 10), ("A130", "A150", "FS", 0), ("A100", "A150", "FS", 0), ("A140", "M160", "FS", 0),
    ("A150", "M160", "FS", 0), ("M160", "A170", "FS", 0), ("A170", "A180", "FS", 0), ("A180", "M190", "FS", 0),
]
# Issue 6: the Customer Portal Redesign (DC-02) network.
DC02_ROWS = [
    ("M005", "Milestone: kick-off", 0, 0, 0, 0, 0),
    ("D010", "Discovery and UX research", 22, 30, 45, 1_300, 0),
    ("D020", "Design system and prototypes", 38, 45, 68, 1_700, 0),
    ("D030", "Architecture and API design", 18, 22, 38, 1_300, 0),
    ("D040", "Platform set-up (cloud, CI/CD)", 22, 30, 52, 900, 40_000),
    ("D050", "Release 1 build: accounts", 60, 68, 98, 2_000, 0),
    ("D060", "Release 2 build: payments", 60, 75, 120, 2_000, 0),
    ("D070", "Release 3 build: self-service", 52, 60, 90, 1_900, 0),
    ("D075", "Content migration", 22, 30, 52, 700, 0),
    ("D080", "Integration with core banking APIs", 45, 52, 90, 1_300, 0),
    ("D085", "Analytics and tagging", 12, 15, 22, 700, 0),
    ("D090", "Accessibility audit", 12, 15, 22, 500, 25_000),
    ("D100", "Penetration test", 12, 15, 30, 500, 30_000),
    ("D110", "User acceptance", 22, 30, 45, 1_200, 0),
    ("M120", "Milestone: go-live", 0, 0, 0, 0, 0),
    ("D130", "Hypercare", 15, 22, 30, 900, 0),
]
DC02_LINKS = [
    ("M005", "D010", "FS", 0), ("D010", "D020", "SS", 5), ("D010", "D030", "FS", 0), ("D030", "D040", "SS", 5),
    ("D020", "D050", "FS", 0), ("D040", "D050", "FS", 0), ("D050", "D060", "SS", 20), ("D060", "D070", "SS", 20),
    ("D030", "D080", "FS", 0), ("D080", "D060", "FF", 5), ("D020", "D075", "FS", 0), ("D070", "D085", "SS", 10),
    ("D070", "D090", "FS", 0), ("D070", "D100", "FS", 0), ("D075", "D110", "FS", 0), ("D085", "D110", "FS", 0),
    ("D090", "D110", "FS", 0), ("D100", "D110", "FS", 0), ("D110", "M120", "FS", 0), ("M120", "D130", "FS", 0),
]
# Which activities each risk template hits, per project (the template titles of RISK_TEMPLATES).
RISK_ACTIVITIES = {
    "CSM-01": {
        "Key supplier delivers late": ["A060"], "Integration with legacy systems harder than estimated": ["A080"],
        "Scarce specialists leave the team": ["A070"], "Regulator changes requirements mid-project": ["A070", "A080"],
        "Test environments unavailable": ["A110"], "Data quality worse than assumed": ["A100"],
        "Business users not available for acceptance": ["A130"], "Vendor licence price increase": ["A030"],
        "Security findings delay go-live": ["A120"], "Reuse components from a sister project": ["A080"],
        "Volume discount on cloud capacity": ["A060"], "Early release of scarce staff from another programme": ["A070"],
    },
    "DC-02": {
        "Key supplier delivers late": ["D040"], "Integration with legacy systems harder than estimated": ["D080"],
        "Scarce specialists leave the team": ["D060"], "Regulator changes requirements mid-project": ["D060"],
        "Test environments unavailable": ["D110"], "Data quality worse than assumed": ["D075"],
        "Business users not available for acceptance": ["D110"], "Vendor licence price increase": ["D040"],
        "Security findings delay go-live": ["D100"], "Reuse components from a sister project": ["D070"],
        "Volume discount on cloud capacity": ["D040"], "Early release of scarce staff from another programme": ["D050"],
    },
}


def project_schedule(pid):
    if pid == "CSM-01":
        acts, links = network(CSM01_ROWS, CSM01_LINKS)
        drivers = [{"id": "vendor-productivity", "name": "Vendor team productivity",
                    "factor": {"type": "triangular", "min": 0.95, "mode": 1.0, "max": 1.2}, "activityIds": ["A070", "A080", "A100"]}]
        corr = [{"a": "A070", "b": "A080", "r": 0.6}, {"a": "A110", "b": "A130", "r": 0.5}, {"a": "A090", "b": "A100", "r": 0.4}]
    else:
        acts, links = network(DC02_ROWS, DC02_LINKS)
        drivers = [{"id": "team-velocity", "name": "Team velocity",
                    "factor": {"type": "triangular", "min": 0.9, "mode": 1.0, "max": 1.25}, "activityIds": ["D050", "D060", "D070"]}]
        corr = [{"a": "D050", "b": "D060", "r": 0.5}, {"a": "D060", "b": "D070", "r": 0.5}]
    return {"activities": acts, "links": links, "fromRegister": {"impactSpread": {"low": 0.8, "high": 1.5}},
            "drivers": drivers, "correlations": corr}


def schedule_file():
    """docs/data/sample-schedule.json, the input of `pmo simulate`: a data-centre build with explicit risk events."""
    rows = [
        ("S000", "Milestone: notice to proceed", 0, 0, 0, 0, 0),
        ("S010", "Site survey and permits", 15, 20, 40, 2_000, 15_000),
        ("S020", "Detailed design", 25, 30, 45, 6_000, 0),
        ("S030", "Long-lead procurement (UPS, generators, chillers)", 70, 80, 120, 0, 2_400_000),
        ("S040", "Civil works and slab", 30, 35, 55, 9_000, 180_000),
        ("S050", "Building shell", 40, 45, 70, 11_000, 350_000),
        ("S060", "Electrical fit-out", 35, 40, 60, 10_000, 420_000),
        ("S070", "Mechanical and cooling fit-out", 35, 40, 65, 10_000, 380_000),
        ("S080", "Fire suppression and security systems", 15, 20, 30, 6_000, 150_000),
        ("S090", "Generator and UPS installation", 15, 20, 35, 7_000, 0),
        ("S100", "Structured cabling", 20, 25, 35, 5_000, 120_000),
        ("M110", "Milestone: mechanical completion", 0, 0, 0, 0, 0),
        ("S120", "Integrated systems testing (level 4)", 10, 15, 25, 8_000, 0),
        ("S130", "Integrated systems testing (level 5, full load)", 8, 10, 20, 9_000, 40_000),
        ("S140", "Network core installation", 15, 20, 30, 6_000, 650_000),
        ("S150", "Server and storage racking", 15, 20, 30, 5_000, 0),
        ("S160", "Workload migration wave 1", 20, 25, 40, 7_000, 0),
        ("S170", "Workload migration wave 2", 20, 25, 45, 7_000, 0),
        ("M180", "Milestone: operational acceptance", 0, 0, 0, 0, 0),
    ]
    links = [
        ("S000", "S010", "FS", 0), ("S000", "S020", "SS", 5), ("S020", "S030", "SS", 10), ("S010", "S040", "FS", 0),
        ("S020", "S040", "FF", 5), ("S040", "S050", "FS", 0), ("S050", "S060", "SS", 20), ("S050", "S070", "SS", 20),
        ("S030", "S090", "FS", 0), ("S060", "S090", "SS", 15), ("S050", "S080", "FS", 0), ("S060", "S100", "SS", 20),
        ("S060", "M110", "FS", 0), ("S070", "M110", "FS", 0), ("S080", "M110", "FS", 0), ("S090", "M110", "FS", 0),
        ("S100", "M110", "FS", 0), ("M110", "S120", "FS", 0), ("S120", "S130", "FS", 0), ("S100", "S140", "FS", 0),
        ("S140", "S150", "SS", 5), ("S130", "S160", "FS", 0), ("S150", "S160", "FS", 0), ("S160", "S170", "FS", 5),
        ("S170", "M180", "FS", 0),
    ]
    acts, lks = network(rows, links)
    acts[5]["existenceProbability"] = 1  # explicit default, for the documentation
    events = [
        {"id": "E1", "name": "Chiller delivery slips (supplier capacity)", "probability": 0.35,
         "impacts": [{"activityId": "S030", "amount": three_point(10, 20, 45)}],
         "costImpact": {"type": "triangular", "min": 20_000, "mode": 60_000, "max": 150_000},
         "residual": {"probability": 0.15, "impacts": [{"activityId": "S030", "amount": three_point(5, 10, 25)}]}},
        {"id": "E2", "name": "Permit objection from neighbours", "probability": 0.2,
         "impacts": [{"activityId": "S010", "amount": three_point(10, 20, 60)}],
         "residual": {"probability": 0.1}},
        {"id": "E3", "name": "Ground conditions need piling", "probability": 0.25,
         "impacts": [{"activityId": "S040", "mode": "relative", "amount": {"type": "triangular", "min": 0.2, "mode": 0.4, "max": 0.8}}],
         "costImpact": {"type": "triangular", "min": 150_000, "mode": 250_000, "max": 450_000}},
        {"id": "E4", "name": "Level 5 test fails on cooling capacity", "probability": 0.3,
         "impacts": [{"activityId": "S130", "amount": three_point(5, 10, 20)}, {"activityId": "S070", "amount": three_point(3, 5, 10)}],
         "costImpact": {"type": "triangular", "min": 30_000, "mode": 80_000, "max": 200_000},
         "residual": {"probability": 0.1}},
        {"id": "E5", "name": "Copper price rise", "probability": 0.4,
         "costImpact": {"type": "triangular", "min": 40_000, "mode": 90_000, "max": 180_000}},
        {"id": "E6", "name": "Application owners unavailable for migration", "probability": 0.3,
         "impacts": [{"activityId": "S160", "amount": three_point(5, 10, 20)}, {"activityId": "S170", "amount": three_point(5, 10, 20)}],
         "residual": {"probability": 0.15}},
    ]
    doc = {"name": "Frankfurt data-centre build", "currency": "EUR", "start": "2027-01-04",
           "holidays": ["2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17", "2027-05-27",
                        "2027-10-03", "2027-12-24", "2027-12-25", "2027-12-26", "2027-12-31", "2028-01-01"],
           "activities": acts, "links": lks, "riskEvents": events,
           "drivers": [{"id": "weather", "name": "Winter weather on site works", "factor": {"type": "triangular", "min": 0.95, "mode": 1.0, "max": 1.3},
                        "activityIds": ["S040", "S050"], "probability": 0.5}],
           "correlations": [{"a": "S060", "b": "S070", "r": 0.7}, {"a": "S160", "b": "S170", "r": 0.8}, {"a": "S040", "b": "S050", "r": 0.5}]}
    pathlib.Path(__file__).with_name("sample-schedule.json").write_text(dump(doc) + "\n", encoding="utf-8", newline="\n")


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
                            status_from(history(rng, s, 10, 380_000, spi=10 / 14, cpi=0.92, finish_flat=True), bac_finish=380_000)))

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

    # Issue 3: KPIs, benefits and flow, from a second generator so the earned-value data above stays as it was.
    krng = random.Random(SEED + 3)
    for p in projects:
        points = p["status"].get("history", []) + ([{"date": STATUS_DATE.isoformat()}] if p["status"]["ev"] else [])
        if not points:
            continue
        if p["id"] == "DC-04":
            points = points[:14]  # finished in April 2026: no KPI reports after the finish
        p["kpis"] = kpi_history(krng, p["id"], points)
        targets = [dict(t) for t in KPI_TARGETS]
        if p["id"] == "CSM-01":
            # the re-plan accepted a lower cost efficiency from July 2026
            targets.insert(1, {"kpi": "cpi", "effectiveFrom": "2026-07-01", "value": 0.95})
        p["kpiTargets"] = targets
    cases = {
        "DC-01": benefits([-2_400_000, 600_000, 1_100_000, 1_300_000, 1_300_000, 1_200_000]),
        "DC-02": benefits([-850_000, 250_000, 380_000, 420_000, 420_000], convention="firstFlowAtPeriodOne"),
        "DC-04": benefits([-380_000, 90_000, 120_000, 130_000, 130_000]),
        "CSM-01": benefits([-3_000_000, -3_000_000, 900_000, 1_800_000, 2_200_000, 2_400_000, 2_400_000, 2_400_000],
                           financeRate=0.06, reinvestRate=0.05),
        "CSM-02": benefits([-1_800_000, 350_000, 550_000, 600_000, 600_000, 600_000]),
        "CSM-03": {"discountRate": 0.08, "datedCashFlows": [
            {"date": "2026-02-01", "amount": -600_000}, {"date": "2026-12-15", "amount": -350_000},
            {"date": "2027-06-30", "amount": 280_000}, {"date": "2027-12-31", "amount": 320_000},
            {"date": "2028-12-31", "amount": 360_000}, {"date": "2029-12-31", "amount": 360_000}]},
        "RC-01": benefits([-1_000_000, 2_300_000, -1_320_000]),
        "RC-02": benefits([-300_000, 40_000, 60_000, 60_000]),
    }
    frng = random.Random(SEED + 7)
    flows = {
        "DC-01": flow(frng, dt.date(2026, 6, 1), dt.date(2026, 10, 23), 1, {"min": 120, "max": 160}, 42),
        "DC-02": flow(frng, dt.date(2026, 7, 1), dt.date(2026, 10, 26), 1, 25, 42),
        "CSM-03": flow(frng, dt.date(2026, 8, 3), dt.date(2026, 10, 28), 1, None, 42),
    }
    for p in projects:
        if p["id"] in cases:
            p["benefits"] = cases[p["id"]]
        if p["id"] in flows:
            p["flow"] = flows[p["id"]]

    # Issue 4: risk registers and monthly snapshots, from a fourth generator (the data above stays as it was).
    rrng = random.Random(SEED + 13)
    for p in projects:
        if not p["status"]["ev"] or "actualFinish" in p["status"]:
            continue  # not started, or finished: no live register
        b = p["baselines"][-1]
        bac = sum(x["pv"] for x in b["periods"])
        p["risks"], p["riskSnapshots"] = risk_register(rrng, p["id"], dt.date.fromisoformat(b["start"]), bac, len(b["periods"]))

    # Issue 6: schedule-risk models for two projects; their register risks name the activities they hit (no random
    # draws here, so everything above stays as it was).
    for p in projects:
        if p["id"] in RISK_ACTIVITIES:
            for r in p["risks"]:
                r["activityIds"] = RISK_ACTIVITIES[p["id"]][r["title"]]
            p["schedule"] = project_schedule(p["id"])

    portfolio = {
        "name": "Northwind Bank Change Portfolio",
        "currency": "EUR",
        "statusDate": STATUS_DATE.isoformat(),
        "riskModel": "pmbok5x5",
        "riskAppetite": {"maxEmvPerRisk": 150_000, "maxDelayPerRisk": 30, "maxProjectExposure": 600_000,
                         "maxPortfolioExposure": 2_500_000,
                         "bands": [{"band": "high", "requiresTreatmentPlan": True, "approverRole": "Portfolio board", "maxDaysToRespond": 30},
                                   {"band": "moderate", "requiresTreatmentPlan": True, "maxDaysToRespond": 60}]},
        "holidays": ["2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01"],
        "kpiDefinitions": [
            {"id": "satisfaction", "name": "Stakeholder satisfaction", "unit": "score 1-5", "precision": 1,
             "description": "Mean score of the quarterly stakeholder survey (1 = very dissatisfied, 5 = very satisfied).",
             "direction": "maximise", "bandMode": "absolute", "aggregation": "mean", "missingData": "carryForwardLast",
             "maxAgeDays": 100,
             "targets": [{"value": 4.0}, {"effectiveFrom": "2026-07-01", "value": 4.2}],
             "bands": [{"upper": 3.5, "status": "red"},
                       {"lower": 3.5, "upper": 4.0, "status": "amber"},
                       {"lower": 4.0, "status": "green"}]},
        ],
        "programmes": [
            {"id": "DC", "name": "Digital Channels"},
            {"id": "CSM", "name": "Core Systems Modernisation"},
            {"id": "RC", "name": "Regulatory & Compliance"},
        ],
        "projects": projects,
        "prioritization": prioritization(),
        "resources": resources(),
    }
    out = pathlib.Path(__file__).with_name("sample-portfolio.json")
    out.write_text(dump(portfolio) + "\n", encoding="utf-8", newline="\n")

    # A single-project input for `pmo evm`: the re-baselined data warehouse migration, with its own status date.
    single = dict(next(p for p in projects if p["id"] == "CSM-02"))
    # a single project cannot declare custom KPI definitions: keep its library KPIs only
    single["kpis"] = [o for o in single["kpis"] if o["kpi"] != "satisfaction"]
    single = {"id": single["id"], "name": single["name"], "programme": single["programme"], "currency": "EUR",
              "statusDate": STATUS_DATE.isoformat(), **{k: v for k, v in single.items() if k not in ("id", "name", "programme")}}
    pathlib.Path(__file__).with_name("sample-project.json").write_text(dump(single) + "\n", encoding="utf-8", newline="\n")
    kpi_file()
    risk_file()
    prioritization_file()
    schedule_file()


# Issue 7: resources. Hand-set, not drawn (the data above stays as it was): eight roles, named architects, security
# engineers and project managers (part time, leave, a leaver, a joiner), pools for the larger roles (a vendor team from
# March 2027), top-down demand per project and role in FTE per month, bottom-up demand from role assignments on the
# CSM-01 and DC-02 networks (CPM early dates from the baseline start), proposals from the investment round, and
# what-if scenarios. Twelve planning months from November 2026 (after the status date).
ROLES = [
    ("pm", "Project manager", "PMO", ["delivery"]),
    ("ba", "Business analyst", "Business", ["analysis"]),
    ("architect", "Solution architect", "Architecture", ["design", "cloud"]),
    ("developer", "Developer", "Engineering", ["dotnet", "web", "mobile"]),
    ("tester", "Test engineer", "Engineering", ["testing", "automation"]),
    ("data", "Data engineer", "Data", ["sql", "etl"]),
    ("security", "Security engineer", "Security", ["iam", "compliance"]),
    ("devops", "Platform engineer", "Engineering", ["cloud", "automation"]),
]
XMAS = {"from": "2026-12-21", "to": "2026-12-30", "reason": "leave"}
PEOPLE = [
    {"id": "arch-01", "name": "Ana Costa", "role": "architect", "absences": [XMAS]},
    {"id": "arch-02", "name": "Ben Okafor", "role": "architect", "fte": 0.8},
    {"id": "arch-03", "name": "Chen Wei", "role": "architect", "absences": [{"from": "2027-07-19", "to": "2027-08-06", "reason": "leave"}]},
    {"id": "arch-04", "name": "Dana Novak", "role": "architect", "activeTo": "2027-03-31", "absences": [XMAS]},
    {"id": "arch-05", "name": "Elif Demir", "role": "architect", "activeFrom": "2027-02-01"},
    {"id": "sec-01", "name": "Femi Adeyemi", "role": "security", "absences": [XMAS]},
    {"id": "sec-02", "name": "Greta Lind", "role": "security", "absences": [{"from": "2027-01-11", "to": "2027-01-15", "fraction": 0.5, "reason": "training"}]},
    {"id": "sec-03", "name": "Hugo Martin", "role": "security", "fte": 0.5},
    {"id": "pm-01", "name": "Ines Duarte", "role": "pm"},
    {"id": "pm-02", "name": "Jonas Berg", "role": "pm"},
    {"id": "pm-03", "name": "Kira Sato", "role": "pm", "absences": [XMAS]},
    {"id": "pm-04", "name": "Luca Romano", "role": "pm"},
    {"id": "pm-05", "name": "Mia Jensen", "role": "pm", "fte": 0.6},
    {"id": "pm-06", "name": "Noah Fischer", "role": "pm"},
]
POOLS = [
    {"role": "pm", "fte": 3, "name": "Contract project managers"},
    {"role": "ba", "fte": 7, "name": "Business analysis team"},
    {"role": "developer", "fte": 30, "name": "Delivery centre"},
    {"role": "developer", "fte": 8, "from": "2027-03-01", "name": "Vendor team (contract from March 2027)"},
    {"role": "tester", "fte": 10, "name": "Test centre"},
    {"role": "data", "fte": 6, "name": "Data engineering"},
    {"role": "devops", "fte": 5, "name": "Platform team"},
]
# (project, role, first month, FTE per month)
DEMAND = [
    ("DC-01", "pm", "2026-11", [1] * 8), ("DC-01", "ba", "2026-11", [1] * 6), ("DC-01", "architect", "2026-11", [0.5] * 6),
    ("DC-01", "developer", "2026-11", [8, 8, 8, 8, 7, 6, 4, 2]), ("DC-01", "tester", "2026-11", [2, 2, 3, 3, 3, 3, 2, 1]),
    ("DC-01", "devops", "2026-11", [1] * 8),
    ("DC-02", "pm", "2026-11", [1, 1, 0.5]),
    ("DC-03", "pm", "2027-01", [1] * 9), ("DC-03", "ba", "2027-01", [1.5, 1.5, 1.5, 1, 1, 1, 0.5, 0.5, 0.5]),
    ("DC-03", "architect", "2027-01", [1, 1, 1, 0.5, 0.5, 0.5]), ("DC-03", "developer", "2027-01", [2, 4, 4, 4, 4, 4, 3, 2, 1]),
    ("DC-03", "tester", "2027-03", [1, 1.5, 1.5, 2, 2, 1]), ("DC-03", "data", "2027-01", [1, 1, 1, 1]),
    ("CSM-01", "pm", "2026-11", [2] * 7),
    ("CSM-02", "data", "2026-11", [3, 2]), ("CSM-02", "developer", "2026-11", [2, 1]), ("CSM-02", "tester", "2026-11", [1, 1]),
    ("CSM-02", "pm", "2026-11", [1, 0.5]),
    ("CSM-03", "security", "2026-11", [2, 2, 2, 1.5, 1]), ("CSM-03", "developer", "2026-11", [3, 3, 3, 2, 1]),
    ("CSM-03", "architect", "2026-11", [1, 1, 0.5]), ("CSM-03", "tester", "2026-11", [1, 1, 1, 1, 0.5]), ("CSM-03", "pm", "2026-11", [1] * 5),
    ("CSM-04", "devops", "2026-11", [2, 2, 2, 1]), ("CSM-04", "developer", "2026-11", [2, 2, 1, 1]), ("CSM-04", "architect", "2026-11", [0.5] * 4),
    ("CSM-04", "pm", "2026-11", [0.5] * 4),
    ("RC-01", "security", "2026-11", [1, 1, 1, 1, 0.5]), ("RC-01", "ba", "2026-11", [2, 2, 2, 1, 1]), ("RC-01", "developer", "2026-11", [2] * 5),
    ("RC-01", "pm", "2026-11", [1] * 5), ("RC-01", "architect", "2026-11", [0.5] * 3),
    ("RC-02", "data", "2026-11", [1, 1, 0.5]), ("RC-02", "ba", "2026-11", [1, 1, 0.5]), ("RC-02", "developer", "2026-11", [1, 1, 1]),
    # proposals from the 2027 investment round
    ("CAND-01", "architect", "2027-02", [2, 2, 1.5, 1.5, 1, 1]), ("CAND-01", "developer", "2027-02", [3, 6, 6, 6, 6, 4]),
    ("CAND-01", "tester", "2027-02", [0, 1, 2, 2, 2, 2]), ("CAND-01", "devops", "2027-02", [1] * 6), ("CAND-01", "security", "2027-02", [0.5] * 6),
    ("CAND-01", "pm", "2027-02", [1] * 6),
    ("CAND-02", "architect", "2027-01", [1.5, 1.5, 1, 1, 0.5, 0.5, 0.5, 0.5]), ("CAND-02", "developer", "2027-01", [2, 5, 5, 5, 5, 5, 3, 2]),
    ("CAND-02", "tester", "2027-01", [0, 1, 2, 2, 2, 2, 2, 1]), ("CAND-02", "pm", "2027-01", [1] * 8),
    ("CAND-03", "architect", "2027-01", [2, 2, 2, 1, 1, 1]), ("CAND-03", "devops", "2027-01", [3] * 6), ("CAND-03", "security", "2027-01", [1] * 6),
    ("CAND-03", "pm", "2027-01", [0.5] * 6),
    ("CAND-04", "architect", "2027-03", [1] * 8), ("CAND-04", "data", "2027-03", [3] * 8), ("CAND-04", "developer", "2027-03", [3] * 8),
    ("CAND-04", "pm", "2027-03", [1] * 8),
    ("CAND-07", "ba", "2027-02", [2] * 9), ("CAND-07", "data", "2027-02", [2] * 9), ("CAND-07", "developer", "2027-02", [3] * 9),
    ("CAND-07", "architect", "2027-02", [1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]), ("CAND-07", "pm", "2027-02", [1] * 9),
    ("CAND-13", "security", "2027-04", [2] * 7), ("CAND-13", "devops", "2027-04", [1] * 7), ("CAND-13", "architect", "2027-04", [1, 1, 0.5, 0.5, 0.5, 0.5, 0.5]),
    ("CAND-14", "security", "2027-01", [1.5] * 4), ("CAND-14", "architect", "2027-01", [0.5] * 4),
]
PROPOSALS = ["CAND-01", "CAND-02", "CAND-03", "CAND-04", "CAND-07", "CAND-13", "CAND-14"]
# (project, activity, role, units): people on the CSM-01 and DC-02 networks (bottom-up demand).
ASSIGNMENTS = [
    ("CSM-01", "A050", "architect", 2), ("CSM-01", "A060", "devops", 2), ("CSM-01", "A070", "developer", 6),
    ("CSM-01", "A070", "architect", 1), ("CSM-01", "A080", "developer", 5), ("CSM-01", "A090", "data", 2),
    ("CSM-01", "A100", "data", 3), ("CSM-01", "A110", "tester", 4), ("CSM-01", "A120", "security", 1),
    ("CSM-01", "A120", "tester", 1), ("CSM-01", "A130", "tester", 2), ("CSM-01", "A130", "ba", 2),
    ("CSM-01", "A140", "ba", 2), ("CSM-01", "A150", "devops", 1), ("CSM-01", "A170", "devops", 2),
    ("CSM-01", "A170", "developer", 4), ("CSM-01", "A180", "developer", 2),
    ("DC-02", "D030", "architect", 1), ("DC-02", "D040", "devops", 1), ("DC-02", "D050", "developer", 4),
    ("DC-02", "D060", "developer", 4), ("DC-02", "D070", "developer", 3), ("DC-02", "D080", "developer", 2),
    ("DC-02", "D090", "tester", 1), ("DC-02", "D100", "security", 0.5), ("DC-02", "D110", "tester", 2),
    ("DC-02", "D110", "ba", 1), ("DC-02", "D130", "developer", 2),
]
SCENARIOS = [
    {"name": "Hire two contract architects from February 2027",
     "changes": [{"type": "addCapacity", "role": "architect", "fte": 2, "from": "2027-02-01"}]},
    {"name": "Security contractor now; Privileged Access Vault approved",
     "changes": [{"type": "addCapacity", "role": "security", "fte": 1, "from": "2026-11-01"},
                 {"type": "approveProject", "project": "CAND-14"}]},
    {"name": "Delay Open Banking (CAND-01) by three months",
     "changes": [{"type": "shiftProject", "project": "CAND-01", "periods": 3}]},
    {"name": "Drop Real-time Fraud Detection (CAND-04); Dana Novak leaves anyway",
     "changes": [{"type": "cancelProject", "project": "CAND-04"}, {"type": "removePerson", "person": "arch-04"}]},
]


def resources():
    names = {cid: (name, prog) for cid, name, prog, *_ in CANDIDATES}
    return {
        "firstPeriod": "2026-11", "periods": 12, "hoursPerDay": 8,
        "roles": [{"id": rid, "name": name, "department": dept, "skills": skills} for rid, name, dept, skills in ROLES],
        "people": PEOPLE,
        "pools": POOLS,
        "proposals": [{"id": cid, "name": names[cid][0], "programme": names[cid][1]} for cid in PROPOSALS],
        "demand": [{"project": p, "role": r, "startPeriod": m, "fte": f} for p, r, m, f in DEMAND],
        "assignments": [{"project": p, "activity": a, "role": r, "units": u} for p, a, r, u in ASSIGNMENTS],
        "scenarios": SCENARIOS,
    }


# Issue 5: the 2027-2029 investment round (prioritization and portfolio selection). Hand-set, not drawn: proposals
# with business-driver ratings (1-5 scales), an NPV estimate, yearly capital and architect demand, an AHP criteria
# matrix (one analyst's judgements, mildly inconsistent as real ones are), knock-out gates, dependencies, a mutual
# exclusion, a group rule and a regulatory force-in.
CRITERIA = [
    {"id": "strategic-fit", "name": "Strategic fit", "direction": "benefit", "scaleMin": 1, "scaleMax": 5, "unit": "rating"},
    {"id": "npv", "name": "Net present value", "direction": "benefit", "unit": "EUR"},
    {"id": "customer-impact", "name": "Customer impact", "direction": "benefit", "scaleMin": 1, "scaleMax": 5, "unit": "rating"},
    {"id": "compliance", "name": "Regulatory compliance", "direction": "benefit", "scaleMin": 0, "scaleMax": 5, "unit": "rating"},
    {"id": "delivery-risk", "name": "Delivery risk", "direction": "cost", "scaleMin": 1, "scaleMax": 5, "unit": "rating"},
]
# id, name, programme, (fit, npv, customer, compliance, risk), capex per year (EUR k), architects per year (FTE)
CANDIDATES = [
    ("CAND-01", "Open Banking API Platform", "DC", (5, 2_400_000, 4, 3, 3), (900, 700, 200), (2.0, 1.5, 0.5)),
    ("CAND-02", "SEPA Instant Payments Upgrade", "CSM", (4, 1_100_000, 4, 4, 2), (800, 400, 0), (1.5, 0.5, 0.0)),
    ("CAND-03", "Cloud Landing Zone", "CSM", (4, 600_000, 1, 2, 2), (700, 300, 100), (2.0, 1.0, 0.5)),
    ("CAND-04", "Real-time Fraud Detection (ML)", "CSM", (4, 3_100_000, 3, 3, 4), (600, 1_200, 600), (1.0, 2.0, 1.0)),
    ("CAND-05", "Fraud Rules Engine Upgrade", "CSM", (3, 1_300_000, 2, 3, 2), (500, 300, 0), (0.5, 0.5, 0.0)),
    ("CAND-06", "Branch Network Digitisation", "DC", (3, 900_000, 4, 1, 3), (1_200, 1_000, 400), (1.0, 1.0, 0.5)),
    ("CAND-07", "Basel IV Capital Reporting", "RC", (3, -400_000, 1, 5, 3), (900, 800, 300), (1.0, 1.0, 0.5)),
    ("CAND-08", "ESG Data Hub", "RC", (4, 200_000, 2, 4, 3), (400, 600, 200), (0.5, 1.0, 0.5)),
    ("CAND-09", "Mortgage Origination Platform", "DC", (5, 4_200_000, 5, 2, 4), (1_500, 1_800, 900), (2.0, 2.0, 1.5)),
    ("CAND-10", "Customer Data Platform", "DC", (4, 1_800_000, 4, 2, 3), (700, 600, 300), (1.0, 1.0, 0.5)),
    ("CAND-11", "Mainframe Decommission", "CSM", (3, 2_600_000, 1, 1, 5), (1_000, 1_400, 1_200), (1.5, 2.0, 2.0)),
    ("CAND-12", "Back-office Process Automation", "CSM", (2, 1_500_000, 1, 1, 2), (300, 200, 100), (0.5, 0.0, 0.0)),
    ("CAND-13", "Security Operations Centre", "RC", (4, 300_000, 2, 4, 2), (600, 500, 400), (1.0, 0.5, 0.5)),
    ("CAND-14", "Privileged Access Vault", "RC", (3, 100_000, 1, 4, 1), (250, 100, 50), (0.5, 0.0, 0.0)),
]
# Saaty 1-9 judgements, row criterion over column criterion (upper triangle of the 5x5 matrix).
AHP_JUDGEMENTS = [
    ("strategic-fit", "npv", 2), ("strategic-fit", "customer-impact", 3), ("strategic-fit", "compliance", 2),
    ("strategic-fit", "delivery-risk", 4), ("npv", "customer-impact", 2), ("npv", "compliance", 1),
    ("npv", "delivery-risk", 3), ("customer-impact", "compliance", 1 / 2), ("customer-impact", "delivery-risk", 2),
    ("compliance", "delivery-risk", 3),
]


def prioritization():
    """The investment round: criteria, AHP weights, gates, candidates with demand per year, constraints."""
    candidates = []
    for cid, name, prog, (fit, npv, cust, comp, risk), capex, arch in CANDIDATES:
        c = {"id": cid, "name": name, "programme": prog,
             "scores": {"strategic-fit": fit, "npv": npv, "customer-impact": cust, "compliance": comp, "delivery-risk": risk},
             "demand": {"capex": [k * 1000 for k in capex], "architects": list(arch)}}
        if cid in ("CAND-04", "CAND-09"):
            c["requires"] = ["CAND-03"]
        candidates.append(c)
    return {
        "name": "2027-2029 investment round",
        "method": {"name": "topsis", "normalization": "vector"},
        "tiePolicy": "min",
        "criteria": CRITERIA,
        "weights": {"ahp": {"priorityMethod": "eigenvector", "randomIndex": "saaty",
                            "judgements": [{"row": r, "column": c, "value": v} for r, c, v in AHP_JUDGEMENTS]}},
        "gates": [{"name": "Risk appetite", "criterion": "delivery-risk", "operator": "<=", "value": 4.5},
                  {"name": "Minimum strategic fit", "criterion": "strategic-fit", "operator": ">=", "value": 2}],
        "periods": ["2027", "2028", "2029"],
        "budgets": [{"id": "capex", "name": "Capital budget", "unit": "EUR", "capacity": [5_000_000, 5_000_000, 3_000_000]},
                    {"id": "architects", "name": "Solution architects", "unit": "FTE", "capacity": [9.0, 8.0, 5.0]}],
        "candidates": candidates,
        "mutuallyExclusive": [["CAND-04", "CAND-05"]],
        "groups": [{"id": "security", "name": "Security baseline", "members": ["CAND-13", "CAND-14"], "min": 1}],
        "forceIn": ["CAND-07"],
        "forceOut": [],
        "selectionValue": "preference",
        "sensitivity": {"topK": 3, "smaaSamples": 10000, "seed": 2027},
    }


def prioritization_file():
    """docs/data/sample-prioritization.json, the input of `pmo prioritize`: the sample portfolio's investment round."""
    doc = {"asOf": STATUS_DATE.isoformat(), "currency": "EUR", **prioritization()}
    pathlib.Path(__file__).with_name("sample-prioritization.json").write_text(dump(doc) + "\n", encoding="utf-8", newline="\n")


def risk_file():
    """docs/data/sample-risks.json, the input of `pmo risk`: one register scored with a custom 3x3 matrix and absolute scales."""
    rng = random.Random(SEED + 17)
    risks, _ = risk_register(rng, "ERP", dt.date(2026, 1, 1), 3_000_000, 18)
    point = lambda label, v: {"label": label, "value": v}
    band = lambda i, label, colour, rank: {"id": i, "label": label, "colour": colour, "rank": rank}
    cell = lambda score, b: {"score": score, "band": b}
    grid = [[1, 2, 3], [2, 4, 6], [3, 6, 9]]
    name = lambda v: "high" if v >= 6 else "moderate" if v >= 3 else "low"
    model = {
        "probability": {"levels": [point("Unlikely", 0.15), point("Possible", 0.45), point("Likely", 0.8)]},
        "impacts": [
            {"dimension": "cost", "unit": "EUR", "basis": "absolute",
             "levels": [point("Minor", 50_000), point("Significant", 200_000), point("Severe", 600_000)]},
            {"dimension": "schedule", "unit": "days", "basis": "absolute",
             "levels": [point("Minor", 10), point("Significant", 30), point("Severe", 90)]},
        ],
        "matrix": {"name": "Company 3x3 (absolute thresholds)", "bandScaleId": "risk-rating",
                   "bands": [band("high", "High", "#C62828", 0), band("moderate", "Moderate", "#F9A825", 1), band("low", "Low", "#2E7D32", 2)],
                   "threatCells": [[cell(v, name(v)) for v in row] for row in grid]},
    }
    doc = {"asOf": STATUS_DATE.isoformat(), "currency": "EUR", "model": model, "risks": risks}
    pathlib.Path(__file__).with_name("sample-risks.json").write_text(dump(doc) + "\n", encoding="utf-8", newline="\n")


def kpi_file():
    """docs/data/sample-kpis.json, the input of `pmo kpi`: an IT operations division with three teams, 15 months each."""
    rng = random.Random(SEED + 11)
    months = month_ends(dt.date(2025, 8, 1), STATUS_DATE)
    teams = [("service-desk", "Service Desk"), ("platform", "Platform Engineering"), ("security", "Security Operations")]
    subjects = [{"id": "it-ops", "name": "IT Operations", "observations": []}]
    for tid, tname in teams:
        obs = []
        for k, d in enumerate(months):
            iso = d.isoformat()
            mttr = 6.0 + rng.uniform(-1.2, 1.2) + (3.0 if tid == "platform" and k >= len(months) - 8 else 0)
            obs.append({"kpi": "mttr", "date": iso, "value": round(mttr, 1)})
            committed = 30 + rng.randrange(10)
            obs.append({"kpi": "say-do", "date": iso, "numerator": min(committed, round(committed * (0.86 + rng.uniform(-0.07, 0.07)))), "denominator": committed})
            avail = 1200
            obs.append({"kpi": "utilisation", "date": iso, "numerator": round(avail * (0.80 + rng.uniform(-0.06, 0.06) + (0.08 if tid == "security" else 0))), "denominator": avail})
        subject = {"id": tid, "name": tname, "parent": "it-ops"}
        if tid == "security":
            subject["targets"] = [{"kpi": "mttr", "value": 4.0}]
        subject["observations"] = obs
        subjects.append(subject)
    doc = {
        "asOf": STATUS_DATE.isoformat(),
        "definitions": [
            {"id": "mttr", "name": "Mean time to restore", "unit": "hours", "precision": 1,
             "description": "Mean hours from incident report to service restored, per month.",
             "direction": "minimise", "aggregation": "mean",
             "targets": [{"value": 8.0}, {"effectiveFrom": "2026-07-01", "value": 6.0}],
             "bands": [{"upper": 8.0, "upperInclusive": True, "status": "green"},
                       {"lower": 8.0, "lowerInclusive": False, "upper": 12.0, "upperInclusive": True, "status": "amber"},
                       {"lower": 12.0, "lowerInclusive": False, "status": "red"}],
             "forecast": {"horizonDays": 60, "trendPoints": 4}},
        ],
        "subjects": subjects,
    }
    pathlib.Path(__file__).with_name("sample-kpis.json").write_text(dump(doc) + "\n", encoding="utf-8", newline="\n")


def one_line(value):
    """Distribution specs, links and correlation pairs (issue 6) are written on one line."""
    return ("type" in value and set(value) <= {"type", "min", "mode", "max", "shape", "value"}) or "predecessor" in value or set(value) == {"a", "b", "r"}


def dump(value, indent=0):
    """JSON with two-space indentation, but each period and history point on one line."""
    pad = "  " * indent
    if isinstance(value, dict) and value and all(not isinstance(v, (dict, list)) for v in value.values()) and one_line(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if isinstance(value, dict):
        if value and all(not isinstance(v, (dict, list)) for v in value.values()) and ("end" in value or "date" in value or "kpi" in value or "start" in value or "lower" in value or "upper" in value or "value" in value or "id" in value and len(value) == 2):
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
