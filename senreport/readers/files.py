"""PDF and Word documents: what they are, how big they may be, and what was found in them.

A document is read into an HTML string (so the HTML reader, coverage, facts and every rule
work on it unchanged) and a :class:`DocumentFile` describing the file itself, which the
document rules (AX3xx) judge. Everything here takes bytes: no file or network access.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePath
from typing import Any

#: A school's report is a few dozen pages; more than this is not a report, and reading it
#: would take too long.
MAX_PAGES = 500
#: A Word file unpacks to at most this much (a zip bomb is refused before it is opened).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200

FORMATS = ("pdf", "docx")


class DocumentError(ValueError):
    """A PDF or Word file that cannot be read; the message is one line for the user."""


@dataclass(frozen=True)
class DocumentFile:
    """What a PDF or Word file says about itself, beyond its text."""

    format: str  # "pdf" or "docx"
    pages: int | None = None  # PDF only
    tagged: bool | None = None  # PDF only: it has a tag structure (a structure tree)
    title: str | None = None
    lang: str | None = None
    text: bool = True  # it has text a screen reader can read (not only images)
    display_title: bool | None = None  # PDF only: the title bar shows the title
    bookmarks: int | None = None  # PDF only: entries in its outline
    tag_headings: int | None = None  # tagged PDF only: headings among its tags
    images: int = 0
    images_without_alt: int = 0
    #: Word: short paragraphs made to look like headings (bold or large) with a body style.
    styled_headings: int = 0
    fake_headings: tuple[str, ...] = ()
    javascript: bool = False  # PDF: it holds JavaScript (never run by senreport)
    attachments: bool = False  # PDF: it holds embedded files (never opened)

    def to_dict(self) -> dict[str, Any]:
        """The contract's ``document`` object."""
        return {"format": self.format, "pages": self.pages, "tagged": self.tagged,
                "title": self.title, "lang": self.lang, "text": self.text}


def sniff_format(data: bytes, source: str = "") -> str | None:
    """``pdf`` or ``docx`` when the bytes are such a file (by content, then by name)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError):
            return "docx" if _suffix(source) == ".docx" else None
        return "docx" if "word/document.xml" in names else None
    if _suffix(source) in (".pdf", ".docx"):
        return _suffix(source)[1:]
    return None


def read_file_document(data: bytes, source: str = "") -> tuple[str, DocumentFile]:
    """A PDF or Word file as an HTML fragment and a description of the file."""
    name = source or "the document"
    kind = sniff_format(data, source)
    if kind == "pdf":
        from senreport.readers.pdf import read_pdf

        return read_pdf(data, name)
    if kind == "docx":
        from senreport.readers.docx import read_docx

        return read_docx(data, name)
    raise DocumentError(f"{name}: this is not a PDF or Word (.docx) file senreport can read")


def check_zip(data: bytes, name: str) -> None:
    """Refuse a damaged zip, or one that would unpack to far more than a report (a zip bomb)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise DocumentError(f"{name}: the Word file is damaged and cannot be opened") from None
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES or unpacked > MAX_ZIP_RATIO * max(len(data), 1) + 10**7:
        raise DocumentError(f"{name}: the Word file unpacks to {unpacked // (1024 * 1024)} MB, "
                            "far more than any report; it was not opened")


def escape(text: str) -> str:
    """Text safe inside HTML."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attribute(text: str) -> str:
    """Text safe inside a double-quoted HTML attribute."""
    return escape(text).replace('"', "&quot;")


def _suffix(source: str) -> str:
    return PurePath(source.split("?")[0]).suffix.lower() if source else ""
