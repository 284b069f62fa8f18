"""The shapes of catalogue entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class CatalogueItem(Protocol):
    """What every catalogue entry offers, whatever the kind of document."""

    @property
    def id(self) -> str: ...

    @property
    def heading(self) -> str: ...

    @property
    def reference(self) -> str: ...

    @property
    def cues(self) -> tuple[str, ...]: ...


ALL_SCHOOL_TYPES = ("mainstream", "nursery", "special", "post16")


@dataclass(frozen=True)
class ScheduleItem:
    """One item of the SEND Regulations 2014, Schedule 1 (regulation 51)."""

    id: str
    #: The statutory wording, as in the regulations.
    wording: str
    #: A plain-English heading a parent understands.
    heading: str
    #: Code of Practice paragraphs it rests on, e.g. ("6.79", "6.14").
    code_of_practice: tuple[str, ...]
    #: The framework prompts of the Cambridgeshire toolkit (source 004).
    prompts: tuple[str, ...]
    #: SE7 parents' and young people's FAQ questions that this item answers.
    faq: tuple[str, ...]
    #: Words and phrases real reports use for this item (headings and body text).
    cues: tuple[str, ...]
    #: School types the item applies to.
    school_types: tuple[str, ...] = ALL_SCHOOL_TYPES

    @property
    def reference(self) -> str:
        """Where the item stands in law, in the form a citation uses."""
        if self.id[0] == "3" and len(self.id) == 2:
            return f"SEND Regulations 2014, Schedule 1, para 3({self.id[1]})"
        return f"SEND Regulations 2014, Schedule 1, para {self.id}"


@dataclass(frozen=True)
class RubricItem:
    """One line of the Local Offer assessment rubric (source 003)."""

    id: str
    section: str
    heading: str
    requirements: tuple[str, ...]
    code_of_practice: tuple[str, ...]
    cues: tuple[str, ...]

    @property
    def reference(self) -> str:
        """The Code of Practice paragraphs, or the rubric itself."""
        if self.code_of_practice:
            return "SEND Code of Practice 2014, para " + ", ".join(self.code_of_practice)
        return "SEND Code of Practice 2014, chapter 4 (the Local Offer)"


@dataclass(frozen=True)
class PolicyElement:
    """Something a SEND policy must say (source 001), or a governors' report topic (source 000)."""

    id: str
    heading: str
    description: str
    cues: tuple[str, ...]
    reference: str
