"""sphinx_senreport: SEN information reports, Local Offer links and rubrics in Sphinx.

Add ``"sphinx_senreport"`` to ``extensions``; see the LA team's guide in ``docs/``.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from sphinx_senreport import (
    assets,
    config,
    directory,
    export,
    i18n,
    precheck,
    report_role,
    state,
    tables,
)
from sphinx_senreport.checklist import Schedule1ChecklistDirective
from sphinx_senreport.local_offer_link import LocalOfferLinkDirective
from sphinx_senreport.report import (
    SenReportDirective,
    depart_item_other,
    depart_report_other,
    sen_report_end,
    sen_report_item,
    sen_report_node,
    visit_item_html,
    visit_item_other,
    visit_report_html,
    visit_report_other,
)
from sphinx_senreport.rubric import LocalOfferRubricDirective
from sphinx_senreport.rule_reference import write_rule_pages

__version__ = "0.1.0"


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the config values, directives, nodes and event handlers."""
    config.register_config(app)
    app.add_message_catalog(i18n.CATALOGUE, str(i18n.LOCALE_DIR))
    app.connect("config-inited", config.validate_config)
    app.connect("config-inited", assets.add_static_path)

    other = (visit_report_other, depart_report_other)
    for node in (sen_report_node, sen_report_end):
        app.add_node(node, html=(visit_report_html, None), latex=other, text=other,
                     man=other, texinfo=other)
    section = (visit_item_other, depart_item_other)
    app.add_node(sen_report_item, html=(visit_item_html, None), latex=section, text=section,
                 man=section, texinfo=section)
    app.add_node(directory.sen_report_directory_node)
    through = (tables.pass_through, tables.pass_through)
    app.add_node(tables.senreport_scroll,
                 html=(tables.visit_scroll_html, tables.depart_scroll_html),
                 latex=through, text=through, man=through, texinfo=through)
    app.add_directive("sen-report", SenReportDirective)
    app.add_directive("local-offer-link", LocalOfferLinkDirective)
    app.add_directive("schedule1-checklist", Schedule1ChecklistDirective)
    app.add_directive("sen-report-directory", directory.SenReportDirectoryDirective)
    app.add_directive("local-offer-rubric", LocalOfferRubricDirective)
    app.add_role("sen-report", report_role.SenReportRole())
    app.add_node(report_role.pending_report_link, html=through, latex=through, text=through,
                 man=through, texinfo=through)

    app.connect("builder-inited", write_rule_pages)
    app.connect("env-purge-doc", state.purge_doc)
    app.connect("env-merge-info", state.merge_info)
    app.connect("env-get-outdated", state.outdated)
    app.connect("env-before-read-docs", state.before_read)
    app.connect("env-before-read-docs", precheck.before_parallel_read)
    app.connect("env-updated", state.env_updated)
    app.connect("doctree-resolved", directory.fill_directories)
    app.connect("doctree-resolved", report_role.resolve_links)
    app.connect("build-finished", export.write_export)
    app.add_css_file(assets.CSS_FILE)

    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
