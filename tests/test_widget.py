"""The Local Offer link: a block widget in classic themes, the footer part in block themes."""

from __future__ import annotations

import html

import pytest
import requests

from senreport.blocks import parse_blocks
from sidecar.errors import SidecarError
from sidecar.widget import (
    LINK_BLOCK,
    local_offer_link_markup,
    place_local_offer_link,
    remove_local_offer_link,
)
from sidecar.wordpress import WordPressClient

try:
    from tests.wordpress_harness import WordPressSite
except ImportError:  # tests/ itself on sys.path
    from wordpress_harness import WordPressSite

AUTHORITY = "Exampleshire County Council"
URL = "https://www.exampleshire.gov.uk/send-local-offer"
NEW_URL = "https://www.exampleshire.gov.uk/local-offer?from=school&x=1"


def test_markup_is_a_block_with_a_fallback_link():
    markup = local_offer_link_markup(AUTHORITY, URL)
    assert markup == (
        '<!-- wp:senreport/local-offer-link {"authority":"Exampleshire County Council",'
        '"url":"https://www.exampleshire.gov.uk/send-local-offer"} -->'
        '<p class="wp-block-senreport-local-offer-link"><a href="https://www.exampleshire.gov.uk'
        "/send-local-offer\">Exampleshire County Council's Local Offer</a>: support for children "
        "and young people with special educational needs and disabilities.</p>"
        "<!-- /wp:senreport/local-offer-link -->")
    (block,) = parse_blocks(markup)
    assert block.name == LINK_BLOCK and block.attrs == {"authority": AUTHORITY, "url": URL}


def test_markup_escapes_and_refuses_bad_addresses():
    markup = local_offer_link_markup("Bath & <North> East", NEW_URL + '"')
    assert "Bath &amp; &lt;North&gt; East's Local Offer" in markup
    assert f'href="{html.escape(NEW_URL)}&quot;"' in markup
    assert "\\u0026" in markup.split("-->")[0]  # in the attributes, as WordPress writes them
    for bad in ("javascript:alert(1)", "www.example.org", "https://exa mple.org", ""):
        with pytest.raises(SidecarError, match="should be a web address"):
            local_offer_link_markup(AUTHORITY, bad)
    with pytest.raises(SidecarError, match="local authority"):
        local_offer_link_markup("  ", URL)


SITES = [("6.1", "twentytwentyone"), ("6.8", "twentytwentyone"), ("6.8", "twentytwentyfive")]


@pytest.fixture(scope="module", params=SITES, ids=[f"wp{v}-{t}" for v, t in SITES])
def site(request):
    version, theme = request.param
    with WordPressSite.start(version, theme=theme) as wp:
        yield wp


def _front_page_links(site) -> list[str]:
    page = requests.get(site.url + "/", timeout=10)
    assert page.status_code == 200
    return [line for line in page.text.splitlines() if "Local Offer</a>" in line]


@pytest.mark.wordpress
def test_place_is_idempotent_shows_on_the_front_page_and_is_removable(site):
    block_theme = site.theme == "twentytwentyfive"
    where = "template-part:footer" if block_theme else "sidebar:sidebar-1"
    with WordPressClient(site.url, site.user, site.app_password) as wp:
        assert _front_page_links(site) == []
        assert place_local_offer_link(wp, AUTHORITY, URL) == {"where": where,
                                                              "action": "created"}
        assert place_local_offer_link(wp, AUTHORITY, URL) == {"where": where,
                                                              "action": "unchanged"}
        (line,) = _front_page_links(site)
        assert f'<a href="{URL}">' in line and "Exampleshire County Council" in line
        if block_theme:
            # In the footer, above the theme's credits, inside a group that keeps to the
            # content width (constrained layout), not a bare block edge to edge.
            front = requests.get(site.url + "/", timeout=10).text
            footer = front[front.rindex("<footer"):]
            assert footer.index("Local Offer</a>") < footer.index("Designed with")
            group = footer[:footer.index("Local Offer</a>")]
            assert "senreport-local-offer-footer" in group
            opening = group[group.rindex("<div", 0, group.index("senreport-local-offer-footer")):]
            assert "is-layout-constrained" in opening.split(">")[0]
        if not block_theme:
            (sidebar,) = [s for s in wp.list_sidebars() if s["id"] == "sidebar-1"]
            ours = [w for w in wp.list_widgets() if LINK_BLOCK in str(w.get("instance"))]
            assert len(ours) == 1 and sidebar["widgets"][-1] == ours[0]["id"]

        assert place_local_offer_link(wp, AUTHORITY, NEW_URL) == {"where": where,
                                                                  "action": "updated"}
        (line,) = _front_page_links(site)
        assert html.escape(NEW_URL) in line

        assert remove_local_offer_link(wp) == {"removed": [where], "action": "removed"}
        assert _front_page_links(site) == []
        assert remove_local_offer_link(wp) == {"removed": [], "action": "absent"}
        # Placing it again after removal works, and other widgets/footer content stayed put.
        assert place_local_offer_link(wp, AUTHORITY, URL)["action"] == "created"
        assert len(_front_page_links(site)) == 1
        remove_local_offer_link(wp)


@pytest.mark.wordpress
def test_removal_restores_the_footer_or_sidebar_exactly(site):
    with WordPressClient(site.url, site.user, site.app_password) as wp:
        if site.theme == "twentytwentyfive":
            before = _footer(wp)
        else:
            before = {s["id"]: s["widgets"] for s in wp.list_sidebars()
                      if s["id"] != "wp_inactive_widgets"}
        place_local_offer_link(wp, AUTHORITY, URL)
        remove_local_offer_link(wp)
        if site.theme == "twentytwentyfive":
            assert _footer(wp) == before
        else:
            assert {s["id"]: s["widgets"] for s in wp.list_sidebars()
                    if s["id"] != "wp_inactive_widgets"} == before


@pytest.mark.wordpress
def test_unknown_sidebar_is_refused(site):
    with WordPressClient(site.url, site.user, site.app_password) as wp:
        if site.theme == "twentytwentyfive":
            with pytest.raises(SidecarError, match="is a block theme, which has no widget areas"):
                place_local_offer_link(wp, AUTHORITY, URL, sidebar="sidebar-1")
        else:
            with pytest.raises(SidecarError, match="no widget area called 'nowhere'; it has: "
                                                   "sidebar-1"):
                place_local_offer_link(wp, AUTHORITY, URL, sidebar="nowhere")


def _footer(wp: WordPressClient) -> str:
    (part,) = [p for p in wp.list_template_parts(area="footer") if p["slug"] == "footer"]
    return part["content"]["raw"]
