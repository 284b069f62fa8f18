"""AX213: a part given a role that only makes sense inside another (a tab outside a list of
tabs, a list item outside a list), which screen readers then cannot place; AX214: a part
given a role that must hold certain others (a list of tabs holding something that is not a
tab, a list holding loose text), whose contents screen readers then misreport.

Page builders often write their own accordions and tab panels with ARIA roles. A
``role="tab"`` with no ``role="tablist"`` around it, or a ``role="listitem"`` with no list,
is announced without the count and position ("tab 2 of 4") that let a parent find their
way, and some screen readers ignore it altogether.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    PRESENTATIONAL,
    hidden_memo,
    implicit_role,
    is_focusable,
    is_hidden,
    role_of,
)
from senreport.rules.accessibility.aria_names import given_roles
from senreport.rules.registry import rule

#: Roles that must sit in one of these (WAI-ARIA 1.2's required context roles).
CONTEXT: dict[str, frozenset[str]] = {
    "caption": frozenset({"figure", "grid", "table", "treegrid"}),
    **dict.fromkeys(("cell", "columnheader", "gridcell", "rowheader"), frozenset({"row"})),
    "listitem": frozenset({"directory", "list"}),
    **dict.fromkeys(("menuitem", "menuitemcheckbox", "menuitemradio"),
                    frozenset({"group", "menu", "menubar"})),
    "option": frozenset({"group", "listbox"}),
    "row": frozenset({"grid", "rowgroup", "table", "treegrid"}),
    "rowgroup": frozenset({"grid", "table", "treegrid"}),
    "tab": frozenset({"tablist"}),
    "treeitem": frozenset({"group", "tree"}),
}
#: The roles of HTML's table parts, which :func:`implicit_role` leaves unnamed.
_TABLE_PARTS = {"tr": "row", "tbody": "rowgroup", "thead": "rowgroup", "tfoot": "rowgroup",
                "menu": "list", "figure": "figure", "fieldset": "group", "optgroup": "group"}
#: Attributes that put an element with no role of its own into the accessibility tree.
_INCLUDING = ("aria-label", "aria-labelledby", "aria-describedby", "aria-live",
              "aria-atomic", "aria-busy", "aria-relevant", "aria-owns", "aria-roledescription")


def _html_role(element: etree._Element) -> str:
    """The role HTML itself gives an element, table parts included."""
    return implicit_role(element) or _TABLE_PARTS.get(element.tag, "")


def _tree_role(element: etree._Element) -> str | None:
    """The role an ancestor shows in the accessibility tree, or None when it is left out
    (a plain ``div`` or ``span``, or one marked presentational)."""
    role = role_of(element) or _TABLE_PARTS.get(element.tag, "")
    if role and role not in PRESENTATIONAL and role != "generic":
        return role
    if role not in PRESENTATIONAL and (is_focusable(element) or any(
            element.get(name) is not None for name in _INCLUDING)):
        return "generic"  # an element with a live region or a name is in the tree
    return None


def _owners(root: etree._Element) -> dict[str, etree._Element]:
    """Id -> the element whose ``aria-owns`` claims it as its child."""
    owned: dict[str, etree._Element] = {}
    for owner in root.iter():
        if isinstance(owner.tag, str) and owner.get("aria-owns"):
            for identifier in (owner.get("aria-owns") or "").split():
                owned.setdefault(identifier, owner)
    return owned


def _tree_parent(element: etree._Element, owned: dict[str, etree._Element]) -> str | None:
    """The role of the element's parent in the accessibility tree (None: the page)."""
    node: etree._Element | None = element
    while node is not None:
        owner = owned.get(node.get("id") or "") if node.get("id") else None
        parent = owner if owner is not None else node.getparent()
        if parent is None or not isinstance(parent.tag, str):
            return None
        role = _tree_role(parent)
        if role is not None:
            return role
        node = parent
    return None


@rule("AX213", "aria-context", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships",
      act=("ff89c9",), wcag=("1.3.1",))
def check_aria_context(ctx: CheckContext) -> Iterator[Finding]:
    """A tab, list item, row or menu item is not inside the list, table or menu it needs.

    A ``role="tab"`` outside a ``role="tablist"`` (or a list item outside a list) cannot
    be placed by a screen reader: a parent does not hear how many tabs there are or which
    one they are on.

    Bad::

        <div class="tabs"><div role="tab">Primary</div><div role="tab">Secondary</div></div>

    Good::

        <div class="tabs" role="tablist"><div role="tab">Primary</div>
        <div role="tab">Secondary</div></div>
    """
    if not ctx.document.has_attribute("role"):
        return
    owned = _owners(ctx.document.root)
    memo = hidden_memo(ctx)
    for element, role in given_roles(ctx.document):
        if role not in CONTEXT or role == _html_role(element) or is_hidden(element, memo):
            continue
        if _tree_parent(element, owned) not in CONTEXT[role]:
            needs = " or ".join(f'role="{r}"' for r in sorted(CONTEXT[role]))
            yield finding(
                f'This is marked as a {role} (role="{role}") but is not inside the part it '
                f"belongs to ({needs}), so screen readers cannot tell where it sits. Ask your "
                "web team to put it inside one, or to use the ordinary HTML list or table.",
                element=element,
                excerpt=role,
            )


_MENU_ITEMS = frozenset({"group", "menuitem", "menuitemcheckbox", "menuitemradio"})
_ROWS = frozenset({"row", "rowgroup"})
#: What a role given by ``role`` may hold (WAI-ARIA 1.2's required owned elements).
OWNED: dict[str, frozenset[str]] = {
    "feed": frozenset({"article"}), "grid": _ROWS, "list": frozenset({"listitem"}),
    "listbox": frozenset({"group", "option"}), "menu": _MENU_ITEMS, "menubar": _MENU_ITEMS,
    "row": frozenset({"cell", "columnheader", "gridcell", "rowheader"}),
    "rowgroup": frozenset({"row"}), "table": _ROWS, "tablist": frozenset({"tab"}),
    "tree": frozenset({"group", "treeitem"}), "treegrid": _ROWS,
}


def _owned(element: etree._Element, owned_by: dict[str, etree._Element],
           memo: dict[etree._Element, tuple[bool, str]]) -> list[tuple[etree._Element, str]]:
    """What the element holds in the accessibility tree, with each one's role ("" for loose
    text, or an element with no role that holds text)."""
    found: list[tuple[etree._Element, str]] = []
    if (element.text or "").strip():
        found.append((element, ""))
    children = [c for c in element if isinstance(c.tag, str)]
    for identifier in (element.get("aria-owns") or "").split():
        target = element.getroottree().getroot().xpath("//*[@id=$i]", i=identifier)
        children += [t for t in target[:1] if t not in children]
    for child in children:
        claimed = owned_by.get(child.get("id") or "") if child.get("id") else None
        if claimed is not None and claimed is not element or is_hidden(child, memo):
            continue  # another element's aria-owns takes it; or nobody meets it
        role = _tree_role(child)
        if role is None:
            found += _owned(child, owned_by, memo)
        else:
            found.append((child, role))
        if (child.tail or "").strip():
            found.append((element, ""))
    return found


def _strays(element: etree._Element, allowed: frozenset[str],
            owned_by: dict[str, etree._Element],
            memo: dict[etree._Element, tuple[bool, str]]) -> list[str]:
    """The roles of what the element holds that it may not ("" for loose text); a group it
    may hold is read through, as its own contents must be allowed too."""
    strays = []
    for child, role in _owned(element, owned_by, memo):
        if role == "group" and "group" in allowed and child is not element:
            strays += _strays(child, allowed, owned_by, memo)
        elif role not in allowed:
            strays.append(role)
    return strays


@rule("AX214", "aria-owned", severity="warning",
      reference="WCAG 2.2 SC 1.3.1 Info and Relationships",
      act=("bc4a75",), wcag=("1.3.1",))
def check_aria_owned(ctx: CheckContext) -> Iterator[Finding]:
    """A list, table, menu or set of tabs built with ``role`` holds something it may not.

    A ``role="tablist"`` must hold tabs, a ``role="list"`` list items, a ``role="row"``
    cells. Anything else inside (loose text, a link) is misreported: a parent may hear
    "list, 0 items" for a list that plainly has some.

    Bad::

        <div role="list"><span>Mrs Khan, SENCO</span></div>

    Good::

        <div role="list"><span role="listitem">Mrs Khan, SENCO</span></div>
    """
    if not ctx.document.has_attribute("role"):
        return
    owned_by = _owners(ctx.document.root)
    memo = hidden_memo(ctx)
    for element, role in given_roles(ctx.document):
        if role not in OWNED or is_hidden(element, memo) or any(
                (a.get("aria-busy") or "").strip().lower() == "true"
                for a in (element, *element.iterancestors())):
            continue
        strays = _strays(element, OWNED[role], owned_by, memo)
        if strays:
            what = "loose text" if strays[0] == "" else f'a part marked "{strays[0]}"'
            holds = " or ".join(f'role="{r}"' for r in sorted(OWNED[role]))
            yield finding(
                f'This is marked as a {role} (role="{role}") but holds {what}, where it may '
                f"hold only {holds}, so screen readers misreport what is in it. Ask your web "
                "team to correct the roles, or to use the ordinary HTML list or table.",
                element=element,
                excerpt=role,
            )
