"""The crawler: politeness and safety, against sites served from 127.0.0.1."""

from __future__ import annotations

import time

import pytest
from audit_sites import EASTSHIRE, NORTHSHIRE, ROBOTS_EASTSHIRE, ROBOTS_FORBIDDEN, Site, page

from senreport.cli.crawl import Crawler, CrawlOptions, SiteError, extract_links
from senreport.cli.fetch import Fetcher, FetchError, is_public, normalise_url

FAST = CrawlOptions(delay=0, timeout=2, allow_private=True)


def crawl(site: Site, options: CrawlOptions = FAST, path: str = "") -> tuple[list[str], Crawler]:
    crawler = Crawler(site.url + path, options)
    return [p.url.removeprefix(site.url.rstrip("/")) for p in crawler.pages()], crawler


def test_follows_links_within_the_site_and_counts_documents() -> None:
    with Site(NORTHSHIRE, extra={"/docs/send-strategy.pdf": (200, "application/pdf", b"%")}) \
            as site:
        pages, crawler = crawl(site)
    assert pages[0] == "/"
    assert sorted(pages) == sorted(NORTHSHIRE)
    assert site.requests["/robots.txt"] == 1 and site.requests["/funding"] == 1
    assert site.requests["/docs/send-strategy.pdf"] == 0  # counted, not read
    assert crawler.log.documents == {site.url + "docs/send-strategy.pdf"}
    assert crawler.log.requests == len(NORTHSHIRE) + 1 and not crawler.log.limit_reached


def test_page_limit() -> None:
    with Site(NORTHSHIRE) as site:
        pages, crawler = crawl(site, CrawlOptions(delay=0, allow_private=True, max_pages=3))
    assert len(pages) == 3 and crawler.log.limit_reached


def test_robots_txt_is_honoured_and_failures_are_skipped() -> None:
    with Site(EASTSHIRE, robots=ROBOTS_EASTSHIRE, extra={
            "/big": (200, "text/html", b"<p>" + b"word " * 400 + b"</p>")}) as site:
        pages, crawler = crawl(site, CrawlOptions(delay=0, allow_private=True, max_bytes=1000))
    assert sorted(pages) == ["/", "/graduated-approach"]
    assert site.requests["/private/draft"] == 0
    reasons = dict((url.removeprefix(site.url.rstrip("/")), why)
                   for url, why in crawler.log.skipped)
    assert "robots.txt" in reasons["/private/draft"]
    assert "larger than" in reasons["/big"]
    assert reasons["/missing"] == "the web server answered 404"


def test_robots_txt_forbidding_everything_stops_the_site() -> None:
    with Site(NORTHSHIRE, robots=ROBOTS_FORBIDDEN) as site:
        with pytest.raises(SiteError, match="robots.txt asks crawlers not to read /"):
            crawl(site)
    assert site.total() == 1


def test_robots_txt_with_a_server_error_stops_the_site() -> None:
    with Site(NORTHSHIRE, extra={"/robots.txt": (503, "text/plain", b"busy")}) as site:
        with pytest.raises(SiteError, match="503"):
            crawl(site)


def test_slow_site_times_out() -> None:
    with Site(NORTHSHIRE, sleep=1.0) as site:
        started = time.monotonic()
        with pytest.raises(SiteError, match="did not answer within 0.2 seconds"):
            crawl(site, CrawlOptions(delay=0, timeout=0.2, allow_private=True))
        assert time.monotonic() - started < 0.9


def test_broken_site() -> None:
    with Site(NORTHSHIRE, status=500) as site:
        with pytest.raises(SiteError, match="answered 500"):
            crawl(site)


def test_only_html_is_read() -> None:
    pages = {"/": page("Home", '<p><a href="/data">Data</a> <a href="/logo.png">Logo</a></p>')}
    with Site(pages, extra={"/data": (200, "application/octet-stream", b"\x00\x01")}) as site:
        found, crawler = crawl(site)
    assert found == ["/"] and site.requests["/logo.png"] == 0
    assert dict(crawler.log.skipped)[site.url + "data"] == (
        "not a web page (application/octet-stream)")


def test_pause_between_requests_to_one_host() -> None:
    pages = {"/": page("Home", '<p><a href="/a">A</a> <a href="/b">B</a></p>'),
             "/a": page("A", "<p>A</p>"), "/b": page("B", "<p>B</p>")}
    with Site(pages) as site:
        started = time.monotonic()
        found, _ = crawl(site, CrawlOptions(delay=0.12, allow_private=True))
        elapsed = time.monotonic() - started
    assert len(found) == 3 and elapsed >= 3 * 0.12  # four requests, three pauses


def test_no_cookies_or_credentials_and_a_named_user_agent() -> None:
    with Site(NORTHSHIRE) as site:
        crawl(site)
    assert len(site.headers) > 3  # the site set a cookie on every answer
    for headers in site.headers:
        assert headers["User-Agent"].startswith("senreport/")
        assert "Cookie" not in headers and "Authorization" not in headers


def test_private_addresses_are_refused_unless_allowed() -> None:
    with Site(NORTHSHIRE) as site:
        with pytest.raises(SiteError, match="private, loopback or link-local"):
            crawl(site, CrawlOptions(delay=0))
        localhost = site.url.replace("127.0.0.1", "localhost")
        with pytest.raises(SiteError, match="private"):
            list(Crawler(localhost, CrawlOptions(delay=0)).pages())
    assert site.total() == 0


@pytest.mark.parametrize("address, public", [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.10", False), ("172.16.5.4", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False), ("::1", False),
    ("fe80::1%eth0", False), ("fc00::1", False), ("::ffff:127.0.0.1", False),
    ("224.0.0.1", False), ("8.8.8.8", True), ("2001:4860:4860::8888", True),
])
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public(address) is public


@pytest.mark.parametrize("url, message", [
    ("ftp://127.0.0.1/", "only http and https"),
    ("file:///etc/passwd", "only http and https"),
    ("http://officer:secret@127.0.0.1/", "user name or password"),
])
def test_only_plain_web_addresses(url: str, message: str) -> None:
    with pytest.raises(SiteError, match=message):
        list(Crawler(url, FAST).pages())


def test_redirects_within_the_site_are_followed_and_others_refused() -> None:
    pages = {"/": page("Home", '<p><a href="/old">Old</a> <a href="/away">Away</a></p>'),
             "/new": page("New", "<p>Moved here.</p>")}
    with Site(pages, redirects={"/old": "/new", "/away": "file:///etc/passwd"}) as site:
        found, crawler = crawl(site)
    assert sorted(found) == ["/", "/new"]
    assert "not an ordinary web address" in dict(crawler.log.skipped)[site.url + "away"]


def test_a_redirect_to_a_private_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend 127.0.0.1 is a public address; the site redirects to 127.0.0.2 (private).
    monkeypatch.setattr("senreport.cli.fetch.is_public", lambda address: address == "127.0.0.1")
    with Site({}) as site:
        site.redirects["/"] = site.url.replace("127.0.0.1", "127.0.0.2")
        with pytest.raises(FetchError, match="127.0.0.2 is a private"):
            Fetcher(CrawlOptions(delay=0)).fetch(site.url)
    assert site.requests["/"] == 1


def test_links_and_addresses() -> None:
    text = ('<html><head><base href="/lo/"></head><body><a href="a#x">A</a>'
            '<a href="https://other.example/b" rel="nofollow">B</a><a href=" c?q=1 ">C</a>'
            "</body></html>")
    assert extract_links(text, "http://x.example/start") == [
        ("http://x.example/lo/a#x", "A"), ("http://x.example/lo/c?q=1", "C")]
    assert extract_links('<meta name="robots" content="noindex, nofollow"><a href="/a">A</a>',
                         "http://x.example/") == []
    assert normalise_url("HTTP://Example.GOV.uk:80/a#top") == "http://example.gov.uk/a"
    assert normalise_url("https://x.example:8443") == "https://x.example:8443/"
