"""Addresses a web host scrambled against robots (Cloudflare's e-mail obfuscation) are read
as the school wrote them."""

from __future__ import annotations

import pytest
from lxml import html

from senreport.check import check
from senreport.protected_emails import reveal, reveal_in


def scrambled(address: str, key: int) -> str:
    """The host's scrambled copy of an address: the key byte, then each byte combined
    with it, in hexadecimal (written here from the format, not taken from the host)."""
    return f"{key:02x}" + "".join(f"{byte ^ key:02x}" for byte in address.encode())


def _page(contact: str) -> str:
    return ("<html><body><main><h1>SEN Information Report</h1>"
            "<h2>Who is our SENCO?</h2><p>Our SENCO is Mrs Jane Holt. You can contact her"
            f" by email: {contact} or by telephone on 01632 960123.</p></main></body></html>")


@pytest.mark.parametrize("key", [0x00, 0x5A, 0xD7, 0xFF])
@pytest.mark.parametrize("address", ["senco@example.sch.uk", "j.holt-ward@brook.example.org",
                                     "sendco+parents@école.example.fr"])
def test_reveal_reads_back_every_key(address: str, key: int) -> None:
    assert reveal(scrambled(address, key)) == address


@pytest.mark.parametrize("bad", ["", "5a", "zz12", "5a2", scrambled("not an address", 7),
                                 "41" + "ff" * 6])
def test_reveal_gives_none_for_what_holds_no_address(bad: str) -> None:
    assert reveal(bad) is None


def test_a_scrambled_span_gives_the_senco_email() -> None:
    code = scrambled("senco@example.sch.uk", 0x5A)
    span = (f'<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{code}">'
            "[email&#160;protected]</a>")
    facts = check(_page(span), source="report.html").facts
    assert facts.senco_email == "senco@example.sch.uk"
    assert facts.senco_name == "Jane Holt"


def test_a_link_to_the_hosts_script_gives_the_senco_email() -> None:
    code = scrambled("j.holt@example.sch.uk", 0x33)
    link = f'<a href="/cdn-cgi/l/email-protection#{code}">Email Mrs Holt</a>'
    facts = check(_page(link), source="report.html").facts
    assert facts.senco_email == "j.holt@example.sch.uk"


def test_the_placeholder_alone_gives_no_email() -> None:
    facts = check(_page("[email&#160;protected]"), source="report.html").facts
    assert facts.senco_email is None


def test_reveal_in_keeps_the_links_words_and_what_follows() -> None:
    code = scrambled("office@example.sch.uk", 0x21)
    root = html.fromstring(
        f'<div><p>Write to <a href="/cdn-cgi/l/email-protection#{code}">the office</a> or '
        f'<span class="__cf_email__" data-cfemail="{code}">[email protected]</span> today.'
        "</p></div>")
    assert reveal_in(root) == 2
    link = root.find(".//a")
    assert link is not None
    assert link.get("href") == "mailto:office@example.sch.uk"
    assert link.text == "the office"
    assert root.text_content() == "Write to the office or office@example.sch.uk today."
