"""AX rules on images: a text alternative, and a useful one (WCAG 2.2 SC 1.1.1)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from senreport.context import CheckContext
from senreport.document import normalise_space
from senreport.findings import Finding, finding
from senreport.rules.accessibility.accname import (
    PRESENTATIONAL,
    accessible_name,
    hidden_memo,
    is_hidden,
    role_of,
    with_role,
)
from senreport.rules.image_blocks import in_image_block
from senreport.rules.registry import rule

_FILE_ALT = re.compile(
    r"[\w\s().,-]*\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)"
    r"|(?:img|image|dsc[nf]?|dcim|pic|photo|picture|scan|untitled)[\s_-]*\d+(?:[\s_-]+\d+)*"
    r"|(?:screen ?shot|whatsapp image)[\s_-]*\d[\d\s_.:-]*(?:at[\d\s_.:-]*)?"
    r"|image|photo|photograph|picture|graphic|img|pic"
    r"|(?:click|press|tap)(?: (?:here|me))?|button",
    re.IGNORECASE,
)
_STEM_MARKS = re.compile(r"[-_\d]")
_NAMING = ("aria-label", "aria-labelledby")
#: Classes that say an editor has confirmed an image is decorative (the wp-bridge plugin
#: adds ``senreport-decorative``; some themes and plugins use the others).
_DECORATIVE_CLASSES = frozenset({"senreport-decorative", "is-decorative", "decorative"})
_WP_IMAGE = re.compile(r"(?:^|\s)wp-image-\d+(?:\s|$)")
_DECORATIVE_BLOCK = re.compile(r'"(?:decorative|senreportDecorative|isDecorative)"\s*:\s*true')


def images(ctx: CheckContext) -> list[etree._Element]:
    """Every image the reader can meet: ``<img>`` and anything with ``role="img"``."""
    scratch = ctx.document.scratch
    if "ax_images" not in scratch:
        found = [*ctx.document.main.iter("img"),
                 *(el for el in with_role(ctx, "img") if el.tag != "img")]
        scratch["ax_images"] = [el for el in found if not is_hidden(el, hidden_memo(ctx))]
    return scratch["ax_images"]  # type: ignore[no-any-return]


def _alt_is_blank(image: etree._Element) -> bool:
    alt = image.get("alt")
    return alt is not None and alt != "" and not alt.strip()


@rule("AX110", "image-alt", severity="warning", reference="WCAG 2.2 SC 1.1.1 Non-text Content",
      act=("23a2a8", "7d6734", "8fc3b6"), wcag=("1.1.1",))
def check_image_alt(ctx: CheckContext) -> Iterator[Finding]:
    """An image with no text alternative.

    Screen readers cannot see pictures. Without alt text they read out the file name
    or say nothing, so a parent misses what the picture shows. An image marked as
    decorative (empty alt text) is fine; so is one hidden from screen readers.

    Bad::

        <img src="senco.jpg">

    Good::

        <img src="senco.jpg" alt="Ms Patel, our SENCO, in the sensory room">
    """
    for image in images(ctx):
        if role_of(image) in PRESENTATIONAL or _alt_is_blank(image):
            continue  # decorative; a blank alt is AX112's
        if accessible_name(image):
            continue
        yield finding(
            "This image has no text alternative. Add alt text that says what the picture "
            "shows, or mark it as decorative if it is only there for decoration.",
            element=image,
            excerpt=image.get("src", ""),
        )
    for embedded in ctx.document.elements("object"):
        if _shows_media(embedded) and not _object_name(embedded) and not is_hidden(
                embedded, hidden_memo(ctx)) and role_of(embedded) not in PRESENTATIONAL:
            yield finding(
                "This embedded picture, sound or video has no name a screen reader can read "
                "out. Give it a title (or aria-label) saying what it is, such as \"Video: a "
                "tour of our sensory room\".",
                element=embedded,
                excerpt=embedded.get("data", ""),
            )


#: What an ``<object>`` shows, by its address's ending or its type: a picture, a sound or a
#: video (ACT rule 8fc3b6); a web page or a PDF in it has text of its own.
_MEDIA = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|mp3|wav|ogg|oga|m4a|aac|mp4|webm|mov|"
                    r"m4v|avi)$|^(?:image|audio|video)/", re.IGNORECASE)


def _shows_media(embedded: etree._Element) -> bool:
    data = (embedded.get("data") or "").split("?", 1)[0].split("#", 1)[0].strip()
    return bool(_MEDIA.search(data) or _MEDIA.search((embedded.get("type") or "").strip()))


def _object_name(embedded: etree._Element) -> str:
    """An ``<object>``'s name: only from aria-labelledby, aria-label or title (what it
    holds inside is shown where it cannot play, and names nothing)."""
    root = embedded.getroottree().getroot()
    for identifier in (embedded.get("aria-labelledby") or "").split():
        found = root.xpath("//*[@id=$i]", i=identifier)
        if found and normalise_space(found[0].text_content() or ""):
            return normalise_space(found[0].text_content() or "")
    return normalise_space(embedded.get("aria-label") or "") or normalise_space(
        embedded.get("title") or "")


def _is_file_stem(alt: str, src: str) -> bool:
    """Whether the alt text is the image's file name without its ending ("sen-team_2")."""
    stem = src.rsplit("/", 1)[-1].split("?", 1)[0].rsplit(".", 1)[0]
    return alt.lower() == stem.lower() and bool(_STEM_MARKS.search(stem))


def _given_name(image: etree._Element) -> str:
    """The name an image is given: its aria-label or aria-labelledby if it has one (they
    come first), else its alt text."""
    if any(image.get(a) for a in _NAMING):
        return accessible_name(image)
    return normalise_space(image.get("alt") or "")


def _named_images(ctx: CheckContext) -> Iterator[etree._Element]:
    """Every image, image button included, except one in a link that downloads it (where
    its file name is what the link offers)."""
    memo = hidden_memo(ctx)
    buttons = (el for el in ctx.document.main.iter("input")
               if (el.get("type") or "").strip().lower() == "image" and not is_hidden(el, memo))
    for image in [*images(ctx), *buttons]:
        if not any(a.get("download") is not None for a in image.iterancestors("a")):
            yield image


@rule("AX111", "image-alt-filename", severity="warning",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", act=("9eb3f6",), wcag=("1.1.1",))
def check_image_alt_filename(ctx: CheckContext) -> Iterator[Finding]:
    """An image's alt text is a file name, just the word "image", or "click" on a button.

    Screen readers read the alt text aloud: "IMG underscore 2031 dot jpg" or "image"
    tells a parent nothing about what the picture shows.

    Bad::

        <img src="IMG_2031.jpg" alt="IMG_2031.jpg">

    Good::

        <img src="IMG_2031.jpg" alt="Pupils working with a teaching assistant">
    """
    for image in _named_images(ctx):
        alt = _given_name(image)
        if alt and (_FILE_ALT.fullmatch(alt) or _is_file_stem(alt, image.get("src") or "")):
            shows = ("button does" if image.tag == "input" else
                     "picture shows, or mark the image as decorative")
            yield finding(
                f'The alt text "{alt}" is a file name or a placeholder, which tells someone '
                f"using a screen reader nothing. Replace it with a few words saying what the "
                f"{shows}.",
                element=image,
                excerpt=alt,
            )


@rule("AX112", "image-alt-blank", severity="warning",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", act=("23a2a8",), wcag=("1.1.1",))
def check_image_alt_blank(ctx: CheckContext) -> Iterator[Finding]:
    """An image's alt text is only a space.

    An alt text of a single space is neither a description nor a mark of decoration:
    many screen readers then announce "image" or read out the file name.

    Bad::

        <img src="team.jpg" alt=" ">

    Good::

        <img src="divider.png" alt="">
    """
    for image in images(ctx):
        if (image.tag == "img" and _alt_is_blank(image) and role_of(image) not in PRESENTATIONAL
                and not accessible_name(image)):
            yield finding(
                "This image's alt text is only a space, so screen readers may say \"image\" "
                "or read out the file name. Type a few words saying what it shows, or, if it "
                "is only decoration, mark it as decorative (leave the alt text empty).",
                element=image,
                excerpt=image.get("src", ""),
            )


@rule("AX113", "image-title-only", severity="warning",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", wcag=("1.1.1",))
def check_image_title_only(ctx: CheckContext) -> Iterator[Finding]:
    """An image is described only by its tooltip (title), not by alt text.

    A tooltip only shows when a mouse hovers over the picture, never on a phone or to a
    keyboard user, and some screen readers skip it. Alt text reaches everyone.

    Bad::

        <img src="senco.jpg" title="Ms Patel, our SENCO">

    Good::

        <img src="senco.jpg" alt="Ms Patel, our SENCO">
    """
    for image in images(ctx):
        if image.tag != "img" or (image.get("alt") or "").strip():
            continue
        if any((image.get(a) or "").strip() for a in _NAMING):
            continue
        title = normalise_space(image.get("title") or "")
        if title and accessible_name(image) == title:
            yield finding(
                f'This image is described only by its tooltip ("{title}"), which phones, '
                "keyboards and some screen readers never show. Put the description in the "
                "image's alt text instead.",
                element=image,
                excerpt=title,
            )


def _confirmed_decorative(image: etree._Element) -> bool:
    """Whether an editor has marked the image decorative (a class or the block's setting)."""
    holders = [image, *[a for a in image.iterancestors() if a.tag in ("figure", "div", "span")]]
    for holder in holders[:3]:
        if _DECORATIVE_CLASSES & set((holder.get("class") or "").split()):
            return True
    if (image.get("role") or "").strip().lower() in PRESENTATIONAL:
        return True
    block = holders[1] if len(holders) > 1 else image
    comment = block.getprevious()
    while comment is not None and not isinstance(comment.tag, str):
        if isinstance(comment, etree._Comment):
            return bool(_DECORATIVE_BLOCK.search(comment.text or ""))
        comment = comment.getprevious()
    return False


@rule("AX114", "image-decorative-unconfirmed", severity="info",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content", wcag=("1.1.1",))
def check_image_decorative_unconfirmed(ctx: CheckContext) -> Iterator[Finding]:
    """A WordPress image has empty alt text: is it really only decoration?

    The block editor saves an image with empty alt text until someone types a
    description, and empty alt text tells screen readers to skip the picture. That is
    right for a border or a pattern, wrong for a photo of the SENCO.

    Bad::

        <figure class="wp-block-image"><img src="/uploads/senco.jpg" alt=""
        class="wp-image-12"></figure>

    Good::

        <figure class="wp-block-image senreport-decorative"><img src="/uploads/border.png"
        alt="" class="wp-image-13"></figure>
    """
    for image in images(ctx):
        if image.tag != "img" or image.get("alt") != "":
            continue
        parent = image.getparent()
        in_figure = parent is not None and "wp-block-image" in (
            (parent.get("class") or "") + " " + (
                (parent.getparent().get("class") or "") if parent.getparent() is not None
                else ""))
        if not (in_figure or _WP_IMAGE.search(image.get("class") or "")):
            continue
        if any(a.tag == "a" and a.get("href") is not None for a in image.iterancestors()):
            continue  # a linked image needs a name; the link rules say so
        if _confirmed_decorative(image):
            continue
        if in_image_block(image):
            continue  # an image block being edited: AX119 asks the editor in the block
        yield finding(
            "This image has empty alt text, so screen readers skip it. If it shows something "
            "a parent needs (a person, a place, a chart), add alt text saying what it shows; "
            "if it is only decoration, mark it as decorative so this note goes away.",
            element=image,
            excerpt=image.get("src", ""),
        )


@rule("AX115", "image-button-name", severity="warning",
      reference="WCAG 2.2 SC 1.1.1 Non-text Content; SC 4.1.2 Name, Role, Value",
      act=("59796f",), wcag=("1.1.1", "4.1.2"))
def check_image_button_name(ctx: CheckContext) -> Iterator[Finding]:
    """A button made of a picture has no text alternative.

    A picture used as a button (such as a "Search" magnifying glass) needs alt text
    saying what the button does, or screen readers announce only "button".

    Bad::

        <form action="/search"><input type="image" src="search.png"></form>

    Good::

        <form action="/search"><input type="image" src="search.png" alt="Search"></form>
    """
    for button in ctx.document.elements("input"):
        if (button.get("type") or "").strip().lower() != "image":
            continue
        if is_hidden(button, hidden_memo(ctx)):
            continue
        if not accessible_name(button):
            yield finding(
                "This picture button has no text alternative, so screen readers announce only "
                '"button". Give it alt text saying what it does, for example "Search".',
                element=button,
                excerpt=button.get("src", ""),
            )


_TEXT_PICTURE = re.compile(
    r"(?<![a-z])(?:poster|flyer|flier|leaflet|newsletter|letter|timetable|menu|screenshot|"
    r"screen[-_ ]shot|scan(?:ned)?|infographic|notice|invitation)(?![a-z])",
    re.IGNORECASE,
)


@rule("AX116", "image-of-text", severity="info", reference="WCAG 2.2 SC 1.4.5 Images of Text",
      wcag=("1.4.5", "1.1.1"))
def check_image_of_text(ctx: CheckContext) -> Iterator[Finding]:
    """A picture of a poster, letter or timetable: text people cannot read or zoom.

    A scanned letter or a poster saved as a picture cannot be read aloud by a screen
    reader, enlarged without blurring, or translated. Put the words on the page as text.

    Bad::

        <img src="/uploads/parents-evening-poster.png" alt="Poster">

    Good::

        <img src="/uploads/parents-evening-poster.png" alt="Poster">
        <p>Parents' evening is on Thursday 5 March, 4pm to 7pm, in the school hall.</p>
    """
    for image in images(ctx):
        if image.tag != "img" or role_of(image) in PRESENTATIONAL:
            continue
        src = (image.get("src") or "").rsplit("/", 1)[-1]
        alt = normalise_space(image.get("alt") or "")
        if not (_TEXT_PICTURE.search(src) or _TEXT_PICTURE.search(alt)):
            continue
        if len(alt.split()) >= 20 or _followed_by_text(image):
            continue  # the words are given in the alt text or just after the picture
        yield finding(
            "This picture looks like a poster, letter or timetable. Text in a picture cannot "
            "be read aloud by screen readers or enlarged clearly. Type its words on the page "
            "as well (just below the picture), so everyone can read them.",
            element=image,
            excerpt=image.get("src", ""),
        )


def _followed_by_text(image: etree._Element) -> bool:
    """Whether a paragraph of some length comes straight after the picture (or its figure)."""
    holder = image
    for ancestor in image.iterancestors():
        if ancestor.tag in ("figure", "p", "a", "div", "span"):
            holder = ancestor
            if ancestor.tag == "figure":
                break
        else:
            break
    following = holder.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    text = normalise_space(following.text_content()) if following is not None else ""
    return len(text.split()) >= 8
