"""WordPressClient: faults from a stub HTTP server on 127.0.0.1, and a real WordPress."""

from __future__ import annotations

import base64
import json
import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from urllib3.exceptions import MaxRetryError, NewConnectionError
from urllib3.util.retry import Retry

from sidecar.errors import SidecarError, WordPressError
from sidecar.wordpress import WordPressClient, _IdempotentRetry

try:
    from tests.wordpress_harness import VERSIONS, WordPressSite
except ImportError:  # tests/ itself on sys.path
    from wordpress_harness import VERSIONS, WordPressSite

PASSWORD = "Secr et12 3456 7890 abcd efgh"


class _Stub(BaseHTTPRequestHandler):
    """Answers by path; counts requests per (method, path)."""

    counts: dict[tuple[str, str], int] = {}
    seen_auth: list[str] = []

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, body: bytes | str, headers: dict[str, str] | None = None,
              content_type: str = "application/json") -> None:
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        path, _, query = self.path.partition("?")
        key = (self.command, path)
        self.counts[key] = self.counts.get(key, 0) + 1
        self.seen_auth.append(self.headers.get("Authorization", ""))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        route = path.removeprefix("/wp-json")
        if route == "/ok":
            self._send(200, json.dumps({"ok": True}))
        elif route == "/slow":
            time.sleep(1.5)
            self._send(200, "{}")
        elif route == "/boom":
            self._send(500, "<html><body>Fatal error</body></html>", content_type="text/html")
        elif route == "/html":
            self._send(200, "<!doctype html><title>Parked domain</title>", content_type="text/html")
        elif route == "/unavailable":
            # 503 twice, then fine: an idempotent request gets through on its retries.
            if self.counts[key] <= 2:
                self._send(503, json.dumps({"code": "busy", "message": "Busy"}))
            else:
                self._send(200, json.dumps({"ok": self.counts[key]}))
        elif route == "/denied":
            self._send(401, json.dumps({"code": "incorrect_password",
                                        "message": f"The password {PASSWORD} is wrong.",
                                        "data": {"status": 401}}))
        elif route == "/forbidden":
            self._send(403, json.dumps({"code": "rest_cannot_edit",
                                        "message": "Sorry, you are <b>not allowed</b> to edit.",
                                        "data": {"status": 403}}))
        elif route == "/missing":
            self._send(404, json.dumps({"code": "rest_no_route", "message": "No route"}))
        elif route == "/moved":
            self._send(301, "", headers={"Location": "https://elsewhere.example/wp-json/moved"})
        elif route == "/items":
            page = int(dict(p.split("=") for p in query.split("&") if p).get("page", "1"))
            self._send(200, json.dumps([{"n": (page - 1) * 2 + i} for i in range(2)]),
                       headers={"X-WP-TotalPages": "3", "X-WP-Total": "6"})
        else:
            self._send(404, json.dumps({"code": "rest_no_route", "message": "No route"}))

    do_GET = do_POST = do_PUT = do_DELETE = _handle


@pytest.fixture(scope="module")
def stub():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def client(stub):
    _Stub.counts.clear()
    _Stub.seen_auth.clear()
    with WordPressClient(stub, "admin", PASSWORD, timeout=0.5, retries=2) as wp:
        yield wp


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_basic_auth_is_sent_and_json_returned(client):
    assert client.get("/ok") == {"ok": True}
    scheme, token = _Stub.seen_auth[-1].split()
    assert scheme == "Basic" and base64.b64decode(token).decode() == f"admin:{PASSWORD}"


def test_timeout(client):
    started = time.monotonic()
    with pytest.raises(WordPressError) as caught:
        client.get("/slow")
    assert time.monotonic() - started < 1.2  # not retried: a read timeout is final
    assert caught.value.status is None and caught.value.code == "wordpress_timeout"
    assert f"WordPress at {client.base_url} did not answer within 0.5 seconds" in str(caught.value)


def test_server_error(client):
    with pytest.raises(WordPressError, match=r"had an internal error \(HTTP 500\)") as caught:
        client.get("/boom")
    assert caught.value.status == 500 and isinstance(caught.value, SidecarError)


def test_not_json(client):
    with pytest.raises(WordPressError, match="answered with something that is not JSON; is "
                                             "this the right address"):
        client.get("/html")


def test_connection_refused():
    url = f"http://127.0.0.1:{_free_port()}"
    with WordPressClient(url, "admin", PASSWORD, timeout=1, retries=1) as wp:
        with pytest.raises(WordPressError) as caught:
            wp.get("/ok")
    assert caught.value.code == "wordpress_unreachable"
    assert str(caught.value).startswith(f"WordPress at {url} could not be reached")


def test_503_is_retried_for_get_and_put_but_never_for_post(client):
    assert client.get("/unavailable") == {"ok": 3}
    assert _Stub.counts[("GET", "/wp-json/unavailable")] == 3
    assert client.put("/unavailable", {}) == {"ok": 3}
    with pytest.raises(WordPressError, match="HTTP 503"):
        client.post("/unavailable", {"title": "x"})
    assert _Stub.counts[("POST", "/wp-json/unavailable")] == 1


def test_connection_errors_are_never_retried_for_post():
    retry = _IdempotentRetry(total=2, connect=2, read=False, status=2,
                             allowed_methods=frozenset({"GET", "PUT", "DELETE", "HEAD"}))
    error = NewConnectionError(None, "refused")  # type: ignore[arg-type]
    assert isinstance(retry.increment("GET", "/x", error=error), Retry)
    with pytest.raises(MaxRetryError):
        retry.increment("POST", "/x", error=error)


def test_plain_messages_for_wordpress_errors(client):
    with pytest.raises(WordPressError) as denied:
        client.get("/denied")
    assert denied.value.status == 401 and denied.value.code == "incorrect_password"
    assert str(denied.value) == ("WordPress did not accept the user name or application "
                                 "password for this site.")
    with pytest.raises(WordPressError) as forbidden:
        client.get("/forbidden")
    assert str(forbidden.value) == ("WordPress refused: the user 'admin' is not allowed to do "
                                    "this (Sorry, you are not allowed to edit.).")
    with pytest.raises(WordPressError, match="does not offer this part of its REST API"):
        client.get("/missing")
    with pytest.raises(WordPressError, match="sends requests on to https://elsewhere.example"):
        client.post("/moved", {})


def test_lazy_pagination(client):
    items = client.iter_pages("/items", {"context": "edit"}, per_page=2)
    assert next(items) == {"n": 0}
    assert _Stub.counts[("GET", "/wp-json/items")] == 1  # nothing fetched ahead
    assert [i["n"] for i in items] == [1, 2, 3, 4, 5]
    assert _Stub.counts[("GET", "/wp-json/items")] == 3


def test_credentials_never_in_repr_logs_or_errors(client, caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("urllib3", "requests", "sidecar"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    messages = []
    for path in ("/ok", "/denied", "/boom", "/html", "/unavailable", "/slow"):
        try:
            client.get(path)
        except WordPressError as error:
            messages += [str(error), repr(error), error.message]
    assert messages and caplog.records
    assert "GET /ok -> 200" in caplog.text
    token = base64.b64encode(f"admin:{PASSWORD}".encode()).decode()
    for text in [caplog.text, repr(client), repr(client.session.auth), *messages]:
        assert PASSWORD not in text and token not in text
        assert PASSWORD.replace(" ", "") not in text


def test_addresses_with_credentials_are_refused():
    with pytest.raises(WordPressError, match="without a user name or password"):
        WordPressClient("https://admin:pw@school.example", "admin", PASSWORD)
    with pytest.raises(WordPressError, match="is not a web address"):
        WordPressClient("school.example", "admin", PASSWORD)
    assert WordPressClient("https://s.example/wp-json/", "a", "b").base_url == "https://s.example"


# -- a real WordPress -------------------------------------------------------------------------

@pytest.fixture(scope="module", params=VERSIONS, ids=[f"wp{v}" for v in VERSIONS])
def site(request):
    with WordPressSite.start(request.param) as wp:
        yield wp


@pytest.mark.wordpress
def test_real_wordpress_pages_revisions_and_pagination(site):
    with WordPressClient(site.url, site.user, site.app_password) as wp:
        assert wp.users_me()["capabilities"]["edit_pages"] is True
        ids = [wp.create_page(f"Page {n}", f"<p>{n}</p>", slug=f"client-{n}")["id"]
               for n in range(3)]
        assert wp.find_page_by_slug("client-1")["id"] == ids[1]
        assert wp.find_page_by_slug("no-such-page") is None
        # In order of id: by date (the default) pages saved in the same second can move from
        # one page of results to the next between requests.
        listed = list(wp.iter_pages("/wp/v2/pages", {"status": "any", "context": "edit",
                                                     "orderby": "id", "order": "asc"},
                                    per_page=2))
        assert set(ids) <= {p["id"] for p in listed}
        assert wp.list_revisions(ids[0]) == []
        wp.update_page(ids[0], content="<p>changed</p>")
        assert len(wp.list_revisions(ids[0])) == 1
        assert wp.get_page(ids[0])["content"]["raw"] == "<p>changed</p>"
        with pytest.raises(WordPressError) as missing:
            wp.get_page(999999)
        assert missing.value.status == 404
        theme = wp.active_theme()
        assert theme["stylesheet"] == "twentytwentyone" and theme["is_block_theme"] is False


@pytest.mark.wordpress
def test_real_wordpress_wrong_password(site):
    with WordPressClient(site.url, site.user, "wrong pass word 1234") as wp:
        with pytest.raises(WordPressError) as caught:
            wp.users_me()
    assert caught.value.status == 401
    assert str(caught.value) == ("WordPress did not accept the user name or application "
                                 "password for this site.")
