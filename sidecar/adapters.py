"""Thin adapters between the HTTP layer and the Store / WordPressClient.

The API code asks these few questions (which site is this, give me a client, fetch a post's
saved content) so that the shape of a stored site or of a client method is decided in one place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sidecar.store import Store
from sidecar.wordpress import WordPressClient, WordPressError


@dataclass(frozen=True)
class SiteInfo:
    """A registered site as the API shows it (the password is never part of it)."""

    name: str
    url: str
    user: str

    def to_dict(self) -> dict[str, str]:
        """The public fields."""
        return {"name": self.name, "url": self.url, "user": self.user}


def _field(raw: Any, name: str) -> Any:
    if isinstance(raw, Mapping):
        return raw.get(name)
    return getattr(raw, name, None)


def site_info(raw: Any) -> SiteInfo:
    """A SiteInfo from whatever the store returns for a site (mapping or object)."""
    return SiteInfo(name=str(_field(raw, "name") or ""), url=str(_field(raw, "url") or ""),
                    user=str(_field(raw, "user") or ""))


def get_registered_site(store: Store, name: str) -> SiteInfo | None:
    """The site registered as ``name``, or None."""
    try:
        raw = store.get_site(name)
    except LookupError:
        return None
    return None if raw is None else site_info(raw)


def list_registered_sites(store: Store) -> list[SiteInfo]:
    """Every registered site, by name."""
    return sorted((site_info(raw) for raw in store.list_sites()), key=lambda s: s.name)


def normalise_url(url: str) -> str:
    """A site address compared loosely: scheme and host lower case, no trailing slash."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port in (None, default) else f"{host}:{port}"
    return f"{netloc}{parts.path.rstrip('/')}"


def find_site_by_url(store: Store, url: str) -> SiteInfo | None:
    """The registered site at ``url`` (http/https, case and trailing slash ignored), or None."""
    wanted = normalise_url(url)
    for site in list_registered_sites(store):
        if normalise_url(site.url) == wanted:
            return site
    return None


def site_key_for_url(url: str) -> str:
    """The key findings of an unregistered site are stored under: its host (and port/path).

    Slashes of a subfolder install become ``_`` so the key fits in one URL path segment.
    """
    return normalise_url(url).replace("/", "_") or "unknown-site"


def client_for(store: Store, site: SiteInfo, *, timeout: float) -> WordPressClient:
    """A WordPressClient for a registered site, with its stored application password."""
    return WordPressClient(site.url, site.user, store.site_password(site.name), timeout=timeout)


def fetch_post_content(store: Store, site: SiteInfo, post_type: str, post_id: int, *,
                       timeout: float) -> str:
    """The saved (raw, block markup) content of a page or post, fetched over REST."""
    client = client_for(store, site, timeout=timeout)
    try:
        data = _get_post(client, post_type, post_id)
    finally:
        close = getattr(client, "close", None)
        if callable(close):
            close()
    content = data.get("content") if isinstance(data, Mapping) else data
    if isinstance(content, Mapping):
        content = content.get("raw") if content.get("raw") is not None else content.get("rendered")
    if not isinstance(content, str):
        raise WordPressError(f"WordPress did not send the content of {post_type} {post_id}.")
    return content


def _get_post(client: Any, post_type: str, post_id: int) -> Any:
    route = f"wp/v2/{post_type}s/{post_id}"
    for method in ("get_page", "get_post") if post_type == "page" else ("get_post",):
        getter = getattr(client, method, None)
        if callable(getter):
            return getter(post_id)
    getter = getattr(client, "get", None)
    if callable(getter):
        return getter(route, params={"context": "edit"})
    raise TypeError("WordPressClient has no way to read a post")  # pragma: no cover


def as_plain(value: Any) -> Any:
    """Dataclasses and objects with ``to_dict()`` as JSON-ready values; others unchanged."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: as_plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, Mapping):
        return {str(k): as_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_plain(v) for v in value]
    return str(value)
