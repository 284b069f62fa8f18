"""``senreport bridge-zip``: the wp-bridge plugin as the zip a school administrator uploads."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from senreport.cli.inputs import UserError

#: The folder WordPress unpacks the plugin into (Plugins > Add New > Upload Plugin).
PLUGIN_SLUG = "senreport-bridge"
_SKIP = re.compile(r"(^|/)(\.|__pycache__|node_modules)")


def find_plugin_source() -> Path:
    """The wp-bridge folder of this checkout."""
    source = Path(__file__).resolve().parents[2] / "wp-bridge"
    if not (source / "senreport-bridge.php").is_file():
        raise UserError("the wp-bridge folder is not here; run this from a senreport checkout")
    return source


def plugin_version(source: Path) -> str:
    """The version in the plugin header."""
    header = (source / "senreport-bridge.php").read_text(encoding="utf-8")
    found = re.search(r"^\s*\*\s*Version:\s*(\S+)", header, re.MULTILINE)
    return found.group(1) if found else "0"


def build_zip(source: Path, out: Path) -> Path:
    """Write the plugin zip (every file under one top-level folder); returns its path."""
    if out.is_dir():
        out = out / f"{PLUGIN_SLUG}-{plugin_version(source)}.zip"
    files = sorted(p for p in source.rglob("*")
                   if p.is_file() and not _SKIP.search(p.relative_to(source).as_posix()))
    try:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                name = f"{PLUGIN_SLUG}/{path.relative_to(source).as_posix()}"
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, path.read_bytes())
    except OSError as error:
        raise UserError(f"{out}: the zip could not be written ({error.strerror})") from None
    return out
