"""Characters a reader never sees, taken out of a page's text before it is read: soft hyphens,
zero-width spaces and the like, and typographic ligatures spelt out."""

from __future__ import annotations

#: Characters that show nothing and join or break nothing a reader sees (soft hyphens, zero-
#: width spaces and word joiners, a stray byte-order mark: text pasted from word processors
#: and other pages carries them inside words, "identi\u00adfy"), and typographic ligatures
#: (text copied out of a PDF: "identi\ufb01cation"), spelt out.
PLAIN_CHARACTERS = str.maketrans({"\u00ad": None, "\u200b": None, "\u2060": None,
                                  "\ufeff": None, "\ufb00": "ff", "\ufb01": "fi",
                                  "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                                  "\ufb05": "st", "\ufb06": "st"})
#: The characters :data:`PLAIN_CHARACTERS` drops or spells out.
_NOT_PLAIN = "".join(map(chr, PLAIN_CHARACTERS))


def plain_characters(text: str) -> str:
    """The text with :data:`PLAIN_CHARACTERS` dropped or spelt out."""
    # Each character looked for on its own: far quicker over a long page than one search
    # for any of them, and most pages hold none.
    if any(map(text.__contains__, _NOT_PLAIN)):
        return text.translate(PLAIN_CHARACTERS)
    return text
