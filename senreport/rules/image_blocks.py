"""AX119: an image block whose alt text was never written.

The block editor saves an image with ``alt=""`` until someone describes it, and ``alt=""``
is also how a decorative image is marked. In block markup the two cannot be told apart from
the HTML, so an image block with empty alt text is questioned until the editor either
describes it or marks it decorative (wp-bridge's "Decorative image" toggle, saved as the
class ``senreport-decorative``). Published pages, whose block delimiters are gone, are left
to AX110.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.registry import rule

DECORATIVE_CLASS = "senreport-decorative"


def _block_comment_before(element: etree._Element) -> str:
    """The text of the comment just before an element (white space skipped), or ''."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        if previous.tag is etree.Comment:
            return (previous.text or "").strip()
        previous = previous.getprevious()
    if previous is None:
        parent = element.getparent()
        return _block_comment_before(parent) if parent is not None and parent.tag == "a" else ""
    return ""


def _image_block(image: etree._Element) -> etree._Element | None:
    """The <figure> of a core/image block holding this image, if it is one."""
    for ancestor in image.iterancestors("figure"):
        if _block_comment_before(ancestor).startswith("wp:image"):
            return ancestor
        return None
    return None


@rule("AX119", "image-block-alt", severity="warning",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content")
def check_image_block_alt(ctx: CheckContext) -> Iterator[Finding]:
    """An image added in the block editor has no description and is not marked decorative.

    The block editor leaves alt text empty until someone fills it in, which screen readers
    take to mean "decoration, skip it": a parent then misses what the picture shows.

    Bad::

        <!-- wp:image -->
        <figure class="wp-block-image"><img src="sensory-room.jpg" alt=""/></figure>
        <!-- /wp:image -->

    Good::

        <!-- wp:image -->
        <figure class="wp-block-image"><img src="sensory-room.jpg"
        alt="The sensory room, with soft seating and coloured lights"/></figure>
        <!-- /wp:image -->
    """
    for image in ctx.document.elements("img"):
        if image.get("alt") != "" or image.get("role") in ("presentation", "none"):
            continue
        figure = _image_block(image)
        if figure is None or DECORATIVE_CLASS in (figure.get("class") or "").split():
            continue
        yield finding(
            "This image has no description. Describe what it shows in the image block's "
            "\"Alternative text\", or switch on \"Decorative image\" if it is only decoration.",
            element=image,
            excerpt=image.get("src", ""),
        )
