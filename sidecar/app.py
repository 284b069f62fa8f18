"""The sidecar's Flask application factory."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask

from sidecar.api import register_blueprints
from sidecar.api.common import EXTENSION_KEY, Services
from sidecar.config import SETTING_NAMES, load_settings
from sidecar.errors_http import register_error_handler
from sidecar.replay import ReplayGuard
from sidecar.store import Store

log = logging.getLogger("sidecar")


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the sidecar: settings (defaults < file < ``SENREPORT_*`` < test_config), storage,
    blueprints and the one JSON error handler.

    Keys of ``test_config`` that are not sidecar settings (``TESTING``...) go to Flask as is.
    """
    settings = load_settings(test_config)
    app = Flask(__name__)
    app.config.from_mapping(settings.as_config())
    app.config.from_mapping({k: v for k, v in (test_config or {}).items()
                             if k not in SETTING_NAMES and k != "CONFIG_FILE"})
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the contract's key order

    database = settings.database_path
    database.parent.mkdir(parents=True, exist_ok=True)
    app.extensions[EXTENSION_KEY] = Services(settings=settings, store=Store(database),
                                             replay=ReplayGuard(database))
    register_blueprints(app)
    register_error_handler(app)
    log.debug("sidecar ready: database %s, hooks %s, management %s", database,
              "on" if settings.HOOK_SECRET else "off", "on" if settings.API_TOKEN else "off")
    return app
