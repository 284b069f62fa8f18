"""wp-bridge, the WordPress plugin, on a real WordPress 6.1 and 6.8.

One site per version for the whole module, its connection set by the wp-config.php constants
SENREPORT_SIDECAR_URL / SENREPORT_SHARED_SECRET. The senreport service is a small stub run
here on 127.0.0.1: it checks the X-SENReport-Signature of every request with the shared
secret (the contract under test) and answers fixed check results. The real service is tested
on its own.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from lxml import html as lxml_html

try:
    from tests.wordpress_harness import VERSIONS, WordPressSite, free_port
except ImportError:  # tests/ itself on sys.path
    from wordpress_harness import VERSIONS, WordPressSite, free_port

from senreport.catalogue import SCHEDULE_1

pytestmark = pytest.mark.wordpress

REPO = Path(__file__).resolve().parents[1]
PLUGIN = REPO / "wp-bridge"
SECRET = "test-secret-\u00e9-0123456789abcdef"
ITEM_IDS = [item.id for item in SCHEDULE_1]
FINGERPRINT_SENCO = "f00dfeedbeef0004"

REPORT_ATTRS = (
    '{"kind":"sen-report","school":{"name":"Oakfield Primary School","type":"mainstream"},'
    '"senco":{"name":"Mrs Ayesha Khan","title":"SENCO","email":"senco@oak.sch.uk",'
    '"phone":"01632 960123"},"local_offer":{"authority":"Exampleshire",'
    '"url":"https://ex.gov.uk/lo"},"reviewed":"2026-09-01","next_review":"2027-09-01"}'
)


def section(item: str, heading: str, text: str) -> str:
    return (
        f'<!-- wp:senreport/section {{"item":"{item}"}} -->\n'
        f"<!-- wp:heading -->\n<h2>{heading}</h2>\n<!-- /wp:heading -->\n\n"
        f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->\n"
        "<!-- /wp:senreport/section -->"
    )


REPORT = (
    f"<!-- wp:senreport/report {REPORT_ATTRS} -->\n"
    + "\n\n".join(
        [
            section("1", "What kinds of special educational needs do we provide for?",
                    "We welcome children with needs in all four broad areas."),
            section("4", "Who is our SENCO?",
                    "Mrs Khan works at school on Monday, Tuesday and Thursday."),
            section("13", "Where can I find the Local Offer?",
                    "The Local Offer sets out the support in Exampleshire."),
        ]
    )
    + "\n<!-- /wp:senreport/report -->"
)

# The fallback markup the service writes inside a Local Offer link block.
LOCAL_OFFER_FALLBACK = (
    "<!-- wp:senreport/local-offer-link "
    '{"authority":"Exampleshire","url":"https://ex.gov.uk/lo"} -->\n'
    '<p class="wp-block-senreport-local-offer-link"><a href="https://ex.gov.uk/lo">'
    "Exampleshire's Local Offer</a>: support for children and young people with special "
    "educational needs and disabilities.</p>\n<!-- /wp:senreport/local-offer-link -->"
)


def check_result(errors: bool) -> dict[str, Any]:
    """A check result in the contract's shape: clean, or with item 4 missing (SR104)."""
    coverage = {item: "in_place" for item in ITEM_IDS}
    findings: list[dict[str, Any]] = [
        {
            "code": "PL103",
            "severity": "warning",
            "message": "'SENCO' is used before it is explained.",
            "item": None,
            "location": {"xpath": "/html/body/p[1]", "line": 3},
            "fingerprint": "aaaabbbbccccdddd",
        }
    ]
    if errors:
        coverage["4"] = "not_in_place"
        findings.insert(
            0,
            {
                "code": "SR104",
                "severity": "error",
                "message": "The report does not say who the SENCO is.",
                "item": "4",
                "location": {"xpath": "/html/body/h2[2]", "line": 8},
                "fingerprint": FINGERPRINT_SENCO,
            },
        )
    return {
        "kind": "sen-report",
        "coverage": coverage,
        "facts": {"senco_name": "Mrs Ayesha Khan", "local_offer_url": "https://ex.gov.uk/lo"},
        "findings": findings,
        "summary": {"errors": int(errors), "warnings": 1, "info": 0},
    }


# --------------------------------------------------------------------------------------------
# The stub service
# --------------------------------------------------------------------------------------------


class StubSidecar:
    """The service's HTTP contract, answered from fixed data; signatures really verified."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mode = "clean"  # clean | error | slow | http500 | busy
        self.marks_acknowledged = True  # whether it marks acknowledged findings itself
        self.requests: list[dict[str, Any]] = []
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    def verify(self, header: str, body: bytes) -> bool:
        match = re.fullmatch(r"t=(\d+),v1=([0-9a-f]{64})", header or "")
        if not match or abs(time.time() - int(match.group(1))) > 300:
            return False
        expected = hmac.new(
            self.secret.encode(), match.group(1).encode() + b"." + body, hashlib.sha256
        ).hexdigest()
        return hmac.compare_digest(expected, match.group(2))

    def answer(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        result = check_result(errors=self.mode == "error")
        acks = (body.get("acknowledgements") or {}) if self.marks_acknowledged else {}
        for finding in result["findings"]:
            if finding["fingerprint"] in acks:
                finding["acknowledged"] = {"reason": acks[finding["fingerprint"]]}
        return result

    def start(self) -> None:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the caller gave up (its timeout): that is the point of "slow"

            def do_GET(self) -> None:  # noqa: N802
                with stub._lock:
                    stub.requests.append({"method": "GET", "path": self.path})
                if self.path == "/healthz":
                    self._reply(200, {"status": "ok"})
                else:
                    self._reply(404, {"error": {"code": "not_found", "message": "no such path"}})

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                signed = stub.verify(self.headers.get("X-SENReport-Signature", ""), raw)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                with stub._lock:
                    stub.requests.append(
                        {"method": "POST", "path": self.path, "body": body, "signed": signed}
                    )
                if not signed:
                    error = {"code": "bad_signature", "message": "bad signature"}
                    self._reply(401, {"error": error})
                    return
                if stub.mode == "slow":
                    time.sleep(5)
                if stub.mode == "http500":
                    self._reply(500, {"error": {"code": "internal", "message": "boom"}})
                    return
                if stub.mode == "busy":  # the real service's admission control refusing
                    self._reply(503, {"error": {"code": "busy", "message": "busy"}})
                    return
                if self.path == "/v1/hooks/wordpress/ping":
                    self._reply(200, {"status": "ok", "signature": "valid"})
                    return
                if self.path in ("/v1/hooks/wordpress/save", "/v1/validate"):
                    self._reply(200, stub.answer(self.path, body or {}))
                else:
                    self._reply(404, {"error": {"code": "not_found", "message": "no such path"}})

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def take(self, path: str | None = None) -> list[dict[str, Any]]:
        """The requests received so far (to ``path`` only, if given), and forget them."""
        with self._lock:
            taken, self.requests = self.requests, []
        return [r for r in taken if path is None or r["path"] == path]


# --------------------------------------------------------------------------------------------
# Fixtures and helpers
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stub():
    sidecar = StubSidecar(SECRET)
    sidecar.start()
    yield sidecar
    sidecar.stop()


@pytest.fixture(scope="module", params=VERSIONS, ids=[f"wp{v}" for v in VERSIONS])
def site(request, stub, tmp_path_factory):
    debug_log = tmp_path_factory.mktemp(f"wp{request.param}") / "debug.log"
    with WordPressSite.start(
        request.param,
        plugin_dir=PLUGIN,
        constants={
            "SENREPORT_SIDECAR_URL": stub.url,
            "SENREPORT_SHARED_SECRET": SECRET,
            "WP_DEBUG": True,
            "WP_DEBUG_DISPLAY": False,
            "WP_DEBUG_LOG": str(debug_log),
        },
    ) as wp:
        wp.debug_log = debug_log  # type: ignore[attr-defined]
        yield wp


@pytest.fixture(autouse=True)
def clean_stub(stub):
    if stub._server is None:
        stub.start()
    stub.mode = "clean"
    stub.marks_acknowledged = True
    stub.take()
    yield
    if stub._server is None:
        stub.start()


@pytest.fixture(scope="module")
def admin(site):
    """A logged-in browser-like session for wp-admin (cookies, nonces)."""
    session = requests.Session()
    session.trust_env = False
    session.get(f"{site.url}/wp-login.php", timeout=10)
    response = session.post(
        f"{site.url}/wp-login.php",
        data={
            "log": site.user,
            "pwd": site.password,
            "wp-submit": "Log In",
            "redirect_to": f"{site.url}/wp-admin/",
            "testcookie": "1",
        },
        timeout=10,
    )
    assert response.status_code == 200, response.text[:500]
    assert any(c.name.startswith("wordpress_logged_in") for c in session.cookies)
    return session


def rest(site, method: str, route: str, **kwargs: Any) -> requests.Response:
    return requests.request(
        method, site.rest_url(route), auth=site.auth, timeout=20,
        proxies={"http": "", "https": ""}, **kwargs,
    )


def create_page(
    site, content: str = REPORT, status: str = "draft", **extra: Any
) -> requests.Response:
    page = {"title": "SEN information report", "content": content, "status": status, **extra}
    return rest(site, "POST", "wp/v2/pages", json=page)


def get_page(site, page_id: int) -> dict[str, Any]:
    """A page as the editor reads it (context=edit: raw content, meta)."""
    response = rest(site, "GET", f"wp/v2/pages/{page_id}", params={"context": "edit"})
    assert response.status_code == 200, response.text[:300]
    return response.json()


def paragraph(text: str) -> str:
    return f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->"


def findings_meta(page: dict[str, Any]) -> dict[str, Any]:
    text = page["meta"]["senreport_findings"]
    assert text, "no senreport_findings meta"
    return json.loads(text)


def checked(record: dict[str, Any]) -> dict[str, Any]:
    """A stored check result without the time the plugin stamps on it (checked_at)."""
    stamped = dict(record)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", stamped.pop("checked_at", ""))
    return stamped


def plugin_log_lines(site) -> list[str]:
    """PHP errors, warnings, notices or deprecations that name the plugin, any fatal error, and
    any misuse of a WordPress API (core's own PHP 8.2 deprecations are not the plugin's)."""
    lines = []
    for path in (site.debug_log, site.logdir / "php-error.log", site.logdir / "php-server.log"):
        if Path(path).exists():
            for line in Path(path).read_text(errors="replace").splitlines():
                if (
                    f"/plugins/{PLUGIN.name}/" in line
                    or "senreport_bridge" in line
                    or "senreport-bridge" in line
                    or "Fatal" in line
                    # _doing_it_wrong() and _deprecated_*() name WordPress's files, not ours.
                    or "was called <strong>incorrectly" in line
                    or "called incorrectly" in line
                    or "is <strong>deprecated" in line
                ):
                    lines.append(line)
    return lines


def form_fields(page_html: str, action_contains: str) -> dict[str, str]:
    """The values a browser would submit from the form whose action contains the text."""
    doc = lxml_html.fromstring(page_html)
    form = next(f for f in doc.forms if action_contains in (f.action or ""))
    values: dict[str, str] = {}
    for control in form.inputs:
        name = control.get("name")
        if not name or control.get("disabled") is not None:
            continue
        if control.tag == "input" and control.get("type") in ("submit", "button"):
            continue
        if control.tag == "input" and control.get("type") == "checkbox":
            if control.checked:
                values[name] = control.get("value") or "on"
            continue
        values[name] = control.value or ""
    return values


def save_settings(site, admin, **changes: str | None) -> str:
    """Submit Settings > senreport with some fields changed (None unticks a checkbox)."""
    page = admin.get(f"{site.url}/wp-admin/options-general.php?page=senreport", timeout=10)
    assert page.status_code == 200
    values = form_fields(page.text, "options.php")
    for key, value in changes.items():
        name = f"senreport_bridge_settings[{key}]"
        if value is None:
            values.pop(name, None)
        else:
            values[name] = value
    response = admin.post(f"{site.url}/wp-admin/options.php", data=values, timeout=10)
    assert response.status_code == 200, response.text[:500]
    return response.text


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------


def test_plugin_is_active_without_php_warnings(site):
    response = rest(site, "GET", "wp/v2/plugins")
    assert response.status_code == 200, response.text[:300]
    plugins = {p["plugin"]: p for p in response.json()}
    plugin = plugins[f"{PLUGIN.name}/senreport-bridge"]
    assert plugin["status"] == "active"
    assert plugin["name"] == "senreport bridge"
    assert plugin["textdomain"] == "senreport-bridge"
    assert plugin["requires_wp"] == "6.1" and plugin["requires_php"] == "8.0"
    # A page view and an admin view run every hook the plugin adds at load.
    assert requests.get(site.url + "/", timeout=10).status_code == 200
    assert plugin_log_lines(site) == []


def test_the_three_blocks_are_registered(site):
    report = rest(site, "GET", "wp/v2/block-types/senreport/report")
    assert report.status_code == 200, report.text[:300]
    data = report.json()
    assert set(data["attributes"]) >= {
        "kind", "school", "senco", "local_offer", "reviewed", "next_review"
    }
    assert data["provides_context"] == {
        "senreport/senco": "senco", "senreport/localOffer": "local_offer"
    }
    assert data["is_dynamic"] is True
    assert "senreport-bridge-report" in json.dumps(data)  # the editor script, by handle

    section_type = rest(site, "GET", "wp/v2/block-types/senreport/section").json()
    assert section_type["parent"] == ["senreport/report"]
    assert section_type["attributes"]["item"]["enum"] == ITEM_IDS + ["other"]
    assert set(section_type["uses_context"]) == {"senreport/senco", "senreport/localOffer"}

    link = rest(site, "GET", "wp/v2/block-types/senreport/local-offer-link").json()
    assert set(link["attributes"]) >= {"authority", "url"}
    assert link["is_dynamic"] is True


def test_save_calls_the_service_signed_and_stores_its_findings(site, stub):
    response = create_page(site)
    assert response.status_code == 201, response.text[:500]
    page = response.json()
    assert checked(findings_meta(page)) == check_result(errors=False)

    calls = stub.take("/v1/hooks/wordpress/save")
    assert len(calls) == 1
    call = calls[0]
    assert call["signed"] is True
    raw = get_page(site, page["id"])
    body = call["body"]
    # A fresh id per call, so that two identical saves never share a signature.
    assert re.fullmatch(r"[0-9a-f-]{36}", body.pop("request_id"))
    assert body == {
        "site_url": site.url,
        "post_id": page["id"],
        "post_type": "page",
        "content": raw["content"]["raw"],
        "kind": "sen-report",
        "school_type": "mainstream",
        "acknowledgements": {},
    }
    # The markup stays as senreport wrote it: delimiters and inner blocks, no wrapper HTML.
    assert "<div" not in raw["content"]["raw"]
    assert checked(findings_meta(raw)) == check_result(errors=False)


def test_pages_without_a_report_are_not_sent(site, stub):
    response = create_page(site, content=paragraph("Term dates."))
    assert response.status_code == 201
    assert response.json()["meta"]["senreport_findings"] == ""
    assert stub.take("/v1/hooks/wordpress/save") == []


def test_a_page_with_senreport_kind_meta_is_sent_with_that_kind(site, stub):
    response = create_page(site, content=paragraph("Our SEND policy."),
                           meta={"senreport_kind": "send-policy"})
    assert response.status_code == 201, response.text[:300]
    (call,) = stub.take("/v1/hooks/wordpress/save")
    assert call["body"]["kind"] == "send-policy"
    assert findings_meta(response.json())["findings"]


def test_quick_edit_is_checked_once_outside_rest(site, admin, stub):
    page_id = create_page(site).json()["id"]
    stub.take()
    listing = admin.get(f"{site.url}/wp-admin/edit.php?post_type=page", timeout=10).text
    nonce = re.search(r'name="_inline_edit" value="([0-9a-f]+)"', listing).group(1)
    stub.mode = "error"
    quick = admin.post(f"{site.url}/wp-admin/admin-ajax.php", data={
        "action": "inline-save", "post_ID": page_id, "_inline_edit": nonce,
        "post_type": "page", "screen": "edit-page", "post_title": "SEN report (renamed)",
        "post_name": "", "_status": "draft", "post_author": "1",
    }, timeout=20)
    assert quick.status_code == 200 and "SEN report (renamed)" in quick.text
    calls = stub.take("/v1/hooks/wordpress/save")
    assert len(calls) == 1 and calls[0]["signed"] and calls[0]["body"]["post_id"] == page_id
    page = get_page(site, page_id)
    assert checked(findings_meta(page)) == check_result(errors=True)


@pytest.mark.parametrize("service_marks", [True, False], ids=["service-marks", "plugin-marks"])
def test_acknowledgements_travel_with_the_next_save(site, stub, service_marks):
    stub.mode = "error"
    stub.marks_acknowledged = service_marks
    page = create_page(site).json()
    assert findings_meta(page)["findings"][0]["fingerprint"] == FINGERPRINT_SENCO
    stub.take()
    acks = {FINGERPRINT_SENCO: "Our SENCO's details are in the report settings."}
    response = rest(site, "POST", f"wp/v2/pages/{page['id']}",
                    json={"meta": {"senreport_acknowledged": json.dumps(acks)}})
    assert response.status_code == 200, response.text[:500]
    (call,) = stub.take("/v1/hooks/wordpress/save")
    assert call["body"]["acknowledgements"] == acks
    stored = findings_meta(response.json())
    assert stored["findings"][0]["acknowledged"] == {"reason": acks[FINGERPRINT_SENCO]}
    assert json.loads(response.json()["meta"]["senreport_acknowledged"]) == acks


@pytest.mark.parametrize("failure", ["down", "slow", "http500", "bad-secret"])
def test_save_succeeds_when_the_service_fails(site, stub, failure):
    page = create_page(site).json()
    if failure == "down":
        stub.stop()
    elif failure == "bad-secret":
        stub.secret = "another secret"
    else:
        stub.mode = failure
    try:
        started = time.monotonic()
        response = rest(site, "POST", f"wp/v2/pages/{page['id']}",
                        json={"content": REPORT.replace("Thursday", "Friday")})
        elapsed = time.monotonic() - started
    finally:
        stub.secret = SECRET
    assert response.status_code == 200, response.text[:500]
    stored = findings_meta(response.json())
    assert stored["unavailable"] is True
    # The last known findings stay, marked as from the last check (not wiped).
    assert stored["stale"] is True and stored["findings"] == check_result(errors=False)["findings"]
    assert stored["checked_at"] and stored["unavailable_at"] >= stored["checked_at"]
    if failure == "bad-secret":
        assert stored["reason"] == "refused"
        assert "refused" in stored["message"]
    else:
        assert stored["message"] == (
            "Checks are unavailable: the senreport service did not answer. Your changes were saved."
        )
    assert elapsed < 4.5, f"the save waited {elapsed:.1f} s for the service"
    saved = get_page(site, page["id"])
    assert "Friday" in saved["content"]["raw"]


def make_editor(site) -> tuple[str, str]:
    """A user with the editor role (no manage_options) and an application password."""
    name = f"editor{int(time.time() * 1000) % 10**8}"
    user = rest(site, "POST", "wp/v2/users", json={
        "username": name, "email": f"{name}@school.example", "password": "Editor-pass-1234",
        "roles": ["editor"]})
    assert user.status_code == 201, user.text[:300]
    key = rest(site, "POST", f"wp/v2/users/{user.json()['id']}/application-passwords",
               json={"name": "tests"})
    assert key.status_code == 201, key.text[:300]
    return name, key.json()["password"]


def test_required_mode_blocks_new_gaps_and_only_a_real_reason_from_an_administrator(
    site, admin, stub
):
    editor = make_editor(site)

    def as_editor(method: str, route: str, **kwargs: Any) -> requests.Response:
        return requests.request(method, site.rest_url(route), auth=editor, timeout=20,
                                proxies={"http": "", "https": ""}, **kwargs)

    stub.mode = "error"  # every check finds the SENCO item missing
    live = create_page(site, status="publish")  # published before required mode was on
    assert live.status_code == 201
    draft = create_page(site).json()  # its last check: the SENCO item missing
    ack = {FINGERPRINT_SENCO: "The SENCO's contact details are given in the block settings."}
    save_settings(site, admin, required_mode="1")
    try:
        # A typo fix on the live report goes through: its gap was there before.
        typo = as_editor("POST", f"wp/v2/pages/{live.json()['id']}",
                         json={"content": REPORT.replace("Thursday", "Thursday and Friday")})
        assert typo.status_code == 200, typo.text[:300]

        # An editor cannot acknowledge a statutory error, even with a good reason ...
        refused = as_editor("POST", f"wp/v2/pages/{draft['id']}", json={
            "status": "publish", "meta": {"senreport_acknowledged": json.dumps(ack)}})
        assert refused.status_code == 422, refused.text[:300]
        kept = as_editor("POST", f"wp/v2/pages/{draft['id']}",
                         json={"meta": {"senreport_acknowledged": json.dumps(ack)}})
        assert kept.status_code == 200 and kept.json()["meta"]["senreport_acknowledged"] == ""
        # ... and an administrator cannot wave it through with "ok".
        weak = rest(site, "POST", f"wp/v2/pages/{draft['id']}", json={
            "status": "publish",
            "meta": {"senreport_acknowledged": json.dumps({FINGERPRINT_SENCO: "ok"})}})
        assert weak.status_code == 422, weak.text[:300]

        # The service does not answer: the last stored result decides, the gate stays shut.
        stub.stop()
        down = rest(site, "POST", f"wp/v2/pages/{draft['id']}", json={"status": "publish"})
        assert down.status_code == 422, down.text[:300]
        assert "did not answer" in down.json()["message"]
        never = as_editor("POST", "wp/v2/pages", json={
            "title": "SEN report", "content": REPORT, "status": "publish"})
        assert never.status_code == 422 and "never been checked" in never.json()["message"]
        assert get_page(site, draft["id"])["status"] == "draft"

        # When the school lets editors acknowledge (Settings > senreport), this one may.
        stub.start()
        save_settings(site, admin, required_mode="1", override_capability="edit_others_pages")
        allowed = as_editor("POST", f"wp/v2/pages/{draft['id']}", json={
            "status": "publish", "meta": {"senreport_acknowledged": json.dumps(ack)}})
        assert allowed.status_code == 200, allowed.text[:300]
        assert json.loads(allowed.json()["meta"]["senreport_acknowledged"]) == ack
    finally:
        if stub._server is None:
            stub.start()
        save_settings(site, admin, required_mode=None, override_capability="manage_options")


def test_front_end_renders_sections_contact_and_local_offer(site):
    content = REPORT + "\n\n" + LOCAL_OFFER_FALLBACK
    page = create_page(site, content=content, status="publish").json()
    response = requests.get(page["link"], timeout=10)
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.text)

    report = doc.xpath('//div[contains(concat(" ", @class, " "), " senreport-report ")]')
    assert len(report) == 1
    sections = report[0].xpath('.//section[contains(@class, "senreport-section")]')
    assert [(s.get("id"), s.get("data-item")) for s in sections] == [
        ("item-1", "1"), ("item-4", "4"), ("item-13", "13"),
    ]
    assert [s.xpath("./h2")[0].text_content() for s in sections][1] == "Who is our SENCO?"

    contact = sections[1].xpath('.//p[@class="senreport-contact"]')
    assert len(contact) == 1
    assert contact[0].text_content() == (
        "Our SENCO is Mrs Ayesha Khan. Email: senco@oak.sch.uk. Telephone: 01632 960123."
    )
    assert contact[0].xpath(".//a/@href") == ["mailto:senco@oak.sch.uk", "tel:01632960123"]

    offer = sections[2].xpath('.//p[@class="senreport-local-offer"]/a')
    assert [(a.get("href"), a.text_content()) for a in offer] == [
        ("https://ex.gov.uk/lo", "Exampleshire's Local Offer")
    ]

    review = report[0].xpath('./p[@class="senreport-review"]')[0]
    assert review.xpath(".//time/@datetime") == ["2026-09-01", "2027-09-01"]
    assert "1 September 2026" in review.text_content()

    # The Local Offer link block renders once, from its attributes (the stored <p> is ignored).
    links = doc.xpath('//p[contains(@class, "wp-block-senreport-local-offer-link")]')
    assert len(links) == 1
    assert links[0].xpath("./a/@href") == ["https://ex.gov.uk/lo"]
    assert links[0].text_content() == (
        "Exampleshire's Local Offer: support for children and young people with special "
        "educational needs and disabilities."
    )
    # Headings in order: the page title (h1), then one h2 per section.
    levels = [int(h.tag[1]) for h in doc.xpath("//main//*[self::h1 or self::h2 or self::h3]")]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))
    assert len(set(doc.xpath("//@id"))) == len(doc.xpath("//@id"))


def test_settings_page_shows_constants_and_never_the_secret(site, admin):
    page = admin.get(f"{site.url}/wp-admin/options-general.php?page=senreport", timeout=10)
    assert page.status_code == 200
    assert "senreport settings" in page.text
    assert SECRET not in page.text
    assert page.text.count("Set in wp-config.php") >= 2
    doc = lxml_html.fromstring(page.text)
    url_field = doc.get_element_by_id("senreport_sidecar_url")
    assert url_field.get("disabled") is not None
    assert doc.get_element_by_id("senreport_shared_secret").get("value") == ""
    anonymous = requests.get(f"{site.url}/wp-admin/options-general.php?page=senreport",
                             timeout=10, allow_redirects=False)
    assert anonymous.status_code == 302


def test_settings_are_saved_and_sanitised(site, admin):
    text = save_settings(site, admin, authority="Exampleshire <b>County</b>",
                         local_offer_url="javascript:alert(1)", senco_email="not an email",
                         school_type="special")
    assert "Settings saved" in text
    page = admin.get(f"{site.url}/wp-admin/options-general.php?page=senreport", timeout=10).text
    doc = lxml_html.fromstring(page)
    assert doc.get_element_by_id("senreport_authority").get("value") == "Exampleshire County"
    assert doc.get_element_by_id("senreport_local_offer_url").get("value") == ""
    assert doc.get_element_by_id("senreport_senco_email").get("value") == ""
    selected = doc.xpath('//select[@id="senreport_school_type"]/option[@selected]/@value')
    assert selected == ["special"]
    save_settings(site, admin, authority="", school_type="mainstream")


def test_test_connection_button(site, admin, stub):
    page = admin.get(f"{site.url}/wp-admin/options-general.php?page=senreport", timeout=10)
    values = form_fields(page.text, "admin-post.php")
    assert values["action"] == "senreport_bridge_test_connection"
    result = admin.post(f"{site.url}/wp-admin/admin-post.php", data=values, timeout=10)
    assert result.status_code == 200
    assert "The senreport service answered (HTTP 200)." in result.text
    assert "The shared secret matches" in result.text
    calls = stub.take()
    assert {"method": "GET", "path": "/healthz"} in calls
    assert any(c["path"] == "/v1/hooks/wordpress/ping" and c["signed"] for c in calls)

    # A wrong secret: the address answers, the signed request is refused, and the test says so.
    stub.secret = "not the secret WordPress has"
    try:
        result = admin.post(f"{site.url}/wp-admin/admin-post.php", data=values, timeout=10)
    finally:
        stub.secret = SECRET
    assert "the secret here does not match SENREPORT_HOOK_SECRET" in result.text
    assert "notice-error" in result.text and "The shared secret matches" not in result.text

    stub.stop()
    result = admin.post(f"{site.url}/wp-admin/admin-post.php", data=values, timeout=10)
    assert "The senreport service did not answer" in result.text

    forged = dict(values, _wpnonce="0123456789")
    refused = admin.post(f"{site.url}/wp-admin/admin-post.php", data=forged, timeout=10)
    assert refused.status_code == 403


def test_editor_loads_the_plugin_scripts(site, admin):
    page = create_page(site).json()
    editor = admin.get(f"{site.url}/wp-admin/post.php?post={page['id']}&action=edit", timeout=20)
    assert editor.status_code == 200
    for asset in ("shared.js", "block-report.js", "block-section.js", "block-local-offer-link.js",
                  "checks.js", "block-findings.js", "finding-row.js", "editor.js",
                  "blocks-editor.css", "editor.css"):
        assert f"/plugins/{PLUGIN.name}/assets/{asset}" in editor.text, asset
    assert "window.senreportBridge = " in editor.text
    data = json.loads(re.search(r"window\.senreportBridge = (\{.*?\});\n", editor.text).group(1))
    assert [item["id"] for item in data["catalogue"]] == ITEM_IDS + ["other"]
    assert data["requiredMode"] is False
    # The block editor of a post (not a page) gets the blocks but not the checks panel.
    post = rest(site, "POST", "wp/v2/posts", json={"title": "News"}).json()
    other = admin.get(f"{site.url}/wp-admin/post.php?post={post['id']}&action=edit", timeout=20)
    assert f"/plugins/{PLUGIN.name}/assets/block-report.js" in other.text
    assert f"/plugins/{PLUGIN.name}/assets/editor.js" not in other.text
    assert plugin_log_lines(site) == []


def test_live_check_route(site, stub):
    page = create_page(site).json()
    stub.mode = "error"
    stub.take()
    response = rest(site, "POST", "senreport-bridge/v1/check",
                    json={"post_id": page["id"], "content": REPORT})
    assert response.status_code == 200, response.text[:300]
    assert response.json()["blocking"] == 1
    (call,) = stub.take("/v1/validate")
    assert call["signed"] and call["body"] == {
        "content": REPORT, "kind": "sen-report", "school_type": "mainstream"
    }
    anonymous = requests.post(site.rest_url("senreport-bridge/v1/check"),
                              json={"post_id": page["id"], "content": REPORT}, timeout=10)
    assert anonymous.status_code == 401
    stub.stop()
    down = rest(site, "POST", "senreport-bridge/v1/check",
                json={"post_id": page["id"], "content": REPORT})
    assert down.json()["unavailable"] is True
    assert "Your changes were saved" not in down.json()["message"]


def test_required_mode_refuses_publishing_with_statutory_errors(site, admin, stub):
    save_settings(site, admin, required_mode="1")
    try:
        stub.mode = "error"
        refused = create_page(site, status="publish")
        assert refused.status_code == 422, refused.text[:500]
        error = refused.json()
        assert error["code"] == "senreport_required"
        assert error["message"].startswith("This page cannot be published yet")
        assert "Who is our SENCO and how can I contact them? (item 4)" in error["message"]

        draft = create_page(site, status="draft")
        assert draft.status_code == 201
        page_id = draft.json()["id"]
        for status in ("publish", "future"):
            extra = {"date": "2031-01-01T09:00:00"} if status == "future" else {}
            attempt = rest(site, "POST", f"wp/v2/pages/{page_id}", json={"status": status, **extra})
            assert attempt.status_code == 422, (status, attempt.text[:300])
        assert get_page(site, page_id)["status"] == "draft"

        # Quick edit (admin-ajax, not REST) keeps the page a draft.
        listing = admin.get(f"{site.url}/wp-admin/edit.php?post_type=page", timeout=10).text
        nonce = re.search(r'name="_inline_edit" value="([0-9a-f]+)"', listing).group(1)
        quick = admin.post(f"{site.url}/wp-admin/admin-ajax.php", data={
            "action": "inline-save", "post_ID": page_id, "_inline_edit": nonce,
            "post_type": "page", "screen": "edit-page", "post_title": "SEN information report",
            "post_name": "", "_status": "publish", "post_author": "1",
        }, timeout=20)
        assert quick.status_code == 200
        assert get_page(site, page_id)["status"] == "draft"

        # An acknowledged finding does not block.
        acks = json.dumps({FINGERPRINT_SENCO: "Contact details are in the block settings."})
        allowed = rest(site, "POST", f"wp/v2/pages/{page_id}",
                       json={"status": "publish", "meta": {"senreport_acknowledged": acks}})
        assert allowed.status_code == 200, allowed.text[:300]

        # Clean content publishes; a published page with errors cannot be updated.
        stub.mode = "clean"
        clean = create_page(site, status="publish")
        assert clean.status_code == 201, clean.text[:300]
        stub.mode = "error"
        update = rest(site, "POST", f"wp/v2/pages/{clean.json()['id']}",
                      json={"content": REPORT.replace("Thursday", "Friday")})
        assert update.status_code == 422
        assert update.json()["message"].startswith("These changes cannot be published")
        assert "Thursday" in get_page(site, clean.json()["id"])["content"]["raw"]
        # When the service does not answer, publishing goes ahead (fail open).
        stub.stop()
        fail_open = create_page(site, status="publish")
        assert fail_open.status_code == 201, fail_open.text[:300]
        assert findings_meta(fail_open.json())["unavailable"] is True
    finally:
        if stub._server is None:
            stub.start()
        save_settings(site, admin, required_mode=None)
    stub.mode = "error"
    assert create_page(site, status="publish").status_code == 201


def test_required_mode_with_a_busy_service_saves_and_tells_the_administrators(
    site, admin, stub
):
    """The decision of issue 10: saves always go through; a page whose last check had a gap
    still cannot be published; a live page's changes go through unchecked but never silently:
    the editor is told and the administrators see the page listed until a check succeeds."""
    save_settings(site, admin, required_mode="1")
    try:
        live = create_page(site, status="publish")  # checked (clean) and published
        assert live.status_code == 201, live.text[:300]
        live_id = live.json()["id"]
        stub.mode = "error"
        draft = create_page(site).json()  # its last check: the SENCO item missing
        stub.mode = "busy"

        saved = rest(site, "POST", f"wp/v2/pages/{draft['id']}",
                     json={"content": REPORT.replace("Thursday", "Friday")})
        assert saved.status_code == 200, saved.text[:300]  # a draft save always goes through
        assert findings_meta(saved.json())["reason"] == "busy"
        refused = rest(site, "POST", f"wp/v2/pages/{draft['id']}", json={"status": "publish"})
        assert refused.status_code == 422, refused.text[:300]  # busy does not lift the gate
        assert get_page(site, draft["id"])["status"] == "draft"

        update = rest(site, "POST", f"wp/v2/pages/{live_id}",
                      json={"content": REPORT.replace("Thursday", "Friday")})
        assert update.status_code == 200, update.text[:300]
        stored = findings_meta(update.json())
        assert stored["unavailable"] is True and stored["published_unchecked"] is True
        assert stored["stale"] is True  # the last known findings stay shown
        assert stored["findings"] == check_result(errors=False)["findings"]
        assert stored["message"] == (
            "Checks are unavailable: the senreport service was too busy to check this page. "
            "Your changes were published without being checked; the findings shown are from "
            "the last check, and the site's administrators have been told.")
        edit_link = f"post.php?post={live_id}&"
        dashboard = admin.get(f"{site.url}/wp-admin/", timeout=20).text
        notice = dashboard.split('class="notice notice-warning senreport-unchecked"')[1]
        notice = notice.split("</div>")[0]
        assert "went live without being checked" in notice and edit_link in notice

        stub.mode = "clean"  # the service answers again: the next check takes it off the list
        checked = rest(site, "POST", f"wp/v2/pages/{live_id}",
                       json={"content": REPORT.replace("Thursday", "Monday")})
        assert checked.status_code == 200 and "unavailable" not in findings_meta(checked.json())
        assert edit_link not in admin.get(f"{site.url}/wp-admin/", timeout=20).text
    finally:
        save_settings(site, admin, required_mode=None)


def test_catalogue_matches_the_core():
    script = (
        "define('ABSPATH', '/'); function __($s, $d) { return $s; }"
        f"require '{PLUGIN / 'includes' / 'catalogue.php'}';"
        "echo json_encode(senreport_bridge_catalogue());"
    )
    out = subprocess.run(["php", "-r", script], capture_output=True, text=True, check=True).stdout
    items = json.loads(out)
    assert [i["id"] for i in items] == ITEM_IDS + ["other"]
    for item, core in zip(items, SCHEDULE_1, strict=False):
        assert item["heading"] == core.heading
        assert item["wording"] == core.wording
        assert item["question"] in core.faq
        assert item["school_types"] == list(core.school_types)


def test_no_php_errors_from_the_plugin(site):
    assert plugin_log_lines(site) == []


def test_uninstall_removes_options_and_meta(site):
    page = create_page(site).json()
    assert get_page(site, page["id"])["meta"]["senreport_findings"]
    script = (
        "$_SERVER['HTTP_HOST'] = '" + site.url.split("//")[1] + "';"
        "define('WP_UNINSTALL_PLUGIN', 'senreport-bridge/senreport-bridge.php');"
        f"require '{site.docroot}/wp-load.php';"
        f"include '{site.plugins_dir / PLUGIN.name / 'uninstall.php'}';"
        "global $wpdb;"
        "echo json_encode(['option' => get_option('senreport_bridge_settings', 'gone'),"
        " 'findings' => $wpdb->get_var(\"SELECT COUNT(*) FROM {$wpdb->postmeta}"
        " WHERE meta_key IN ('senreport_findings','senreport_acknowledged')\")]);"
    )
    proc = subprocess.run(["php", "-r", script], capture_output=True, text=True, cwd=site.docroot)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"option": "gone", "findings": "0"}
