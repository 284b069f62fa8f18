"""Put a structured report into a WordPress page, keeping what editors wrote there.

The page's ``senreport/report`` block is found with the block parser and only it is touched;
every byte outside it stays as it was. Inside it the rule is simple, and the page wins:

* the block's attributes (school, SENCO, Local Offer, review dates) are the report's;
* a section the page already has is kept exactly as it is (an editor's heading, paragraphs
  and lists included), unless its item is named in ``replace_items``;
* a section the page lacks is added from the report, in catalogue order among the others;
* anything else inside the block (sections the report lacks, blocks between sections) stays.

A run that would change nothing writes nothing (so adds no revision). No save an editor made is
ever overwritten:

* with wp-bridge active, the write carries the SHA-256 of the content that was read, and the
  plugin refuses it (409, :class:`ConflictError`) if the page holds anything else, under a
  per-page lock that every REST save takes; and it refuses (423, :class:`PostLockedError`)
  while someone has the page open in the editor, unless ``force``;
* without the plugin, the page is read again just before writing (a change: nothing is
  written), and the revisions are read after writing: a save that landed in between is put
  back and the conflict reported.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from senreport.blocks import BlockSyntaxError, ParsedBlock, parse_blocks, serialise_attrs
from senreport.catalogue import items_for
from senreport.check import InputError, check
from senreport.model import OTHER, Report, fields_of
from senreport.readers.report import REPORT_BLOCK, SECTION_BLOCK, find_report_block
from senreport.writers.blocks import render_blocks
from sidecar.errors import CONFLICT_MESSAGE, ConflictError, SidecarError
from sidecar.wordpress import WordPressClient

DEFAULT_SLUG = "sen-information-report"
DEFAULT_TITLE = "SEN Information Report"
#: The report block's attributes senreport owns; others (className, anchor...) are kept.
FIELD_KEYS = ("kind", "school", "senco", "local_offer", "reviewed", "next_review")
RESTORED_MESSAGE = ("Someone saved the page in WordPress while senreport was writing it; "
                    "their save has been put back and senreport's change was not kept. Run "
                    "the command again.")

_DELIMITER = re.compile(
    r"<!--\s+(?P<closer>/)?wp:(?P<name>[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)\s+"
    r"(?P<attrs>\{.*?\}\s+)?(?P<void>/)?-->",
    re.DOTALL,
)


@dataclass
class InjectResult:
    """What inject did (or, in a dry run, would do) to the report page."""

    page_id: int | None
    link: str | None
    action: str  # "created" | "updated" | "unchanged"
    diff: str
    findings: dict[str, Any] | None
    #: The page content after the run (what would be written, in a dry run).
    content: str = field(default="", repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data (the API's answer; the content left out)."""
        return {"page_id": self.page_id, "link": self.link, "action": self.action,
                "diff": self.diff, "findings": self.findings}


# -- block markup as WordPress writes it ----------------------------------------------------------

def wp_attrs(attrs: dict[str, Any]) -> str:
    """Block attributes exactly as WordPress's ``serialize_block_attributes()`` writes them
    (one implementation, :func:`senreport.blocks.serialise_attrs`, which also reads an escaped
    backslash before a quote correctly)."""
    return serialise_attrs(attrs)


def block_delimiter(name: str, attrs: dict[str, Any], closer: bool = False,
                    void: bool = False) -> str:
    """One block comment delimiter as WordPress writes it."""
    short = name[5:] if name.startswith("core/") else name
    if closer:
        return f"<!-- /wp:{short} -->"
    parts = [f"<!-- wp:{short}", wp_attrs(attrs) if attrs else "", "/-->" if void else "-->"]
    return " ".join(part for part in parts if part)


def canonical_delimiters(text: str) -> str:
    """Text with every block delimiter rewritten as WordPress 6.8 stores it on save.

    WordPress 6.1 stores what it was sent; 6.8 re-serialises block comments. Comparing the
    canonical forms tells "the same blocks" apart from "different", whichever the site runs.
    """

    def rewrite(match: re.Match[str]) -> str:
        attrs: dict[str, Any] = {}
        if match.group("attrs"):
            try:
                loaded = json.loads(match.group("attrs"))
            except json.JSONDecodeError:
                return match.group(0)
            attrs = loaded if isinstance(loaded, dict) else {}
        return block_delimiter(match.group("name"), attrs,
                               closer=bool(match.group("closer")), void=bool(match.group("void")))

    return _DELIMITER.sub(rewrite, text)


def same_markup(a: str, b: str) -> bool:
    """Whether two pieces of block markup are the same once WordPress has stored them."""
    return a == b or canonical_delimiters(a) == canonical_delimiters(b)


# -- the merge (pure: strings in, a string out) ---------------------------------------------------

def _order(kind: str) -> dict[str, int]:
    ids = [item.id for item in items_for(kind)] + [OTHER]
    return {item: index for index, item in enumerate(ids)}


def _sections(block: ParsedBlock) -> list[ParsedBlock]:
    return [inner for inner in block.inner if inner.name == SECTION_BLOCK]


def merge_report_block(raw: str, report: Report, replace_items: Collection[str] = ()) -> str:
    """``raw`` with its report block brought up to date from ``report`` (see the module doc).

    A page without a report block gets the whole report appended after its content.
    """
    fresh = render_blocks(report)
    block = find_report_block(parse_blocks(raw))
    if block is None:
        if not raw.strip():
            return fresh
        return raw + ("\n" if raw.endswith("\n") else "\n\n") + fresh
    kept = {k: v for k, v in block.attrs.items() if k not in FIELD_KEYS}
    opener = block_delimiter(REPORT_BLOCK, {**fields_of(report), **kept})
    opener_end = raw.index("-->", block.start) + 3
    fresh_block = find_report_block(parse_blocks(fresh))
    assert fresh_block is not None  # render_blocks always writes one
    wanted = {str(s.attrs.get("item")): fresh[s.start:s.end] for s in _sections(fresh_block)}
    on_page = _sections(block)
    if not on_page and raw[block.start:block.end].rstrip().endswith("/-->"):
        # A self-closing report block has nowhere to put sections: write the block anew.
        inner = fresh[fresh.index("-->", fresh_block.start) + 3:fresh_block.end]
        return raw[:block.start] + opener + inner + raw[block.end:]
    order = _order(report.kind)
    present = {str(s.attrs.get("item")) for s in on_page}
    # (start, end, sort key, replacement): insertions sort before a replacement at one place.
    edits: list[tuple[int, int, tuple[int, int], str]] = [(block.start, opener_end, (0, 0), opener)]
    for section in on_page:
        item = str(section.attrs.get("item"))
        if item in replace_items and item in wanted:
            edits.append((section.start, section.end, (1, 0), wanted[item]))
    missing = [(order.get(item, len(order)), markup) for item, markup in wanted.items()
               if item not in present]
    if not on_page and missing:
        closer_start = raw.rindex("<!--", block.start, block.end)
        inner = "\n\n".join(markup for _rank, markup in sorted(missing, key=lambda m: m[0]))
        edits.append((closer_start, closer_start, (0, 0), inner + "\n"))
        missing = []
    for rank, markup in missing:
        later = [s for s in on_page if order.get(str(s.attrs.get("item")), len(order)) > rank]
        if later:
            edits.append((later[0].start, later[0].start, (0, rank), markup + "\n\n"))
        else:
            edits.append((on_page[-1].end, on_page[-1].end, (0, rank), "\n\n" + markup))
    out: list[str] = []
    cursor = 0
    for start, end, _key, text in sorted(edits, key=lambda e: (e[0], e[2])):
        out.append(raw[cursor:start])
        out.append(text)
        cursor = end
    out.append(raw[cursor:])
    return "".join(out)


def unified_diff(before: str, after: str, before_name: str, after_name: str) -> str:
    """A unified diff of two versions of a page's content."""
    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=before_name, tofile=after_name))


# -- talking to WordPress -------------------------------------------------------------------------

def _findings(content: str, report: Report, source: str,
              today: date | None) -> dict[str, Any] | None:
    try:
        return check(content, source=source, kind=report.kind, school_type=report.school.type,
                     today=today).to_dict()
    except InputError:
        return None


def inject_report(
    client: WordPressClient,
    report: Report,
    *,
    page_id: int | None = None,
    slug: str = DEFAULT_SLUG,
    title: str | None = None,
    publish: bool = False,
    dry_run: bool = False,
    replace_items: Collection[str] = (),
    before_write: Callable[[dict[str, Any]], None] | None = None,
    today: date | None = None,
    force: bool = False,
) -> InjectResult:
    """Create or update the report page (found by ``page_id``, else by ``slug``).

    A new page is a draft unless ``publish``. ``dry_run`` writes nothing and answers what would
    happen, with the diff. ``before_write`` is called with the page as first read, just before
    it is read again to detect a concurrent edit (tests use it to make one). ``force`` writes
    even while someone has the page open in the editor.
    """
    page = client.get_page(page_id) if page_id is not None else client.find_page_by_slug(slug)
    if page is not None and page.get("status") == "trash":
        raise SidecarError(f"Page {page['id']} is in the WordPress bin; restore it first, or "
                           "run without the page number to create a new page.")
    if page is None:
        content = render_blocks(report)
        diff = unified_diff("", content, "(no page yet)", f"new page {slug}")
        findings = _findings(content, report, f"new page {slug}", today)
        if dry_run:
            return InjectResult(None, None, "created", diff, findings, content)
        created = client.create_page(title or DEFAULT_TITLE, content,
                                     status="publish" if publish else "draft", slug=slug)
        return InjectResult(int(created["id"]), created.get("link"), "created", diff, findings,
                            content)

    number = int(page["id"])
    raw = str((page.get("content") or {}).get("raw", ""))
    try:
        new = merge_report_block(raw, report, replace_items)
    except BlockSyntaxError as error:
        raise SidecarError(f"The blocks of page {number} do not match up ({error}); open the "
                           "page in the block editor, let it repair them, save, and try "
                           "again.") from None
    changes: dict[str, Any] = {}
    if not same_markup(new, raw):
        changes["content"] = new
    if publish and page.get("status") != "publish":
        changes["status"] = "publish"
    if title and (page.get("title") or {}).get("raw") != title:
        changes["title"] = title
    diff = unified_diff(raw, new, f"page {number} in WordPress", f"page {number} updated") \
        if "content" in changes else ""
    findings = _findings(new, report, str(page.get("link") or f"page {number}"), today)
    link = page.get("link")
    if not changes:
        return InjectResult(number, link, "unchanged", "", findings, raw)
    if dry_run:
        return InjectResult(number, link, "updated", diff, findings, new)
    if before_write is not None:
        before_write(page)
    current = client.get_page(number)
    if current.get("modified_gmt") != page.get("modified_gmt") \
            or (current.get("content") or {}).get("raw") != raw:
        # modified_gmt has one-second resolution, so the content is compared too.
        raise ConflictError(CONFLICT_MESSAGE)
    known = {int(r["id"]) for r in client.list_revisions(number)} if "content" in changes \
        else set()
    try:
        updated, checked = client.update_page_if_unchanged(number, raw, force=force, **changes)
    except ConflictError as error:
        # A write retried after a lost answer finds its own content: that is success.
        if type(error) is not ConflictError or _raw(client.get_page(number)) != new:
            raise
        updated, checked = client.get_page(number), True
    if not checked and "content" in changes:
        _put_back_lost_saves(client, number, new, known)
    return InjectResult(number, updated.get("link", link), "updated", diff, findings,
                        str((updated.get("content") or {}).get("raw", new)))


def _raw(page: dict[str, Any]) -> str:
    return str((page.get("content") or {}).get("raw", ""))


def _put_back_lost_saves(client: WordPressClient, number: int, written: str,
                         known: set[int]) -> None:
    """Without wp-bridge: find saves that landed between the last read and the write.

    Every save makes a revision. Among the revisions made since the read, ours holds what
    was written; any before ours holding something else was overwritten by the write, so
    the latest of them is put back (if nobody has saved since) and the conflict reported.
    """
    fresh = sorted((r for r in client.list_revisions(number) if int(r["id"]) not in known),
                   key=lambda r: int(r["id"]))
    ours = [i for i, r in enumerate(fresh) if _raw(r) == written]
    if not ours:
        return  # revisions are switched off on this site: nothing more can be known
    lost = [r for r in fresh[:ours[-1]] if _raw(r) != written]
    if not lost:
        return
    if _raw(client.get_page(number)) == written:
        client.update_page(number, content=_raw(lost[-1]))
        raise ConflictError(RESTORED_MESSAGE)
    raise ConflictError(CONFLICT_MESSAGE)
