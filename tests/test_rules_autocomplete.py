"""AX220: a form field's autocomplete value that web browsers do not know."""

from __future__ import annotations

import pytest

from senreport.rules.accessibility.autocomplete import valid_autocomplete

try:
    from tests.test_rules_accessibility import fires
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires


@pytest.mark.parametrize(("value", "valid"), [
    ("email", True), ("Given-Name", True), ("section-child shipping postal-code", True),
    ("billing work tel-extension", True), ("new-password webauthn", True),
    ("e-mail", False), ("home name", False), ("work,email", False),
    ("billing section-a email", False), ("email tel", False), ("webauthn", False),
])
def test_autofill_tokens_in_order(value: str, valid: bool) -> None:
    assert valid_autocomplete(value) is valid


def test_only_fields_people_fill_in_are_judged() -> None:
    assert fires("AX220", '<label>Name <input autocomplete="fullname"></label>')
    assert fires("AX220", '<select autocomplete="year"><option>7</option></select>')
    for html in ('<input autocomplete="off">', '<input autocomplete="ON">',
                 '<input type="submit" autocomplete="email">',
                 '<input autocomplete="fullname" disabled>',
                 '<fieldset disabled><input autocomplete="fullname"></fieldset>',
                 '<input autocomplete="fullname" aria-disabled="true">',
                 '<input autocomplete="fullname" hidden>',
                 '<input autocomplete="fullname" role="banner" tabindex="-1">',
                 '<textarea autocomplete="street-address"></textarea>',
                 '<input autocomplete="nope">', '<input autocomplete="Disabled">',
                 '<input autocomplete="fullname" readonly>',
                 '<input autocomplete="fullname" aria-readonly="true">'):
        assert not fires("AX220", html), html
