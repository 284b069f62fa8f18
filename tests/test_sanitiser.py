"""One sanitiser policy for every writer: nothing that can run script reaches a page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html

from senreport.blocks import parse_blocks, serialise_attrs
from senreport.model import LocalOffer, Report, Section
from senreport.readers.importer import import_report
from senreport.readers.report import report_from_blocks
from senreport.readers.structured import load_report
from senreport.safe_html import safe_url
from senreport.writers.blocks import render_blocks
from senreport.writers.html import render_html

pytest_plugins = ("sphinx.testing.fixtures", "sphinx_conftest")

ATTACKS = [
    '<a href="javascript:alert(1)">a</a>',
    '<a href="JaVaScRiPt:alert(1)">a</a>',
    '<a href="  javascript:alert(1)">a</a>',
    '<a href="java&#x09;script:alert(1)">a</a>',
    '<a href="java\tscript:alert(1)">a</a>',
    '<a href="&#106;avascript:alert(1)">a</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105'
    '&#0000112&#0000116&#0000058alert(1)">a</a>',
    '<a href="\x01javascript:alert(1)">a</a>',
    '<a href="vbscript:msgbox(1)">a</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>',
    '<img src="javascript:alert(1)" alt="x">',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">',
    '<iframe src="javascript:alert(1)" title="x"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>" title="x"></iframe>',
    '<iframe src="data:text/html,<script>alert(1)</script>" title="x"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<blockquote cite="javascript:alert(1)"><p>q</p></blockquote>',
    '<svg><script>alert(1)</script></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<p onclick="alert(1)">p</p>',
    '<img src=x onerror=alert(1)>',
]
_UNSAFE_SCHEME = re.compile(r"^(javascript|vbscript|data|file|blob):", re.IGNORECASE)
_URL_ATTRIBUTES = ("href", "src", "cite", "action", "formaction", "data", "poster",
                   "background")
_ACTIVE_TAGS = {"script", "object", "embed", "form", "svg", "math", "style", "base",
                "frame", "frameset", "applet", "meta", "link"}


def _browser_url(value: str) -> str:
    """The address as a browser reads it: edges trimmed, tabs and newlines removed."""
    return re.sub(r"[\t\n\r]", "", value.strip("".join(chr(c) for c in range(0x21))))


def assert_runs_no_script(markup: str) -> None:
    """No element, attribute or address in ``markup`` that can run script."""
    root = html.fragment_fromstring(markup, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            assert not isinstance(element, html.HtmlComment) or "<" not in element.text
            continue
        assert element.tag.lower() not in _ACTIVE_TAGS, markup
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (name, markup)
            assert name.lower() != "srcdoc", markup
            if name.lower() in _URL_ATTRIBUTES:
                assert not _UNSAFE_SCHEME.match(_browser_url(value)), (name, value, markup)


def _report(body: str, title: str = "", url: str | None = None) -> Report:
    return Report(local_offer=LocalOffer(url=url),
                  sections=(Section(item="1", title=title, body=body),
                            Section(item="2", body="<p>After.</p>")))


def test_every_known_attack_is_removed_by_both_writers() -> None:
    for attack in ATTACKS:
        report = _report(attack)
        assert_runs_no_script(render_html(report))
        blocks = render_blocks(report)
        assert_runs_no_script(blocks)


def test_the_yaml_reader_and_the_importer_apply_the_same_policy() -> None:
    body = "\n".join(ATTACKS)
    loaded = load_report(yaml.safe_dump({"sections": [{"item": "1", "body": body}]}))
    assert_runs_no_script(loaded.sections[0].body)
    imported = import_report(f"<h2>What kinds of SEN we provide for</h2>{body}", source="x")
    for section in imported.sections:
        assert_runs_no_script(section.body)


def test_safe_addresses_are_kept() -> None:
    body = ('<p><a href="https://example.org/a?b=c">a</a> <a href="mailto:x@example.org">m</a> '
            '<a href="tel:+441632960123">t</a> <a href="/local/page">r</a> '
            '<a href="#item-3a">f</a> <a href="page.html">p</a></p>')
    out = render_html(_report(body))
    for href in ("https://example.org/a?b=c", "mailto:x@example.org", "tel:+441632960123",
                 "/local/page", "#item-3a", "page.html"):
        assert f'href="{href}"' in out
    assert safe_url("HTTPS://example.org") and not safe_url("javascript:x")
    assert not safe_url("java\nscript:x") and not safe_url("data:text/html,x")


def test_a_local_offer_address_that_is_a_script_is_not_written() -> None:
    for url, written in (("javascript:alert(1)", False), ("https://example.org/lo", True)):
        report = Report(local_offer=LocalOffer(url=url), sections=(Section(item="13"),))
        assert (f'href="{url}"' in render_html(report)) is written


def test_a_link_title_cannot_close_the_report_block() -> None:
    hostile = "--><!-- /wp:senreport/section --><!-- /wp:senreport/report -->"
    body = f'<p><a href="https://example.org" title="{html_escape(hostile)}">link</a></p>'
    markup = render_blocks(_report(body, title=hostile))
    top = [block.name for block in parse_blocks(markup)]
    assert top == ["senreport/report"], top
    back = report_from_blocks(markup)
    assert back is not None and [s.item for s in back.sections] == ["1", "2"]
    link = html.fragment_fromstring(back.sections[0].body).find(".//a")
    assert link.get("title") == hostile


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(
        ">", "&gt;")


def test_block_attributes_are_escaped_as_wordpress_escapes_them() -> None:
    attrs = {"school": {"name": 'A "quoted" -- <b> & \\" name\\'}}
    text = serialise_attrs(attrs)
    assert text == ('{"school":{"name":"A \\u0022quoted\\u0022 \\u002d\\u002d \\u003cb\\u003e '
                    '\\u0026 \\\\\\u0022 name\\\\"}}')
    assert json.loads(text) == attrs
    assert "--" not in text and '\\"' not in text.replace("\\\\", "")


_SCHEMES = st.sampled_from(["javascript", "vbscript", "data", "JavaScript", "jAvAsCrIpT",
                            "https", "mailto", "tel", "livescript", ""])
_NOISE = st.sampled_from(["", "\t", "\n", "\r", "\x00", "\x01", " ", "\x0b", "\x1f"])


@st.composite
def hostile_urls(draw: st.DrawFn) -> str:
    scheme = draw(_SCHEMES)
    chars = []
    for char in scheme:
        chars.append(draw(_NOISE) if draw(st.booleans()) else "")
        way = draw(st.integers(0, 3))
        chars.append(char if way == 0 else f"&#{ord(char)};" if way == 1
                     else f"&#x{ord(char):x};" if way == 2 else f"&#0000{ord(char)}")
    lead = draw(_NOISE)
    rest = draw(st.sampled_from(["alert(1)", "text/html,<script>alert(1)</script>",
                                 "//example.org/", "image/png;base64,AAAA"]))
    return f"{lead}{''.join(chars)}{'&#58;' if draw(st.booleans()) else ':'}{rest}"


_TAGS = st.sampled_from(["a", "img", "iframe", "object", "embed", "form", "p", "div", "svg",
                         "math", "script", "style", "blockquote", "span", "h2", "video",
                         "base", "meta", "link", "template", "noscript", "button", "table"])
_ATTRIBUTE_NAMES = st.sampled_from(["href", "src", "srcdoc", "action", "formaction", "data",
                                    "cite", "onclick", "onerror", "ONLOAD", "style", "title",
                                    "poster", "xlink:href"])


@st.composite
def hostile_html(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        tag = draw(_TAGS)
        attrs = " ".join(
            f'{draw(_ATTRIBUTE_NAMES)}="{draw(hostile_urls())}"'
            for _ in range(draw(st.integers(0, 3))))
        inner = draw(hostile_html(depth + 1)) if depth < 2 and draw(st.booleans()) else "x"
        close = "" if draw(st.integers(0, 4)) == 0 else f"</{tag}>"
        parts.append(f"<{tag} {attrs}>{inner}{close}")
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(["<!--", "-->", "<![CDATA[", "]]>", "<", "&"])))
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=hostile_html(), title=st.text(max_size=40))
def test_no_script_survives_any_writer(body: str, title: str) -> None:
    report = _report(body, title=title)
    assert_runs_no_script(render_html(report))
    markup = render_blocks(report)
    assert_runs_no_script(markup)
    assert [block.name for block in parse_blocks(markup)] == ["senreport/report"]
    back = report_from_blocks(markup)
    assert back is not None and [s.item for s in back.sections] == ["1", "2"]


def test_a_sphinx_build_of_a_hostile_report_runs_no_script(
        make_sphinx_app, tmp_path: Path) -> None:
    body = "\n".join(ATTACKS)
    files = {
        "conf.py": 'extensions = ["sphinx_senreport"]\nsenreport_today = "2026-10-01"\n',
        "index.rst": "Report\n======\n\n.. sen-report:: report.yaml\n   :no-warnings:\n",
        "report.yaml": yaml.safe_dump({"school": {"name": "Hostile School"},
                                       "sections": [{"item": "1", "body": body}]}),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    app = make_sphinx_app("html", srcdir=tmp_path)
    app.build()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    start, end = page.index('<div class="senreport-report"'), page.rindex("</section>")
    assert_runs_no_script(page[start:end])
    assert "alert(1)" not in page[start:end].replace("alert(1)</", "")


def test_inject_writes_block_attributes_with_the_same_escaping() -> None:
    from sidecar.inject import wp_attrs

    for value in ("ends in a backslash \\", 'a "quote"', "--><!-- /wp:senreport/report -->"):
        text = wp_attrs({"name": value})
        assert json.loads(text) == {"name": value} and "--" not in text and "<" not in text
