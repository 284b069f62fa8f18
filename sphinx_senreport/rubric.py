"""``.. local-offer-rubric:: [scores.yaml]`` — the Local Offer rubric, Yes/Partial/No per line.

Scores come from an adviser's YAML file (``scores: {<rubric id>: {score, comment}}``) or
from options named by rubric id (``:schools.admission: Partial, the page does not ...``);
options win. A line scored No warns with its LO rule's code; an unscored line warns too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import yaml
from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from senreport.catalogue import RUBRIC
from senreport.catalogue.local_offer import RUBRIC_SECTIONS, SCORES
from senreport.rules import REGISTRY
from sphinx_senreport.diagnostics import report_problem
from sphinx_senreport.i18n import N_, _
from sphinx_senreport.state import tell
from sphinx_senreport.tables import cell, scrolling, table

#: libyaml's loader when PyYAML has it (the same nodes and line marks, much faster).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCORE = re.compile(r"^\s*(yes|partial|no)\b[\s,;:.\-–—]*(.*)$", re.IGNORECASE | re.DOTALL)
_CSS = {"Yes": "senreport-in-place", "Partial": "senreport-partly", "No": "senreport-not-in-place"}
#: The words of the scores as shown (the adviser writes them in English in the scores file).
_SHOWN = (N_("Yes"), N_("Partial"), N_("No"), N_("Not scored"))


@dataclass(frozen=True)
class Score:
    """An adviser's score for one rubric line, and where it was written."""

    score: str
    comment: str
    location: str


def _rule_code(rubric_id: str) -> str | None:
    name = "rubric-" + rubric_id.replace(".", "-").replace("_", "-")
    return next((code for code, rule in REGISTRY.items() if rule.name == name), None)


class LocalOfferRubricDirective(SphinxDirective):
    """The 13 lines of the rubric of source 003, grouped by section, with scores and comments."""

    optional_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "no-warnings": directives.flag,
        "caption": directives.unchanged,
        **{line.id: directives.unchanged for line in RUBRIC},
    }

    def run(self) -> list[nodes.Node]:
        scores: dict[str, Score] = {}
        caption = self.options.get("caption", "")
        if self.arguments:
            relpath, abspath = self.env.relfn2path(self.arguments[0], self.env.docname)
            self.env.note_dependency(abspath)
            try:
                title, scores = read_scores(Path(abspath), relpath)
            except ValueError as error:
                return [report_problem(self, str(error), subtype="rubric")]
            caption = caption or title
        for line in RUBRIC:
            if line.id in self.options:
                parsed = parse_score(self.options[line.id] or "", self.get_location())
                if parsed is None:
                    return [report_problem(
                        self, f":{line.id}: should start with Yes, Partial or No",
                        subtype="rubric")]
                scores[line.id] = parsed
        if "no-warnings" not in self.options:
            self._warn(scores)
        node = rubric_table(scores, caption or _("Local Offer rubric"))
        self.set_source_info(node)
        return [node]

    def _warn(self, scores: dict[str, Score]) -> None:
        unscored = [line.id for line in RUBRIC if line.id not in scores]
        if unscored:
            tell(self.env, f"local-offer-rubric: {len(unscored)} of {len(RUBRIC)} lines have "
                           f"no score ({', '.join(unscored)}): give Yes, Partial or No",
                 "rubric", self.get_location())
        for line in RUBRIC:
            section = RUBRIC_SECTIONS[line.section]
            score = scores.get(line.id)
            if score is not None and score.score == "No" and (code := _rule_code(line.id)):
                tell(self.env, f"{code}: {section}, {line.heading}: scored No by the adviser "
                               f"({'; '.join(line.requirements)})", code.lower(),
                     score.location)


def parse_score(text: str, location: str) -> Score | None:
    """``Partial, comment`` -> Score('Partial', 'comment'); None if no score is given."""
    match = _SCORE.match(text)
    if match is None:
        return None
    return Score(match.group(1).capitalize(), " ".join(match.group(2).split()), location)


def read_scores(path: Path, relpath: str) -> tuple[str, dict[str, Score]]:
    """An adviser's scores file: its title and a score per rubric id (ValueError if unusable)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except FileNotFoundError:
        raise ValueError(f"{relpath}: there is no such scores file") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(f"{relpath}: the scores file cannot be read ({error})") from None
    if not isinstance(root, yaml.MappingNode):
        raise ValueError(f"{relpath}: the scores file should be a set of named fields")
    top = {str(key.value): value for key, value in root.value}
    title = _text(top.get("title")) or (
        f"Local Offer rubric: {_text(top['authority'])}" if "authority" in top else "")
    scores_node = top.get("scores")
    if not isinstance(scores_node, yaml.MappingNode):
        raise ValueError(f"{relpath}: scores: should map each rubric id to Yes, Partial or No")
    known = {line.id for line in RUBRIC}
    scores: dict[str, Score] = {}
    for key, value in scores_node.value:
        where = f"{path}:{key.start_mark.line + 1}"
        rubric_id = str(key.value)
        if rubric_id not in known:
            raise ValueError(f"{relpath}, line {key.start_mark.line + 1}: {rubric_id!r} is not "
                             f"a rubric line (use {', '.join(sorted(known))})")
        if isinstance(value, yaml.MappingNode):
            fields = {str(k.value): v for k, v in value.value}
            text = f"{_text(fields.get('score'))} {_text(fields.get('comment'))}"
        else:
            text = _text(value)
        score = parse_score(text, where)
        if score is None:
            raise ValueError(f"{relpath}, line {key.start_mark.line + 1}: {rubric_id}: "
                             "the score should be Yes, Partial or No")
        scores[rubric_id] = score
    return title, scores


def _text(node: yaml.Node | None) -> str:
    # The raw scalar: YAML 1.1 would read a bare Yes or No as true or false.
    return str(node.value).strip() if isinstance(node, yaml.ScalarNode) else ""


def rubric_table(scores: dict[str, Score], caption: str) -> nodes.container:
    """The table, one row per rubric line, and a line of totals."""
    rows = []
    for line in RUBRIC:
        score = scores.get(line.id)
        requirements = nodes.bullet_list()
        for requirement in line.requirements:
            item = nodes.list_item()
            item += nodes.paragraph(text=requirement)
            requirements += item
        word = score.score if score else "Not scored"
        rows.append([
            cell(f"{RUBRIC_SECTIONS[line.section]}: {line.heading}"),
            cell(requirements),
            cell(_(word), classes=[_CSS.get(word, "senreport-not-scored")]),
            cell(score.comment if score else ""),
        ])
    totals = {word: sum(1 for s in scores.values() if s.score == word) for word in SCORES}
    container = nodes.container(classes=["senreport-rubric"])
    counted = ", ".join(f"{_(word)}: {count}" for word, count in totals.items())
    container += nodes.paragraph(
        text=_("{counts} (of {lines} lines).").format(counts=counted, lines=len(RUBRIC)),
        classes=["senreport-summary"])
    header = [_("Rubric line"), _("What the Local Offer should do"), _("Score"),
              _("Adviser's comments")]
    container += scrolling(table(caption, header, rows, widths=[20, 40, 10, 30],
                                 classes=["senreport-rubric-table"]))
    return container
