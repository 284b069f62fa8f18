"""Findings on WordPress block markup carry the path of blocks down to the element."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from lxml import html

from senreport.block_locations import block_paths
from senreport.check import check

NESTED = """<!-- wp:paragraph -->
<p>Intro text.</p>
<!-- /wp:paragraph -->

<!-- wp:group -->
<div class="wp-block-group"><!-- wp:heading -->
<h2>Contact</h2>
<!-- /wp:heading -->

<!-- wp:columns -->
<div class="wp-block-columns"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>Ring us.</p>
<!-- /wp:paragraph --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:paragraph -->
<p>For more, <a href="https://example.org/x">click here</a>.</p>
<!-- /wp:paragraph -->

<!-- wp:image -->
<figure class="wp-block-image"><img src="https://example.org/a.png" alt=""/></figure>
<!-- /wp:image --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group -->
<p>Loose HTML between blocks: a <a href="/y">here</a> link.</p>
<!-- wp:separator /-->
<!-- wp:paragraph -->
<p>Read <a href="/z">click here</a></p>
<!-- /wp:paragraph -->
"""


def _located(content: str) -> dict[str, list[int]]:
    result = check(content, source="page.html")
    return {f.excerpt: list(f.location.block) for f in result.findings
            if f.location is not None and f.location.block is not None}


def test_each_finding_names_the_innermost_block_that_holds_it() -> None:
    # group (1) > columns (1) > second column (1) > its first paragraph (0)
    result = check(NESTED, source="page.html")
    links = sorted(list(f.location.block) for f in result.findings
                   if f.code == "AX120" and f.location and f.location.block)
    assert links == [[1, 1, 1, 0], [2], [4]]


def test_html_between_top_level_blocks_counts_as_one_block_and_white_space_as_none() -> None:
    body = html.document_fromstring(f"<html><body>{NESTED}</body></html>").find("body")
    paths, _lines = block_paths(body)
    by_text = {el.text_content().strip()[:12]: path for el, path in paths.items()
               if el.tag == "p"}
    assert by_text["Intro text."] == (0,)
    assert by_text["Ring us."] == (1, 1, 0, 0)
    assert by_text["Loose HTML b"] == (2,)  # a Classic block in the editor
    assert by_text["Read click h"] == (4,)  # after the self-closing separator (3)


def test_inner_html_between_inner_blocks_belongs_to_the_block() -> None:
    content = ("<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>One</li>\n<!-- /wp:list-item -->"
               "\n<li>Stray <a href='/a'>click here</a></li>\n</ul>\n<!-- /wp:list -->")
    assert _located(content)["click here"] == [0]


def test_html_input_has_no_block_in_its_locations() -> None:
    result = check("<h1>Report</h1><p>See <a href='/a'>click here</a>.</p>", source="p.html")
    located = [f for f in result.findings if f.location is not None]
    assert located and all(f.location.block is None for f in located)
    assert all("block" not in f.to_dict()["location"] for f in located)


def test_the_cli_json_has_the_block_path(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(NESTED, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "senreport", "check", str(page),
                          "--format", "json"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 1, out.stderr
    findings = json.loads(out.stdout)["findings"]
    blocks = sorted(f["location"]["block"] for f in findings
                    if f["code"] == "AX120")
    assert blocks == [[1, 1, 1, 0], [2], [4]]


def test_validate_answers_the_block_path(client) -> None:
    response = client.post("/v1/validate", json={"content": NESTED})
    assert response.status_code == 200
    blocks = sorted(f["location"]["block"] for f in response.get_json()["findings"]
                    if f["code"] == "AX120")
    assert blocks == [[1, 1, 1, 0], [2], [4]]
