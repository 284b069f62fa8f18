"""Import a published report page into the model: each passage filed under the item it answers.

Nothing is dropped: a passage that answers no item goes into the ``other`` section,
so a school moving its old page into the block loses no words.
"""

from __future__ import annotations

from lxml import etree

from senreport.check import read_content
from senreport.coverage import part_scores
from senreport.document import BLOCK_TAGS, Part, normalise_space
from senreport.facts import extract_facts
from senreport.markup import outer_html
from senreport.model import OTHER, LocalOffer, Report, School, Section, Senco
from senreport.richtext import canonical

_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "td", "th", "dd", "dt",
                         "summary", "details", "figure", "form", "blockquote"})
_CAPTIONS = frozenset({"figcaption", "caption"})
#: A passage is filed under an item only when it answers it at least this strongly.
MIN_SCORE = 1.0


def import_report(content: str | bytes, source: str = "",
                  school_type: str | None = None) -> Report:
    """Read an existing page (or block markup, our own HTML, a PDF or a Word file) into a
    structured report."""
    document, report = read_content(content, source)
    if report is not None:
        return report
    facts = extract_facts(document)
    bodies: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    order: list[str] = []
    for part in document.parts:
        heading = part.heading.text if part.heading else None
        heading_is_title = part.heading is not None and part.heading.level == 1
        markup = _partouter_html(part)
        if not markup.strip() and heading_is_title:
            continue
        scores = part_scores(None if heading_is_title else heading, part.text)
        item = max(scores, key=lambda k: scores[k]) if scores else OTHER
        if scores.get(item, 0.0) < MIN_SCORE:
            item = OTHER
        if item not in bodies:
            order.append(item)
            bodies[item] = []
            if heading and not heading_is_title and item != OTHER:
                titles[item] = heading
            elif heading and not heading_is_title:
                bodies[item].append(f"<h3>{_escape(heading)}</h3>")
        elif heading and not heading_is_title:
            bodies[item].append(f"<h3>{_escape(heading)}</h3>")
        bodies[item].append(markup)
    sections = [
        Section(item=item, title=titles.get(item, ""), body=canonical("\n".join(bodies[item])))
        for item in order
    ]
    sections = [_titled(s) for s in sections if s.body or s.title]
    title = document.root.findtext(".//title") or (
        document.file.title if document.file is not None else None) or ""
    return Report(
        kind="sen-report",
        school=School(name=title.split("|")[0].split(" - ")[0].strip() if title else "",
                      type=school_type or "mainstream"),
        senco=Senco(name=facts.senco_name, email=facts.senco_email, phone=facts.senco_phone),
        local_offer=LocalOffer(url=facts.local_offer_url),
        reviewed=facts.reviewed,
        next_review=facts.next_review,
        sections=tuple(sections),
    )


def _titled(section: Section) -> Section:
    from senreport.writers.common import heading_of

    return section if section.title else Section(section.item, heading_of(section), section.body)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _partouter_html(part: Part) -> str:
    """The HTML of a part's blocks, each piece of text once."""
    out: list[str] = []
    chosen: set[etree._Element] = set()
    for block in part.blocks:
        element = block.element
        if element is None:
            out.append(f"<p>{_escape(block.text)}</p>")
            continue
        if _is_container(element) or element.tag in _CAPTIONS or len(block.text) > len(
                normalise_space(element.text_content())):
            # (a paragraph made whole from the lines of a converted PDF holds more than
            # its first line's element; a caption, a staff card's "Mrs Castell, SENCO",
            # stands as a paragraph of its own once its picture's figure is gone)
            out.append(f"<p>{_escape(block.text)}</p>")
            continue
        if element in chosen or any(a in chosen for a in element.iterancestors()):
            continue
        chosen.add(element)
        if element.tag == "li":
            out.append(f"<ul>{outer_html(element)}</ul>")
        else:
            out.append(outer_html(element))
    return "\n".join(out)


def _is_container(element: etree._Element) -> bool:
    """Elements whose block is only their loose text (their children are blocks of their own)."""
    if element.tag in _CONTAINERS:
        return True
    return any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in element.iterdescendants())
