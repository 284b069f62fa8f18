"""The report model as WordPress block markup.

``senreport/report`` wraps ``senreport/section`` blocks; a section's heading and
body are ordinary core blocks, so editors write in them as they always do.
"""

from __future__ import annotations

from lxml import etree, html

from senreport.blocks import wrap
from senreport.model import Report, fields_of
from senreport.richtext import canonical
from senreport.safe_html import serialise
from senreport.writers.common import heading_of


def render_blocks(report: Report) -> str:
    """The report as block markup for ``post_content``."""
    sections = [
        wrap("senreport/section", _section_inner(heading_of(s), s.body), {"item": s.item})
        for s in report.sections
    ]
    return wrap("senreport/report", "\n\n".join(sections), fields_of(report))


def _section_inner(title: str, body: str) -> str:
    parts = [wrap("heading", f"<h2>{_escape(title)}</h2>")]
    parts.extend(body_to_blocks(body))
    return "\n\n".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def body_to_blocks(body: str) -> list[str]:
    """Each top-level element of a body as the core block that holds it.

    The body is put through the sanitiser again (it is idempotent): a writer trusts no body.
    """
    body = canonical(body)
    if not body.strip():
        return []
    container = html.fragment_fromstring(body, create_parent="div")
    return [_core_block(child) for child in container if isinstance(child.tag, str)]


def _markup(element: etree._Element) -> str:
    element.tail = None
    return serialise(element).strip()


def _core_block(element: etree._Element) -> str:
    tag = element.tag
    if tag == "p":
        return wrap("paragraph", _markup(element))
    if tag in ("h3", "h4", "h5", "h6"):
        return wrap("heading", _markup(element), {"level": int(tag[1])})
    if tag in ("ul", "ol") and all(c.tag == "li" for c in element if isinstance(c.tag, str)):
        items = [wrap("list-item", _markup(li)) for li in element if isinstance(li.tag, str)]
        attrs = {"ordered": True} if tag == "ol" else None
        start = _markup(etree.Element(tag, dict(element.attrib)))
        open_tag, close_tag = start[: start.index("</")], f"</{tag}>"
        return wrap("list", open_tag + "".join(items) + close_tag, attrs)
    if tag == "table":
        return wrap("table", f'<figure class="wp-block-table">{_markup(element)}</figure>')
    if tag == "blockquote":
        element.set("class", "wp-block-quote")
        inner = [wrap("paragraph", _markup(c)) if c.tag == "p" else _markup(c)
                 for c in element if isinstance(c.tag, str)]
        if element.text and element.text.strip() or not inner:
            return wrap("html", _markup(element))
        return wrap("quote", '<blockquote class="wp-block-quote">' + "".join(inner)
                    + "</blockquote>")
    if tag == "hr":
        return wrap("separator", '<hr class="wp-block-separator"/>')
    return wrap("html", _markup(element))
