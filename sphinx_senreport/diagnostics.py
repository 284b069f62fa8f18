"""The warnings the extension gives: their subtypes, and the helpers directives share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from senreport.rules import REGISTRY
from sphinx_senreport.config import SenreportConfig, settings
from sphinx_senreport.reports import ReportFileError, ReportRecord, check_report_file
from sphinx_senreport.state import ReportUse, page, tell

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment
    from sphinx.util.docutils import SphinxDirective

#: Every warning is ``type="senreport"`` with one of these subtypes, so
#: ``suppress_warnings = ["senreport.<subtype>"]`` silences it (``"senreport"`` silences all).
#: A rule's own code, lower-cased, is the subtype of its findings (``senreport.sr104``).
SUBTYPES: dict[str, str] = {
    "report": "A report file is missing, is not valid YAML or JSON, or has a field that "
              "cannot be read (the message gives the file, line and field).",
    "directory": "A sen-report-directory folder does not exist or holds no reports.",
    "rubric": "A local-offer-rubric score or scores file cannot be read, names an unknown "
              "rubric line, or leaves a line unscored.",
    "link": "A local-offer-link has no address: set senreport_local_offer_url or :url:.",
}


def rule_subtypes() -> dict[str, str]:
    """``sr104`` -> the rule's one-line summary, for every registered rule."""
    return {code.lower(): rule.summary for code, rule in sorted(REGISTRY.items())}


def read_report(env: BuildEnvironment, abspath: str, relpath: str,
                values: SenreportConfig) -> ReportRecord | str:
    """A checked report's record, or the reason it cannot be read."""
    try:
        return check_report_file(env, abspath, relpath, values)
    except ReportFileError as error:
        return str(error)


def report_problem(directive: SphinxDirective, message: str,
                   subtype: str = "report") -> nodes.Node:
    """Warn, at the directive, about input the directive cannot use; nothing is rendered."""
    tell(directive.env, message, subtype, directive.get_location())
    return nodes.comment()


def use_report(directive: SphinxDirective, shown_as: str) -> ReportRecord | nodes.Node:
    """The directive's report, checked, with its use recorded on the page (or a problem node).

    Notes the file as a dependency, so changing it rebuilds only the pages that use it.
    """
    env = directive.env
    relpath, abspath = env.relfn2path(directive.arguments[0], env.docname)
    env.note_dependency(abspath)
    record = read_report(env, abspath, relpath, settings(directive.config))
    if isinstance(record, str):
        return report_problem(directive, record)
    page(env, env.docname).uses.append(
        ReportUse(record, shown_as, warn="no-warnings" not in directive.options))
    return record
