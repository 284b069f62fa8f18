"""wp-bridge's translation template: scripts/bridge-pot finds every string and writes a valid .pot.

The extractor runs on small plugins written here (escapes, contexts, plurals, translator
comments, block.json, the plugin header), the repository's .pot must be up to date, and it
must read back cleanly, with our own reader and with Babel's (and msgfmt's where installed).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "bridge-pot"
POT = ROOT / "wp-bridge" / "languages" / "senreport-bridge.pot"


def _load() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("bridge_pot", str(SCRIPT))
    spec = importlib.util.spec_from_loader("bridge_pot", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bridge_pot"] = module  # dataclasses look their module up there
    loader.exec_module(module)
    return module


bridge_pot = _load()
from po_format import parse_po  # noqa: E402  (scripts/ is on the path once bridge-pot is loaded)

HEADER = """<?php
/**
 * Plugin Name:       Test bridge
 * Description:       Blocks for "tests".
 * Version:           9.9.9
 * Text Domain:       senreport-bridge
 */
"""


def _plugin(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "wp-bridge"
    for name, text in {"senreport-bridge.php": HEADER, **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "languages").mkdir(exist_ok=True)
    return root


def _messages(root: Path) -> dict[tuple[str | None, str], object]:
    return dict(bridge_pot.extract(root).messages)


def test_the_pot_in_the_repository_is_up_to_date() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                          text=True, check=False, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_check_names_how_many_strings_are_missing_or_stale(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = _plugin(tmp_path, {"includes/a.php": "<?php\n__( 'Kept', 'senreport-bridge' );\n"
                                                "__( 'New one', 'senreport-bridge' );\n"
                                                "__( 'New two', 'senreport-bridge' );\n"})
    pot = root / "languages" / "senreport-bridge.pot"
    pot.write_text('msgid ""\nmsgstr ""\n\nmsgid "Kept"\nmsgstr ""\n\nmsgid "Gone"\nmsgstr ""\n')
    monkeypatch.setattr(bridge_pot, "PLUGIN", root)
    monkeypatch.setattr(bridge_pot, "POT", pot)
    assert bridge_pot.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "4 strings missing and 1 stale" in out  # 2 + the header's 2
    assert bridge_pot.main([]) == 0
    written = pot.read_text()
    assert bridge_pot.main(["--check"]) == 0
    assert bridge_pot.main([]) == 0 and pot.read_text() == written  # running again changes nothing
    assert bridge_pot.main(["--bogus"]) == 2


def test_php_strings_escapes_concatenation_context_and_plural(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    php = r"""<?php
// A method of that name is not WordPress's, nor is another text domain.
$thing->__( 'Method', 'senreport-bridge' );
__( 'Core string', 'default' );
echo esc_html__( 'It\'s a \\ backslash, and \n stays as typed', 'senreport-bridge' );
esc_attr_e( "Say \"hello\"\tthen\nnew line \$5", 'senreport-bridge' );
__( "Hello $name", 'senreport-bridge' );
$x = __( 'Joined ' .
    'across lines', 'senreport-bridge' );
echo esc_html_x( 'Post', 'noun', 'senreport-bridge' );
printf(
    /* translators: %d: number of pages. */
    _n( '%d page', '%d pages', $count, 'senreport-bridge' ),
    $count
);
_nx( 'One file', '%d files', $n, 'a folder\'s', 'senreport-bridge' );
"""
    found = _messages(_plugin(tmp_path, {"includes/a.php": php}))
    ids = {key[1] for key in found}
    assert "Method" not in ids and "Core string" not in ids
    assert not any("Hello" in i for i in ids)  # interpolates a variable: not a literal
    assert "includes/a.php:7: __() with a string that is not a plain literal" in (
        capsys.readouterr().err)
    assert "It's a \\ backslash, and \\n stays as typed" in ids
    assert 'Say "hello"\tthen\nnew line $5' in ids
    assert "Joined across lines" in ids
    post = found[("noun", "Post")]
    assert post.places == [(0, "includes/a.php", 10)]  # type: ignore[attr-defined]
    pages = found[(None, "%d page")]
    assert pages.plural == "%d pages"  # type: ignore[attr-defined]
    assert pages.comments == ["translators: %d: number of pages."]  # type: ignore[attr-defined]
    assert pages.formats == {"php-format"}  # type: ignore[attr-defined]
    assert found[("a folder's", "One file")].plural == "%d files"  # type: ignore[attr-defined]


def test_javascript_strings_around_regular_expressions_and_templates(tmp_path: Path) -> None:
    js = r"""( function ( wp ) {
    var __ = wp.i18n.__;
    var words = text.split( /[^A-Za-z']+/ ).length / 2;
    var label = `Not ${ __( 'x' ) } extracted`;
    var a = __( 'Don\'t \u00e9 "q"', 'senreport-bridge' );
    var b = __( "Two " + 'parts', 'senreport-bridge' );
    var c = wp.i18n._x( 'Open', 'verb', 'senreport-bridge' );
    var d = cond
        ? /* translators: %s: a name. */
          sprintf( __( '%s\'s page', 'senreport-bridge' ), name )
        : __( 'No page', 'senreport-bridge' );
    var e = _n(
        '%d problem',
        '%d problems',
        count,
        'senreport-bridge'
    );
} )( window.wp );
"""
    found = _messages(_plugin(tmp_path, {"assets/a.js": js}))
    assert (None, "Don't \u00e9 \"q\"") in found
    assert (None, "Two parts") in found
    assert ("verb", "Open") in found
    page = found[(None, "%s's page")]
    assert page.comments == ["translators: %s: a name."]  # type: ignore[attr-defined]
    assert page.formats == {"javascript-format"}  # type: ignore[attr-defined]
    assert found[(None, "No page")].comments == []  # type: ignore[attr-defined]
    problem = found[(None, "%d problem")]
    assert problem.plural == "%d problems"  # type: ignore[attr-defined]
    assert problem.places == [(0, "assets/a.js", 12)]  # type: ignore[attr-defined]


def test_block_json_and_plugin_header(tmp_path: Path) -> None:
    block = {"name": "t/b", "title": "Test block", "description": "A block.",
             "keywords": ["one", "two"], "textdomain": "senreport-bridge"}
    other = {"name": "t/c", "title": "Another plugin's", "textdomain": "elsewhere"}
    root = _plugin(tmp_path, {"blocks/b/block.json": json.dumps(block, indent=1),
                              "blocks/c/block.json": json.dumps(other),
                              "senreport-bridge.php": HEADER + "/**\n * Description: x\n */\n"})
    found = _messages(root)
    assert set(found) == {("block title", "Test block"), ("block description", "A block."),
                          ("block keyword", "one"), ("block keyword", "two"),
                          (None, "Test bridge"), (None, 'Blocks for "tests".')}
    assert found[(None, "Test bridge")].comments == [  # type: ignore[attr-defined]
        "Plugin Name of the plugin"]
    assert found[("block title", "Test block")].places == [  # type: ignore[attr-defined]
        (0, "blocks/b/block.json", 3)]


def test_the_written_pot_escapes_merges_and_orders(tmp_path: Path) -> None:
    php = ("<?php\n__( 'Same', 'senreport-bridge' );\n"
           "__( \"Back\\\\slash \\\"quote\\\"\\nand a second line\", 'senreport-bridge' );\n")
    js = "__( 'Same', 'senreport-bridge' );\n"
    root = _plugin(tmp_path, {"includes/z.php": php, "assets/a.js": js})
    text = bridge_pot.render(bridge_pot.extract(root), "9.9.9")
    assert text == bridge_pot.render(bridge_pot.extract(root), "9.9.9")
    assert '"Project-Id-Version: senreport bridge 9.9.9\\n"' in text
    assert ('#: assets/a.js:1\n#: includes/z.php:2\nmsgid "Same"\n') in text
    assert ('msgid ""\n"Back\\\\slash \\"quote\\"\\n"\n"and a second line"\nmsgstr ""\n') in text
    # Plugin header first, then in order of first use.
    order = [e["msgid"] for e in parse_po(text)]
    assert order == ["", "Test bridge", 'Blocks for "tests".', "Same",
                     'Back\\slash "quote"\nand a second line']


@pytest.mark.parametrize("bad", [
    'msgid "a"\n',                                      # no msgstr
    'msgid "a\nmsgstr ""\n',                            # unbalanced quote
    'msgid "a\\q"\nmsgstr ""\n',                        # unknown escape
    'msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr ""\n',   # the same msgid twice
    'msgid "a"\nmsgid_plural "as"\nmsgstr ""\n',        # a plural without msgstr[n]
])
def test_the_reader_refuses_broken_files(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_po(bad)


def test_the_pot_in_the_repository_is_valid(tmp_path: Path) -> None:
    text = POT.read_text(encoding="utf-8")
    entries = parse_po(text)
    assert entries[0]["msgid"] == "" and "X-Domain: senreport-bridge" in entries[0]["msgstr"]
    ids = {(e.get("msgctxt"), e["msgid"]) for e in entries[1:]}
    assert len(ids) == len(entries) - 1 > 200
    assert ("block title", "SEN information report") in ids
    assert (None, "Checks are unavailable: the senreport service was too busy to check "
                  "this page.") in ids
    with POT.open("rb") as handle:
        babel = read_po(handle, abort_invalid=True)
    assert {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in babel if m.id} == ids
    if shutil.which("msgfmt") and shutil.which("xgettext"):  # second opinions, where gettext is
        done = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(POT)],
                              capture_output=True, text=True, check=False, timeout=60)
        assert done.returncode == 0, done.stderr
        _xgettext_agrees(tmp_path)


KEYWORDS = ["-k", "-k__:1,2t", "-k_x:1,2c,3t", "-k_n:1,2,4t", "-k_nx:1,2,4c,5t"]
PHP_ONLY = ["-k_e:1,2t", "-kesc_html__:1,2t", "-kesc_html_e:1,2t", "-kesc_attr__:1,2t",
            "-kesc_attr_e:1,2t", "-k_ex:1,2c,3t", "-kesc_html_x:1,2c,3t", "-kesc_attr_x:1,2c,3t"]


def _xgettext_agrees(tmp_path: Path) -> None:
    """gettext's own xgettext finds the same PHP and JavaScript strings as we do."""
    plugin = ROOT / "wp-bridge"
    out = tmp_path / "x.pot"
    for language, files, extra in (("PHP", sorted(plugin.rglob("*.php")), PHP_ONLY),
                                   ("JavaScript", sorted(plugin.glob("assets/*.js")), [])):
        join = ["-j"] if out.exists() else []
        subprocess.run(["xgettext", *join, "-o", str(out), "-L", language, "--from-code=UTF-8",
                        *KEYWORDS, *extra, *map(str, files)], check=True, timeout=60)
    theirs = {(e.get("msgctxt"), e["msgid"]) for e in parse_po(out.read_text())[1:]}
    ours = {key for key, message in bridge_pot.extract(plugin).messages.items()
            if any(rank >= 0 and not path.endswith(".json") for rank, path, _ in message.places)}
    assert ours == theirs
