"""Read back a report senreport wrote, from block markup or from its HTML."""

from __future__ import annotations

import json
from typing import Any

from lxml import html

from senreport.blocks import ParsedBlock, parse_blocks
from senreport.markup import outer_html
from senreport.model import Report, Section, report_from_fields
from senreport.richtext import canonical

REPORT_BLOCK = "senreport/report"
SECTION_BLOCK = "senreport/section"
_GENERATED = ("senreport-contact", "senreport-local-offer")


def find_report_block(blocks: list[ParsedBlock]) -> ParsedBlock | None:
    """The first ``senreport/report`` block, searching inner blocks too."""
    for block in blocks:
        if block.name == REPORT_BLOCK:
            return block
        found = find_report_block(block.inner)
        if found is not None:
            return found
    return None


def report_from_blocks(text: str) -> Report | None:
    """The report held in block markup, or None if it holds no ``senreport/report`` block."""
    block = find_report_block(parse_blocks(text))
    if block is None:
        return None
    sections = [
        _section_from_block(inner) for inner in block.inner if inner.name == SECTION_BLOCK
    ]
    return report_from_fields(_fields(block.attrs), sections)


def _fields(attrs: dict[str, Any]) -> dict[str, Any]:
    """Block attributes, tolerant of missing or odd values an editor's plugin may leave."""
    return {key: value for key, value in attrs.items() if value not in (None, "")}


def _section_from_block(block: ParsedBlock) -> Section:
    item = str(block.attrs.get("item", ""))
    title = ""
    body_parts: list[str] = []
    inner = iter(block.inner)
    for piece in block.content:
        if piece is not None:
            if piece.strip():
                body_parts.append(piece)
            continue
        child = next(inner)
        if not title and child.name == "core/heading" and child.attrs.get("level", 2) == 2:
            title = " ".join(html.fromstring(child.inner_html or "<p></p>").text_content().split())
            continue
        body_parts.append(_block_html(child))
    return Section(item=item, title=title, body=canonical("".join(body_parts)))


def _block_html(block: ParsedBlock) -> str:
    """A core block's HTML with its inner blocks put back in place."""
    out: list[str] = []
    inner = iter(block.inner)
    for piece in block.content:
        out.append(piece if piece is not None else _block_html(next(inner)))
    markup = "".join(out)
    if block.name == "core/table" or "wp-block-table" in markup[:80]:
        markup = markup.replace('<figure class="wp-block-table">', "").replace("</figure>", "")
    return markup


def report_from_html(text: str, root: html.HtmlElement | None = None) -> Report | None:
    """The report in HTML senreport wrote (``div.senreport-report``), or None.

    ``root`` is the text already parsed with ``html.document_fromstring``, if it has been.
    """
    if root is None:
        root = html.document_fromstring(text) if text.strip() else None
    if root is None:
        return None
    found = root.xpath("//div[contains(@class,'senreport-report')][@data-senreport]")
    if not found:
        return None
    container = found[0]
    try:
        fields = json.loads(container.get("data-senreport"))
    except json.JSONDecodeError:
        return None
    sections = []
    for element in container.xpath(".//section[@data-item]"):
        heading = element.find("h2")
        title = " ".join(heading.text_content().split()) if heading is not None else ""
        body = [
            outer_html(child) for child in element
            if isinstance(child.tag, str) and child is not heading
            and not any(cls in (child.get("class") or "") for cls in _GENERATED)
        ]
        sections.append(Section(item=element.get("data-item", ""), title=title,
                                body=canonical("\n".join(body))))
    return report_from_fields(fields if isinstance(fields, dict) else {}, sections)
