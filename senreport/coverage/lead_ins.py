"""Paragraphs that open on their question in bold ("<b>Who can I contact?</b> Our SENCO is
..."): each is read as that question over its answer, as a reader sees it."""

from __future__ import annotations

from dataclasses import replace

from senreport.document import Block, Part
from senreport.pseudo_headings import stands_out


def with_lead_ins(parts: tuple[Part, ...],
                  skip: set[int]) -> tuple[tuple[Part, ...], set[int]]:
    """Parts, with a paragraph that opens on a bold question ("<b>Who can I contact?</b> Our
    SENCO is ...") read as that question and its answer; and the skipped parts' new places."""
    if not any(_lead_in(b) for p in parts for b in p.blocks):
        return parts, skip
    result: list[Part] = []
    skipped: set[int] = set()
    for index, part in enumerate(parts):
        heading, body = part.heading, []
        # A skipped part (a glossary, a contents list) stays skipped up to its first lead-in:
        # the questions that follow it are the report's own.
        skipping = index in skip
        for block in part.blocks:
            lead = _lead_in(block)
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


def _lead_in(block: Block) -> str | None:
    """The bold question or label a paragraph opens with, if it answers it in the same breath."""
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
    if not (lead.endswith(("?", ":")) or own_line and not lead.endswith(".")) or (
            len(lead.split()) < 2 or len(rest.split()) < 3 or not block.text.startswith(lead)):
        return None
    return lead
