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


#: The held-out split: written and labelled by the written guide alone, never used to tune.
HELDOUT = CORPUS / "heldout"
#: Calibration pages (third-party text, kept out of git; see benchmarks/coverage_accuracy.py).
REAL_DEV = Path(__file__).parent.parent / ".cache" / "real-dev"
#: More real pages, labelled by the team's own readers (labels in benchmarks/real_pages/).
REAL_EXTRA = Path(__file__).parent.parent / ".cache" / "real-extra"


def cases(folder: Path = CORPUS) -> list[Case]:
    """Every labelled document of a folder (default: the tuning split), in name order."""
    found = []
    for label_file in sorted(folder.glob("*.expected.yaml")):
        stem = label_file.name[: -len(".expected.yaml")]
        documents = [p for p in folder.glob(stem + ".*") if p != label_file]
        if len(documents) != 1:
            raise AssertionError(f"{label_file.name}: expected one document beside it, "
                                 f"found {len(documents)}")
        labels = yaml.safe_load(label_file.read_text(encoding="utf-8"))
        found.append(Case(stem, documents[0], labels))
    return found
