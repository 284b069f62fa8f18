"""What every endpoint shares: the app's services, reading a JSON body, the management token."""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from flask import current_app, request

from senreport.limits import LimitError, check_json
from sidecar.config import Settings
from sidecar.errors_http import ApiError
from sidecar.replay import ReplayGuard
from sidecar.store import Store

EXTENSION_KEY = "senreport"


@dataclass
class Services:
    """The objects one app owns, kept in ``app.extensions["senreport"]``."""

    settings: Settings
    store: Store
    replay: ReplayGuard


def services() -> Services:
    """The current app's services."""
    found: Services = current_app.extensions[EXTENSION_KEY]
    return found


def json_body(raw: bytes | None = None) -> dict[str, Any]:
    """The request's JSON object; 415 unless it is sent as JSON, 400 unless it parses."""
    if request.mimetype != "application/json":
        raise ApiError(415, "unsupported_media_type",
                       "Send the request as JSON, with the header "
                       "'Content-Type: application/json'.")
    data = request.get_data(cache=True) if raw is None else raw
    try:
        text = data.decode(request.mimetype_params.get("charset", "utf-8"))
        check_json(text, "The request body")
        value = json.loads(text)
    except LimitError as error:
        raise ApiError(error.status, "too_large" if error.status == 413 else "too_complex",
                       str(error)) from None
    except (UnicodeDecodeError, LookupError):
        raise ApiError(400, "invalid_json",
                       "The request body is not valid JSON (it is not UTF-8 text).") from None
    except json.JSONDecodeError as error:
        raise ApiError(400, "invalid_json",
                       f"The request body is not valid JSON (line {error.lineno}, column "
                       f"{error.colno}: {error.msg}).") from None
    if not isinstance(value, dict):
        raise ApiError(400, "invalid_request",
                       "The request body should be a JSON object, like {\"content\": \"...\"}.")
    return value


def text_field(body: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    """A string field of the body, or None; 400 if it is missing (when required) or not text."""
    value = body.get(name)
    if value is None:
        if required:
            raise ApiError(400, "missing_field", f"The request is missing the field '{name}'.")
        return None
    if not isinstance(value, str):
        raise ApiError(400, "invalid_field", f"The field '{name}' should be text.")
    return value


def date_field(body: dict[str, Any], name: str) -> date | None:
    """An optional YYYY-MM-DD field; 400 if it is not a date."""
    value = text_field(body, name)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, "invalid_field",
                       f"The field '{name}' should be a date like 2026-09-01, not {value!r}.") \
            from None


def require_api_token() -> None:
    """Refuse a management request without ``Authorization: Bearer <API_TOKEN>``.

    With no token configured the management endpoints are closed (503), never open.
    """
    token = services().settings.API_TOKEN
    if not token:
        raise ApiError(503, "not_configured",
                       "Site management is not configured on this sidecar: set "
                       "SENREPORT_API_TOKEN (or api_token in its config file) and restart it.")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    # compare_digest on bytes: constant time, and no error for non-ASCII input.
    if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorised",
                       "This request needs the sidecar's access token, sent as "
                       "'Authorization: Bearer <token>'. The token given is missing or wrong.",
                       headers={"WWW-Authenticate": 'Bearer realm="senreport"'})
