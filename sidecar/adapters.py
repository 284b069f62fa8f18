"""Thin adapters between the HTTP layer and the Store / WordPressClient.

The API asks these few questions (which registered site is at this address, give me a client,
fetch a post's saved content) so the answers are decided in one place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from sidecar.errors import UnknownSiteError
from sidecar.store import Site, Store
from sidecar.wordpress import WordPressClient, WordPressError


def get_registered_site(store: Store, name: str) -> Site | None:
    """The site registered as ``name``, or None."""
    try:
        return store.get_site(name)
    except UnknownSiteError:
        return None


def normalise_url(url: str) -> str:
    """A site address compared loosely: scheme, case, default port and trailing slash ignored."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: compare the address as written
        return url.strip().lower().rstrip("/")
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port in (None, default) else f"{host}:{port}"
    return f"{netloc}{parts.path.rstrip('/')}"


def find_site_by_url(store: Store, url: str) -> Site | None:
    """The registered site at ``url``, or None."""
    wanted = normalise_url(url)
    for site in store.list_sites():
        if normalise_url(site.url) == wanted:
            return site
    return None


def site_key_for_url(url: str) -> str:
    """The key findings of an unregistered site are stored under: its host (and port/path).

    Slashes of a subfolder install become ``_`` so the key fits in one URL path segment.
    """
    return normalise_url(url).replace("/", "_") or "unknown-site"


def client_for(store: Store, site: Site, *, timeout: float) -> WordPressClient:
    """A WordPressClient for a registered site, with its stored application password."""
    return WordPressClient(site.url, site.user, store.site_password(site.name), timeout=timeout)


def fetch_post_content(store: Store, site: Site, post_type: str, post_id: int, *,
                       timeout: float) -> str:
    """The saved content (``content.raw``: the block markup) of a page or post, over REST."""
    with client_for(store, site, timeout=timeout) as client:
        if post_type == "page":
            data = client.get_page(post_id)
        else:
            data = client.get(f"/wp/v2/{post_type}s/{int(post_id)}", {"context": "edit"})
    content = data.get("content") if isinstance(data, Mapping) else None
    if isinstance(content, Mapping):
        content = content.get("raw")
    if not isinstance(content, str):
        raise WordPressError(None, "no_content",
                             f"WordPress at {site.url} did not send the saved content of "
                             f"{post_type} {post_id}; the sidecar's WordPress user may not be "
                             "allowed to edit it.")
    return content


def as_plain(value: Any) -> Any:
    """Dataclasses and objects with ``to_dict()`` as JSON-ready values; others unchanged."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): as_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    return str(value)
