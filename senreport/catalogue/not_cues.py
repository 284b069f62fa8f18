"""Phrases that hold an item's cue but speak of something else.

"Check understanding before moving on" is about a lesson, not about moving on to a new
school; "we employ a speech therapist" is about staffing, not about employment after school
(cues are matched on word stems, so "employ" and "employment" read alike). Each phrase here
is found where it stands and taken for no item, so the cue inside it is not read.
"""

from __future__ import annotations

NOT_CUES: tuple[str, ...] = (
    # moving on to the next task or step of a lesson
    "before moving on",
    "before they move on",
    "before we move on",
    "before pupils move on",
    "before children move on",
    # changes of activity within the day
    "transitions between activities",
    "transitions between lessons",
    "transitions between tasks",
    "transition between activities",
    "transition between lessons",
    "transition between tasks",
    "warning before transitions",
    "warnings before transitions",
    # staff the school employs
    "we employ",
    "we also employ",
    "school employs",
    "school also employs",
    "academy employs",
    "trust employs",
    "employed by the school",
    "employed by the academy",
    "employed by the trust",
    "employs a",
    "employs an",
    "employ a",
    "employ an",
)
