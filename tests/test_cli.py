"""The command line: the contract's JSON, exit codes, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from senreport.cli import main

EXAMPLE = Path(__file__).parent.parent / "senreport" / "examples" / "oakfield-primary.yaml"
TODAY = ["--today", "2026-11-23"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_json_follows_the_contract(capsys) -> None:
    code, out, err = run(capsys, "check", str(EXAMPLE), "--format", "json", *TODAY)
    data = json.loads(out)
    assert code == 0, data["findings"]
    assert set(data) >= {"kind", "source", "coverage", "facts", "findings", "summary"}
    assert data["kind"] == "sen-report"
    assert len(data["coverage"]) == 19
    assert set(data["coverage"].values()) <= {"in_place", "partly", "not_in_place"}
    assert data["facts"]["senco_name"] == "Ayesha Khan"
    assert data["facts"]["reviewed"] == "2026-09-01"
    assert data["summary"]["errors"] == 0


def test_example_report_is_complete_and_clean(capsys) -> None:
    code, out, _ = run(capsys, "check", str(EXAMPLE), "--format", "json", *TODAY)
    data = json.loads(out)
    assert all(v == "in_place" for v in data["coverage"].values()), data["coverage"]
    assert data["summary"]["warnings"] <= 3, [f["message"] for f in data["findings"]]


def test_missing_items_exit_1_with_findings_by_item(tmp_path, capsys) -> None:
    page = tmp_path / "thin.html"
    page.write_text("<h2>Our SENCO</h2><p>Our SENCO is Mrs Patel, 01632 960123.</p>")
    code, out, _ = run(capsys, "check", str(page), *TODAY)
    assert code == 1
    assert "Item 1:" in out and "SR101" in out
    assert "Summary:" in out


def test_findings_json_location_and_reference(tmp_path, capsys) -> None:
    page = tmp_path / "p.html"
    page.write_text("<h2>About us</h2>\n<p>Hello.</p>\n<img src='x.jpg'>\n")
    _, out, _ = run(capsys, "check", str(page), "--format", "json", *TODAY)
    findings = json.loads(out)["findings"]
    image = next(f for f in findings if f["code"] == "AX110")
    assert image["location"]["line"] == 3
    assert image["location"]["xpath"].endswith("img")
    sr = next(f for f in findings if f["code"] == "SR101")
    assert sr["item"] == "1" and sr["severity"] == "error"
    assert sr["reference"] == "SEND Regulations 2014, Schedule 1, para 1"
    assert sr["help"].endswith("SR101.html")


def _one_line_error(capsys, *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_bad_inputs_exit_2_with_one_line(tmp_path, capsys) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("")
    assert "empty" in _one_line_error(capsys, "check", str(empty))
    binary = tmp_path / "logo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in _one_line_error(capsys, "check", str(binary))
    latin = tmp_path / "latin.html"
    latin.write_bytes("<p>Caf\u00e9 \u00a3 pupils</p>".encode("latin-1"))
    assert "UTF-8" in _one_line_error(capsys, "check", str(latin))
    big = tmp_path / "big.html"
    with big.open("wb") as handle:
        handle.seek(50 * 1024 * 1024)
        handle.write(b"<p>x</p>")
    assert "too large" in _one_line_error(capsys, "check", str(big))
    assert "no such file" in _one_line_error(capsys, "check", str(tmp_path / "nope.html"))
    bad_yaml = tmp_path / "r.yaml"
    bad_yaml.write_text("kind: sen-report\nsections:\n  - item: '1'\n   body: [unclosed\n")
    assert "line" in _one_line_error(capsys, "check", str(bad_yaml))


def test_declared_charset_is_honoured(tmp_path, capsys) -> None:
    page = tmp_path / "old.html"
    page.write_bytes('<html lang="en"><head><meta charset="windows-1252"></head><body>'
                     "<p>Caf\u00e9</p></body></html>".encode("cp1252"))
    code, out, err = run(capsys, "check", str(page), "--format", "json", *TODAY)
    assert code == 1 and err == ""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/report":
            body = EXAMPLE.read_text().encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/yaml")
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_urls(server, capsys) -> None:
    assert "404" in _one_line_error(capsys, "check", f"{server}/missing.html", "--allow-private")
    # Nothing listens on port 9 of the loopback: refused at once.
    assert "refused the connection" in _one_line_error(capsys, "check", "http://127.0.0.1:9/x",
                                                       "--allow-private")


def test_usage_errors_exit_2(capsys) -> None:
    assert "invalid choice" in _one_line_error(capsys, "check", "x.html", "--kind", "nonsense")
    assert "not a date" in _one_line_error(capsys, "check", "x.html", "--today", "yesterday")


def test_python_dash_m_and_console_script_agree(tmp_path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>Hello</p>")
    result = subprocess.run([sys.executable, "-m", "senreport", "check", str(page),
                             "--format", "json", *TODAY], capture_output=True, text=True)
    assert result.returncode == 1
    assert json.loads(result.stdout)["source"] == str(page)


def test_init_then_render(tmp_path, capsys) -> None:
    code, template, _ = run(capsys, "init")
    assert code == 0
    assert template.count("- item:") == 19
    assert "Parents ask:" in template
    path = tmp_path / "report.yaml"
    path.write_text(template)
    code, html, _ = run(capsys, "render", str(path), "--to", "html")
    assert code == 0 and html.count("<h2 ") == 19
    code, blocks, _ = run(capsys, "render", str(path), "--to", "blocks")
    assert blocks.count("<!-- wp:senreport/section") == 19


def test_schema_is_json_schema(capsys) -> None:
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    assert schema["$schema"].endswith("2020-12/schema")
    assert "3a" in schema["properties"]["sections"]["items"]["properties"]["item"]["enum"]


def test_rules_lists_every_family(capsys) -> None:
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert "SR101" in out and "AX110" in out


def test_bridge_zip_is_an_uploadable_plugin(tmp_path, capsys) -> None:
    import zipfile

    code, out, _ = run(capsys, "bridge-zip", "--out", str(tmp_path))
    assert code == 0
    path = Path(out.strip())
    assert path.name.startswith("senreport-bridge-") and path.suffix == ".zip"
    names = zipfile.ZipFile(path).namelist()
    assert "senreport-bridge/senreport-bridge.php" in names
    assert "senreport-bridge/blocks/section/block.json" in names
    assert all(name.startswith("senreport-bridge/") for name in names)
    first = path.read_bytes()
    run(capsys, "bridge-zip", "--out", str(path))
    assert path.read_bytes() == first  # reproducible
