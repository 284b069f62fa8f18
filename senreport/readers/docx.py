"""Read a Word (.docx) file into HTML and a :class:`DocumentFile`, with python-docx.

Headings come from the paragraph styles (Title, Heading 1-6, and styles based on them);
list paragraphs become lists, tables stay tables, and hyperlinks keep their addresses.
A short paragraph made to look like a heading (all bold, or larger type) with a body style
is kept as a bold paragraph, and counted: screen readers cannot jump to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from io import BytesIO
from typing import Any

from senreport.readers.files import DocumentError, DocumentFile, attribute, check_zip, escape

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|kop)\s*([1-6])$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list", re.IGNORECASE)
_NUMBERED_STYLE = re.compile(r"number", re.IGNORECASE)
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_VML_SHAPE = "{urn:schemas-microsoft-com:vml}shape"


def read_docx(data: bytes, name: str) -> tuple[str, DocumentFile]:
    """A Word file's content as an HTML fragment, and what the file says about itself."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip(data, name)
    try:
        document = docx.Document(BytesIO(data))
        reader = _WordReader(document)
        markup = reader.html()
        core = document.core_properties
        title = (core.title or "").strip() or None
        lang = _language(document) or (core.language or "").strip() or None
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError) as error:
        raise DocumentError(f"{name}: the Word file is damaged and cannot be read "
                            f"({type(error).__name__})") from None
    return markup, DocumentFile(
        format="docx", title=title, lang=lang, text=bool(reader.characters),
        images=reader.images, images_without_alt=reader.images_without_alt,
        styled_headings=reader.headings, fake_headings=tuple(reader.fake_headings))


def _language(document: Any) -> str | None:
    """The language of the document's default text (its styles' defaults, or Normal)."""
    styles = document.styles.element
    for path in (f"{{{_W}}}docDefaults/{{{_W}}}rPrDefault/{{{_W}}}rPr/{{{_W}}}lang",
                 f"{{{_W}}}style[@{{{_W}}}styleId='Normal']/{{{_W}}}rPr/{{{_W}}}lang"):
        found = styles.find(path)
        if found is not None and found.get(f"{{{_W}}}val"):
            return str(found.get(f"{{{_W}}}val"))
    return None


class _WordReader:
    """Walks the body of a Word document in order, writing HTML."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.images = 0
        self.images_without_alt = 0
        self.headings = 0
        self.characters = 0
        self.fake_headings: list[str] = []
        self.body_size = _body_size(document)

    def html(self) -> str:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        out: list[str] = []
        items: list[str] = []
        numbered = False
        for block in _body_blocks(self.document.element.body, self.document._body):
            if isinstance(block, Paragraph) and self._is_list(block):
                numbered = numbered or bool(_NUMBERED_STYLE.search(_style_name(block)))
                items.append(self._inline(block))
                continue
            if items:
                tag = "ol" if numbered else "ul"
                out.append(f"<{tag}>" + "".join(f"<li>{i}</li>" for i in items) + f"</{tag}>")
                items, numbered = [], False
            if isinstance(block, Paragraph):
                out.append(self._paragraph(block))
            elif isinstance(block, Table):
                out.append(self._table(block))
        if items:
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        return "\n".join(piece for piece in out if piece)

    def _paragraph(self, paragraph: Any) -> str:
        inner = self._inline(paragraph)
        text = paragraph.text.strip()
        level = _heading_level(paragraph)
        if level is not None:
            if not text:
                return ""
            self.headings += 1
            return f"<h{level}>{inner}</h{level}>"
        if not text:
            return ""
        if self._looks_like_heading(paragraph, text):
            self.fake_headings.append(text)
            return f"<p><strong>{inner}</strong></p>"
        return f"<p>{inner}</p>"

    def _looks_like_heading(self, paragraph: Any, text: str) -> bool:
        if len(text) > 120 or text.endswith((".", ",", ";", ":")) or len(text.split()) > 16:
            return False
        runs = [run for run in paragraph.runs if run.text.strip()]
        if not runs:
            return False
        bold = all(_bold(run, paragraph) for run in runs)
        sizes = [run.font.size.pt for run in runs if run.font.size is not None]
        larger = bool(sizes) and min(sizes) >= self.body_size * 1.2
        return bold or larger

    def _is_list(self, paragraph: Any) -> bool:
        properties = paragraph._p.pPr
        has_numbering = properties is not None and properties.numPr is not None
        return bool(paragraph.text.strip()) and (
            has_numbering or bool(_LIST_STYLE.search(_style_name(paragraph))))

    def _inline(self, paragraph: Any) -> str:
        from docx.text.hyperlink import Hyperlink

        self._count_images(paragraph._p)
        pieces: list[str] = []
        for item in paragraph.iter_inner_content():
            if isinstance(item, Hyperlink):
                address = item.url or ""
                text = escape(item.text)
                pieces.append(f'<a href="{attribute(address)}">{text}</a>' if address else text)
            else:
                text = escape(item.text)
                if text.strip() and item.bold and not _heading_level(paragraph):
                    text = f"<strong>{text}</strong>"
                # a line break inside a paragraph (Shift+Enter) stays one
                pieces.append(text.replace("\n", "<br>"))
        text = "".join(pieces)
        self.characters += len(paragraph.text.strip())
        return text.replace("</strong><strong>", "")

    def _table(self, table: Any) -> str:
        from docx.text.paragraph import Paragraph

        rows: list[str] = []
        for index, row in enumerate(table.rows):
            cells: list[str] = []
            previous = None
            for cell in row.cells:
                if cell._tc is previous:  # a merged cell is listed once for each column
                    continue
                previous = cell._tc
                tag = "th" if index == 0 and _is_header_row(row) else "td"
                inner = " ".join(
                    self._inline(block) if isinstance(block, Paragraph) else self._table(block)
                    for block in _body_blocks(cell._tc, cell)
                    if not isinstance(block, Paragraph) or block.text.strip())
                cells.append(f"<{tag}>{inner}</{tag}>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return "<table>" + "".join(rows) + "</table>"

    def _count_images(self, element: Any) -> None:
        for picture in element.iter(_DOC_PR, _VML_SHAPE):
            if picture.tag == _VML_SHAPE and picture.find(
                    "{urn:schemas-microsoft-com:vml}imagedata") is None:
                continue
            self.images += 1
            described = (picture.get("descr") or picture.get("alt") or "").strip()
            if not described:
                self.images_without_alt += 1


def _body_blocks(element: Any, parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in document order, including those inside content controls
    (w:sdt: cover pages, tables of contents, forms), which python-docx passes over."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == f"{{{_W}}}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{{{_W}}}tbl":
            yield Table(child, parent)
        elif child.tag == f"{{{_W}}}sdt":
            content = child.find(f"{{{_W}}}sdtContent")
            if content is not None:
                yield from _body_blocks(content, parent)


def _style_name(paragraph: Any) -> str:
    style = paragraph.style
    return str(style.name) if style is not None and style.name else ""


def _heading_level(paragraph: Any) -> int | None:
    """The heading level of a paragraph's style (or of a style it is based on)."""
    style = paragraph.style
    for _ in range(5):
        if style is None:
            return None
        name = str(style.name or "")
        if name.lower() == "title":
            return 1
        found = _HEADING_STYLE.match(name)
        if found:
            return int(found.group(1))
        style = style.base_style
    outline = paragraph._p.find(f"{{{_W}}}pPr/{{{_W}}}outlineLvl")
    if outline is not None and (outline.get(f"{{{_W}}}val") or "").isdigit():
        value = int(outline.get(f"{{{_W}}}val"))
        return value + 1 if value < 6 else None
    return None


def _bold(run: Any, paragraph: Any) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = run.style if run.style is not None and run.style.name != "Default Paragraph Font" \
        else paragraph.style
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _body_size(document: Any) -> float:
    try:
        size = document.styles["Normal"].font.size
    except KeyError:
        size = None
    return float(size.pt) if size is not None else 11.0


def _is_header_row(row: Any) -> bool:
    properties = row._tr.trPr
    return properties is not None and properties.find(f"{{{_W}}}tblHeader") is not None
