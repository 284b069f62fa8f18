"""AX207: screen reader settings (ARIA) that do not exist: a misspelt ``role`` or ``aria-``
attribute, which screen readers ignore, so what it was meant to say is never said.

The names are those of WAI-ARIA 1.2 (with the 1.3 additions browsers already support), the
Digital Publishing module (``doc-``) and the Graphics module (``graphics-``).
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

#: Roles that may be given (abstract roles such as "widget" or "landmark" may not).
ROLES = frozenset("""
    alert alertdialog application article banner blockquote button caption cell checkbox
    code columnheader combobox comment complementary contentinfo definition deletion dialog
    directory document emphasis feed figure form generic grid gridcell group heading image
    img insertion link list listbox listitem log main mark marquee math menu menubar menuitem
    menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation
    progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox
    sectionfooter sectionheader separator slider spinbutton status strong subscript
    suggestion superscript switch tab table tablist tabpanel term textbox time timer toolbar
    tooltip tree treegrid treeitem
    doc-abstract doc-acknowledgments doc-afterword doc-appendix doc-backlink doc-biblioentry
    doc-bibliography doc-biblioref doc-chapter doc-colophon doc-conclusion doc-cover doc-credit
    doc-credits doc-dedication doc-endnote doc-endnotes doc-epigraph doc-epilogue doc-errata
    doc-example doc-footnote doc-foreword doc-glossary doc-glossref doc-index doc-introduction
    doc-noteref doc-notice doc-pagebreak doc-pagefooter doc-pageheader doc-pagelist doc-part
    doc-preface doc-prologue doc-pullquote doc-qna doc-subtitle doc-tip doc-toc
    graphics-document graphics-object graphics-symbol
""".split())

#: The states and properties an ``aria-`` attribute may name.
ATTRIBUTES = frozenset(f"aria-{name}" for name in """
    activedescendant atomic autocomplete braillelabel brailleroledescription busy checked
    colcount colindex colindextext colspan controls current describedby description details
    disabled dropeffect errormessage expanded flowto grabbed haspopup hidden invalid
    keyshortcuts label labelledby level live modal multiline multiselectable orientation owns
    placeholder posinset pressed readonly relevant required roledescription rowcount rowindex
    rowindextext rowspan selected setsize sort valuemax valuemin valuenow valuetext
""".split())


@rule("AX207", "aria-unknown", severity="warning",
      reference="WCAG 2.2 SC 4.1.2 Name, Role, Value; SC 1.3.1 Info and Relationships",
      act=("674b10", "5f99a7"), wcag=("1.3.1", "4.1.2"))
def check_aria_unknown(ctx: CheckContext) -> Iterator[Finding]:
    """A screen reader setting (a role or an aria- attribute) that does not exist.

    Pasted or hand-written markup sometimes carries a misspelt setting. Screen readers
    ignore it, so what it was meant to tell them (that this is a button, or what it is
    called) is never said.

    Bad::

        <div role="buton" aria-lable="Open the menu">Menu</div>

    Good::

        <button aria-label="Open the menu">Menu</button>
    """
    for element in ctx.document.main.iter():
        if not isinstance(element.tag, str) or not element.keys():
            continue
        role = (element.get("role") or "").strip()
        if role and not any(token in ROLES for token in role.lower().split()) and not (
                is_hidden(element, hidden_memo(ctx))):
            yield finding(
                f'The screen reader setting role="{role}" is not one that exists, so screen '
                "readers ignore it. Ask your web team to correct it or remove it.",
                element=element,
                excerpt=role,
            )
        for name in element.keys():
            if name.lower().startswith("aria-") and name.lower() not in ATTRIBUTES:
                yield finding(
                    f'The screen reader setting "{name}" is not one that exists (perhaps it '
                    "is misspelt), so screen readers ignore it. Ask your web team to correct "
                    "it or remove it.",
                    element=element,
                    excerpt=name,
                )
