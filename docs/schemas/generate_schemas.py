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


def defs():
    return {
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
    },
    "$defs": portfolio_defs,
}
write("project.schema.json", project)
write("portfolio.schema.json", portfolio)
