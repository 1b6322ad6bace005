#!/usr/bin/env python3
"""Derives the sample CSV inputs in this folder from the JSON samples one level up (docs/data/sample-*.json).

Run from the repository root: python3 docs/data/csv/generate_csv.py
Deterministic: it only reads the JSON samples (it does not change them or generate_sample.py's outputs).

- project-status.csv   (pmo evm)        : sample-project.json with its current baseline only (CSV holds one version).
- risk-register.csv    (pmo risk)       : sample-risks.json's register, scored with the pmbok5x5 preset
                                          (a custom matrix needs the JSON form); budget and duration as settings.
- decision-matrix.csv  (pmo prioritize) : sample-prioritization.json's round with explicit weights instead of AHP
                                          judgements (AHP needs the JSON form).
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def num(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v)) if not isinstance(v, bool) else str(v)
    return repr(v) if isinstance(v, float) else str(v)


def write(name, settings, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for key, value in settings:
        w.writerow([key, value])
    w.writerow(header)
    for r in rows:
        w.writerow(["" if c is None else c for c in r])
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def project_status():
    p = load("sample-project.json")
    b = p["baselines"][-1]
    settings = [("project", p["id"]), ("name", p["name"]), ("programme", p["programme"]), ("currency", p["currency"]),
                ("start", b["start"]), ("baseline_version", b["version"]), ("approved_on", b["approvedOn"]), ("baseline_reason", b["reason"])]
    rows = {}
    for period in b["periods"]:
        rows.setdefault(period["end"], [None, None, None])[0] = num(period["pv"])
    status = p["status"]
    points = list(status.get("history", [])) + [{"date": p["statusDate"], "ev": status["ev"], "ac": status["ac"]}]
    for pt in points:
        r = rows.setdefault(pt["date"], [None, None, None])
        r[1], r[2] = num(pt["ev"]), num(pt["ac"])
    write("project-status.csv", settings, ["date", "pv", "ev", "ac"], [[d] + rows[d] for d in sorted(rows)])


def risk_register():
    f = load("sample-risks.json")
    settings = [("as_of", f["asOf"]), ("currency", f["currency"]), ("model", "pmbok5x5"),
                ("budget", "4000000"), ("duration_days", "365")]
    header = ["id", "title", "kind", "category", "owner", "status", "identified", "proximity_from", "proximity_to",
              "probability", "cost", "schedule", "residual_probability", "residual_cost", "residual_schedule", "response", "response_cost", "response_owner", "response_due",
              "response_status", "probability_factor", "cost_factor", "schedule_factor", "coverage"]
    rows = []
    for r in f["risks"]:
        inh = r["inherent"]
        prox = r.get("proximity") or {}
        base = [r["id"], r["title"], r["kind"], r.get("category"), r.get("owner"), r.get("status"), r["identified"],
                prox.get("from"), prox.get("to"), num(inh["probability"]), num(inh["impacts"].get("cost")),
                num(inh["impacts"].get("schedule"))]
        res = r.get("residual")
        base += [num(res["probability"]), num(res["impacts"].get("cost")), num(res["impacts"].get("schedule"))] if res else [None] * 3
        responses = r.get("responses") or [None]
        for i, resp in enumerate(responses):
            first = base if i == 0 else [r["id"]] + [None] * (len(base) - 1)
            if resp is None:
                rows.append(first + [None] * 9)
                continue
            factors = resp.get("impactFactors") or {}
            rows.append(first + [resp["strategy"], num(resp.get("cost")), resp.get("owner"), resp.get("due"),
                                 resp.get("status"), num(resp.get("probabilityFactor")), num(factors.get("cost")),
                                 num(factors.get("schedule")), num(resp.get("coverage"))])
    write("risk-register.csv", settings, header, rows)


def decision_matrix():
    f = load("sample-prioritization.json")
    criteria = f["criteria"]
    # Explicit weights typed by a spreadsheet user (AHP judgements need the JSON form); they sum to 1.
    weights = {"strategic-fit": 0.35, "npv": 0.25, "customer-impact": 0.15, "compliance": 0.15, "delivery-risk": 0.10}
    settings = [("name", f["name"]), ("as_of", f["asOf"]), ("currency", f["currency"]), ("method", f["method"]["name"]),
                ("normalization", f["method"].get("normalization", "vector")), ("tie_policy", f.get("tiePolicy", "min")),
                ("selection_value", f.get("selectionValue", "preference"))]
    sens = f.get("sensitivity") or {}
    settings += [(k, sens[j]) for k, j in (("top_k", "topK"), ("smaa_samples", "smaaSamples"), ("seed", "seed")) if j in sens]
    demand_cols = [(b["id"], per) for b in f["budgets"] for per in f["periods"]]
    header = ["id", "name", "programme", "requires"] + [c["id"] for c in criteria] + [f"{b}@{per}" for b, per in demand_cols]
    blank = [None] * 4
    meta = [
        ["direction"] + blank[1:] + [c["direction"] for c in criteria] + [None] * len(demand_cols),
        ["weight"] + blank[1:] + [num(weights[c["id"]]) for c in criteria] + [None] * len(demand_cols),
        ["scale_min"] + blank[1:] + [num(c.get("scaleMin")) for c in criteria] + [None] * len(demand_cols),
        ["scale_max"] + blank[1:] + [num(c.get("scaleMax")) for c in criteria] + [None] * len(demand_cols),
        ["unit"] + blank[1:] + [c.get("unit") for c in criteria] + [next(b.get("unit") for b in f["budgets"] if b["id"] == bid) for bid, _ in demand_cols],
        ["name"] + blank[1:] + [c.get("name") for c in criteria] + [next(b.get("name") for b in f["budgets"] if b["id"] == bid) for bid, _ in demand_cols],
        ["capacity"] + blank[1:] + [None] * len(criteria)
        + [num(next(b for b in f["budgets"] if b["id"] == bid)["capacity"][f["periods"].index(per)]) for bid, per in demand_cols],
    ]
    gates = {"min": {}, "max": {}}
    for g in f.get("gates", []):
        gates["min" if g["operator"] == ">=" else "max"][g["criterion"]] = num(g["value"])
    for key in ("min", "max"):
        if gates[key]:
            meta.append([key] + blank[1:] + [gates[key].get(c["id"]) for c in criteria] + [None] * len(demand_cols))
    rows = list(meta)
    for k in f["candidates"]:
        rows.append([k["id"], k.get("name"), k.get("programme"), ";".join(k.get("requires", [])) or None]
                    + [num(k["scores"][c["id"]]) for c in criteria]
                    + [num(k.get("demand", {}).get(bid, [0] * len(f["periods"]))[f["periods"].index(per)]) for bid, per in demand_cols])
    write("decision-matrix.csv", settings, header, rows)


if __name__ == "__main__":
    project_status()
    risk_register()
    decision_matrix()
