"""The signed save hook wp-bridge calls: signatures, expiry, replays (across restarts), history."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from datetime import date
from pathlib import Path

import pytest

from senreport.check import check
from sidecar.api.hooks import SIGNATURE_HEADER, sign, verify_signature
from sidecar.errors_http import ApiError

HOOK_SECRET = "test-hook-secret"
AUTH = {"Authorization": "Bearer test-api-token"}
HOOK = "/v1/hooks/wordpress/save"
CORPUS = Path(__file__).parent / "corpus"
PAGE = (CORPUS / "12-wordpress-blocks.blocks.html").read_text(encoding="utf-8")
THIN = (CORPUS / "16-thin-answers.html").read_text(encoding="utf-8")
SITE_URL = "http://school.example.org/"


def hook_body(content: str = PAGE, post_id: int = 42, **extra: object) -> bytes:
    """A save hook body as wp-bridge sends it."""
    return json.dumps({"site_url": SITE_URL, "post_id": post_id, "post_type": "page",
                       "content": content, "kind": "sen-report", "today": "2026-11-23",
                       **extra}).encode("utf-8")


def post_signed(client, body: bytes, *, secret: str = HOOK_SECRET, timestamp: int | None = None,
                signature: str | None = None, offset: int = 0):
    """POST the hook body, signed as wp-bridge signs it (or with the signature given);
    ``offset`` moves the timestamp that many seconds from now."""
    stamp = int(time.time()) + offset if timestamp is None else timestamp
    header = signature if signature is not None else sign(secret, stamp, body)
    return client.post(HOOK, data=body, content_type="application/json",
                       headers={SIGNATURE_HEADER: header})


def test_valid_signature_is_accepted_and_checked(client):
    response = post_signed(client, hook_body())
    assert response.status_code == 200, response.get_data(as_text=True)
    data = response.get_json()
    assert data.pop("stored") is True
    expected = check(PAGE, source=f"{SITE_URL} page 42", kind="sen-report",
                     today=date(2026, 11, 23)).to_dict()
    assert data == expected


def test_signature_matches_the_documented_recipe():
    body = b'{"post_id": 1}'
    import hmac

    digest = hmac.new(b"k", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign("k", 1700000000, body) == f"t=1700000000,v1={digest}"


@pytest.mark.parametrize("kwargs, code", [
    ({"secret": "not-the-secret"}, "bad_signature"),
    ({"signature": ""}, "unsigned"),
    ({"signature": "v1=abc"}, "bad_signature"),
    ({"signature": "t=soon,v1=abc"}, "bad_signature"),
    ({"offset": -302}, "expired_signature"),
    ({"offset": 302}, "expired_signature"),
])
def test_bad_signatures_are_refused(client, kwargs, code):
    response = post_signed(client, hook_body(), **kwargs)
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == code


def test_a_changed_body_breaks_the_signature(client):
    stamp = int(time.time())
    signature = sign(HOOK_SECRET, stamp, hook_body())
    response = post_signed(client, hook_body(content=THIN), signature=signature)
    assert response.status_code == 401


def test_timestamp_inside_the_window_is_accepted(client):
    response = post_signed(client, hook_body(), offset=-290)
    assert response.status_code == 200


def test_verify_signature_accepts_any_matching_v1():
    body = b"{}"
    good = sign("k", 1000, body).partition(",v1=")[2]
    assert verify_signature("k", f"t=1000,v1=00ff,v1={good}", body, tolerance=300,
                            now=1000)[1] == good
    with pytest.raises(ApiError):
        verify_signature("k", f"t=1000,v1={good}", body, tolerance=300, now=1301)


def test_replay_is_refused(client):
    body, stamp = hook_body(), int(time.time())
    assert post_signed(client, body, timestamp=stamp).status_code == 200
    again = post_signed(client, body, timestamp=stamp)
    assert again.status_code == 409
    assert again.get_json()["error"]["code"] == "replayed"


def test_replay_is_refused_after_a_restart(make_app):
    body, stamp = hook_body(), int(time.time())
    assert post_signed(make_app().test_client(), body, timestamp=stamp).status_code == 200
    restarted = make_app()  # a new app (new memory) on the same database
    assert post_signed(restarted.test_client(), body, timestamp=stamp).status_code == 409


def test_hooks_are_closed_without_a_secret(make_app):
    client = make_app(HOOK_SECRET=None).test_client()
    response = post_signed(client, hook_body())
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "not_configured"


def test_hook_needs_json(client):
    body = hook_body()
    response = client.post(HOOK, data=body, content_type="text/plain",
                           headers={SIGNATURE_HEADER: sign(HOOK_SECRET, int(time.time()), body)})
    assert response.status_code == 415


def test_signed_malformed_json_is_400(client):
    response = post_signed(client, b'{"site_url": ')
    assert response.status_code == 400
    assert response.get_json()["error"]["message"].startswith("The request body is not valid JSON")


def test_without_content_an_unregistered_site_is_404(client):
    body = json.dumps({"site_url": SITE_URL, "post_id": 42, "post_type": "page"}).encode()
    response = post_signed(client, body)
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "unknown_site"


def test_findings_history_is_stored_newest_first(client):
    assert post_signed(client, hook_body(content=PAGE)).status_code == 200
    assert post_signed(client, hook_body(content=THIN)).status_code == 200
    assert post_signed(client, hook_body(content=THIN, post_id=7)).status_code == 200

    response = client.get("/v1/sites/school.example.org/pages/42/findings", headers=AUTH)
    assert response.status_code == 200, response.get_data(as_text=True)
    data = response.get_json()
    assert (data["site"], data["page_id"]) == ("school.example.org", 42)
    history = data["history"]
    assert len(history) == 2  # post 7's check is not part of page 42's history
    first, second = (hashlib.sha256(c.encode()).hexdigest() for c in (PAGE, THIN))
    assert second in json.dumps(history[0]) and first in json.dumps(history[1])

    limited = client.get("/v1/sites/school.example.org/pages/42/findings?limit=1", headers=AUTH)
    assert len(limited.get_json()["history"]) == 1


def test_hook_logs_no_body_or_secret(client, caplog):
    caplog.set_level(logging.DEBUG)
    marker = "<p>Pupil Jane Doe-Marker has an EHC plan.</p>"
    body = hook_body(content=PAGE + marker)
    stamp = int(time.time())
    post_signed(client, body, timestamp=stamp)
    post_signed(client, body, timestamp=stamp)  # the replay is logged too
    post_signed(client, body, secret="wrong")
    text = caplog.text
    assert "Jane Doe-Marker" not in text
    assert HOOK_SECRET not in text
    assert sign(HOOK_SECRET, stamp, body).partition(",v1=")[2] not in text
    assert "replay" in text


def test_a_registered_site_keeps_history_under_its_name(app, client):
    app.extensions["senreport"].store.add_site("school", "HTTP://School.Example.org", "admin",
                                               "app password")
    assert post_signed(client, hook_body()).status_code == 200
    named = client.get("/v1/sites/school/pages/42/findings", headers=AUTH).get_json()
    assert len(named["history"]) == 1
    by_host = client.get("/v1/sites/school.example.org/pages/42/findings", headers=AUTH)
    assert by_host.status_code == 404


def test_ping_tells_a_matching_secret_from_a_wrong_one(client):
    body = b'{"ping": true}'
    stamp = int(time.time())
    good = client.post("/v1/hooks/wordpress/ping", data=body, content_type="application/json",
                       headers={SIGNATURE_HEADER: sign(HOOK_SECRET, stamp, body)})
    assert good.status_code == 200 and good.get_json()["signature"] == "valid"
    wrong = client.post("/v1/hooks/wordpress/ping", data=body, content_type="application/json",
                        headers={SIGNATURE_HEADER: sign("another secret", stamp, body)})
    assert wrong.status_code == 401
    assert wrong.get_json()["error"]["code"] == "bad_signature"
    unsigned = client.post("/v1/hooks/wordpress/ping", data=body, content_type="application/json")
    assert unsigned.status_code == 401
