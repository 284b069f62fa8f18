"""``POST /v1/validate``: check content sent in the request and answer the CLI's JSON."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify

from senreport.check import check
from sidecar.api.common import date_field, json_body, text_field

bp = Blueprint("validate", __name__, url_prefix="/v1")


def check_body(body: dict[str, Any], source: str) -> dict[str, Any]:
    """Check ``body["content"]`` with the body's kind, school_type and today; the check JSON."""
    content = text_field(body, "content", required=True) or ""
    result = check(content, source=source, kind=text_field(body, "kind"),
                   school_type=text_field(body, "school_type"), today=date_field(body, "today"))
    return result.to_dict()


@bp.post("/validate")
def validate() -> Response:
    """Body ``{"content", "kind"?, "school_type"?, "today"?}``; answers the check JSON.

    Unreadable content (empty, binary, an unknown kind) is a 422 with the checker's message.
    """
    body = json_body()
    return jsonify(check_body(body, source=text_field(body, "source") or "request"))
