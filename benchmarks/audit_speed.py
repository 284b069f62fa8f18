"""How fast an audit is: 500 Local Offer pages, served locally, crawled and scored.

Run: .venv/bin/python benchmarks/audit_speed.py [--pages 500] [--sites 10] [--tracemalloc]
Goal: under 30 s for 500 pages on this machine. Prints the time, pages per second and the
peak memory of the auditing process (the sites are served by a separate process, so the
figures are the audit's own).

Each generated authority has a home page linking to all its other pages; every other page
is about 9 KB (like the pages of the test corpus): some 1,000 words of Local Offer prose
on three rubric lines, inside site furniture (a navigation menu of 60 links and a footer).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

TOPICS = [
    ("Top-up funding", "Where a child has complex or high needs, the school can apply for "
     "top-up funding from the high needs block. Our funding bands explain each band."),
    ("Have your say", "Use our feedback form to tell us what you think. You said, we did: "
     "our annual report shows what changed after the annual review of the Local Offer."),
    ("Speak to someone", "Our helpline is open every weekday, and drop-in sessions let you "
     "talk face to face. Printed copies and easy read versions are available."),
    ("The graduated approach", "Settings follow assess, plan, do, review, known as SEN "
     "support. You can request an EHC needs assessment; it takes up to 20 weeks."),
    ("Free early education", "All three and four year olds can have 15 hours of free early "
     "education; working families may get 30 hours. See the eligibility criteria."),
    ("Future steps in the early years", "Every child has a progress check at age two and an "
     "integrated review, and we plan the transition to reception."),
    ("Admission to school", "Schools make reasonable adjustments under the Equality Act and "
     "publish an accessibility plan. Apply through school admissions."),
    ("Post-16 options", "Preparing for adulthood starts at the year 9 annual review, with "
     "careers guidance about sixth form, college and training."),
    ("Colleges", "The section 41 list of independent specialist providers approved by the "
     "Secretary of State shows the institutions you can ask to be named on an EHC plan."),
    ("Leaving custody", "Young people released from custody are supported by the youth "
     "justice team and the resettlement service."),
]
FILLER = [
    "Families told us this information should be easy to find.",
    "Each page explains who can help, what happens next and how long it takes.",
    "You can ask the team for this page in another format or language.",
    "Our officers visit settings across the county every term.",
    "Ask your child's key worker, teacher or tutor if you are not sure where to start.",
    "We publish figures every quarter showing how quickly requests are answered.",
    "Parents and carers can bring a friend or an advocate to any meeting.",
    "The service is free and independent of the council's decision makers.",
    "Transport may be available for children who meet the criteria in our policy.",
    "Some services have a waiting list, which we review every month.",
]


def make_page(site: int, number: int, pages: int) -> str:
    """One page of a generated Local Offer (the home page links to the rest).

    A large navigation menu, then three topics of five paragraphs each, the sentences
    mixed differently on every page.
    """
    rng = random.Random(site * 1000 + number)
    nav = "".join(f'<li><a href="/page/{n % pages or 1}">Service {n}</a></li>'
                  for n in range(1, 61))
    if number == 0:
        body = "<ul>" + "".join(f'<li><a href="/page/{n}">Topic {n}</a></li>'
                                for n in range(1, pages)) + "</ul>"
    else:
        parts = []
        for heading, text in rng.sample(TOPICS, 3):
            paragraphs = [
                f"<p>{text} " + " ".join(rng.sample(FILLER, 4))
                + f" Reference {rng.randint(1000, 9999)}.</p>" for _ in range(5)]
            parts.append(f"<h2>{heading}</h2>" + "".join(paragraphs))
        body = "".join(parts)
    return (f'<!DOCTYPE html><html lang="en-GB"><head><title>Authority {site} page {number}'
            f"</title></head><body><header><nav><ul>{nav}</ul></nav></header><main>"
            f"<h1>Authority {site}: page {number}</h1>{body}</main><footer><p>Council "
            "offices</p></footer></body></html>")


def serve(sites: int, pages: int, ports: Any, ready: Any) -> None:
    """Serve every generated site, each on its own port (run in a separate process)."""
    import threading

    servers = []
    for site in range(sites):
        content = {"/" if n == 0 else f"/page/{n}": make_page(site, n, pages).encode()
                   for n in range(pages)}

        class Handler(BaseHTTPRequestHandler):
            store = content

            def do_GET(self) -> None:  # noqa: N802 - the http.server interface
                body = self.store.get(self.path)
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

            def log_message(self, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        servers.append(server)
        ports.append(server.server_address[1])
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ready.set()
    threading.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500, help="pages in all (default 500)")
    parser.add_argument("--sites", type=int, default=10, help="authorities (default 10)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also measure Python's peak allocation (slower)")
    options = parser.parse_args()
    per_site = options.pages // options.sites

    manager = multiprocessing.Manager()
    ports, ready = manager.list(), manager.Event()
    server = multiprocessing.Process(target=serve, args=(options.sites, per_site, ports, ready),
                                     daemon=True)
    server.start()
    ready.wait(30)

    from senreport.cli.audit import add_audit_parser, run_audit

    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sites.txt"
        listing.write_text("".join(f"Authority {n} http://127.0.0.1:{port}/\n"
                                   for n, port in enumerate(ports)), encoding="utf-8")
        cli = argparse.ArgumentParser()
        add_audit_parser(cli.add_subparsers(dest="command"))
        args = cli.parse_args(["audit", str(listing), "--out", str(Path(folder) / "out"),
                               "--allow-private", "--delay", "0", "--max-pages",
                               str(per_site), "--quiet"])
        if options.tracemalloc:
            tracemalloc.start()
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # the paths of the files written
            code = run_audit(args)
        elapsed = time.perf_counter() - started
        traced = tracemalloc.get_traced_memory()[1] if options.tracemalloc else None
        results = json.loads((Path(folder) / "out" / "audit.json").read_text("utf-8"))
    server.terminate()
    pages = results["summary"]["pages_read"]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"audited {results['summary']['documents']} authorities, {pages} pages "
          f"(exit {code}, {results['summary']['failed']} failed)")
    print(f"time:        {elapsed:6.1f} s  ({pages / elapsed:5.1f} pages/s; goal: "
          f"{options.pages} pages < 30 s)")
    print(f"peak memory: {peak:6.1f} MB resident (the auditing process)")
    if traced is not None:
        print(f"tracemalloc: {traced / (1024 * 1024):6.1f} MB peak Python allocation")
    if pages < options.pages * 0.95:
        print("warning: fewer pages than asked for were read", file=sys.stderr)


if __name__ == "__main__":
    main()
