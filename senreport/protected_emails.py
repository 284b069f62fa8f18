"""E-mail addresses a web host hid from address-harvesting robots, put back.

Many school sites sit behind Cloudflare, whose "email address obfuscation" replaces each
address on the public page with "[email protected]" and a scrambled copy of it: a
``data-cfemail`` attribute (on a span or a link) or a link to
``/cdn-cgi/l/email-protection#...``. A browser runs a script that puts the address back;
a page read without scripts (an audit of the school's public page) has only the
placeholder, so the SENCO's e-mail would be missing. The scrambled copy is the address's
bytes, each combined (exclusive or) with the first byte, written in hexadecimal.
"""

from __future__ import annotations

import re

from lxml import etree

#: Words on a page that say it holds scrambled addresses (tried before walking the tree).
MARKERS = ("data-cfemail", "email-protection#")
#: A link to the host's script page, the scrambled address after the ``#``.
_PROTECTED_LINK = re.compile(r"/cdn-cgi/l/email-protection#([0-9a-fA-F]+)$")
#: What a sensible address looks like once put back (anything else is left as it was).
_ADDRESS = re.compile(r"[^\s@<>\"']+@[^\s@<>\"']+\.[^\s@<>\"']+")


def reveal(scrambled: str) -> str | None:
    """The address a scrambled copy holds, or None when it holds no address."""
    try:
        raw = bytes.fromhex(scrambled)
    except ValueError:
        return None
    if len(raw) < 2:
        return None
    key = raw[0]
    try:
        address = bytes(byte ^ key for byte in raw[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return address if _ADDRESS.fullmatch(address) else None


def may_hold(content: str) -> bool:
    """Whether content may hold scrambled addresses (a cheap test of its text)."""
    return any(marker in content for marker in MARKERS)


def reveal_in(root: etree._Element) -> int:
    """Put back, in place, every scrambled address under ``root``; the number put back.

    An element carrying ``data-cfemail`` gets the address as its only text; a link to the
    host's script page links to the address (``mailto:``) and, when its words were only
    the placeholder, shows it.
    """
    count = 0
    for element in root.iter("*"):
        scrambled = element.get("data-cfemail")
        if scrambled is not None:
            address = reveal(scrambled)
            if address is not None:
                tail = element.tail
                for child in list(element):
                    element.remove(child)
                element.text = address
                element.tail = tail
                del element.attrib["data-cfemail"]
                if element.tag == "a":
                    element.set("href", "mailto:" + address)
                count += 1
        href = element.get("href") if element.tag == "a" else None
        found = _PROTECTED_LINK.search(href) if href else None
        if found is not None:
            address = reveal(found.group(1))
            if address is not None:
                element.set("href", "mailto:" + address)
                if "protected" in "".join(element.itertext()) and not len(element):
                    element.text = address
                count += 1
    return count
