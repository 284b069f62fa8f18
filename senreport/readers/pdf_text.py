"""The text of a PDF's pages as positioned runs, and the layout of an untagged PDF as HTML.

pypdf reads the text (its fonts, encodings and positions); this module notes for each run
its place, size, weight, the marked-content id it belongs to (for tagged PDFs) and the link
it lies under. An untagged PDF's headings are then told apart by font size and weight.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from senreport.converted_pages import FURNITURE
from senreport.plain_text import PLAIN_CHARACTERS
from senreport.readers.files import attribute, escape

_BOLD = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_BULLET = re.compile(
    r"^\s*([\u2022\u25cf\u25aa\u25e6\u2023\u2043\u00b7\u2013\u2212*-]|\d{1,2}[.)])\s+")


@dataclass
class Run:
    """A piece of text drawn on a page."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    mcid: int | None
    href: str | None = None


@dataclass
class PageText:
    """The runs of one page and the links drawn on it."""

    runs: list[Run] = field(default_factory=list)
    links: list[tuple[tuple[float, float, float, float], str]] = field(default_factory=list)


def page_runs(page: Any, marked: bool = False) -> list[Run]:
    """The text runs of a page in content order, artifacts (page furniture) left out.

    ``marked``: the PDF is tagged, so each run must belong to one marked-content id.
    """
    if marked:
        _split_at_marks(page)
    runs: list[Run] = []
    stack: list[tuple[int | None, bool]] = []  # (marked-content id, inside an artifact)
    pending: list[int | None] = []

    def current() -> tuple[int | None, bool]:
        return stack[-1] if stack else (None, False)

    def before(operator: bytes, operands: list[Any], _cm: Any, _tm: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            mcid, artifact = current()
            tag = str(operands[0]) if operands else ""
            properties = operands[1] if operator == b"BDC" and len(operands) > 1 else None
            if isinstance(properties, dict) and "/MCID" in properties:
                try:
                    mcid = int(properties["/MCID"])
                except (TypeError, ValueError):
                    pass
            stack.append((mcid, artifact or tag == "/Artifact"))
        elif operator == b"EMC":
            if stack:
                stack.pop()
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            mcid, artifact = current()
            pending.append(-1 if artifact else mcid)

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        # pypdf gathers the text of several operators before it reports it; it belongs to
        # the marked content of the first of them.
        owner = pending[0] if pending else current()[0]
        pending.clear()
        if not text.strip() or owner == -1:
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        scale = (abs(tm[3] * cm[3]) or abs(tm[1] * cm[2])) or 1.0
        runs.append(Run(text.translate(PLAIN_CHARACTERS), x, y, round(size * scale, 1),
                        _is_bold(font), owner))

    page.extract_text(visitor_operand_before=before, visitor_text=visit)
    return runs


def _split_at_marks(page: Any) -> None:
    """Set the current font again before each marked-content boundary inside a text object.

    pypdf reports the text of several operators at once, but always before a font is set
    (each report has one font). Word and LibreOffice mark a link or a span within a line
    of text; setting the same font again at each boundary keeps each span's text apart.
    Only the page object in memory is changed.
    """
    from pypdf.generic import ContentStream, NameObject

    try:
        # as pypdf's text extraction reads it: strings kept as bytes for each font to decode
        contents = ContentStream(page["/Contents"].get_object(), page.pdf, "bytes")
    except Exception:  # noqa: BLE001 - a page whose contents cannot be read has no text
        return
    operations: list[tuple[Any, bytes]] = []
    font: list[Any] | None = None
    saved: list[list[Any] | None] = []
    in_text = False
    changed = False
    for operands, operator in contents.operations:
        if operator == b"q":
            saved.append(font)
        elif operator == b"Q" and saved:
            font = saved.pop()
        elif operator == b"BT":
            in_text = True
        elif operator == b"ET":
            in_text = False
        elif operator in (b"BDC", b"BMC", b"EMC") and in_text and font is not None:
            operations.append((list(font), b"Tf"))
            changed = True
        elif operator == b"Tf" and len(operands) == 2:
            font = list(operands)
        operations.append((operands, operator))
    if changed:
        contents.operations = operations
        page[NameObject("/Contents")] = contents


def page_links(page: Any) -> list[tuple[tuple[float, float, float, float], str]]:
    """The web and email links drawn on a page: (rectangle, address)."""
    found: list[tuple[tuple[float, float, float, float], str]] = []
    for annotation in _list(page.get("/Annots")):
        annotation = _resolve(annotation)
        if not isinstance(annotation, dict) or annotation.get("/Subtype") != "/Link":
            continue
        href = link_target(annotation)
        rect = [float(v) for v in _list(annotation.get("/Rect"))][:4]
        if href and len(rect) == 4:
            found.append(((min(rect[0], rect[2]), min(rect[1], rect[3]),
                           max(rect[0], rect[2]), max(rect[1], rect[3])), href))
    return found


def link_target(annotation: Any) -> str | None:
    """The address a link annotation opens (a web address or mailto:), if any."""
    action = _resolve(annotation.get("/A")) if isinstance(annotation, dict) else None
    if isinstance(action, dict) and action.get("/S") == "/URI":
        uri = _resolve(action.get("/URI"))
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        return str(uri).strip() or None if uri is not None else None
    return None


def mark_links(page: PageText) -> None:
    """Give each run the address of the link drawn over most of it.

    A run's width is estimated from its length (half an em a character): a run that only
    touches a link keeps no address, so a link is sometimes missed but never misplaced.
    """
    for run in page.runs:
        width = max(len(run.text.strip()), 1) * run.size * 0.5
        for (x0, y0, x1, y1), href in page.links:
            slack = run.size * 0.6
            if not y0 - slack <= run.y <= y1 + slack:
                continue
            overlap = min(x1, run.x + width) - max(x0, run.x)
            if overlap >= width * 0.6:
                run.href = href
                break


def _is_bold(font: Any) -> bool:
    font = _resolve(font)
    if not isinstance(font, dict):
        return False
    if _BOLD.search(str(font.get("/BaseFont", ""))):
        return True
    descriptor = _resolve(font.get("/FontDescriptor"))
    if isinstance(descriptor, dict):
        weight = descriptor.get("/FontWeight")
        if isinstance(weight, (int, float)) and weight >= 600:
            return True
        flags = descriptor.get("/Flags")
        return isinstance(flags, int) and bool(flags & (1 << 18))
    return False


def _resolve(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _list(value: Any) -> list[Any]:
    value = _resolve(value)
    return list(value) if isinstance(value, list) else []


# -- untagged PDFs: lines, paragraphs, headings by size and weight --------------------------


@dataclass
class _Line:
    runs: list[Run]

    @property
    def size(self) -> float:
        return max(run.size for run in self.runs)

    @property
    def bold(self) -> bool:
        return all(run.bold for run in self.runs)

    @property
    def text(self) -> str:
        return " ".join(" ".join(run.text.split()) for run in self.runs).strip()


def _lines(runs: Iterable[Run]) -> list[_Line]:
    lines: list[_Line] = []
    for run in runs:
        if lines:
            last = lines[-1].runs[-1]
            if abs(run.y - last.y) <= max(last.size, run.size) * 0.4:
                lines[-1].runs.append(run)
                continue
        lines.append(_Line([run]))
    return lines


def layout_html(pages: list[PageText]) -> str:
    """An untagged PDF's text as HTML: headings by size and weight, paragraphs, lists, links."""
    paged = [_lines(page.runs) for page in pages]
    sizes: Counter[float] = Counter()
    for line in (line for page in paged for line in page):
        for run in line.runs:
            sizes[run.size] += len(run.text)
    if not sizes:
        return ""
    body = sizes.most_common(1)[0][0]
    lines = _without_running_lines(paged, body)
    larger = sorted({round(line.size) for line in lines if line.size >= body * 1.15},
                    reverse=True)
    levels = {size: min(index + 1, 4) for index, size in enumerate(larger)}
    if len(larger) == 1 or (larger and len(larger) < 4 and _single_use(lines, larger[0])):
        levels = {size: index + 1 for index, size in enumerate(larger)}
    out: list[str] = []
    paragraph: list[_Line] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            inner = _inline(run for line in paragraph for run in line.runs)
            bold = all(line.bold for line in paragraph)
            out.append(f"<p><strong>{inner}</strong></p>" if bold else f"<p>{inner}</p>")
            paragraph.clear()

    def close_list() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    previous: _Line | None = None
    for line in lines:
        text = line.text
        level = levels.get(round(line.size)) if line.size >= body * 1.15 else None
        if level is not None and len(text) <= 200:
            flush()
            close_list()
            if out and out[-1].startswith(f"<h{level}>") and previous is not None and (
                    round(previous.size) == round(line.size)) and not _new_block(previous, line):
                out[-1] = out[-1][:-5] + " " + _inline(line.runs) + f"</h{level}>"
            else:
                out.append(f"<h{level}>{_inline(line.runs)}</h{level}>")
        elif _BULLET.match(text):
            flush()
            items.append(_inline(line.runs, strip_bullet=True))
        elif items and previous is not None and not _new_block(previous, line):
            items[-1] += " " + _inline(line.runs)
        else:
            close_list()
            if paragraph and _new_block(paragraph[-1], line):
                flush()
            paragraph.append(line)
        previous = line
    flush()
    close_list()
    return "\n".join(out)


def _without_running_lines(pages: list[list[_Line]], body: float) -> list[_Line]:
    """All lines, less running headers and footers: a line no larger than the body text
    (its numbers aside) standing at the same height at the top or foot of most pages, such
    as "Page 3 of 12" or the school's name. A document of one page has no second page to
    compare: there, a line in small print at its top or foot with the school's details or a
    page number ("Tel: 01632 960000 | office@...") is furniture too."""
    if len(pages) == 1:
        page = pages[0]
        small = [line for line in page[:1] + page[-1:] if len(page) > 4
                 and line.size < body * 0.9 and FURNITURE.search(line.text)]
        return [line for line in page if not any(line is end for end in small)]

    def key(line: _Line) -> tuple[int, str]:
        return round(line.runs[0].y / 4), re.sub(r"\d+", "#", line.text)

    def ends(page: list[_Line]) -> list[_Line]:  # headers and footers stand at the ends
        if len(page) <= 4:  # a page this short has no room for furniture apart from text
            return []
        return [line for line in page[:2] + page[-2:] if line.size <= body * 1.05]

    counts: Counter[tuple[int, str]] = Counter()
    for page in pages:
        counts.update({key(line) for line in ends(page)})
    # on most pages (on both of two)
    running = {k for k, n in counts.items() if n >= min(len(pages), max(3, len(pages) // 2 + 1))}
    return [line for page in pages for line in page
            if key(line) not in running or not any(line is end for end in ends(page))]


def _single_use(lines: list[_Line], size: float) -> bool:
    return sum(1 for line in lines if round(line.size) == size) <= 2


def _new_block(previous: _Line, line: _Line) -> bool:
    """Whether a line starts a new paragraph: a gap, a change of size or of weight."""
    gap = previous.runs[-1].y - line.runs[0].y
    height = max(previous.size, line.size)
    return (gap < 0 or gap > height * 1.7 or abs(previous.size - line.size) > 0.5
            or previous.bold != line.bold)


def _inline(runs: Iterable[Run], strip_bullet: bool = False) -> str:
    """Runs as inline HTML, runs under one link joined into one ``<a>``."""
    pieces: list[str] = []
    open_href: str | None = None
    first = True
    for run in runs:
        text = " ".join(run.text.split())
        if first and strip_bullet:
            text = _BULLET.sub("", text, count=1)
        first = False
        if run.href != open_href:
            if open_href is not None:
                pieces.append("</a> ")
            if run.href is not None:
                pieces.append(f' <a href="{attribute(run.href)}">')
            open_href = run.href
        pieces.append(escape(text) + " ")
    if open_href is not None:
        pieces.append("</a>")
    return " ".join("".join(pieces).split()).replace(" </a>", "</a>")
