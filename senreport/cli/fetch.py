"""Reading one web address under an audit's rules (standard library only).

* Only ``http`` and ``https``; redirects elsewhere, or to addresses holding a user name or
  password, are refused.
* Private, loopback and other non-public addresses are refused unless the caller allows
  them (``--allow-private``); link-local addresses (169.254.0.0/16, where cloud hosts keep
  their secrets, and fe80::/10) are refused always. The check is made where the connection
  is opened, on every address the name resolves to (``socket.getaddrinfo``), so a redirect
  or a name that resolves differently later cannot reach the local network either.
* No cookies, credentials or proxies: the opener has none of those handlers.
* A pause between requests to one host, a size limit per page, and one deadline for the
  whole request (connecting, headers and body, redirects included): when it passes, the
  connection is shut, however slowly the server is still sending. Only the content types
  asked for are read.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urlsplit, urlunsplit

from senreport import __version__
from senreport.cli.inputs import UserError, decode

USER_AGENT = f"senreport/{__version__} (SEND Local Offer and SEN report audit)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: PDF and Word files (some servers send them as octet-stream; their bytes are sniffed).
DOCUMENT_TYPES = ("application/pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "application/octet-stream")


class FetchError(Exception):
    """A page that could not be read; the message is one line for the person running it."""


class SiteError(FetchError):
    """A site that could not be audited at all (its first page, or robots.txt, failed)."""


class PrivateAddressError(OSError):
    """A connection refused because the address is not on the public internet."""

    def __init__(self, host: str, address: str) -> None:
        if is_link_local(address):
            super().__init__(f"{host} is a link-local address ({address}); senreport never "
                             "reads those")
            return
        super().__init__(f"{host} is a private, loopback or link-local address ({address}); "
                         "senreport only reads public sites unless --allow-private is given")


@dataclass(frozen=True)
class CrawlOptions:
    """How far and how politely to crawl."""

    max_pages: int = 40
    delay: float = 0.5
    timeout: float = 10.0
    max_bytes: int = 2 * 1024 * 1024
    allow_private: bool = False
    follow_links: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Response:
    """What a web server answered."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


def is_link_local(address: str) -> bool:
    """Whether an IP address is link-local (never read, even with ``--allow-private``)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_link_local


class _Deadline:
    """The sockets of one request, shut when its deadline passes."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return max(self.end - time.monotonic(), 0.001)

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                sock.close()
                raise TimeoutError("the deadline has passed")
            self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)  # wakes a read blocked in another thread
                except OSError:
                    pass

    def cancel(self) -> None:
        self._timer.cancel()


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _connector(allow_private: bool, deadline: Any = None) -> Any:
    """``socket.create_connection`` that refuses non-public addresses.

    ``deadline`` is a callable giving the current request's :class:`_Deadline` (or None).
    """

    def create_connection(address: tuple[str, int], timeout: Any = None,
                          source_address: Any = None, **_ignored: Any) -> socket.socket:
        host, port = address
        infos = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
        for info in infos:
            found = str(info[4][0])
            if is_link_local(found) or not (allow_private or is_public(found)):
                raise PrivateAddressError(host, found)
        watch: _Deadline | None = deadline() if deadline is not None else None
        error: OSError | None = None
        for family, kind, proto, _name, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            try:
                if watch is not None:
                    watch.add(sock)
                    timeout = min(float(timeout or watch.remaining()), watch.remaining())
                if isinstance(timeout, (int, float)):
                    sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as problem:
                error = problem
                sock.close()
        raise error or OSError(f"{host} has no address")

    return create_connection


def _opener(allow_private: bool, deadline: Any = None) -> urllib.request.OpenerDirector:
    """An opener with only what an audit needs: no proxies, cookies, files or passwords."""
    connect = _connector(allow_private, deadline)

    class Connection(http.client.HTTPConnection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class SecureConnection(http.client.HTTPSConnection):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(Connection, req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(SecureConnection, req, context=ssl.create_default_context())

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = 5

        def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                             headers: http.client.HTTPMessage,
                             newurl: str) -> urllib.request.Request | None:
            parts = urlsplit(newurl)
            if parts.scheme not in ("http", "https") or parts.username or parts.password:
                raise FetchError(f"{req.full_url}: the server sends readers on to {newurl}, "
                                 "which is not an ordinary web address")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.OpenerDirector()
    for handler in (Plain(), Secure(), Redirects(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor(), urllib.request.UnknownHandler()):
        opener.add_handler(handler)
    return opener


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, ``/`` for an empty path."""
    parts = urlsplit(urldefrag(url.strip())[0])
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _why(error: BaseException, url: str, timeout: float) -> str:
    """A failure in the words of someone running an audit."""
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    host = urlsplit(url).hostname or url
    if isinstance(reason, PrivateAddressError):
        return f"refused: {reason}"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"the web server did not answer within {timeout:g} seconds"
    if isinstance(reason, socket.gaierror):
        return f"the site's name {host} could not be found (check the address)"
    if isinstance(reason, ConnectionRefusedError):
        return "the web server refused the connection"
    if isinstance(reason, ssl.SSLError):
        return f"the site's security certificate could not be checked ({reason.reason})"
    if isinstance(reason, http.client.HTTPException):
        return f"the web server broke off the answer ({type(reason).__name__})"
    return f"the page could not be read ({reason})"


class Fetcher:
    """Reads single addresses under the audit's rules, counting requests."""

    def __init__(self, options: CrawlOptions) -> None:
        self.options = options
        self._current = threading.local()  # each thread's request and its deadline
        self._opener = _opener(options.allow_private,
                               lambda: getattr(self._current, "deadline", None))
        self._last: dict[str, float] = {}
        #: Host -> the pause its robots.txt asks for (Crawl-delay), when longer than ours.
        self.delays: dict[str, float] = {}
        self.requests = 0

    def fetch(self, url: str, types: tuple[str, ...] | None = HTML_TYPES) -> Response:
        """Read an address; an HTTP error status is returned, anything else raises
        :class:`FetchError`. With ``types``, other content types are not read."""
        host = urlsplit(url).netloc
        delay = max(self.options.delay, self.delays.get(host, 0.0))
        pause = delay - (time.monotonic() - self._last.get(host, -1e9))
        if pause > 0:
            time.sleep(pause)
        request = urllib.request.Request(url, headers={
            "User-Agent": self.options.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"})
        self.requests += 1
        try:
            return self._read(request, types)
        except urllib.error.HTTPError as error:
            error.close()
            if 300 <= error.code < 400:  # a redirect urllib will not follow (file:, ftp:)
                raise FetchError(f"{url}: the server sends readers on to an address that is "
                                 "not an ordinary web address") from None
            return Response(error.geturl() or url, error.code, "", None, b"")
        except FetchError:
            raise
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
            raise FetchError(_why(error, url, self.options.timeout)) from None
        except ValueError:
            raise FetchError(f"{url} is not a valid web address") from None
        finally:
            self._last[host] = time.monotonic()

    def _read(self, request: urllib.request.Request, types: tuple[str, ...] | None) -> Response:
        options = self.options
        watch = _Deadline(options.timeout)
        self._current.deadline = watch
        late = FetchError(f"the web server did not answer within {options.timeout:g} seconds")
        try:
            with self._opener.open(request, timeout=options.timeout) as answer:
                late = FetchError("the web server did not finish the page within "
                                  f"{options.timeout:g} seconds")
                content_type = answer.headers.get_content_type()
                charset = answer.headers.get_content_charset()
                final = answer.geturl()
                if types is not None and content_type not in types:
                    return Response(final, answer.status, content_type, charset, b"")
                length = answer.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > options.max_bytes:
                    raise FetchError(_too_large(options.max_bytes))
                chunks: list[bytes] = []
                size = 0
                while chunk := answer.read(65536):
                    size += len(chunk)
                    if size > options.max_bytes:
                        raise FetchError(_too_large(options.max_bytes))
                    chunks.append(chunk)
                if watch.expired:  # the connection was shut under a read: the page is cut
                    raise late
                return Response(final, answer.status, content_type, charset, b"".join(chunks))
        except urllib.error.HTTPError:
            raise
        except (urllib.error.URLError, OSError, http.client.HTTPException):
            if watch.expired:
                raise late from None
            raise
        finally:
            watch.cancel()
            self._current.deadline = None


def _too_large(limit: int) -> str:
    return f"the page is larger than {limit / (1024 * 1024):g} MB, so it was not read"


def page_text(response: Response) -> str:
    """The page's text, in the character set it declares (or UTF-8)."""
    if response.charset:
        try:
            return response.body.decode(response.charset, errors="replace")
        except LookupError:
            pass
    try:
        return decode(response.body, response.url)
    except UserError:
        return response.body.decode("utf-8", errors="replace")
