"""The one sanitiser policy for every writer: which elements, attributes and addresses stay.

Every body that reaches a writer (HTML, block markup, Sphinx, the import path) passes
through :func:`sanitise` (by way of :func:`senreport.richtext.canonical`). The policy is an
allow-list, applied by ``nh3`` (the Ammonia sanitiser) after the HTML parser has decoded
entities and control characters, so ``jav&#x09;ascript:`` and ``&#106;avascript:`` are seen
as the browser sees them. :func:`serialise` then writes elements with ``<`` and ``>``
escaped inside attribute values too, so no attribute can end a WordPress block comment.
"""

from __future__ import annotations

import re

import nh3
from lxml import etree, html

#: Elements a section body may hold, with the attributes each may keep.
ALLOWED: dict[str, frozenset[str]] = {
    tag: frozenset(attrs)
    for tag, attrs in {
        "p": ("style",), "br": (), "strong": (), "em": (), "b": (), "i": (), "u": (),
        "s": (), "sub": (), "sup": (), "mark": (), "small": (), "code": (), "span": ("style",),
        "a": ("href", "title", "target", "rel", "hreflang"), "abbr": ("title",),
        "ul": (), "ol": ("start", "type", "reversed"), "li": (),
        "dl": (), "dt": (), "dd": (),
        "h3": (), "h4": (), "h5": (), "h6": (),
        "blockquote": ("cite",), "cite": (), "q": (), "pre": (), "hr": (),
        "table": (), "caption": (), "thead": (), "tbody": (), "tfoot": (), "tr": (),
        "th": ("scope", "colspan", "rowspan"), "td": ("colspan", "rowspan"),
        "img": ("src", "alt", "width", "height"), "figure": (), "figcaption": (),
        "details": (), "summary": (), "time": ("datetime",), "address": (),
        "iframe": ("src", "title", "width", "height"),
    }.items()
}
#: Elements kept only so that :mod:`senreport.richtext` can turn them into allowed ones
#: (h1 and h2 become h3, containers are unwrapped or become paragraphs).
RESHAPED: dict[str, frozenset[str]] = {
    tag: frozenset({"style"})
    for tag in ("h1", "h2", "div", "section", "article", "main", "aside", "header", "footer",
                "nav")
}
#: Elements dropped with everything inside them.
DROPPED = frozenset({"script", "style", "template", "noscript", "title", "textarea", "xmp",
                     "noembed", "noframes", "plaintext", "select", "object", "embed", "svg",
                     "math", "applet", "frameset", "frame"})
#: Address schemes a link or source may use; an address without a scheme is relative.
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: Attributes whose value is an address (checked against :data:`URL_SCHEMES`).
URL_ATTRIBUTES = frozenset({"href", "src", "cite", "action", "formaction", "data", "poster",
                            "background", "longdesc", "xlink:href", "srcset", "ping"})

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
# What the WHATWG URL parser ignores: leading/trailing C0 controls and spaces, and any
# tab or newline anywhere (so "java\tscript:" is "javascript:").
_EDGES = "".join(chr(c) for c in range(0x21))
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
# Two noncharacters stand in for < and > inside attribute values while lxml serialises;
# they, and control characters (which HTML forbids and lxml cannot hold), are removed first.
_LT, _GT = "\ufdd0", "\ufdd1"
_PLACEHOLDERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufdd0-\ufdef]")


def safe_url(value: str) -> bool:
    """Whether an address is http(s), mailto, tel or relative (after the browser's cleaning)."""
    cleaned = _TAB_NEWLINE.sub("", value.strip(_EDGES))
    scheme = _SCHEME.match(cleaned)
    if scheme is None:
        # No scheme: relative, unless a colon comes before any / ? # (an odd scheme).
        head = re.split(r"[/?#]", cleaned, maxsplit=1)[0]
        return ":" not in head
    return scheme.group(1).lower() in URL_SCHEMES


def _filter(_element: str, attribute: str, value: str) -> str | None:
    if attribute in URL_ATTRIBUTES and not safe_url(value):
        return None
    return value


_TAGS = frozenset(ALLOWED) | frozenset(RESHAPED)
_ATTRIBUTES = {tag: set(attrs) for tag, attrs in {**ALLOWED, **RESHAPED}.items()}


def sanitise(fragment: str) -> str:
    """An HTML fragment with only the allowed elements, attributes and addresses left.

    Unknown elements are unwrapped (their text kept); scripts, styles and other active
    content are removed with what they hold; comments are removed.
    """
    return str(nh3.clean(
        _PLACEHOLDERS.sub("", fragment),
        tags=set(_TAGS),
        clean_content_tags=set(DROPPED),
        attributes=_ATTRIBUTES,
        attribute_filter=_filter,
        strip_comments=True,
        link_rel=None,
        url_schemes=set(URL_SCHEMES),
    ))


def serialise(element: etree._Element) -> str:
    """An element as HTML, ``<`` and ``>`` escaped in attribute values as well as in text.

    lxml leaves them raw inside attributes, where ``--><!-- /wp:...`` in a link's title
    would close a WordPress block early.
    """
    for node in element.iter():
        for name, value in node.attrib.items():
            if "<" in value or ">" in value:
                node.set(name, value.replace("<", _LT).replace(">", _GT))
    text = str(html.tostring(element, encoding="unicode", method="html"))
    for node in element.iter():  # leave the tree as it was given
        for name, value in node.attrib.items():
            if _LT in value or _GT in value:
                node.set(name, value.replace(_LT, "<").replace(_GT, ">"))
    return text.replace(_LT, "&lt;").replace(_GT, "&gt;")
