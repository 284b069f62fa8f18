"""Reports written as YAML or JSON, checked field by field, errors naming the line."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

from senreport.catalogue import items_for
from senreport.limits import LimitError, check_yaml
from senreport.model import KINDS, OTHER, SCHOOL_TYPES, Report, Section, report_from_fields
from senreport.richtext import canonical
from senreport.writers.common import heading_of

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s]+$")


class ReportError(ValueError):
    """A report file that cannot be read; the message names the line and the field."""


class ReportTooLarge(ReportError, LimitError):
    """A report file refused before reading: too large, too deep or too repetitive."""

    def __init__(self, error: LimitError) -> None:
        ReportError.__init__(self, str(error))
        self.status = error.status


_SCALARS = yaml.SafeLoader("")
#: libyaml's parser when it is there (about thirty times faster); it keeps line numbers too.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Marked:
    """A value from the file with the line it came from."""

    def __init__(self, value: Any, line: int | None) -> None:
        self.value = value
        self.line = line


def load_report(text: str, source: str = "report") -> Report:
    """Read a report from YAML (JSON is YAML too), or raise :class:`ReportError`."""
    try:
        check_yaml(text, source)
    except LimitError as error:
        raise ReportTooLarge(error) from None
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        node = _compose_slowly(text, source)  # the pure-Python parser words errors better
    if node is None:
        raise ReportError(f"{source}: the file is empty")
    data = _unmark(node)
    return _build(data, source)


def _compose_slowly(text: str, source: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f", line {mark.line + 1}" if mark is not None else ""
        problem = error.problem or "it is not valid YAML"
        raise ReportError(f"{source}{line}: {problem} (the file is not valid YAML)") from None
    except yaml.YAMLError as error:
        raise ReportError(f"{source}: the file is not valid YAML ({error})") from None


def _unmark(node: yaml.Node) -> _Marked:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, _Marked] = {}
        for key_node, value_node in node.value:
            mapping[str(key_node.value)] = _unmark(value_node)
        return _Marked(mapping, line)
    if isinstance(node, yaml.SequenceNode):
        return _Marked([_unmark(child) for child in node.value], line)
    try:
        return _Marked(_SCALARS.construct_object(node, deep=True), line)
    except yaml.YAMLError as error:
        raise ReportError(f"line {line}: this value cannot be read ({error})") from None
    finally:
        _SCALARS.constructed_objects.clear()  # one cache for the module: keep it empty


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, marked: _Marked | None, field: str, message: str) -> ReportError:
        line = f", line {marked.line}" if marked is not None and marked.line else ""
        return ReportError(f"{self.source}{line}: {field}: {message}")

    def mapping(self, marked: _Marked | None, field: str) -> dict[str, _Marked]:
        if marked is None or marked.value is None:
            return {}
        if not isinstance(marked.value, dict):
            raise self.fail(marked, field, "should be a set of named fields")
        return marked.value

    def text(self, marked: _Marked | None, field: str, pattern: re.Pattern[str] | None = None,
             what: str = "") -> str | None:
        if marked is None or marked.value is None or marked.value == "":
            return None
        if isinstance(marked.value, (dict, list)):
            raise self.fail(marked, field, "should be text")
        value = str(marked.value).strip()
        if pattern is not None and not pattern.match(value):
            raise self.fail(marked, field, f"{value!r} is not {what}")
        return value

    def day(self, marked: _Marked | None, field: str) -> date | None:
        if marked is None or marked.value in (None, ""):
            return None
        if isinstance(marked.value, date):
            return marked.value
        try:
            return date.fromisoformat(str(marked.value))
        except ValueError:
            raise self.fail(marked, field, f"{marked.value!r} is not a date like 2026-09-01") \
                from None

    def choice(self, marked: _Marked | None, field: str, choices: tuple[str, ...],
               default: str) -> str:
        value = self.text(marked, field)
        if value is None:
            return default
        if value not in choices:
            raise self.fail(marked, field, f"{value!r} is not one of {', '.join(choices)}")
        return value


def _build(top: _Marked, source: str) -> Report:
    reader = _Reader(source)
    data = reader.mapping(top, "the report")
    known = {"kind", "school", "senco", "local_offer", "reviewed", "next_review", "sections"}
    for key, value in data.items():
        if key not in known:
            raise reader.fail(
                value, key, f"is not a field of a report (use {', '.join(sorted(known))})"
            )
    kind = reader.choice(data.get("kind"), "kind", KINDS, "sen-report")
    school = reader.mapping(data.get("school"), "school")
    senco = reader.mapping(data.get("senco"), "senco")
    offer = reader.mapping(data.get("local_offer"), "local_offer")
    fields = {
        "kind": kind,
        "school": {
            "name": reader.text(school.get("name"), "school.name") or "",
            "type": reader.choice(school.get("type"), "school.type", SCHOOL_TYPES, "mainstream"),
            "url": reader.text(school.get("url"), "school.url", _URL, "a web address"),
        },
        "senco": {
            "name": reader.text(senco.get("name"), "senco.name"),
            "title": reader.text(senco.get("title"), "senco.title") or "SENCO",
            "email": reader.text(senco.get("email"), "senco.email", _EMAIL, "an email address"),
            "phone": reader.text(senco.get("phone"), "senco.phone"),
        },
        "local_offer": {
            "authority": reader.text(offer.get("authority"), "local_offer.authority"),
            "url": reader.text(offer.get("url"), "local_offer.url", _URL, "a web address"),
        },
        "reviewed": reader.day(data.get("reviewed"), "reviewed"),
        "next_review": reader.day(data.get("next_review"), "next_review"),
    }
    return report_from_fields(fields, _sections(reader, data.get("sections"), kind))


def _sections(reader: _Reader, marked: _Marked | None, kind: str) -> list[Section]:
    if marked is None or marked.value is None:
        return []
    if not isinstance(marked.value, list):
        raise reader.fail(marked, "sections", "should be a list of sections")
    ids = [item.id for item in items_for(kind)] + [OTHER]
    seen: set[str] = set()
    sections = []
    for index, entry in enumerate(marked.value):
        where = f"sections[{index}]"
        fields = reader.mapping(entry, where)
        item = reader.text(fields.get("item"), f"{where}.item")
        if item is None:
            raise reader.fail(entry, f"{where}.item", "is missing (say which item it answers)")
        if item not in ids:
            raise reader.fail(fields["item"], f"{where}.item",
                              f"{item!r} is not an item of a {kind} (use {', '.join(ids)})")
        if item in seen:
            raise reader.fail(fields["item"], f"{where}.item", f"item {item} appears twice")
        seen.add(item)
        title = reader.text(fields.get("title"), f"{where}.title") or ""
        title = title or heading_of(Section(item=item))
        body_marked = fields.get("body")
        if body_marked is not None and isinstance(body_marked.value, (dict, list)):
            raise reader.fail(body_marked, f"{where}.body", "should be text or HTML")
        body = "" if body_marked is None or body_marked.value is None else str(body_marked.value)
        sections.append(Section(item=item, title=title, body=canonical(body)))
    return sections
