"""Managing registered WordPress sites: the report page, the Local Offer widget, findings.

Every endpoint here needs ``Authorization: Bearer <API_TOKEN>``.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, jsonify, request

from senreport.readers.structured import load_report
from sidecar.adapters import as_plain, client_for, get_registered_site
from sidecar.api.common import json_body, require_api_token, services, text_field
from sidecar.errors_http import ApiError
from sidecar.inject import InjectResult, inject_report
from sidecar.store import Site
from sidecar.widget import place_local_offer_link, remove_local_offer_link
from sidecar.wordpress import WordPressClient, WordPressError

bp = Blueprint("sites", __name__, url_prefix="/v1/sites")
bp.before_request(require_api_token)

_TRUE = ("1", "true", "yes", "on")
HISTORY_LIMIT = 20
HISTORY_LIMIT_MAX = 200


def _site(name: str) -> Site:
    """The registered site; UnknownSiteError (404) otherwise."""
    return services().store.get_site(name)


def _client(site: Site) -> WordPressClient:
    current = services()
    return client_for(current.store, site, timeout=current.settings.WP_TIMEOUT)


@bp.get("")
def list_sites() -> Response:
    """``{"sites": [{"name", "url", "user"}, ...]}`` (never a password)."""
    return jsonify({"sites": [site.to_dict() for site in services().store.list_sites()]})


def _inject(client: WordPressClient, site: Site, report: Any, dry_run: bool,
            force: bool = False) -> InjectResult:
    """Update the page senreport last wrote for this site, or find/create it by its slug."""
    store = services().store
    page_id = store.last_injected_page(site.name)
    try:
        return inject_report(client, report, page_id=page_id, dry_run=dry_run, force=force)
    except WordPressError as error:
        if page_id is None or error.status not in (404, 410):
            raise
        # The page senreport wrote last was deleted in WordPress: fall back to the slug.
        return inject_report(client, report, page_id=None, dry_run=dry_run, force=force)


@bp.post("/<site>/sen-report")
def sen_report(site: str) -> Response:
    """Create or update the report page from a report model; ``?dry_run=1`` only shows the diff,
    ``?force=1`` writes even while someone has the page open in the editor (else 409).

    Answers ``{"page_id", "link", "action", "findings"}`` (and ``"diff"`` in a dry run). The
    findings of the saved page are recorded by the plugin's save hook, not here, so a page
    written through the API is not counted twice.
    """
    registered = _site(site)
    body = json_body()
    dry_run = request.args.get("dry_run", "").strip().lower() in _TRUE
    force = request.args.get("force", "").strip().lower() in _TRUE
    # JSON is YAML, so the report file's reader (with its field-by-field messages) reads it.
    report = load_report(json.dumps(body, ensure_ascii=False), source="the report sent")
    with _client(registered) as client:
        result = _inject(client, registered, report, dry_run, force)
    answer: dict[str, Any] = {"page_id": result.page_id, "link": result.link,
                              "action": result.action, "findings": result.findings}
    if dry_run:
        answer["diff"] = result.diff
    elif result.page_id is not None and result.action != "unchanged":
        services().store.add_injection(registered.name, result.page_id, result.action)
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
    with _client(registered) as client:
        result = place_local_offer_link(client, authority, url,
                                        sidebar=text_field(body, "sidebar"))
    return jsonify({"site": registered.name, **as_plain(result)})


@bp.delete("/<site>/local-offer-widget")
def remove_widget(site: str) -> Response:
    """Remove the Local Offer link widget placed by senreport."""
    registered = _site(site)
    with _client(registered) as client:
        result = remove_local_offer_link(client)
    return jsonify({"site": registered.name, **as_plain(result)})


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
