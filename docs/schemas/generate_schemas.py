#!/usr/bin/env python3
"""Writes portfolio.schema.json and project.schema.json (JSON Schema draft 2020-12) from one definition, so the two
stay in step. The CLI's own validation (src/Pmo.Cli/Input/InputMapper.cs) is the reference; these schemas describe
the same contract for editors and other tools. Rules a schema cannot express (dates increase, cumulative PV does not
decrease, BAC > 0, history before the status date, programme references) are listed in docs/json-contracts.md."""
import json, pathlib

BASE = "https://github.com/pmo-core/pmo-core/blob/main/docs/schemas/"
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}
AMOUNT = {"type": "number", "minimum": 0}
EAC = ["budgetRate", "cpi", "spi", "spiT", "cpiTimesSpi", "cpiTimesSpiT", "weightedCpiSpi", "movingCpi", "bottomUp"]
DUR = ["earnedSchedule", "earnedScheduleSpiT", "earnedScheduleSciT", "plannedValue", "plannedValueSpi",
       "plannedValueSci", "earnedDuration", "earnedDurationSpi", "earnedDurationSci"]


KPI_ID = {"type": "string", "minLength": 1, "pattern": r"\S",
          "description": "A KpiLibrary id (cpi, spi, spi-t, tcpi, vac, milestone-on-time, rework, …) or a custom definition's id."}
NUMBER = {"type": "number"}
RATE = {"type": "number", "exclusiveMinimum": -1}
LEVELS = ["red", "amber-red", "amber", "amber-green", "green"]


def kpi_defs():
    return {
        "kpiObservation": {
            "type": "object", "additionalProperties": False, "required": ["kpi", "date"],
            "description": "One observation: a value, a numerator and denominator (kept for ratio-of-sums roll-ups), or missing: true.",
            "properties": {
                "kpi": KPI_ID, "date": DATE, "value": NUMBER, "numerator": NUMBER, "denominator": NUMBER,
                "missing": {"const": True, "description": "An explicit missing report (the KPI's missing-data policy applies)."},
            },
            "oneOf": [
                {"required": ["value"], "not": {"anyOf": [{"required": ["numerator"]}, {"required": ["denominator"]}, {"required": ["missing"]}]}},
                {"required": ["numerator", "denominator"], "not": {"anyOf": [{"required": ["value"]}, {"required": ["missing"]}]}},
                {"required": ["missing"], "not": {"anyOf": [{"required": ["value"]}, {"required": ["numerator"]}, {"required": ["denominator"]}]}},
            ],
        },
        "kpiTarget": {
            "type": "object", "additionalProperties": False, "required": ["kpi", "value"],
            "properties": {"kpi": KPI_ID, "effectiveFrom": {**DATE, "description": "Absent: in force from the beginning."}, "value": NUMBER},
        },
        "target": {
            "type": "object", "additionalProperties": False, "required": ["value"],
            "properties": {"effectiveFrom": {**DATE, "description": "Absent (first target only): in force from the beginning."}, "value": NUMBER},
        },
        "band": {
            "type": "object", "additionalProperties": False, "required": ["status"],
            "properties": {
                "lower": {**NUMBER, "description": "Absent: −∞."},
                "lowerInclusive": {"type": "boolean", "description": "Default: true when lower is given."},
                "upper": {**NUMBER, "description": "Absent: +∞."},
                "upperInclusive": {"type": "boolean", "default": False},
                "status": {"enum": LEVELS, "description": "A level of the definition's scale."},
            },
        },
        "kpiDefinition": {
            "type": "object", "additionalProperties": False, "required": ["id", "name", "direction"],
            "description": "A custom KPI; a library id is replaced. Bands must partition the real line (checked by the CLI).",
            "properties": {
                "id": {"type": "string", "minLength": 1, "pattern": r"\S"},
                "name": {"type": "string", "minLength": 1, "pattern": r"\S"},
                "unit": {"type": "string", "description": "\"%\" shows fractions as percentages."},
                "precision": {"type": "integer", "minimum": 0, "maximum": 15, "default": 2},
                "description": {"type": "string"},
                "direction": {"enum": ["maximise", "minimise", "targetBand", "neutral"]},
                "range": {"type": "object", "additionalProperties": False, "required": ["low", "high"],
                          "properties": {"low": NUMBER, "high": NUMBER}, "description": "Required for targetBand."},
                "start": {**NUMBER, "description": "Start (baseline) value, for bandMode achievement."},
                "targets": {"type": "array", "items": {"$ref": "#/$defs/target"}},
                "scale": {"enum": ["rag", "fiveLevel"], "default": "rag"},
                "bands": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/band"}},
                "bandMode": {"enum": ["absolute", "percentOfTarget", "achievement", "percentOfRange"], "default": "absolute"},
                "aggregation": {"enum": ["sum", "mean", "weightedMean", "min", "max", "count", "last", "ratioOfSums"], "default": "mean"},
                "missingData": {"enum": ["reportUnknown", "carryForwardLast", "treatAsWorst"], "default": "reportUnknown"},
                "maxAgeDays": {"type": "integer", "minimum": 1, "description": "Required with carryForwardLast."},
                "forecast": {"type": "object", "additionalProperties": False, "required": ["horizonDays"],
                             "properties": {"horizonDays": {"type": "integer", "minimum": 1},
                                            "trendPoints": {"type": "integer", "minimum": 2, "default": 3}}},
            },
            "allOf": [
                {"if": {"properties": {"direction": {"const": "targetBand"}}}, "then": {"required": ["range"]}, "else": {"not": {"required": ["range"]}}},
                {"if": {"properties": {"direction": {"const": "neutral"}}}, "then": {"not": {"required": ["bands"]}}, "else": {"required": ["bands"]}},
                {"if": {"properties": {"missingData": {"const": "carryForwardLast"}}, "required": ["missingData"]},
                 "then": {"required": ["maxAgeDays"]}, "else": {"not": {"required": ["maxAgeDays"]}}},
            ],
        },
    }


PROB = {"type": "number", "minimum": 0, "maximum": 1}
IMPACTS = {"type": "object", "minProperties": 0, "additionalProperties": AMOUNT,
           "description": "Raw impact per dimension: cost in currency units, schedule in calendar days; scope, quality, reputation, safety or custom ids."}
RISK_STATUS = ["open", "occurred", "closed", "expired"]


def risk_defs():
    return {
        "riskAssessment": {
            "type": "object", "additionalProperties": False, "required": ["probability", "impacts"],
            "properties": {"probability": PROB, "impacts": IMPACTS},
        },
        "riskResponse": {
            "type": "object", "additionalProperties": False, "required": ["strategy"],
            "properties": {
                "strategy": {"enum": ["avoid", "mitigate", "transfer", "accept", "escalate", "exploit", "enhance", "share"],
                             "description": "Threats: avoid, mitigate, transfer, accept, escalate; opportunities: exploit, enhance, share, accept, escalate."},
                "cost": {**AMOUNT, "default": 0},
                "owner": {"type": "string"},
                "due": DATE,
                "status": {"enum": ["planned", "inProgress", "done", "cancelled"], "default": "planned"},
                "probabilityFactor": {"type": "number", "minimum": 0, "default": 1},
                "impactFactors": {"type": "object", "additionalProperties": AMOUNT},
                "coverage": {"type": "number", "minimum": 0, "maximum": 1, "default": 0},
            },
        },
        "risk": {
            "type": "object", "additionalProperties": False, "required": ["id", "title", "kind", "identified", "inherent"],
            "properties": {
                "id": {"type": "string", "minLength": 1, "pattern": r"\S"},
                "title": {"type": "string", "minLength": 1, "pattern": r"\S"},
                "kind": {"enum": ["threat", "opportunity"]},
                "category": {"type": "string"},
                "owner": {"type": "string"},
                "status": {"enum": RISK_STATUS, "default": "open"},
                "identified": DATE,
                "proximity": {"type": "object", "additionalProperties": False, "required": ["from", "to"],
                              "properties": {"from": DATE, "to": DATE}},
                "inherent": {"$ref": "#/$defs/riskAssessment"},
                "current": {"$ref": "#/$defs/riskAssessment"},
                "residual": {"$ref": "#/$defs/riskAssessment", "description": "Explicit residual; default: the responses applied to the current (or inherent) assessment."},
                "target": {"$ref": "#/$defs/riskAssessment"},
                "responses": {"type": "array", "items": {"$ref": "#/$defs/riskResponse"}},
                "activityIds": {"type": "array", "uniqueItems": True, "items": {"type": "string", "minLength": 1, "pattern": r"\S"},
                                "description": "Activities of the project's schedule this risk hits (its schedule impact delays each one)."},
            },
        },
        "riskSnapshot": {
            "type": "object", "additionalProperties": False, "required": ["date", "risks"],
            "properties": {
                "date": DATE,
                "risks": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "probability", "impacts"],
                    "properties": {"id": {"type": "string", "minLength": 1, "description": "A risk id of the project's register."},
                                   "status": {"enum": RISK_STATUS, "default": "open"},
                                   "probability": PROB, "impacts": IMPACTS}}},
            },
        },
        "riskAppetite": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "maxEmvPerRisk": AMOUNT, "maxDelayPerRisk": AMOUNT, "maxProjectExposure": AMOUNT, "maxPortfolioExposure": AMOUNT,
                "bands": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["band"],
                    "properties": {"band": {"enum": ["high", "moderate", "low"]}, "requiresTreatmentPlan": {"type": "boolean", "default": False},
                                   "approverRole": {"type": "string"}, "maxDaysToRespond": {"type": "integer", "minimum": 0}}}},
            },
        },
    }


ID = {"type": "string", "minLength": 1, "pattern": r"\S"}
METHODS = ["weightedSum", "weightedProduct", "waspas", "topsis", "vikor", "promethee2", "spotis"]


def prioritization_defs():
    """The investment round (issue 5): the portfolio's `prioritization` section and the body of `pmo prioritize`."""
    ids = {"type": "array", "items": ID}
    return {
        "prioritization": {
            "type": "object", "additionalProperties": False, "required": ["method", "criteria", "weights", "periods", "budgets", "candidates"],
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "method": {"type": "object", "additionalProperties": False, "required": ["name"],
                           "description": "The MCDA method (docs/prioritization.md) and its options.",
                           "properties": {
                               "name": {"enum": METHODS},
                               "normalization": {"enum": ["vector", "minMax"], "default": "vector", "description": "TOPSIS only."},
                               "lambda": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.5, "description": "WASPAS only: weight of the weighted sum."},
                               "v": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.5, "description": "VIKOR only: weight of the majority-of-criteria strategy."},
                               "preferenceFunctions": {"type": "array", "description": "PROMETHEE II only; criteria not listed use the usual function.",
                                                       "items": {"type": "object", "additionalProperties": False, "required": ["criterion", "type"],
                                                                 "properties": {"criterion": ID,
                                                                                "type": {"enum": ["usual", "uShape", "vShape", "level", "linear", "gaussian"]},
                                                                                "q": {"type": "number", "minimum": 0}, "p": {"type": "number", "minimum": 0},
                                                                                "s": {"type": "number", "exclusiveMinimum": 0}}}}}},
                "tiePolicy": {"enum": ["min", "average", "dense", "inputOrder"], "default": "min"},
                "criteria": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "direction"],
                    "properties": {"id": ID, "name": {"type": "string"}, "direction": {"enum": ["benefit", "cost"]},
                                   "scaleMin": NUMBER, "scaleMax": NUMBER, "unit": {"type": "string"}}}},
                "weights": {"type": "object", "additionalProperties": False,
                            "description": "Exactly one of values (with policy) or ahp.",
                            "properties": {
                                "values": {"type": "object", "additionalProperties": {"type": "number", "exclusiveMinimum": 0},
                                           "description": "One weight per criterion id."},
                                "policy": {"enum": ["reject", "normalize"], "default": "reject",
                                           "description": "reject: weights must sum to 1; normalize: divided by their sum (reported)."},
                                "ahp": {"type": "object", "additionalProperties": False, "required": ["judgements"],
                                        "properties": {
                                            "priorityMethod": {"enum": ["eigenvector", "geometricMean", "columnMean"], "default": "eigenvector"},
                                            "randomIndex": {"enum": ["saaty", "doneganDodd", "alonsoLamata"], "default": "saaty"},
                                            "maxConsistencyRatio": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.1},
                                            "judgements": {"type": "array", "items": {
                                                "type": "object", "additionalProperties": False, "required": ["row", "column", "value"],
                                                "properties": {"row": ID, "column": ID,
                                                               "value": {"type": "number", "minimum": 0.1111111111, "maximum": 9,
                                                                         "description": "How much more important row is than column (Saaty 1-9, or a reciprocal)."}}},
                                                "description": "One judgement per pair of criteria (the upper triangle)."}}}}},
                "gates": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["criterion", "operator", "value"],
                    "properties": {"name": {"type": "string"}, "criterion": ID, "operator": {"enum": [">=", ">", "<=", "<", "=="]},
                                   "value": NUMBER}}},
                "periods": {"type": "array", "minItems": 1, "items": ID, "description": "Labels of the budget periods (e.g. years)."},
                "budgets": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "capacity"],
                    "properties": {"id": ID, "name": {"type": "string"}, "unit": {"type": "string"},
                                   "capacity": {"type": "array", "items": AMOUNT, "description": "One capacity per period."}}}},
                "candidates": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "scores"],
                    "properties": {"id": ID, "name": {"type": "string"}, "programme": {"type": "string"},
                                   "scores": {"type": "object", "additionalProperties": NUMBER, "description": "One value per criterion id."},
                                   "demand": {"type": "object", "additionalProperties": {"type": "array", "items": AMOUNT},
                                              "description": "Per budget id: the demand in each period (missing budgets: none)."},
                                   "requires": {**ids, "description": "Candidates that must be selected for this one to be."}}}},
                "mutuallyExclusive": {"type": "array", "items": {**ids, "minItems": 2}, "description": "Sets of which at most one is selected."},
                "groups": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "members"],
                    "anyOf": [{"required": ["min"]}, {"required": ["max"]}],
                    "properties": {"id": ID, "name": {"type": "string"}, "members": {**ids, "minItems": 1},
                                   "min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 0}}}},
                "forceIn": ids, "forceOut": ids,
                "selectionValue": {"type": "string", "pattern": "^(preference|criterion:.+)$", "default": "preference",
                                   "description": "The value the selection maximises: preference (the method's score; for VIKOR and SPOTIS, where lower is better, its complement 1 - score) or criterion:<id> (raw values)."},
                "sensitivity": {"type": "object", "additionalProperties": False,
                                "properties": {"topK": {"type": "integer", "minimum": 1, "default": 3},
                                               "smaaSamples": {"type": "integer", "minimum": 100, "maximum": 1000000, "default": 10000},
                                               "seed": {"type": "integer", "minimum": 0, "default": 1}}},
            },
        },
    }


def resources_defs():
    """The portfolio's `resources` section (issue 7): roles, people, pools, demand, assignments, scenarios."""
    month = {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$", "description": "A month, yyyy-MM."}
    series = {"type": "array", "items": {"type": "number", "minimum": 0}}
    return {
        "resources": {
            "type": "object", "additionalProperties": False, "required": ["firstPeriod", "periods", "roles"],
            "description": "Capacity versus demand (docs/resources.md). Hours per role and month; FTE converts with hoursPerDay × working days (Mon–Fri minus the portfolio's holidays).",
            "properties": {
                "firstPeriod": {**month, "description": "The first planning month."},
                "periods": {"type": "integer", "minimum": 1, "maximum": 120, "description": "The number of planning months."},
                "hoursPerDay": {"type": "number", "exclusiveMinimum": 0, "maximum": 24, "default": 8},
                "roles": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False, "required": ["id"],
                    "properties": {"id": ID, "name": {"type": "string"}, "department": ID, "skills": {"type": "array", "items": ID}}}},
                "people": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "role"],
                    "properties": {"id": ID, "name": {"type": "string"}, "role": ID,
                                   "fte": {"type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1},
                                   "activeFrom": DATE, "activeTo": DATE,
                                   "absences": {"type": "array", "items": {
                                       "type": "object", "additionalProperties": False, "required": ["from", "to"],
                                       "properties": {"from": DATE, "to": DATE, "fraction": {"type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1},
                                                      "reason": {"type": "string"}}}}}}},
                "pools": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["role", "fte"],
                    "description": "Unnamed capacity: full-time equivalents of a role over an optional window.",
                    "properties": {"role": ID, "fte": {"type": "number", "exclusiveMinimum": 0}, "from": DATE, "to": DATE, "name": {"type": "string"}}}},
                "proposals": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["id"],
                    "description": "Proposed (not yet approved) projects that carry demand.",
                    "properties": {"id": ID, "name": {"type": "string"}, "programme": ID}}},
                "demand": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["project", "role", "startPeriod"],
                    "oneOf": [{"required": ["fte"]}, {"required": ["hours"]}],
                    "description": "Top-down demand of a project or proposal for a role, one value per month from startPeriod.",
                    "properties": {"project": ID, "role": ID, "startPeriod": month, "fte": series, "hours": series}}},
                "assignments": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["project", "activity", "role"],
                    "description": "Bottom-up demand: units (full-time people) of a role on an activity of the project's schedule, spread over its CPM early dates.",
                    "properties": {"project": ID, "activity": ID, "role": ID, "units": {"type": "number", "exclusiveMinimum": 0, "default": 1}}}},
                "priorityOrder": {"type": "array", "items": ID, "description": "Every project and proposal once, highest priority first. Default: committed projects, then proposals by the prioritization ranking."},
                "scenarios": {"type": "array", "items": {
                    "type": "object", "additionalProperties": False, "required": ["name", "changes"],
                    "properties": {"name": {"type": "string", "minLength": 1}, "changes": {"type": "array", "minItems": 1, "items": {
                        "type": "object", "additionalProperties": False, "required": ["type"],
                        "properties": {"type": {"enum": ["addCapacity", "removePerson", "shiftProject", "cancelProject", "approveProject", "priorityOrder"]},
                                       "role": ID, "fte": {"type": "number", "exclusiveMinimum": 0}, "from": DATE, "to": DATE,
                                       "person": ID, "project": ID, "periods": {"type": "integer"},
                                       "order": {"type": "array", "items": ID}}}}}}},
            },
        },
    }


ID = {"type": "string", "minLength": 1, "pattern": r"\S"}
NUM = {"type": "number"}


def dist_defs():
    """Distribution specs and the activity network of a schedule-risk model (issue 6)."""
    def spec(name, required, optional=(), extra=None, description=None):
        props = {"type": {"const": name}}
        for k in list(required) + list(optional):
            props[k] = (extra or {}).get(k, NUM)
        d = {"type": "object", "additionalProperties": False, "required": ["type", *required], "properties": props}
        if description:
            d["description"] = description
        return d
    prob = {"type": "number", "minimum": 0, "maximum": 1}
    arr = {"type": "array", "minItems": 1, "items": NUM}
    return {
        "distribution": {
            "description": "A distribution spec. This build of pmo samples triangular and constant; the other types are validated but rejected as not supported yet.",
            "oneOf": [
                spec("triangular", ["min", "mode", "max"], description="min ≤ mode ≤ max."),
                spec("betaPert", ["min", "mode", "max"], ["shape"], extra={"shape": {"type": "number", "exclusiveMinimum": 0, "default": 4}}),
                spec("uniform", ["min", "max"]),
                spec("normal", ["mean", "sd"], ["lower", "upper"], extra={"sd": {"type": "number", "exclusiveMinimum": 0}},
                     description="Optionally truncated to [lower, upper]."),
                spec("lognormal", ["mean", "sd"], extra={"mean": {"type": "number", "exclusiveMinimum": 0}, "sd": {"type": "number", "exclusiveMinimum": 0}},
                     description="mean and sd of the variable itself (not of its logarithm)."),
                spec("trigen", ["low", "mode", "high", "lowPercentile", "highPercentile"],
                     extra={"lowPercentile": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
                            "highPercentile": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}},
                     description="A triangular distribution given by two percentiles and the mode."),
                spec("discrete", ["values", "probabilities"], extra={"values": arr, "probabilities": {"type": "array", "minItems": 1, "items": prob}}),
                spec("empirical", ["samples"], extra={"samples": arr}),
                spec("constant", ["value"]),
            ],
        },
        "scheduleActivity": {
            "type": "object", "additionalProperties": False, "required": ["id", "duration"],
            "properties": {
                "id": ID, "name": {"type": "string"},
                "duration": {"type": "number", "minimum": 0, "description": "Most likely duration, working days (0 = milestone); the deterministic plan."},
                "distribution": {"$ref": "#/$defs/distribution", "description": "Uncertainty of the duration (working days); absent: fixed."},
                "fixedCost": {"type": "number", "minimum": 0, "default": 0},
                "fixedCostDistribution": {"$ref": "#/$defs/distribution", "description": "Uncertainty of the fixed cost; absent: fixedCost."},
                "costRate": {"type": "number", "minimum": 0, "default": 0, "description": "Cost per working day of duration."},
                "startNoEarlierThan": {"type": "number", "minimum": 0, "description": "Working days after the start."},
                "existenceProbability": {"type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 1,
                                         "description": "Probability that the activity happens at all (probabilistic branch)."},
            },
        },
        "scheduleLink": {
            "type": "object", "additionalProperties": False, "required": ["predecessor", "successor"],
            "properties": {"predecessor": ID, "successor": ID, "type": {"enum": ["FS", "SS", "FF", "SF"], "default": "FS"},
                           "lag": {"type": "number", "default": 0, "description": "Working days; negative = lead."}},
        },
        "riskEventImpact": {
            "type": "object", "additionalProperties": False, "required": ["activityId", "amount"],
            "properties": {"activityId": ID, "mode": {"enum": ["absolute", "relative"], "default": "absolute",
                                                      "description": "absolute: working days added; relative: fraction of the sampled duration added (≥ −1)."},
                           "amount": {"$ref": "#/$defs/distribution"}},
        },
        "riskEvent": {
            "type": "object", "additionalProperties": False, "required": ["id", "probability"],
            "anyOf": [{"required": ["impacts"]}, {"required": ["costImpact"]}],
            "properties": {
                "id": ID, "name": {"type": "string"}, "probability": prob,
                "impacts": {"type": "array", "items": {"$ref": "#/$defs/riskEventImpact"}},
                "costImpact": {"$ref": "#/$defs/distribution"},
                "residual": {"type": "object", "additionalProperties": False,
                             "description": "Post-mitigation values; absent members are inherited from the event.",
                             "properties": {"probability": prob, "impacts": {"type": "array", "items": {"$ref": "#/$defs/riskEventImpact"}},
                                            "costImpact": {"$ref": "#/$defs/distribution"}}},
            },
        },
        "riskDriver": {
            "type": "object", "additionalProperties": False, "required": ["id", "factor", "activityIds"],
            "properties": {"id": ID, "name": {"type": "string"}, "factor": {"$ref": "#/$defs/distribution", "description": "Duration multiplier (≥ 0), one draw per iteration shared by the activities."},
                           "activityIds": {"type": "array", "minItems": 1, "uniqueItems": True, "items": ID},
                           "probability": {**prob, "default": 1}},
        },
        "correlation": {
            "type": "object", "additionalProperties": False, "required": ["a", "b", "r"],
            "properties": {"a": ID, "b": ID, "r": {"type": "number", "minimum": -1, "maximum": 1}},
        },
        "schedule": {
            "type": "object", "additionalProperties": False, "required": ["activities"],
            "description": "The project's schedule-risk model (pmo report: Schedule and cost risk section).",
            "properties": {
                "start": {**DATE, "description": "Date of working day 0; default: the current baseline's start."},
                "activities": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/scheduleActivity"}},
                "links": {"type": "array", "items": {"$ref": "#/$defs/scheduleLink"}},
                "riskEvents": {"type": "array", "items": {"$ref": "#/$defs/riskEvent"}},
                "fromRegister": {"type": "object", "additionalProperties": False,
                                 "description": "Open register risks with activityIds become events: inherent = pre-mitigation, residual = post-mitigation.",
                                 "properties": {"impactSpread": {"type": "object", "additionalProperties": False, "required": ["low", "high"],
                                                                 "description": "Triangular spread around each register impact: (low × v, v, high × v).",
                                                                 "properties": {"low": {"type": "number", "minimum": 0, "maximum": 1},
                                                                                "high": {"type": "number", "minimum": 1}}}}},
                "drivers": {"type": "array", "items": {"$ref": "#/$defs/riskDriver"}},
                "correlations": {"type": "array", "items": {"$ref": "#/$defs/correlation"}},
            },
        },
    }


def defs():
    return {
        **kpi_defs(),
        **risk_defs(),
        **dist_defs(),
        "benefits": {
            "type": "object", "additionalProperties": False, "required": ["discountRate"],
            "anyOf": [{"required": ["cashFlows"]}, {"required": ["datedCashFlows"]}],
            "properties": {
                "discountRate": {**RATE, "description": "Per year (per period of cashFlows)."},
                "convention": {"enum": ["firstFlowAtTimeZero", "firstFlowAtPeriodOne"], "default": "firstFlowAtTimeZero"},
                "cashFlows": {"type": "array", "minItems": 1, "items": NUMBER, "description": "Annual net flows; negative = outflow."},
                "datedCashFlows": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False, "required": ["date", "amount"],
                    "properties": {"date": DATE, "amount": NUMBER}},
                    "description": "Dated flows (XNPV/XIRR); the first date is time zero, no later flow may be dated before it."},
                "financeRate": {**RATE, "description": "MIRR finance rate; default the discount rate."},
                "reinvestRate": {**RATE, "description": "MIRR reinvestment rate; default the discount rate."},
            },
        },
        "flow": {
            "type": "object", "additionalProperties": False, "required": ["items"],
            "properties": {
                "items": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False, "required": ["id", "start"],
                    "properties": {"id": {"type": "string", "minLength": 1}, "start": DATE,
                                   "finish": {**DATE, "description": "Absent: in progress."}}}},
                "remainingItems": {"oneOf": [
                    {"type": "integer", "minimum": 0},
                    {"type": "object", "additionalProperties": False, "required": ["min", "max"],
                     "properties": {"min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 0}}}],
                    "description": "Items left: a count or a uniform range; default the items in progress."},
                "sleConfidence": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.85},
                "forecastTrials": {"type": "integer", "minimum": 100, "maximum": 1000000, "default": 10000},
                "seed": {"type": "integer", "minimum": 0, "default": 1},
                "throughputWindowDays": {"type": "integer", "minimum": 7, "maximum": 3650, "default": 90},
            },
        },
        "period": {
            "type": "object", "additionalProperties": False, "required": ["end"],
            "properties": {
                "end": {**DATE, "description": "Last day (inclusive) of the period."},
                "pv": {**AMOUNT, "description": "PV planned in this period (pvMode \"period\")."},
                "cumulativePv": {**AMOUNT, "description": "Cumulative PV at the end of this period (pvMode \"cumulative\")."},
            },
        },
        "baseline": {
            "type": "object", "additionalProperties": False,
            "required": ["version", "approvedOn", "start", "periods"],
            "properties": {
                "version": {"type": "integer", "minimum": 1, "description": "Version number; strictly increasing."},
                "approvedOn": {**DATE, "description": "Approval date; non-decreasing across versions."},
                "reason": {"type": "string", "description": "Why the baseline was set or changed."},
                "start": {**DATE, "description": "First day of the first period."},
                "pvMode": {"enum": ["period", "cumulative"], "default": "period"},
                "periods": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/period"}},
            },
            "if": {"properties": {"pvMode": {"const": "cumulative"}}, "required": ["pvMode"]},
            "then": {"properties": {"periods": {"items": {"required": ["cumulativePv"], "not": {"required": ["pv"]}}}}},
            "else": {"properties": {"periods": {"items": {"required": ["pv"], "not": {"required": ["cumulativePv"]}}}}},
        },
        "statusPoint": {
            "type": "object", "additionalProperties": False, "required": ["date", "ev", "ac"],
            "properties": {"date": DATE, "ev": AMOUNT, "ac": AMOUNT},
        },
        "status": {
            "type": "object", "additionalProperties": False, "required": ["ev", "ac"],
            "properties": {
                "ev": {**AMOUNT, "description": "Cumulative earned value at the status date."},
                "ac": {**AMOUNT, "description": "Cumulative actual cost at the status date."},
                "history": {"type": "array", "items": {"$ref": "#/$defs/statusPoint"},
                            "description": "Earlier cumulative points, increasing dates, before the status date."},
                "bottomUpEtc": {**AMOUNT, "description": "Bottom-up estimate to complete; adds EAC = AC + ETC."},
                "actualFinish": {**DATE, "description": "The date the project finished (on or before the status date); AT is measured to it."},
            },
        },
        "options": {
            "type": "object", "additionalProperties": False,
            "properties": {
                "compositeCpiWeight": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.8},
                "movingWindow": {"type": "integer", "minimum": 1, "default": 3},
                "eacRealismThreshold": {"type": "number", "exclusiveMinimum": 0, "default": 0.1},
                "primaryEac": {"enum": EAC, "default": "cpi"},
                "primaryDuration": {"enum": DUR, "default": "earnedScheduleSpiT"},
                "confidenceLevel": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.9},
                "cpiStabilityBand": {"type": "number", "exclusiveMinimum": 0, "default": 0.1},
            },
        },
        "project": {
            "type": "object", "additionalProperties": False, "required": ["id", "name", "baselines", "status"],
            "properties": {
                "id": {"type": "string", "minLength": 1, "pattern": r"\S"},
                "name": {"type": "string", "minLength": 1, "pattern": r"\S"},
                "programme": {"type": "string", "minLength": 1, "description": "Programme id (required in a portfolio)."},
                "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "statusDate": {**DATE, "description": "Status date; in a portfolio, overrides the portfolio's."},
                "managementReserve": {**AMOUNT, "default": 0},
                "overTargetAmount": {**AMOUNT, "default": 0},
                "baselines": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/baseline"}},
                "status": {"$ref": "#/$defs/status"},
                "options": {"$ref": "#/$defs/options"},
                "kpis": {"type": "array", "items": {"$ref": "#/$defs/kpiObservation"},
                         "description": "KPI history; dates increase per KPI. CPI, SPI, SPI(t), TCPI and VAC are also derived from the EV data."},
                "kpiTargets": {"type": "array", "items": {"$ref": "#/$defs/kpiTarget"}, "description": "Per-project target overrides."},
                "benefits": {"$ref": "#/$defs/benefits"},
                "flow": {"$ref": "#/$defs/flow"},
                "risks": {"type": "array", "items": {"$ref": "#/$defs/risk"}, "description": "The project's risk register; ids unique."},
                "riskSnapshots": {"type": "array", "items": {"$ref": "#/$defs/riskSnapshot"},
                                  "description": "Dated register snapshots (increasing dates) for the burndown."},
                "schedule": {"$ref": "#/$defs/schedule"},
            },
        },
    }


def write(name, schema):
    path = pathlib.Path(__file__).with_name(name)
    path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")


project = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "project.schema.json",
    "title": "pmo evm input: one project",
    "description": "A single project with its own status date. See docs/json-contracts.md.",
    "$ref": "#/$defs/project",
    "required": ["statusDate"],
    "$defs": defs(),
}
portfolio_defs = defs()
portfolio_defs.update(prioritization_defs())
portfolio_defs.update(resources_defs())
portfolio_defs["portfolioProject"] = {"allOf": [{"$ref": "#/$defs/project"}], "required": ["programme"]}
portfolio = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "portfolio.schema.json",
    "title": "pmo report input: a portfolio",
    "description": "Programmes and projects at a common status date. See docs/json-contracts.md.",
    "type": "object", "additionalProperties": False,
    "required": ["name", "currency", "statusDate", "programmes", "projects"],
    "properties": {
        "name": {"type": "string", "minLength": 1, "pattern": r"\S"},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 code of every amount."},
        "statusDate": {**DATE, "description": "Portfolio status date (cut-off: end of this day)."},
        "programmes": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "name"],
            "properties": {"id": {"type": "string", "minLength": 1}, "name": {"type": "string", "minLength": 1}}}},
        "projects": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/portfolioProject"}},
        "kpiDefinitions": {"type": "array", "items": {"$ref": "#/$defs/kpiDefinition"},
                           "description": "Custom KPI definitions (a library id is replaced)."},
        "holidays": {"type": "array", "items": DATE, "description": "Non-working days of the Mon–Fri delivery-forecast calendar."},
        "riskModel": {"enum": ["pmbok5x5", "ordinal5x5", "simple3x3"], "default": "pmbok5x5",
                      "description": "Risk matrix preset; impact thresholds are fractions of each project's BAC (cost) and planned duration (schedule)."},
        "riskAppetite": {"$ref": "#/$defs/riskAppetite"},
        "prioritization": {"$ref": "#/$defs/prioritization", "description": "The next investment round: candidates, criteria, weights and constraints."},
        "resources": {"$ref": "#/$defs/resources", "description": "Roles, capacity and demand for the capacity analysis (pmo capacity)."},
    },
    "$defs": portfolio_defs,
}
kpis = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "kpis.schema.json",
    "title": "pmo kpi input: subjects and their KPI observations",
    "description": "A hierarchy of subjects (parent ids) with observations; definitions extend the KPI library. See docs/json-contracts.md.",
    "type": "object", "additionalProperties": False, "required": ["subjects"],
    "properties": {
        "asOf": {**DATE, "description": "Evaluation date (required unless --as-of is given); later observations are ignored."},
        "definitions": {"type": "array", "items": {"$ref": "#/$defs/kpiDefinition"}},
        "subjects": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["id"],
            "properties": {
                "id": {"type": "string", "minLength": 1, "pattern": r"\S"},
                "name": {"type": "string", "minLength": 1, "description": "Default: the id."},
                "parent": {"type": "string", "minLength": 1, "description": "Id of another subject; no cycles."},
                "weight": {"type": "number", "minimum": 0, "default": 1, "description": "Weight for weightedMean roll-ups."},
                "targets": {"type": "array", "items": {"$ref": "#/$defs/kpiTarget"}},
                "observations": {"type": "array", "items": {"$ref": "#/$defs/kpiObservation"}},
            }}},
    },
    "$defs": kpi_defs(),
}
LEVEL = {"type": "object", "additionalProperties": False, "required": ["label", "value"],
         "properties": {"label": {"type": "string", "minLength": 1}, "value": NUMBER,
                        "lower": NUMBER, "lowerInclusive": {"type": "boolean", "default": True},
                        "upper": NUMBER, "upperInclusive": {"type": "boolean", "default": False}},
         "description": "A point level (value only) or a range level (lower/upper); a scale's levels are all one kind."}
CELL = {"type": "object", "additionalProperties": False, "required": ["score", "band"],
        "properties": {"score": NUMBER, "band": {"type": "string", "minLength": 1}, "colour": {"type": "string"}}}
risk_file_defs = {k: v for k, v in risk_defs().items() if k in ("risk", "riskAssessment", "riskResponse")}
risk_file_defs["model"] = {
    "type": "object", "additionalProperties": False, "required": ["probability", "impacts", "matrix"],
    "description": "The core's ProbabilityScaleDefinition, ImpactScaleDefinition and RiskMatrixDefinition (docs/risk-scoring.md).",
    "properties": {
        "probability": {"type": "object", "additionalProperties": False, "required": ["levels"],
                        "properties": {"levels": {"type": "array", "minItems": 2, "items": LEVEL}}},
        "impacts": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["dimension", "levels"],
            "properties": {"dimension": {"type": "string", "minLength": 1}, "unit": {"type": "string"},
                           "basis": {"enum": ["absolute", "fractionOfBudget", "fractionOfDuration"], "default": "absolute"},
                           "levels": {"type": "array", "minItems": 2, "items": LEVEL}}}},
        "matrix": {"type": "object", "additionalProperties": False, "required": ["name", "bandScaleId", "bands", "threatCells"],
                   "properties": {
                       "name": {"type": "string", "minLength": 1}, "bandScaleId": {"type": "string", "minLength": 1},
                       "bands": {"type": "array", "minItems": 1, "items": {
                           "type": "object", "additionalProperties": False, "required": ["id", "label", "colour", "rank"],
                           "properties": {"id": {"type": "string"}, "label": {"type": "string"}, "colour": {"type": "string"}, "rank": {"type": "integer"}}}},
                       "threatCells": {"type": "array", "items": {"type": "array", "items": CELL},
                                       "description": "Rows by probability level, columns by impact level (see probabilityAxis/impactAxis)."},
                       "opportunityCells": {"type": "array", "items": {"type": "array", "items": CELL}},
                       "probabilityAxis": {"type": "string"}, "impactAxis": {"type": "string"},
                       "opportunitiesMirrored": {"type": "boolean", "default": True}}},
    },
}
risk = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "risk.schema.json",
    "title": "pmo risk input: a risk register and its scoring model",
    "description": "A register scored with a preset (budget and durationDays required) or a full model. See docs/json-contracts.md.",
    "type": "object", "additionalProperties": False, "required": ["asOf", "risks"],
    "properties": {
        "asOf": {**DATE, "description": "Evaluation date (overdue responses)."},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "budget": {"type": "number", "exclusiveMinimum": 0, "description": "Divisor of cost impacts on fractionOfBudget scales (presets)."},
        "durationDays": {"type": "number", "exclusiveMinimum": 0, "description": "Divisor of schedule impacts on fractionOfDuration scales (presets)."},
        "model": {"oneOf": [{"enum": ["pmbok5x5", "ordinal5x5", "simple3x3"]}, {"$ref": "#/$defs/model"}], "default": "pmbok5x5"},
        "risks": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/risk"}},
    },
    "$defs": risk_file_defs,
}
prio_defs = prioritization_defs()
prioritize = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "prioritization.schema.json",
    "title": "pmo prioritize input: an investment round",
    "description": "Candidates scored on criteria, weights, gates and selection constraints. See docs/json-contracts.md.",
    **{k: v for k, v in prio_defs["prioritization"].items() if k != "properties"},
    "properties": {"asOf": DATE, "currency": {"type": "string", "pattern": "^[A-Z]{3}$"}, **prio_defs["prioritization"]["properties"]},
}
sched_defs = dist_defs()
schedule_risk = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "schedule-risk.schema.json",
    "title": "pmo simulate input: a schedule-risk model",
    "description": "An activity network with duration uncertainty, risk events (with post-mitigation values), drivers and correlations. Working days. See docs/json-contracts.md.",
    "type": "object", "additionalProperties": False, "required": ["activities"],
    "properties": {
        "name": {"type": "string", "minLength": 1, "pattern": r"\S"},
        "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "start": {**DATE, "description": "Date of working day 0 (for finish dates)."},
        "holidays": {"type": "array", "items": DATE, "description": "Non-working days besides weekends."},
        **{k: v for k, v in sched_defs["schedule"]["properties"].items() if k not in ("start", "fromRegister")},
    },
    "$defs": {k: v for k, v in sched_defs.items() if k != "schedule"},
}
write("schedule-risk.schema.json", schedule_risk)
write("prioritization.schema.json", prioritize)
write("kpis.schema.json", kpis)
write("risk.schema.json", risk)
write("project.schema.json", project)
write("portfolio.schema.json", portfolio)
