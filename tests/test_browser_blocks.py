"""wp-bridge in a real browser: findings on the blocks they are about, and what an editor and
an administrator see around them.

The same set-up as tests/test_browser_editor.py (its fixtures and helpers, one WordPress and
one senreport service per version for this module, Debian's Chromium), on WordPress 6.1 and
6.8. The tests run in order on one editor tab; screenshots go to
test-artifacts/screenshots/<version>-<state>.png:

1. a "click here" link and an image without alt text, added near the end of a long page, are
   each marked on their own block while writing (before any save) and after a save, the
   outcome of the save is visible without scrolling, and
   "Show in the page", "Next issue" and the block's own settings lead from one to the other
   (``block-marks``, ``block-inspector``);
2. with the service stopped, a save keeps the last findings, marked as from the last check
   (``stale-findings``);
3. a wrong shared secret fails "Test connection" (``wrong-secret``);
4. List View names sections by item, and "Add a section for this item" puts it back in
   statutory order (``list-view``);
5. in required mode, a live report with a gap can still get a typo fix, removing an item is
   refused, and an editor without the override capability cannot acknowledge a statutory
   error (``editor-cannot-acknowledge``).
"""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

import pytest

try:
    from tests import test_browser_editor as base
except ImportError:  # tests/ itself on sys.path
    import test_browser_editor as base  # type: ignore[no-redef]

# The fixtures, shared by assignment: each module that uses them gets its own WordPress and
# service per version (module scope), so this module starts one of each per version.
browser = base.browser
stack = base.stack
editor = base.editor
no_plugin_script_errors = base.no_plugin_script_errors
Stack = base.Stack
TIMEOUT_MS = base.TIMEOUT_MS
canvas, checks_panel, header, open_editor = (base.canvas, base.checks_panel, base.header,
                                             base.open_editor)
remove_section, save, section_items = base.remove_section, base.save, base.section_items
set_required_mode, visible_notice = base.set_required_mode, base.visible_notice
without_section = base.without_section

pytestmark = pytest.mark.wordpress

LINK_TEXT = "Our staff training records are online: "
TRAINING_ITEM = "5"


def add_problem_blocks(page: Any) -> list[str]:
    """A paragraph with a "click here" link and an image block with no alt text, at the end
    of item 5's section (far down the page); their client ids."""
    return page.evaluate(
        """([item, text]) => {
            const all = (bs) => bs.flatMap(b => [b, ...all(b.innerBlocks)]);
            const section = all(wp.data.select('core/block-editor').getBlocks())
                .find(b => b.name === 'senreport/section' && b.attributes.item === item);
            const p = wp.blocks.createBlock('core/paragraph',
                {content: text + '<a href="https://example.org/training">click here</a>.'});
            const img = wp.blocks.createBlock('core/image',
                {url: 'https://example.org/sensory-room.jpg', alt: ''});
            wp.data.dispatch('core/block-editor').insertBlocks(
                [p, img], section.innerBlocks.length, section.clientId);
            return [p.clientId, img.clientId];
        }""",
        [TRAINING_ITEM, LINK_TEXT],
    )


def selected(page: Any) -> str | None:
    return page.evaluate("wp.data.select('core/block-editor').getSelectedBlockClientId()")


def mark_of(page: Any, client_id: str) -> str | None:
    block = canvas(page).locator(f'[data-block="{client_id}"]')
    block.wait_for(state="attached")
    return block.get_attribute("data-senreport-mark")


def wait_for_mark(page: Any, client_id: str) -> None:
    page.wait_for_function(
        """id => { const d = document.querySelector('iframe[name="editor-canvas"]');
            const doc = d ? d.contentDocument : document;
            const b = doc.querySelector(`[data-block="${id}"]`);
            return b && b.getAttribute('data-senreport-mark'); }""", arg=client_id)


def in_viewport(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return bool(box) and box["y"] >= 0 and box["y"] + box["height"] <= size["height"]


def settled_in_viewport(page: Any, locators: list[Any], within: float = 3.0) -> bool:
    """Whether any of the locators is inside the window once it has finished moving (a
    snackbar slides up into place: measured mid-way, its foot is still below the window)."""
    deadline = time.monotonic() + within
    while True:
        if any(in_viewport(page, locator) for locator in locators):
            return True
        if time.monotonic() > deadline:
            return False
        page.wait_for_timeout(100)


@pytest.fixture(scope="module")
def problem_blocks() -> dict[str, list[str]]:
    """The client ids of the added blocks, per version (set by the first test)."""
    return {}


def test_findings_are_marked_on_their_blocks_and_lead_to_them(
    editor: Any, stack: Stack, problem_blocks: dict[str, list[str]]
) -> None:
    open_editor(editor, stack, stack.page_id)
    link, image = add_problem_blocks(editor)
    problem_blocks[stack.version] = [link, image]
    # Checked while writing: the link is marked about a second later, before any save.
    wait_for_mark(editor, link)
    assert editor.evaluate("wp.data.select('senreport/bridge').getFindings().live") is True
    assert "AX120" not in stack.page()["meta"]["senreport_findings"]
    # Write at the foot of the page, as an editor would, then save from there.
    last = canvas(editor).locator("p", has_text=LINK_TEXT).first
    last.scroll_into_view_if_needed()
    notice = save(editor)

    saved = json.loads(stack.page()["meta"]["senreport_findings"])
    located = {f["code"]: f["location"]["block"] for f in saved["findings"]
               if f["code"] in ("AX119", "AX120")}
    assert set(located) == {"AX119", "AX120"}, saved["findings"]
    assert located["AX120"][:1] == [0] and located["AX119"][-1] == located["AX120"][-1] + 1

    # The outcome is seen where the editor was: a snackbar inside the window. (A notice from
    # an earlier check may also be on the page, above the content: it is not the one asked
    # about, so any of the matching notices being in the window is the outcome seen.)
    shown = visible_notice(editor, "senreport:")
    notices = editor.locator(".components-snackbar:visible, .components-notice:visible",
                             has_text="senreport:")
    assert settled_in_viewport(editor, [shown, *notices.all()]), (
        "the save's outcome is drawn off-screen")
    assert "could be better" in notice["content"], notice
    # Each block carries a mark with an icon and words, not colour alone.
    for client_id in (link, image):
        wait_for_mark(editor, client_id)
        assert mark_of(editor, client_id) == "⚠ Should fix: 1 problem"
    stack.shot(editor, "block-marks", show=canvas(editor).locator(f'[data-block="{image}"]'))

    # A new, empty report's first save: a short summary, the list being in the panel.
    empty = editor.evaluate(
        """() => { const items = window.senreportBridge.catalogue.filter(i => i.id !== 'other');
            const coverage = {}; items.forEach(i => { coverage[i.id] = 'not_in_place'; });
            return window.senreportBridge.checks.noticeFor({coverage, findings: items.map(i =>
                ({code: 'SR1', severity: 'error', item: i.id, message: 'missing'}))}); }""")
    assert empty["text"].startswith("senreport: 19 statutory items are still to write."), empty
    assert len(empty["text"]) < 120, empty

    # The panel is open near the top of the page settings; "Show in the page" selects the block.
    panel = checks_panel(editor)
    row = panel.locator(".senreport-finding", has_text="AX120")
    row.get_by_role("button", name="Show in the page").click()
    editor.wait_for_function("id => wp.data.select('core/block-editor')"
                             ".getSelectedBlockClientId() === id", arg=link)
    assert in_viewport(editor, canvas(editor).locator(f'[data-block="{link}"]'))
    # The block's own settings list its finding, and "Next issue" steps to the image.
    inspector = editor.locator(".senreport-block-findings")
    inspector.get_by_text('"click here"', exact=False).wait_for(state="visible")
    inspector.get_by_role("button", name="Next issue").click()
    editor.wait_for_function("id => wp.data.select('core/block-editor')"
                             ".getSelectedBlockClientId() === id", arg=image)
    editor.locator(".senreport-block-findings", has_text="no description").wait_for()
    editor.locator(".senreport-decorative-panel").wait_for(state="visible")
    stack.shot(editor, "block-inspector")
    inspector = editor.locator(".senreport-block-findings")
    inspector.get_by_role("button", name="Previous issue").click()
    assert selected(editor) == link


def test_the_last_findings_stay_when_the_service_is_down(
    editor: Any, stack: Stack, problem_blocks: dict[str, list[str]]
) -> None:
    if f"post={stack.page_id}&action=edit" not in editor.url:
        open_editor(editor, stack, stack.page_id)
    link = problem_blocks.get(stack.version, [None])[0]
    stack.sidecar.stop()
    try:
        editor.evaluate(
            "() => wp.data.dispatch('core/editor').editPost({title: 'SEN information report'})")
        notice = save(editor)
        assert "checks are unavailable" in notice["content"], notice
        assert "from the last check at" in notice["content"], notice
        stored = json.loads(stack.page()["meta"]["senreport_findings"])
        assert stored["unavailable"] is True and stored["stale"] is True
        assert {"AX119", "AX120"} <= {f["code"] for f in stored["findings"]}
        panel = checks_panel(editor)
        panel.locator(".senreport-stale", has_text="from the last check at").wait_for()
        panel.locator(".senreport-finding", has_text="AX120").wait_for()
        if link:
            assert mark_of(editor, link) == "⚠ Should fix: 1 problem"
        stack.shot(editor, "stale-findings", show=panel.locator(".senreport-stale"))
        # In required mode a live page's changes go through unchecked, and the notice says so.
        unchecked = editor.evaluate(
            """() => window.senreportBridge.checks.noticeFor({unavailable: true, stale: true,
                reason: 'busy', published_unchecked: true, findings: []})""")
        assert unchecked["text"].startswith(
            "senreport: your changes were published without being checked (the service was "
            "too busy); the site's administrators have been told."), unchecked
    finally:
        stack.sidecar.start()


def test_a_wrong_secret_fails_test_connection(editor: Any, stack: Stack) -> None:
    right = stack.sidecar.env["SENREPORT_HOOK_SECRET"]
    stack.sidecar.stop()
    stack.sidecar.env["SENREPORT_HOOK_SECRET"] = secrets.token_hex(16)
    stack.sidecar.start()
    try:
        editor.goto(f"{stack.site.url}/wp-admin/options-general.php?page=senreport")
        editor.locator("#senreport-test-connection").click()
        result = editor.locator("#senreport-test-result")
        result.wait_for(state="visible")
        assert "does not match" in result.inner_text()
        assert "notice-error" in (result.get_attribute("class") or "")
        stack.shot(editor, "wrong-secret", show=result)
    finally:
        stack.sidecar.stop()
        stack.sidecar.env["SENREPORT_HOOK_SECRET"] = right
        stack.sidecar.start()
    editor.locator("#senreport-test-connection").click()
    assert "The shared secret matches" in editor.locator("#senreport-test-result").inner_text()


def test_list_view_names_sections_and_a_new_section_goes_in_order(
    editor: Any, stack: Stack
) -> None:
    original = stack.page()["content"]["raw"]
    open_editor(editor, stack, stack.page_id)
    remove_section(editor, "4")
    save(editor)
    panel = checks_panel(editor)
    panel.get_by_role("button", name="Add a section for this item").first.click()
    items = section_items(editor)
    assert items.index("4") == items.index("3g") + 1 and items.index("5") == items.index("4") + 1
    header(editor).locator(
        'button[aria-label="Document Overview"], button[aria-label="List View"]').first.click()
    rows = editor.locator(".block-editor-list-view-block-select-button")
    rows.filter(has_text="4. SENCO").first.wait_for(state="visible")
    assert rows.filter(has_text="SEN report section").count() == 0
    assert rows.filter(has_text="3(a) Is support working?").count() == 1
    stack.shot(editor, "list-view")
    header(editor).locator(
        'button[aria-label="Document Overview"], button[aria-label="List View"]').first.click()
    # Leave the page as it was (the new section is still empty).
    restored = stack.rest("POST", f"wp/v2/pages/{stack.page_id}", json={"content": original})
    assert restored.status_code == 200, restored.text[:300]


def _editor_user(stack: Stack) -> tuple[str, str]:
    name, password = f"editor{secrets.token_hex(3)}", secrets.token_urlsafe(12)
    made = stack.rest("POST", "wp/v2/users", json={
        "username": name, "password": password, "email": f"{name}@school.example",
        "roles": ["editor"]})
    assert made.status_code == 201, made.text[:300]
    return name, password


def test_required_mode_lets_a_typo_fix_through_and_keeps_waivers_to_administrators(
    browser: Any, editor: Any, stack: Stack
) -> None:
    # A live report with a gap (published before required mode was turned on).
    content = without_section(stack.page()["content"]["raw"], TRAINING_ITEM)
    live = stack.rest("POST", "wp/v2/pages", json={
        "title": "SEN information report (gap)", "content": content, "status": "publish"})
    assert live.status_code == 201, live.text[:300]
    live_id = live.json()["id"]
    name, password = _editor_user(stack)
    set_required_mode(editor, stack, True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(TIMEOUT_MS)
    try:
        typo = stack.rest("POST", f"wp/v2/pages/{live_id}",
                          json={"content": content.replace("Monday", "Mondays", 1)})
        assert typo.status_code == 200, typo.text[:300]
        removed = stack.rest("POST", f"wp/v2/pages/{live_id}",
                             json={"content": without_section(content, "4")})
        assert removed.status_code == 422, removed.text[:300]
        assert "These changes cannot be published" in removed.json()["message"]

        # An editor (no manage_options) sees why the statutory error cannot be waved through.
        page = context.new_page()
        base.log_in(page, stack.site.url, name, password)
        open_editor(page, stack, live_id)
        panel = checks_panel(page)
        row = panel.locator(".senreport-finding", has_text=f"SR10{TRAINING_ITEM}")
        row.get_by_text("Only an administrator can acknowledge").wait_for()
        assert row.get_by_role("button", name="Acknowledge…").count() == 0
        stack.shot(page, "editor-cannot-acknowledge", show=row)
        fingerprint = next(f["fingerprint"] for f in json.loads(
            stack.page(live_id)["meta"]["senreport_findings"])["findings"]
            if f["code"] == f"SR10{TRAINING_ITEM}")
        reason = "Our staff training is described in the SEND policy instead."
        forced = page.evaluate(
            """([id, acks]) => wp.apiFetch({path: `/wp/v2/pages/${id}?context=edit`,
                method: 'POST', data: {meta: {senreport_acknowledged: acks}}})
                .then(p => ({status: 200, acks: p.meta.senreport_acknowledged}))
                .catch(e => ({status: e.data ? e.data.status : 0, acks: null}))""",
            [live_id, json.dumps({fingerprint: reason})])
        assert forced == {"status": 200, "acks": ""}, forced
    finally:
        context.close()
        set_required_mode(editor, stack, False)
