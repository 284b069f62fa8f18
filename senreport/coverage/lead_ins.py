"""Paragraphs that open on their question in bold ("<b>Who can I contact?</b> Our SENCO is
..."), or on a short bold label where a page opens several paragraphs so ("<b>Extra
support.</b> Small-group ..."): each is read as that question over its answer, as a reader
sees it."""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from senreport.document import Block, Part
from senreport.pseudo_headings import stands_out


def with_lead_ins(parts: tuple[Part, ...],
                  skip: set[int]) -> tuple[tuple[Part, ...], set[int]]:
    """Parts, with a paragraph that opens on a bold question ("<b>Who can I contact?</b> Our
    SENCO is ...") read as that question and its answer; and the skipped parts' new places."""
    # Short bold labels closed by a full stop ("<b>Extra support.</b> Small-group ...") are
    # run-in headings where a page opens several paragraphs so; once, they are emphasis.
    found = [_lead_in(b) for p in parts for b in p.blocks]
    run_in = sum(plain is None and label is not None for plain, label in found) >= RUN_IN_LABELS
    chosen = [label if run_in else plain for plain, label in found]
    inner = [_inner_labels(b) for p in parts for b in p.blocks]
    if not any(chosen) and not any(inner):
        return parts, skip
    leads = iter(zip(chosen, inner, strict=True))  # each block's, in the loop's order
    result: list[Part] = []
    skipped: set[int] = set()
    for index, part in enumerate(parts):
        heading, body = part.heading, []
        # A skipped part (a glossary, a contents list) stays skipped up to its first lead-in:
        # the questions that follow it are the report's own.
        skipping, restored = index in skip, False
        for block in part.blocks:
            lead, labels = next(leads)
            if lead is None and not labels:
                body.append(block)
                restored = False
                continue
            # The block cut at its labels: the words before the first (if it does not open
            # on one) go on answering what stood above.
            cuts = ([(0, lead)] if lead else []) + labels
            if cuts[0][0] > 0:
                body.append(replace(block, text=block.text[:cuts[0][0]].strip()))
            for number, (at, label) in enumerate(cuts):
                end = cuts[number + 1][0] if number + 1 < len(cuts) else len(block.text)
                if heading is not None or body:
                    if skipping:
                        skipped.add(len(result))
                        skipping = False
                    result.append(Part(heading, tuple(body)))
                # Under a real heading the question is a sub-heading of it.
                level = part.heading.level + 1 if part.heading and part.heading.level else 0
                heading = Block("heading", label, level, block.xpath, block.line, block.tag,
                                True)
                body = [replace(block, text=block.text[at + len(label):end].strip(),
                                pseudo_heading=False)]
            restored = bool(labels)
            if restored:
                # A label inside a paragraph heads the rest of that paragraph only: the
                # paragraphs after it answer what stands above it again.
                result.append(Part(heading, tuple(body)))
                heading, body = part.heading, []
        if restored and not body:
            continue
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


def _paragraph(block: Block) -> etree._Element | None:
    """The block's element, if it is a paragraph of text a label may open or stand in."""
    element = block.element
    if element is None or block.pseudo_heading or element.tag not in ("p", "li", "div"):
        return None
    return element


def _lead_in(block: Block) -> tuple[str | None, str | None]:
    """The bold question or label a paragraph opens with, if it answers it in the same
    breath: read as a question, and read as a question or a short label closed by a full
    stop."""
    element = _paragraph(block)
    if element is None or (element.text or "").strip() or not len(element) or not stands_out(
            element[0]):
        return None, None
    lead = " ".join((element[0].text_content() or "").split())
    rest = block.text[len(lead):].strip()
    if len(rest.split()) < 3 or not block.text.startswith(lead):
        return None, None
    # A bold line of its own ("<b>Our approach</b><br>We ...") is a heading whatever its end.
    own_line = not (element[0].tail or "").strip() and len(element) > 1 and (
        element[1].tag == "br")
    question = lead if (lead.endswith(("?", ":")) or own_line and not lead.endswith(".")) and (
        len(lead.split()) >= 2) else None
    named = _NUMBER.sub("", lead)
    label = lead.endswith(".") and len(named.split()) <= LABEL_WORDS and named[:1].isupper()
    return question, question or (lead if label else None)


#: The most words of a bold label inside a paragraph closed by a colon ("Clubs and trips:").
_INNER_WORDS = 6


def _inner_labels(block: Block) -> list[tuple[int, str]]:
    """Bold labels that open a sentence inside a paragraph ("... read each day. <b>Clubs
    and trips:</b> all our clubs ..."): where each stands in the block's text, and its words.
    A label is short, opens with a capital and closes with a colon, or (two words or more)
    with a full stop; bold words inside a sentence are emphasis."""
    element = _paragraph(block)
    if element is None:
        return []
    found: list[tuple[int, str]] = []
    start = 1
    for child in element:
        if not stands_out(child) or len((child.tail or "").split()) < 3:
            continue
        label = " ".join((child.text_content() or "").split())
        words = label.split()
        if not (label[:1].isupper() and 1 <= len(words) <= _INNER_WORDS and (
                label.endswith(":") or label.endswith(".") and len(words) >= 2)):
            continue
        at = block.text.find(label, start)
        if at < 0:
            continue
        start = at + len(label)
        if block.text[:at].rstrip().endswith((".", "!", "?")):
            found.append((at, label))
    return found
