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


def _parts(page: str) -> list[tuple[str | None, str]]:
    return [(p.heading.text if p.heading else None, p.text) for p in parse_html(page).parts]


def test_an_element_given_the_heading_role_is_a_heading_at_its_level() -> None:
    document = parse_html('<div role="heading" aria-level="3">Who is the SENCO?</div>'
                          "<p>Mrs Khan leads SEND.</p><div role=heading>Clubs</div><p>All.</p>")
    headings = [(b.text, b.level) for b in document.blocks if b.kind == "heading"]
    assert headings == [("Who is the SENCO?", 3), ("Clubs", 2)]
    assert _parts('<div role="presentation">Who is the SENCO?</div><p>Mrs Khan.</p>') == [
        (None, "Who is the SENCO? Mrs Khan.")]


def test_page_builder_title_bars_and_bold_written_as_a_style_are_headings() -> None:
    spectra = ('<div class="uagb-faq-questions-button uagb-faq-questions"><span>How will you '
               'help?</span></div><div class="uagb-faq-content"><p>We plan.</p></div>')
    assert _parts(spectra) == [("How will you help?", "We plan.")]
    toggle = ('<div class="elementor-tab-title" role="button"><a href="">How will you help my '
              'child?</a></div><div class="elementor-tab-content"><p>We plan support.</p></div>')
    assert _parts(toggle) == [("How will you help my child?", "We plan support.")]
    styled = '<p><span style="font-weight: 700">Our approach to teaching</span></p><p>All.</p>'
    assert _parts(styled) == [("Our approach to teaching", "All.")]
    # Google Docs marks ordinary text with weight 400: that is not bold.
    plain = '<p><span style="font-weight:400">Our approach to teaching</span></p><p>All.</p>'
    assert _parts(plain)[0][0] is None
    # a tab strip's own words ("table", "tablet") are not a title bar
    assert _parts('<div class="tablet-view">Our approach here</div><p>All.</p>')[0][0] is None


def test_a_line_in_capitals_underlined_or_in_large_type_is_a_heading() -> None:
    # pasted from a word processor: headings typed in capitals, underlined or made larger
    assert _parts("<p>OUR SPECIAL EDUCATIONAL NEEDS CO-ORDINATOR</p><p>Mrs Khan.</p>") == [
        ("OUR SPECIAL EDUCATIONAL NEEDS CO-ORDINATOR", "Mrs Khan.")]
    assert _parts("<p><u>Our approach to teaching</u></p><p>All.</p>") == [
        ("Our approach to teaching", "All.")]
    assert _parts('<p><span style="text-decoration: underline;">Clubs and trips</span></p>'
                  "<p>All.</p>") == [("Clubs and trips", "All.")]
    assert _parts('<p><span style="font-size: 16pt">Clubs and trips</span></p><p>All.</p>') == [
        ("Clubs and trips", "All.")]
    # ordinary type sizes, a short acronym, and a line in capitals at the end are text
    assert _parts('<p><span style="font-size: 12pt">Clubs and trips</span></p><p>All.</p>')[0][
        0] is None
    assert _parts("<p>SEND</p><p>All pupils.</p>")[0][0] is None
    assert _parts("<p>Read on.</p><p>THANK YOU FOR READING</p>")[0][0] is None


def test_an_accordion_marked_up_as_a_tab_list_reads_each_panel_under_its_title() -> None:
    # Elementor's accordion: role="tablist" around title bars (role="tab") each followed by
    # its panel, closed ones hidden
    page = ('<div class="elementor-accordion" role="tablist">'
            '<div class="elementor-accordion-item"><div id="t1" class="elementor-tab-title" '
            'role="tab" aria-controls="c1"><a href="">Who is the SENCO?</a></div>'
            '<div id="c1" role="tabpanel" aria-labelledby="t1"><p>Mrs Khan.</p></div></div>'
            '<div class="elementor-accordion-item"><div id="t2" class="elementor-tab-title" '
            'role="tab" aria-controls="c2"><a href="">What clubs are there?</a></div>'
            '<div id="c2" role="tabpanel" aria-labelledby="t2" hidden><p>All of them.</p></div>'
            "</div></div>")
    assert _parts(page) == [("Who is the SENCO?", "Mrs Khan."),
                            ("What clubs are there?", "All of them.")]


def test_a_whole_page_holding_classic_editor_text_as_stored_reads_its_paragraphs() -> None:
    page = ("<html><body><header><p>Oak School</p></header><main><div class='entry-content'>\n"
            "Our school welcomes every child.\n\n<strong>Who is the SENCO?</strong>\n\n"
            "Mrs Khan is our SENCO.\n<ul><li>She works every day.</li></ul>\n"
            "Call the office to meet her.\n</div></main></body></html>")
    document = parse_html(page)
    assert [(b.text, b.pseudo_heading) for b in document.blocks] == [
        ("Our school welcomes every child.", False), ("Who is the SENCO?", True),
        ("Mrs Khan is our SENCO.", False), ("She works every day.", False),
        ("Call the office to meet her.", False)]


def test_a_short_numbered_line_over_its_answer_is_a_heading() -> None:
    page = ("<p>3. How we check that what we provide is working</p><p>Each term the SENCO "
            "looks at the progress of every group.</p><p>1. Speak to the class teacher.</p>"
            "<p>2. Ask for the SENCO.</p>")
    assert [text for text, _ in _parts(page)] == [
        "3. How we check that what we provide is working"]


def test_numbered_questions_listed_one_under_another_are_contents_not_headings() -> None:
    # A report's questions listed as numbered paragraphs before the answers: each stands
    # over the next question, not over an answer, so none is a heading of its own.
    questions = ["1. What should I do if I think my child has special educational needs?",
                 "2. How will the school respond to my concern?",
                 "3. How will the school decide if my child needs extra support?",
                 "4. What will the school do to support my child?"]
    page = "".join(f"<p>{q}</p>" for q in questions) + (
        "<h2>1. What should I do?</h2><p>Speak to the class teacher first; they will talk "
        "to the SENCO with you.</p>")
    assert [text for text, _ in _parts(page)] == [None, "1. What should I do?"]


def test_a_letterhead_footer_in_small_print_is_not_content() -> None:
    page = ("<html><body><div class=WordSection1><p class=MsoNormal>Our SENCO is Mrs Khan.</p>"
            "<p class=MsoNormal align=center><span style='font-size:9.0pt;color:gray'>Oak School,"
            " Mill Lane, Garthwaite GW4 7RT &#183; Reception 01632 960100</span></p>"
            "<p><span style='font-size:9pt'>Photographs by our pupils.</span></p></div>"
            "</body></html>")
    assert [b.text for b in parse_html(page).blocks] == [
        "Our SENCO is Mrs Khan.", "Photographs by our pupils."]


def test_words_made_bold_by_a_class_of_the_pages_style_sheet_are_a_heading() -> None:
    # Google Docs' "publish to the web": headings are spans of a class made bold and larger
    page = ('<html><head><style>.c1{font-weight:400}.c4{padding-top:16pt}.c7{color:#2e7d32;'
            'font-weight:700;font-size:15pt}</style></head><body><div id="contents">'
            '<p class="c4"><span class="c7">Our approach</span></p><p class="c2"><span '
            'class="c1">We plan.</span></p><p><span class="c1">Clubs and trips</span></p>'
            "<p>All.</p></div></body></html>")
    assert [(p.heading.text if p.heading else None) for p in parse_html(page).parts] == [
        "Our approach"]


def test_a_paragraph_that_is_only_a_question_over_its_answer_is_a_heading() -> None:
    page = ("<p>Who is the SENCO?</p><p>Mrs Khan is our SENCO and works every day.</p>"
            "<p>Why does this matter? Because it helps.</p><p>Short one?</p><p>No.</p>")
    assert _parts(page) == [
        ("Who is the SENCO?",
         "Mrs Khan is our SENCO and works every day. Why does this matter? Because it "
         "helps. Short one? No.")]


def test_a_paragraph_written_as_lines_is_read_line_by_line() -> None:
    page = ("<p><strong>Who is the SENCO?</strong><br>Mrs Khan is our SENCO and works every day"
            " of the week.<br><br>How do you know my child needs help?<br>We watch how every "
            "child learns and talk with you.<br><span style='font-weight:bold'>Clubs</span><br>"
            "Every club is open to every child in the school.</p>")
    assert _parts(page) == [
        ("Who is the SENCO?", "Mrs Khan is our SENCO and works every day of the week."),
        ("How do you know my child needs help?", "We watch how every child learns and talk "
         "with you."),
        ("Clubs", "Every club is open to every child in the school.")]
    # a line break or two (an address, a signature) leaves the paragraph whole
    assert [b.text for b in parse_html("<p>Oak School<br>1 High Street<br>Ayton</p>").blocks] \
        == ["Oak School 1 High Street Ayton"]


REPORT = "<h2>Who is the SENCO?</h2>" + "<p>Mrs Khan leads our support for every child.</p>" * 12


def test_a_page_of_plain_divs_is_read_from_the_column_holding_its_content() -> None:
    page = ('<html><body><div class="top">Call us: 01632 960000 <a href="/">Home</a></div>'
            f'<div class="container"><div class="col-8">{REPORT}</div><div class="col-4">'
            "<h3>Latest news</h3><p>Coffee morning on Friday.</p></div></div>"
            '<div class="bottom"><p>Oak School, 1 High Street.</p></div></body></html>')
    text = parse_html(page).text
    assert "Mrs Khan" in text
    assert not any(word in text for word in ("Call us", "Coffee", "High Street"))
    # the page's title in a column of its own is content, however short
    titled = page.replace('<div class="col-8">', '<div class="col-8"><div><h1>SEN Report</h1>'
                          "<p>Reviewed May 2025</p></div><div>", 1).replace(
                          '</div><div class="col-4">', '</div></div><div class="col-4">', 1)
    assert "Reviewed May 2025" in parse_html(titled).text


def test_a_rows_header_cell_heads_its_answer_however_short() -> None:
    page = ("<table><tr><th>Who is our SENCO</th><td>Mrs Khan.</td></tr>"
            "<tr><th>Email</th><td>senco@oak.sch.uk</td></tr></table>")
    assert _parts(page) == [("Who is our SENCO", "Mrs Khan. Email senco@oak.sch.uk")]


def test_tabs_are_read_as_the_headings_of_the_panels_they_open() -> None:
    aria = ('<div role="tablist"><button role="tab" id="t1" aria-controls="p1">Who is the '
            'SENCO?</button><button role="tab" id="t2">Clubs</button></div>'
            '<div role="tabpanel" id="p1"><p>Mrs Khan.</p></div>'
            '<div role="tabpanel" id="p2" aria-labelledby="t2"><p>All clubs are open.</p></div>')
    assert _parts(aria) == [("Who is the SENCO?", "Mrs Khan."), ("Clubs", "All clubs are open.")]
    bootstrap = ('<ul class="nav nav-tabs"><li><a data-toggle="tab" href="#a">Our approach</a>'
                 '</li></ul><div class="tab-content"><div class="tab-pane" id="a"><p>We teach '
                 'everyone.</p></div></div>')
    assert _parts(bootstrap) == [("Our approach", "We teach everyone.")]
    # a tab that opens nothing on the page stays where it is
    assert _parts('<div role="tablist"><button role="tab">Alone here</button></div><p>Hi.</p>'
                  )[0][1].startswith("Alone here")


def test_a_line_whose_class_names_it_a_title_is_a_heading() -> None:
    assert _parts('<div class="section-title">Our approach</div><p>We teach all.</p>') == [
        ("Our approach", "We teach all.")]
    assert _parts('<p class="sub-heading">Clubs</p><p>All clubs are open.</p>')[0][0] == "Clubs"
    # a sentence is not a title whatever its class says, nor is a "tooltip"
    assert _parts('<p class="title">We teach all.</p><p>More.</p>')[0][0] is None
    assert _parts('<p class="tooltip">Our approach</p><p>We teach all.</p>')[0][0] is None


def test_characters_that_show_nothing_are_read_as_nothing() -> None:
    # soft hyphens, zero-width spaces and byte-order marks pasted in with the text
    page = "<h2>How do you identi\u00adfy\u200b needs?</h2><p>We\ufeff look.</p>"
    assert _parts(page) == [("How do you identify needs?", "We look.")]
    # ligatures of text copied out of a PDF are spelt out
    assert _parts("<h2>Identi\ufb01cation</h2><p>Sta\ufb00.</p>") == [("Identification", "Staff.")]


def test_a_bold_line_over_the_rest_of_its_paragraph_heads_it() -> None:
    page = "<p><strong>Our approach</strong><br>We teach every child.<br>We adapt work.</p>"
    assert _parts(page) == [("Our approach", "We teach every child. We adapt work.")]
    # bold words running on into the sentence are not a heading
    assert _parts("<p><b>Note</b> that clubs<br>are free.</p>")[0][0] is None


def test_a_closed_accordion_panel_is_read_though_hidden_until_opened() -> None:
    page = ('<h3><button aria-expanded="false" aria-controls="p1">Who is the SENCO?</button>'
            '</h3><div id="p1" hidden><p>Mrs Khan.</p></div>'
            '<div role="tabpanel" aria-hidden="true"><p>Clubs are open to all.</p></div>'
            '<div hidden><p>Old text nobody opens.</p></div>')
    assert _parts(page) == [("Who is the SENCO?", "Mrs Khan. Clubs are open to all.")]


def test_an_articles_own_header_is_content_the_sites_banner_is_not() -> None:
    page = ('<html><body><header class="site-header"><p>Oak School: 01632 960000</p></header>'
            '<main><article><header class="entry-header"><h1>SEN Information Report</h1>'
            "<p>Reviewed September 2024</p></header><p>Mrs Khan leads SEND.</p></article>"
            "</main></body></html>")
    assert [b.text for b in parse_html(page).blocks] == [
        "SEN Information Report", "Reviewed September 2024", "Mrs Khan leads SEND."]


def test_a_quotations_footer_is_content_the_sites_is_not() -> None:
    page = ("<html><body><main><blockquote><p>I read every plan.</p><footer>Mr Daniel "
            "Whitcombe, SENCO</footer></blockquote></main><footer><p>Oak School, 01632 960000"
            "</p></footer></body></html>")
    assert [b.text for b in parse_html(page).blocks] == [
        "I read every plan.", "Mr Daniel Whitcombe, SENCO"]


def test_an_aside_in_the_article_is_content_a_sidebar_is_not() -> None:
    page = ('<html><body><main><article><h1>SEN Information Report</h1><aside class="key-'
            'contacts"><p>SENCO: Mr Owen Gallagher, 01632 960588</p></aside><p>We teach every '
            'child.</p><aside class="sidebar"><p>Latest news: sports day</p></aside></article>'
            '</main><aside><p>Term dates</p></aside></body></html>')
    assert [b.text for b in parse_html(page).blocks] == [
        "SEN Information Report", "SENCO: Mr Owen Gallagher, 01632 960588",
        "We teach every child."]
    # the same in a page of plain <div>s, its content in a "content-area"
    page = ('<html><body><div class="site-nav"><a href="/">Home</a></div><div class="content-'
            'area"><h1>SEN Information Report</h1><aside class="glance-box"><p>SENCO: Mr Lloyd'
            '</p></aside><p>We teach every child.</p></div></body></html>')
    assert [b.text for b in parse_html(page).blocks] == [
        "SEN Information Report", "SENCO: Mr Lloyd", "We teach every child."]


def test_a_table_of_question_rows_over_answer_rows_is_read_as_headings() -> None:
    page = ("<table><tr><td><b>Who is our SENCO</b></td></tr><tr><td>Mrs Khan, who works "
            "every day and can be reached through the office.</td></tr>"
            "<tr><td>A note for visitors</td></tr><tr><td>Please sign in at the office when "
            "you arrive, every time.</td></tr></table>")
    parts = _parts(page)
    assert parts[0][0] == "Who is our SENCO"
    assert "A note for visitors" in parts[0][1]  # a plain row is not a heading


def test_a_rows_first_cell_all_in_bold_heads_the_answer_beside_it() -> None:
    page = ("<table><tr><td><strong>Our approach</strong></td><td>We teach every child.</td>"
            "</tr><tr><td>Ayton Road</td><td>Open daily.</td></tr></table>")
    assert _parts(page)[0] == ("Our approach", "We teach every child. Ayton Road Open daily.")


def test_a_list_entrys_title_over_its_paragraphs_heads_them() -> None:
    page = ("<ol><li>Who is the SENCO?<p>Mrs Khan.</p></li><li><b>Clubs and trips</b>"
            "<p>All are open.</p></li></ol>")
    assert _parts(page) == [("Who is the SENCO?", "Mrs Khan."), ("Clubs and trips",
                                                                 "All are open.")]
    # an entry over a list inside it is an entry, not a heading
    nested = "<ul><li>Cognition and learning<ul><li>Dyslexia</li></ul></li></ul>"
    assert _parts(nested) == [(None, "Cognition and learning Dyslexia")]


def test_classic_editor_content_is_read_in_its_paragraphs() -> None:
    # WordPress's classic editor keeps bare paragraphs parted by blank lines
    post = ("<strong>Who is the SENCO?</strong>\n\nMrs Khan leads SEND.\nShe is in every day."
            "\n\n<h2>Clubs</h2>\n\nAll clubs are open.")
    assert _parts(post) == [("Who is the SENCO?", "Mrs Khan leads SEND. She is in every day."),
                            ("Clubs", "All clubs are open.")]
    # content with its paragraphs marked is read as it is
    assert [b.text for b in parse_html("<p>One</p>\n\n<p>Two</p>").blocks] == ["One", "Two"]


def test_what_follows_an_accordion_item_is_not_under_its_title() -> None:
    toggle = ('<div class="et_pb_module et_pb_toggle"><h5 class="et_pb_toggle_title">Where can I '
              'find out more?</h5><div class="et_pb_toggle_content"><p>The council\'s Local '
              'Offer.</p></div></div><div class="et_pb_text"><p>We check this page each year.</p>'
              '</div>')
    assert _parts(toggle) == [("Where can I find out more?", "The council's Local Offer."),
                              (None, "We check this page each year.")]
    details = ("<details><summary>Clubs</summary><p>All clubs are open.</p></details>"
               "<p>Updated May 2026.</p>")
    assert _parts(details) == [("Clubs", "All clubs are open."), (None, "Updated May 2026.")]
    # A title whose item holds nothing else stands over what follows, as any heading does.
    bare = '<div class="card"><h3>Our SENCO</h3></div><p>Mrs Khan leads SEN.</p>'
    assert _parts(bare) == [("Our SENCO", "Mrs Khan leads SEN.")]


def test_a_pdf_converted_to_a_web_page_reads_as_paragraphs_without_its_running_lines() -> None:
    footer = ('<p class="ft03">Oak School, Kiln Road | Tel 01632 960321 | office@oak.sch.uk</p>'
              '<hr><p class="ft00">SEN Information Report | Page {}</p>')
    lines = "".join(f'<p class="ft01">Line {n} of the page.</p>' for n in range(5))
    page = ("<html><body>" + footer.format(1) + lines
            + '<p class="ft01">Parents can contact Eastmoor SENDIASS, a free and confid-</p>'
            + footer.format(2) + '<p class="ft01">ential service, on 01632 960788.</p>' + lines
            + footer.format(3) + '<p class="ft01">Our SENCO is Mrs Ellery.</p></body></html>')
    texts = [block.text for block in parse_html(page).blocks]
    assert not any("Kiln Road" in text or "Page" in text for text in texts)
    assert ("Parents can contact Eastmoor SENDIASS, a free and confidential service, on 01632 "
            "960788.") in texts
    assert texts[-1] == "Our SENCO is Mrs Ellery."
    # a contact card's "Tel: ..." under each of three people is not a running footer
    cards = "".join(f"<p>{name}, SENCO</p><p>Tel: 01603 625721</p>" for name in "ABC")
    assert sum(b.text == "Tel: 01603 625721" for b in parse_html(
        f"<html><body>{cards}</body></html>").blocks) == 3


def test_cells_alike_but_for_their_numbers_are_not_running_lines() -> None:
    rows = "".join(f"<tr><td>Mr {name}</td><td>0117 496 0555 ext. {n}</td></tr>"
                   for name, n in (("Okafor", 214), ("Brennan", 215), ("Rahman", 231)))
    page = f"<html><body><table>{rows}</table><p>Ring us.</p><p>we answer.</p></body></html>"
    texts = [block.text for block in parse_html(page).blocks]
    assert "0117 496 0555 ext. 215" in texts
    assert "Ring us." in texts and "we answer." in texts  # paragraphs of no converter's class


def test_the_text_lowered_block_by_block_is_the_text_lowered() -> None:
    # A letter whose lowering looks at its neighbours (a capital sigma ends a word or not)
    # sees no further than the new line between two blocks.
    blocks = ["ΟΔΥΣΣΕΥΣ", "Σ’Σ", "’ΣA", "\u0130stanbul SENCO", "KELVIN \u212a", "aΣ"]
    document = parse_html("".join(f"<p>{text}</p>" for text in blocks))
    assert [block.text for block in document.blocks] == blocks
    assert document.lowered == document.text.lower()
