"""AX3xx: the accessibility of a PDF or Word file itself (PDF/UA-1, the WCAG PDF techniques).

These rules look at what the file says about itself (:class:`DocumentFile`): whether a PDF
is tagged, titled, in a declared language, has text a screen reader can read, bookmarks
and alternative text; whether a Word file uses heading styles, alt text and a language.
They say nothing about web pages. Their examples describe a document; the tests make the
real file from each description and check it.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.readers.files import DocumentFile
from senreport.rules.registry import rule

#: A PDF this long (or longer) needs bookmarks to be found one's way around.
LONG_DOCUMENT_PAGES = 10


def _pdf(ctx: CheckContext) -> DocumentFile | None:
    described = ctx.document.file
    return described if described is not None and described.format == "pdf" else None


def _docx(ctx: CheckContext) -> DocumentFile | None:
    described = ctx.document.file
    return described if described is not None and described.format == "docx" else None


@rule("AX301", "pdf-tagged", severity="warning", wcag=("1.3.1",), example_form="pdf",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships; PDF/UA-1 (ISO 14289-1) 7.1; "
                "WCAG technique PDF9")
def check_pdf_tagged(ctx: CheckContext) -> Iterator[Finding]:
    """The PDF is not tagged, so screen readers cannot tell headings, lists or tables.

    Tags are the PDF's hidden structure. Without them a screen reader reads the page as
    one stream of words, and a parent cannot jump from heading to heading. Save or export
    the document as a "tagged PDF" (in Word: File, Save As, PDF, Options, "Document
    structure tags for accessibility").

    Bad::

        format: pdf
        tagged: no
        title: SEN Information Report
        lang: en-GB

    Good::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
    """
    described = _pdf(ctx)
    if described is not None and described.text and not described.tagged:
        yield finding("This PDF is not tagged, so screen readers cannot tell its headings, "
                      "lists and tables apart. Export it again as a tagged PDF (in Word: Save "
                      "As, PDF, Options, tick \"Document structure tags for accessibility\").")


@rule("AX302", "pdf-title", severity="warning", wcag=("2.4.2",), example_form="pdf",
      reference="WCAG 2.2 SC 2.4.2 Page Titled; WCAG technique PDF18; PDF/UA-1 7.1")
def check_pdf_title(ctx: CheckContext) -> Iterator[Finding]:
    """The PDF has no title, or does not show its title instead of its file name.

    A PDF reader announces the document by its title; without one (or without the
    setting to show it, DisplayDocTitle) parents hear a file name such as
    "SENR_2026_v3_final.pdf".

    Bad::

        format: pdf
        tagged: yes
        title:
        lang: en-GB

    Good::

        format: pdf
        tagged: yes
        title: SEN Information Report 2026
        show title: yes
        lang: en-GB
    """
    described = _pdf(ctx)
    if described is None:
        return
    if not described.title:
        yield finding("This PDF has no title, so screen readers announce its file name. Give "
                      "it a title (in Word: File, Info, Title) and export it again.")
    elif not described.display_title:
        yield finding(f"This PDF has a title ('{described.title}') but is set to show its "
                      "file name instead. In the PDF's properties, choose to show the "
                      "document title (Initial View, Show: Document Title).",
                      excerpt=described.title)


@rule("AX303", "document-language", severity="warning", wcag=("3.1.1",),
      example_form="pdf",
      reference="WCAG 2.2 SC 3.1.1 Language of Page; WCAG technique PDF16; PDF/UA-1 7.2")
def check_document_language(ctx: CheckContext) -> Iterator[Finding]:
    """The PDF or Word document does not say what language it is written in.

    Screen readers choose their voice and pronunciation from the document's language.

    Bad::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang:

    Good::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
    """
    described = ctx.document.file
    if described is None or described.lang or not described.text:
        return
    if described.format == "pdf":
        yield finding("This PDF does not say which language it is in, so screen readers may "
                      "read it with the wrong pronunciation. Set the language to English (UK) "
                      "in the document before exporting it, or in the PDF's properties.")
    else:
        yield finding("This Word document does not say which language it is in. Select all "
                      "the text and choose Review, Language, English (United Kingdom).")


@rule("AX304", "pdf-text-layer", severity="warning", wcag=("1.1.1", "1.4.5"),
      example_form="pdf",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content and 1.4.5 Images of Text; "
                "WCAG technique PDF7")
def check_pdf_text_layer(ctx: CheckContext) -> Iterator[Finding]:
    """The PDF is a scanned image with no text: a screen reader finds nothing to read.

    A scanned page is a picture of words. Parents who use screen readers, magnifiers or
    translation tools get nothing from it, and senreport cannot read it either. Publish
    the original document (or a web page) instead of a scan.

    Bad::

        format: pdf
        text: no

    Good::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
    """
    described = _pdf(ctx)
    if described is not None and not described.text:
        yield finding("This PDF is a scanned image with no text in it: a parent using a "
                      "screen reader gets nothing, and senreport could not read the report. "
                      "Publish the original document or a web page instead of a scan.")


@rule("AX305", "pdf-bookmarks", severity="warning", wcag=("2.4.5",), example_form="pdf",
      reference="WCAG 2.2 SC 2.4.5 Multiple Ways; WCAG technique PDF2")
def check_pdf_bookmarks(ctx: CheckContext) -> Iterator[Finding]:
    """A long PDF has no bookmarks to find one's way around it.

    Bookmarks (the PDF's outline) let a parent jump to a section from the side panel;
    in a document of ten pages or more they are the quickest way to the item wanted. Word
    makes them from headings when exporting ("Create bookmarks using headings").

    Bad::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
        pages: 12
        bookmarks: 0

    Good::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
        pages: 12
        bookmarks: 13
    """
    described = _pdf(ctx)
    if described is not None and (described.pages or 0) >= LONG_DOCUMENT_PAGES and (
            not described.bookmarks) and described.text:
        yield finding(f"This PDF has {described.pages} pages and no bookmarks. Export it "
                      "again with bookmarks made from the headings (in Word: Save As, PDF, "
                      "Options, \"Create bookmarks using headings\").")


@rule("AX306", "pdf-figure-alt", severity="warning", wcag=("1.1.1",), example_form="pdf",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content; WCAG technique PDF1; PDF/UA-1 7.3")
def check_pdf_figure_alt(ctx: CheckContext) -> Iterator[Finding]:
    """Pictures in a tagged PDF have no alternative text.

    A screen reader announces a picture by its alternative text; without it a parent hears
    "figure" and nothing more. Describe pictures in the document before exporting it.

    Bad::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
        figure: no alt text

    Good::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
        figure: Our sensory room, with soft lighting and bean bags
    """
    described = _pdf(ctx)
    if described is not None and described.tagged and described.images_without_alt:
        count = described.images_without_alt
        yield finding(f"{count} picture{'s' if count != 1 else ''} in this PDF "
                      f"{'have' if count != 1 else 'has'} no alternative text. Describe each "
                      "picture (in Word: right-click it, View Alt Text) and export it again.")


@rule("AX307", "docx-heading-styles", severity="warning", wcag=("1.3.1", "2.4.6"),
      example_form="docx",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships and 2.4.6 Headings and Labels")
def check_docx_heading_styles(ctx: CheckContext) -> Iterator[Finding]:
    """Headings in the Word document are bold or large text, not heading styles.

    Screen readers, the navigation pane and PDF export only know a heading by its style
    (Heading 1, Heading 2...). Text that only looks like a heading cannot be jumped to.

    Bad::

        format: docx
        headings: bold text
        lang: en-GB

    Good::

        format: docx
        headings: heading styles
        lang: en-GB
    """
    described = _docx(ctx)
    if described is None or not described.fake_headings:
        return
    examples = "; ".join(f"'{text}'" for text in described.fake_headings[:3])
    count = len(described.fake_headings)
    yield finding(f"{count} heading{'s' if count != 1 else ''} in this Word document "
                  f"{'are' if count != 1 else 'is'} bold or large text rather than a heading "
                  f"style (for example {examples}). Apply Heading 1, Heading 2 and so on from "
                  "the Styles gallery.", excerpt=described.fake_headings[0])


@rule("AX308", "docx-image-alt", severity="warning", wcag=("1.1.1",), example_form="docx",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content")
def check_docx_image_alt(ctx: CheckContext) -> Iterator[Finding]:
    """Pictures in the Word document have no alt text.

    A screen reader announces a picture by its alt text, and the alt text goes with the
    picture into a PDF exported from Word. Mark purely decorative pictures as decorative.

    Bad::

        format: docx
        headings: heading styles
        lang: en-GB
        image: no alt text

    Good::

        format: docx
        headings: heading styles
        lang: en-GB
        image: Our sensory room, with soft lighting and bean bags
    """
    described = _docx(ctx)
    if described is not None and described.images_without_alt:
        count = described.images_without_alt
        yield finding(f"{count} picture{'s' if count != 1 else ''} in this Word document "
                      f"{'have' if count != 1 else 'has'} no alt text. Right-click each "
                      "picture, choose View Alt Text, and describe it (or mark it as "
                      "decorative).")


@rule("AX309", "pdf-active-content", severity="info", wcag=("4.1.2",), example_form="pdf",
      reference="PDF/UA-1 (ISO 14289-1) 7.18; GOV.UK guidance on publishing accessible "
                "documents")
def check_pdf_active_content(ctx: CheckContext) -> Iterator[Finding]:
    """The PDF holds JavaScript or attached files.

    senreport never runs or opens them, but many parents' PDF readers block them or warn,
    and a report needs neither.

    Bad::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
        javascript: yes

    Good::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
    """
    described = _pdf(ctx)
    if described is None:
        return
    held = [what for what, present in (("JavaScript", described.javascript),
                                       ("attached files", described.attachments)) if present]
    if held:
        yield finding(f"This PDF holds {' and '.join(held)}. senreport did not run or open "
                      "them; a report needs neither, and some parents' PDF readers block or "
                      "warn about them. Export the document again as a plain PDF.")


@rule("AX310", "pdf-tagged-headings", severity="warning", wcag=("1.3.1", "2.4.6"),
      example_form="pdf",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships and 2.4.6 Headings and Labels; "
                "PDF/UA-1 (ISO 14289-1) 7.4; WCAG technique PDF9")
def check_pdf_tagged_headings(ctx: CheckContext) -> Iterator[Finding]:
    """The PDF is tagged, but none of its tags is a heading.

    Some tools tag every line as a paragraph. A screen reader then finds no headings to
    jump between, though the document shows them in large or bold type. In Word, use the
    Heading styles for headings before exporting.

    Bad::

        format: pdf
        tagged: yes
        title: SEN Information Report
        lang: en-GB
        pages: 2

    Good::

        format: pdf
        tagged: yes
        headings: tagged
        title: SEN Information Report
        lang: en-GB
        pages: 2
    """
    described = _pdf(ctx)
    if described is not None and described.tagged and described.text and (
            described.tag_headings == 0 and (described.pages or 0) >= 2):
        yield finding("This PDF is tagged, but none of its tags is a heading, so screen "
                      "reader users cannot jump from section to section. Use the Heading "
                      "styles for headings in the document and export it again.")
