"""A real local WordPress (6.1 and 6.8) boots, and its REST API keeps block markup intact.

These tests boot real sites (MariaDB + PHP's built-in server on 127.0.0.1) through
tests/wordpress_harness.py; they fail, never skip, when WordPress cannot start.
"""

from __future__ import annotations

import json
import socket

import pytest
import requests

try:
    from tests.wordpress_harness import VERSIONS, WordPressSite, WordPressStartError
except ImportError:  # tests/ itself on sys.path (pytest's default rootdir-less import)
    from wordpress_harness import VERSIONS, WordPressSite, WordPressStartError

pytestmark = pytest.mark.wordpress

# Block markup as the block editor serialises it: block comments with JSON attributes
# (nested, with a "/" in the name, unregistered blocks included), non-ASCII text, entities,
# blank lines between blocks, and no trailing newline. The attributes are in the editor's
# canonical form (compact JSON, non-ASCII and "/" unescaped, & < > " -- as \u escapes):
# WordPress 6.8 re-serialises block delimiters on a REST save, 6.1 does not (see below).
BLOCK_MARKUP = (
    "<!-- wp:senreport/report "
    '{"school":"St Mary\u2019s C of E \\u0026 Primary","reviewed":"2026-09-01"} -->\n'
    '<div class="wp-block-senreport-report">'
    '<!-- wp:senreport/section {"item":"3a"} -->\n'
    '<div class="wp-block-senreport-section">'
    '<!-- wp:heading {"level":2} -->\n'
    '<h2 class="wp-block-heading">How we identify children\u2019s needs</h2>\n'
    "<!-- /wp:heading -->\n\n"
    "<!-- wp:paragraph -->\n"
    "<p>Our SENCO, Ms Ad\u00e9la \u00d8stergaard, answers on 01234 567890 &amp; "
    '<a href="mailto:senco@example.org">senco@example.org</a>. Fees: \u00a30.</p>\n'
    "<!-- /wp:paragraph -->\n\n"
    "<!-- wp:list -->\n"
    "<ul><li>Early Years &lt;5</li><li>Key Stage 1 &gt; 2</li></ul>\n"
    "<!-- /wp:list -->"
    "</div>\n"
    "<!-- /wp:senreport/section -->"
    "</div>\n"
    "<!-- /wp:senreport/report -->\n\n"
    '<!-- wp:senreport/local-offer-link {"url":"https://example.org/send/local-offer"} /-->'
)


@pytest.fixture(scope="module", params=VERSIONS, ids=[f"wp{v}" for v in VERSIONS])
def site(request):
    with WordPressSite.start(request.param) as wp:
        yield wp


def test_boots_the_expected_version(site):
    assert site.wp_version.startswith(site.version + ".")
    assert site.url.startswith("http://127.0.0.1:")
    assert site.theme == "twentytwentyone"
    assert site.app_password and site.user == "admin"


def test_rest_index_answers(site):
    response = requests.get(site.url + "/wp-json/", timeout=10)
    assert response.status_code == 200, response.text[:500]
    index = response.json()
    assert "wp/v2" in index["namespaces"]
    assert index["url"] == site.url
    assert index["home"] == site.url


def test_application_password_authenticates(site):
    response = requests.get(
        site.rest_url("wp/v2/users/me"), params={"context": "edit"}, auth=site.auth, timeout=10
    )
    assert response.status_code == 200, response.text[:500]
    assert response.json()["slug"] == "admin"
    anonymous = requests.get(site.rest_url("wp/v2/users/me"), timeout=10)
    assert anonymous.status_code == 401


def test_page_round_trips_block_markup_byte_identical(site):
    body = json.dumps(
        {
            "title": "SEN Information Report",
            "slug": "sen-information-report",
            "status": "publish",
            "content": BLOCK_MARKUP,
        }
    ).encode("utf-8")
    created = requests.post(
        site.rest_url("wp/v2/pages"),
        data=body,
        auth=site.auth,
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert created.status_code == 201, created.text[:500]
    page_id = created.json()["id"]

    fetched = requests.get(
        site.rest_url(f"wp/v2/pages/{page_id}"),
        params={"context": "edit"},
        auth=site.auth,
        timeout=10,
    )
    assert fetched.status_code == 200, fetched.text[:500]
    raw = fetched.json()["content"]["raw"]
    assert raw.encode("utf-8") == BLOCK_MARKUP.encode("utf-8")

    # Pretty permalinks work through the router: the published page is at /<slug>/.
    public = requests.get(site.url + "/sen-information-report/", timeout=10)
    assert public.status_code == 200
    assert "How we identify children\u2019s needs" in public.text


# Non-canonical block delimiters: (what was posted, what WordPress 6.8 stores). 6.1 stores
# every one of them as posted; 6.8 parses and re-serialises the blocks of a REST save, so a
# client that wants a byte-identical round trip (and "unchanged" detection) must write the
# canonical form itself.
NON_CANONICAL = [
    (
        '<!-- wp:senreport/report {"school":"St Mary\\u2019s"} /-->',
        '<!-- wp:senreport/report {"school":"St Mary\u2019s"} /-->',
    ),
    (
        '<!-- wp:heading {"level": 2} -->\n<h2>x</h2>\n<!-- /wp:heading -->',
        '<!-- wp:heading {"level":2} -->\n<h2>x</h2>\n<!-- /wp:heading -->',
    ),
    (
        '<!-- wp:senreport/report {"a":"x & y < z"} /-->',
        '<!-- wp:senreport/report {"a":"x \\u0026 y \\u003c z"} /-->',
    ),
    (
        '<!-- wp:senreport/report {"u":"https:\\/\\/example.org"} /-->',
        '<!-- wp:senreport/report {"u":"https://example.org"} /-->',
    ),
    (
        "<!-- wp:core/paragraph -->\n<p>x</p>\n<!-- /wp:core/paragraph -->",
        "<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->",
    ),
]


def test_block_delimiter_serialisation_by_version(site):
    for posted, canonical in NON_CANONICAL:
        created = requests.post(
            site.rest_url("wp/v2/pages"),
            auth=site.auth,
            timeout=10,
            json={"title": "t", "status": "draft", "content": posted},
        )
        assert created.status_code == 201, created.text[:500]
        raw = requests.get(
            site.rest_url(f"wp/v2/pages/{created.json()['id']}"),
            auth=site.auth,
            params={"context": "edit"},
            timeout=10,
        ).json()["content"]["raw"]
        expected = posted if site.version == "6.1" else canonical
        assert raw == expected, f"posted {posted!r}"


@pytest.mark.parametrize(
    "version,theme",
    [("6.1", "twentytwentythree"), ("6.8", "twentytwentyfive")],
    ids=["wp6.1-twentytwentythree", "wp6.8-twentytwentyfive"],
)
def test_block_theme_and_plugin_dir(tmp_path, version, theme):
    plugin = tmp_path / "senreport-probe"
    plugin.mkdir()
    (plugin / "senreport-probe.php").write_text(
        "<?php\n/**\n * Plugin Name: senreport probe\n */\n"
        "add_action('rest_api_init', function () {\n"
        "    register_rest_route('senreport-probe/v1', '/ping', [\n"
        "        'methods' => 'GET', 'permission_callback' => '__return_true',\n"
        "        'callback' => function () { return ['pong' => SENREPORT_PROBE]; },\n"
        "    ]);\n"
        "});\n"
    )
    with WordPressSite.start(
        version, plugin_dir=plugin, theme=theme, constants={"SENREPORT_PROBE": "it's here"}
    ) as wp:
        assert wp.theme == theme
        assert wp.plugins == ["senreport-probe/senreport-probe.php"]
        response = requests.get(wp.rest_url("senreport-probe/v1/ping"), timeout=10)
        assert response.status_code == 200, response.text[:500]
        assert response.json() == {"pong": "it's here"}
        parts = requests.get(
            wp.rest_url("wp/v2/template-parts"), params={"area": "footer"}, auth=wp.auth, timeout=10
        )
        assert parts.status_code == 200 and parts.json(), parts.text[:500]


def test_stop_ends_processes_and_removes_the_work_dir():
    wp = WordPressSite.start("6.1")
    workdir, port = wp.workdir, wp.port
    php, mariadb = wp._php, wp._mariadb
    wp.stop()
    assert php.poll() is not None and mariadb.poll() is not None
    assert not workdir.exists()
    with socket.socket() as sock:
        # The port is free again (SO_REUSEADDR: closed connections may sit in TIME_WAIT).
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
    wp.stop()  # twice is harmless


def test_start_failure_is_loud_and_cleans_up(tmp_path):
    workdir = tmp_path / "site"
    with pytest.raises(WordPressStartError, match="theme 'no-such-theme'"):
        WordPressSite.start("6.1", theme="no-such-theme", workdir=workdir)
    # A given work dir is left for inspection (with its logs), but nothing runs any more.
    assert (workdir / "logs" / "install.out").exists()
    pid_file = workdir / "mysqld.pid"
    if pid_file.exists():
        pid = int(pid_file.read_text().strip())
        assert not _running(pid)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False
