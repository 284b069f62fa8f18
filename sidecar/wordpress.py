"""A small client for the WordPress REST API, authenticated with an application password.

One :class:`WordPressClient` owns one ``requests.Session``; every call goes through
:meth:`WordPressClient._request`, which sets the timeout, retries idempotent methods only, and
turns every failure into one :class:`~sidecar.errors.WordPressError` whose message a school's
web administrator can act on. The application password lives only in the session's auth
object: it never appears in ``repr``, in log lines or in error messages.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import time
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import ConnectionPool
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from sidecar.errors import CONFLICT_MESSAGE, ConflictError, PostLockedError, WordPressError

__all__ = ["WordPressClient", "WordPressError"]

log = logging.getLogger("sidecar.wordpress")

IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD"})
_RETRY_STATUSES = (502, 503, 504)
_BAD_CREDENTIALS = {
    "rest_not_logged_in", "incorrect_password", "invalid_username", "invalid_email",
    "rest_authentication_error", "application_passwords_disabled",
}
_TAG = re.compile(r"<[^>]+>")


class _IdempotentRetry(Retry):
    """``Retry`` that never retries a method outside ``allowed_methods``.

    urllib3 retries connection errors whatever the method; a POST that creates a page must
    never be sent twice, so for those methods every error is final.
    """

    def increment(self, method: str | None = None, url: str | None = None,
                  response: BaseHTTPResponse | None = None, error: Exception | None = None,
                  _pool: ConnectionPool | None = None,
                  _stacktrace: TracebackType | None = None) -> Self:
        retry = self
        if method is not None and self.allowed_methods is not None \
                and method.upper() not in self.allowed_methods:
            retry = self.new(total=0, connect=0, read=False, status=0, other=0)
        return Retry.increment(retry, method, url, response, error, _pool, _stacktrace)


class _ApplicationPassword(requests.auth.AuthBase):
    """HTTP Basic auth whose ``repr`` never shows the password."""

    def __init__(self, user: str, password: str) -> None:
        self._basic = requests.auth.HTTPBasicAuth(user, password)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        return self._basic(request)

    def __repr__(self) -> str:
        return "<application password>"


class WordPressClient:
    """The WordPress REST API of one site, as the given user."""

    def __init__(self, base_url: str, user: str, app_password: str, timeout: float = 10.0,
                 retries: int = 2) -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise WordPressError(None, "invalid_url",
                                 f"{base_url!r} is not a web address; use one like "
                                 "https://www.school.example.sch.uk")
        if parts.username or parts.password:
            raise WordPressError(None, "invalid_url",
                                 "Give the site's address without a user name or password in it.")
        self.base_url = base_url.strip().rstrip("/")
        if self.base_url.endswith("/wp-json"):
            self.base_url = self.base_url[: -len("/wp-json")]
        self.user = user
        self.timeout = timeout
        self._secret = app_password  # kept only to scrub it from WordPress's own messages
        self.session = requests.Session()
        self.session.auth = _ApplicationPassword(user, app_password)
        self.session.headers.update({"Accept": "application/json",
                                     "User-Agent": "senreport-sidecar"})
        retry = _IdempotentRetry(
            total=retries, connect=retries, read=False, status=retries, other=0,
            allowed_methods=IDEMPOTENT_METHODS, status_forcelist=_RETRY_STATUSES,
            backoff_factor=0.2, raise_on_status=False, respect_retry_after_header=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def __repr__(self) -> str:
        return f"WordPressClient(base_url={self.base_url!r}, user={self.user!r})"

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the session's connections."""
        self.session.close()

    # -- the one way out ------------------------------------------------------------------------

    def url(self, path: str) -> str:
        """The full address of a REST route such as ``/wp/v2/pages``."""
        return f"{self.base_url}/wp-json/{path.lstrip('/')}"

    def _request(self, method: str, path: str, *, answered: tuple[int, ...] = (),
                 **kw: Any) -> requests.Response:
        """Send one request; return the response, or raise :class:`WordPressError`
        (except for the error statuses in ``answered``, which are returned)."""
        kw.setdefault("timeout", self.timeout)
        # A redirect would turn a POST into a GET and may send the password to another address.
        kw["allow_redirects"] = False
        started = time.monotonic()
        try:
            response = self.session.request(method, self.url(path), **kw)
        except requests.Timeout:
            log.debug("%s %s: no answer within %gs", method, path, self.timeout)
            raise WordPressError(None, "wordpress_timeout",
                                 f"WordPress at {self.base_url} did not answer within "
                                 f"{self.timeout:g} seconds; try again later.") from None
        except requests.exceptions.SSLError:
            log.debug("%s %s: TLS failed", method, path)
            raise WordPressError(None, "wordpress_tls",
                                 f"The security certificate of {self.base_url} was not "
                                 "accepted; check the address (https://) with your hosting "
                                 "provider.") from None
        except requests.RequestException as error:
            log.debug("%s %s: %s", method, path, type(error).__name__)
            raise WordPressError(None, "wordpress_unreachable",
                                 f"WordPress at {self.base_url} could not be reached; check "
                                 "the address and that the site is up.") from None
        log.debug("%s %s -> %d (%.0f ms)", method, path, response.status_code,
                  (time.monotonic() - started) * 1000)
        if 300 <= response.status_code < 400:
            target = response.headers.get("Location", "another address")
            raise WordPressError(response.status_code, "wordpress_redirect",
                                 f"WordPress at {self.base_url} sends requests on to {target}; "
                                 "save the site with that address instead.")
        if response.status_code >= 400 and response.status_code not in answered:
            raise self._error(response)
        return response

    def _json(self, response: requests.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            raise WordPressError(response.status_code, "not_json",
                                 f"WordPress at {self.base_url} answered with something that is "
                                 "not JSON; is this the right address?") from None

    def _error(self, response: requests.Response) -> WordPressError:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        code = str(body.get("code", "")) if isinstance(body, dict) else ""
        message = _plain(body.get("message", "")) if isinstance(body, dict) else ""
        if self._secret:
            message = message.replace(self._secret, "********")
        if status == 401 or code in _BAD_CREDENTIALS:
            return WordPressError(status, code or "unauthorised",
                                  "WordPress did not accept the user name or application "
                                  "password for this site.")
        if status >= 500:
            return WordPressError(status, code or "wordpress_server_error",
                                  f"WordPress at {self.base_url} had an internal error (HTTP "
                                  f"{status}); try again later, or ask your hosting provider to "
                                  "look at the site's error log.")
        if not isinstance(body, dict):
            return WordPressError(status, "not_json",
                                  f"WordPress at {self.base_url} answered with something that "
                                  f"is not JSON (HTTP {status}); is this the right address?")
        if code == "rest_no_route" and status == 404:
            return WordPressError(status, code,
                                  f"WordPress at {self.base_url} does not offer this part of "
                                  "its REST API; is this the right address and a current "
                                  "WordPress?")
        if status == 403:
            return WordPressError(status, code or "forbidden",
                                  f"WordPress refused: the user {self.user!r} is not allowed to "
                                  f"do this ({message or 'no reason given'}).")
        return WordPressError(status, code or "wordpress_error",
                              f"WordPress answered HTTP {status}: "
                              f"{message or 'no reason given'}.")

    # -- generic calls ---------------------------------------------------------------------------

    def get(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        """GET a route and return its JSON."""
        return self._json(self._request("GET", path, params=dict(params or {})))

    def post(self, path: str, data: Mapping[str, Any]) -> Any:
        """POST JSON to a route and return its JSON (never retried)."""
        return self._json(self._request("POST", path, json=dict(data)))

    def put(self, path: str, data: Mapping[str, Any]) -> Any:
        """PUT JSON to a route and return its JSON."""
        return self._json(self._request("PUT", path, json=dict(data)))

    def delete(self, path: str, params: Mapping[str, Any] | None = None) -> Any:
        """DELETE a route and return its JSON."""
        return self._json(self._request("DELETE", path, params=dict(params or {})))

    def iter_pages(self, path: str, params: Mapping[str, Any] | None = None,
                   per_page: int = 100) -> Iterator[Any]:
        """Every item of a collection, fetching one page of results at a time."""
        query = {"per_page": per_page, **dict(params or {})}
        page = 1
        while True:
            response = self._request("GET", path, params={**query, "page": page})
            items = self._json(response)
            if not isinstance(items, list):
                raise WordPressError(response.status_code, "not_a_list",
                                     f"WordPress at {self.base_url} did not answer with a list "
                                     "where one was expected; is this the right address?")
            yield from items
            total = response.headers.get("X-WP-TotalPages", "1")
            if not total.isdigit() or page >= int(total) or not items:
                return
            page += 1

    # -- users, pages, revisions ----------------------------------------------------------------

    def users_me(self) -> dict[str, Any]:
        """The user the application password belongs to (with capabilities)."""
        return dict(self.get("/wp/v2/users/me", {"context": "edit"}))

    def get_page(self, page_id: int, context: str = "edit") -> dict[str, Any]:
        """One page; ``context="edit"`` gives ``content.raw`` (the block markup)."""
        return dict(self.get(f"/wp/v2/pages/{int(page_id)}", {"context": context}))

    def find_page_by_slug(self, slug: str) -> dict[str, Any] | None:
        """The page with this slug in any status but the bin, or None."""
        try:
            for page in self.iter_pages("/wp/v2/pages",
                                        {"slug": slug, "status": "any", "context": "edit"}):
                return dict(page)
        except WordPressError as error:
            # WordPress treats a wrong application password as no password at all, and to a
            # visitor "status=any" is a bad parameter (400): ask who we are to say so plainly.
            if error.status == 400:
                self.users_me()
            raise
        return None

    def create_page(self, title: str, content: str, *, status: str = "draft",
                    slug: str | None = None) -> dict[str, Any]:
        """Create a page and return it."""
        data: dict[str, Any] = {"title": title, "content": content, "status": status}
        if slug:
            data["slug"] = slug
        return dict(self.post("/wp/v2/pages", data))

    def update_page(self, page_id: int, **fields: Any) -> dict[str, Any]:
        """Change some fields of a page (PUT, so a lost connection is safely retried)."""
        return dict(self.put(f"/wp/v2/pages/{int(page_id)}", fields))

    def update_page_if_unchanged(self, page_id: int, expected_raw: str, *, force: bool = False,
                                 **fields: Any) -> tuple[dict[str, Any], bool]:
        """Change a page only if it still holds ``expected_raw`` (checked by wp-bridge).

        Returns the page and whether wp-bridge made the check (without the plugin the
        headers are ignored and the caller must check afterwards). A page changed since it
        was read raises :class:`ConflictError`; a page someone has open in the editor
        raises :class:`PostLockedError`, unless ``force``.
        """
        headers = {"X-SENReport-If-Content":
                   hashlib.sha256(expected_raw.encode("utf-8")).hexdigest()}
        if force:
            headers["X-SENReport-Force"] = "1"
        response = self._request("PUT", f"/wp/v2/pages/{int(page_id)}", json=dict(fields),
                                 headers=headers, answered=(409, 423))
        if response.status_code in (409, 423):
            try:
                body = response.json()
            except ValueError:
                body = None
            data = body.get("data") if isinstance(body, dict) else None
            if response.status_code == 423:
                editor = data.get("editor") if isinstance(data, dict) else None
                raise PostLockedError(str(editor or "Someone"))
            raise ConflictError(CONFLICT_MESSAGE)
        return dict(self._json(response)), response.headers.get("X-SENReport-Guard") == "checked"

    def list_revisions(self, page_id: int) -> list[dict[str, Any]]:
        """The revisions of a page, newest first."""
        return list(self.iter_pages(f"/wp/v2/pages/{int(page_id)}/revisions",
                                    {"context": "edit"}))

    # -- themes, sidebars, widgets, template parts ----------------------------------------------

    def active_theme(self) -> dict[str, Any]:
        """The active theme (``is_block_theme`` filled in on WordPress before 6.2 too)."""
        themes = self.get("/wp/v2/themes", {"status": "active"})
        if not isinstance(themes, list) or not themes:
            raise WordPressError(200, "no_theme", "WordPress did not say which theme is active.")
        theme = dict(themes[0])
        if theme.get("is_block_theme") is None:  # the field is new in WordPress 6.2
            supports = theme.get("theme_supports") or {}
            theme["is_block_theme"] = bool(supports.get("block-templates"))
        return theme

    def list_sidebars(self) -> list[dict[str, Any]]:
        """Every widget area of the active theme, ``wp_inactive_widgets`` included."""
        return list(self.get("/wp/v2/sidebars", {"context": "edit"}))

    def update_sidebar(self, sidebar_id: str, widgets: list[str]) -> dict[str, Any]:
        """Set the widgets of a widget area, in order (others move to the inactive area)."""
        return dict(self.put(f"/wp/v2/sidebars/{quote(sidebar_id, safe='')}",
                             {"widgets": widgets}))

    def list_widgets(self, sidebar: str | None = None) -> list[dict[str, Any]]:
        """Every widget (of one widget area, if given), with its raw instance."""
        params: dict[str, Any] = {"context": "edit"}
        if sidebar:
            params["sidebar"] = sidebar
        return list(self.get("/wp/v2/widgets", params))

    def create_block_widget(self, sidebar: str, content: str) -> dict[str, Any]:
        """Add a block widget holding ``content`` (see :meth:`update_sidebar` for 6.1's quirk)."""
        return dict(self.post("/wp/v2/widgets", {"id_base": "block", "sidebar": sidebar,
                                                 "instance": {"raw": {"content": content}}}))

    def update_block_widget(self, widget_id: str, content: str,
                            sidebar: str | None = None) -> dict[str, Any]:
        """Change a block widget's content (and its widget area)."""
        data: dict[str, Any] = {"instance": {"raw": {"content": content}}}
        if sidebar:
            data["sidebar"] = sidebar
        return dict(self.put(f"/wp/v2/widgets/{quote(widget_id, safe='')}", data))

    def delete_widget(self, widget_id: str) -> dict[str, Any]:
        """Delete a widget for good."""
        return dict(self.delete(f"/wp/v2/widgets/{quote(widget_id, safe='')}", {"force": True}))

    def list_template_parts(self, area: str | None = None) -> list[dict[str, Any]]:
        """The template parts of the active block theme (of one area, if given)."""
        params: dict[str, Any] = {"context": "edit"}
        if area:
            params["area"] = area
        return list(self.get("/wp/v2/template-parts", params))

    def update_template_part(self, part_id: str, content: str) -> dict[str, Any]:
        """Replace a template part's content (ids look like ``twentytwentyfive//footer``)."""
        return dict(self.put(f"/wp/v2/template-parts/{part_id}", {"content": content}))


def _plain(message: Any) -> str:
    """WordPress's message as one line of text (it sometimes holds HTML)."""
    return " ".join(html.unescape(_TAG.sub("", str(message))).split())
