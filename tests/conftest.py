"""Shared fixtures: a sidecar app on a throwaway home folder, and its test client."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HOOK_SECRET = "test-hook-secret"
API_TOKEN = "test-api-token"


@pytest.fixture
def make_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """Build sidecar apps on tmp_path (the same database each time), deaf to the caller's
    SENREPORT_* settings."""
    from sidecar.app import create_app
    from sidecar.config import CONFIG_FILE_ENV, ENV_PREFIX, SETTING_NAMES

    for name in (*(ENV_PREFIX + n for n in SETTING_NAMES), CONFIG_FILE_ENV):
        monkeypatch.delenv(name, raising=False)

    def build(**overrides: Any) -> Any:
        config = {"TESTING": True, "HOME": tmp_path, "HOOK_SECRET": HOOK_SECRET,
                  "API_TOKEN": API_TOKEN, **overrides}
        return create_app(config)

    return build


@pytest.fixture
def app(make_app: Callable[..., Any]) -> Any:
    """A sidecar app with a hook secret and a management token."""
    return make_app()


@pytest.fixture
def client(app: Any) -> Any:
    """The app's test client."""
    return app.test_client()
