"""Paragraphs that open on their question in bold ("<b>Who can I contact?</b> Our SENCO is
..."), or on a short bold label where a page opens several paragraphs so ("<b>Extra
support.</b> Small-group ..."): each is read as that question over its answer, as a reader
sees it."""

from __future__ import annotations

import re
from dataclasses import replace

from senreport.document import Block, Part
from senreport.pseudo_headings import stands_out


def with_lead_ins(parts: tuple[Part, ...],
                  skip: set[int]) -> tuple[tuple[Part, ...], set[int]]:
    """Parts, with a paragraph that opens on a bold question ("<b>Who can I contact?</b> Our
    SENCO is ...") read as that question and its answer; and the skipped parts' new places."""
    # Short bold labels closed by a full stop ("<b>Extra support.</b> Small-group ...") are
    # run-in headings where a page opens several paragraphs so; once, they are emphasis.
    found = [(_lead_in(b), _lead_in(b, labels=True)) for p in parts for b in p.blocks]
    run_in = sum(plain is None and label is not None for plain, label in found) >= RUN_IN_LABELS
    chosen = [label if run_in else plain for plain, label in found]
    if not any(chosen):
        return parts, skip
    leads = iter(chosen)  # each block's, in the order the loop below meets them
    result: list[Part] = []
    skipped: set[int] = set()
    for index, part in enumerate(parts):
        heading, body = part.heading, []
        # A skipped part (a glossary, a contents list) stays skipped up to its first lead-in:
        # the questions that follow it are the report's own.
        skipping = index in skip
        for block in part.blocks:
            lead = next(leads)
            if lead is None:
                body.append(block)
                continue
            if heading is not None or body:
                if skipping:
                    skipped.add(len(result))
                    skipping = False
                result.append(Part(heading, tuple(body)))
            # Under a real heading the question is a sub-heading of it.
            level = part.heading.level + 1 if part.heading and part.heading.level else 0
            question = Block("heading", lead, level, block.xpath, block.line, block.tag, True)
            answer = replace(block, text=block.text[len(lead):].strip(), pseudo_heading=False)
            heading, body = question, [answer]
        if skipping:
            skipped.add(len(result))
        result.append(Part(heading, tuple(body)))
    return tuple(result), skipped


#: Paragraphs opening on a short bold label closed by a full stop that make them headings.
RUN_IN_LABELS = 3
#: The most words of such a label ("Finding out about needs.").
LABEL_WORDS = 5
#: The item number a label may open with: "(e) Extra support.", "(c) and (d) Teaching.",
#: "3(b) Progress.", "4. Contact."
_NUMBER = re.compile(r"^(?:\d{1,2}\s*)?\(?[a-g]\)(?:\s*(?:and|&)\s*\(?[a-g]\))?\s*"
                     r"|^\d{1,2}[.)]\s+")


def _lead_in(block: Block, labels: bool = False) -> str | None:
    """The bold question or label a paragraph opens with, if it answers it in the same breath
    (``labels``: a short label closed by a full stop counts too)."""
    element = block.element
    if element is None or block.pseudo_heading or element.tag not in ("p", "li", "div"):
        return None
    if (element.text or "").strip() or not len(element) or not stands_out(element[0]):
        return None
    lead = " ".join((element[0].text_content() or "").split())
    rest = block.text[len(lead):].strip()
    # A bold line of its own ("<b>Our approach</b><br>We ...") is a heading whatever its end.
    own_line = not (element[0].tail or "").strip() and len(element) > 1 and (
        element[1].tag == "br")
    named = _NUMBER.sub("", lead)
    label = labels and lead.endswith(".") and len(named.split()) <= LABEL_WORDS and (
        named[:1].isupper())
    if not (lead.endswith(("?", ":")) or own_line and not lead.endswith(".") or label) or (
            len(lead.split()) < (1 if label else 2) or len(rest.split()) < 3
            or not block.text.startswith(lead)):
        return None
    return lead
