"""Crawling a Local Offer: its pages, read politely within the authority's own site.

``robots.txt`` is honoured (and its ``Crawl-delay``); pages are read through
:class:`senreport.cli.fetch.Fetcher` (public addresses only unless allowed, no cookies or
credentials, a pause between requests, a timeout and a size limit per page, HTML only).
Links are followed within the site's own host, nearest first and those whose address or
text speaks of SEND before others, up to a page limit. Links to PDF and Word documents
are counted, not read.
"""

from __future__ import annotations

import heapq
import re
import urllib.robotparser
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from senreport.cli.fetch import (
    DOCUMENT_TYPES,
    HTML_TYPES,
    CrawlOptions,
    Fetcher,
    FetchError,
    SiteError,
    normalise_url,
    page_text,
)

__all__ = ["CrawlLog", "CrawlOptions", "Crawler", "FetchError", "Page", "SiteError",
           "extract_links"]

ROBOTS_AGENT = "senreport"
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods",
                     ".ppt", ".pptx")
_OTHER_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".css", ".js",
                   ".zip", ".mp3", ".mp4", ".csv", ".xml", ".json", ".ics", ".txt")
_SEND_WORDS = re.compile(r"send|\bsen\b|special|disab|local.?offer|ehc|funding|early.?years|"
                         r"post.?16|school|feedback|transition|adulthood|support|inclusion",
                         re.IGNORECASE)
#: A link to a PDF or Word file whose text or file name says this is taken for the report.
_REPORT_WORDS = re.compile(r"information.report|\bsend?\b.{0,25}report|"
                           r"special.educational.{0,60}report|school.?s?.offer", re.IGNORECASE)
#: The longest Crawl-delay honoured (a longer one is read as this).
MAX_CRAWL_DELAY = 10.0


@dataclass(frozen=True)
class Page:
    """One HTML page read from a site."""

    url: str
    text: str


@dataclass
class CrawlLog:
    """What the crawl did besides reading pages."""

    requests: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    limit_reached: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The log as JSON (skipped pages and linked documents listed, up to 50 each)."""
        return {"requests": self.requests, "limit_reached": self.limit_reached,
                "skipped": [{"url": u, "reason": r} for u, r in self.skipped[:50]],
                "documents_linked": len(self.documents),
                "documents": sorted(self.documents)[:50]}


def extract_links(text: str, base_url: str) -> list[tuple[str, str]]:
    """The page's links (address, link text), made absolute; none if it says nofollow."""
    try:
        root = lxml_html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    except (ValueError, lxml_html.etree.ParserError):
        return []
    for content in root.xpath("//meta[translate(@name, 'ROBTS', 'robts')='robots']/@content"):
        if "nofollow" in content.lower():
            return []
    base = base_url
    for href in root.xpath("//base/@href")[:1]:
        base = urljoin(base_url, href.strip())
    links = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or "nofollow" in (anchor.get("rel") or "").lower():
            continue
        links.append((urljoin(base, href), " ".join(anchor.text_content().split())[:100]))
    return links


def report_document_links(page: Page, limit: int = 2) -> list[str]:
    """Links from a school's page to PDF or Word files that look like its SEN report (by
    link text and file name)."""
    found: list[str] = []
    for link, text in extract_links(page.text, page.url):
        path = urlsplit(link).path
        if urlsplit(link).scheme not in ("http", "https") or not path.lower().endswith(
                (".pdf", ".docx")):
            continue
        name = re.sub(r"[-_+.%20]+", " ", path.rsplit("/", 1)[-1])
        words = f"{text} {name}"
        if _REPORT_WORDS.search(words) and link not in found:
            found.append(link)
    return found[:limit]


class Crawler:
    """Reads one site's pages, from its start address outwards within its host."""

    def __init__(self, start_url: str, options: CrawlOptions, fetcher: Fetcher | None = None,
                 robots: dict[str, urllib.robotparser.RobotFileParser] | None = None) -> None:
        """``fetcher`` and ``robots`` (origin -> its rules) may be shared by the crawls of
        one run, so that sites on one host share its pause and its robots.txt is read once."""
        self.start_url = start_url
        self.options = options
        self.fetcher = fetcher or Fetcher(options)
        self.log = CrawlLog()
        self._robots = robots if robots is not None else {}
        self._requests_before = self.fetcher.requests

    def pages(self) -> Iterator[Page]:
        """Each page read, in order. Raises :class:`SiteError` if the site cannot be read."""
        try:
            yield from self._crawl()
        finally:
            self.log.requests = self.fetcher.requests - self._requests_before

    def _crawl(self) -> Iterator[Page]:
        start = self._check_start(self.start_url)
        first = self._page(start, site_level=True)
        host = urlsplit(first.url).netloc
        yield first
        queue: list[tuple[int, int, int, str]] = []
        seen = {start, first.url}
        self._enqueue(first, 1, host, queue, seen)
        read, attempts = 1, 1
        limit = self.options.max_pages
        while queue and read < limit and attempts < 3 * limit:
            depth, _, _, url = heapq.heappop(queue)
            attempts += 1
            try:
                page = self._page(url)
            except FetchError as error:
                self.log.skipped.append((url, str(error)))
                continue
            if urlsplit(page.url).netloc != host:
                self.log.skipped.append((url, "it moves readers on to another site"))
                continue
            read += 1
            yield page
            self._enqueue(page, depth + 1, host, queue, seen)
        self.log.limit_reached = bool(queue)

    def _check_start(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise SiteError(f"{url}: only http and https addresses are audited")
        if parts.username or parts.password:
            raise SiteError(f"{url}: the address holds a user name or password; senreport "
                            "sends no credentials to audited sites, so give it without them")
        try:
            return normalise_url(url)
        except ValueError:
            raise SiteError(f"{url} is not a valid web address") from None

    def _allowed(self, url: str, site_level: bool) -> bool:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        robots = self._robots.get(key)
        if robots is None:
            robots = self._robots[key] = self._read_robots(key, site_level)
        return robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, origin: str, site_level: bool) -> urllib.robotparser.RobotFileParser:
        robots = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        error_type = SiteError if site_level else FetchError
        try:
            answer = self.fetcher.fetch(origin + "/robots.txt", types=None)
        except FetchError as error:
            raise error_type(f"{error} (when reading the site's robots.txt)") from None
        if answer.status >= 500:
            raise error_type(f"the web server answered {answer.status} (a server error) for "
                             "robots.txt, so the site was not crawled; try again later")
        robots.parse([] if answer.status >= 400 else
                     answer.body.decode("utf-8", errors="replace").splitlines())
        wanted = robots.crawl_delay(ROBOTS_AGENT)
        if wanted:
            self.fetcher.delays[urlsplit(origin).netloc] = min(float(wanted), MAX_CRAWL_DELAY)
        return robots

    def _page(self, url: str, site_level: bool = False) -> Page:
        error_type = SiteError if site_level else FetchError
        if not self._allowed(url, site_level):
            raise error_type("the site's robots.txt asks crawlers not to read "
                             f"{urlsplit(url).path or '/'}; senreport respects that")
        try:
            answer = self.fetcher.fetch(url)
        except FetchError as error:
            raise error_type(str(error)) from None
        if answer.status >= 400:
            raise error_type(f"the web server answered {answer.status}"
                             + (" (a server error)" if answer.status >= 500 else ""))
        if answer.content_type not in HTML_TYPES:
            raise error_type(f"not a web page ({answer.content_type})")
        return Page(normalise_url(answer.url), page_text(answer))

    def read_document(self, url: str) -> bytes:
        """A PDF or Word file linked from the site, read under the same rules as its pages
        (robots.txt, the address policy, the size limit). Raises :class:`FetchError`."""
        if not self._allowed(url, False):
            raise FetchError("the site's robots.txt asks crawlers not to read "
                             f"{urlsplit(url).path or '/'}; senreport respects that")
        answer = self.fetcher.fetch(url, types=DOCUMENT_TYPES)
        if answer.status >= 400:
            raise FetchError(f"the web server answered {answer.status}")
        if answer.content_type not in DOCUMENT_TYPES or not answer.body:
            raise FetchError(f"not a PDF or Word file ({answer.content_type})")
        return answer.body

    def _enqueue(self, page: Page, depth: int, host: str,
                 queue: list[tuple[int, int, int, str]], seen: set[str]) -> None:
        """Queue the page's links within the host: nearer first, SEND topics first."""
        if not self.options.follow_links:
            return
        for link, text in extract_links(page.text, page.url):
            parts = urlsplit(link)
            if parts.scheme not in ("http", "https") or parts.username or parts.password:
                continue
            try:
                url = normalise_url(link)
            except ValueError:
                continue
            if urlsplit(url).netloc != host or url in seen:
                continue
            seen.add(url)
            path = urlsplit(url).path.lower()
            if path.endswith(DOCUMENT_SUFFIXES):
                self.log.documents.add(url)
            elif not path.endswith(_OTHER_SUFFIXES):
                relevant = 0 if _SEND_WORDS.search(f"{path} {text}") else 1
                heapq.heappush(queue, (depth, relevant, len(seen), url))
