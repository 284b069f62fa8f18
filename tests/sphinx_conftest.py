"""Sphinx test fixtures for the sphinx_senreport tests (a plugin, loaded by pytest_plugins).

Sphinx's own fixtures are named ``app`` and ``make_app``; in this project those names
belong to the sidecar's fixtures in ``tests/conftest.py``, which would shadow Sphinx's.
So the Sphinx apps here are ``sphinx_app`` and ``make_sphinx_app``; everything else
(``@pytest.mark.sphinx(...)``, ``app_params``, test roots under ``tests/roots/``) is
Sphinx's own machinery.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

pytest_plugins = ("sphinx.testing.fixtures",)

ROOTS = Path(__file__).parent / "roots"


def pytest_configure(config: pytest.Config) -> None:
    """Declare the ``sphinx`` mark (Sphinx's plugin does too, but may load after a module)."""
    config.addinivalue_line("markers", "sphinx(buildername, testroot, ...): Sphinx test app")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where the ``test-<case>`` roots live."""
    return ROOTS


@pytest.fixture
def make_sphinx_app() -> Iterator[Callable[..., SphinxTestApp]]:
    """Make Sphinx test apps, one alive at a time (as ``sphinx-build`` runs them).

    Making an app cleans up the one before it: two live apps in one process would
    register the same docutils nodes twice, and Sphinx warns about that.
    """
    alive: list[SphinxTestApp] = []

    def make(*args: Any, **kwargs: Any) -> SphinxTestApp:
        while alive:
            alive.pop().cleanup()
        kwargs.setdefault("status", StringIO())
        kwargs.setdefault("warning", StringIO())
        made = SphinxTestApp(*args, **kwargs)
        alive.append(made)
        return made

    yield make
    while alive:
        alive.pop().cleanup()


@pytest.fixture
def sphinx_app(app_params: Any,
               make_sphinx_app: Callable[..., SphinxTestApp]) -> SphinxTestApp:
    """A Sphinx app for the test root named by ``@pytest.mark.sphinx(testroot=...)``."""
    args, kwargs = app_params
    return make_sphinx_app(*args, **kwargs)


@pytest.fixture
def warnings_of() -> Callable[[SphinxTestApp], list[str]]:
    """The warning lines of a build, without colour codes, paths relative to the source."""

    def lines(app: SphinxTestApp) -> list[str]:
        text = strip_colors(app.warning.getvalue())
        return [line.replace(f"{app.srcdir}/", "") for line in text.splitlines()
                if line.strip()]

    return lines
