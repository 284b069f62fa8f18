"""Writers and readers: what is written reads back as the same model, no text lost or unescaped."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from senreport.catalogue import SCHEDULE_1
from senreport.model import OTHER, LocalOffer, Report, School, Section, Senco
from senreport.readers.report import report_from_blocks, report_from_html
from senreport.richtext import canonical, looks_like_html, text_of
from senreport.writers.blocks import render_blocks
from senreport.writers.html import render_html

ITEM_IDS = [item.id for item in SCHEDULE_1] + [OTHER]
# Text a user might type: letters, digits, punctuation that must be escaped, accents, emoji.
user_text = st.text(
    alphabet=st.characters(
        codec="utf-8",
        categories=("L", "N", "P", "S", "Zs"),
        exclude_characters="\x00",
    ),
    min_size=1,
    max_size=40,
).map(lambda s: " ".join(s.split())).filter(bool)

inline = st.one_of(
    user_text.map(lambda t: f"<p>{_esc(t)}</p>"),
    st.tuples(user_text, user_text).map(
        lambda p: f"<p>{_esc(p[0])} <strong>{_esc(p[1])}</strong></p>"),
    st.lists(user_text, min_size=1, max_size=3).map(
        lambda items: "<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>"
    ),
    st.tuples(user_text, user_text).map(
        lambda p: f'<p><a href="https://example.org/{abs(hash(p[0])) % 1000}">{_esc(p[1])}</a></p>'
    ),
    user_text.map(lambda t: f"<h3>{_esc(t)}</h3>"),
    st.tuples(user_text, user_text).map(
        lambda p: f"<table><tbody><tr><th>{_esc(p[0])}</th><td>{_esc(p[1])}</td></tr>"
                  "</tbody></table>"
    ),
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


sections = st.lists(
    st.tuples(st.sampled_from(ITEM_IDS), user_text, st.lists(inline, max_size=4)),
    max_size=6,
    unique_by=lambda s: s[0],
).map(lambda found: tuple(Section(i, title, canonical("\n".join(body)))
                          for i, title, body in found))

optional = st.one_of(st.none(), user_text)
reports = st.builds(
    Report,
    kind=st.just("sen-report"),
    school=st.builds(School, name=user_text, type=st.sampled_from(
        ["mainstream", "nursery", "special", "post16"])),
    senco=st.builds(Senco, name=optional, email=st.one_of(st.none(), st.just("senco@oak.sch.uk")),
                    phone=optional),
    local_offer=st.builds(LocalOffer, authority=optional,
                          url=st.one_of(st.none(), st.just("https://council.gov.uk/local-offer"))),
    reviewed=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2040, 1, 1))),
    next_review=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2040, 1, 1))),
    sections=sections,
)


@settings(max_examples=150, deadline=None)
@given(reports)
def test_blocks_round_trip(report: Report) -> None:
    assert report_from_blocks(render_blocks(report)) == report


@settings(max_examples=150, deadline=None)
@given(reports)
def test_html_round_trip(report: Report) -> None:
    assert report_from_html(render_html(report)) == report


@settings(max_examples=200, deadline=None)
@given(st.lists(inline, max_size=5).map("\n".join))
def test_canonical_is_idempotent_and_keeps_text(body: str) -> None:
    once = canonical(body)
    assert canonical(once) == once
    assert text_of(once) == text_of(body)


@settings(max_examples=200, deadline=None)
@given(user_text)
def test_plain_text_is_escaped_not_interpreted(text: str) -> None:
    # Text that closes a tag it opened ("<P></P>", "<b>x</b>") is markup by design (see
    # test_balanced_tags_typed_are_read_as_markup); any other text is escaped.
    assume(not looks_like_html(text))
    assert text_of(canonical(text)) == " ".join(text.split())


def test_balanced_tags_typed_are_read_as_markup() -> None:
    # a body that opens and closes an element is HTML, whatever typed it
    assert canonical("<P></P>") == "<p></p>"
    assert text_of(canonical("<b>bold</b> words")) == "bold words"
    # a tag alone, or one closed without being opened, is text
    assert text_of(canonical("Press <Enter> to go on")) == "Press <Enter> to go on"
    assert text_of(canonical("</p> typed alone")) == "</p> typed alone"


def test_scripts_never_survive_but_the_words_around_them_do() -> None:
    body = canonical("<p>Use <b>bold</b> & <script>alert(1)</script> is not run</p>")
    assert "<script" not in body and "alert" not in body
    assert text_of(body) == "Use bold & is not run"


def test_angle_brackets_in_plain_text_are_kept_as_text() -> None:
    body = canonical("Years 3 < 4 and <Year 5> pupils\n\nNew paragraph")
    assert body == "<p>Years 3 &lt; 4 and &lt;Year 5&gt; pupils</p>\n<p>New paragraph</p>"


def test_editor_markup_is_read_back_through_core_blocks() -> None:
    report = Report(sections=(Section("1", "Needs we provide for", canonical(
        "<p>We provide for <em>all</em> four areas.</p><ol><li>One</li><li>Two</li></ol>"
        "<blockquote><p>A parent said: brilliant.</p></blockquote>")),))
    markup = render_blocks(report)
    assert "<!-- wp:senreport/section {\"item\":\"1\"} -->" in markup
    assert "<!-- wp:list {\"ordered\":true} -->" in markup
    assert "<!-- wp:list-item -->" in markup
    assert "<!-- wp:quote -->" in markup
    assert report_from_blocks(markup) == report


def test_a_closing_tag_typed_alone_is_text() -> None:
    # Found by hypothesis: "</DD>" alone closes nothing, so it is what the editor typed.
    for text in ("</DD>", "</P>", "a </p> b"):
        assert text_of(canonical(text)) == text


def test_an_unclosed_comment_opener_typed_as_text_stays_text() -> None:
    assert text_of(canonical("<!--")) == "<!--"
    assert text_of(canonical("Read this <!-- not a comment")) == "Read this <!-- not a comment"
