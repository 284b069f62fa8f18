"""The sidecar's HTTP API: one blueprint per area."""

from __future__ import annotations

from flask import Flask

from sidecar.api import health, hooks, sites, validate


def register_blueprints(app: Flask) -> None:
    """Attach every area's blueprint to the app."""
    for module in (health, validate, sites, hooks):
        app.register_blueprint(module.bp)
