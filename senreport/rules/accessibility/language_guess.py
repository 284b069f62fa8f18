"""Which language a passage is written in, guessed from its commonest little words.

Enough for the language rules to tell a page written in English from one marked as
another language (or the other way round); it decides only when the text is long and one
language's words plainly outnumber every other's, and says nothing otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

#: Common short words of each language (articles, pronouns, prepositions, conjunctions,
#: common verbs). A word common to two of these languages says nothing and is dropped.
_WORDS = {
    "en": "the and of to is are was were with for that this these those which have has "
          "will would can be been from by at it its their they we our you your not or but "
          "if about into who what when an also there more than should may in any all each "
          "how does must them he she his her had so one other such only through because "
          "where after before between during within",
    "nl": "de het een en van niet met op te dat die voor zijn er maar om ook als bij nog "
          "wordt naar heeft hij zij wij ons onze deze dit worden kan door uit wel geen",
    "fr": "le la les des du un une et est sont dans pour pas que qui sur avec ce cette ces "
          "au aux par plus nous vous ils elle ont être mais ou leur votre notre",
    "de": "der die das und ist nicht mit sich auf für den dem ein eine einer zu von auch es "
          "sind werden wird bei nach oder aber wir sie ihr ihre unsere dass kann wenn",
    "es": "el los las del y que en es por con para una su sus al lo como más pero este esta "
          "son está nuestro nuestra también sobre hay cuando",
    "pt": "o os as do da dos das em um uma que não com para por é são ao mais seu sua "
          "também nossa nosso pelo pela quando",
    "it": "il lo la gli le di che è e per con non una un del della dei nel sono alla anche "
          "più questo questa nostro nostra ma",
    "cy": "y yr yn ac mae ei eu gyda ar gyfer bod hefyd sydd wedi ond neu pan hyn fel gan "
          "dros ein eich chi ni nhw ydy oes hwn hon fydd gallu",
    "pl": "i w z na się nie do to jest że o jak ale od po są dla tak przez czy jego jej ich "
          "nasz nasza oraz lub będzie może przy także ze",
    "da": "og i at er det den til af en på med ikke som for har de vi jeg kan fra var om "
          "eller også skal vil være disse deres",
}


#: Words of other languages that English text is full of ("as", "per", "plus"), and
#: single letters (list markers, initials): they say nothing either.
_AMBIGUOUS = frozenset("as met door plus per non com vi op ce pan hon art".split())


def _distinct(words: dict[str, str]) -> dict[str, str]:
    """Each word that belongs to one language only -> that language."""
    seen = Counter(w for text in words.values() for w in set(text.split()))
    return {w: lang for lang, text in words.items() for w in text.split()
            if seen[w] == 1 and len(w) > 1 and w not in _AMBIGUOUS}


_LANGUAGE_OF = _distinct(_WORDS)
#: Fewer words than this are too few to judge.
MIN_WORDS = 20
#: How many words of a long text are enough to judge it.
ENOUGH_WORDS = 300


def words_of(texts: Iterable[str], limit: int = ENOUGH_WORDS) -> list[str]:
    """The words of some texts, in lower case, up to ``limit`` (about)."""
    taken: list[str] = []
    room = limit * 8  # words average well under 8 characters with their spaces
    for text in texts:
        taken.append(text[:room])
        room -= len(taken[-1])
        if room <= 0:
            break
    return " ".join(taken).lower().split()[:limit]


def guess_language(words: list[str]) -> str | None:
    """The language (a two-letter code) the words are plainly written in, or None when
    there are too few words or no language plainly leads."""
    if len(words) < MIN_WORDS:
        return None
    # (little words seldom carry punctuation: "the", "and", "yn"; so none is stripped)
    counts = Counter(map(_LANGUAGE_OF.get, words))
    del counts[None]
    ranked = counts.most_common(2)
    if not ranked:
        return None
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hits >= 0.12 * len(words) and hits >= max(3 * runner_up, 5):
        return best
    return None


#: Names of the languages this module can recognise, for messages.
LANGUAGE_NAMES = {"en": "English", "nl": "Dutch", "fr": "French", "de": "German",
                  "es": "Spanish", "pt": "Portuguese", "it": "Italian", "cy": "Welsh",
                  "pl": "Polish", "da": "Danish"}
