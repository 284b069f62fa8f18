"""PDF and Word reports made by real tools from the corpus agree with the web page.

Tagged PDFs are printed by Debian's Chromium, untagged ones laid out by fpdf2, a scanned
one drawn by Pillow, Word files written by python-docx (see tests/document_makers.py).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from urllib.parse import urljoin

import pytest
from document_makers import chromium_pdf, fpdf_untagged, image_only_pdf, pandoc_docx, word_docx
from example_documents import flate_bomb_pdf, inline_link_pdf, pdf_from_spec

from senreport.check import InputError, check
from senreport.cli import main

CORPUS = Path(__file__).parent / "corpus"
#: Reports of different shapes: numbered statutory headings, narrative headings, a FAQ,
#: a secondary academy's long report.
REPORTS = ("01-statutory-numbering", "03-narrative-headings", "02-se7-faq",
           "15-secondary-academy")
FACTS = ("senco_name", "senco_email", "senco_phone", "local_offer_url", "reviewed")
DOCUMENT_RULES = {"AX301", "AX302", "AX303", "AX304", "AX305", "AX306", "AX310"}
TITLE = "SEN Information Report"


def page_of(name: str) -> str:
    return (CORPUS / f"{name}.html").read_text(encoding="utf-8")


def agreement(web, document) -> float:
    web_items, document_items = web.coverage.to_dict(), document.coverage.to_dict()
    return sum(web_items[k] == document_items[k] for k in web_items) / len(web_items)


def codes(result) -> set[str]:
    return {f.code for f in result.findings}


@pytest.fixture(scope="module")
def tagged_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, str]]:
    """Chromium's print of two reports, as whole pages with a title and a language."""
    folder = tmp_path_factory.mktemp("printed")
    made = {}
    for name in REPORTS[:2]:
        page = folder / f"{name}.html"
        page.write_text(f'<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
                        f"<title>{TITLE}</title></head><body><main>{page_of(name)}</main>"
                        "</body></html>", encoding="utf-8")
        made[name] = (chromium_pdf(page, folder / f"{name}.pdf"), page.as_uri())
    return made


@pytest.mark.parametrize("name", REPORTS[:2])
def test_tagged_pdf_from_chromium_agrees_with_the_web_page(tagged_pdfs, name) -> None:
    data, base = tagged_pdfs[name]
    web = check(page_of(name), source=f"{name}.html")
    printed = check(data, source=f"{name}.pdf")
    assert agreement(web, printed) >= 0.95
    for fact in FACTS:
        expected = getattr(web.facts, fact)
        if fact == "local_offer_url" and expected:
            expected = urljoin(base, expected)  # the printed link is absolute
        assert getattr(printed.facts, fact) == expected, fact
    in_place = sum(v == "in_place" for v in printed.coverage.to_dict().values())
    assert in_place >= 15
    assert printed.to_dict()["document"] == {
        "format": "pdf", "pages": printed.document.file.pages, "tagged": True,
        "title": TITLE, "lang": "en-GB", "text": True}
    assert printed.document.file.bookmarks
    assert not codes(printed) & DOCUMENT_RULES  # tagged, titled, in English, text, bookmarks


def test_tagged_pdf_keeps_headings_lists_and_links(tagged_pdfs) -> None:
    data, _base = tagged_pdfs["01-statutory-numbering"]
    document = check(data, source="report.pdf").document
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert headings[0] == "SEN Information Report 2026–27"
    assert any(h.startswith("1. The kinds of special educational needs") for h in headings)
    assert sum(1 for _ in document.elements("li")) >= 4
    hrefs = {link.get("href") for link in document.links()}
    assert "https://www.westmarsh.gov.uk/send-local-offer" in hrefs
    other = check(tagged_pdfs["03-narrative-headings"][0], source="other.pdf").document
    assert "mailto:sendiass@avonmere.gov.uk" in {a.get("href") for a in other.links()}


def test_spans_marked_within_one_line_keep_their_own_text() -> None:
    from senreport.readers.pdf import read_pdf

    markup, _described = read_pdf(inline_link_pdf(), "inline.pdf")
    assert markup == ('<div><h1>Who to contact</h1> <p>Email our SENCO at <a href="mailto:'
                      'senco@oak.sch.uk">senco@oak.sch.uk</a> today.</p></div>')


@pytest.mark.parametrize("name", REPORTS)
def test_untagged_pdf_reads_headings_from_font_size(name) -> None:
    web = check(page_of(name), source=f"{name}.html")
    laid_out = check(fpdf_untagged(page_of(name), title=TITLE), source=f"{name}.pdf")
    assert agreement(web, laid_out) >= 0.95
    assert {f: getattr(laid_out.facts, f) for f in FACTS} == {
        f: getattr(web.facts, f) for f in FACTS}
    assert laid_out.document.file.tagged is False
    assert {"AX301", "AX303"} <= codes(laid_out)  # not tagged; no language
    headings = [b for b in laid_out.document.blocks if b.kind == "heading"]
    assert len(headings) >= 5


def test_tagged_pdf_without_heading_tags_finds_headings_by_type_size() -> None:
    data = pdf_from_spec({"tagged": "yes", "headings": "large text tagged P", "pages": "3",
                          "title": TITLE, "lang": "en-GB"})
    result = check(data, source="report.pdf")
    assert [b.text for b in result.document.blocks if b.kind == "heading"] == [
        "Part 1", "Part 2", "Part 3"]
    assert "AX310" in codes(result)


def test_untitled_pdf_is_told_to_add_a_title() -> None:
    result = check(fpdf_untagged(page_of("01-statutory-numbering")), source="report.pdf")
    titles = [f for f in result.findings if f.code == "AX302"]
    assert result.to_dict()["document"]["title"] is None
    assert len(titles) == 1 and "no title" in titles[0].message


def test_scanned_pdf_has_no_text_and_says_so() -> None:
    result = check(image_only_pdf(page_of("01-statutory-numbering")), source="scan.pdf")
    assert result.to_dict()["document"]["text"] is False
    assert "AX304" in codes(result)
    assert "AX301" not in codes(result)  # one plain finding, not a list of consequences
    assert set(result.coverage.to_dict().values()) == {"not_in_place"}


@pytest.mark.parametrize("name", (*REPORTS, "13-qa-table"))
def test_word_report_agrees_with_the_web_page(name) -> None:
    web = check(page_of(name), source=f"{name}.html")
    word = check(word_docx(page_of(name)), source=f"{name}.docx")
    assert agreement(web, word) >= 0.95
    assert {f: getattr(word.facts, f) for f in FACTS} == {f: getattr(web.facts, f)
                                                         for f in FACTS}
    assert word.to_dict()["document"] == {"format": "docx", "pages": None, "tagged": None,
                                          "title": TITLE, "lang": "en-GB", "text": True}
    assert not codes(word) & {"AX303", "AX307", "AX308"}
    if name == "13-qa-table":  # a question-and-answer table stays a table
        assert sum(1 for _ in word.document.elements("tr")) >= 19


@pytest.mark.parametrize("name", REPORTS[:2])
def test_untagged_pdf_printed_by_chromium_agrees_and_is_told_to_tag(name, tmp_path) -> None:
    page = tmp_path / f"{name}.html"
    page.write_text(page_of(name), encoding="utf-8")
    web = check(page_of(name), source=f"{name}.html")
    pdf = check(chromium_pdf(page, tmp_path / "untagged.pdf", tagged=False), source="r.pdf")
    assert agreement(web, pdf) >= 0.95
    assert {f: getattr(pdf.facts, f) for f in FACTS} == {f: getattr(web.facts, f)
                                                        for f in FACTS}
    assert pdf.to_dict()["document"]["tagged"] is False
    assert {"AX301", "AX303"} <= codes(pdf)


@pytest.mark.parametrize("name", REPORTS)
def test_word_file_made_by_pandoc_agrees_with_the_web_page(name) -> None:
    web = check(page_of(name), source=f"{name}.html")
    word = check(pandoc_docx(page_of(name)), source=f"{name}.docx")
    assert agreement(web, word) >= 0.95
    assert {f: getattr(word.facts, f) for f in FACTS} == {f: getattr(web.facts, f)
                                                         for f in FACTS}
    assert word.to_dict()["document"]["format"] == "docx"
    assert word.to_dict()["document"]["lang"] == "en-GB"


def test_word_headings_in_bold_are_found() -> None:
    web = check(page_of("03-narrative-headings"), source="report.html")
    word = check(word_docx(page_of("03-narrative-headings"), heading_styles=False, lang=None,
                           image_alt=""), source="report.docx")
    assert agreement(web, word) >= 0.95  # bold headings still divide the report
    found = {f.code: f for f in word.findings}
    assert {"AX303", "AX307", "AX308"} <= set(found)
    assert "heading style" in found["AX307"].message


def test_check_cli_prints_the_document_object(tmp_path, capsys) -> None:
    report = tmp_path / "report.docx"
    report.write_bytes(word_docx(page_of("01-statutory-numbering")))
    code = main(["check", str(report), "--format", "json", "--today", "2026-11-23"])
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    assert printed["document"]["format"] == "docx"
    assert printed["coverage"]["1"] == "in_place"


def test_import_files_every_passage(tmp_path, capsys) -> None:
    import yaml

    from senreport.document import parse_html

    report = tmp_path / "report.pdf"
    report.write_bytes(fpdf_untagged(page_of("03-narrative-headings"), title=TITLE))
    assert main(["import", str(report)]) == 0
    imported = yaml.safe_load(capsys.readouterr().out)
    items = [s["item"] for s in imported["sections"]]
    assert len(set(items) - {"other"}) >= 15
    bodies = " ".join((s.get("title") or "") + " " + s["body"] for s in imported["sections"])
    words = " ".join(parse_html(bodies).text.split())
    document = check(report.read_bytes(), source="report.pdf").document
    for block in document.blocks:  # nothing dropped (the report's own title is its name)
        if block.level == 1:
            continue
        assert " ".join(block.text.split()) in words, block.text


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(40):  # 40 MB of nothing in a few kB: far beyond any ratio
                member.write(block)
    return out.getvalue()


def _encrypted() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_from_spec({"tagged": "yes"}))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(("data", "name", "words"), [
    (lambda: _encrypted(), "locked.pdf", "protected by a password"),
    (lambda: b"%PDF-1.7\n" + b"\x13\x37" * 2000, "broken.pdf", "damaged"),
    (lambda: pdf_from_spec({"pages": "501", "tagged": "no"}), "huge.pdf", "501 pages"),
    (lambda: _zip_bomb(), "bomb.docx", "far more than any report"),
    (lambda: flate_bomb_pdf(), "bomb.pdf", "far more than any report"),
    (lambda: b"PK\x03\x04" + b"\0" * 100, "broken.docx", "damaged"),
], ids=["encrypted", "corrupt-pdf", "too-many-pages", "zip-bomb", "pdf-bomb", "corrupt-docx"])
def test_bad_documents_give_one_clear_line(tmp_path, capsys, data, name, words) -> None:
    path = tmp_path / name
    path.write_bytes(data())
    with pytest.raises(InputError, match=words):
        check(path.read_bytes(), source=name)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_audit_follows_a_school_page_to_its_report_document(tmp_path, capsys) -> None:
    from audit_sites import Site, page
    from test_audit_cli import load, polite

    report = fpdf_untagged(page_of("01-statutory-numbering"), title=TITLE)
    school = page("Special educational needs", (
        "<p>Read our <a href='/files/SEN-Information-Report-2026.pdf'>SEN Information Report "
        "2026 (PDF)</a>. The <a href='/files/lunch-menu.pdf'>lunch menu</a> is here too.</p>"))
    with Site({"/send": school}, extra={
            "/files/SEN-Information-Report-2026.pdf": (200, "application/pdf", report)}) as site:
        listing = tmp_path / "schools.txt"
        listing.write_text(f"Brackenfield Primary {site.url}send\n", encoding="utf-8")
        polite(str(listing), "--kind", "sen-report", "--out", str(tmp_path / "out"), "--quiet")
        assert site.requests["/files/lunch-menu.pdf"] == 0
    audited = load(tmp_path / "out")["documents"][0]
    assert audited["crawl"]["report_documents"] == [{
        "url": f"{site.url}files/SEN-Information-Report-2026.pdf", "format": "pdf",
        "web_version": False}]
    assert list(audited["scores"].values()).count("Yes") >= 17
    assert any(f["code"] == "AX301" for f in audited["findings"])
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "Brackenfield Primary is published only as a PDF or Word document" in report


def test_audit_reads_local_word_files(tmp_path, capsys) -> None:
    from test_audit_cli import load, polite

    report = tmp_path / "brackenfield.docx"
    report.write_bytes(word_docx(page_of("01-statutory-numbering")))
    polite(str(report), "--kind", "sen-report", "--out", str(tmp_path / "out"), "--quiet")
    audited = load(tmp_path / "out")["documents"][0]
    assert list(audited["scores"].values()).count("Yes") >= 17


def test_word_content_controls_and_nested_tables_are_read() -> None:
    import docx
    from docx.oxml import parse_xml

    made = docx.Document()
    made.add_heading("Who to contact", 2)
    made.element.body.insert(0, parse_xml(
        '<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:sdtContent><w:p><w:r><w:t>Inside a content control.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    table = made.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "How do I contact the SENCO?"
    table.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = "Email senco@oak.sch.uk"
    out = io.BytesIO()
    made.save(out)
    text = check(out.getvalue(), source="report.docx").document.text
    assert "Inside a content control." in text and "Email senco@oak.sch.uk" in text


def test_word_line_breaks_inside_a_paragraph_keep_its_lines_apart() -> None:
    import docx

    made = docx.Document()
    paragraph = made.add_paragraph()
    lines = [("Who is the SENCO?", True), ("Mrs Khan is our SENCO and works every day.", False),
             ("What clubs are there?", True), ("Every club is open to every child.", False)]
    for number, (line, bold) in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        if number < len(lines) - 1:
            run.add_break()
    out = io.BytesIO()
    made.save(out)
    parts = check(out.getvalue(), source="report.docx").document.parts
    assert [(p.heading.text if p.heading else None) for p in parts] == [
        "Who is the SENCO?", "What clubs are there?"]


def test_running_headers_and_page_numbers_are_left_out() -> None:
    from fpdf import FPDF

    class WithFurniture(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, "Oak Primary School - SEN Information Report")
            self.ln(8)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Page {self.page_no()} of 4")

    made = WithFurniture()
    for number in range(1, 5):
        made.add_page()
        made.set_font("Helvetica", "B", 16)
        made.cell(0, 10, f"Part {number}")
        made.ln(12)
        made.set_font("Helvetica", "", 10)
        made.multi_cell(0, 5, f"Part {number} tells parents how we support children. " * 6)
    document = check(bytes(made.output()), source="report.pdf").document
    assert [b.text for b in document.blocks if b.kind == "heading"] == [
        "Part 1", "Part 2", "Part 3", "Part 4"]
    assert "Page 2 of 4" not in document.text and "Oak Primary School -" not in document.text


def test_text_output_describes_the_file() -> None:
    from senreport.output import format_result

    result = check(image_only_pdf(page_of("01-statutory-numbering")), source="scan.pdf")
    assert ("Document: PDF, 1 page, not tagged, no text (a scanned image), no title, "
            "no language set") in format_result(result, "text")


def test_document_rules_are_described_and_referenced() -> None:
    from senreport.rules import REGISTRY

    rules = [r for r in REGISTRY.values() if r.example_form != "html"]
    assert {r.code for r in rules} == {f"AX3{n:02}" for n in range(1, 11)}
    for rule in rules:
        assert rule.summary and rule.description and rule.bad and rule.good, rule.code
        assert "PDF/UA" in rule.reference or "WCAG 2.2" in rule.reference, rule.code


@pytest.mark.parametrize("paragraphs", [2, 60])  # one page, and several
def test_a_printed_footer_with_the_schools_details_is_not_the_sencos(paragraphs: int) -> None:
    page = ("<h1>SEN Information Report</h1><h2>Who is our SENCO?</h2><p>Our SENCO is Mrs "
            "Amy Lowe. Please ask at the office to speak to her.</p>"
            + "<p>We support every child to learn and to join in with school life.</p>"
            * paragraphs)
    data = fpdf_untagged(page, title="SEN report",
                         footer="Oak School, Ayton. Tel: 01632 960000. Email office@oak.sch.uk")
    facts = check(data, source="report.pdf").facts
    assert facts.senco_name == "Amy Lowe"
    assert facts.senco_phone is None and facts.senco_email is None
