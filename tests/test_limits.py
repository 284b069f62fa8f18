"""Bounded parsing: alias bombs, deep nesting and oversize input end with one clear line."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from senreport.blocks import BlockSyntaxError, parse_blocks
from senreport.cli import main
from senreport.limits import MAX_DEPTH, LimitError, check_json, check_yaml
from senreport.readers.structured import ReportError, load_report

#: The classic "billion laughs": 9 levels of 9 aliases, 359 bytes, 387 million strings.
BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{b}: &{b} [{','.join([f'*{a}'] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi",
                                                                strict=True)]) + "\n"
DEEP_JSON = "[" * 50_000 + "]" * 50_000
DEEP_YAML = "sections: " + DEEP_JSON
DEEP_BLOCK_YAML = "sections:\n" + "".join("  " * i + "- k:\n" for i in range(200))


def test_the_bomb_is_the_classic_size() -> None:
    assert 340 <= len(BOMB.encode()) <= 360


@pytest.mark.parametrize("text", [BOMB, DEEP_YAML, DEEP_JSON, DEEP_BLOCK_YAML],
                         ids=["bomb", "deep-flow", "deep-json", "deep-block"])
def test_the_report_reader_refuses_quickly(text: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ReportError) as raised:
        load_report(text, "report.yaml")
    assert time.perf_counter() - started < 1.0
    message = str(raised.value)
    assert message.startswith("report.yaml: ") and "\n" not in message
    assert isinstance(raised.value, LimitError)


def test_ordinary_reports_and_a_few_aliases_still_read() -> None:
    text = ("school: &s {name: Oak}\nsenco: {name: Mrs Khan}\nsections:\n"
            "  - {item: '1', body: &b 'We provide for all four areas of need.'}\n"
            "  - {item: '2', body: *b}\n")
    report = load_report(text)
    assert report.sections[1].body == "<p>We provide for all four areas of need.</p>"
    check_yaml("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1))
    with pytest.raises(LimitError):
        check_yaml("a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH)
    check_json('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')


@pytest.mark.parametrize("name, text", [("bomb.yaml", BOMB), ("deep.yaml", DEEP_YAML),
                                        ("deep.json", DEEP_JSON)])
def test_the_command_line_exits_2_fast_and_small(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    # The command in a child that reports its own peak memory (RUSAGE_CHILDREN would be the
    # largest child this test run ever had: WordPress, Chromium...).
    # VmHWM is this process's own peak (ru_maxrss would keep the forked test runner's).
    program = ("import re, sys\nfrom senreport.cli import main\ncode = main(sys.argv[1:])\n"
               "status = open('/proc/self/status').read()\n"
               "peak = re.search(r'VmHWM:\\s*(\\d+)', status).group(1)\n"
               "sys.stderr.write(f'PEAK {peak}\\n')\nsys.exit(code)\n")
    for command in ("check", "render"):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", program, command, str(path)],
                              capture_output=True, text=True, timeout=60)
        elapsed = time.perf_counter() - started
        assert done.returncode == 2, done.stderr
        line, peak = done.stderr.splitlines()
        assert line.startswith(f"senreport: {path}: ") and "Traceback" not in done.stderr
        # The interpreter's own start is most of this; the refusal itself is under 1 s (above).
        assert elapsed < 5.0
        assert int(peak.split()[1]) < 200 * 1024  # KB


def test_in_process_check_of_the_bomb_is_under_a_second(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB, encoding="utf-8")
    warm = tmp_path / "warm.yaml"
    warm.write_text("school: {name: Oak}\n", encoding="utf-8")
    main(["check", str(warm)])  # the command's modules imported, as in a running sidecar
    capsys.readouterr()
    started = time.perf_counter()
    assert main(["check", str(path)]) == 2
    assert time.perf_counter() - started < 1.0
    assert "YAML aliases" in capsys.readouterr().err


def test_deep_block_attributes_are_a_syntax_error_not_a_crash() -> None:
    markup = f'<!-- wp:paragraph {{"a":{DEEP_JSON}}} -->\n<p>x</p>\n<!-- /wp:paragraph -->'
    with pytest.raises(BlockSyntaxError, match="nested more than"):
        parse_blocks(markup)


def _error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert "\n" not in body["error"]["message"]
    return str(body["error"]["message"])


def test_the_sidecar_answers_a_deep_body_with_a_json_400(client) -> None:
    body = '{"content": ' + DEEP_JSON + "}"
    response = client.post("/v1/validate", data=body, content_type="application/json")
    assert "nested more than" in _error(response, 400, "too_complex")


@pytest.mark.parametrize("content", ["kind: sen-report\n" + BOMB, DEEP_YAML],
                         ids=["bomb", "deep"])
def test_the_sidecar_answers_hostile_yaml_content_with_a_json_400(client, content: str) -> None:
    started = time.perf_counter()
    response = client.post("/v1/validate", json={"content": content})
    _error(response, 400, "too_complex")
    assert time.perf_counter() - started < 1.0


def test_json_bodies_parse_as_before(client) -> None:
    response = client.post("/v1/validate", data=json.dumps({"content": "<h2>x</h2><p>y</p>"}),
                           content_type="application/json")
    assert response.status_code == 200
