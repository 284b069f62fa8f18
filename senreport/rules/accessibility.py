"""AX rules: accessibility of what editors write (WCAG 2.2 AA, at the content author's level).

Each rule walks the main content once. How text looks (colour contrast, capitals, justified
text) lives in :mod:`senreport.rules.contrast`, imported here so that importing this module
registers the whole AX family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from senreport.context import CheckContext
from senreport.document import HEADING_TAGS, normalise_space
from senreport.findings import Finding, finding
from senreport.rules.contrast import previous_element
from senreport.rules.registry import rule

_SKIP = frozenset({"script", "style", "noscript", "template"})
_NAMING_LABELS = ("aria-label", "aria-labelledby")
_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_GENERIC_LINK_TEXT = frozenset({
    "click here", "click", "here", "read more", "more", "this link", "link", "find out more",
    "learn more", "more info", "more information", "more details", "details", "see more",
    "view more", "continue reading", "continue", "click here for more information",
    "click here to find out more", "click here to read more", "read more here", "go", "this",
    "this page", "page", "website", "info", "view", "see here", "go here", "click this link",
})
_URL_TEXT = re.compile(
    r"(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|com|org|net|gov)/\S*",
    re.IGNORECASE,
)
_NEW_WINDOW = re.compile(r"\bnew\s+(?:browser\s+)?(?:window|tab)\b", re.IGNORECASE)
_FILE_ALT = re.compile(
    r"[\w\s().,-]*\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)"
    r"|(?:img|image|dsc[nf]?|dcim|pic|photo|picture|scan|untitled)[\s_-]*\d+(?:[\s_-]+\d+)*"
    r"|(?:screen ?shot|whatsapp image)[\s_-]*\d[\d\s_.:-]*(?:at[\d\s_.:-]*)?"
    r"|image|photo|photograph|picture|graphic|img|pic",
    re.IGNORECASE,
)
_STEM_MARKS = re.compile(r"[-_\d]")
_LIST_MARKER = re.compile(r"\s*(?:[-*•·▪‣◦–]|\d{1,2}[.)]|[a-z]\))\s+\S", re.IGNORECASE)
_DOCUMENT_TYPES = {".pdf": "a PDF", ".doc": "a Word document", ".docx": "a Word document",
                   ".odt": "a document", ".rtf": "a document"}
_WEB_ALTERNATIVE = re.compile(
    r"web ?page|online version|read (?:it |this |them )?online|html|accessible (?:version|format)"
    r"|(?:other|alternative|different|large[- ]print) formats?|on this page",
    re.IGNORECASE,
)
#: Where a link's surrounding sentence ends, when looking for a web-page alternative.
_SENTENCE_BLOCKS = frozenset({"p", "li", "td", "th", "dd", "dt", "figcaption", "caption",
                              *HEADING_TAGS})
_INLINE_TAGS = frozenset({"span", "strong", "b", "em", "i", "u", "small", "mark", "font"})


def accessible_text(element: etree._Element) -> str:
    """What a screen reader reads for an element: its text, with images' alt text."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.tag == "img":
            parts.append(f" {node.get('alt') or ''} ")
            return
        if node.tag in _SKIP or node.get("aria-hidden") == "true":
            return
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    return normalise_space("".join(parts))


def _link_texts(ctx: CheckContext) -> list[tuple[etree._Element, str]]:
    """Every link in the main content with its accessible text (worked out once)."""
    scratch = ctx.document.scratch
    if "link_texts" not in scratch:
        scratch["link_texts"] = [(link, accessible_text(link)) for link in ctx.document.links()]
    return scratch["link_texts"]  # type: ignore[no-any-return]


def _label(element: etree._Element) -> str:
    return normalise_space(element.get("aria-label") or "")


@rule("AX101", "heading-order", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships")
def check_heading_order(ctx: CheckContext) -> Iterator[Finding]:
    """A heading skips a level on the way down (a Heading 2 followed by a Heading 4).

    Many parents who use screen readers move around a page by its headings, as a table
    of contents. A missing level makes them think they have missed a section.

    Bad::

        <h2>How we support pupils</h2>
        <h4>Speech and language</h4>

    Good::

        <h2>How we support pupils</h2>
        <h3>Speech and language</h3>
    """
    previous = 0
    for heading in ctx.document.elements(*HEADING_TAGS):
        level = int(heading.tag[1])
        if previous and level > previous + 1:
            yield finding(
                f"This heading jumps from Heading {previous} to Heading {level}, skipping a "
                f"level. Change it to Heading {previous + 1}, so people using screen readers "
                f"can follow how the page is organised.",
                element=heading,
            )
        previous = level


@rule("AX102", "single-h1", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships")
def check_single_h1(ctx: CheckContext) -> Iterator[Finding]:
    """The content has more than one main heading (Heading 1).

    Heading 1 names the page. When there are several, screen reader users cannot tell
    what the page is about or where its main parts begin.

    Bad::

        <h1>SEN Information Report</h1>
        <p>Our report for 2026.</p>
        <h1>Our SENCO</h1>

    Good::

        <h1>SEN Information Report</h1>
        <p>Our report for 2026.</p>
        <h2>Our SENCO</h2>
    """
    for index, heading in enumerate(ctx.document.elements("h1")):
        if index:
            yield finding(
                "There is more than one main heading (Heading 1). Keep Heading 1 for the "
                "page title and change this one to Heading 2.",
                element=heading,
            )


@rule("AX103", "empty-heading", severity="warning",
      reference="WCAG 2.2 SC 2.4.6 Headings and Labels")
def check_empty_heading(ctx: CheckContext) -> Iterator[Finding]:
    """A heading with no words in it.

    Empty headings are often left behind to add space. Screen readers still announce
    them, as a heading with nothing in it, which is confusing.

    Bad::

        <h2> </h2>
        <p>Our SENCO is Ms Patel.</p>

    Good::

        <h2>Our SENCO</h2>
        <p>Our SENCO is Ms Patel.</p>
    """
    for heading in ctx.document.elements(*HEADING_TAGS):
        if not accessible_text(heading) and not _label(heading):
            yield finding(
                "This heading is empty. Type the heading text, or delete the heading; to add "
                "space, use a spacer block or a blank paragraph instead.",
                element=heading,
            )


@rule("AX110", "image-alt", severity="warning", reference="WCAG 2.2 SC 1.1.1 Non-text Content")
def check_image_alt(ctx: CheckContext) -> Iterator[Finding]:
    """An image with no text alternative.

    Screen readers cannot see pictures. Without alt text they read out the file name
    or say nothing, so a parent misses what the picture shows.

    Bad::

        <img src="senco.jpg">

    Good::

        <img src="senco.jpg" alt="Ms Patel, our SENCO, in the sensory room">
    """
    for image in ctx.document.elements("img"):
        if (image.get("alt") is None and not any(image.get(a) for a in _NAMING_LABELS)
                and image.get("role") not in ("presentation", "none")
                and image.get("aria-hidden") != "true"):
            yield finding(
                "This image has no text alternative. Add alt text that says what the picture "
                "shows, or mark it as decorative if it is only there for decoration.",
                element=image,
                excerpt=image.get("src", ""),
            )


def _is_file_stem(alt: str, src: str) -> bool:
    """Whether the alt text is the image's file name without its ending ("sen-team_2")."""
    stem = src.rsplit("/", 1)[-1].split("?", 1)[0].rsplit(".", 1)[0]
    return alt.lower() == stem.lower() and bool(_STEM_MARKS.search(stem))


@rule("AX111", "image-alt-filename", severity="warning",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content")
def check_image_alt_filename(ctx: CheckContext) -> Iterator[Finding]:
    """An image's alt text is a file name or just the word "image".

    Screen readers read the alt text aloud: "IMG underscore 2031 dot jpg" or "image"
    tells a parent nothing about what the picture shows.

    Bad::

        <img src="IMG_2031.jpg" alt="IMG_2031.jpg">

    Good::

        <img src="IMG_2031.jpg" alt="Pupils working with a teaching assistant">
    """
    for image in ctx.document.elements("img"):
        alt = normalise_space(image.get("alt") or "")
        if alt and (_FILE_ALT.fullmatch(alt) or _is_file_stem(alt, image.get("src") or "")):
            yield finding(
                f'The alt text "{alt}" is a file name or a placeholder, which tells someone '
                "using a screen reader nothing. Replace it with a few words saying what the "
                "picture shows, or mark the image as decorative.",
                element=image,
                excerpt=alt,
            )


@rule("AX120", "link-text-generic", severity="warning",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)")
def check_link_text_generic(ctx: CheckContext) -> Iterator[Finding]:
    """A link says "click here" or "read more" instead of where it goes.

    Screen reader users often list a page's links or jump from link to link, hearing
    only the link text. Ten links called "click here" give them no way to choose.

    Bad::

        <p>Our SEND policy is available. <a href="/send-policy">Click here</a>.</p>

    Good::

        <p>Read <a href="/send-policy">our SEND policy</a>.</p>
    """
    for link, text in _link_texts(ctx):
        if _PUNCTUATION.sub("", text).lower() not in _GENERIC_LINK_TEXT:
            continue
        label = _PUNCTUATION.sub("", _label(link)).lower()
        if (label and label not in _GENERIC_LINK_TEXT) or link.get("aria-labelledby"):
            continue
        yield finding(
            f'The link text "{text}" does not say where the link goes. Change the linked '
            'words to say what the link leads to, for example "our SEND policy" instead '
            'of "click here".',
            element=link,
        )


@rule("AX121", "link-text-url", severity="warning",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)")
def check_link_text_url(ctx: CheckContext) -> Iterator[Finding]:
    """A link's text is a bare web address.

    Screen readers read a web address out character by character, and long addresses
    break awkwardly on phones. The name of the page is clearer for everyone.

    Bad::

        <p>See <a href="https://www.leeds.gov.uk/localoffer">
        https://www.leeds.gov.uk/localoffer</a></p>

    Good::

        <p>See <a href="https://www.leeds.gov.uk/localoffer">
        the Leeds Local Offer</a></p>
    """
    for link, text in _link_texts(ctx):
        label = _label(link)
        if _URL_TEXT.fullmatch(text) and (not label or _URL_TEXT.fullmatch(label)):
            yield finding(
                "The link text is a web address, which screen readers read out letter by "
                "letter. Change the linked words to the name of the page, for example "
                '"the Leeds Local Offer".',
                element=link,
            )


@rule("AX122", "new-window", severity="warning", reference="WCAG 2.2 SC 3.2.5 Change on Request")
def check_new_window(ctx: CheckContext) -> Iterator[Finding]:
    """A link opens a new window or tab without saying so.

    A new tab that opens without warning disorients people who use screen readers or
    magnifiers, and on a phone the back button then no longer works as they expect.

    Bad::

        <a href="https://www.leeds.gov.uk/localoffer" target="_blank">
        Leeds Local Offer</a>

    Good::

        <a href="https://www.leeds.gov.uk/localoffer" target="_blank">
        Leeds Local Offer (opens in a new tab)</a>
    """
    for link in ctx.document.links():
        if link.get("target", "").strip().lower() not in ("_blank", "_new"):
            continue
        said = " ".join((accessible_text(link), link.get("aria-label") or "",
                         link.get("title") or ""))
        if not _NEW_WINDOW.search(said):
            yield finding(
                'This link opens in a new tab without warning. Either let it open in the same '
                'tab (turn off "Open in new tab" in the link settings), or add "(opens in a '
                'new tab)" to the link text.',
                element=link,
            )


@rule("AX140", "table-headers", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships")
def check_table_headers(ctx: CheckContext) -> Iterator[Finding]:
    """A table of information has no header cells.

    Screen readers use header cells to say which row and column each value is in.
    Without them a parent hears a stream of values with no way to tell what they mean.

    Bad::

        <table>
          <tr><td>Need</td><td>Support</td></tr>
          <tr><td>Reading</td><td>Daily phonics group</td></tr>
        </table>

    Good::

        <table>
          <tr><th>Need</th><th>Support</th></tr>
          <tr><td>Reading</td><td>Daily phonics group</td></tr>
        </table>
    """
    for table in ctx.document.elements("table"):
        if table.get("role") in ("presentation", "none"):
            continue
        rows = [row for part in [table, *table.iterchildren("thead", "tbody", "tfoot")]
                for row in part.iterchildren("tr")]
        cells = [list(row.iterchildren("td", "th")) for row in rows]
        if len(rows) < 2 or max(len(row) for row in cells) < 2:
            continue
        if any(cell.tag == "th" or cell.get("role") in ("columnheader", "rowheader")
               for row in cells for cell in row):
            continue
        yield finding(
            "This table has no header cells. Make the first row (or first column) a header "
            '- in the editor, turn on "Header section" in the table settings - so screen '
            "readers can say which heading each value belongs to.",
            element=table,
        )


def _lines(paragraph: etree._Element) -> list[str]:
    """A paragraph's lines, split where the editor pressed Shift+Enter (a line break)."""
    lines, current = [], [paragraph.text or ""]
    for child in paragraph:
        if child.tag == "br":
            lines.append("".join(current))
            current = []
        elif isinstance(child.tag, str):
            current.append(child.text_content())
        current.append(child.tail or "")
    lines.append("".join(current))
    return [line for line in lines if line.strip()]


@rule("AX150", "fake-list", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships")
def check_fake_list(ctx: CheckContext) -> Iterator[Finding]:
    """A list typed with dashes, bullets or numbers instead of a real list.

    Screen readers announce a real list and how many items it has, so a parent knows
    what is coming. Lines that only look like a list are read as loose sentences.

    Bad::

        <p>- Speech and language therapy</p>
        <p>- Occupational therapy</p>

    Good::

        <ul>
          <li>Speech and language therapy</li>
          <li>Occupational therapy</li>
        </ul>
    """
    message = ("These lines look like a list typed with dashes, bullets or numbers. Use the "
               "editor's bulleted or numbered list instead, so screen readers announce it as a "
               "list.")
    previous_marked: etree._Element | None = None
    run_start: etree._Element | None = None
    reported_run = False
    for paragraph in ctx.document.elements("p"):
        lines = _lines(paragraph)
        if sum(1 for line in lines if _LIST_MARKER.match(line)) >= 2:
            yield finding(message, element=paragraph)
            previous_marked = None
            continue
        marked = bool(lines) and bool(_LIST_MARKER.match(lines[0]))
        if not marked:
            previous_marked = None
            continue
        if previous_marked is not None and previous_element(paragraph) is previous_marked:
            if not reported_run:
                yield finding(message, element=run_start)
                reported_run = True
        else:
            run_start, reported_run = paragraph, False
        previous_marked = paragraph


def _document_type(href: str) -> str | None:
    """'a PDF' or 'a Word document' if the address is a document download, else None."""
    parts = urlsplit(href.strip())
    path = parts.path.lower()
    for extension, name in _DOCUMENT_TYPES.items():
        if path.endswith(extension):
            return name
    host = parts.netloc.lower()
    query = parse_qs(parts.query)
    if host == "docs.google.com" and "/export" in path:
        return "a PDF" if query.get("format", [""])[0] == "pdf" else "a Google Docs file"
    if host == "drive.google.com" and query.get("export"):
        return "a file to download"
    return None


def _surrounding_text(link: etree._Element) -> str:
    """The sentence or list item a link sits in (the link and what follows it, if loose)."""
    for ancestor in link.iterancestors():
        if ancestor.tag in _SENTENCE_BLOCKS:
            return str(ancestor.text_content())
        if ancestor.tag not in _INLINE_TAGS:
            break
    return link.text_content() + (link.tail or "")


@rule("AX160", "document-only", severity="info",
      reference="WCAG 2.2 SC 1.3.1 and 4.1.2; GOV.UK guidance on publishing accessible documents")
def check_document_only(ctx: CheckContext) -> Iterator[Finding]:
    """Information is only offered as a PDF or Word document, with no web page version.

    Many parents read school websites on a phone or with a screen reader, and PDFs and
    Word files are hard to open, zoom and navigate that way. A web page works for all.

    Bad::

        <p><a href="/files/sen-report-2026.pdf">SEN Information Report 2026</a></p>

    Good::

        <p><a href="/files/sen-report-2026.pdf">SEN Information Report 2026 (PDF)</a>,
        also available as a <a href="/sen-report">web page</a>.</p>
    """
    seen: set[str] = set()
    for link in ctx.document.links():
        href = (link.get("href") or "").strip()
        kind = _document_type(href) if href else None
        if kind is None or href in seen:
            continue
        seen.add(href)
        if _WEB_ALTERNATIVE.search(_surrounding_text(link)):
            continue
        yield finding(
            f"This links to {kind} with no web page version. Many parents who use screen "
            "readers or read on a phone struggle with PDFs and Word files. Put the "
            "information on a web page (or link to one), or say how to ask for it in another "
            "format.",
            element=link,
        )


@rule("AX170", "iframe-title", severity="warning", reference="WCAG 2.2 SC 4.1.2 Name, Role, Value")
def check_iframe_title(ctx: CheckContext) -> Iterator[Finding]:
    """An embedded video, map or form (an iframe) has no title.

    Screen readers announce an embed by its title. Without one a parent hears only
    "frame" and cannot tell whether it is a video, a map or a form.

    Bad::

        <iframe src="https://www.youtube.com/embed/abc123"></iframe>

    Good::

        <iframe src="https://www.youtube.com/embed/abc123" title="Video: meet our SENCO"></iframe>
    """
    for frame in ctx.document.elements("iframe"):
        if frame.get("aria-hidden") == "true":
            continue
        if not any(normalise_space(frame.get(a) or "") for a in ("title", *_NAMING_LABELS)):
            yield finding(
                'This embedded item (such as a video, map or form) has no title. Give it a '
                'title saying what it is, for example "Video: meet our SENCO".',
                element=frame,
                excerpt=frame.get("src", ""),
            )


@rule("AX180", "duplicate-id", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships; SC 4.1.2 Name, Role, Value")
def check_duplicate_id(ctx: CheckContext) -> Iterator[Finding]:
    """Two parts of the page share the same id (anchor name).

    Links to a part of the page ("jump to Our SENCO") and labels on form fields find
    their target by its id. When two share one, they can take a parent to the wrong place.

    Bad::

        <h2 id="contact">Contact the SENCO</h2>
        <h2 id="contact">Contact the office</h2>

    Good::

        <h2 id="contact-senco">Contact the SENCO</h2>
        <h2 id="contact-office">Contact the office</h2>
    """
    counts: dict[str, int] = {}
    for element in ctx.document.root.xpath("descendant-or-self::*[@id]"):  # document order
        identifier = element.get("id")
        if not identifier:
            continue
        counts[identifier] = counts.get(identifier, 0) + 1
        if counts[identifier] == 2:
            yield finding(
                f'The anchor name (id) "{identifier}" is used more than once on this page, so '
                "links to it and labels that use it may go to the wrong place. Give each one a "
                "different name.",
                element=element,
                excerpt=identifier,
            )


@rule("AX190", "page-language", severity="warning",
      reference="WCAG 2.2 SC 3.1.1 Language of Page")
def check_page_language(ctx: CheckContext) -> Iterator[Finding]:
    """The page does not say what language it is written in.

    Screen readers choose their voice and pronunciation from the page's language. Without
    it, English may be read with the wrong accent or rules and be hard to follow.

    Bad::

        <html><head><title>SEN Information Report</title></head>
        <body><p>Our SEN Information Report.</p></body></html>

    Good::

        <html lang="en-GB"><head><title>SEN Information Report</title></head>
        <body><p>Our SEN Information Report.</p></body></html>
    """
    document = ctx.document
    if not document.is_page or not isinstance(document.root.tag, str):
        return
    declared = document.root.get("lang") or document.root.get(
        "{http://www.w3.org/XML/1998/namespace}lang") or document.root.get("xml:lang")
    if not (declared or "").strip():
        yield finding(
            "This page does not say which language it is in, so screen readers may read it "
            "with the wrong pronunciation. Set the site language to English (UK) - in "
            "WordPress, under Settings, General, Site Language - or ask your web team to "
            'add lang="en-GB" to the page.',
            element=document.root,
            excerpt="",
        )
