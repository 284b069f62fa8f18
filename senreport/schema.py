"""The published JSON Schema of a report file (``senreport schema``)."""

from __future__ import annotations

from typing import Any

from senreport.catalogue import items_for
from senreport.model import KINDS, OTHER, SCHOOL_TYPES

SCHEMA_ID = "https://senreport.readthedocs.io/en/latest/schema/report.json"


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every report file follows."""
    item_ids = sorted({item.id for kind in KINDS for item in items_for(kind)} | {OTHER})
    text = {"type": ["string", "null"]}
    day = {"type": ["string", "null"], "format": "date"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "senreport report",
        "description": "A SEN information report, SEND policy, Local Offer or governors' report "
                       "in structured form.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "kind": {"enum": list(KINDS), "default": "sen-report"},
            "school": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "type": {"enum": list(SCHOOL_TYPES), "default": "mainstream"},
                    "url": {"type": ["string", "null"], "format": "uri"},
                },
            },
            "senco": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "name": text,
                    "title": {"type": "string", "default": "SENCO"},
                    "email": {"type": ["string", "null"], "format": "email"},
                    "phone": text,
                },
            },
            "local_offer": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "authority": text,
                    "url": {"type": ["string", "null"], "format": "uri"},
                },
            },
            "reviewed": day,
            "next_review": day,
            "sections": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["item"],
                    "properties": {
                        "item": {"enum": item_ids, "description": "The item it answers "
                                 "(Schedule 1 ids for a SEN report; 'other' for the rest)."},
                        "title": {"type": "string"},
                        "body": {"type": ["string", "null"],
                                 "description": "Plain text (blank lines between paragraphs) "
                                                "or HTML."},
                    },
                },
            },
        },
    }
