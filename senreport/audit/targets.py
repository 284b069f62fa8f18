"""What an audit is asked to read: web addresses, local files and site lists.

A site list is a text file, one site a line, with an optional name before the address::

    # North West Local Offers (trial)
    Exampleshire https://www.exampleshire.gov.uk/localoffer
    "Greater Example City", https://localoffer.example.gov.uk/
    https://send.example-borough.gov.uk/

Blank lines and lines starting with ``#`` are ignored. Pure: the command line reads the
files and hands their text here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_LINE = re.compile(r"^(?:(?P<name>.*?)[\s,;|]+)?(?P<location>\S+)$")
_DOCUMENT_SUFFIXES = (".html", ".htm", ".xhtml", ".yaml", ".yml", ".json")


class TargetError(ValueError):
    """A site list that cannot be read; the message names the line."""


@dataclass(frozen=True)
class Target:
    """One site or document to audit, with the name it is reported under."""

    location: str
    name: str = ""

    @property
    def is_url(self) -> bool:
        """Whether the location is a web address (of any scheme; only http(s) are read)."""
        return bool(_SCHEME.match(self.location))

    @property
    def key(self) -> str:
        """The key that identifies the site in the saved state."""
        return f"{self.name} <{self.location}>"


def looks_like_site_list(text: str) -> bool:
    """Whether a file's text is a site list rather than a page or report."""
    if text.lstrip()[:1] in ("<", "{") or text.lstrip().startswith(("---", "kind:")):
        return False
    entries = [line.strip() for line in text.splitlines()
               if line.strip() and not line.lstrip().startswith("#")]
    return bool(entries) and all(
        _SCHEME.match(line.split()[-1]) or line.split()[-1].lower().endswith(_DOCUMENT_SUFFIXES)
        for line in entries)


def parse_site_list(text: str, source: str = "site list") -> list[Target]:
    """The sites of a site list, in order."""
    targets = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:  # pragma: no cover - the pattern matches any non-empty line
            raise TargetError(f"{source}, line {number}: give a name and a web address")
        name = (match.group("name") or "").strip().strip("\"'").strip()
        location = match.group("location").strip("\"'")
        if not _SCHEME.match(location) and not location.lower().endswith(_DOCUMENT_SUFFIXES):
            raise TargetError(f"{source}, line {number}: {location!r} is not a web address "
                              "(https://...) or a page file (.html)")
        targets.append(Target(location, name))
    if not targets:
        raise TargetError(f"{source}: the list has no sites in it")
    return targets


def default_name(location: str) -> str:
    """A name for a site given without one: its host, or the file's name."""
    if _SCHEME.match(location):
        parts = urlsplit(location)
        host = parts.netloc.rsplit("@", 1)[-1]
        path = parts.path.strip("/")
        return (f"{host}/{path}" if path else host)[:60] or location
    return PurePath(location).stem or location


def named(targets: list[Target]) -> list[Target]:
    """Every target with a name, each name different (a repeated name gets a number)."""
    seen: dict[str, int] = {}
    result = []
    for target in targets:
        name = target.name or default_name(target.location)
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name = f"{name} ({seen[name]})"
        result.append(Target(target.location, name))
    return result
