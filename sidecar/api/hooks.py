"""``POST /v1/hooks/wordpress/save``: wp-bridge reports a save; check it and keep the findings.

The request is signed: ``X-SENReport-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
"<t>.<raw body>">`` with the shared secret (``SENREPORT_HOOK_SECRET`` here,
``SENREPORT_SHARED_SECRET`` in the plugin). A signature is accepted only within
SIGNATURE_TOLERANCE seconds of its timestamp and only once.

Nothing here logs the body, the signature or the secret: a saved page may hold pupils' names.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from typing import Any

from flask import Blueprint, Response, jsonify, request

from sidecar.adapters import fetch_post_content, find_site_by_url, site_key_for_url
from sidecar.api.common import json_body, services, text_field
from sidecar.api.validate import check_body
from sidecar.errors_http import ApiError

bp = Blueprint("hooks", __name__, url_prefix="/v1/hooks")
log = logging.getLogger("sidecar.hooks")

SIGNATURE_HEADER = "X-SENReport-Signature"
POST_TYPES = ("page", "post")


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The header value for ``body`` signed at ``timestamp`` (what wp-bridge sends)."""
    digest = hmac.new(secret.encode("utf-8"), str(timestamp).encode("ascii") + b"." + body,
                      hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def _refuse(message: str, code: str = "bad_signature") -> ApiError:
    return ApiError(401, code, message,
                    headers={"WWW-Authenticate": f'{SIGNATURE_HEADER} realm="senreport"'})


def parse_signature(header: str) -> tuple[int, list[str]]:
    """The timestamp and the v1 digests of a signature header; 401 if it is malformed."""
    timestamp: int | None = None
    digests: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1" and value:
            digests.append(value.strip().lower())
    if timestamp is None or not digests:
        raise _refuse(f"The {SIGNATURE_HEADER} header should look like t=<unix time>,v1=<hex>; "
                      "check the wp-bridge plugin is up to date.")
    return timestamp, digests


def verify_signature(secret: str, header: str | None, body: bytes, *, tolerance: int,
                     now: float | None = None) -> tuple[int, str]:
    """Check a signed request; answers (timestamp, matching digest) or raises a 401."""
    if not header:
        raise _refuse(f"This request is not signed: the {SIGNATURE_HEADER} header is missing.",
                      code="unsigned")
    timestamp, digests = parse_signature(header)
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance:
        raise _refuse("This request's signature has expired (or the clocks of WordPress and the "
                      f"sidecar differ by more than {tolerance} seconds).",
                      code="expired_signature")
    expected = sign(secret, timestamp, body).partition(",v1=")[2]
    # Check every digest in constant time, so timing says nothing about which one nearly matched.
    matched = [d for d in digests if hmac.compare_digest(d.encode("ascii", "replace"),
                                                         expected.encode("ascii"))]
    if not matched:
        raise _refuse("This request's signature is wrong: the shared secret in WordPress "
                      "(SENREPORT_SHARED_SECRET) does not match the sidecar's "
                      "(SENREPORT_HOOK_SECRET).")
    return timestamp, matched[0]


def _post_id(body: dict[str, Any]) -> int:
    value = body.get("post_id")
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ApiError(400, "invalid_field", "The field 'post_id' should be a positive number.")
    return value


@bp.post("/wordpress/ping")
def wordpress_ping() -> Response:
    """A signed request that checks nothing: wp-bridge's "Test connection" sends it to learn
    whether the shared secrets match (401 ``bad_signature`` when they do not)."""
    settings = services().settings
    if not settings.HOOK_SECRET:
        raise ApiError(503, "not_configured",
                       "Save checks are not configured on this sidecar: set "
                       "SENREPORT_HOOK_SECRET to the same secret as the plugin's "
                       "SENREPORT_SHARED_SECRET and restart it.")
    verify_signature(settings.HOOK_SECRET, request.headers.get(SIGNATURE_HEADER),
                     request.get_data(cache=True), tolerance=settings.SIGNATURE_TOLERANCE)
    return jsonify({"status": "ok", "signature": "valid"})


@bp.post("/wordpress/save")
def wordpress_save() -> Response:
    """Check a saved post (sent in the body, or fetched over REST) and store its findings."""
    current = services()
    settings = current.settings
    if not settings.HOOK_SECRET:
        raise ApiError(503, "not_configured",
                       "Save checks are not configured on this sidecar: set "
                       "SENREPORT_HOOK_SECRET to the same secret as the plugin's "
                       "SENREPORT_SHARED_SECRET and restart it.")
    if request.mimetype != "application/json":
        json_body()  # raises the 415 in the one wording every endpoint uses
    raw = request.get_data(cache=True)
    timestamp, digest = verify_signature(settings.HOOK_SECRET,
                                         request.headers.get(SIGNATURE_HEADER), raw,
                                         tolerance=settings.SIGNATURE_TOLERANCE)
    # Remembered until the timestamp itself leaves the window; the store survives a restart.
    if not current.replay.first_use(f"v1={digest}",
                                    expires_at=timestamp + settings.SIGNATURE_TOLERANCE):
        log.warning("hook refused: a signed request was sent again (replay)")
        raise ApiError(409, "replayed",
                       "This signed request has already been received; each save is sent once. "
                       "Save the page again to send a new check.")
    body = json_body(raw)
    site_url = text_field(body, "site_url", required=True) or ""
    post_id = _post_id(body)
    post_type = text_field(body, "post_type") or "page"
    content = text_field(body, "content")
    site = find_site_by_url(current.store, site_url)
    if content is None:
        if post_type not in POST_TYPES:
            raise ApiError(400, "invalid_field",
                           f"The field 'post_type' should be one of {', '.join(POST_TYPES)} when "
                           "no content is sent.")
        if site is None:
            raise ApiError(404, "unknown_site",
                           f"No site is registered at {site_url}, so the sidecar cannot fetch the "
                           "page: register it with 'senreport site add', or let the plugin send "
                           "the content.")
        content = fetch_post_content(current.store, site, post_type, post_id,
                                     timeout=settings.WP_TIMEOUT)
    key = site.name if site is not None else site_key_for_url(site_url)
    result = check_body({**body, "content": content}, source=f"{site_url} {post_type} {post_id}")
    content_hash = hashlib.sha256(content.encode("utf-8")).hexdigest()
    current.store.add_findings(key, post_id, result, content_hash)
    log.info("hook: checked %s %s %d: %d errors, %d warnings", key, post_type, post_id,
             result["summary"]["errors"], result["summary"]["warnings"])
    return jsonify({**result, "stored": True})
