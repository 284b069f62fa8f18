"""Which ``aria-`` states and properties each role may carry (WAI-ARIA 1.2), and the role
an element has in the accessibility tree: data and look-ups for AX218 and AX219.

A state or property is allowed on an element when it is global (any element may carry it),
or when the element's role supports it, requires it or inherits it from a broader role.
Some roles forbid a name outright (a ``div`` or ``span`` of no role, a paragraph, bold or
italic text); such a name is reported only on a part with no text, where it is all a
screen reader would have said (axe-core's view too: where there is text, it is still
read). ``aria-expanded``, which WAI-ARIA 1.2 deprecates but still lets most roles
carry, is allowed on every role that has any content of its own to open or close.
"""

from __future__ import annotations

from lxml import etree

from senreport.rules.accessibility.accname import PRESENTATIONAL, implicit_role, is_focusable
from senreport.rules.accessibility.aria_names import ROLES


def _names(words: str) -> frozenset[str]:
    return frozenset(f"aria-{word}" for word in words.split())


#: States and properties any element may carry (the 1.2 global list, its deprecated
#: globals and the 1.3 additions browsers already read).
GLOBAL = _names("""
    atomic braillelabel brailleroledescription busy controls current describedby
    description details disabled dropeffect errormessage flowto grabbed haspopup hidden
    invalid keyshortcuts label labelledby live owns relevant roledescription
""")

_EXPANDABLE = _names("expanded")
_LIST_ITEM = _names("expanded level posinset setsize")
_TEXT_FIELD = _names("activedescendant autocomplete multiline placeholder readonly required")
_HEADER_CELL = _names("colindex colspan expanded readonly required rowindex rowspan "
                      "selected sort")
_CELL = _names("colindex colspan expanded rowindex rowspan")
_MENU = _names("activedescendant expanded orientation")
_MENU_CHOICE = _names("checked expanded posinset readonly setsize")
_RANGE = _names("valuemax valuemin valuenow valuetext")
_GRID = _names("activedescendant colcount expanded level multiselectable readonly rowcount")
_TAKES_EXPANDED = """
    alert article banner complementary contentinfo definition directory document feed
    figure form graphics-document graphics-object graphics-symbol img link list log
    main marquee math navigation note region search status tabpanel term timer tooltip
"""

#: Role -> the states and properties it supports, requires or inherits, beyond the
#: global ones. A role that is not here (a ``doc-`` role, say) is not judged.
SUPPORTED: dict[str, frozenset[str]] = {
    **dict.fromkeys(_TAKES_EXPANDED.split(), _EXPANDABLE),
    **dict.fromkeys("""
        blockquote caption code deletion emphasis generic insertion mark none paragraph
        presentation rowgroup sectionfooter sectionheader strong subscript suggestion
        superscript time
    """.split(), frozenset()),
    "alertdialog": _names("expanded modal"), "dialog": _names("expanded modal"),
    "application": _names("activedescendant expanded"),
    "group": _names("activedescendant expanded"),
    "article": _names("expanded posinset setsize"),
    "comment": _names("expanded level posinset setsize"),
    "button": _names("expanded pressed"),
    "checkbox": _names("checked expanded readonly required"),
    "switch": _names("checked expanded readonly required"),
    "cell": _CELL, "gridcell": _CELL | _names("readonly required selected"),
    "columnheader": _HEADER_CELL, "rowheader": _HEADER_CELL,
    "combobox": _names("activedescendant autocomplete expanded orientation "
                       "readonly required"),
    "grid": _GRID, "treegrid": _GRID | _names("orientation required"),
    "heading": _names("expanded level"),
    "listbox": _names("activedescendant expanded multiselectable orientation readonly "
                      "required"),
    "listitem": _LIST_ITEM,
    "menu": _MENU, "menubar": _MENU, "toolbar": _MENU,
    "menuitem": _names("expanded posinset setsize"),
    "menuitemcheckbox": _MENU_CHOICE, "menuitemradio": _MENU_CHOICE,
    "meter": _RANGE, "progressbar": _RANGE | _EXPANDABLE,
    "option": _names("checked posinset selected setsize"),
    "radio": _names("checked posinset required setsize"),
    "radiogroup": _names("activedescendant expanded orientation readonly required"),
    "row": _names("activedescendant colindex expanded level posinset rowindex selected "
                  "setsize"),
    "scrollbar": _RANGE | _names("orientation"),
    "separator": _RANGE | _names("orientation"),
    "slider": _RANGE | _names("orientation readonly required"),
    "spinbutton": _RANGE | _names("activedescendant readonly required"),
    "searchbox": _TEXT_FIELD, "textbox": _TEXT_FIELD,
    "tab": _names("expanded posinset selected setsize"),
    "table": _names("colcount expanded rowcount"),
    "tablist": _names("activedescendant expanded level multiselectable orientation"),
    "tree": _names("activedescendant expanded multiselectable orientation required"),
    "treeitem": _names("checked expanded level posinset selected setsize"),
    "doc-backlink": _EXPANDABLE, "doc-biblioref": _EXPANDABLE, "doc-glossref": _EXPANDABLE,
    "doc-noteref": _EXPANDABLE, "doc-biblioentry": _LIST_ITEM, "doc-endnote": _LIST_ITEM,
    "doc-pagebreak": _RANGE | _names("orientation"),
}
#: Roles that may not be named (WAI-ARIA 1.2's prohibited states and properties).
UNNAMED = frozenset("""
    caption code deletion emphasis generic insertion mark none paragraph presentation strong
    subscript suggestion superscript
""".split())
#: Roles whose contents are pictures to screen readers (WAI-ARIA 1.2's "children
#: presentational"): what is inside has no role or name of its own.
FLAT = frozenset("""
    button checkbox img math menuitemcheckbox menuitemradio meter option progressbar radio
    scrollbar separator slider switch tab
""".split())
PROHIBITED: dict[str, frozenset[str]] = {
    **dict.fromkeys(UNNAMED, _names("label labelledby")),
    "generic": _names("label labelledby roledescription"),
}

#: HTML elements' roles that :func:`implicit_role` leaves unnamed (HTML-AAM).
_HTML_ROLES = {
    **dict.fromkeys("div span b i u s small bdi bdo data pre q samp abbr cite dfn kbd var"
                    .split(), "generic"),
    "p": "paragraph", "em": "emphasis", "strong": "strong", "code": "code",
    "del": "deletion", "ins": "insertion", "sub": "subscript", "sup": "superscript",
    "blockquote": "blockquote", "caption": "caption", "figure": "figure", "form": "form",
    "fieldset": "group", "optgroup": "group", "details": "group", "aside": "complementary",
    "article": "article", "dialog": "dialog", "dt": "term", "dd": "definition",
    "hr": "separator", "meter": "meter", "progress": "progressbar", "output": "status",
    "tr": "row", "tbody": "rowgroup", "thead": "rowgroup", "tfoot": "rowgroup",
    "option": "option", "datalist": "listbox", "menu": "list", "math": "math",
    "time": "time", "search": "search", "audio": "application", "video": "application",
}
#: Kinds of ``input`` with no role of their own: judged for global settings only.
_NO_ROLE_INPUTS = frozenset({"color", "date", "datetime-local", "file", "hidden", "month",
                             "time", "week"})
_ANY_ARIA = etree.XPath("descendant-or-self::*[@*[starts-with(name(), 'aria-')]]")


def with_aria(root: etree._Element) -> list[etree._Element]:
    """The elements under ``root`` (and itself) that carry an ``aria-`` setting."""
    found: list[etree._Element] = _ANY_ARIA(root)
    return found


def _html_role(element: etree._Element) -> str:
    """The role HTML gives an element with no ``role`` ("" when it has none we know)."""
    tag = element.tag
    if tag == "input":
        kind = (element.get("type") or "").strip().lower()
        if kind in _NO_ROLE_INPUTS:
            return ""
        if kind == "number":
            return "spinbutton"
        if kind in ("", "text", "search", "email", "tel", "url") and element.get("list"):
            return "combobox"
        return "textbox" if kind == "password" else implicit_role(element)
    if tag == "select":
        multiple = element.get("multiple") is not None
        size = (element.get("size") or "").strip()
        return "listbox" if multiple or (size.isdigit() and int(size) > 1) else "combobox"
    if tag == "td":
        table = next(element.iterancestors("table"), None)
        if table is not None and (table.get("role") or "").strip().lower() in (
                "grid", "treegrid"):
            return "gridcell"
    if tag == "a" and element.get("href") is None:
        return "generic"
    if isinstance(tag, str) and "-" in tag:
        return "generic"  # a custom element
    return implicit_role(element) or _HTML_ROLES.get(tag if isinstance(tag, str) else "", "")


def semantic_role(element: etree._Element) -> str:
    """The element's role in the accessibility tree: the first ``role`` token that exists,
    else HTML's; ``none`` and ``presentation`` give way on an element that takes focus or
    carries a global setting ("" when the role is not one we know)."""
    tokens = (element.get("role") or "").strip().lower().split()
    role = next((t for t in tokens if t in ROLES), "")
    if role in PRESENTATIONAL and (is_focusable(element) or any(
            name in GLOBAL for name in element.keys())):
        return _html_role(element)
    return role or _html_role(element)


#: Settings screen readers ignore when false, which axe-core lets pass on any role.
_HARMLESS = {"aria-required": "false", "aria-multiline": "false"}


def in_flat_part(element: etree._Element) -> bool:
    """Whether the element is inside a button, image or other part whose contents screen
    readers take as one picture (so its own settings are never read)."""
    return any(semantic_role(a) in FLAT for a in element.iterancestors())


def not_allowed(element: etree._Element, role: str) -> list[str]:
    """The ``aria-`` states and properties on the element that its role does not allow."""
    supported = SUPPORTED.get(role)
    prohibited = PROHIBITED.get(role, frozenset())
    wrong = []
    for name in element.keys():
        name = name.lower()
        if not name.startswith("aria-"):
            continue
        if name in prohibited:
            if (element.get(name) or "").strip() and not _has_text(element):
                wrong.append(name)
        elif supported is not None and name not in GLOBAL and name not in supported \
                and _known(name) and (element.get(name) or "").strip().lower() != (
                    _HARMLESS.get(name)):
            wrong.append(name)
    return wrong


def _has_text(element: etree._Element) -> bool:
    """Whether the element holds text of its own, which screen readers still read when
    they ignore the name it may not have."""
    return bool((element.text_content() or "").strip())


_ALL = GLOBAL | frozenset().union(*SUPPORTED.values())


def _known(name: str) -> bool:
    """Whether the name is a state or property at all (misspellings are AX207's)."""
    return name in _ALL
