"""The extension's stylesheet, copied into HTML builds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util.fileutil import copy_asset_file

if TYPE_CHECKING:
    from sphinx.application import Sphinx

CSS_FILE = "senreport.css"
_STATIC = Path(__file__).parent / "static"


def copy_css(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: put the stylesheet in ``_static`` of HTML builds."""
    if exception is None and app.builder.format == "html":
        copy_asset_file(_STATIC / CSS_FILE, Path(app.outdir, "_static"), force=True)
