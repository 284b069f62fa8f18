"""One error handler: every failure leaves the sidecar as ``{"error": {"code", "message"}}``.

Messages are written for a school's web administrator; tracebacks go to the log only.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from senreport.check import InputError
from senreport.limits import LimitError
from senreport.readers.structured import ReportError
from sidecar.errors import SidecarError

log = logging.getLogger("sidecar")


class ApiError(Exception):
    """An error this API answers on purpose, with its status, code and message."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


# Plain-English answers for the HTTP errors Flask and werkzeug raise themselves.
_HTTP_MESSAGES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "The request could not be understood by the SEN report sidecar."),
    401: ("unauthorised", "The request is not signed in: send the sidecar's access token."),
    403: ("forbidden", "This request is not allowed."),
    404: ("not_found", ("There is nothing at this address on the SEN report sidecar. "
                        "Check the address in the plugin or script settings.")),
    413: ("too_large", ("The request is too large for the SEN report sidecar (the limit is "
                        "{limit}). Split the page, or remove embedded images and files.")),
    415: ("unsupported_media_type", ("Send the request as JSON, with the header "
                                     "'Content-Type: application/json'.")),
    429: ("too_many_requests", "Too many requests: wait a moment and try again."),
    500: ("internal_error", ("Something went wrong inside the SEN report sidecar. The details "
                             "are in its log; please try again or tell whoever runs it.")),
    503: ("unavailable", ("The SEN report sidecar cannot answer at the moment; "
                          "please try again shortly.")),
}


def _human_size(size: int | None) -> str:
    if not size:
        return "set by the server"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MB"
    return f"{size / 1024:g} KB"


def describe(error: Exception, max_content_length: int | None = None
             ) -> tuple[int, str, str, dict[str, str]]:
    """The status, code, message and extra headers to answer for an exception."""
    if isinstance(error, ApiError):
        return error.status, error.code, error.message, error.headers
    if isinstance(error, LimitError):  # before ReportError and InputError, which it may be
        code = "too_large" if error.status == 413 else "too_complex"
        return error.status, code, str(error), {}
    if isinstance(error, ReportError):
        return 422, "invalid_report", str(error), {}
    if isinstance(error, InputError):
        return 422, "invalid_content", str(error), {}
    if isinstance(error, SidecarError):
        # Domain errors carry their own status and code (WordPressError 502, ConflictError
        # 409, UnknownSiteError 404); the message is written for the user already.
        status = error.http_status if isinstance(error.http_status, int) else 400
        return status, error.code, error.message, {}
    if isinstance(error, HTTPException):
        status = error.code or 500
        headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
        if status == 405:
            allowed = [m.strip() for m in headers.get("Allow", "").split(",")
                       if m.strip() not in ("", "HEAD", "OPTIONS")]
            return 405, "method_not_allowed", (
                f"This address does not accept {request.method} requests"
                + (f"; use {' or '.join(allowed)}." if allowed else ".")), headers
        code, message = _HTTP_MESSAGES.get(
            status, (_snake(error.name), error.description or error.name))
        return status, code, message.format(limit=_human_size(max_content_length)), headers
    code, message = _HTTP_MESSAGES[500]
    return 500, code, message, {}


def _snake(name: str | None) -> str:
    return "_".join((name or "error").lower().split())


def error_response(http_status: int, code: str, message: str,
                   headers: dict[str, str] | None = None, **extra: Any) -> Response:
    """A JSON error answer in the one shape every client understands (``extra`` keys are
    added beside ``error``, as /healthz does)."""
    response = jsonify({"error": {"code": code, "message": message}, **extra})
    response.status_code = http_status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def register_error_handler(app: Flask) -> None:
    """Send every HTTP, domain and unexpected error through one JSON handler."""

    def handle(error: Exception) -> Response:
        status, code, message, headers = describe(error, app.config.get("MAX_CONTENT_LENGTH"))
        if status == 500:
            # The traceback is for the operator's log, never for the response.
            log.error("%s %s failed: %s", request.method, request.path, type(error).__name__,
                      exc_info=not isinstance(error, (HTTPException, ApiError)))
        elif status >= 500:
            # Only the code and our own message: never headers or the body (hooks carry pages).
            log.warning("%s %s answered %d %s: %s", request.method, request.path, status, code,
                        message)
        return error_response(status, code, message, headers)

    app.register_error_handler(HTTPException, handle)
    app.register_error_handler(Exception, handle)
