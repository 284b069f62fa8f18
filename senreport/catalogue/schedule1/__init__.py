"""The SEN information report: the SEND Regulations 2014, Schedule 1 (regulation 51), as data.

Sources (see ``/work/shared/seeds``):

- the statutory wording of Schedule 1 and its items 3(a)-(g) (source 004);
- the framework prompts per item of Cambridgeshire's schools toolkit, with what
  Cambridgeshire SENCOs said parents can expect (source 004);
- the SE7 Pathfinder's frequently asked questions of parents and carers, and of
  young people (source 004), each mapped to the item(s) that answer it;
- Code of Practice paragraphs cited for the item (sources 000, 001 and 004); every
  item rests on 6.79, the duty to publish the report.

Item 3's own text is the lead-in to (a)-(g) and is kept as :data:`ITEM_3_LEAD_IN`.
Sub-item wording is kept as the regulations word it, without the trailing ``;`` or
``; and`` that joins the list.

``cues`` are lowercase words and phrases that real school reports use for an item,
in headings or in body text. They are chosen to be distinctive: a cue should point
to one item (a few sit under two), never to the whole report.

The items are kept by theme: :mod:`.needs_and_assessment` (items 1-3(b)),
:mod:`.teaching_and_support` (3(c)-3(g)), :mod:`.staff_and_equipment` (4-6),
:mod:`.parents_and_pupils` (7-9) and :mod:`.services_and_transitions` (10-13); the SE7
questions are in :mod:`.questions`.
"""

from __future__ import annotations

from senreport.catalogue.schedule1 import (
    needs_and_assessment,
    parents_and_pupils,
    services_and_transitions,
    staff_and_equipment,
    teaching_and_support,
)
from senreport.catalogue.schedule1.questions import PARENT_FAQ, YOUNG_PERSON_FAQ
from senreport.catalogue.types import ScheduleItem

__all__ = [
    "ITEM_3_LEAD_IN",
    "PARENT_FAQ",
    "SCHEDULE_1",
    "SCHEDULE_1_IDS",
    "YOUNG_PERSON_FAQ",
]

#: The text of Schedule 1, item 3, which introduces sub-items (a)-(g).
ITEM_3_LEAD_IN = (
    "Information about the school's policies for making provision for pupils with special "
    "educational needs whether or not pupils have EHC Plans, including—"
)

#: Every item, in the order of the regulations.
SCHEDULE_1: tuple[ScheduleItem, ...] = (
    *needs_and_assessment.ITEMS,
    *teaching_and_support.ITEMS,
    *staff_and_equipment.ITEMS,
    *parents_and_pupils.ITEMS,
    *services_and_transitions.ITEMS,
)

#: The 19 item ids, in the order of the regulations.
SCHEDULE_1_IDS: tuple[str, ...] = tuple(item.id for item in SCHEDULE_1)
