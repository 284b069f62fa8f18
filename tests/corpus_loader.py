"""The labelled corpus in tests/corpus: each document with its expected coverage and facts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).parent / "corpus"


@dataclass(frozen=True)
class Case:
    """One document of the corpus and its labels."""

    name: str
    path: Path
    labels: dict[str, Any]

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def cases() -> list[Case]:
    """Every labelled document, in name order."""
    found = []
    for label_file in sorted(CORPUS.glob("*.expected.yaml")):
        stem = label_file.name[: -len(".expected.yaml")]
        documents = [p for p in CORPUS.glob(stem + ".*") if p != label_file]
        if len(documents) != 1:
            raise AssertionError(f"{label_file.name}: expected one document beside it, "
                                 f"found {len(documents)}")
        labels = yaml.safe_load(label_file.read_text(encoding="utf-8"))
        found.append(Case(stem, documents[0], labels))
    return found
