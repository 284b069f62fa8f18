"""``.. sen-report-directory:: reports/`` — every school's report in a folder, at a glance.

An aggregate directive: reading records the folder's checked reports in the environment
and leaves a placeholder; the tables are built at ``doctree-resolved``, once every page
is read, so each school links to the page that shows its report (wherever that is, and
however many workers read the pages).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.errors import NoUri
from sphinx.util.docutils import SphinxDirective

from senreport.catalogue import SCHEDULE_1
from sphinx_senreport import filters, imports
from sphinx_senreport.config import settings, today_of
from sphinx_senreport.diagnostics import read_report, report_problem
from sphinx_senreport.i18n import N_, _, long_day, plural
from sphinx_senreport.reports import ReportRecord, listing_key, report_files
from sphinx_senreport.state import DirectoryData, ReportUse, page, pages, shown_on
from sphinx_senreport.tables import cell, scrolling, table

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Coverage value -> (the word in a heatmap cell, its CSS class). Words, not colour alone.
CELL_WORDS = {
    "in_place": (N_("Yes"), "senreport-in-place"),
    "partly": (N_("Part"), "senreport-partly"),
    "not_in_place": (N_("No"), "senreport-not-in-place"),
}
NOT_REQUIRED = (N_("n/a"), "senreport-not-required")
SCHOOL_TYPE_NAMES = filters.SCHOOL_TYPE_NAMES
#: The summary table's columns.
SUMMARY_HEADER = (N_("School"), N_("Type"), N_("Reviewed"), N_("In place"), N_("Partly"),
                  N_("Not in place"), N_("Errors"), N_("Warnings"))


class sen_report_directory_node(nodes.General, nodes.Element):  # noqa: N801
    """Placeholder for a directory's tables, filled at ``doctree-resolved``."""


class SenReportDirectoryDirective(SphinxDirective):
    """A table of schools with their coverage counts, and a schools x items heatmap."""

    optional_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "no-warnings": directives.flag,
        "caption": directives.unchanged,
        "import": directives.unchanged,
        "missing": directives.unchanged,
        "type": directives.unchanged,
        "overdue": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        values = settings(self.config)
        try:
            view = filters.from_options(self.options, today_of(values))
        except ValueError as error:
            return [report_problem(self, f"sen-report-directory: {error}", subtype="directory")]
        data = page(self.env, self.env.docname)
        relfolder, listing, records = "", "", []
        if self.arguments:
            found = self._folder(self.arguments[0])
            if isinstance(found, nodes.Node):
                return [found]
            relfolder, listing, records = found
        names = [n.strip() for n in (self.options.get("import") or "").split(",") if n.strip()]
        if not self.arguments and not names:
            return [report_problem(self, "sen-report-directory: give a folder of reports or "
                                         ":import: with a name from senreport_import_json",
                                   subtype="directory")]
        for name in names:
            imported = self._import(name, values.import_json)
            if isinstance(imported, nodes.Node):
                return [imported]
            records.extend(imported)
        shown = [r for r in records if view.keeps(r)]
        data.directories.append(DirectoryData(
            folder=relfolder, listing=listing, records=tuple(shown),
            caption=self.options.get("caption", ""),
            note=view.describe(len(shown), len(records)) if view.chosen else "",
        ))
        node = sen_report_directory_node(index=len(data.directories) - 1,
                                         docname=self.env.docname)
        self.set_source_info(node)
        return [node]


    def _folder(self, argument: str) -> tuple[str, str, list[ReportRecord]] | nodes.Node:
        """The folder's checked reports (each use recorded on the page), or a problem."""
        relfolder, absfolder = self.env.relfn2path(argument, self.env.docname)
        folder = Path(absfolder)
        if not folder.is_dir():
            return report_problem(self, f"sen-report-directory: {relfolder} is not a folder",
                                  subtype="directory")
        files = report_files(folder)
        if not files:
            return report_problem(
                self, f"sen-report-directory: {relfolder} holds no .yaml, .yml or .json reports",
                subtype="directory")
        values = settings(self.config)
        data = page(self.env, self.env.docname)
        warn = "no-warnings" not in self.options
        records: list[ReportRecord] = []
        for path in files:
            self.env.note_dependency(str(path))
            relpath = f"{relfolder.rstrip('/')}/{path.name}"
            record = read_report(self.env, str(path), relpath, values)
            if isinstance(record, str):
                report_problem(self, record)
                continue
            records.append(record)
            data.uses.append(ReportUse(record, "sen-report-directory", warn=warn))
        return relfolder, listing_key(folder), records

    def _import(self, name: str, exports: dict[str, str]) -> list[ReportRecord] | nodes.Node:
        """The reports of a named export (``senreport_import_json``), or a problem."""
        if name not in exports:
            return report_problem(
                self, f"sen-report-directory: :import: {name!r} is not in "
                      f"senreport_import_json ({', '.join(sorted(exports)) or 'which is empty'})",
                subtype="directory")
        path = Path(self.env.srcdir, exports[name])
        self.env.note_dependency(str(path))
        try:
            return imports.read_export(path, name)
        except ValueError as error:
            return report_problem(self, str(error), subtype="directory")


def fill_directories(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: replace each placeholder with the directory's tables.

    Builders that put several pages into one document (singlehtml, LaTeX, texinfo, man)
    resolve it under another page's name: each placeholder knows the page it was read on.
    """
    placeholders = list(doctree.findall(sen_report_directory_node))
    if not placeholders:
        return
    links = shown_on(app.env)
    for node in placeholders:
        directories = pages(app.env).get(node.get("docname", docname))
        if directories is None or node["index"] >= len(directories.directories):
            node.replace_self([])
            continue
        data = directories.directories[node["index"]]
        records = sorted(data.records, key=lambda r: (r.school.casefold(), r.path))
        school_cells = [_school_cell(app, docname, r, links.get(r.path)) for r in records]
        container = nodes.container(classes=["senreport-directory"])
        if data.note:
            container += nodes.paragraph(text=data.note, classes=["senreport-summary"])
        if not records:  # a view that no school matches: the sentence says so
            node.replace_self(container)
            continue
        summary = summary_table(data, records, school_cells, app.config.language)
        grid, key = heatmap(records, [c.deepcopy() for c in school_cells],
                            abbreviations=app.builder.format == "html")
        # Captioned tables need ids; nothing assigns them this late in the build.
        summary["ids"] = [f"senreport-directory-{node['index'] + 1}"]
        grid["ids"] = [f"senreport-heatmap-{node['index'] + 1}"]
        container += [scrolling(summary), scrolling(grid), key]
        node.replace_self(container)


def _school_cell(app: Sphinx, docname: str, record: ReportRecord,
                 target: str | None) -> nodes.entry:
    if record.url:  # a school from another site's export: its page there
        return cell(nodes.reference("", record.school, refuri=record.url))
    if target is None or target == docname:
        return cell(record.school)
    try:
        uri = app.builder.get_relative_uri(docname, target)
    except NoUri:  # a builder that does not link pages (or leaves the page out)
        return cell(record.school)
    return cell(nodes.reference("", record.school, refuri=uri, internal=True))


def summary_table(data: DirectoryData, records: list[ReportRecord],
                  school_cells: list[nodes.entry], language: str | None = None) -> nodes.table:
    """One row per school: type, review date, coverage counts, errors and warnings."""
    rows = []
    for record, school in zip(records, school_cells, strict=True):
        required = len(record.items) - len(record.not_required)
        reviewed = (long_day(date.fromisoformat(record.reviewed), language) if record.reviewed
                    else _("Not given"))
        rows.append([
            school,
            cell(_(SCHOOL_TYPE_NAMES.get(record.school_type, record.school_type))),
            cell(reviewed),
            cell(_("{count} of {required}").format(count=record.count("in_place"),
                                                   required=required)),
            cell(str(record.count("partly"))),
            cell(str(record.count("not_in_place")),
                 classes=["senreport-gap"] if record.count("not_in_place") else ()),
            cell(str(record.errors)),
            cell(str(record.warnings)),
        ])
    caption = data.caption or plural(len(records), "SEN information reports: 1 school",
                                     "SEN information reports: {count} schools")
    header = [_(word) for word in SUMMARY_HEADER]
    return table(caption, header, rows, widths=[30, 10, 14, 8, 6, 8, 6, 8],
                 classes=["senreport-directory-table"])


def heatmap(records: list[ReportRecord], school_cells: list[nodes.entry],
            abbreviations: bool = True) -> tuple[nodes.table, nodes.container]:
    """Schools down, the 19 items across, a word in every cell; then the key to it.

    In HTML each item number is an ``<abbr>`` with the item's heading; other builders
    (which print an abbreviation's explanation beside it) get the bare number.
    """
    rows = []
    for record, school in zip(records, school_cells, strict=True):
        coverage = record.coverage
        row = [school]
        for item in SCHEDULE_1:
            word, css = (NOT_REQUIRED if item.id in record.not_required
                         else CELL_WORDS[coverage.get(item.id, "not_in_place")])
            row.append(cell(_(word), classes=["senreport-heat", css]))
        rows.append(row)
    header: list[Any] = [_("School")]
    for item in SCHEDULE_1:
        header.append(nodes.abbreviation(item.id, item.id, explanation=item.heading)
                      if abbreviations else item.id)
    grid = table(_("Schedule 1 items by school: Yes (in place), Part (partly), "
                   "No (not in place), n/a (not required for this type of school)"),
                 header, rows, widths=[24] + [4] * len(SCHEDULE_1),
                 classes=["senreport-heatmap"])
    key = nodes.container(classes=["senreport-heatmap-key"])
    key += nodes.paragraph(text=_("The items, by number:"))
    items = nodes.bullet_list()
    for item in SCHEDULE_1:
        entry = nodes.list_item()
        entry += nodes.paragraph(text=f"{item.id}: {item.heading}")
        items += entry
    key += items
    return grid, key
