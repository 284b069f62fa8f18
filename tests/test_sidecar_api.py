"""The sidecar's HTTP API: health, validation, errors, the management token, configuration."""

from __future__ import annotations

import json
import socket
from datetime import date
from pathlib import Path

import pytest
import yaml

from senreport.check import check
from sidecar.config import ConfigError, Settings, load_settings
from sidecar.errors import ConflictError

API_TOKEN = "test-api-token"
AUTH = {"Authorization": f"Bearer {API_TOKEN}"}
CORPUS = Path(__file__).parent / "corpus"
PAGE = (CORPUS / "01-statutory-numbering.html").read_text(encoding="utf-8")
EXAMPLE = Path(__file__).parents[1] / "senreport" / "examples" / "oakfield-primary.yaml"


def assert_error(response, status: int, code: str | None = None) -> dict:
    """The response is the one error shape, with this status (and code)."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert set(error) == {"code", "message"}
    assert error["message"] and "Traceback" not in error["message"]
    if code is not None:
        assert error["code"] == code
    return error


# -- health ---------------------------------------------------------------------------------


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "version": "0.1.0", "database": "ok"}


def test_healthz_reports_a_missing_database(app, client):
    app.config["DATABASE"].unlink()
    response = client.get("/healthz")
    assert_error(response, 503, "database_unavailable")
    assert response.get_json()["database"] == "error"
    assert not app.config["DATABASE"].exists()  # the health check never creates it


# -- validate -------------------------------------------------------------------------------


def test_validate_answers_the_check_json(client):
    body = {"content": PAGE, "kind": "sen-report", "school_type": "mainstream",
            "today": "2026-11-23"}
    response = client.post("/v1/validate", json=body)
    assert response.status_code == 200
    expected = check(PAGE, source="request", kind="sen-report", school_type="mainstream",
                     today=date(2026, 11, 23)).to_dict()
    assert response.get_json() == expected
    assert list(response.get_json()) == list(expected)  # the contract's key order


def test_validate_kind_and_school_type_are_optional(client):
    response = client.post("/v1/validate", json={"content": PAGE})
    assert response.status_code == 200
    data = response.get_json()
    assert data["kind"] == "sen-report"
    assert set(data["coverage"]) >= {"1", "3a", "13"}


def test_malformed_json_is_400(client):
    response = client.post("/v1/validate", data=b'{"content": ',
                           content_type="application/json")
    error = assert_error(response, 400, "invalid_json")
    assert error["message"].startswith("The request body is not valid JSON")


@pytest.mark.parametrize("body, code", [
    (["not", "an", "object"], "invalid_request"),
    ({"kind": "sen-report"}, "missing_field"),
    ({"content": 42}, "invalid_field"),
    ({"content": PAGE, "today": "23/11/2026"}, "invalid_field"),
])
def test_bad_fields_are_400(client, body, code):
    assert_error(client.post("/v1/validate", json=body), 400, code)


def test_too_large_is_413(client):
    body = json.dumps({"content": "x" * (2 * 1024 * 1024)})
    response = client.post("/v1/validate", data=body, content_type="application/json")
    error = assert_error(response, 413, "too_large")
    assert "2 MB" in error["message"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          None])
def test_only_json_is_accepted_415(client, content_type):
    response = client.post("/v1/validate", data=json.dumps({"content": PAGE}),
                           content_type=content_type)
    assert_error(response, 415, "unsupported_media_type")


def test_json_with_charset_is_accepted(client):
    response = client.post("/v1/validate", data=json.dumps({"content": PAGE}).encode("utf-8"),
                           content_type="application/json; charset=utf-8")
    assert response.status_code == 200


def test_unknown_route_is_404(client):
    assert_error(client.get("/v1/nothing-here"), 404, "not_found")
    assert_error(client.post("/v1/nothing-here", data="x", content_type="text/plain"),
                 404, "not_found")


def test_wrong_method_is_405(client):
    response = client.get("/v1/validate")
    error = assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]
    assert "GET" in error["message"] and "POST" in error["message"]


@pytest.mark.parametrize("body, fragment", [
    ({"content": "   "}, "empty"),
    ({"content": PAGE, "kind": "lunch-menu"}, "unknown kind"),
    ({"content": PAGE, "school_type": "grammar"}, "unknown school type"),
    ({"content": "kind: sen-report\nschool: [1, 2]\n"}, "school"),
])
def test_content_that_cannot_be_checked_is_422(client, body, fragment):
    error = assert_error(client.post("/v1/validate", json=body), 422)
    assert fragment in error["message"]


def test_unexpected_errors_are_500_without_details(make_app, caplog):
    app = make_app()

    def boom() -> str:
        raise RuntimeError("secret internals /etc/passwd")

    app.add_url_rule("/boom", view_func=boom)
    response = app.test_client().get("/boom")
    error = assert_error(response, 500, "internal_error")
    assert "secret internals" not in response.get_data(as_text=True)
    assert "log" in error["message"]
    assert "RuntimeError" in caplog.text  # the operator still gets the traceback


def test_domain_conflict_is_409(make_app):
    app = make_app()

    def clash() -> str:
        raise ConflictError("The page was changed in WordPress since the last update.")

    app.add_url_rule("/clash", view_func=clash)
    error = assert_error(app.test_client().get("/clash"), 409, "conflict")
    assert error["message"] == "The page was changed in WordPress since the last update."


# -- management token -----------------------------------------------------------------------


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong-token"},
    {"Authorization": f"Basic {API_TOKEN}"},
    {"Authorization": f"Bearer {API_TOKEN}x"},
    {"Authorization": "Bearer t\u00f6ken"},
])
def test_management_needs_the_token(client, headers):
    response = client.get("/v1/sites", headers=headers)
    assert_error(response, 401, "unauthorised")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_management_with_the_token(client):
    response = client.get("/v1/sites", headers=AUTH)
    assert response.status_code == 200
    assert response.get_json() == {"sites": []}


def test_management_is_closed_without_a_configured_token(make_app):
    client = make_app(API_TOKEN=None).test_client()
    assert_error(client.get("/v1/sites"), 503, "not_configured")
    assert_error(client.get("/v1/sites", headers=AUTH), 503, "not_configured")


def test_token_is_checked_before_the_body(client):
    response = client.post("/v1/sites/oakfield/sen-report", data="not json",
                           content_type="text/plain")
    assert_error(response, 401, "unauthorised")


# -- sites: error paths ---------------------------------------------------------------------


@pytest.mark.parametrize("method, path, body", [
    ("post", "/v1/sites/nowhere/sen-report", {"kind": "sen-report"}),
    ("post", "/v1/sites/nowhere/local-offer-widget",
     {"authority": "Exampleshire", "url": "https://example.org/local-offer"}),
    ("delete", "/v1/sites/nowhere/local-offer-widget", None),
    ("get", "/v1/sites/nowhere/pages/12/findings", None),
])
def test_unknown_site_is_404(client, method, path, body):
    response = getattr(client, method)(path, json=body, headers=AUTH)
    error = assert_error(response, 404, "unknown_site")
    assert "nowhere" in error["message"]


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def offline_site(app) -> str:
    """A registered site whose WordPress cannot be reached."""
    store = app.extensions["senreport"].store
    store.add_site("offline", f"http://127.0.0.1:{closed_port()}", "admin", "app pass word")
    return "offline"


def test_sites_are_listed_without_passwords(client, offline_site):
    response = client.get("/v1/sites", headers=AUTH)
    assert response.status_code == 200
    (site,) = response.get_json()["sites"]
    assert site["name"] == offline_site and set(site) == {"name", "url", "user"}
    assert "app pass word" not in response.get_data(as_text=True)


def test_invalid_report_is_422(client, offline_site):
    body = {"kind": "sen-report", "senco": {"email": "not an address"}}
    response = client.post(f"/v1/sites/{offline_site}/sen-report", json=body, headers=AUTH)
    error = assert_error(response, 422, "invalid_report")
    assert "senco.email" in error["message"]


def test_unreachable_wordpress_is_502(client, offline_site):
    example = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    response = client.post(f"/v1/sites/{offline_site}/sen-report?dry_run=1",
                           data=json.dumps(example, default=str), headers=AUTH,
                           content_type="application/json")
    error = assert_error(response, 502)
    assert "app pass word" not in error["message"]
    widget = client.post(f"/v1/sites/{offline_site}/local-offer-widget", headers=AUTH,
                         json={"authority": "Exampleshire", "url": "https://example.org/lo"})
    assert_error(widget, 502)
    assert_error(client.delete(f"/v1/sites/{offline_site}/local-offer-widget", headers=AUTH),
                 502)


def test_widget_needs_a_web_address(client, offline_site):
    response = client.post(f"/v1/sites/{offline_site}/local-offer-widget", headers=AUTH,
                           json={"authority": "Exampleshire", "url": "the council website"})
    assert_error(response, 422, "invalid_field")
    response = client.post(f"/v1/sites/{offline_site}/local-offer-widget", headers=AUTH,
                           json={"url": "https://example.org/lo"})
    assert_error(response, 400, "missing_field")


def test_findings_of_a_registered_site_without_history(client, offline_site):
    response = client.get(f"/v1/sites/{offline_site}/pages/5/findings", headers=AUTH)
    assert response.status_code == 200
    assert response.get_json() == {"site": offline_site, "page_id": 5, "history": []}


def test_findings_limit_must_be_a_number(client):
    response = client.get("/v1/sites/nowhere/pages/12/findings?limit=lots", headers=AUTH)
    assert_error(response, 400, "invalid_parameter")


# -- configuration --------------------------------------------------------------------------


def test_settings_defaults(tmp_path):
    settings = load_settings(environ={"SENREPORT_HOME": str(tmp_path)})
    assert (settings.HOST, settings.PORT) == ("127.0.0.1", 8765)
    assert settings.MAX_CONTENT_LENGTH == 2 * 1024 * 1024
    assert (settings.WP_TIMEOUT, settings.SIGNATURE_TOLERANCE) == (10.0, 300)
    assert settings.HOOK_SECRET is None and settings.API_TOKEN is None
    assert settings.database_path == tmp_path / "senreport.db"
    assert Settings().HOME == Path("~/.senreport").expanduser()


def test_config_precedence_defaults_file_env_test_config(tmp_path, make_app):
    (tmp_path / "config.toml").write_text(
        'port = 9000\nhost = "127.0.0.2"\nwp_timeout = 3\n'
        '[sidecar]\nsignature_tolerance = 60\napi_token = "from-file"\n'
        '[other-tool]\nanything = "is ignored"\n', encoding="utf-8")
    environ = {"SENREPORT_HOME": str(tmp_path), "SENREPORT_PORT": "9100",
               "SENREPORT_API_TOKEN": "from-env", "SENREPORT_HOOK_SECRET": ""}
    settings = load_settings({"API_TOKEN": "from-test"}, environ=environ)
    assert settings.HOST == "127.0.0.2"           # file over default
    assert settings.SIGNATURE_TOLERANCE == 60     # file's [sidecar] table
    assert settings.WP_TIMEOUT == 3.0
    assert settings.PORT == 9100                  # environment over file
    assert settings.API_TOKEN == "from-test"      # test_config over environment
    assert settings.HOOK_SECRET is None           # an empty variable is unset
    assert settings.MAX_CONTENT_LENGTH == 2 * 1024 * 1024  # default kept

    assert load_settings(environ=environ).API_TOKEN == "from-env"
    app = make_app(HOME=tmp_path, PORT=9200)      # create_app goes through the same layers
    assert app.config["PORT"] == 9200 and app.config["HOST"] == "127.0.0.2"


def test_config_file_named_by_environment(tmp_path):
    path = tmp_path / "elsewhere.toml"
    path.write_text("hook_secret = 'from-named-file'\n", encoding="utf-8")
    environ = {"SENREPORT_HOME": str(tmp_path / "home"), "SENREPORT_CONFIG": str(path)}
    assert load_settings(environ=environ).HOOK_SECRET == "from-named-file"
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(environ={"SENREPORT_CONFIG": str(tmp_path / "missing.toml")})


@pytest.mark.parametrize("text, fragment", [
    ("prot = 1\n", "'prot' is not a sidecar setting"),
    ("port = 'eighty'\n", "not a valid port number"),
    ("port = = 1\n", "not valid TOML"),
])
def test_bad_config_file(tmp_path, text, fragment):
    (tmp_path / "config.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=fragment):
        load_settings(environ={"SENREPORT_HOME": str(tmp_path)})


def test_secrets_stay_out_of_repr_and_errors(tmp_path):
    settings = load_settings({"HOOK_SECRET": "s3cret-hook", "API_TOKEN": "s3cret-token"},
                             environ={"SENREPORT_HOME": str(tmp_path)})
    assert "s3cret" not in repr(settings)
    (tmp_path / "config.toml").write_text("api_token = 12345\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={"SENREPORT_HOME": str(tmp_path)})
    assert "12345" not in str(caught.value)


# -- end to end, against a real WordPress ---------------------------------------------------


@pytest.mark.wordpress
def test_sites_endpoints_against_a_real_wordpress(make_app):
    """Inject (dry run, create, unchanged), place and remove the widget, then a save hook
    that fetches the page over REST, and its history."""
    import time

    import requests

    from sidecar.api.hooks import SIGNATURE_HEADER, sign

    try:
        from tests.wordpress_harness import WordPressSite
    except ImportError:  # tests/ itself on sys.path
        from wordpress_harness import WordPressSite

    report = json.loads(json.dumps(yaml.safe_load(EXAMPLE.read_text(encoding="utf-8")),
                                   default=str))
    with WordPressSite.start("6.1") as site:
        app = make_app()
        app.extensions["senreport"].store.add_site("oakfield", site.url, site.user,
                                                   site.app_password)
        client = app.test_client()
        url = "/v1/sites/oakfield/sen-report"

        dry = client.post(url + "?dry_run=1", json=report, headers=AUTH).get_json()
        assert (dry["action"], dry["page_id"]) == ("created", None)
        assert "+" in dry["diff"] and dry["findings"]["kind"] == "sen-report"

        created = client.post(url, json=report, headers=AUTH)
        assert created.status_code == 200, created.get_data(as_text=True)
        page = created.get_json()
        assert page["action"] == "created" and isinstance(page["page_id"], int)
        assert "diff" not in page and page["link"].startswith(site.url)
        again = client.post(url, json=report, headers=AUTH).get_json()
        assert (again["action"], again["page_id"]) == ("unchanged", page["page_id"])
        stored = requests.get(site.rest_url(f"wp/v2/pages/{page['page_id']}"), auth=site.auth,
                              params={"context": "edit"}, timeout=10).json()
        assert "<!-- wp:senreport/report" in stored["content"]["raw"]

        widget = {"authority": "Exampleshire County Council",
                  "url": "https://www.exampleshire.gov.uk/send-local-offer"}
        placed = client.post("/v1/sites/oakfield/local-offer-widget", json=widget, headers=AUTH)
        assert placed.status_code == 200, placed.get_data(as_text=True)
        assert placed.get_json()["action"] == "created"
        removed = client.delete("/v1/sites/oakfield/local-offer-widget", headers=AUTH)
        assert removed.get_json()["action"] == "removed"

        body = json.dumps({"site_url": site.url + "/", "post_id": page["page_id"],
                           "post_type": "page"}).encode()
        hooked = client.post("/v1/hooks/wordpress/save", data=body,
                             content_type="application/json",
                             headers={SIGNATURE_HEADER: sign("test-hook-secret",
                                                             int(time.time()), body)})
        assert hooked.status_code == 200, hooked.get_data(as_text=True)
        assert hooked.get_json()["stored"] is True
        history = client.get(f"/v1/sites/oakfield/pages/{page['page_id']}/findings",
                             headers=AUTH).get_json()["history"]
        assert len(history) == 1
        assert history[0]["result"]["coverage"] == hooked.get_json()["coverage"]
