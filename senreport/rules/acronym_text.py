"""Reading a text for acronyms: the uses of acronyms in it and the meanings written out.

The tables are :mod:`senreport.glossary`'s; the rule that reports an acronym used before it
is explained (PL103) is in :mod:`senreport.rules.plain_language`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from senreport.glossary import (
    ACRONYMS,
    COMMON_ACRONYMS,
    SHOUTED_WORDS,
    Acronym,
    normalise_phrase,
    phrase_pattern,
)
from senreport.phrase_set import PhraseSet
from senreport.textscan import Prefiltered, alternation, count_ascii

_BY_FORM: dict[str, Acronym] = {form: a for a in ACRONYMS for form in a.forms}
_FORMS = sorted(_BY_FORM, key=len, reverse=True)
#: The forms factored by their shared beginnings (``re`` tries a flat alternation's branches
#: one by one). The forms that match at one place are each the start of the next, and the
#: factored pattern tries the longest first, then the shorter, as the list by length does.
_CANDIDATE = re.compile(
    r"(?<![\w@.&'’])(?=[A-Z])(?:(?P<form>"
    + alternation(_FORMS).replace(r"\ ", r"\s+")
    + r")|(?P<caps>[A-Z]{2,6}))(?:s|['’]s)?(?![\w@&]|\.\w)"
)
#: The letters a glossary form's second letter may be beside the capitals.
_SECOND = "".join(sorted({f[1] for f in _FORMS if not "A" <= f[1] <= "Z"}))
if not (_SECOND.isascii() and _SECOND.isalpha() and _SECOND.islower()):
    raise ValueError("a form's second letter must be a capital or an ASCII small letter")
#: For text encoded as ASCII (one "?" for any other character): a capital to "A", a letter
#: of _SECOND to "a", any other ASCII word character and "@", ".", "&" and "'" to "w", and
#: every other byte ("?" too: it may have been a letter or a curly quote) to a space.
_CAPITALS = bytes(65 if 65 <= c <= 90 else 97 if chr(c) in _SECOND
                  else 119 if chr(c).isalnum() or chr(c) in "_@.&'" else 32
                  for c in range(128)) + b" " * 128


class _AtCapitals(Prefiltered):
    """:data:`_CANDIDATE`, tried only where a capital and a second capital (or a glossary
    form's second letter) stand with no word character (nor @ . & ') before them: found in
    the text mapped by :data:`_CAPITALS`, where ``re`` skips ahead to the plain "A" far
    faster than to a capital in the text (a place after a letter beyond ASCII is tried too,
    and fails there)."""

    _at_bytes = re.compile(rb"A[Aa](?<![Aaw]..)")

    def places(self, text: str) -> Iterator[int]:
        mapped = text.encode("ascii", "replace").translate(_CAPITALS)
        return map(_START, self._at_bytes.finditer(mapped))


_CANDIDATES = _AtCapitals(_CANDIDATE, re.compile(rf"[A-Z][A-Z{_SECOND}](?<![\w@.&'’]..)"))
_MEANINGS = sorted(((m, a) for a in ACRONYMS for m in a.meanings), key=lambda p: -len(p[0]))
MEANING = PhraseSet([phrase_pattern(m) for m, _ in _MEANINGS])
#: For each meaning, every acronym it explains: its own, and any whose meaning it contains
#: ("special educational needs co-ordinator" also says what SEN stands for).
_NORMALISED = [(f" {normalise_phrase(m)} ", a.name) for m, a in _MEANINGS]
_EXPLAINS: list[frozenset[str]] = [
    frozenset({owner} | {name for inner, name in _NORMALISED if inner in outer})
    for outer, owner in _NORMALISED
]
_START = re.Match.start
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_LINKS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")


def _key(token: str) -> tuple[str, Acronym | None]:
    """The acronym a token stands for (glossary name), or the token itself."""
    for form in (token, token[:-1] if token.endswith("s") else None):
        if form and form in _BY_FORM:
            return _BY_FORM[form].name, _BY_FORM[form]
    return re.sub(r"(?:['’]s|s)$", "", token), None


_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LETTER = _UPPER + _UPPER.lower()


def _is_shouting(text: str) -> bool:
    """Whether a block is written mostly in capitals (then capitals mark no acronyms)."""
    letters = count_ascii(text, _LETTER)
    return letters >= 12 and count_ascii(text, _UPPER) > 0.6 * letters


def _is_acronym_word(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _counts_as_acronym(text: str, start: int, end: int, token: str, shouty: bool) -> bool:
    """Whether an all-capitals word not in the glossary should be treated as an acronym."""
    if shouty or token in COMMON_ACRONYMS or token in SHOUTED_WORDS or _ROMAN.fullmatch(token):
        return False
    before = re.findall(r"[\w'’]+", text[max(0, start - 40):start])
    after = re.findall(r"[\w'’]+", text[end:end + 40])
    for neighbour in (before[-1:] + after[:1]):
        if _is_acronym_word(neighbour) and neighbour not in _BY_FORM \
                and neighbour not in COMMON_ACRONYMS:
            return False  # a run of capitals is emphasis, not acronyms
    return True


Uses = tuple[str, list[tuple[int, frozenset[str]]], list[int],
             list[tuple[str, int, int, str, Acronym | None]]]


def _without_links(text: str) -> str:
    """The text with its links (web addresses, email addresses) blanked out."""
    if "@" in text or "http" in text or "www." in text:  # what every link holds
        return _LINKS.sub(lambda m: " " * len(m.group()), text)
    return text


def _acronym_uses(text: str) -> Uses:
    """A block's text read for acronyms: the text with links blanked out, the meanings written
    out in it (where, and what they explain), where those start, and each use of a word that
    counts as an acronym (the word, where it starts and ends, its glossary name and entry)."""
    text = _without_links(text)
    return _uses(text, MEANING.finditer(text), _CANDIDATES.finditer(text))


def acronym_uses_each(texts: Sequence[str],
                      meanings_each: Sequence[Sequence[re.Match[str]]] | None = None
                      ) -> list[Uses]:
    """:func:`_acronym_uses` of each text, the meanings and the capitals in them all found in
    one pass each. ``meanings_each``, when given, holds the meanings found in each text
    (``MEANING``'s matches, found with another set's phrases): those of a text with links
    are found again once the links are blanked out."""
    blanked = [_without_links(text) for text in texts]
    if meanings_each is None:
        meanings_each = MEANING.finditer_each(blanked)
    else:
        meanings_each = [meanings if same == text else list(MEANING.finditer(same))
                         for text, same, meanings in zip(texts, blanked, meanings_each,
                                                         strict=True)]
    # (most texts hold neither a meaning nor capitals: nothing to read in them)
    return [_uses(text, meanings, candidates) if meanings or candidates else (text, [], [], [])
            for text, meanings, candidates in zip(
                blanked, meanings_each, _CANDIDATES.finditer_each(blanked), strict=True)]


def _uses(text: str, meaning_matches: Iterable[re.Match[str]],
          candidates: Iterable[re.Match[str]]) -> Uses:
    meanings = [(m.start(), _EXPLAINS[MEANING.index(m)]) for m in meaning_matches]
    uses: list[tuple[str, int, int, str, Acronym | None]] = []
    shouty: bool | None = None  # worked out for the first capitals not in the glossary
    for match in candidates:
        token = match.group("form") or match.group("caps")
        start, end = match.start(), match.start() + len(token)
        key, acronym = _key(token)
        if acronym is None:
            if shouty is None:
                shouty = _is_shouting(text)
            if not _counts_as_acronym(text, start, end, token, shouty):
                continue
        uses.append((token, start, end, key, acronym))
    return text, meanings, [s for s, _ in meanings], uses
