"""The domain catalogue: what each kind of SEND document must contain, as data.

Each kind has a list of items, each with an id, a plain-English heading and the
``cues`` (phrases real documents use) that coverage detection looks for.
"""

from __future__ import annotations

from senreport.catalogue.governors import GOVERNORS_TOPICS
from senreport.catalogue.local_offer import RUBRIC
from senreport.catalogue.schedule1 import SCHEDULE_1
from senreport.catalogue.send_policy import POLICY_ELEMENTS
from senreport.catalogue.types import CatalogueItem, RubricItem, ScheduleItem

__all__ = [
    "CatalogueItem",
    "GOVERNORS_TOPICS",
    "POLICY_ELEMENTS",
    "RUBRIC",
    "RubricItem",
    "SCHEDULE_1",
    "ScheduleItem",
    "applies_to",
    "items_for",
    "schedule_item",
]

_BY_KIND: dict[str, tuple[CatalogueItem, ...]] = {
    "sen-report": SCHEDULE_1,
    "send-policy": POLICY_ELEMENTS,
    "local-offer": RUBRIC,
    "governors-report": GOVERNORS_TOPICS,
}


def items_for(kind: str) -> tuple[CatalogueItem, ...]:
    """Every catalogue item of a kind of document, in publication order."""
    return _BY_KIND[kind]


def schedule_item(item_id: str) -> ScheduleItem:
    """The Schedule 1 item with this id (``KeyError`` if there is none)."""
    for item in SCHEDULE_1:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


def applies_to(item: CatalogueItem, school_type: str) -> bool:
    """Whether an item is required of this type of school (items 2 and 4: mainstream, nursery)."""
    school_types = getattr(item, "school_types", None)
    return not school_types or school_type in school_types
