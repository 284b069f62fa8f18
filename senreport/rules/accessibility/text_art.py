"""AX253: a picture drawn with keyboard characters (ASCII art) in a preformatted block.

Screen readers read such a picture one symbol at a time ("slash, backslash, left paren,
backtick..."), which means nothing, and it falls apart when text is enlarged or wraps on a
phone (WCAG 2.2 SC 1.1.1 Non-text Content; technique H86 gives ASCII art a text
alternative). Found only in a shown ``pre`` block with no ``code``, ``samp`` or ``kbd``
inside (program code is not a picture), no role, label or title, where at least two lines
are drawn, not written: four or more symbols (not letters, digits or spaces) and more
symbols than letters and digits, and symbols outnumber letters and digits in the block.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import hidden_memo, is_hidden
from senreport.rules.registry import rule

_PROGRAM = etree.XPath(".//code | .//samp | .//kbd")
_EXPLAINED = ("role", "aria-label", "aria-labelledby", "title")


def _counts(text: str) -> tuple[int, int]:
    """Symbols, and letters and digits, in some text."""
    written = sum(ch.isalnum() for ch in text)
    symbols = sum(not ch.isalnum() and not ch.isspace() for ch in text)
    return symbols, written


def _drawn(text: str) -> bool:
    symbols, written = _counts(text)
    if symbols <= written:
        return False
    drawn_lines = 0
    for line in text.splitlines():
        line_symbols, line_written = _counts(line)
        drawn_lines += line_symbols >= 4 and line_symbols > line_written
    return drawn_lines >= 2


@rule("AX253", "text-picture", severity="info",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", wcag=("1.1.1",))
def check_text_picture(ctx: CheckContext) -> Iterator[Finding]:
    """A picture is drawn with keyboard characters (ASCII art), with no words to say what.

    Screen readers read it out symbol by symbol, and it breaks apart on a phone. Use an
    image with alt text, or say in words what it shows.

    Bad::

        <pre>
          /\\_/\\
         ( o.o )
         =( Y )=
          /___\\
        </pre>

    Good::

        <p><img src="cat.png" alt="A smiling cat"></p>
    """
    memo = hidden_memo(ctx)
    for block in ctx.document.elements("pre"):
        if any(block.get(name) is not None for name in _EXPLAINED) or _PROGRAM(block):
            continue
        if not _drawn(block.text_content() or "") or is_hidden(block, memo):
            continue
        yield finding(
            "This looks like a picture drawn with keyboard characters. Screen readers read it "
            "out one symbol at a time, which makes no sense, and it falls apart on a phone. "
            "Use a picture with alt text instead, or say in words what it shows.",
            element=block,
        )
