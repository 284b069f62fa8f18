"""AX231: a tag that gives the same setting twice (found in the markup as written)."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires, run
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires, run

from senreport.check import check
from senreport.rules.accessibility.repeated_attributes import repeated_settings


def test_a_setting_given_twice_is_a_note_on_the_right_element() -> None:
    found = run("AX231", '<p>Our team</p>\n<p><img src="/a.jpg" alt="">\n'
                '<img src="/senco.jpg" alt="" ALT="Mrs Khan, our SENCO"></p>')
    assert len(found) == 1 and found[0].severity == "info"
    assert '"alt" setting 2 times' in found[0].message and "(empty)" in found[0].message
    assert found[0].excerpt == "alt:  / Mrs Khan, our SENCO"
    assert found[0].location is not None
    assert found[0].location.xpath.endswith("img[2]")
    assert fires("AX231", "<a href='/a' href=\"/b\">Our offer</a>")
    assert fires("AX231", "<input type=checkbox disabled disabled>")


def test_what_is_not_a_repeated_setting() -> None:
    for html in ('<img src="/a.png" alt="Logo">', "<br>", "<input disabled readonly>",
                 '<img alt="a = b, alt = c" src="/x.png">',
                 "<script>var s = '<img alt=1 alt=2>';</script>",
                 "<!-- <img alt=1 alt=2> --><p>Hello</p>",
                 '<!-- wp:image {"id":88,"id":89} --><figure><img src="/a.png" alt="A">'
                 "</figure><!-- /wp:image -->",
                 "<textarea><b class=a class=b></b></textarea>"):
        assert not fires("AX231", html), html


def test_lines_count_through_comments_and_whole_pages_report_it() -> None:
    markup = "<html lang='en'><head><title>T</title></head><body>\n<!--\n\n-->\n" \
             "<p id='a' id='b'>x</p></body></html>"
    assert [(n, s, v, line) for n, s, v, line, _ in repeated_settings(markup)] == [
        ("p", "id", ["a", "b"], 5)]
    result = check(markup, source="page.html", families=["AX"])
    assert "AX231" in {f.code for f in result.findings}
