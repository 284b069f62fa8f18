"""Place (and remove) a site-wide link to the local authority's Local Offer.

In a classic theme the link is a block widget in a widget area; in a block theme, which has no
widget areas, it goes at the top of the ``footer`` template part, in a group block of its own
(class ``senreport-local-offer-footer``) that keeps to the theme's content width and spacing:
above the theme's credits, not under them, and not edge to edge. Either way it is a
``senreport/local-offer-link`` block holding plain HTML, so the link shows on the front end
even before the wp-bridge plugin registers the block (WordPress prints an unregistered block's
saved HTML). senreport's link is recognised by its block name, so placing it twice changes
nothing and removing it leaves everything else alone.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from senreport.blocks import BlockSyntaxError, ParsedBlock, parse_blocks
from sidecar.errors import SidecarError
from sidecar.inject import block_delimiter, same_markup
from sidecar.wordpress import WordPressClient

LINK_BLOCK = "senreport/local-offer-link"
INACTIVE = "wp_inactive_widgets"
FOOTER_SLUG = "footer"
_SEPARATOR = "\n\n"  # put before the link in a template part, and taken away with it


def local_offer_link_markup(authority: str, url: str) -> str:
    """The link block, with accessible HTML inside for a site without the block registered."""
    authority = " ".join(authority.split())
    parts = urlsplit(url.strip())
    if not authority:
        raise SidecarError("Give the name of the local authority whose Local Offer this is.")
    if parts.scheme not in ("http", "https") or not parts.hostname \
            or any(c.isspace() for c in url.strip()):
        raise SidecarError(f"The Local Offer address should be a web address starting with "
                           f"https://, not {url!r}.")
    url = url.strip()
    inner = (f'<p class="wp-block-senreport-local-offer-link"><a href="{html.escape(url)}">'
             f"{html.escape(authority, quote=False)}'s Local Offer</a>: support for children "
             "and young people with special educational needs and disabilities.</p>")
    opener = block_delimiter(LINK_BLOCK, {"authority": authority, "url": url})
    return f"{opener}{inner}<!-- /wp:{LINK_BLOCK} -->"


def _outermost(text: str, wanted: Callable[[ParsedBlock], bool]) -> list[ParsedBlock]:
    """The blocks of some block markup that ``wanted`` picks, outermost only (nothing inside
    a picked block is looked at), in order; none when the markup cannot be parsed."""
    try:
        blocks = parse_blocks(text)
    except BlockSyntaxError:
        return []
    found: list[ParsedBlock] = []
    stack = list(blocks)
    while stack:
        block = stack.pop(0)
        if wanted(block):
            found.append(block)
        else:
            stack.extend(block.inner)
    return sorted(found, key=lambda b: b.start)


def _link_blocks(text: str) -> list[ParsedBlock]:
    """Every senreport link block in some block markup (nested ones too)."""
    return _outermost(text, lambda block: block.name == LINK_BLOCK)


def _widget_content(widget: dict[str, Any]) -> str:
    instance = widget.get("instance") or {}
    raw = instance.get("raw") or {}
    return str(raw.get("content", "")) if widget.get("id_base") == "block" else ""


def _our_widgets(client: WordPressClient) -> list[dict[str, Any]]:
    return [w for w in client.list_widgets() if _link_blocks(_widget_content(w))]


def place_local_offer_link(client: WordPressClient, authority: str, url: str, *,
                           sidebar: str | None = None) -> dict[str, str]:
    """Place the link once (widget area or footer); answers ``{"where", "action"}``."""
    markup = local_offer_link_markup(authority, url)
    theme = client.active_theme()
    if theme.get("is_block_theme"):
        if sidebar:
            raise SidecarError(f"The theme {theme.get('stylesheet')!r} is a block theme, which "
                               "has no widget areas; leave out the widget area and senreport "
                               "puts the link in the footer.")
        return _place_in_footer(client, theme, markup)
    return _place_in_sidebar(client, theme, markup, sidebar)


def _place_in_sidebar(client: WordPressClient, theme: dict[str, Any], markup: str,
                      sidebar: str | None) -> dict[str, str]:
    sidebars = {s["id"]: list(s.get("widgets") or []) for s in client.list_sidebars()}
    areas = [sid for sid in sidebars if sid != INACTIVE]
    if sidebar is None:
        if not areas:
            raise SidecarError(f"The theme {theme.get('stylesheet')!r} has no widget area to "
                               "put the Local Offer link in.")
        sidebar = areas[0]
    elif sidebar not in areas:
        raise SidecarError(f"The theme has no widget area called {sidebar!r}; it has: "
                           f"{', '.join(areas) or 'none'}.")
    ours = _our_widgets(client)
    for extra in ours[1:]:  # a duplicate someone made: one link is enough
        client.delete_widget(extra["id"])
    where = f"sidebar:{sidebar}"
    if not ours:
        created = client.create_block_widget(sidebar, markup)
        # WordPress files a new widget under "inactive" whatever sidebar was asked for (6.1 to
        # 6.8): listing it in the sidebar is what puts it there, as the widgets screen does.
        client.update_sidebar(sidebar, [w for w in sidebars[sidebar] if w != created["id"]]
                              + [created["id"]])
        return {"where": where, "action": "created"}
    widget = ours[0]
    placed = widget["id"] in sidebars[sidebar]
    if same_markup(_widget_content(widget), markup) and placed and len(ours) == 1:
        return {"where": where, "action": "unchanged"}
    if not same_markup(_widget_content(widget), markup):
        client.update_block_widget(widget["id"], markup, sidebar=sidebar)
    if not placed:
        client.update_sidebar(sidebar, sidebars[sidebar] + [widget["id"]])
    return {"where": where, "action": "updated"}


def _footer_part(client: WordPressClient, theme: dict[str, Any]) -> dict[str, Any]:
    parts = client.list_template_parts(area="footer")
    stylesheet = theme.get("stylesheet")
    # Themes have several footer parts (twentytwentyfive lists "footer-columns" first); their
    # templates use the one called "footer".
    for part in parts:
        if part.get("slug") == FOOTER_SLUG and part.get("theme") in (stylesheet, None):
            return part
    for part in parts:
        if part.get("slug") == FOOTER_SLUG:
            return part
    if parts:
        return parts[0]
    raise SidecarError(f"The theme {stylesheet!r} has no footer template part to put the Local "
                       "Offer link in.")


FOOTER_CLASS = "senreport-local-offer-footer"
_FOOTER_GROUP = {
    "className": FOOTER_CLASS,
    "style": {"spacing": {"padding": {"top": "var:preset|spacing|30",
                                      "bottom": "var:preset|spacing|30"}}},
    "layout": {"type": "constrained"},
}


def footer_markup(link: str) -> str:
    """The link inside senreport's own group: the theme's content width, spacing around it."""
    inner = (f'<div class="wp-block-group {FOOTER_CLASS}" style="padding-top:'
             'var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">'
             f"{link}</div>")
    return f"{block_delimiter('core/group', _FOOTER_GROUP)}{inner}<!-- /wp:group -->"


def _ours_in_footer(content: str) -> list[ParsedBlock]:
    """senreport's blocks in a footer part: its groups (with the link inside) and any link
    standing on its own (placed by an older version), outermost only, in order."""
    return _outermost(content, lambda block: block.name == LINK_BLOCK or (
        block.name == "core/group"
        and FOOTER_CLASS in str(block.attrs.get("className", "")).split()))


def _part_content(part: dict[str, Any]) -> str:
    content = part.get("content")
    return str(content.get("raw", "")) if isinstance(content, dict) else str(content or "")


def _place_in_footer(client: WordPressClient, theme: dict[str, Any],
                     markup: str) -> dict[str, str]:
    part = _footer_part(client, theme)
    content = _part_content(part)
    where = f"template-part:{part['slug']}"
    wanted = footer_markup(markup)
    found = _ours_in_footer(content)
    if len(found) == 1 and same_markup(content[found[0].start:found[0].end], wanted):
        return {"where": where, "action": "unchanged"}
    for block in reversed(found):
        content = _cut(content, block)
    client.update_template_part(part["id"], wanted + _SEPARATOR + content)
    return {"where": where, "action": "updated" if found else "created"}


def _cut(content: str, block: ParsedBlock) -> str:
    """Take a block away with the separator placed next to it (after it, else before it)."""
    before, after = content[:block.start], content[block.end:]
    if after.startswith(_SEPARATOR):
        return before + after[len(_SEPARATOR):]
    if before.endswith(_SEPARATOR):
        before = before[: -len(_SEPARATOR)]
    return before + after


def remove_local_offer_link(client: WordPressClient) -> dict[str, Any]:
    """Take senreport's link away from widget areas and the footer; answers what was removed."""
    removed: list[str] = []
    sidebars = {w: s["id"] for s in client.list_sidebars() for w in s.get("widgets") or []}
    for widget in _our_widgets(client):
        client.delete_widget(widget["id"])
        removed.append(f"sidebar:{sidebars.get(widget['id'], widget.get('sidebar', INACTIVE))}")
    theme = client.active_theme()
    if theme.get("is_block_theme"):
        part = _footer_part(client, theme)
        content = _part_content(part)
        found = _ours_in_footer(content)
        if found:
            for block in reversed(found):
                content = _cut(content, block)
            client.update_template_part(part["id"], content)
            removed.append(f"template-part:{part['slug']}")
    return {"removed": removed, "action": "removed" if removed else "absent"}
