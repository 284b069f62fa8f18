"""wp-bridge in a real browser: what an editor sees in the block editor on save.

Headless Chromium (Debian's, at /usr/bin/chromium, driven by Playwright; installed by
scripts/install-browser.sh when missing) against a real WordPress 6.1 and 6.8 with wp-bridge
active, calling the real senreport service (``senreport serve``). For each version, one
WordPress and one service for the whole module, set up as ``scripts/demo.py`` does: the site is
registered (``senreport site add``), the demo school's report injected and published
(``senreport inject --publish``), the Local Offer link placed site-wide. One browser for the
module, one logged-in browser context per version.

The tests run in order and share the editor page; each leaves a screenshot in
test-artifacts/screenshots/<version>-<state>.png:

1. the published page has no axe-core violations (``front-end``);
2. removing the SENCO section and saving shows a warning naming the missing item in a snackbar
   at the foot of the window, in the "SEN report checks" panel too (``opened``,
   ``senco-removed``);
3. restoring it (Undo) and saving replaces the warning with a success notice
   (``senco-restored``);
4. with the service stopped, a save goes through and the editor says checks are unavailable
   (``sidecar-down``);
5. in required mode, publishing a draft with a missing item is refused in the editor
   (``required-refused``) and over REST (422).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

try:
    from tests.wordpress_harness import VERSIONS, WordPressSite, free_port
except ImportError:  # tests/ itself on sys.path
    from wordpress_harness import VERSIONS, WordPressSite, free_port

pytestmark = pytest.mark.wordpress

REPO = Path(__file__).resolve().parents[1]
PLUGIN = REPO / "wp-bridge"
EXAMPLE = REPO / "senreport" / "examples" / "oakfield-primary.yaml"
INSTALL_BROWSER = REPO / "scripts" / "install-browser.sh"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
SENREPORT = [sys.executable, "-m", "senreport"]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
TIMEOUT_MS = 20_000  # any single wait in the browser
#: Logging in hashes the password and builds the first dashboard: on a machine busy with
#: other work this alone has taken over 20 s.
LOGIN_TIMEOUT_MS = 60_000

NOTICE_ID = "senreport-findings"
REQUIRED_NOTICE_ID = "senreport-required"
# The SENCO's section (Schedule 1, item 4), removed and restored in the editor.
SENCO_ITEM = "4"
SENCO_HEADING = "Who is our SENCO and how can I contact them?"
SENCO_PARAGRAPH = "Mrs Khan works at school on Monday"
# The section missing from the draft that required mode must refuse to publish.
REQUIRED_ITEM = "5"
REQUIRED_HEADING = "What training and expertise do our staff have?"

# --------------------------------------------------------------------------------------------
# The senreport service
# --------------------------------------------------------------------------------------------


class Sidecar:
    """``senreport serve`` on a fixed port and home folder: stopped and started again on the
    same address, so WordPress (configured once, in wp-config.php) finds it back."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.hook_secret = secrets.token_hex(16)
        self.api_token = secrets.token_hex(16)
        self.env = {
            **os.environ,
            "SENREPORT_HOME": str(home),
            "SENREPORT_HOOK_SECRET": self.hook_secret,
            "SENREPORT_API_TOKEN": self.api_token,
        }
        self.log = home / "sidecar.log"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 30.0) -> None:
        assert self.proc is None, "the sidecar is already running"
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [*SENREPORT, "serve", "--port", str(self.port)],
                env=self.env, cwd=REPO, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"senreport serve exited ({self.proc.returncode}):\n"
                                   + self.log.read_text(errors="replace")[-3000:])
            if self.healthy():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"senreport serve did not answer /healthz within {timeout:.0f} s:\n"
                           + self.log.read_text(errors="replace")[-3000:])

    def healthy(self) -> bool:
        try:
            return requests.get(self.url + "/healthz", timeout=1,
                                proxies={"http": "", "https": ""}).ok
        except requests.RequestException:
            return False

    def stop(self) -> None:
        """Stop the process this object started (its own process group), and wait for it."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)

    def cli(self, *args: str, env: dict[str, str] | None = None) -> str:
        """Run a ``senreport`` command against this service's home; its output."""
        result = subprocess.run([*SENREPORT, *args], env={**self.env, **(env or {})}, cwd=REPO,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (
            f"senreport {' '.join(args[:2])} failed ({result.returncode}):\n"
            f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
        )
        return result.stdout


# --------------------------------------------------------------------------------------------
# Fixtures: the browser, and per version the site, the service and a logged-in editor
# --------------------------------------------------------------------------------------------


@dataclass
class Stack:
    version: str
    site: WordPressSite
    sidecar: Sidecar
    page_id: int
    link: str

    def rest(self, method: str, route: str, **kwargs: Any) -> requests.Response:
        return requests.request(method, self.site.rest_url(route), auth=self.site.auth,
                                timeout=20, proxies={"http": "", "https": ""}, **kwargs)

    def page(self, page_id: int | None = None) -> dict[str, Any]:
        """A page as the editor reads it (context=edit: raw content, status, meta)."""
        answer = self.rest("GET", f"wp/v2/pages/{page_id or self.page_id}",
                           params={"context": "edit"})
        assert answer.status_code == 200, answer.text[:300]
        return answer.json()

    def shot(self, page: Any, state: str, show: Any = None) -> Path:
        """test-artifacts/screenshots/<version>-<state>.png, with ``show`` (a locator, such as
        a notice) scrolled into view first."""
        if show is not None:
            show.scroll_into_view_if_needed()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{self.version}-{state}.png"
        page.screenshot(path=str(path))
        return path


def ensure_chromium() -> str:
    """Debian's chromium, installed by scripts/install-browser.sh when missing (never skipped:
    an install that fails fails the tests)."""
    if not os.access(CHROMIUM, os.X_OK):
        result = subprocess.run(["bash", str(INSTALL_BROWSER)], capture_output=True, text=True,
                                timeout=900)
        if result.returncode != 0 or not os.access(CHROMIUM, os.X_OK):
            pytest.fail(
                f"{CHROMIUM} is missing and {INSTALL_BROWSER.relative_to(REPO)} could not "
                f"install it (exit {result.returncode}):\n{result.stdout[-3000:]}\n"
                f"{result.stderr[-3000:]}",
                pytrace=False,
            )
    return CHROMIUM


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = ensure_chromium()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module", params=VERSIONS, ids=[f"wp{v}" for v in VERSIONS])
def stack(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Stack]:
    """WordPress ``request.param`` with wp-bridge, and the service, as scripts/demo.py sets
    them up; the demo report injected and published."""
    version = request.param
    sidecar = Sidecar(tmp_path_factory.mktemp(f"sidecar-wp{version}"))
    sidecar.start()
    try:
        with WordPressSite.start(version, plugin_dir=str(PLUGIN), constants={
            "SENREPORT_SIDECAR_URL": sidecar.url,
            "SENREPORT_SHARED_SECRET": sidecar.hook_secret,
        }) as site:
            sidecar.cli("site", "add", "demo", "--url", site.url, "--user", site.user,
                        "--password-env", "BROWSER_TEST_WP_APP_PASSWORD",
                        env={"BROWSER_TEST_WP_APP_PASSWORD": site.app_password})
            out = sidecar.cli("inject", "demo", str(EXAMPLE), "--publish")
            match = re.search(r"page (\d+) \(published\)", out)
            assert match, f"senreport inject did not publish a page:\n{out}"
            page_id = int(match.group(1))
            # The Local Offer link block site-wide, as the demo places it: the front end then
            # shows all three of the plugin's blocks.
            widget = requests.post(
                f"{sidecar.url}/v1/sites/demo/local-offer-widget",
                headers={"Authorization": f"Bearer {sidecar.api_token}"}, timeout=30,
                proxies={"http": "", "https": ""},
                json={"authority": "Exampleshire County Council",
                      "url": "https://www.exampleshire.gov.uk/send-local-offer"})
            assert widget.ok, widget.text[:500]
            stack = Stack(version, site, sidecar, page_id, link="")
            stack.link = stack.page()["link"]
            yield stack
    finally:
        sidecar.stop()


@pytest.fixture(scope="module")
def editor(browser: Any, stack: Stack) -> Iterator[Any]:
    """A browser tab logged in to wp-admin (one per version, shared by the tests in order)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())  # "leave the page with unsaved changes?"
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{error}\n{error.stack or ''}"))
    page.js_errors = errors  # type: ignore[attr-defined]
    log_in(page, stack.site.url, stack.site.user, stack.site.password)
    yield page
    context.close()


@pytest.fixture(autouse=True)
def no_plugin_script_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """No uncaught exception from the plugin's scripts in the editor during a test."""
    if "editor" not in request.fixturenames:
        yield
        return
    page = request.getfixturevalue("editor")
    page.js_errors.clear()
    yield
    ours = [e for e in page.js_errors if "senreport" in e]
    assert not ours, "uncaught errors in wp-bridge's scripts:\n" + "\n".join(ours)


# --------------------------------------------------------------------------------------------
# Helpers: the block editor on 6.1 and 6.8
# --------------------------------------------------------------------------------------------


def canvas(page: Any) -> Any:
    """Where the post's blocks are: inside the editor-canvas iframe when WordPress uses one
    (6.8 does when every block has apiVersion 3), else the page itself."""
    if page.locator('iframe[name="editor-canvas"]').count():
        return page.frame_locator('iframe[name="editor-canvas"]')
    return page


def open_editor(page: Any, stack: Stack, page_id: int) -> None:
    """Open a page in the block editor, with the welcome guide and pattern chooser off."""
    page.goto(f"{stack.site.url}/wp-admin/post.php?post={page_id}&action=edit")
    page.wait_for_function(
        "id => window.wp && wp.data && wp.data.select('core/editor')"
        " && wp.data.select('core/editor').getCurrentPostId() === id"
        " && wp.data.select('core/block-editor').getBlockCount() > 0",
        arg=page_id,
    )
    page.evaluate(
        """() => {
            const prefs = wp.data.dispatch('core/preferences');
            if (prefs && prefs.set) {
                prefs.set('core/edit-post', 'welcomeGuide', false);
                prefs.set('core', 'enableChoosePatternModal', false);
            } else if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) {
                wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
            }
        }"""
    )
    # Whatever modal is still open (a guide shown before the preference took): close it.
    for _ in range(3):
        modal = page.locator(".components-modal__frame")
        if not modal.count():
            break
        page.keyboard.press("Escape")
        page.wait_for_timeout(100)
    assert not page.locator(".components-modal__frame").count(), "a modal stayed open"
    # The plugin's panel lives in the document tab of the settings sidebar.
    page.wait_for_selector(".senreport-checks-panel", state="attached")


def header(page: Any) -> Any:
    return page.locator(".edit-post-header, .editor-header").first


def section_items(page: Any) -> list[str]:
    return page.evaluate(
        """() => {
            const all = (blocks) => blocks.flatMap(b => [b, ...all(b.innerBlocks)]);
            return all(wp.data.select('core/block-editor').getBlocks())
                .filter(b => b.name === 'senreport/section').map(b => b.attributes.item);
        }"""
    )


def remove_section(page: Any, item: str) -> None:
    """Select the section of an item and remove it (through the block editor's store)."""
    removed = page.evaluate(
        """item => {
            const all = (blocks) => blocks.flatMap(b => [b, ...all(b.innerBlocks)]);
            const section = all(wp.data.select('core/block-editor').getBlocks())
                .find(b => b.name === 'senreport/section' && b.attributes.item === item);
            if (!section) return false;
            wp.data.dispatch('core/block-editor').selectBlock(section.clientId);
            wp.data.dispatch('core/block-editor').removeBlock(section.clientId);
            return true;
        }""",
        item,
    )
    assert removed, f"no section for item {item} in the editor"
    assert item not in section_items(page)


def findings_notice(page: Any) -> dict[str, Any] | None:
    return page.evaluate(
        """id => {
            const n = wp.data.select('core/notices').getNotices().find(n => n.id === id);
            return n ? {status: n.status, content: String(n.content)} : null;
        }""",
        NOTICE_ID,
    )


def log_in(page: Any, site_url: str, user: str, password: str, attempts: int = 3) -> None:
    """Log in through wp-login.php. Now and then (one run of the browser tests in about ten,
    on this 2-core machine) the form is sent and the login page stays, with no error shown:
    the login is tried again from the start, and after ``attempts`` the test fails with
    what the page last showed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    shown = ""
    for _ in range(attempts):
        page.goto(f"{site_url}/wp-login.php")
        page.fill("#user_login", user)
        page.fill("#user_pass", password)
        page.click("#wp-submit")
        try:
            page.wait_for_url(re.compile(r"/wp-admin/"), timeout=LOGIN_TIMEOUT_MS)
            return
        except PlaywrightTimeout:
            shown = f"{page.url}: {page.locator('#login_error').all_inner_texts()}"
    raise AssertionError(f"could not log in as {user} in {attempts} tries ({shown})")


def save(page: Any) -> dict[str, Any]:
    """Click the header's Update (6.1) or Save (6.8) button; wait until the save is over and the
    plugin has put up its notice for it (a new one: the id is fixed, the object is not). The
    notice as the store has it."""
    page.evaluate(
        "id => { window.__senreportBefore = wp.data.select('core/notices').getNotices()"
        ".find(n => n.id === id) || null; }",
        NOTICE_ID,
    )
    header(page).get_by_role("button", name=re.compile(r"^(Update|Save)$")).click()
    page.wait_for_function(
        """id => {
            const editor = wp.data.select('core/editor');
            if (editor.isSavingPost()) return false;
            const n = wp.data.select('core/notices').getNotices().find(n => n.id === id);
            return !!n && n !== window.__senreportBefore;
        }""",
        arg=NOTICE_ID,
    )
    assert page.evaluate("wp.data.select('core/editor').didPostSaveRequestSucceed()")
    notice = findings_notice(page)
    assert notice is not None
    return notice


def visible_notice(page: Any, text: str) -> Any:
    """The editor's notice showing some text: a snackbar (the plugin's save outcome, at the
    foot of the window) or a notice above the content."""
    notice = page.locator(".components-snackbar:visible, .components-notice:visible",
                          has_text=text).first
    notice.wait_for(state="visible")
    return notice


def checks_panel(page: Any) -> Any:
    """The "SEN report checks" panel of the document settings, opened."""
    if not page.locator(".senreport-checks-panel").first.is_visible():
        tab = page.locator('.edit-post-sidebar__panel-tab, [role="tab"]').filter(
            has_text=re.compile(r"^\s*(Page|Document)\s*$")
        ).first
        page.evaluate("wp.data.dispatch('core/block-editor').clearSelectedBlock()")
        if tab.count():
            tab.click()
    panel = page.locator(".senreport-checks-panel").first
    panel.wait_for(state="visible")
    toggle = panel.locator(".components-panel__body-toggle").first
    if toggle.get_attribute("aria-expanded") == "false":
        toggle.click()
    return panel


def set_required_mode(page: Any, stack: Stack, on: bool) -> None:
    """Tick or untick "Required mode" on Settings > senreport, as an administrator does."""
    page.goto(f"{stack.site.url}/wp-admin/options-general.php?page=senreport")
    box = page.locator('input[name="senreport_bridge_settings[required_mode]"]')
    box.set_checked(on)
    page.locator("#submit").click()
    page.wait_for_load_state()
    page.locator("#setting-error-settings_updated").wait_for(state="visible")
    assert page.locator('input[name="senreport_bridge_settings[required_mode]"]').is_checked() is on


def without_section(content: str, item: str) -> str:
    pattern = (r'<!-- wp:senreport/section \{"item":"' + re.escape(item)
               + r'"\} -->.*?<!-- /wp:senreport/section -->\s*')
    changed, count = re.subn(pattern, "", content, count=1, flags=re.S)
    assert count == 1, f"no section for item {item} in the page"
    return changed


# --------------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------------


def test_published_page_has_no_axe_violations(browser: Any, stack: Stack) -> None:
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 1280, "height": 900})  # a visitor
    try:
        page = context.new_page()
        page.goto(stack.link)
        assert page.locator("section.senreport-section").count() >= 19
        assert page.locator(".senreport-senco-name").count() == 1
        assert page.locator(".wp-block-senreport-local-offer-link a").count() >= 1, (
            "the site-wide Local Offer link block is not on the page")
        stack.shot(page, "front-end")
        results = Axe().run(page)
        violations = [
            f"{v['id']} ({v['impact']}): {v['help']}\n"
            + "\n".join(f"    {n['target']}: {n['html'][:200]}" for n in v["nodes"][:5])
            for v in results.response["violations"]
        ]
        assert not violations, "axe-core violations on the published page:\n" + "\n".join(
            violations)
    finally:
        context.close()


def test_removing_the_senco_section_warns_on_save(editor: Any, stack: Stack) -> None:
    open_editor(editor, stack, stack.page_id)
    assert SENCO_ITEM in section_items(editor)
    stack.shot(editor, "opened")
    remove_section(editor, SENCO_ITEM)

    notice = save(editor)
    # The screenshot first, so that it shows what the editor was told even when that is wrong.
    panel = checks_panel(editor)
    shown = visible_notice(editor, "senreport:")
    stack.shot(editor, "senco-removed", show=shown)

    saved = stack.page()
    assert '{"item":"4"}' not in saved["content"]["raw"]
    stored = json.loads(saved["meta"]["senreport_findings"])
    assert stored.get("coverage", {}).get(SENCO_ITEM) == "not_in_place", (
        "the service did not find the SENCO item missing once its section was removed: "
        f"coverage {stored.get('coverage', {}).get(SENCO_ITEM)!r}, findings "
        f"{[(f.get('code'), f.get('item')) for f in stored.get('findings', [])]}"
    )
    assert notice["status"] == "warning", notice
    assert "missing" in notice["content"] and SENCO_HEADING in notice["content"], notice
    visible_notice(editor, SENCO_HEADING)
    panel.get_by_text(f"Item 4: {SENCO_HEADING}").wait_for(state="visible")
    assert panel.get_by_role("button", name="Add a section for this item").count() >= 1


def test_restoring_the_senco_section_clears_the_warning(editor: Any, stack: Stack) -> None:
    if f"post={stack.page_id}&action=edit" not in editor.url:  # run on its own
        open_editor(editor, stack, stack.page_id)
    if SENCO_ITEM in section_items(editor):
        remove_section(editor, SENCO_ITEM)
        save(editor)

    header(editor).get_by_role("button", name="Undo").click()
    editor.wait_for_function(
        "item => { const all = (bs) => bs.flatMap(b => [b, ...all(b.innerBlocks)]);"
        " return all(wp.data.select('core/block-editor').getBlocks())"
        ".some(b => b.name === 'senreport/section' && b.attributes.item === item); }",
        arg=SENCO_ITEM,
    )
    notice = save(editor)

    assert '{"item":"4"}' in stack.page()["content"]["raw"]
    assert notice["status"] == "success", notice
    assert "every statutory item is in place" in notice["content"], notice
    assert SENCO_HEADING not in notice["content"]
    shown = visible_notice(editor, "every statutory item is in place")
    assert not editor.locator(".components-snackbar, .components-notice",
                              has_text="missing").count()
    assert not editor.locator(".components-notice.is-warning", has_text="senreport").count()
    checks_panel(editor).get_by_text(SENCO_HEADING).wait_for(state="detached")
    stack.shot(editor, "senco-restored", show=shown)


def test_save_succeeds_and_says_checks_are_unavailable_when_the_service_is_down(
    editor: Any, stack: Stack
) -> None:
    if f"post={stack.page_id}&action=edit" not in editor.url:
        open_editor(editor, stack, stack.page_id)
    edit = f" Edited in {stack.version} while the checks were down."
    stack.sidecar.stop()
    try:
        assert not stack.sidecar.healthy()
        paragraph = canvas(editor).locator("p", has_text=SENCO_PARAGRAPH).first
        paragraph.scroll_into_view_if_needed()
        box = paragraph.bounding_box()
        assert box, "the SENCO paragraph is not drawn"
        # At the end of its last line: the caret goes to the end of the paragraph.
        paragraph.click(position={"x": box["width"] - 2, "y": box["height"] - 4})
        editor.keyboard.type(edit)
        started = time.monotonic()
        notice = save(editor)
        took = time.monotonic() - started

        saved = stack.page()
        assert edit + "</p>" in saved["content"]["raw"], "the save did not reach WordPress"
        assert json.loads(saved["meta"]["senreport_findings"]).get("unavailable") is True
        assert notice["status"] == "warning", notice
        assert "checks are unavailable" in notice["content"], notice
        assert "your changes were saved" in notice["content"], notice
        shown = visible_notice(editor, "checks are unavailable")
        checks_panel(editor).locator(".senreport-unavailable").wait_for(state="visible")
        assert took < 10, f"saving with the service down took {took:.1f} s"
        stack.shot(editor, "sidecar-down", show=shown)
    finally:
        stack.sidecar.start()
    assert stack.sidecar.healthy()


def test_required_mode_refuses_to_publish_a_report_with_a_missing_item(
    editor: Any, stack: Stack
) -> None:
    content = without_section(stack.page()["content"]["raw"], REQUIRED_ITEM)
    created = stack.rest("POST", "wp/v2/pages", json={
        "title": "SEN information report (next year)", "content": content, "status": "draft",
    })
    assert created.status_code == 201, created.text[:500]
    draft_id = created.json()["id"]

    set_required_mode(editor, stack, True)
    try:
        open_editor(editor, stack, draft_id)
        assert editor.evaluate("window.senreportBridge.requiredMode") is True
        header(editor).get_by_role("button", name="Publish", exact=True).click()
        panel = editor.locator(".editor-post-publish-panel")
        panel.wait_for(state="visible")
        # The plugin checks what is about to be published and locks publishing.
        editor.wait_for_function(
            "id => wp.data.select('core/notices').getNotices().some(n => n.id === id)",
            arg=REQUIRED_NOTICE_ID,
        )
        refusal = editor.evaluate(
            "id => String(wp.data.select('core/notices').getNotices()"
            ".find(n => n.id === id).content)",
            REQUIRED_NOTICE_ID,
        )
        assert "cannot be published" in refusal and REQUIRED_HEADING in refusal, refusal
        shown = visible_notice(editor, "cannot be published")
        assert editor.evaluate("wp.data.select('core/editor').isPostSavingLocked()") is True
        publish = panel.locator(".editor-post-publish-button").first
        assert (publish.get_attribute("aria-disabled") == "true"
                or publish.get_attribute("disabled") is not None), "Publish is not disabled"
        panel.locator(".senreport-self-evaluation").wait_for(state="visible")
        assert panel.locator(".senreport-self-evaluation tr.is-not_in_place").count() >= 1
        stack.shot(editor, "required-refused", show=shown)
        publish.click(force=True)  # what a determined click does: nothing is published
        editor.wait_for_timeout(1000)
        editor.wait_for_function("!wp.data.select('core/editor').isSavingPost()")
        assert stack.page(draft_id)["status"] == "draft"

        # Over REST (another client, or a script) the server refuses too.
        answer = stack.rest("POST", f"wp/v2/pages/{draft_id}", json={"status": "publish"})
        assert answer.status_code == 422, answer.text[:500]
        error = answer.json()
        assert error["code"] == "senreport_required", error
        assert f"{REQUIRED_HEADING} (item {REQUIRED_ITEM})" in error["message"], error
        assert stack.page(draft_id)["status"] == "draft"
    finally:
        set_required_mode(editor, stack, False)
