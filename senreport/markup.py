"""An element's own markup, as written back into a block or a report."""

from __future__ import annotations

from lxml import etree, html


def outer_html(element: etree._Element) -> str:
    """An element's own markup, without the text that follows it."""
    tail, element.tail = element.tail, None
    try:
        return str(html.tostring(element, encoding="unicode", method="html"))
    finally:
        element.tail = tail
