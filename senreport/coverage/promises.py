"""A heading is a promise: which of the items a heading asks for its answer really speaks to.

"How is the decision made about how much support my child will receive?" asks for two
items (the extra help given, and how the school checks that its support works). An answer
about who decides the budget answers the first and none of the second's parts, so the
heading dedicates itself to the first only. Only an answer of some length is judged so: a
line or a pointer under the heading is a thin answer to everything it asks.
"""

from __future__ import annotations

from senreport.catalogue.parts import parts_of

#: Words of answer from which an answer that names none of an item's parts is about
#: something else (the guide's threshold for a full answer).
PROMISE_WORDS = 25


def kept_promises(kind: str, owners: dict[str, float], answer: list[str]) -> dict[str, float]:
    """``owners`` without the items whose parts the answer does not speak to at all (item 1
    of a SEN report is answered by the kinds of need it lists, judged later)."""
    if len(owners) < 2 or sum(len(text.split()) for text in answer) < PROMISE_WORDS:
        return owners  # one item asked for: the judgement weighs its answer
    whole = " ".join(answer)
    kept = {item_id: strength for item_id, strength in owners.items()
            if (kind == "sen-report" and item_id == "1") or not (parts := parts_of(kind, item_id))
            or any(part.answered_in(whole) for part in parts)}
    return kept or owners
