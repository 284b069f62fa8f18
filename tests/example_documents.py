"""Real PDF and Word files made from the ``key: value`` descriptions in AX3xx rule examples.

PDFs come from a tiny PDF writer (every object written out, a correct cross-reference
table), so each property the rules judge can be set on its own: tags, title, whether the
title is shown, language, a text layer, pages, bookmarks, a figure's alternative text,
JavaScript. Word files come from python-docx.
"""

from __future__ import annotations

import io

PAGE_TEXT = ("Our SEN information report explains how we support children with special "
             "educational needs. Page {page}.")


def parse_description(text: str) -> dict[str, str]:
    """``key: value`` lines into a dict (values kept as written, stripped)."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            found[key.strip()] = value.strip()
    return found


def document_from_description(text: str) -> tuple[bytes, str]:
    """The file a rule example describes, and a file name for it."""
    spec = parse_description(text)
    if spec.get("format") == "docx":
        return docx_from_spec(spec), "example.docx"
    return pdf_from_spec(spec), "example.pdf"


def _yes(value: str | None) -> bool:
    return (value or "").lower() in ("yes", "true")


def _string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1") + b")"


class _Writer:
    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def reserve(self) -> int:
        self.objects.append(b"")
        return len(self.objects)

    def set(self, number: int, body: bytes) -> None:
        self.objects[number - 1] = body

    def add(self, body: bytes) -> int:
        number = self.reserve()
        self.set(number, body)
        return number

    def stream(self, data: bytes, extra: bytes = b"") -> int:
        return self.add(b"<< " + extra + b" /Length %d >>\nstream\n" % len(data) + data
                        + b"\nendstream")

    def output(self, root: int, info: int | None) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        trailer = b"<< /Size %d /Root %d 0 R" % (len(self.objects) + 1, root)
        if info is not None:
            trailer += b" /Info %d 0 R" % info
        out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
        return out.getvalue()


def pdf_from_spec(spec: dict[str, str]) -> bytes:
    """A PDF with exactly the described properties."""
    writer = _Writer()
    catalog, pages_id = writer.reserve(), writer.reserve()
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                      b"/Encoding /WinAnsiEncoding >>")
    image = writer.stream(b"\x00\xff\xff\x00", b"/Type /XObject /Subtype /Image /Width 2 "
                          b"/Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8")
    tagged, has_text = _yes(spec.get("tagged")), spec.get("text", "yes") != "no"
    figure = spec.get("figure")
    count = int(spec.get("pages") or 1)
    page_ids: list[int] = []
    elements: list[bytes] = []
    for index in range(count):
        page = writer.reserve()
        page_ids.append(page)
        content = b""
        if has_text:
            if spec.get("headings") in ("tagged", "large text tagged P"):
                role = b"H1" if spec["headings"] == "tagged" else b"P"
                heading = b"BT /F1 18 Tf 72 800 Td " + _string(f"Part {index + 1}") + b" Tj ET"
                content = b"/" + role + b" << /MCID 2 >> BDC " + heading + b" EMC\n"
                elements.append(b"<< /Type /StructElem /S /%s /Pg %d 0 R /K 2 >>" % (role, page))
            line = b"BT /F1 12 Tf 72 770 Td " + _string(PAGE_TEXT.format(page=index + 1)) + \
                b" Tj ET"
            content += b"/P << /MCID 0 >> BDC " + line + b" EMC" if tagged else line
            elements.append(b"<< /Type /StructElem /S /P /Pg %d 0 R /K 0 >>" % page)
        else:
            content = b"q 500 0 0 700 50 70 cm /Im1 Do Q"
        if figure and index == 0:
            content += b"\n/Figure << /MCID 1 >> BDC q 100 0 0 80 72 600 cm /Im1 Do Q EMC"
            alt = b"" if figure == "no alt text" else b" /Alt " + _string(figure)
            elements.append(b"<< /Type /StructElem /S /Figure /Pg %d 0 R /K 1%s >>" % (page, alt))
        contents = writer.stream(content)
        writer.set(page, b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> "
                         b"/Contents %d 0 R >>" % (pages_id, font, image, contents))
    writer.set(pages_id, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids), count))
    entries = [b"/Type /Catalog /Pages %d 0 R" % pages_id]
    if tagged:
        kids = b" ".join(b"%d 0 R" % writer.add(e) for e in elements)
        document = writer.add(b"<< /Type /StructElem /S /Document /K [%s] >>" % kids)
        tree = writer.add(b"<< /Type /StructTreeRoot /K [%d 0 R] >>" % document)
        entries.append(b"/MarkInfo << /Marked true >> /StructTreeRoot %d 0 R" % tree)
    if spec.get("lang"):
        entries.append(b"/Lang " + _string(spec["lang"]))
    if spec.get("show title", "yes" if spec.get("title") else "no") == "yes":
        entries.append(b"/ViewerPreferences << /DisplayDocTitle true >>")
    marks = int(spec.get("bookmarks") or 0)
    if marks:
        outline = writer.reserve()
        items = [writer.reserve() for _ in range(marks)]
        for i, item in enumerate(items):
            links = b"".join([b" /Prev %d 0 R" % items[i - 1] if i else b"",
                              b" /Next %d 0 R" % items[i + 1] if i + 1 < marks else b""])
            writer.set(item, b"<< /Title " + _string(f"Section {i + 1}") + b" /Parent %d 0 R"
                       % outline + links + b" /Dest [%d 0 R /Fit] >>"
                       % page_ids[min(i, count - 1)])
        writer.set(outline, b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
                   % (items[0], items[-1], marks))
        entries.append(b"/Outlines %d 0 R" % outline)
    if _yes(spec.get("javascript")):
        script = writer.add(b"<< /S /JavaScript /JS (app.alert\\('hello'\\);) >>")
        entries.append(b"/Names << /JavaScript << /Names [(hello) %d 0 R] >> >>" % script)
    writer.set(catalog, b"<< " + b" ".join(entries) + b" >>")
    info = writer.add(b"<< /Title " + _string(spec["title"]) + b" >>") if spec.get(
        "title") else None
    return writer.output(catalog, info)


def docx_from_spec(spec: dict[str, str]) -> bytes:
    """A Word file with the described headings, language and picture, by python-docx."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    for found in list(document.styles.element.iter(qn("w:lang"))):
        if spec.get("lang"):
            found.set(qn("w:val"), spec["lang"])
        else:
            found.getparent().remove(found)
    for heading in ("Who to contact", "How we identify special educational needs"):
        if spec.get("headings") == "bold text":
            document.add_paragraph().add_run(heading).bold = True
        else:
            document.add_heading(heading, level=2)
        document.add_paragraph("Our SENCO, Mrs Ada Lovelace, leads our support for children "
                               "with special educational needs and disabilities.")
    image = spec.get("image")
    if image:
        from PIL import Image

        picture = io.BytesIO()
        Image.new("RGB", (40, 30), (200, 30, 30)).save(picture, format="PNG")
        document.add_picture(picture)
        for described in document.element.body.iter(
                "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
            described.set("descr", "" if image == "no alt text" else image)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def inline_link_pdf() -> bytes:
    """A tagged PDF as Word and LibreOffice write one: a heading, then a paragraph whose
    line holds a link, each span marked inside one text object."""
    writer = _Writer()
    catalog, pages = writer.reserve(), writer.reserve()
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                      b"/Encoding /WinAnsiEncoding >>")
    page = writer.reserve()
    contents = writer.stream(
        b"BT /F1 16 Tf 72 770 Td /H1 <</MCID 0>> BDC (Who to contact) Tj EMC "
        b"/F1 11 Tf 0 -30 Td /P <</MCID 1>> BDC (Email our SENCO at ) Tj EMC "
        b"/Link <</MCID 2>> BDC (senco@oak.sch.uk) Tj EMC /P <</MCID 3>> BDC ( today.) Tj EMC "
        b"ET")
    writer.set(page, b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources "
                     b"<< /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages, font, contents))
    writer.set(pages, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    link = writer.add(b"<< /Type /Annot /Subtype /Link /Rect [150 735 260 750] "
                      b"/A << /S /URI /URI (mailto:senco@oak.sch.uk) >> >>")
    heading = writer.add(b"<< /Type /StructElem /S /H1 /Pg %d 0 R /K 0 >>" % page)
    linked = writer.add(b"<< /Type /StructElem /S /Link /Pg %d 0 R "
                        b"/K [2 << /Type /OBJR /Obj %d 0 R >>] >>" % (page, link))
    paragraph = writer.add(b"<< /Type /StructElem /S /P /Pg %d 0 R /K [1 %d 0 R 3] >>"
                           % (page, linked))
    document = writer.add(b"<< /Type /StructElem /S /Document /K [%d 0 R %d 0 R] >>"
                          % (heading, paragraph))
    tree = writer.add(b"<< /Type /StructTreeRoot /K [%d 0 R] >>" % document)
    writer.set(catalog, b"<< /Type /Catalog /Pages %d 0 R /MarkInfo << /Marked true >> "
                        b"/StructTreeRoot %d 0 R >>" % (pages, tree))
    return writer.output(catalog, None)


def flate_bomb_pdf(megabytes: int = 100) -> bytes:
    """A one-page PDF whose content stream inflates to ``megabytes`` of spaces."""
    import zlib

    writer = _Writer()
    catalog, pages = writer.reserve(), writer.reserve()
    squeezer = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    packed = b"".join(squeezer.compress(chunk) for _ in range(megabytes)) + squeezer.flush()
    contents = writer.stream(packed, b"/Filter /FlateDecode")
    font = writer.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    page = writer.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources "
                      b"<< /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages, font, contents))
    writer.set(pages, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    writer.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    return writer.output(catalog, None)
