"""AX213: a part given a role that only makes sense inside another (a tab outside a list of
tabs, a list item outside a list), which screen readers then cannot place.

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
from senreport.rules.accessibility.aria_names import ROLES
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
    document = ctx.document
    if not document.has_attribute("role"):
        return
    owned = _owners(document.root)
    memo = hidden_memo(ctx)
    for element in document.main.iter():
        if not isinstance(element.tag, str) or not element.get("role"):
            continue
        tokens = (element.get("role") or "").strip().lower().split()
        role = next((t for t in tokens if t in ROLES), "")
        if role not in CONTEXT or role == (implicit_role(element) or _TABLE_PARTS.get(
                element.tag)) or is_hidden(element, memo):
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
