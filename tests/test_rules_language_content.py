"""AX229 and AX230: a page or passage marked as one language but written in another."""

from __future__ import annotations

try:
    from tests.test_rules_accessibility import fires, run
except ImportError:  # tests/ itself on sys.path
    from test_rules_accessibility import fires, run

from senreport.rules.accessibility.language_guess import guess_language, words_of

ENGLISH = ("Our school welcomes every child. The SENCO works with parents and carers to "
           "plan the support that each child needs, and we review it with you every term. "
           "If you have any questions about the support for your child, please talk to us.")
WELSH = ("Mae ein hysgol yn croesawu pob plentyn. Mae'r Cydlynydd ADY yn gweithio gyda "
         "rhieni a gofalwyr i gynllunio'r cymorth sydd ei angen ar bob plentyn, ac rydym yn "
         "ei adolygu gyda chi bob tymor. Os oes gennych gwestiwn, siaradwch â ni.")
POLISH = ("Nasza szkoła wspiera wszystkie dzieci ze specjalnymi potrzebami edukacyjnymi. "
          "Jeśli masz pytania, skontaktuj się z koordynatorem do spraw SEN, który odpowie "
          "na nie jak najszybciej. Rodzice mogą też przyjść na spotkanie w szkole.")


def page(lang: str, body: str) -> str:
    return f'<html lang="{lang}"><head><title>SEN report</title></head><body>{body}</body></html>'


def test_the_guess_needs_enough_words_and_a_clear_lead() -> None:
    assert guess_language(words_of([ENGLISH])) == "en"
    assert guess_language(words_of([WELSH])) == "cy"
    assert guess_language(words_of([POLISH])) == "pl"
    assert guess_language(words_of(["The Dutch word gelukkig has no equivalent."])) is None
    assert guess_language(words_of([ENGLISH + " " + WELSH])) is None  # bilingual


def test_a_page_marked_as_the_wrong_language() -> None:
    found = run("AX229", page("da", f"<p>{ENGLISH}</p>"))
    assert found and "Danish" in found[0].message and "English" in found[0].message
    assert fires("AX229", page("en-GB", f"<p>{WELSH}</p>"))
    assert fires("AX229", page("so", f"<p>{ENGLISH}</p>"))  # a language it cannot read
    for html in (page("en-GB", f"<p>{ENGLISH}</p>"), page("cy", f"<p>{WELSH}</p>"),
                 page("cy", f"<p>{WELSH}</p><p>{ENGLISH}</p>"),  # bilingual
                 page("cy", f'<p>{WELSH}</p><div lang="en">{ENGLISH} {ENGLISH}</div>'),
                 page("pl", f"<p>{POLISH}</p>"), page("sco", f"<p>{ENGLISH}</p>"),
                 page("english", f"<p>{WELSH}</p>"),  # not valid: AX191's to report
                 f"<p>{WELSH}</p>"):  # a fragment has no page language
        assert not fires("AX229", html), html


def test_a_passage_marked_as_the_wrong_language() -> None:
    assert fires("AX230", f'<div lang="pl"><p>{ENGLISH}</p></div>')
    assert fires("AX230", f'<p lang="en">{WELSH}</p>')
    for html in (f'<div lang="pl"><p>{POLISH}</p></div>', f'<p lang="cy">{WELSH}</p>',
                 f'<div lang="pl"><p lang="en">{ENGLISH}</p><p>{POLISH}</p></div>',
                 '<p lang="fr">Paul put dire comment on tape</p>',
                 f'<p lang="pl" hidden>{ENGLISH}</p>'):  # read by nobody
        assert not fires("AX230", html), html
