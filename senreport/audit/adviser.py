"""The SEN adviser's own assessment of lines scored Partial.

The rubric asks for a person's judgement where a Local Offer covers a line only in part.
The audit leaves a place for it in ``adviser.yaml`` in the output folder::

    "Exampleshire":
      general.funding:   # General considerations: Budget and top-up funding information
        score: "Yes"     # Yes, Partial or No; leave empty until judged
        comment: "Banding is explained in the linked guidance."

The file is read before an audit and kept: a re-run only adds places for new Partial
lines, and never changes what the adviser wrote. Pure: text in, text out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import yaml

from senreport.audit.rubric import Rubric
from senreport.limits import LimitError, check_yaml

ADVISER_FILE = "adviser.yaml"
ADVISER_SCORES = ("Yes", "Partial", "No")


class AdviserError(ValueError):
    """An adviser file that cannot be read; the message says where and how to fix it."""


@dataclass(frozen=True)
class Judgement:
    """The adviser's score (``None`` until judged) and comment for one line."""

    score: str | None = None
    comment: str = ""

    @property
    def judged(self) -> bool:
        """Whether the adviser has given a score or a comment."""
        return self.score is not None or bool(self.comment)

    def to_dict(self) -> dict[str, Any]:
        """The judgement as JSON."""
        return {"score": self.score, "comment": self.comment}


Judgements = dict[str, dict[str, Judgement]]


def parse_adviser(text: str, source: str = ADVISER_FILE) -> Judgements:
    """Read the adviser file: authority -> rubric id -> judgement."""
    try:
        check_yaml(text, source)
    except LimitError as error:
        raise AdviserError(str(error)) from None
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        raise AdviserError(f"{source}{where}: this is not valid YAML; correct it (or move it "
                           "aside) and run the audit again") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise AdviserError(f"{source}: list each authority, then its rubric lines")
    judgements: Judgements = {}
    for authority, lines in data.items():
        if lines is None:
            continue
        if not isinstance(lines, dict):
            raise AdviserError(f"{source}: under {authority!r}, list rubric lines such as "
                               "general.funding, each with a score and a comment")
        judgements[str(authority)] = {
            str(line_id): _judgement(entry, f"{source}: {authority}, {line_id}")
            for line_id, entry in lines.items()
        }
    return judgements


def _judgement(entry: Any, where: str) -> Judgement:
    if entry is None:
        return Judgement()
    if not isinstance(entry, dict):
        raise AdviserError(f"{where}: give a 'score' and a 'comment'")
    score = entry.get("score")
    if isinstance(score, bool):  # YAML reads an unquoted Yes/No as true/false
        score = "Yes" if score else "No"
    if score is not None and str(score).strip():
        wanted = {s.lower(): s for s in ADVISER_SCORES}
        if str(score).strip().lower() not in wanted:
            raise AdviserError(f"{where}: the score {score!r} is not one of Yes, Partial or "
                               "No (leave it empty until judged)")
        score = wanted[str(score).strip().lower()]
    else:
        score = None
    comment = entry.get("comment")
    return Judgement(score, "" if comment is None else str(comment).strip())


def with_places(judgements: Judgements,
                documents: Iterable[dict[str, Any]]) -> tuple[Judgements, int]:
    """The judgements, with an empty place for every line scored Partial that has none.

    Returns the new judgements and how many places were added. Existing entries are
    kept as they are, even for lines no longer scored Partial.
    """
    merged = {authority: dict(lines) for authority, lines in judgements.items()}
    added = 0
    for document in documents:
        authority = document["authority"]
        for line_id, score in document["scores"].items():
            if score == "Partial" and line_id not in merged.get(authority, {}):
                merged.setdefault(authority, {})[line_id] = Judgement()
                added += 1
    return merged, added


def adviser_yaml(judgements: Judgements, rubric: Rubric) -> str:
    """The adviser file's text, each line labelled with its section and heading."""
    out = [
        "# The SEN adviser's assessment of the lines the audit scored Partial.",
        "# For each line give a score (Yes, Partial or No) and a comment; leave the score",
        "# empty until judged. senreport keeps what is written here when the audit is run",
        "# again, and shows it in the report beside the automatic score.",
    ]
    labels = {line.id: f"{rubric.sections.get(line.section, line.section)}: {line.heading}"
              for line in rubric.lines}
    order = {line_id: n for n, line_id in enumerate(rubric.ids)}
    for authority in sorted(judgements):
        out.append(f"{json.dumps(authority, ensure_ascii=False)}:")
        lines = judgements[authority]
        for line_id in sorted(lines, key=lambda i: (order.get(i, len(order)), i)):
            judgement = lines[line_id]
            label = labels.get(line_id, "not a line of this rubric")
            out.append(f"  {json.dumps(line_id)}:  # {label}")
            out.append(f"    score: {json.dumps(judgement.score)}")
            out.append(f"    comment: {json.dumps(judgement.comment, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def apply_judgements(document: dict[str, Any], judgements: Judgements) -> dict[str, Any]:
    """The document with the adviser's judgements and the final scores (the adviser's score
    where given, else the automatic one)."""
    own = judgements.get(document["authority"], {})
    adviser = {line_id: j.to_dict() for line_id, j in own.items()
               if line_id in document["scores"]}
    final = {line_id: (own[line_id].score if line_id in own and own[line_id].score else score)
             for line_id, score in document["scores"].items()}
    return {**document, "adviser": adviser, "final_scores": final}
