"""``.. local-offer-link::`` — the sentence linking to the authority's Local Offer."""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from sphinx_senreport.config import settings
from sphinx_senreport.diagnostics import report_problem

#: The wording of senreport.writers.common.local_offer_line (a test keeps them the same).
_AFTER_LINK = (": what is available for children and young people with special educational "
               "needs and disabilities in our area.")


class LocalOfferLinkDirective(SphinxDirective):
    """The same line the report's item 13 carries, from ``conf.py`` or the options."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "url": directives.uri,
        "authority": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        values = settings(self.config)
        url = self.options.get("url") or values.local_offer_url
        authority = self.options.get("authority") or values.authority or None
        if not url:
            return [report_problem(
                self, "local-offer-link has no address: set senreport_local_offer_url "
                      "in conf.py or give :url:", subtype="link")]
        if not url.startswith(("https://", "http://")):
            return [report_problem(self, f"local-offer-link: {url!r} is not a web address",
                                   subtype="link")]
        who = f"{authority}'s" if authority else "The local authority's"
        paragraph = nodes.paragraph(classes=["senreport-local-offer"])
        paragraph += nodes.Text("Read ")
        paragraph += nodes.reference("", f"{who} Local Offer", refuri=url)
        paragraph += nodes.Text(_AFTER_LINK)
        self.set_source_info(paragraph)
        return [paragraph]
