"""Fast scanning for case-insensitive patterns that only match where certain words begin.

Python's ``re`` has no quick way through a long text for a pattern that opens with a
look-behind or that ignores case: it tries the whole pattern at every position. When every
match must start with one of a few words, :class:`Anchored` finds the places where those
words stand first (a plain lower-case search over the text folded to ASCII lower case, which
``re`` scans quickly) and tries the pattern only there. The matches are the same, in the
same order, as the pattern's own ``finditer`` and ``search`` give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: ASCII capitals to lower case, and the four other characters that ``re.IGNORECASE``
#: matches with an ASCII letter (dotted and dotless i, long s, the Kelvin sign). One
#: character for one, so offsets in the folded text are offsets in the text.
_FOLD = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_FOLD.update({0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"})


def fold(text: str) -> str:
    """The text in lower case, as far as ``re.IGNORECASE`` equates letters with ASCII ones.

    Every character stays where it was (``str.lower`` alone can lengthen a text), and a
    character that is not a word character stays one.
    """
    return text.lower() if text.isascii() else text.translate(_FOLD)


class Anchored:
    """A compiled pattern, tried only where one of its opening words begins.

    ``openings`` are lower-case ASCII words; every match of ``pattern`` must begin with one
    of them (in any case, as ``re.IGNORECASE`` reads letters) at a place where no word
    character stands before it. Both conditions are the caller's promise about the pattern.
    """

    def __init__(self, pattern: re.Pattern[str], openings: Iterable[str]) -> None:
        self.pattern = pattern
        words = sorted(set(openings), key=len, reverse=True)
        if not words or not all(w.isascii() and w.isalpha() and w.islower() for w in words):
            raise ValueError("openings must be lower-case ASCII words")
        self._openings = re.compile("|".join(words))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``, as ``pattern.finditer(text)`` gives them."""
        after = 0
        match = self.pattern.match
        for opening in self._openings.finditer(fold(text)):
            start = opening.start()
            if start < after:
                continue
            found = match(text, start)
            if found:
                yield found
                after = max(found.end(), start + 1)

    def search(self, text: str) -> re.Match[str] | None:
        """The pattern's first match in ``text``, as ``pattern.search(text)`` gives it."""
        return next(self.finditer(text), None)
