"""check URL and import URL: one deadline per request, and the audit's address policy."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from senreport.cli import main

EXAMPLE = Path(__file__).parent.parent / "senreport" / "examples" / "oakfield-primary.yaml"


class _Dripper:
    """A server on 127.0.0.1 that answers one byte a second, in its headers or its body."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.listener.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            if self.where == "headers":
                head, slow = b"", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" * 20
            else:
                head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 500\r\n\r\n"
                slow = b"<p>" + b"x" * 497
            try:
                conn.sendall(head)
                for byte in slow:
                    if self.stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(1.0)
            except OSError:
                return  # the client gave up, as it should

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.fixture(params=["headers", "body"])
def dripper(request) -> Iterator[_Dripper]:
    server = _Dripper(request.param)
    yield server
    server.close()


def _error(capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert err.startswith("senreport: ") and len(err.strip().splitlines()) == 1, err
    return err


def test_check_url_ends_within_its_timeout_while_a_server_drips(dripper, capsys) -> None:
    url = f"http://127.0.0.1:{dripper.port}/report"
    started = time.monotonic()
    err = _error(capsys, "check", url, "--allow-private", "--timeout", "2")
    assert time.monotonic() - started < 2 + 2
    assert "within 2 seconds" in err


class _Redirects(BaseHTTPRequestHandler):
    targets: dict[str, str] = {}

    def do_GET(self) -> None:  # noqa: N802
        if self.path in self.targets:
            self.send_response(302)
            self.send_header("Location", self.targets[self.path])
            self.end_headers()
            return
        body = EXAMPLE.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/yaml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Redirects)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Redirects.targets = {
        "/metadata": "http://169.254.169.254/latest/meta-data/",
        "/file": "file:///etc/passwd",
        "/gopher": "gopher://127.0.0.1:70/",
        "/local": f"{base}/report.yaml",
        "/ipv6-link-local": "http://[fe80::1]/",
    }
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("command", ["check", "import"])
def test_private_addresses_need_allow_private(site, capsys, command: str) -> None:
    err = _error(capsys, command, f"{site}/report.yaml")
    assert "private, loopback" in err and "--allow-private" in err
    assert main([command, f"{site}/report.yaml", "--allow-private"]) in (0, 1)
    capsys.readouterr()


@pytest.mark.parametrize("command", ["check", "import"])
@pytest.mark.parametrize("path, words", [
    ("/metadata", "link-local"), ("/ipv6-link-local", "link-local"),
    ("/file", "not an ordinary web address"), ("/gopher", "not an ordinary web address")])
def test_redirects_are_checked_before_connecting(site, capsys, command: str, path: str,
                                                 words: str) -> None:
    err = _error(capsys, command, f"{site}{path}", "--allow-private")
    assert words in err


def test_a_redirect_within_the_allowed_addresses_is_followed(site, capsys) -> None:
    assert main(["check", f"{site}/local", "--allow-private", "--format", "json"]) in (0, 1)
    assert '"kind": "sen-report"' in capsys.readouterr().out


def test_the_audit_fetcher_keeps_the_same_deadline(dripper) -> None:
    from senreport.cli.fetch import CrawlOptions, Fetcher, FetchError

    fetcher = Fetcher(CrawlOptions(delay=0, timeout=1.5, allow_private=True))
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 1.5 seconds"):
        fetcher.fetch(f"http://127.0.0.1:{dripper.port}/")
    assert time.monotonic() - started < 1.5 + 2
