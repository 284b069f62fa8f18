"""The extension's output on the themes LA teams use, at desktop and phone width, light and dark.

The stylesheet's colours are checked as written (every text colour against its background,
both sets, with the project's own colour parser and ``wcag-contrast-ratio``), then in
Debian's Chromium on real builds: no table past its column, the colours the browser
really paints readable, Furo's dark mode included.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import wcag_contrast_ratio
from sphinx.cmd.build import main as sphinx_build

from senreport.rules.colours import parse_colour
from sphinx_senreport.assets import STATIC

CSS = (STATIC / "senreport.css").read_text(encoding="utf-8")
ROOTS = Path(__file__).parent / "roots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
THEMES = ["alabaster", "furo", "sphinx_rtd_theme", "pydata_sphinx_theme"]
WIDTHS = [1280, 390]
PAGES = ["directory.html", "rubric.html", "schools/st-annes.html"]
#: Text colour property -> background property, for cells with their own background.
CELL_PAIRS = [("in-place-fg", "in-place-bg"), ("partly-fg", "partly-bg"), ("gap-fg", "gap-bg"),
              ("none-fg", "none-bg")]
#: Page backgrounds the page-text colours sit on: white themes; Furo's and PyData's dark.
LIGHT_PAGES = ["#ffffff", "#fcfcfc"]
DARK_PAGES = ["#131416", "#14181e", "#121212"]


def _block(selector: str, text: str = CSS) -> dict[str, str]:
    """The custom properties set by one rule of the stylesheet."""
    match = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", text)
    assert match, selector
    return dict(re.findall(r"--senreport-([\w-]+):\s*([^;]+);", match.group(1)))


def _ratio(foreground: str, background: str) -> float:
    fg, bg = parse_colour(foreground), parse_colour(background)
    assert fg is not None and bg is not None, (foreground, background)
    return float(wcag_contrast_ratio.rgb(tuple(c / 255 for c in fg[0]),
                                         tuple(c / 255 for c in bg[0])))


def test_every_colour_is_a_custom_property_with_a_dark_value() -> None:
    light = _block(":root")
    dark = _block('html[data-theme="dark"], body[data-theme="dark"]')
    media = CSS[CSS.index("@media (prefers-color-scheme: dark)"):]
    assert _block('body[data-theme="auto"]', media) == dark
    assert light.keys() == dark.keys()
    # Outside the property sets, colours are only ever var(--senreport-...).
    rules = re.sub(r"(:root|html\[data-theme=\"dark\"\][^{]*|body\[data-theme=\"auto\"\])"
                   r"\s*\{[^}]*\}", "", CSS)
    assert re.findall(r"#[0-9a-fA-F]{3,8}\b", rules) == []


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_colours_meet_wcag_aa(mode: str) -> None:
    values = _block(":root") if mode == "light" else _block(
        'html[data-theme="dark"], body[data-theme="dark"]')
    ratios = {f"{fg} on {bg}": _ratio(values[fg], values[bg]) for fg, bg in CELL_PAIRS}
    for page in LIGHT_PAGES if mode == "light" else DARK_PAGES:
        for fg in ("error-fg", "warning-fg"):
            ratios[f"{fg} on {page}"] = _ratio(values[fg], page)
    assert {name: round(r, 2) for name, r in ratios.items() if r < 4.5} == {}


def _site(root: Path) -> Path:
    src = root / "src"
    shutil.copytree(ROOTS / "test-senreport-site", src)
    shutil.copy(ROOTS / "test-senreport-gaps" / "reports" / "st-annes.yaml", src / "reports")
    (src / "schools" / "st-annes.rst").write_text(
        ":orphan:\n\nSt Anne's CofE Primary School\n=============================\n\n"
        ".. sen-report:: ../reports/st-annes.yaml\n\nSelf-evaluation\n---------------\n\n"
        ".. schedule1-checklist:: ../reports/st-annes.yaml\n", encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The site built once with each theme."""
    root = tmp_path_factory.mktemp("themes")
    src = _site(root)
    out = {}
    for theme in THEMES:
        outdir = root / theme
        assert sphinx_build(["-q", "-b", "html", "-D", f"html_theme={theme}",
                             "-D", "suppress_warnings=senreport", "-d",
                             str(root / f"{theme}-doctrees"), str(src), str(outdir)]) == 0
        out[theme] = outdir
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            chromium.close()


#: Each scrolling area and its table: where they end, against the column and the screen.
MEASURE = """() => {
  const view = document.documentElement.clientWidth;
  return [...document.querySelectorAll('.senreport-scroll')].map(region => {
    const box = region.getBoundingClientRect();
    const column = region.parentElement.getBoundingClientRect();
    const table = region.querySelector('table').getBoundingClientRect();
    // Words broken inside: a piece of text on more lines than it has words.
    const broken = [];
    const walker = document.createTreeWalker(region.querySelector('table'),
                                             NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const words = node.textContent.trim().split(/\\s+/).filter(Boolean).length;
      if (!words) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
      if (lines > words) broken.push(node.textContent.trim().slice(0, 30));
    }
    return {label: region.getAttribute('aria-label').slice(0, 40), right: box.right,
            column: column.right, view: view, table: table.width, width: box.width,
            broken: broken.slice(0, 5)};
  });
}"""

#: Every coloured thing the extension paints: its text colour and the background under it.
COLOURS = """() => {
  const under = el => {
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg && bg !== 'transparent' && !bg.startsWith('rgba(0, 0, 0, 0)')) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const picked = '.senreport-heat, td.senreport-gap, td.senreport-in-place, td.senreport-partly,'
    + ' td.senreport-not-in-place, td.senreport-not-scored, p.senreport-error,'
    + ' p.senreport-warning';
  return [...document.querySelectorAll(picked)].map(el => ({
    what: el.className + ' ' + el.textContent.trim().slice(0, 20),
    fg: getComputedStyle(el).color, bg: under(el)}));
}"""


def _rgb(css: str) -> str:
    numbers = re.findall(r"[\d.]+", css)[:3]
    return "#" + "".join(f"{round(float(n)):02x}" for n in numbers)


def _low_contrast(page, name: str) -> list[tuple[str, str, str, str, float]]:
    low = []
    for thing in page.evaluate(COLOURS):
        ratio = _ratio(_rgb(thing["fg"]), _rgb(thing["bg"]))
        if ratio < 4.5:
            low.append((name, thing["what"], thing["fg"], thing["bg"], round(ratio, 2)))
    return low


@pytest.mark.parametrize("theme", THEMES)
def test_tables_stay_in_their_column_and_colours_read(
        built: dict[str, Path], browser, theme: str, tmp_path: Path) -> None:
    problems: list[object] = []
    for width in WIDTHS:
        page = browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
        try:
            for name in PAGES:
                page.goto((built[theme] / name).as_uri())
                shot = f"{theme}-{width}-{name.replace('/', '-')}.png"
                page.screenshot(path=str(tmp_path / shot))
                regions = page.evaluate(MEASURE)
                assert regions, name
                for region in regions:
                    if region["broken"]:
                        problems.append((width, name, "broken words", region))
                    if region["right"] > min(region["column"], region["view"]) + 1:
                        problems.append((width, name, region))
                    # At desktop width the checklist and the rubric wrap: no scrolling.
                    if width == 1280 and name != "directory.html" \
                            and region["table"] > region["width"] + 1:
                        problems.append((width, name, "scrolls", region))
                if width == 1280:
                    problems.extend(_low_contrast(page, name))
        finally:
            page.close()
    assert [repr(p) for p in problems] == []


@pytest.mark.parametrize("theme", ["furo", "pydata_sphinx_theme"])
def test_dark_mode_colours_read(built: dict[str, Path], browser, theme: str) -> None:
    page = browser.new_page(color_scheme="dark")  # type: ignore[attr-defined]
    low = []
    try:
        for name in reversed(PAGES):  # the directory last: its cells are looked at below
            page.goto((built[theme] / name).as_uri())
            low.extend(_low_contrast(page, name))
        # The theme follows the system: the page really is dark, and so are the cells.
        background = page.evaluate(
            "() => [document.body, document.documentElement].map("
            "e => getComputedStyle(e).backgroundColor).find(c => !c.endsWith(', 0)'))")
        assert _ratio("#ffffff", _rgb(background)) > 10, background
        cell = page.evaluate("() => getComputedStyle("
                             "document.querySelector('td.senreport-gap')).backgroundColor")
        assert _rgb(cell) == _block('html[data-theme="dark"], body[data-theme="dark"]')[
            "gap-bg"].strip()
    finally:
        page.close()
    assert low == []
