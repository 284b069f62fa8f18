"""AX rules on links: every link has a name, and the name says where it goes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    LINK_ROLES,
    accessible_name,
    hidden_memo,
    is_hidden,
    name_from_content,
    role_of,
    with_role,
)
from senreport.rules.registry import rule

_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_GENERIC_LINK_TEXT = frozenset({
    "click here", "click", "here", "read more", "more", "this link", "link", "find out more",
    "learn more", "more info", "more information", "more details", "details", "see more",
    "view more", "continue reading", "continue", "click here for more information",
    "click here to find out more", "click here to read more", "read more here", "go", "this",
    "this page", "page", "website", "info", "view", "see here", "go here", "click this link",
})
#: Single words and short phrases that name a kind of thing, not which one (AX124).
_VAGUE_LINK_TEXT = frozenset({
    "download", "download here", "download now", "download this", "download pdf",
    "download the pdf", "download file", "download document", "pdf", "word", "document",
    "file", "attachment", "form", "workshop", "event", "leaflet", "flyer", "booklet",
    "letter", "newsletter", "poster", "guide", "policy", "report", "view pdf", "open",
    "open pdf", "view document", "view file", "open document", "document here", "form here",
    "booking form", "book here", "book now", "register here", "sign up here", "apply here",
})
_FILE_NAME = re.compile(
    r"[\w .,()&'+-]*[\w)]\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|txt|csv|zip|jpe?g|png)",
    re.IGNORECASE,
)
_URL_TEXT = re.compile(
    r"(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:uk|com|org|net|gov)/\S*",
    re.IGNORECASE,
)
_NEW_WINDOW = re.compile(r"\bnew\s+(?:browser\s+)?(?:window|tab)\b", re.IGNORECASE)


def links(ctx: CheckContext) -> list[tuple[etree._Element, str]]:
    """Every link a screen reader reaches in the main content, with its accessible name."""
    scratch = ctx.document.scratch
    if "ax_links" not in scratch:
        found = [el for el in ctx.document.main.iter("a", "area")
                 if el.get("href") is not None]
        found += with_role(ctx, *LINK_ROLES)
        scratch["ax_links"] = [(el, accessible_name(el)) for el in dict.fromkeys(found)
                               if not is_hidden(el, hidden_memo(ctx)) and role_of(el) in LINK_ROLES]
    return scratch["ax_links"]  # type: ignore[no-any-return]


def _bare(text: str) -> str:
    return _PUNCTUATION.sub("", text).lower()


def described(link: etree._Element) -> bool:
    """Whether the link's purpose is given by a description it points to (SC 2.4.4's
    "programmatically determined link context"), as WordPress's file block does for its
    "Download" button."""
    root = link.getroottree().getroot()
    for identifier in (link.get("aria-describedby") or "").split():
        found = root.xpath("//*[@id=$i]", i=identifier)
        if found and name_from_content(found[0]):
            return True
    return False


@rule("AX120", "link-text-generic", severity="warning",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)", act=("5effbb", "aizyf1"),
      wcag=("2.4.4",))
def check_link_text_generic(ctx: CheckContext) -> Iterator[Finding]:
    """A link says "click here" or "read more" instead of where it goes.

    Screen reader users often list a page's links or jump from link to link, hearing
    only the link text. Ten links called "click here" give them no way to choose.

    Bad::

        <p>Our SEND policy is available. <a href="/send-policy">Click here</a>.</p>

    Good::

        <p>Read <a href="/send-policy">our SEND policy</a>.</p>
    """
    for link, name in links(ctx):
        if _bare(name) in _GENERIC_LINK_TEXT and not described(link):
            yield finding(
                f'The link text "{name}" does not say where the link goes. Change the linked '
                'words to say what the link leads to, for example "our SEND policy" instead '
                'of "click here".',
                element=link,
            )


@rule("AX121", "link-text-url", severity="warning",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)", wcag=("2.4.4",))
def check_link_text_url(ctx: CheckContext) -> Iterator[Finding]:
    """A link's text is a bare web address.

    Screen readers read a web address out character by character, and long addresses
    break awkwardly on phones. The name of the page is clearer for everyone.

    Bad::

        <p>See <a href="https://www.leeds.gov.uk/localoffer">
        https://www.leeds.gov.uk/localoffer</a></p>

    Good::

        <p>See <a href="https://www.leeds.gov.uk/localoffer">
        the Leeds Local Offer</a></p>
    """
    for link, name in links(ctx):
        if _URL_TEXT.fullmatch(name):
            yield finding(
                "The link text is a web address, which screen readers read out letter by "
                "letter. Change the linked words to the name of the page, for example "
                '"the Leeds Local Offer".',
                element=link,
            )


@rule("AX122", "new-window", severity="warning", reference="WCAG 2.2 SC 3.2.5 Change on Request",
      wcag=("3.2.5",))
def check_new_window(ctx: CheckContext) -> Iterator[Finding]:
    """A link opens a new window or tab without saying so.

    A new tab that opens without warning disorients people who use screen readers or
    magnifiers, and on a phone the back button then no longer works as they expect.

    Bad::

        <a href="https://www.leeds.gov.uk/localoffer" target="_blank">
        Leeds Local Offer</a>

    Good::

        <a href="https://www.leeds.gov.uk/localoffer" target="_blank">
        Leeds Local Offer (opens in a new tab)</a>
    """
    for link, name in links(ctx):
        if link.get("target", "").strip().lower() not in ("_blank", "_new"):
            continue
        said = " ".join((name, name_from_content(link), link.get("title") or ""))
        if not _NEW_WINDOW.search(said):
            yield finding(
                'This link opens in a new tab without warning. Either let it open in the same '
                'tab (turn off "Open in new tab" in the link settings), or add "(opens in a '
                'new tab)" to the link text.',
                element=link,
            )


def _empty_link_message(link: etree._Element) -> str:
    """Why a link has no name, in the editor's terms."""
    pictures = [el for el in link.iter("img", "svg") if not is_hidden(el)]
    if pictures:
        return ("This link is a picture with no text alternative, so screen readers cannot "
                "say where it goes. Give the picture alt text naming where the link leads, "
                'for example "Leeds Local Offer".')
    if (link.text or "").strip() or any(child is not link for child in link.iter()):
        return ("This link has no words a screen reader can read (only an icon, punctuation "
                "or hidden text), so nobody using one can tell where it goes. Add words "
                "saying where it leads.")
    return ("This link is empty: it has no words, so screen readers announce only \"link\". "
            "Add words saying where it leads, or delete the link.")


@rule("AX123", "link-name", severity="warning",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context); SC 4.1.2 Name, Role, Value",
      act=("c487ae",), wcag=("2.4.4", "4.1.2"))
def check_link_name(ctx: CheckContext) -> Iterator[Finding]:
    """A link has no name a screen reader can read out.

    An empty link, a link around a picture with no alt text, or a link that is only an
    icon is announced as "link" and nothing more, so a parent cannot know where it goes.

    Bad::

        <a href="https://www.leeds.gov.uk/localoffer"><img src="lo-logo.png" alt=""></a>

    Good::

        <a href="https://www.leeds.gov.uk/localoffer"><img src="lo-logo.png"
        alt="Leeds Local Offer"></a>
    """
    for link, name in links(ctx):
        if not name:
            yield finding(_empty_link_message(link), element=link,
                          excerpt=link.get("href") or "")


@rule("AX124", "link-text-vague", severity="warning",
      reference="WCAG 2.2 SC 2.4.4 Link Purpose (In Context)", act=("5effbb", "aizyf1"),
      wcag=("2.4.4",))
def check_link_text_vague(ctx: CheckContext) -> Iterator[Finding]:
    """A link's text names a kind of thing ("Download"), is a file name or only a symbol.

    Out of context, "Download", "SEN_Policy_v3_FINAL.pdf" or "»" does not say which
    document a link leads to. Screen reader users who list a page's links hear only these
    words.

    Bad::

        <p>Our SEND policy: <a href="/files/send-policy.pdf">Download</a></p>

    Good::

        <p><a href="/files/send-policy.pdf">Download our SEND policy (PDF)</a></p>
    """
    for link, name in links(ctx):
        bare = _bare(name)
        if described(link):
            continue
        if name and not bare:
            yield finding(
                f'The link text "{name}" is only a symbol, which screen readers read out as '
                'punctuation or skip. Change it to words saying where the link leads.',
                element=link,
            )
        elif bare in _VAGUE_LINK_TEXT:
            yield finding(
                f'The link text "{name}" does not say which one. Change the linked words to '
                'name it, for example "Download our SEND policy (PDF)".',
                element=link,
            )
        elif _FILE_NAME.fullmatch(name):
            yield finding(
                f'The link text "{name}" is a file name, which is hard to listen to and may '
                "not say what the document is. Change the linked words to the document's "
                'title, for example "SEND policy 2026 (PDF)".',
                element=link,
            )
