"""Finding the main content of a page and cutting it into headings and blocks."""

from __future__ import annotations

from senreport.document import parse_html

PAGE = """<!DOCTYPE html><html lang="en-GB"><head><title>SEN | Oakfield</title></head><body>
<div id="cookie-notice">We use cookies. <a href="/privacy">Read more</a></div>
<header class="site-header"><nav><ul><li><a href="/send">SEND</a></li>
<li><a href="https://ex.gov.uk/local-offer">Local Offer</a></li></ul></nav></header>
<div class="wrapper"><aside class="sidebar"><h3>Latest news</h3><p>Sports day.</p></aside>
<main id="main"><h1>SEN Information Report</h1>
<p>Welcome to our report.</p>
<h2>Who is our SENCO?</h2><p>Mrs Khan.</p></main></div>
<footer><p>Oakfield Primary, 1 High Street. Email office@oak.sch.uk</p></footer>
</body></html>"""


def test_main_content_leaves_out_menus_banners_sidebars_and_footers() -> None:
    document = parse_html(PAGE)
    text = document.text
    assert "Welcome to our report." in text and "Mrs Khan." in text
    for chrome in ("cookies", "Local Offer", "Latest news", "High Street"):
        assert chrome not in text
    assert document.lang == "en-GB"


def test_page_without_main_element_falls_back_to_body_without_chrome() -> None:
    page = PAGE.replace("<main id=\"main\">", "<div>").replace("</main>", "</div>")
    text = parse_html(page).text
    assert "Welcome to our report." in text
    assert "cookies" not in text and "High Street" not in text and "Latest news" not in text


def test_parts_follow_headings_and_bold_pseudo_headings() -> None:
    document = parse_html(
        "<h2>One</h2><p>a</p><p><strong>How will you help my child?</strong></p><p>b</p>"
    )
    assert [(p.heading.text if p.heading else None, p.text) for p in document.parts] == [
        ("One", "a"), ("How will you help my child?", "b")
    ]


def test_blocks_carry_xpath_and_line() -> None:
    document = parse_html("<h2>One</h2>\n<ul>\n<li>first</li>\n<li>second</li>\n</ul>")
    second = document.blocks[-1]
    assert second.text == "second"
    assert second.xpath.endswith("/ul/li[2]")
    assert second.line == 4


def test_block_markup_is_read_as_html() -> None:
    document = parse_html("<!-- wp:paragraph -->\n<p>Hello</p>\n<!-- /wp:paragraph -->")
    assert [b.text for b in document.blocks] == ["Hello"]
