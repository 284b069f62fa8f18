"""Fast scanning for patterns that can only match at a few kinds of places.

Python's ``re`` has no quick way through a long text for a pattern that opens with a
look-behind or that ignores case: it tries the whole pattern at every position. When a
cheaper pattern can find every place where a match could begin, :class:`Prefiltered` finds
those first and tries the full pattern only there; :func:`anchored` does this for patterns
whose matches open with one of a few words (found in the text folded to ASCII lower case,
which ``re`` scans quickly). The matches are the same, in the same order, as the pattern's
own ``finditer`` and ``search`` give.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence

from senreport.lower_case import lowered

#: ASCII capitals to lower case, and the four other characters that ``re.IGNORECASE``
#: matches with an ASCII letter (dotted and dotless i, long s, the Kelvin sign). One
#: character for one, so offsets in the folded text are offsets in the text.
_FOLD = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_FOLD.update({0x130: ord("i"), 0x131: ord("i"), 0x17F: ord("s"), 0x212A: ord("k")})


#: A question's end, perhaps with a stray full stop or a note in brackets after it ("...?.",
#: "What is available for my family? (Local Offer)").
QUESTION_END = re.compile(r"\?\s*(?:\([^()]{0,40}\))?[\s.]*$")
#: A question this long is prose that happens to end with a question mark.
QUESTION_WORDS = 30
#: The fewest words of the text that answers the question over it.
ANSWER_WORDS = 8


def fold(text: str) -> str:
    """The text in lower case, as far as ``re.IGNORECASE`` equates letters with ASCII ones.

    Every character stays where it was (``str.lower`` alone can lengthen a text), and a
    character that is not a word character stays one.
    """
    lower = lowered(text)
    if text.isascii():
        return lower
    # str.lower changes no character's length but the dotted capital I's, lowers the Kelvin
    # sign to "k" and leaves the long s and the dotless i as they are.
    if len(lower) == len(text) and "\u017f" not in lower and "\u0131" not in lower:
        return lower
    return text.translate(_FOLD)


#: An escape that gives a character by its code ("\\x41", "\\u00e9", "\\101").
_CODED = re.compile(r"\\[0-9xuUN]")


def case_folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (compiled with ``re.IGNORECASE``) without it, to search :func:`fold` of a
    text: its matches there are the pattern's in the text, and ``re`` finds them faster (a
    pattern that ignores case has no quick scan for its first letters). None when that is not
    so: a capital letter or an escape in capitals in the pattern, a letter beyond ASCII that
    has a case, a character given by its code (which may be either), or any flag but
    ``re.IGNORECASE``.
    """
    source = pattern.pattern
    if (pattern.flags & ~re.UNICODE != re.IGNORECASE or source != source.lower()
            or any(c.upper() != c for c in source if not c.isascii())
            or _CODED.search(source)):
        return None
    return re.compile(source)


#: For text encoded as ASCII (one "?" for any other character): capitals to lower case, and
#: every byte that is not a word character (``\w``) to a space.
_WORD_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() or c == 95 else 32 for c in range(128)
) + b" " * 128


def word_bytes(text: str) -> bytes:
    """``text`` as bytes in which a word starts wherever a space stands before it.

    A space, then one byte for each character: ASCII letters in lower case, digits and "_" as
    they are, a space for anything else. A byte's offset is the character's offset plus one.
    A word of ASCII letters starts at a character where a space stands before its byte, and
    more places look like word starts (after a letter beyond ASCII, such as "é").
    """
    return b" " + text.encode("ascii", "replace").translate(_WORD_BYTES)


def count_ascii(text: str, characters: bytes) -> int:
    """How many characters of ``text`` are among these ASCII ``characters``."""
    # In UTF-8 every byte of a character beyond ASCII is 0x80 or more: no ASCII byte.
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, characters))


#: Where a match starts (``map`` calls it on each match without a Python frame).
_START = re.Match.start


class Prefiltered:
    """A compiled pattern, tried only where a cheaper pattern (``at``) finds a place.

    The caller promises that every match of ``pattern`` begins where a match of ``at``
    begins (in ``fold(text)`` when ``folded``), and that no match of ``pattern`` can begin
    inside a match of ``at`` after its first character.
    """

    def __init__(self, pattern: re.Pattern[str], at: re.Pattern[str], *,
                 folded: bool = False) -> None:
        self.pattern = pattern
        self.at = at
        self.folded = folded

    def places(self, text: str) -> Iterator[int]:
        """Where the pattern may begin in ``text``, in order."""
        return map(_START, self.at.finditer(fold(text) if self.folded else text))

    def place_search(self, text: str) -> Callable[[int], int]:
        """For :func:`texts_holding`: where the first place at or after an offset is."""
        return first_match(self.at, fold(text) if self.folded else text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The pattern's matches in ``text``, as ``pattern.finditer(text)`` gives them."""
        after = 0
        match = self.pattern.match
        for start in self.places(text):
            if start < after:
                continue
            found = match(text, start)
            if found:
                yield found
                after = max(found.end(), start + 1)

    def search(self, text: str) -> re.Match[str] | None:
        """The pattern's first match in ``text``, as ``pattern.search(text)`` gives it."""
        return next(self.finditer(text), None)

    def finditer_each(self, texts: Sequence[str]) -> list[list[re.Match[str]]]:
        """:meth:`finditer` of each text, the places of all found in one pass.

        For patterns whose places in texts joined by new lines are the places in each text,
        or more (a place where the pattern does not match finds nothing), as those of
        :func:`anchored` are. Many short texts are read far faster than text by text.
        """
        found: list[list[re.Match[str]]] = [[] for _ in texts]
        if not texts:
            return found
        starts: list[int] = []
        offset = 0
        for text in texts:
            starts.append(offset)
            offset += len(text) + 1
        match = self.pattern.match
        index, after, last = 0, 0, len(texts) - 1
        next_start = starts[1] if last else offset
        for place in self.places("\n".join(texts)):
            if place >= next_start:
                index = bisect_right(starts, place) - 1
                next_start = starts[index + 1] if index < last else offset
                after = 0
            start = place - starts[index]
            if start < after:
                continue
            matched = match(texts[index], start)
            if matched:
                found[index].append(matched)
                after = max(matched.end(), start + 1)
        return found


def anchored(pattern: re.Pattern[str], openings: Iterable[str]) -> Prefiltered:
    """``pattern``, tried only where one of its opening words begins.

    ``openings`` are lower-case ASCII words; the caller promises that every match of
    ``pattern`` begins with one of them (in any case, as ``re.IGNORECASE`` reads letters)
    where no word character stands before it.
    """
    words = sorted(set(openings), key=len, reverse=True)
    if not words or not all(w.isascii() and w.isalpha() and w.islower() for w in words):
        raise ValueError("openings must be lower-case ASCII words")
    return Anchored(pattern, re.compile(alternation(words)), folded=True)


#: The characters beyond ASCII that ``re.IGNORECASE`` matches with an ASCII letter.
_LIKE_ASCII = "".join(chr(c) for c in _FOLD if c > 127)


def has_ascii_lookalike(text: str) -> bool:
    """Whether ``text`` holds a character beyond ASCII that ``re.IGNORECASE`` matches with an
    ASCII letter (dotted or dotless i, long s, the Kelvin sign)."""
    return not text.isascii() and any(map(text.__contains__, _LIKE_ASCII))


class Anchored(Prefiltered):
    """Prefiltered by words that open matches, found where a space stands before them in
    :func:`word_bytes` (a search that starts with a plain space, which ``re`` does quickly).

    A place there that is no word start in the text is tried too, and fails: the pattern only
    matches where no word character stands before it.
    """

    def __init__(self, pattern: re.Pattern[str], at: re.Pattern[str], *,
                 folded: bool = False) -> None:
        super().__init__(pattern, at, folded=folded)
        self.spaced = re.compile(b" (?=" + at.pattern.encode("ascii") + b")")

    def places(self, text: str) -> Iterator[int]:
        if has_ascii_lookalike(text):
            return super().places(text)  # ASCII bytes would lose these letters
        return map(_START, self.spaced.finditer(word_bytes(text)))

    def place_search(self, text: str) -> Callable[[int], int]:
        if has_ascii_lookalike(text):
            return super().place_search(text)
        # A word starting at an offset has its space at the same offset in word_bytes.
        return first_match(self.spaced, word_bytes(text))


def starting(pattern: re.Pattern[str], openings: Iterable[str]) -> Prefiltered:
    """``pattern``, tried only where one of its opening words stands (inside a word or not).

    ``openings`` are lower-case ASCII words; the caller promises that every match of
    ``pattern`` begins with one of them (in any case, as ``re.IGNORECASE`` reads letters).
    Each place is found by its first letter, so no place inside another is passed over.
    """
    words = set(openings)
    if not words or not all(w.isascii() and w.isalpha() and w.islower() for w in words):
        raise ValueError("openings must be lower-case ASCII words")
    branches = []
    for first in sorted({w[0] for w in words}):
        rests = {w[1:] for w in words if w[0] == first}
        branches.append(first if "" in rests else f"{first}(?={alternation(rests)})")
    return Prefiltered(pattern, re.compile("|".join(branches)), folded=True)


def found_at_literals(pattern: re.Pattern[str], literals: Iterable[str], text: str) -> bool:
    """Whether ``pattern`` matches anywhere in ``text``, as ``bool(pattern.search(text))``.

    The caller promises that every match of ``pattern`` begins with one of ``literals``
    (exactly as they stand in the text). Each literal is found by ``str.find``, far faster
    than ``re`` tries a pattern that opens with ``\\b`` at every place of a long text.
    """
    match = pattern.match
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            if match(text, at):
                return True
            at = text.find(literal, at + 1)
    return False


#: A group of plain words at an alternative's start: "(mld|sld|pmld)", "(?:need|disabilit)".
_PLAIN_OPTIONS = re.compile(r"\((?:\?:)?([a-z0-9 ]+(?:\|[a-z0-9 ]+)*)\)")
_PLAIN = re.compile(r"[a-z0-9 ]*")


def opening_literals(source: str, least: int = 3) -> tuple[str, ...] | None:
    """What every match of a pattern (written ``source``, read without flags) begins with,
    as plain text: the letters each of its alternatives opens with (past a ``\\b``), or
    the words of a group it opens with. None where an alternative opens otherwise, or with
    fewer than ``least`` letters (too common to find quickly); for :func:`found_at_literals`.
    """
    found: list[str] = []
    for alternative in top_alternatives(source):
        literals = _openings(alternative)
        if literals is None or any(len(literal) < least for literal in literals):
            return None
        found += literals
    return tuple(found)


def _openings(alternative: str) -> list[str] | None:
    """What an alternative's matches open with (see :func:`opening_literals`)."""
    while alternative.startswith("\\b"):
        alternative = alternative[2:]
    group = _PLAIN_OPTIONS.match(alternative)
    if group is None:
        literal = _PLAIN.match(alternative).group()  # type: ignore[union-attr]
        if alternative[len(literal):len(literal) + 1] in ("?", "*", "{", "+"):
            literal = literal[:-1]  # its last letter may be left out, or said again
        return [literal]
    after = alternative[group.end():]
    if after[:1] == "?" and after[1:2] not in ("?", "+"):
        # a group that may be left out: its words, or what follows it
        rest = _openings(after[1:])
        return None if rest is None else [*group.group(1).split("|"), *rest]
    if after[:1] in ("?", "*", "{", "+"):
        return None  # a group said again, or lazily
    return group.group(1).split("|")


def top_alternatives(source: str) -> list[str]:
    """A pattern's top-level alternatives (a "|" inside a group or a set is not one)."""
    alternatives: list[str] = []
    depth, start, escaped, in_set = 0, 0, False, False
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
    alternatives.append(source[start:])
    return alternatives


def texts_holding(texts: Sequence[str], search: Callable[[str], Callable[[int], int]]
                  ) -> list[bool]:
    """Which of the texts hold a place that ``search`` finds, in one pass over them all.

    The texts are joined by new lines and searched at once (a page of thousands of short
    blocks is read far faster than block by block); once a place is found in a text, the
    search goes on from the next text. ``search(joined)`` gives a function that, from an
    offset, gives where the first place at or after it begins (-1 for none); it must find
    in the joined text every place it finds in each text alone, at the same offset from
    that text's start. A text marked ``False`` then holds none; a place may mark a text
    that alone holds none (the caller searches the marked texts in full): where one text
    in two or more holds a place, every text is marked at once, as searching text by text
    is then as quick.
    """
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    marked = [False] * len(texts)
    if not texts:
        return marked
    first = search("\n".join(texts))
    place = first(0)
    count = 0
    while place >= 0:
        index = bisect_right(starts, place) - 1
        marked[index] = True
        count += 1
        if index + 1 >= len(starts):
            break
        if index >= 31 and count * 2 > index + 1:
            return [True] * len(texts)  # one text in two so far: little time saved
        place = first(starts[index + 1])
    return marked


def first_match(pattern: re.Pattern[str] | re.Pattern[bytes], searched: str | bytes
                ) -> Callable[[int], int]:
    """For :func:`texts_holding`: where ``pattern`` first matches ``searched`` from an offset."""
    search = pattern.search

    def first(pos: int) -> int:
        found = search(searched, pos)  # type: ignore[arg-type]
        return -1 if found is None else found.start()

    return first


class _WordCounts(dict[str, int]):
    """Text -> how many words it holds, worked out on first asking (the judgement counts
    the same passages' words for many items); emptied when it grows large."""

    def __missing__(self, text: str) -> int:
        if len(self) >= 4096:
            self.clear()
        found = self[text] = len(text.split())
        return found


#: ``len(text.split())``, remembered for the texts asked about most recently.
word_count = _WordCounts().__getitem__


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of these words, factored by their shared beginnings.

    ``re`` tries a flat alternation's branches one by one at each place; factored, a place is
    left after a letter or two. Which word matches, where several could, is not defined.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
