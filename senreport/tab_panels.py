"""Tabs and other panels a control opens. A row of tab buttons stands over panels shown one at
a time (page builders' and Bootstrap's tabs, ARIA tab lists): the row comes first and the
panels after it, so the words of each tab are read as the heading of the panel it opens, and
the row itself is not read again as a list of headings with nothing under them. A panel an
accordion's button or a tab opens is content shown on demand, even while it is ``hidden``
(an accordion's closed panel): it is read, not taken for hidden site furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

_TABS = etree.XPath(".//*[@role='tab' or @data-toggle='tab' or @data-bs-toggle='tab' "
                    "or @data-toggle='pill' or @data-bs-toggle='pill']")
_LABELLED_PANELS = etree.XPath(".//*[@role='tabpanel'][@aria-labelledby]")
_TARGETS = ("aria-controls", "data-target", "data-bs-target", "href")


_CONTROLS = etree.XPath(".//*[@aria-controls][@aria-expanded or @role='tab' or @data-toggle "
                        "or @data-bs-toggle]")
_TAB_PANELS = etree.XPath(".//*[@role='tabpanel']")
_HIDDEN = etree.XPath(".//*[@hidden or @aria-hidden='true']")
#: Whether any element has an attribute that each of the searches above looks for (most
#: pages have none: one walk of the tree then answers for all four).
_ANY_CONTROL = etree.XPath("boolean(.//*[@role or @data-toggle or @data-bs-toggle "
                           "or @aria-controls])")
#: The attributes :data:`_ANY_CONTROL` looks for.
_CONTROL_ATTRIBUTES = ("role", "data-toggle", "data-bs-toggle", "aria-controls")


@dataclass
class Tabs:
    """Each panel's tab, the rows of tabs whose every tab opens a panel, and the panels that
    controls open (shown on demand)."""

    titles: dict[etree._Element, etree._Element] = field(default_factory=dict)
    rows: set[etree._Element] = field(default_factory=set)
    on_demand: frozenset[etree._Element] = frozenset()


def tabs_of(main: etree._Element, names: set[str] | None = None) -> Tabs | None:
    """The tabs of the main content, the panels they open and the panels shown on demand;
    None when it has none. ``names``: the names of the attributes of the page's elements,
    when they have been gathered (a page with none of those the searches look for is not
    searched)."""
    if names is not None and not any(map(names.__contains__, _CONTROL_ATTRIBUTES)):
        return None
    if not _ANY_CONTROL(main):
        return None  # no tab, no labelled panel, no control: nothing hidden is opened
    tabs = _TABS(main)
    panels = _LABELLED_PANELS(main)
    # Hidden panels matter only where something opens them.
    controls = _CONTROLS(main)
    tab_panels = _TAB_PANELS(main)
    hidden = bool(controls or tab_panels) and bool(_HIDDEN(main))
    if not tabs and not panels and not hidden:
        return None
    ids = {el.get("id"): el for el in main.iter() if isinstance(el.tag, str) and el.get("id")}
    found = Tabs()
    if hidden:
        found.on_demand = frozenset(
            {ids[target] for control in controls
             for target in (control.get("aria-controls") or "").split() if target in ids}
            | set(tab_panels))
    opened: dict[etree._Element, bool] = {}
    for tab in tabs:
        panel = _opened_by(tab, ids)
        opened[tab] = panel is not None and _names_apart(tab, panel)
        if opened[tab] and panel is not None:
            found.titles.setdefault(panel, tab)
    for panel in panels:
        labels = (panel.get("aria-labelledby") or "").split()
        tab = ids.get(labels[0]) if labels else None
        if tab is not None and panel not in found.titles and _names_apart(tab, panel):
            found.titles[panel] = tab
            opened[tab] = True
    row_of = {tab: next((a for a in tab.iterancestors() if a.get("role") == "tablist"
                         or a.tag in ("ul", "ol")), None) for tab, opens in opened.items() if opens}
    # An accordion marked up as a tab list holds its panels, each under its tab: it is read
    # as it stands, tabs and panels in turn.
    holding = {row_of.get(tab) for panel, tab in found.titles.items()
               if row_of.get(tab) is not None and row_of[tab] in panel.iterancestors()}
    found.titles = {panel: tab for panel, tab in found.titles.items()
                    if row_of.get(tab) not in holding}
    found.rows = {row for row in row_of.values() if row is not None and row not in holding
                  and all(opened.get(t, False) for t in _TABS(row))}
    return found


def _opened_by(tab: etree._Element, ids: dict[str | None, etree._Element]
               ) -> etree._Element | None:
    """The panel a tab opens: the first of its targets (aria-controls, data-target, the
    link's #address) that is on the page."""
    for name in _TARGETS:
        given = (tab.get(name) or "").split()
        if given and (panel := ids.get(given[0].removeprefix("#"))) is not None:
            return panel
    return None


def _names_apart(tab: etree._Element, panel: etree._Element) -> bool:
    """Whether the tab has words and stands outside the panel it names."""
    return bool(" ".join(tab.text_content().split())) and tab not in set(panel.iter())


#: A class word of one item of an accordion or set of toggles, which holds a title and the
#: panel it opens ("et_pb_toggle", "elementor-accordion-item", "accordion-item", "faq-item").
_ITEM_CLASS = re.compile(
    r"^(?:[\w-]*[-_])?(?:toggle|(?:accordion|toggle|faq)[-_]+item|panel|card)$")
#: How far above a title the item that holds it may stand.
_ITEM_DEPTH = 4


def panel_around(title: etree._Element) -> etree._Element | None:
    """The accordion item or toggle (or ``<details>``) that holds a title and the panel it
    opens: what the title stands over ends where the item does."""
    for depth, ancestor in enumerate(title.iterancestors()):
        if depth >= _ITEM_DEPTH:
            return None
        if ancestor.tag == "details" or any(
                map(_ITEM_CLASS.match, (ancestor.get("class") or "").split())):
            return ancestor
    return None
