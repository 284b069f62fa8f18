"""A parsed page: its main content as a list of headings and text blocks.

Every reader ends here, so rules and coverage detection see one shape whatever
the school published: a whole page, a fragment or WordPress block markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from lxml import etree, html

from senreport.converted_pages import joined_lines, without_running_lines
from senreport.element_paths import path_of, tree_paths
from senreport.line_breaks import broken_lines
from senreport.main_content import HEADING_TAGS, aria_heading_level, find_main, is_chrome
from senreport.main_content import SKIP_TAGS as _SKIP_TAGS
from senreport.paragraphs import split_bare_text, with_paragraphs
from senreport.plain_text import plain_characters
from senreport.protected_emails import may_hold, reveal_in
from senreport.pseudo_headings import is_list_title, is_pseudo_heading
from senreport.style_classes import inline_class_styles
from senreport.tab_panels import Tabs, panel_around, tabs_of

if TYPE_CHECKING:
    from senreport.readers.files import DocumentFile

#: Elements whose text forms a block of its own.
BLOCK_TAGS = frozenset(
    {
        "p", "li", "td", "th", "dt", "dd", "caption", "figcaption", "summary", "pre",
        "blockquote", "address", "div", "section", "article", "main", "ul", "ol", "dl",
        "table", "tr", "tbody", "thead", "tfoot", "details", "figure", "form", "fieldset",
        "legend", "label", "button", "aside", "nav", "header", "footer", "body",
        *HEADING_TAGS,
    }
)
#: Containers whose own loose text is rarely content (lists and tables hold blocks).
_STRUCTURE_TAGS = frozenset({"ul", "ol", "dl", "table", "tr", "tbody", "thead", "tfoot"})
#: Paragraphs of prose (a list entry's words over them are its title).
_PARAGRAPHS = frozenset({"p", "div", "table", "blockquote", "dl", "section"})
_PAGE = re.compile(r"<(html|body)[\s>]", re.IGNORECASE)
_T = TypeVar("_T")


def normalise_space(text: str) -> str:
    """Collapse runs of white space to one space and trim."""
    return " ".join(text.split())  # split() and re's \s agree on what white space is


@dataclass(frozen=True)
class Block:
    """A heading or a block of text in the main content, with where it stands."""

    kind: str  # "heading" or "text"
    text: str
    level: int = 0  # 1-6 for headings; 0 for text
    xpath: str = ""
    line: int | None = None
    tag: str = ""
    #: True for a short paragraph written wholly in bold: an editor's heading.
    pseudo_heading: bool = False
    element: etree._Element | None = field(default=None, compare=False, repr=False)

    @property
    def is_heading(self) -> bool:
        """A real heading or a bold paragraph standing in for one."""
        return self.kind == "heading" or self.pseudo_heading


@dataclass(frozen=True)
class Part:
    """A heading and the blocks under it, up to the next heading."""

    heading: Block | None
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        """The body text of the part."""
        return " ".join(block.text for block in self.blocks)


@dataclass
class Document:
    """A page or fragment, parsed, with its main content picked out."""

    source: str
    root: etree._Element
    main: etree._Element
    is_page: bool
    blocks: tuple[Block, ...]
    #: For a PDF or Word file: what the file says about itself (``None`` for web pages).
    file: DocumentFile | None = None
    #: Panels a control on the page opens (an accordion's closed panel): content, even
    #: while hidden.
    on_demand: frozenset[etree._Element] = frozenset()

    @cached_property
    def text(self) -> str:
        """All the main content's text, one block a line."""
        return "\n".join(block.text for block in self.blocks)

    @cached_property
    def lowered(self) -> str:
        """:attr:`text` in lower case, lowered block by block: the same (a new line ends what
        a letter's lowering looks at), and quicker than lowering a long text beyond ASCII."""
        return "\n".join(block.text.lower() for block in self.blocks)

    @cached_property
    def parts(self) -> tuple[Part, ...]:
        """The main content cut at every heading (bold pseudo-headings included), and where
        an accordion item or toggle that holds a heading and its panel ends."""
        parts: list[Part] = []
        heading: Block | None = None
        body: list[Block] = []
        panel: etree._Element | None = None
        for block in self.blocks:
            if block.is_heading:
                if heading is not None or body:
                    parts.append(Part(heading, tuple(body)))
                heading, body = block, []
                panel = panel_around(block.element) if block.element is not None else None
                continue
            if panel is not None and block.element is not None and not (
                    _inside(block.element, panel)):
                if body:  # the text after the item is under no heading of its own
                    parts.append(Part(heading, tuple(body)))
                    heading, body = None, []
                panel = None  # (an item holding only its title: a heading as any other)
            body.append(block)
        if heading is not None or body:
            parts.append(Part(heading, tuple(body)))
        return tuple(parts)

    @cached_property
    def scratch(self) -> dict[str, Any]:
        """What rules work out from the document and share (each rule's entries its own)."""
        return {}

    def remembered(self, name: str, function: Callable[[str], _T]) -> Callable[[str], _T]:
        """``function`` of a text, worked out once for each text of this document.

        ``function`` must depend on the text alone; what it returns is shared, not copied.
        """
        memo: dict[str, _T] = self.scratch.setdefault(name, {})

        def remember(text: str) -> _T:
            if text not in memo:
                memo[text] = function(text)
            return memo[text]

        return remember

    def remembered_each(self, name: str, function: Callable[[list[str]], list[_T]]
                        ) -> Callable[[Sequence[str]], list[_T]]:
        """``function`` of many texts at once (one result for each text, in order), worked
        out once for each text of this document and shared, as :meth:`remembered` does."""
        memo: dict[str, _T] = self.scratch.setdefault(name, {})

        def remember(texts: Sequence[str]) -> list[_T]:
            new = [text for text in dict.fromkeys(texts) if text not in memo]
            if new:
                memo.update(zip(new, function(new), strict=True))
            return [memo[text] for text in texts]

        return remember

    @property
    def attribute_names(self) -> set[str]:
        """The names of the page's elements' attributes, gathered once (a dozen rules ask)."""
        present: set[str] | None = self.scratch.get("attribute_names")
        if present is None:
            present = self.scratch["attribute_names"] = attribute_names(self.root.iter())
        return present

    def has_attribute(self, *names: str) -> bool:
        """Whether any element of the page has one of these attributes."""
        if any(":" in name for name in names):  # a prefixed name is a namespace's
            return bool(_attribute_test(names)(self.root))
        present = self.attribute_names
        return any(name in present for name in names)

    @property
    def lang(self) -> str | None:
        """The page's declared language, if it is a whole page."""
        return self.root.get("lang") if self.is_page else None

    def links(self) -> Iterator[etree._Element]:
        """Every link in the main content."""
        yield from self.main.iter("a")

    def elements(self, *tags: str) -> Iterator[etree._Element]:
        """Elements of these tags in the main content."""
        yield from self.main.iter(*tags)

    def xpath_of(self, element: etree._Element) -> str:
        """The absolute XPath of an element, as findings report it."""
        return path_of(element)


def _inside(element: etree._Element, container: etree._Element) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def attribute_names(elements: Iterable[etree._Element]) -> set[str]:
    """The names of the attributes these elements carry."""
    return {name for element in elements if isinstance(element.tag, str)
            for name in element.keys()}


def is_whole_page(content: str) -> bool:
    """Whether content is a whole page (parsed as it is) rather than a fragment of one."""
    return bool(content.strip()) and bool(_PAGE.search(content[:4096]))


@lru_cache(maxsize=32)
def _attribute_test(names: tuple[str, ...]) -> etree.XPath:
    return etree.XPath("boolean(" + " | ".join(
        f"descendant-or-self::node()/@{name}" for name in names) + ")")


def parse_html(content: str, source: str = "", page: etree._Element | None = None, *,
               plain: bool = False) -> Document:
    """Parse a whole page or a fragment (block markup included) into a :class:`Document`.

    ``page`` is the content already parsed with ``html.document_fromstring``, when it is a
    whole page (see :func:`is_whole_page`) and has been; ``plain``: the content has been
    through :func:`plain_characters` already (a second pass over a long page finds nothing).
    """
    if "\x00" in content:
        raise ValueError("the file holds binary data, not a web page")
    if not plain:
        content = plain_characters(content)
    is_page = bool(_PAGE.search(content[:4096]))
    if not content.strip():
        root = html.fromstring("<html><body></body></html>")
    elif is_page:
        root = html.document_fromstring(content) if page is None else page
    else:
        root = html.document_fromstring(f"<html><body>{with_paragraphs(content)}</body></html>")
    if may_hold(content):
        reveal_in(root)  # addresses the web host scrambled (Cloudflare), put back
    body = root.find("body")
    if body is None:
        body = root
    # lxml makes a new Python object for an element (asking lxml.html's class lookup, in
    # Python) whenever one is reached and none is alive: one held for each from the start.
    elements = list(root.iter())
    main = find_main(root, body) if is_page else body
    if is_page:
        split_bare_text(main)
        inline_class_styles(root, main)
    elements = list(root.iter())  # the tree as the rules see it (any paragraph made above)
    names = attribute_names(elements)
    tabs = tabs_of(main, names)
    document = Document(source=source, root=root, main=main, is_page=is_page,
                        blocks=tuple(_blocks(main, tabs, whole=is_page)),
                        on_demand=tabs.on_demand if tabs is not None else frozenset())
    document.scratch["elements"] = elements
    document.scratch["attribute_names"] = names
    document.scratch["markup"] = content  # as written: the tree drops what it cannot hold
    return document


def _blocks(main: etree._Element, tabs: Tabs | None = None, whole: bool = False
            ) -> Iterator[Block]:
    """The blocks of the main content; of a whole page (a PDF converted to a web page is
    one), with its running headers and footers left out and its lines made paragraphs."""
    found: list[Block] = []
    _walk(main, tree_paths(main), found, tabs, _holding_blocks(main))
    return iter(joined_lines(without_running_lines(found)) if whole else found)


def _holding_blocks(main: etree._Element) -> set[etree._Element]:
    """The elements with an element of :data:`BLOCK_TAGS` inside them (of ``main``, and
    above it), found in one walk of the tree rather than a walk below each element."""
    holding: set[etree._Element] = set()
    for element in main.iter():
        tag = element.tag
        if isinstance(tag, str) and tag in BLOCK_TAGS:
            for ancestor in element.iterancestors():
                if ancestor in holding:
                    break  # and so are all above it
                holding.add(ancestor)
    return holding


def _path(element: etree._Element, paths: dict[etree._Element, str]) -> str:
    found = paths.get(element)
    return found if found is not None else path_of(element)


def _walk(element: etree._Element, paths: dict[etree._Element, str],
          found: list[Block], tabs: Tabs | None, holders: set[etree._Element]) -> None:
    """Add the blocks of an element to ``found``, in document order (``paths``: the paths
    of the tree's elements, from :func:`tree_paths`; ``tabs``: the page's tabs;
    ``holders``: the elements with a block inside, from :func:`_holding_blocks`)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIP_TAGS:
        return
    if tabs is not None:
        if element in tabs.rows:
            return  # each tab is read over the panel it opens
        tab = tabs.titles.get(element)
        if tab is not None:
            found.append(Block("text", normalise_space(tab.text_content()), 0,
                               _path(tab, paths), tab.sourceline, str(tab.tag),
                               pseudo_heading=True, element=tab))
    level = int(tag[1]) if tag in HEADING_TAGS else aria_heading_level(element)
    if level:
        # An element holding no other (nor a comment) holds its own text alone.
        text = normalise_space(element.text_content() if len(element) else element.text or "")
        found.append(Block("heading", text, level, _path(element, paths),
                           element.sourceline, tag, element=element))
        return
    if tag == "summary":
        text = normalise_space(element.text_content())
        if text:
            found.append(Block("heading", text, 3, _path(element, paths), element.sourceline,
                               tag, element=element))
        return
    if not len(element):
        # (most blocks: no child element) no line break, no block inside: its own text alone
        text = normalise_space(element.text or "")
        if text:
            found.append(_text_block(element, text, paths))
        return
    # Whether each child element is a block or holds one.
    holds = [c.tag in BLOCK_TAGS or c in holders for c in element if isinstance(c.tag, str)]
    if not any(holds):
        lines = broken_lines(element) if tag != "pre" else None
        if lines is not None:
            path = _path(element, paths)
            found.extend(Block("text", line, 0, path, element.sourceline, tag,
                               pseudo_heading=heading, element=element)
                         for line, heading in lines)
            return
        text = normalise_space(_inline_text(element))
        if text:
            found.append(_text_block(element, text, paths))
        return
    # Mixed content: its loose text is a block of its own, then each child in turn.
    loose: list[str] = [element.text or ""]
    holding = iter(holds)
    leading = True  # no block read from this element yet
    for child in element:
        child_tag = child.tag
        if not isinstance(child_tag, str):
            loose.append(child.tail or "")
            continue
        if next(holding) or child_tag in _SKIP_TAGS:
            text = " ".join(loose)
            text = "" if text.isspace() else normalise_space(text)  # (most often a new line)
            if text and tag not in _STRUCTURE_TAGS:
                block = _text_block(element, text, paths)
                if leading and tag == "li" and not block.pseudo_heading and (
                        child_tag in _PARAGRAPHS or text.endswith("?")) and (
                        is_list_title(text)):
                    # "<li>Who is the SENCO?<p>Mrs ...</p></li>": the entry's title (not
                    # an entry over a list inside it, "<li>Cognition<ul>...", unless it
                    # asks a question)
                    block = replace(block, pseudo_heading=True)
                found.append(block)
            leading = leading and not text
            loose = []
            if child_tag not in _SKIP_TAGS and (not is_chrome(child) or (
                    tabs is not None and child in tabs.on_demand)):
                _walk(child, paths, found, tabs, holders)
            loose.append(child.tail or "")
        else:
            loose.append(_inline_text(child))
            loose.append(child.tail or "")
    text = normalise_space(" ".join(loose))
    if text and tag not in _STRUCTURE_TAGS:
        found.append(_text_block(element, text, paths))


def _inline_text(element: etree._Element) -> str:
    """The text of an element, script and style left out, line breaks as spaces."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _SKIP_TAGS:
            parts.append(" " if child.tag == "br" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text_block(element: etree._Element, text: str,
                paths: dict[etree._Element, str]) -> Block:
    tag = element.tag if isinstance(element.tag, str) else ""
    pseudo = is_pseudo_heading(element, text)
    return Block("text", text, 0, _path(element, paths), element.sourceline, tag,
                 pseudo_heading=pseudo, element=element)
