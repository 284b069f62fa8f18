"""The WCAG 2.2 success criteria and W3C ACT rules that rules cite, with their addresses."""

from __future__ import annotations

#: Success criterion number -> (its name, its anchor in the WCAG 2.2 Recommendation).
SUCCESS_CRITERIA: dict[str, tuple[str, str]] = {
    "1.1.1": ("Non-text Content", "non-text-content"),
    "1.2.1": ("Audio-only and Video-only (Prerecorded)", "audio-only-and-video-only-prerecorded"),
    "1.2.2": ("Captions (Prerecorded)", "captions-prerecorded"),
    "1.3.1": ("Info and Relationships", "info-and-relationships"),
    "1.3.2": ("Meaningful Sequence", "meaningful-sequence"),
    "1.3.3": ("Sensory Characteristics", "sensory-characteristics"),
    "1.3.4": ("Orientation", "orientation"),
    "1.3.5": ("Identify Input Purpose", "identify-input-purpose"),
    "1.4.2": ("Audio Control", "audio-control"),
    "1.4.3": ("Contrast (Minimum)", "contrast-minimum"),
    "1.4.4": ("Resize Text", "resize-text"),
    "1.4.5": ("Images of Text", "images-of-text"),
    "1.4.6": ("Contrast (Enhanced)", "contrast-enhanced"),
    "1.4.8": ("Visual Presentation", "visual-presentation"),
    "1.4.12": ("Text Spacing", "text-spacing"),
    "2.1.1": ("Keyboard", "keyboard"),
    "2.2.1": ("Timing Adjustable", "timing-adjustable"),
    "2.2.2": ("Pause, Stop, Hide", "pause-stop-hide"),
    "2.2.4": ("Interruptions", "interruptions"),
    "2.4.1": ("Bypass Blocks", "bypass-blocks"),
    "2.4.2": ("Page Titled", "page-titled"),
    "2.4.3": ("Focus Order", "focus-order"),
    "2.4.4": ("Link Purpose (In Context)", "link-purpose-in-context"),
    "2.4.5": ("Multiple Ways", "multiple-ways"),
    "2.4.6": ("Headings and Labels", "headings-and-labels"),
    "2.4.9": ("Link Purpose (Link Only)", "link-purpose-link-only"),
    "2.5.3": ("Label in Name", "label-in-name"),
    "2.5.8": ("Target Size (Minimum)", "target-size-minimum"),
    "3.1.1": ("Language of Page", "language-of-page"),
    "3.1.2": ("Language of Parts", "language-of-parts"),
    "3.1.4": ("Abbreviations", "abbreviations"),
    "3.1.5": ("Reading Level", "reading-level"),
    "3.2.2": ("On Input", "on-input"),
    "3.2.5": ("Change on Request", "change-on-request"),
    "3.3.2": ("Labels or Instructions", "labels-or-instructions"),
    "4.1.2": ("Name, Role, Value", "name-role-value"),
}

WCAG_BASE = "https://www.w3.org/TR/WCAG22/#"
ACT_BASE = "https://www.w3.org/WAI/standards-guidelines/act/rules/"


def criterion_url(number: str) -> str:
    """The address of a success criterion in the WCAG 2.2 Recommendation."""
    return WCAG_BASE + SUCCESS_CRITERIA[number][1]


def criterion_title(number: str) -> str:
    """``1.1.1 Non-text Content``."""
    return f"{number} {SUCCESS_CRITERIA[number][0]}"


def act_url(act_id: str) -> str:
    """The address of a W3C ACT rule."""
    return f"{ACT_BASE}{act_id}/"
