"""Roles, hidden content and accessible names, worked out from the markup alone.

A simplified form of the W3C accessible name computation (accname 1.2) and of the HTML
roles (HTML-AAM): ``aria-labelledby``, then ``aria-label``, then the element's own naming
(``alt``, ``value``, ``<label>``, ``<caption>``, ``<legend>``, an SVG ``<title>``), then its
text (for links, buttons, headings and cells, and inside any of those), with ``title``
last. Content hidden with ``hidden``, ``aria-hidden="true"`` or an inline
``display: none`` / ``visibility: hidden`` is left out. Style sheets and scripts are not
read: that is the browser layer's job.
"""

from __future__ import annotations

import re

from lxml import etree

from senreport.context import CheckContext
from senreport.document import normalise_space

_NEVER_SHOWN = frozenset({"script", "style", "template", "noscript", "head", "title"})
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.IGNORECASE)
_VISIBILITY = re.compile(r"(?:^|;)\s*visibility\s*:\s*(hidden|collapse|visible)\b",
                         re.IGNORECASE)
#: Roles that are links (the DPUB roles for references are links too).
LINK_ROLES = frozenset({"link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref"})
#: Roles whose name comes from their content (ARIA 1.2 "name from: contents").
NAME_FROM_CONTENT = frozenset({
    *LINK_ROLES, "button", "cell", "checkbox", "columnheader", "gridcell", "heading", "menuitem",
    "menuitemcheckbox", "menuitemradio", "option", "radio", "row", "rowheader", "switch",
    "tab", "tooltip", "treeitem", "term", "caption", "legend",
})
PRESENTATIONAL = frozenset({"none", "presentation"})
_FOCUSABLE_TAGS = frozenset({"button", "select", "textarea", "summary"})
_GLOBAL_NAMING = ("aria-label", "aria-labelledby", "aria-describedby")
_PLAIN_TAGS = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3",
    "h4", "h5", "h6", "section", "article", "figure", "figcaption", "blockquote", "br",
    "header", "footer", "nav", "aside", "main", "address", "pre", "hr", "caption",
})
_INPUT_ROLES = {"button": "button", "submit": "button", "reset": "button", "image": "button",
                "checkbox": "checkbox", "radio": "radio", "range": "slider",
                "search": "searchbox", "hidden": ""}
_TEXT_INPUTS = frozenset({"", "text", "email", "tel", "url", "search", "password", "number",
                          "date", "time", "datetime-local", "month", "week"})


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def hides_itself(element: etree._Element) -> bool:
    """Whether the element hides itself (and so all it holds) from everyone."""
    tag = element.tag
    if tag in _NEVER_SHOWN:
        return True
    get = element.get
    if get("hidden") is not None:
        return True
    aria = get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    if tag == "input" and (get("type") or "").strip().lower() == "hidden":
        return True
    style = get("style")
    return style is not None and bool(_DISPLAY_NONE.search(style))


def is_hidden(element: etree._Element,
              memo: dict[etree._Element, tuple[bool, str]] | None = None) -> bool:
    """Whether the element is hidden from screen readers by its own markup or an ancestor's.

    ``visibility: hidden`` on an ancestor is undone by ``visibility: visible`` nearer in, as
    in CSS; ``hidden``, ``aria-hidden="true"`` and ``display: none`` cannot be undone.
    ``memo`` (one per document) spares walking the same ancestors again.
    """
    hard, visibility = _hidden_state(element, {} if memo is None else memo)
    return hard or visibility == "hidden"


def hidden_memo(ctx: CheckContext) -> dict[etree._Element, tuple[bool, str]]:
    """The document's memo for :func:`is_hidden`, shared by every rule."""
    memo: dict[etree._Element, tuple[bool, str]] = ctx.document.scratch.setdefault(
        "ax_hidden", {})
    return memo


def _hidden_state(element: etree._Element,
                  memo: dict[etree._Element, tuple[bool, str]]) -> tuple[bool, str]:
    """(hidden for good, the nearest ``visibility`` set: "hidden", "visible" or "")."""
    chain: list[etree._Element] = []
    node: etree._Element | None = element
    state = (False, "")
    while node is not None:
        if node in memo:
            state = memo[node]
            break
        chain.append(node)
        node = node.getparent()
    for node in reversed(chain):
        hard, visibility = state
        if not hard and not node.keys():  # no attributes: only what it is can hide it
            hard = node.tag in _NEVER_SHOWN
        elif not hard:
            hard = hides_itself(node)
            style = node.get("style")
            found = _VISIBILITY.findall(style) if style else None
            if found:
                visibility = "visible" if found[-1].lower() == "visible" else "hidden"
        state = (hard, visibility)
        memo[node] = state
    return state


def is_focusable(element: etree._Element) -> bool:
    """Whether the element can take keyboard focus (natively or by ``tabindex``)."""
    tag = _tag(element)
    if element.get("tabindex") is not None and (element.get("tabindex") or "").strip():
        return True
    if element.get("disabled") is not None:
        return False
    if tag in ("a", "area"):
        return element.get("href") is not None
    if tag == "input":
        return (element.get("type") or "").strip().lower() != "hidden"
    return tag in _FOCUSABLE_TAGS


def implicit_role(element: etree._Element) -> str:
    """The role HTML gives an element without a ``role`` attribute ("" when it has none)."""
    tag = _tag(element)
    if tag in ("a", "area"):
        return "link" if element.get("href") is not None else ""
    if tag == "img":
        if element.get("alt") == "" and not any(element.get(a) for a in _GLOBAL_NAMING):
            return "presentation"
        return "img"
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return "heading"
    if tag == "input":
        kind = (element.get("type") or "").strip().lower()
        return _INPUT_ROLES.get(kind, "textbox")
    if tag == "th":
        return "rowheader" if (element.get("scope") or "").lower() in ("row", "rowgroup") \
            else "columnheader"
    return {"button": "button", "summary": "button", "td": "cell", "table": "table",
            "ul": "list", "ol": "list", "li": "listitem", "iframe": "iframe",
            "textarea": "textbox", "select": "combobox", "svg": "graphics-document",
            "nav": "navigation", "main": "main"}.get(tag, "")


def role_of(element: etree._Element) -> str:
    """The element's role: its first ``role`` token, else its HTML role.

    ``none`` and ``presentation`` give way (ARIA's conflict resolution) on an element that
    can take focus or carries a naming attribute.
    """
    tokens = (element.get("role") or "").strip().lower().split()
    role = tokens[0] if tokens else implicit_role(element)
    if role in PRESENTATIONAL and (is_focusable(element) or any(
            element.get(a) is not None for a in _GLOBAL_NAMING)):
        return implicit_role(element) if tokens else "img"
    return role


def _by_id(element: etree._Element, identifier: str) -> etree._Element | None:
    found = element.getroottree().getroot().xpath("//*[@id=$i]", i=identifier)
    return found[0] if found else None


def accessible_name(element: etree._Element) -> str:
    """The element's accessible name, white space collapsed ("" when it has none)."""
    if len(element) == 0 and _plain(element):
        return normalise_space(element.text or "") or normalise_space(element.get("title") or "")
    return normalise_space(_name(element, set(), labelled=False, inside=False, show_all=False))


def _plain(element: etree._Element) -> bool:
    """A link or heading named by its text alone (the common case, worked out quickly)."""
    get = element.get
    return (element.tag in _PLAIN_TAGS and get("role") is None and get("aria-label") is None
            and get("aria-labelledby") is None and get("aria-describedby") is None)


def has_aria_attribute(ctx: CheckContext) -> bool:
    """Whether any element of the page has an ``aria-`` attribute (most pages: none, and the
    rules that read them need not walk the page)."""
    return any(name.lower().startswith("aria-") for name in ctx.document.attribute_names)


def with_role(ctx: CheckContext, *roles: str) -> list[etree._Element]:
    """Elements of the main content whose ``role`` attribute starts with one of these roles."""
    scratch = ctx.document.scratch
    if "ax_roles" not in scratch:  # found once for the document: several rules ask
        scratch["ax_roles"] = ctx.document.main.xpath(".//*[@role]") if (
            ctx.document.has_attribute("role")) else []
    return [el for el in scratch["ax_roles"]
            if (el.get("role") or "").strip().lower().split()[:1] in ([r] for r in roles)]


def name_from_content(element: etree._Element) -> str:
    """What a screen reader reads for an element's content (hidden parts left out)."""
    return normalise_space(_content(element, set(), show_all=False))


def _name(element: etree._Element, seen: set[int], *, labelled: bool, inside: bool,
          show_all: bool, invisible: bool = False) -> str:
    """accname's steps 2B to 2I for one element (``seen`` stops reference loops).

    ``invisible``: the element is under ``visibility: hidden``, so only what a descendant
    shows again with ``visibility: visible`` counts.
    """
    if id(element) in seen:
        return ""
    seen.add(id(element))
    if invisible:
        return _content(element, seen, show_all=show_all, invisible=True)
    if not labelled and element.get("aria-labelledby"):
        parts = []
        for identifier in (element.get("aria-labelledby") or "").split():
            target = _by_id(element, identifier)
            if target is not None:
                parts.append(_name(target, seen, labelled=True, inside=True,
                                   show_all=show_all or is_hidden(target)))
        joined = " ".join(parts)
        if joined.strip():
            return joined
    label = element.get("aria-label")
    if label and label.strip() and not (inside and _tag(element) == "input"):
        return label
    role = role_of(element)
    native = _native_name(element, seen, inside=inside)
    if native is not None and native.strip():
        return native
    if role in NAME_FROM_CONTENT or inside or labelled:
        if role not in PRESENTATIONAL or inside:
            text = _content(element, seen, show_all=show_all)
            if text.strip():
                return text
    return element.get("title") or ""


def _native_name(element: etree._Element, seen: set[int], *, inside: bool) -> str | None:
    """The name HTML gives through the element's own attributes or children (step 2D)."""
    tag = _tag(element)
    if tag in ("img", "area"):
        return "" if role_of(element) in PRESENTATIONAL else element.get("alt")
    if tag == "input":
        kind = (element.get("type") or "").strip().lower()
        if kind == "image":
            return element.get("alt") or element.get("value")
        if kind in ("submit", "reset", "button"):
            value = element.get("value")
            if value is None:
                return {"submit": "Submit", "reset": "Reset"}.get(kind, "")
            return value
        if inside:
            return element.get("value") or ""
        return _label_text(element, seen) or element.get("placeholder")
    if tag in ("textarea", "select"):
        return None if inside else _label_text(element, seen)
    child_tags = {"table": "caption", "fieldset": "legend", "figure": "figcaption",
                  "svg": "title"}
    if tag in child_tags:
        for child in element:
            if _tag(child).split("}")[-1] == child_tags[tag]:
                return _content(child, seen, show_all=False)
    return None


def label_text(control: etree._Element) -> str:
    """The text of the ``<label>`` elements that name a form field ("" when none do)."""
    return normalise_space(_label_text(control, set()))


def _label_text(control: etree._Element, seen: set[int]) -> str:
    """The text of the ``<label>`` elements that name a form field."""
    parts: list[str] = []
    labels: list[etree._Element] = []
    identifier = control.get("id")
    if identifier:
        root = control.getroottree().getroot()
        labels.extend(root.xpath("//label[@for=$i]", i=identifier))
    # a label both around the field and pointing at it names it once, not twice
    labels.extend(a for a in control.iterancestors("label") if a not in labels)
    for label in labels:
        parts.append(_content(label, seen, show_all=False))
    return " ".join(parts)


def _content(element: etree._Element, seen: set[int], *, show_all: bool,
             invisible: bool = False) -> str:
    """The names of an element's children and its text, in order (step 2F)."""
    parts: list[str] = ["" if invisible else element.text or ""]
    for child in element:
        tag = _tag(child)
        if tag and not (tag in _NEVER_SHOWN or (not show_all and hides_itself(child))):
            child_invisible = invisible if show_all else _visibility(child, invisible)
            spacer = " " if tag in _BLOCK else ""
            parts.append(spacer + _name(child, seen, labelled=False, inside=True,
                                        show_all=show_all, invisible=child_invisible) + spacer)
        parts.append("" if invisible else child.tail or "")
    return "".join(parts)


def _visibility(element: etree._Element, inherited: bool) -> bool:
    """Whether an element is invisible, given whether its parent is (CSS ``visibility``)."""
    style = element.get("style")
    found = _VISIBILITY.findall(style) if style else []
    return found[-1].lower() != "visible" if found else inherited
