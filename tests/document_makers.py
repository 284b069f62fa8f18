"""Make real PDF and Word files from the corpus's web-page reports, with real tools.

* Tagged PDF: Debian's Chromium prints the page (``--print-to-pdf``), as a school printing its
  web page to PDF would; Chromium tags it, sets its language and title and writes bookmarks.
* Untagged PDF: Chromium printing with tagging off, as an older browser or print driver does;
  and fpdf2 laying the report out (headings larger and bold, links as link
  annotations), as many simple PDF writers do, with no tag structure.
* Image-only PDF: Pillow draws the report's text onto a page image and saves it as a PDF:
  what a scanner makes.
* Word: python-docx writes the report with Word's own styles (Heading 1-3, List Bullet,
  tables, hyperlinks), or with bold Normal paragraphs in place of headings; and Debian's
  pandoc converts the web page to a Word file, as a school's own tools would.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from lxml import html

from senreport.document import HEADING_TAGS, parse_html

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def ensure_chromium() -> str:
    """Debian's chromium, installed by scripts/install-browser.sh when missing."""
    if not os.access(CHROMIUM, os.X_OK):
        result = subprocess.run(["bash", str(REPO / "scripts" / "install-browser.sh")],
                                capture_output=True, text=True, timeout=900)
        assert result.returncode == 0 and os.access(CHROMIUM, os.X_OK), result.stderr[-2000:]
    return CHROMIUM


def pandoc_docx(page_html: str, *, title: str = "SEN Information Report",
                lang: str = "en-GB") -> bytes:
    """The web page converted to a Word file by Debian's pandoc (installed when missing)."""
    if shutil.which("pandoc") is None:
        result = subprocess.run(["bash", str(REPO / "scripts" / "install-pandoc.sh")],
                                capture_output=True, text=True, timeout=900)
        assert result.returncode == 0 and shutil.which("pandoc"), result.stderr[-2000:]
    return subprocess.run(
        ["pandoc", "--from", "html", "--to", "docx", "--output", "-",
         "--metadata", f"title={title}", "--metadata", f"lang={lang}"],
        input=page_html.encode("utf-8"), capture_output=True, check=True, timeout=120).stdout


def chromium_pdf(page: Path, out: Path, *, tagged: bool = True) -> bytes:
    """Chromium's print of a web page: a tagged PDF with bookmarks (or, with ``tagged``
    false, the untagged PDF an older browser or print driver makes)."""
    ensure_chromium()
    tagging = ["--generate-pdf-document-outline"] if tagged else ["--disable-pdf-tagging"]
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={profile}", *tagging, f"--print-to-pdf={out}", page.as_uri()],
            check=True, capture_output=True, timeout=120)
    return out.read_bytes()


def _blocks(page_html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """(tag, [(text, link)...]) for each block of the report's main content."""
    document = parse_html(page_html)
    found: list[tuple[str, list[tuple[str, str | None]]]] = []
    # A paragraph written as lines broken with <br> is read as a block for each line, all of
    # one element: each line is written as a paragraph of its own, not the whole each time.
    shared = Counter(id(b.element) for b in document.blocks if b.element is not None)
    for block in document.blocks:
        element = block.element
        tag = block.tag if block.kind == "heading" else block.tag or "p"
        pieces: list[tuple[str, str | None]] = []
        if element is not None and block.kind != "heading" and shared[id(element)] == 1:
            pieces = _pieces(element)
        if not "".join(text for text, _ in pieces).strip():
            pieces = [(block.text, None)]
        found.append((tag, pieces))
    return found


def _tables(page_html: str) -> list[html.HtmlElement | None]:
    """For each block of :func:`_blocks`, the table it stands in (or None)."""
    found: list[html.HtmlElement | None] = []
    for block in parse_html(page_html).blocks:
        tables = list(block.element.iterancestors("table")) if block.element is not None else []
        found.append(tables[-1] if tables else None)
    return found


def _pieces(element: html.HtmlElement) -> list[tuple[str, str | None]]:
    pieces: list[tuple[str, str | None]] = [(element.text or "", None)]
    for child in element:
        if not isinstance(child.tag, str):
            pieces.append((child.tail or "", None))
            continue
        href = child.get("href") if child.tag == "a" else None
        if href is None and child.find(".//a") is not None:
            pieces.extend(_pieces(child))
        else:
            pieces.append((child.text_content(), href))
        pieces.append((child.tail or "", None))
    return [(" ".join(text.split()), href) for text, href in pieces if text.strip()]


def fpdf_untagged(page_html: str, *, title: str | None = None, footer: str | None = None) -> bytes:
    """An untagged PDF of the report, laid out by fpdf2 (``footer``: a line in small print at
    the foot of every page, as a school's word processor prints its details)."""
    from fpdf import FPDF

    class Printed(FPDF):
        def footer(self) -> None:
            if footer:
                self.set_y(-12)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, footer, align="C")

    pdf = Printed()
    unicode_font = (FONT_DIR / "DejaVuSans.ttf").exists()
    if unicode_font:
        pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    family = "Body" if unicode_font else "Helvetica"
    if title:
        pdf.set_title(title)
    pdf.add_page()
    sizes = {"h1": 20, "h2": 15, "h3": 13, "h4": 12, "h5": 12, "h6": 12}
    for tag, pieces in _blocks(page_html):
        text_of = (lambda t: t) if unicode_font else (
            lambda t: t.encode("latin-1", "replace").decode("latin-1"))
        if tag in HEADING_TAGS:
            pdf.set_font(family, "B", sizes[tag])
            pdf.ln(3)
            pdf.multi_cell(0, sizes[tag] * 0.5, text_of(" ".join(t for t, _ in pieces)))
            pdf.ln(1)
            continue
        pdf.set_font(family, "", 10)
        if tag == "li":
            pdf.write(5, "\u2022 " if unicode_font else "- ")
        for text, href in pieces:
            link = href if href and not href.startswith("#") else ""
            pdf.write(5, text_of(text) + " ", link=link)
        pdf.ln(7)
    return bytes(pdf.output())


def image_only_pdf(page_html: str) -> bytes:
    """A 'scanned' PDF: the report's opening text drawn on a page image, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font_path = FONT_DIR / "DejaVuSans.ttf"
    font = ImageFont.truetype(str(font_path), 22) if font_path.exists() else (
        ImageFont.load_default())
    y = 80
    for _tag, pieces in _blocks(page_html)[:30]:
        line = " ".join(text for text, _ in pieces)[:95]
        draw.text((80, y), line, fill=0, font=font)
        y += 48
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=150.0)
    return out.getvalue()


def word_docx(page_html: str, *, title: str | None = "SEN Information Report",
              lang: str | None = "en-GB", heading_styles: bool = True,
              image_alt: str | None = None) -> bytes:
    """The report as a Word file written by python-docx."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for found in list(document.styles.element.iter(qn("w:lang"))):
        if lang:  # python-docx's template says en-US; a school's Word says what it is set to
            found.set(qn("w:val"), lang)
        else:
            found.getparent().remove(found)
    done_tables: set[int] = set()
    for (tag, pieces), table in zip(_blocks(page_html), _tables(page_html), strict=True):
        if table is not None:  # a table is written once, as a Word table
            if id(table) not in done_tables:
                done_tables.add(id(table))
                rows = [[" ".join(c.text_content().split()) for c in row.iter("td", "th")]
                        for row in table.iter("tr")]
                written = document.add_table(rows=len(rows), cols=max(map(len, rows)))
                for cells, row in zip(rows, written.rows, strict=True):
                    for value, cell in zip(cells, row.cells, strict=False):
                        cell.text = value
            continue
        text = " ".join(t for t, _ in pieces)
        if tag in HEADING_TAGS:
            if heading_styles:
                document.add_heading(text, level=min(int(tag[1]), 3))
            else:
                document.add_paragraph().add_run(text).bold = True
            continue
        paragraph = document.add_paragraph(style="List Bullet" if tag == "li" else None)
        for piece, href in pieces:
            if href is None:
                paragraph.add_run(piece + " ")
                continue
            rel = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), rel)
            run = OxmlElement("w:r")
            shown = OxmlElement("w:t")
            shown.text = piece
            run.append(shown)
            link.append(run)
            paragraph._p.append(link)
            paragraph.add_run(" ")
    if image_alt is not None:
        from PIL import Image

        picture = io.BytesIO()
        Image.new("RGB", (40, 30), (200, 30, 30)).save(picture, format="PNG")
        document.add_picture(picture)
        for described in document.element.body.iter(
                "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
            described.set("descr", image_alt)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
