"""Managing registered WordPress sites: the report page, the Local Offer widget, findings.

Every endpoint here needs ``Authorization: Bearer <API_TOKEN>``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from flask import Blueprint, Response, jsonify, request

from senreport.readers.structured import load_report
from sidecar.adapters import (
    SiteInfo,
    as_plain,
    client_for,
    get_registered_site,
    list_registered_sites,
)
from sidecar.api.common import json_body, require_api_token, services, text_field
from sidecar.errors_http import ApiError
from sidecar.inject import inject_report
from sidecar.widget import place_local_offer_link, remove_local_offer_link

bp = Blueprint("sites", __name__, url_prefix="/v1/sites")
bp.before_request(require_api_token)

_TRUE = ("1", "true", "yes", "on")
HISTORY_LIMIT = 20
HISTORY_LIMIT_MAX = 200


def _site(name: str) -> SiteInfo:
    site = get_registered_site(services().store, name)
    if site is None:
        raise ApiError(404, "unknown_site",
                       f"No site called {name!r} is registered with this sidecar. Register it "
                       "with 'senreport site add', or check the name with GET /v1/sites.")
    return site


def _client(site: SiteInfo) -> Any:
    current = services()
    return client_for(current.store, site, timeout=current.settings.WP_TIMEOUT)


@bp.get("")
def list_sites() -> Response:
    """``{"sites": [{"name", "url", "user"}, ...]}`` (never a password)."""
    sites = list_registered_sites(services().store)
    return jsonify({"sites": [site.to_dict() for site in sites]})


@bp.post("/<site>/sen-report")
def sen_report(site: str) -> Response:
    """Create or update the report page from a report model; ``?dry_run=1`` only shows the diff."""
    registered = _site(site)
    body = json_body()
    dry_run = request.args.get("dry_run", "").strip().lower() in _TRUE
    # JSON is YAML, so the report file's reader (with its field-by-field messages) reads it.
    report = load_report(json.dumps(body, ensure_ascii=False), source="the report sent")
    result = inject_report(_client(registered), report, dry_run=dry_run)
    findings = as_plain(result.findings)
    answer: dict[str, Any] = {"page_id": result.page_id, "link": result.link,
                              "action": result.action, "findings": findings}
    if dry_run or result.diff is not None:
        answer["diff"] = result.diff
    if not dry_run and result.page_id and isinstance(findings, dict):
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()
        services().store.add_findings(registered.name, int(result.page_id), findings, digest)
    return jsonify(answer)


@bp.post("/<site>/local-offer-widget")
def place_widget(site: str) -> Response:
    """Place the Local Offer link widget: body ``{"authority", "url", "sidebar"?}``."""
    registered = _site(site)
    body = json_body()
    authority = text_field(body, "authority", required=True) or ""
    url = text_field(body, "url", required=True) or ""
    if not url.startswith(("https://", "http://")):
        raise ApiError(422, "invalid_field",
                       f"The Local Offer address should be a web address starting with https://, "
                       f"not {url!r}.")
    result = place_local_offer_link(_client(registered), authority, url,
                                    sidebar=text_field(body, "sidebar"))
    return jsonify({"site": registered.name, "placed": True, "result": as_plain(result)})


@bp.delete("/<site>/local-offer-widget")
def remove_widget(site: str) -> Response:
    """Remove the Local Offer link widget placed by senreport."""
    registered = _site(site)
    result = remove_local_offer_link(_client(registered))
    return jsonify({"site": registered.name, "removed": as_plain(result)})


@bp.get("/<site>/pages/<int:page_id>/findings")
def findings_history(site: str, page_id: int) -> Response:
    """The findings stored for one page, newest first (``?limit=``, default 20).

    ``site`` is a registered name, or for a plugin-only site the key the save hook stored
    under (its host name); 404 when it is neither registered nor has any history.
    """
    raw_limit = request.args.get("limit", str(HISTORY_LIMIT))
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= HISTORY_LIMIT_MAX:
        raise ApiError(400, "invalid_parameter",
                       f"'limit' should be a number from 1 to {HISTORY_LIMIT_MAX}.")
    store = services().store
    history = [as_plain(entry) for entry in store.findings_history(site, page_id, int(raw_limit))]
    if not history and get_registered_site(store, site) is None:
        raise ApiError(404, "unknown_site",
                       f"No site called {site!r} is registered, and no findings are stored "
                       "for it.")
    return jsonify({"site": site, "page_id": page_id, "history": history})
