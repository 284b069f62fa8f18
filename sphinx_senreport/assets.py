"""The extension's stylesheet, in every HTML-based build (HTML, dirhtml, singlehtml, EPUB).

The ``static`` folder is put first on ``html_static_path`` when the configuration is read, so
Sphinx copies the stylesheet with the theme's own files, before an EPUB is packed (a copy
made when the build finishes would come after the EPUB is zipped). A project's own
``senreport.css`` in its ``html_static_path`` comes later, so it replaces ours.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

CSS_FILE = "senreport.css"
STATIC = Path(__file__).parent / "static"


def add_static_path(app: Sphinx, config: Config) -> None:
    """``config-inited``: put the extension's ``static`` folder on ``html_static_path``."""
    paths = [str(p) for p in config.html_static_path]
    if str(STATIC) not in paths:
        config.html_static_path = [str(STATIC), *paths]
