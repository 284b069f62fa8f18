"""``:sen-report:`reports/oakfield.yaml``` — a link to the page showing a school's report.

``:sen-report:`reports/oakfield.yaml#4``` links to one item (here the SENCO's), and
``:sen-report:`our SENCO <reports/oakfield.yaml#4>``` gives the link its own words. The
path is relative to the page, as in the directives. The link is made once every page is
read, so it finds the page whatever reads it, and follows the report if it moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.errors import NoUri
from sphinx.util.docutils import ReferenceRole

from senreport.catalogue import SCHEDULE_1
from senreport.writers.common import anchor
from sphinx_senreport.state import page, pages, shown_at, tell

if TYPE_CHECKING:
    from sphinx.application import Sphinx

ITEMS = {item.id: item.heading for item in SCHEDULE_1}


class pending_report_link(nodes.Inline, nodes.TextElement):  # noqa: N801 (docutils naming)
    """A link to a report (or one of its items), resolved at ``doctree-resolved``."""


class SenReportRole(ReferenceRole):
    """The ``sen-report`` role."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        target, _, item = self.target.partition("#")
        item = item.strip().lower()
        if item and item not in ITEMS:
            tell(self.env, f"sen-report role: {item!r} is not a Schedule 1 item "
                           f"(use {', '.join(ITEMS)})", "link", self.get_location())
            return [nodes.inline(self.rawtext, self.title)], []
        relpath, _abspath = self.env.relfn2path(target.strip(), self.env.docname)
        location = self.get_location()
        page(self.env, self.env.docname).links.append((relpath, location))
        node = pending_report_link(self.rawtext, self.title if self.has_explicit_title else "",
                                   report=relpath, item=item, docname=self.env.docname,
                                   explicit=self.has_explicit_title)
        self.set_source_info(node)
        return [node], []


def resolve_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: turn each pending link into a reference (or plain words)."""
    pending = list(doctree.findall(pending_report_link))
    if not pending:
        return
    shown = shown_at(app.env)
    schools = {use.record.path: use.record.school
               for data in pages(app.env).values() for use in data.uses}
    for node in pending:
        path, item = node["report"], node["item"]
        school = schools.get(path, path)
        words = node.astext() if node["explicit"] else (
            f"{school}: {ITEMS[item]}" if item else school)
        where = shown.get(path)
        if where is None:  # warned about once every page is read (state.env_updated)
            node.replace_self(nodes.inline(node.rawsource, words))
            continue
        target, prefix = where
        try:
            uri = app.builder.get_relative_uri(docname, target)
        except NoUri:
            node.replace_self(nodes.inline(node.rawsource, words))
            continue
        if item:
            uri += "#" + (f"{prefix}-{anchor(item)}" if prefix else anchor(item))
        node.replace_self(nodes.reference(node.rawsource, words, refuri=uri, internal=True,
                                          classes=["senreport-link"]))

