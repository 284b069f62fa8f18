"""Where things stand in a report file: the line of each field and of each section.

A finding names the item it is about (and, for text rules, an element of the rendered
HTML); an editor needs the line of the YAML (or JSON) file to change. The core knows
nothing of files, so the mapping lives here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from senreport.findings import Finding
from senreport.limits import LimitError, check_yaml

#: Rules about a structured field point at that field when the file has it.
_FIELDS_BY_CODE = {
    "SR120": ("senco.name", "senco"),
    "SR121": ("senco.email", "senco.phone", "senco"),
    "SR130": ("local_offer.url", "local_offer"),
    "SR140": ("reviewed",),
    "SR141": ("reviewed", "next_review"),
}
_SECTION_XPATH = re.compile(r"/section\[(\d+)\]")
#: libyaml's loader when PyYAML has it: the same nodes and marks, thirty times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class ReportLines:
    """Line numbers (1-based) of a report file's fields and sections."""

    text: str
    fields: dict[str, int] = field(default_factory=dict)
    #: Section item id -> (line of its ``item:``, first line, last line of the section).
    sections: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    #: Section item ids in file order (the order the HTML writer renders them).
    order: list[str] = field(default_factory=list)

    def field_given(self, name: str) -> bool:
        """Whether the file sets a field (``school.type``, ``reviewed``...)."""
        return name in self.fields

    def line_of(self, finding: Finding) -> int:
        """The line an editor should look at for a finding (line 1 when nothing fits)."""
        for name in _FIELDS_BY_CODE.get(finding.code, ()):
            if name in self.fields:
                return self.fields[name]
        item = finding.item
        if item is None and finding.location is not None and finding.location.xpath:
            match = _SECTION_XPATH.search(finding.location.xpath)
            if match and 0 < int(match.group(1)) <= len(self.order):
                item = self.order[int(match.group(1)) - 1]
        if item is not None and item in self.sections:
            item_line, first, last = self.sections[item]
            return self._excerpt_line(finding.excerpt, first, last) or item_line
        if item is not None and "sections" in self.fields:
            return self.fields["sections"]
        return 1

    def _excerpt_line(self, excerpt: str, first: int, last: int) -> int | None:
        """The line within a section where the finding's text starts, if it can be found."""
        words = re.findall(r"[\w'’]+", excerpt)[:6]
        if len(words) < 3:
            return None
        lines = self.text.splitlines()
        chunk = "\n".join(lines[first - 1:last])
        match = re.search(r"\W+".join(re.escape(w) for w in words), chunk)
        if match is None:
            return None
        return first + chunk.count("\n", 0, match.start())


def report_lines(text: str) -> ReportLines:
    """Find the lines of a report file's fields and sections (empty if it is not YAML)."""
    lines = ReportLines(text)
    try:
        check_yaml(text)
        root = yaml.compose(text, Loader=_LOADER)
    except (yaml.YAMLError, LimitError):
        return lines
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key, value in root.value:
        name = str(key.value)
        lines.fields[name] = key.start_mark.line + 1
        if isinstance(value, yaml.MappingNode):
            for sub_key, _ in value.value:
                lines.fields[f"{name}.{sub_key.value}"] = sub_key.start_mark.line + 1
        if name == "sections" and isinstance(value, yaml.SequenceNode):
            _sections(lines, value)
    return lines


def _sections(lines: ReportLines, sequence: yaml.SequenceNode) -> None:
    for entry in sequence.value:
        if not isinstance(entry, yaml.MappingNode):
            continue
        for key, value in entry.value:
            if key.value == "item" and isinstance(value, yaml.ScalarNode):
                item = str(value.value)
                if item in lines.sections:
                    continue
                # end_mark of a block scalar points past its last line: step back onto it.
                last = max(entry.start_mark.line + 1, entry.end_mark.line)
                lines.sections[item] = (key.start_mark.line + 1, entry.start_mark.line + 1, last)
                lines.order.append(item)
