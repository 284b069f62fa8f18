"""Small Local Offer and school sites made for the audit tests, served from 127.0.0.1.

Each site runs on its own port (``http.server`` in a thread) and counts the requests it
gets, path by path, with the headers sent. Some sites misbehave on purpose: one is slow,
one answers 500 to everything, one forbids crawling in its robots.txt.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "corpus"

Answer = tuple[int, str, bytes]


def page(title: str, body: str, nav: str = "") -> str:
    """A whole page with site furniture around the main content."""
    return (f'<!DOCTYPE html><html lang="en-GB"><head><title>{title}</title></head><body>'
            f'<header><nav><a href="/">Home</a> <a href="/contact">Contact us</a>{nav}</nav>'
            f"</header><main><h1>{title}</h1>{body}</main>"
            "<footer><p>Northshire Council, Town Hall.</p></footer></body></html>")


def _p(text: str) -> str:
    return f"<p>{text}</p>"


NORTHSHIRE: dict[str, str] = {
    "/": page("Northshire Local Offer", (
        _p("The Local Offer for children and young people with special educational needs "
           "and disabilities (SEND) aged 0 to 25 in Northshire.")
        + "<ul>"
        + "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in (
            ("/funding", "Top-up funding for schools and settings"),
            ("/have-your-say", "Have your say about the Local Offer"),
            ("/ehc-assessment", "Asking for an EHC needs assessment"),
            ("/early-years", "Early years: nurseries and childminders"),
            ("/schools", "SEND support in schools"),
            ("/post-16", "Post-16: colleges and training"),
            ("/docs/send-strategy.pdf", "Our SEND strategy (PDF)"),
            ("https://www.example.org/elsewhere", "A national charity"),
            ("mailto:localoffer@northshire.example", "Email the Local Offer team"),
        ))
        + "</ul>")),
    "/contact": page("Contact the SEND team", (
        "<h2>Speak to someone</h2>"
        + _p("Our helpline is open Monday to Friday, 9am to 5pm, on 01632 960000. You can "
             "also come to a drop-in session at the library every Tuesday to talk face to "
             "face with an adviser. Printed copies of every page and easy read versions are "
             "available in alternative formats and other languages on request."))),
    "/funding": page("Top-up funding", (
        "<h2>Budget and top-up funding information</h2>"
        + _p("Every mainstream school has a notional SEN budget for the first £6,000 of "
             "additional support. Where a child has complex or high needs, the school can "
             "apply for top-up funding (element 3) from the high needs block. Our funding "
             "bands explain how much is paid for each band of need, and the panel meets "
             "every month to decide requests. Parents can ask about a personal budget."))),
    "/have-your-say": page("Have your say", (
        "<h2>Feedback and review of the Local Offer</h2>"
        + _p("We want feedback from young people, parents and practitioners. Use our "
             "feedback form to tell us what you think, or join the parent carer forum. "
             "Every year we publish an annual report, You said, we did, showing what we "
             "changed after the annual review of the Local Offer, which is co-produced "
             "with families."))),
    "/ehc-assessment": page("EHC needs assessment", (
        "<h2>The graduated approach</h2>"
        + _p("Nurseries, schools and colleges follow the graduated approach: assess, plan, "
             "do, review. This is called SEN support. If a child or young person still "
             "does not make progress, you or the setting can request an EHC needs "
             "assessment. We decide within 6 weeks whether to assess, and the whole "
             "statutory assessment takes no more than 20 weeks."))),
    "/early-years": page("Early years", (
        "<h2>Admission: free early education</h2>"
        + _p("All three and four year olds can have 15 hours of free early education, and "
             "some two year olds are eligible too. Working families may get 30 hours. The "
             "eligibility criteria and a list of nursery places, pre-school groups and "
             "childminders are on our childcare pages.")
        + "<h2>Identification of need and collaboration</h2>"
        + _p("Early years practitioners work with the setting's SENCO and our area SENCO to "
             "identify needs early, using the early years foundation stage (EYFS). Health "
             "visitors and our Portage service work with parents, and we give ideas for "
             "learning at home. The area SENCO helps practitioners look at each child's "
             "response to interventions.")
        + "<h2>Future steps</h2>"
        + _p("Every child has a progress check at age two, and we offer an integrated review "
             "between the ages of 2 and 3 with the health visitor. We plan the transition "
             "to reception with the school so that children are ready for starting school."))),
    "/schools": page("Schools", (
        "<h2>Admission to school</h2>"
        + _p("Children with disabilities are admitted like any other child. Schools must "
             "make reasonable adjustments under the Equality Act, and each school publishes "
             "an accessibility plan. Apply for a school place through our school admissions "
             "team, and read the admissions policy and in-year admissions guide.")
        + "<h2>Identification of need in school</h2>"
        + _p("Mainstream schools identify and assess needs through SEN support in schools. "
             "The school SENCO leads identification and assessment, using quality first "
             "teaching and best endeavours to make provision for pupils with SEN. Each "
             "school publishes an SEN information report.")
        + "<h2>Moving on</h2>"
        + _p("Some schools have a sixth form."))),
    "/post-16": page("Post-16", (
        "<h2>Admission to colleges</h2>"
        + _p("Young people with an EHC plan can ask for a college to be named on an EHC plan. "
             "The section 41 list of independent specialist providers, approved by the "
             "Secretary of State, shows the institutions you can request, as well as "
             "further education colleges and sixth form colleges near you.")
        + "<h2>Identification of need and collaboration in colleges</h2>"
        + _p("Colleges use data from schools to identify needs. They provide learning "
             "support, personal care, assistive technology and specialist tuition, share "
             "services through shared services agreements, take part in the annual review "
             "of the EHC plan, and fund support up to the national funding formula "
             "threshold (element 2). Supported internships with a job coach are available."))),
}

SOUTHSHIRE: dict[str, str] = {
    "/": page("Southshire SEND", (
        _p("Welcome to the Southshire Local Offer for special educational needs and "
           "disability.")
        + '<ul><li><a href="/support">Support for families</a></li>'
          '<li><a href="/contact">Contact us</a></li></ul>')),
    "/support": page("Support for families", (
        "<h2>Help for families</h2>"
        + _p("Schools can ask for top-up funding for some pupils.")
        + _p("Children may get 15 hours of free childcare.")
        + _p("Tell us what you think of these pages."))),
    "/contact": page("Contact us", _p("Write to the SEND team at the Civic Centre.")),
}

EASTSHIRE: dict[str, str] = {
    "/": page("Eastshire Local Offer", (
        _p("Information about SEND in Eastshire.")
        + '<ul><li><a href="/graduated-approach">The graduated approach</a></li>'
          '<li><a href="/private/draft">Draft pages</a></li>'
          '<li><a href="/big">A very long page</a></li>'
          '<li><a href="/missing">A page that has gone</a></li></ul>')),
    "/graduated-approach": page("The graduated approach", (
        "<h2>Graduated approach</h2>"
        + _p("Settings follow the graduated approach of assess, plan, do, review, known as "
             "SEN support. Parents and schools can request an assessment for an education, "
             "health and care plan; the statutory assessment takes up to 20 weeks, and we "
             "explain each step of the EHC needs assessment."))),
    "/private/draft": page("Draft", _p("Custody and youth justice support is coming.")),
}

ROBOTS_EASTSHIRE = "User-agent: *\nDisallow: /private/\n"
ROBOTS_FORBIDDEN = "User-agent: *\nDisallow: /\n"


class Site:
    """A site served from 127.0.0.1 on a port of its own."""

    def __init__(self, pages: dict[str, str], *, robots: str | None = None,
                 status: int = 200, sleep: float = 0.0,
                 extra: dict[str, Answer] | None = None,
                 redirects: dict[str, str] | None = None) -> None:
        self.pages = pages
        self.redirects = redirects or {}
        self.robots = robots
        self.status = status
        self.sleep = sleep
        self.extra = extra or {}
        self.requests: Counter[str] = Counter()
        self.headers: list[dict[str, str]] = []
        #: When each request arrived (time.monotonic()), and for which path.
        self.arrivals: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                       daemon=True)

    @property
    def url(self) -> str:
        """The site's home page."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def answer(self, path: str) -> Answer:
        """What the site answers for a path."""
        if path in self.extra:
            return self.extra[path]
        if path == "/robots.txt":  # a static file: answered even when the site is broken
            if self.robots is None:
                return 404, "text/plain", b"Not found"
            return 200, "text/plain", self.robots.encode()
        if self.status != 200:
            return self.status, "text/html", b"<h1>Internal Server Error</h1>"
        if path in self.pages:
            return 200, "text/html; charset=utf-8", self.pages[path].encode("utf-8")
        return 404, "text/html", b"<h1>Not found</h1>"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server interface
                path = self.path.split("?")[0]
                with site._lock:
                    site.requests[path] += 1
                    site.headers.append(dict(self.headers.items()))
                    site.arrivals.append((time.monotonic(), path))
                if site.sleep and path != "/robots.txt":
                    time.sleep(site.sleep)
                status, content_type, body = site.answer(path)
                try:
                    if path in site.redirects:
                        self.send_response(302)
                        self.send_header("Location", site.redirects[path])
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Set-Cookie", "session=abc123; Path=/")
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def total(self) -> int:
        """Requests received so far."""
        return sum(self.requests.values())


def schools() -> dict[str, str]:
    """Two schools' SEN information report pages, from the test corpus."""
    return {
        "/oak/sen-report": (CORPUS / "01-statutory-numbering.html").read_text("utf-8"),
        "/elm/sen-report": (CORPUS / "08-incomplete-junior.html").read_text("utf-8"),
    }


def all_sites(slow: float = 1.5) -> dict[str, Site]:
    """Every site the end-to-end tests use, by name (not yet started)."""
    big = page("A very long page", _p("word " * 450_000))
    return {
        "Northshire": Site(NORTHSHIRE, extra={
            "/docs/send-strategy.pdf": (200, "application/pdf", b"%PDF-1.4")}),
        "Southshire": Site(SOUTHSHIRE),
        "Eastshire": Site(EASTSHIRE, robots=ROBOTS_EASTSHIRE, extra={
            "/big": (200, "text/html", big.encode())}),
        "Slowshire": Site(NORTHSHIRE, sleep=slow),
        "Brokenshire": Site(NORTHSHIRE, status=500),
        "Westshire": Site(NORTHSHIRE, robots=ROBOTS_FORBIDDEN),
    }


def site_list(sites: dict[str, Site], path: Path) -> Path:
    """A site list naming every site."""
    path.write_text("# Test authorities\n" + "".join(
        f"{name} {site.url}\n" for name, site in sites.items()), encoding="utf-8")
    return path


Starter = Callable[..., dict[str, Site]]
