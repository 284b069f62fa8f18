"""The extension's own words (table headings, captions, summaries) through Sphinx's message
catalogues, so a site built with ``language = "cy"`` shows them in Welsh.

The catalogues are ``locale/<language>/LC_MESSAGES/sphinx_senreport.po`` (compiled to
``.mo`` beside them); ``locale/sphinx_senreport.pot`` lists every message. The text of
reports is the school's own, in the language the school wrote it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.core import UnknownLocaleError
from babel.dates import format_date
from sphinx.locale import get_translation

from senreport.writers.common import long_date

#: The message catalogue domain (Sphinx's ``add_message_catalog``).
CATALOGUE = "sphinx_senreport"
LOCALE_DIR = Path(__file__).parent / "locale"

_translate = get_translation(CATALOGUE)


def _(message: str) -> str:
    """The message in the site's language (English when there is no translation)."""
    return str(_translate(message))


def plural(count: int, one: str, many: str) -> str:
    """``one`` for 1, ``many`` (with ``{count}``) for any other number."""
    return _(one) if count == 1 else _(many).format(count=count)


def N_(message: str) -> str:  # noqa: N802 (gettext's name for it)
    """Mark a message for the catalogue where it is defined; it is translated where used."""
    return message


def long_day(day: date, language: str | None) -> str:
    """A date as "1 September 2026", in the site's language ("1 Medi 2026" in Welsh)."""
    if not language or language.lower().startswith("en"):
        return long_date(day)
    try:
        return str(format_date(day, "d MMMM y", locale=language))
    except (UnknownLocaleError, ValueError):
        return long_date(day)
