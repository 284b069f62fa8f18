"""AX227: coloured text that meets the ordinary contrast line (AX130) but not WCAG's
enhanced one: 7 to 1 for ordinary text, 4.5 to 1 for large text (SC 1.4.6, AAA).

Many parents with low vision need more contrast than the AA minimum gives. This is a note,
not a warning: AA is what schools are held to, and text below AA is AX130's to report.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.contrast import ratio_words, text_contrasts
from senreport.rules.registry import rule


@rule("AX227", "colour-contrast-enhanced", severity="info",
      reference="WCAG 2.2 SC 1.4.6 Contrast (Enhanced) (AAA)", act=("09o5cg",),
      wcag=("1.4.6",))
def check_colour_contrast_enhanced(ctx: CheckContext) -> Iterator[Finding]:
    """Coloured text is readable, but not as clear as it could be for low vision.

    Text at 4.5 to 1 meets the usual standard, yet parents with low vision read much
    more easily at 7 to 1 (4.5 to 1 for large text).

    Bad::

        <p style="color: #666666">Contact the SENCO on 0113 496 0000.</p>

    Good::

        <p style="color: #333333">Contact the SENCO on 0113 496 0000.</p>
    """
    reported: set[tuple[tuple[int, int], bool]] = set()
    for text in text_contrasts(ctx):
        minimum, enhanced = (3.0, 4.5) if text.large else (4.5, 7.0)
        key = (text.origin, text.large)
        if not minimum <= text.ratio < enhanced or key in reported:
            continue  # (below the minimum, AX130 reports it)
        reported.add(key)
        yield finding(
            f"This text meets the usual contrast standard, but at {ratio_words(text.ratio)} "
            f"it is not as clear as it could be for people with low vision (the higher "
            f"standard is {enhanced:g} to 1{' for large text' if text.large else ''}). If "
            "you can, choose a darker text colour or a lighter background.",
            element=text.element,
        )
