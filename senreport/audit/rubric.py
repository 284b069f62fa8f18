"""The rubric an audit scores against, as data a reviewer can amend.

A Local Offer rubric is a YAML file::

    version: 2014-nw-2            # change it whenever the rubric changes
    kind: local-offer
    title: Local Offer SEN Support
    sections:                     # optional: section id -> display name, in order
      general: General considerations
    lines:
      - id: general.funding
        section: general
        heading: Budget and top-up funding information
        code_of_practice: []      # optional
        requirements:
          - Outlining of the top-up funding process for complex and high needs.
        cues:                     # words and phrases pages use for this line
          - top-up funding

The built-in rubric (source 003) ships as ``senreport/data/rubric-2014-nw-1.yaml``.
Every result records the rubric's version and fingerprint, so a trial and the full
review after an amendment can be told apart and compared.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from senreport.catalogue import items_for
from senreport.catalogue.local_offer import RUBRIC_SECTIONS, RUBRIC_VERSION
from senreport.catalogue.types import RubricItem
from senreport.limits import LimitError, check_yaml

BUILTIN_FILE = f"rubric-{RUBRIC_VERSION}.yaml"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$")

#: Schedule 1 grouped into sections, so a review of schools' reports reads like the
#: Local Offer review: trends per section across schools.
SCHEDULE_1_SECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "needs": ("Needs and identification", ("1", "2")),
    "provision": ("Provision, teaching and review", ("3a", "3b", "3c", "3d", "3e", "3f", "3g")),
    "people": ("SENCO, staff and resources", ("4", "5", "6")),
    "families": ("Working with families and others", ("7", "8", "9", "10", "11")),
    "transition": ("Moving on and the Local Offer", ("12", "13")),
}
SCHEDULE_1_VERSION = "send-regs-2014-schedule-1"


class RubricError(ValueError):
    """A rubric file that cannot be used; the message says where and why, in one line."""


@dataclass(frozen=True)
class Rubric:
    """A versioned list of lines, grouped into sections."""

    version: str
    kind: str
    title: str
    sections: dict[str, str]
    lines: tuple[RubricItem, ...]
    source: str = "built-in"

    @property
    def ids(self) -> tuple[str, ...]:
        """The line ids, in the rubric's order."""
        return tuple(line.id for line in self.lines)

    def line(self, line_id: str) -> RubricItem:
        """The line with this id (``KeyError`` if there is none)."""
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(line_id)

    def section_lines(self, section: str) -> tuple[RubricItem, ...]:
        """The lines of one section, in order."""
        return tuple(line for line in self.lines if line.section == section)

    @cached_property
    def fingerprint(self) -> str:
        """A short hash of the content: two rubrics with the same version but different
        lines are told apart by it."""
        canonical = json.dumps(rubric_data(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]

    def describe(self) -> dict[str, str]:
        """What results record about the rubric."""
        return {"version": self.version, "fingerprint": self.fingerprint, "title": self.title,
                "source": self.source}


def rubric_data(rubric: Rubric) -> dict[str, Any]:
    """The rubric as plain data (the YAML file's shape)."""
    return {
        "version": rubric.version,
        "kind": rubric.kind,
        "title": rubric.title,
        "sections": dict(rubric.sections),
        "lines": [
            {"id": line.id, "section": line.section, "heading": line.heading,
             "code_of_practice": list(line.code_of_practice),
             "requirements": list(line.requirements), "cues": list(line.cues)}
            for line in rubric.lines
        ],
    }


def rubric_yaml(rubric: Rubric) -> str:
    """The rubric as a YAML file a reviewer can amend."""
    head = (
        "# senreport rubric. Amend the lines after a trial, then give it a new version\n"
        "# (e.g. 2014-nw-2) so that results scored with each version can be told apart.\n"
        "# Scores: Yes = in place, Partial = partly, No = not in place.\n"
    )
    body = yaml.safe_dump(rubric_data(rubric), sort_keys=False, allow_unicode=True, width=100)
    return head + body


def load_rubric(text: str, source: str = "rubric") -> Rubric:
    """Read a rubric from YAML text. Raises :class:`RubricError` saying what to fix."""
    try:
        check_yaml(text, source)
    except LimitError as error:
        raise RubricError(str(error)) from None
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        raise RubricError(f"{source}{where}: this is not valid YAML") from None
    if not isinstance(data, dict):
        raise RubricError(f"{source}: a rubric has 'version' and 'lines'")
    version = data.get("version")
    if not isinstance(version, (str, int, float)) or not str(version).strip():
        raise RubricError(f"{source}: give the rubric a 'version' (e.g. 2014-nw-2)")
    kind = str(data.get("kind") or "local-offer")
    if kind != "local-offer":
        raise RubricError(f"{source}: only Local Offer rubrics can be amended "
                          f"(kind: local-offer), not {kind!r}")
    lines = data.get("lines")
    if not isinstance(lines, list) or not lines:
        raise RubricError(f"{source}: 'lines' must list the rubric's lines")
    sections = _sections(data.get("sections"), lines, source)
    marks = _line_marks(node)
    parsed: list[RubricItem] = []
    for index, entry in enumerate(lines):
        where = f"{source}, line {marks[index]}" if index < len(marks) else source
        parsed.append(_line(entry, where, sections))
    seen: set[str] = set()
    for line in parsed:
        if line.id in seen:
            raise RubricError(f"{source}: the id {line.id!r} is used twice; each line needs "
                              "its own id")
        seen.add(line.id)
    title = str(data.get("title") or "Local Offer rubric")
    return Rubric(str(version).strip(), kind, title, sections, tuple(parsed), source)


def _sections(raw: Any, lines: list[Any], source: str) -> dict[str, str]:
    if raw is None:
        named = dict(RUBRIC_SECTIONS)
        used = [str(e.get("section")) for e in lines if isinstance(e, dict) and e.get("section")]
        return {s: named.get(s, s.replace("_", " ").capitalize()) for s in dict.fromkeys(used)}
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise RubricError(f"{source}: 'sections' maps each section id to its name")
    return {str(k): v for k, v in raw.items()}


def _line_marks(node: Any) -> list[int]:
    """The line number of each entry under ``lines`` (for messages)."""
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if getattr(key, "value", None) == "lines" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _strings(entry: dict[str, Any], name: str, where: str, required: bool) -> tuple[str, ...]:
    value = entry.get(name, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise RubricError(f"{where}: '{name}' must be a list of words and phrases")
    if required and not value:
        raise RubricError(f"{where}: give at least one entry under '{name}'")
    return tuple(str(v).strip() for v in value if str(v).strip())


def _line(entry: Any, where: str, sections: dict[str, str]) -> RubricItem:
    if not isinstance(entry, dict):
        raise RubricError(f"{where}: each line has an id, section, heading, requirements "
                          "and cues")
    line_id = str(entry.get("id") or "").strip()
    if not _ID.match(line_id):
        raise RubricError(f"{where}: give the line an id of lowercase words joined by dots, "
                          "e.g. early_years.admission")
    section = str(entry.get("section") or line_id.split(".")[0])
    if section not in sections:
        raise RubricError(f"{where}: the section {section!r} of {line_id!r} is not one of "
                          f"the rubric's sections ({', '.join(sections)})")
    heading = str(entry.get("heading") or "").strip()
    if not heading:
        raise RubricError(f"{where}: give {line_id!r} a heading")
    return RubricItem(
        id=line_id, section=section, heading=heading,
        requirements=_strings(entry, "requirements", where, True),
        code_of_practice=_strings(entry, "code_of_practice", where, False),
        cues=tuple(c.lower() for c in _strings(entry, "cues", where, True)),
    )


@lru_cache(maxsize=1)
def builtin_rubric() -> Rubric:
    """The Local Offer rubric shipped with senreport (source 003, version 2014-nw-1)."""
    text = resources.files("senreport").joinpath("data", BUILTIN_FILE).read_text("utf-8")
    return load_rubric(text, "built-in")


def catalogue_rubric(kind: str) -> Rubric:
    """A rubric made from the catalogue of another kind of document (one line per item).

    For SEN information reports the Schedule 1 items are grouped into sections.
    """
    if kind == "local-offer":
        return builtin_rubric()
    items = items_for(kind)
    if kind == "sen-report":
        section_of = {i: s for s, (_, ids) in SCHEDULE_1_SECTIONS.items() for i in ids}
        sections = {s: name for s, (name, _) in SCHEDULE_1_SECTIONS.items()}
        version, title = SCHEDULE_1_VERSION, "SEN information report: Schedule 1"
    else:
        section_of = {item.id: "all" for item in items}
        sections = {"all": kind.replace("-", " ").capitalize()}
        version, title = f"{kind}-catalogue", sections["all"]
    lines = tuple(
        RubricItem(id=item.id, section=section_of[item.id], heading=item.heading,
                   requirements=(getattr(item, "wording", "") or getattr(
                       item, "description", "") or item.heading,),
                   code_of_practice=tuple(getattr(item, "code_of_practice", ())),
                   cues=tuple(item.cues))
        for item in items
    )
    return Rubric(version, kind, title, sections, lines, "built-in")
