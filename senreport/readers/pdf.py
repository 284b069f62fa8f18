"""Read a PDF into HTML and a :class:`DocumentFile`, with pypdf.

A tagged PDF is read through its tag structure (headings, paragraphs, lists, tables,
links and figures as the author's tool marked them), in the structure's order. An untagged
PDF is read from the page's text, its headings told by font size and weight.

Nothing in the file is run: its JavaScript and attachments are only noted.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from io import BytesIO
from typing import Any

from senreport.readers.files import MAX_PAGES, DocumentError, DocumentFile, attribute, escape
from senreport.readers.pdf_text import (
    PageText,
    Run,
    layout_html,
    link_target,
    mark_links,
    page_links,
    page_runs,
)

_BLOCK_ROLES = {"P": "p", "H1": "h1", "H2": "h2", "H3": "h3", "H4": "h4", "H5": "h5",
                "H6": "h6", "H": "h2", "Title": "h1", "L": "ul", "LI": "li", "Table": "table",
                "TR": "tr", "TH": "th", "TD": "td", "Caption": "p", "BlockQuote": "blockquote",
                "TOCI": "p", "Note": "p"}
_INLINE_ROLES = {"Strong": "strong", "Em": "em"}
_TABLE_PARTS = frozenset({"THead", "TBody", "TFoot"})
_CONTAINER_ROLES = frozenset({"Document", "DocumentFragment", "Part", "Art", "Sect", "Div",
                              "Aside", "TOC", "Index", "Form", "L"})
_HEADING = re.compile(r"<h[1-6]>")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])(?=[\s<]|$)")
#: Enough for any real report; a structure tree larger than this is not walked further.
MAX_ELEMENTS = 200_000
_MIN_TEXT = 20  # characters a document needs to count as having a text layer


def read_pdf(data: bytes, name: str) -> tuple[str, DocumentFile]:
    """A PDF's content as an HTML fragment, and what the file says about itself."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported, once
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise DocumentError(f"{name}: the PDF is protected by a password, so it cannot be "
                                "read; publish a copy without a password")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise DocumentError(f"{name}: the PDF has {count:,} pages; senreport reads "
                                f"documents of up to {MAX_PAGES} pages")
        root = _resolve(reader.trailer["/Root"])
        tree = _resolve(root.get("/StructTreeRoot"))
        tagged = isinstance(tree, dict) and tree.get("/K") is not None
        pages = []
        for page in reader.pages:
            text = PageText(page_runs(page, marked=tagged), page_links(page))
            mark_links(text)
            pages.append(text)
        markup, images, without_alt, tag_headings = "", 0, 0, 0
        if tagged:
            walker = _StructureWalker(reader, root, pages)
            markup = _SPACE_BEFORE_STOP.sub(r"\1", walker.html(tree))
            images, without_alt = walker.figures, walker.figures_without_alt
            tag_headings = walker.headings
        if not markup.strip():
            markup = layout_html(pages)
        elif tagged and not tag_headings:
            # tags with no headings (every line a P): the type sizes still show the headings
            laid_out = layout_html(pages)
            if _HEADING.search(laid_out):
                markup = laid_out
        if not images:
            images = sum(_image_count(page) for page in reader.pages)
        characters = sum(len("".join(run.text.split())) for page in pages for run in page.runs)
        info = _properties(reader, root)
    except DocumentError:
        raise
    except LimitReachedError:
        raise DocumentError(f"{name}: the PDF unpacks to far more than any report (a "
                            "compression bomb); it was not read") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError, NotImplementedError, ZeroDivisionError):
        raise DocumentError(f"{name}: the PDF is damaged and cannot be read") from None
    return markup, DocumentFile(
        format="pdf", pages=count, tagged=tagged, text=characters >= _MIN_TEXT,
        tag_headings=tag_headings if tagged else None,
        images=images, images_without_alt=without_alt, **info)


def _opens_without_password(reader: Any) -> bool:
    """Many PDFs are encrypted only to restrict printing or copying; they open without one."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - an unsupported cipher is as closed as a password
        return False


def _properties(reader: Any, root: Any) -> dict[str, Any]:
    title: str | None = None
    try:
        info = reader.metadata
        title = str(info.title).strip() if info is not None and info.title else None
    except Exception:  # noqa: BLE001 - a damaged information dictionary has no title
        title = None
    if not title:
        try:
            xmp = reader.xmp_metadata
            titles = xmp.dc_title if xmp is not None else None
            if titles:
                title = str(titles.get("x-default") or next(iter(titles.values()))).strip()
        except Exception:  # noqa: BLE001 - nor does damaged XMP
            pass
    lang = _resolve(root.get("/Lang"))
    preferences = _resolve(root.get("/ViewerPreferences"))
    outlines = _resolve(root.get("/Outlines"))
    names = _resolve(root.get("/Names"))
    names = names if isinstance(names, dict) else {}
    opener = _resolve(root.get("/OpenAction"))
    return {
        "title": title or None,
        "lang": str(lang).strip() or None if lang is not None else None,
        "display_title": bool(isinstance(preferences, dict)
                              and preferences.get("/DisplayDocTitle")),
        "bookmarks": _outline_count(outlines),
        "javascript": "/JavaScript" in names or "/AA" in root or (
            isinstance(opener, dict) and opener.get("/S") == "/JavaScript"),
        "attachments": "/EmbeddedFiles" in names,
    }


def _outline_count(outlines: Any) -> int:
    """Entries in the outline (bookmarks), counted along the first level and below."""
    if not isinstance(outlines, dict):
        return 0
    count, seen = 0, set()
    stack = [outlines.get("/First")]
    while stack and count < 10_000:
        ref = stack.pop()
        item = _resolve(ref)
        key = getattr(ref, "idnum", id(item))
        if not isinstance(item, dict) or key in seen:
            continue
        seen.add(key)
        count += 1
        stack.extend(v for v in (item.get("/Next"), item.get("/First")) if v is not None)
    return count


def _image_count(page: Any) -> int:
    resources = _resolve(page.get("/Resources"))
    objects = _resolve(resources.get("/XObject")) if isinstance(resources, dict) else None
    if not isinstance(objects, dict):
        return 0
    return sum(1 for value in objects.values()
               if isinstance(_resolve(value), dict) and _resolve(value).get("/Subtype") == "/Image")


class _StructureWalker:
    """Turns a tag structure into HTML, from the text of each marked-content id."""

    def __init__(self, reader: Any, root: Any, pages: list[PageText]) -> None:
        self.page_index = {page.indirect_reference.idnum: i
                           for i, page in enumerate(reader.pages)
                           if page.indirect_reference is not None}
        texts: dict[tuple[int, int], list[str]] = defaultdict(list)
        last: dict[tuple[int, int], Run] = {}
        for index, page in enumerate(pages):
            for run in page.runs:
                if run.mcid is None:
                    continue
                key = (index, run.mcid)
                before = last.get(key)
                # pieces of one line of one marked span join as drawn (a ligature drawn
                # apart stays in its word); a new line is a space
                if before is not None and abs(before.y - run.y) > before.size * 0.5:
                    texts[key].append(" ")
                texts[key].append(run.text)
                last[key] = run
        self.texts = {key: " ".join("".join(parts).split()) for key, parts in texts.items()}
        role_map = _resolve(_resolve(root.get("/StructTreeRoot")).get("/RoleMap"))
        self.role_map = role_map if isinstance(role_map, dict) else {}
        self.figures = 0
        self.figures_without_alt = 0
        self.headings = 0
        self.visited = 0

    def html(self, tree: Any) -> str:
        return self._kids(tree.get("/K"), None)

    def _role(self, element: Any) -> str:
        role = str(element.get("/S", "")).lstrip("/")
        for _ in range(5):
            mapped = self.role_map.get("/" + role)
            if mapped is None:
                break
            role = str(mapped).lstrip("/")
        return role

    def _page_of(self, element: Any, inherited: int | None) -> int | None:
        ref = element.get("/Pg") if isinstance(element, dict) else None
        idnum = getattr(ref, "idnum", None)
        return self.page_index.get(idnum, inherited) if idnum is not None else inherited

    def _kids(self, kids: Any, page: int | None) -> str:
        kids = _resolve(kids)
        if kids is None:
            return ""
        items = list(kids) if isinstance(kids, list) else [kids]
        return " ".join(piece for kid in items if (piece := self._kid(kid, page)))

    def _kid(self, kid: Any, page: int | None) -> str:
        self.visited += 1
        if self.visited > MAX_ELEMENTS:
            return ""
        kid = _resolve(kid)
        if isinstance(kid, int):
            return escape(self.texts.get((page, kid), "")) if page is not None else ""
        if not isinstance(kid, dict):
            return ""
        kind = kid.get("/Type")
        if kind == "/MCR":
            on = self._page_of(kid, page)
            mcid = kid.get("/MCID")
            return escape(self.texts.get((on, int(mcid)), "")) if on is not None and (
                isinstance(mcid, int)) else ""
        if kind == "/OBJR":
            return ""
        return self._element(kid, self._page_of(kid, page))

    def _element(self, element: Any, page: int | None) -> str:
        role = self._role(element)
        if role == "Artifact":
            return ""
        if role == "Figure":
            self.figures += 1
            alt = _resolve(element.get("/Alt"))
            if not (isinstance(alt, str) and alt.strip()):
                self.figures_without_alt += 1
            return ""
        inner = self._kids(element.get("/K"), page)
        if role == "Link":
            href = self._link(element)
            text = inner.strip() or escape(href or "")
            return f'<a href="{attribute(href)}">{text}</a>' if href else inner
        if role in _INLINE_ROLES:
            tag = _INLINE_ROLES[role]
            return f"<{tag}>{inner}</{tag}>" if inner.strip() else ""
        if role == "Lbl":
            return "" if len(inner.strip()) <= 1 else inner
        if role in _TABLE_PARTS:
            return inner
        block = _BLOCK_ROLES.get(role)
        if block is not None and block[0] == "h" and inner.strip():
            self.headings += 1
        if block is None:
            if role in _CONTAINER_ROLES:
                return f"<div>{inner}</div>" if inner.strip() else ""
            return inner  # Span, NonStruct, Quote and the like: text within a block
        if role == "L" and _numbered(element):
            block = "ol"
        return f"<{block}>{inner}</{block}>" if inner.strip() or block in ("td", "th") else ""

    def _link(self, element: Any) -> str | None:
        kids = _resolve(element.get("/K"))
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = _resolve(kid)
            if isinstance(kid, dict) and kid.get("/Type") == "/OBJR":
                href = link_target(_resolve(kid.get("/Obj")))
                if href:
                    return href
        return None


def _numbered(element: Any) -> bool:
    attributes = _resolve(element.get("/A"))
    for entry in attributes if isinstance(attributes, list) else [attributes]:
        entry = _resolve(entry)
        if isinstance(entry, dict) and str(entry.get("/ListNumbering", "")) in (
                "/Decimal", "/UpperRoman", "/LowerRoman", "/UpperAlpha", "/LowerAlpha"):
            return True
    return False


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value
