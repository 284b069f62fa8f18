"""Links on a page: where each stands, whether it is site furniture, and the best link to
the Local Offer, the SEND policy and the accessibility plan."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from urllib.parse import unquote

from lxml import etree

from senreport.document import Document
from senreport.main_content import is_chrome

_LOCAL_OFFER = re.compile(r"local[\s\-_]*offer", re.IGNORECASE)
#: Links that are never the local authority's Local Offer: the school's own "local offer"
#: page, and national guidance (GOV.UK, legislation) that explains what one must hold.
_NOT_THE_LOCAL_OFFER = re.compile(
    r"\b(?:our|this)\s+(?:school['’]?s?\s+)?(?:send?\s+)?local[\s\-_]*offer"
    r"|\bschool['’]s\s+(?:send?\s+)?local[\s\-_]*offer"
    r"|^https?://(?:www\.)?(?:gov\.uk|legislation\.gov\.uk)(?:/|$)"
    # a council's home page ("the council's website"), not its Local Offer's
    r"|^https?://(?:www\.)?[\w-]+\.gov\.uk/?$", re.IGNORECASE)
#: A link to one of the council's own documents beside the words "Local Offer" (its
#: "Post-16 Options guide", a leaflet): that document, not the Local Offer.
_ANOTHER_DOCUMENT = re.compile(r"\b(?:guide|booklet|leaflet|prospectus|newsletter|survey)s?\b",
                               re.IGNORECASE)
#: The council's other services linked beside the words "Local Offer" (its Family Information
#: Service, home-to-school or post-16 travel, school admissions): that service, not the Local
#: Offer.
_ANOTHER_SERVICE = re.compile(r"family\s+information\s+service|\bfis\b|\btravel\b|\btransport\b|"
                              r"\badmissions?\b|school[\s\-_]+places", re.IGNORECASE)
#: The school's own "School Offer" page linked beside the words "Local Offer" ("Our own
#: contribution, the Fairholme School Offer, is at ..."): the school's, not the council's.
_SCHOOL_OFFER = re.compile(r"\bschool[\s\-_]+offer\b", re.IGNORECASE)
#: Services that advise families, never the local authority's Local Offer: SENDIASS, and
#: the national charities and bodies a page names beside it (IPSEA, Contact, the National
#: Autistic Society, Mencap, the NHS, Ofsted...).
_ADVICE_SERVICES = re.compile(
    r"SENDIASS|\bIASS\b|information,?\s+advice|\bipsea\b|contact\.org\.uk|contact a family|"
    r"autism\.org\.uk|national autistic|\bnasen\b|mencap|sos\W?sen|disabled ?children|"
    r"youngminds|dyslexia|ofsted|\bnhs\b|family ?fund|parent\W?carer\W?forum",
    re.IGNORECASE)
_SEND_POLICY = re.compile(
    r"\b(?:SEND?|SEN\s*(?:and|&)\s*D|Special\s+Educational\s+Needs?"
    r"(?:\s+(?:and|&)\s+Disabilit(?:y|ies))?)\b(?:\s*\((?:SEND?)\))?(?:\s+(?:and|&)\s+Inclusion)?"
    r"\s+polic(?:y|ies)\b|\bsend?[\-_]?(?:and[\-_])?(?:inclusion[\-_])?polic", re.IGNORECASE)
_INCLUSION_POLICY = re.compile(r"\binclusion[\s\-_]+polic(?:y|ies)\b", re.IGNORECASE)
_ACCESS_PLAN = re.compile(r"accessibility[\s\-_]*(?:plan|strategy)", re.IGNORECASE)
_VAGUE_LINK = re.compile(r"^\W*(?:click\s+)?(?:here|this\s+link|link|download|view|read(?:\s+more)?"
                         r"|more|open|(?:the\s+)?(?:pdf|document|file)|website|this)\W*"
                         r"(?:\(?pdf\)?)?\W*$", re.IGNORECASE)
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+"
                       # a council's address written without "www." ("send.essex.gov.uk")
                       r"|(?<![@\w.\-])(?:[a-z0-9\-]+\.)+gov\.uk\b(?:/[^\s<>\"'()]*)?",
                       re.IGNORECASE)
#: Links that pass through a redirect before the address they name: Google Docs' published
#: pages ("google.com/url?q=ADDRESS"), Outlook's safe links ("?url=ADDRESS"), Facebook's.
_REDIRECT = re.compile(r"^https?://(?:www\.)?(?:google\.[a-z.]+/url\?(?:[^#]*&)?q="
                       r"|[\w.\-]*safelinks\.protection\.outlook\.com/\?(?:[^#]*&)?url="
                       r"|l\.facebook\.com/l\.php\?(?:[^#]*&)?u=)(?P<address>[^&#]+)",
                       re.IGNORECASE)


def unwrapped(href: str) -> str:
    """The address a link leads to, through a redirect that names it."""
    through = _REDIRECT.match(href)
    if through is None:
        return href
    address = unquote(through.group("address"))
    return address if re.match(r"(?i)https?://", address) else href


#: A link to another site (the local authority's Local Offer is on the council's): a path
#: alone ("/docs/local-offer-leaflet.pdf") is a page or file of the school's own site.
_ELSEWHERE = re.compile(r"(?i)(?:https?:)?//|www\.")
#: A line that leads into what follows it: short, or ending with a colon ("Our Local
#: Offer:"), not a sentence of its own ("... It is part of the council's Local Offer.").
_LEAD_IN = re.compile(r"^.{0,60}$|[:\-–—]\s*$", re.DOTALL)
#: The rest of an address broken after a hyphen at the end of a line ("...-and-disability-
#: local-offer"): lower-case letters, digits and the marks of a path, up to a space.
_WRAPPED = re.compile(r"\s([a-z0-9][a-z0-9\-_/.%]*)(?=\s|$)")
#: After a slash, only a word that ends the text: "at www.shire.gov.uk/ sendlocaloffer" (a line
#: broken there) but not "www.shire.gov.uk/ for more information".
_WRAPPED_LAST = re.compile(r"\s([a-z0-9][a-z0-9\-_/.%]*?)[.,;:!?]?\s*$")
#: How near the words naming it a bare address must stand (characters either side).
_NEAR = 200
#: What a Local Offer is called where its bare address is given.
_LOCAL_OFFER_SAID = re.compile(_LOCAL_OFFER.pattern + r"|local\s+authority['’]s\s+offer",
                               re.IGNORECASE)


@dataclass(frozen=True)
class Link:
    """A link in the main content."""

    href: str
    label: str
    block: int | None
    pos: int  # where its text starts in its block's text
    chrome: bool



class LinksRead:
    """What :class:`senreport.facts.extract._Page` reads of links (its document, texts and
    the block each element begins)."""

    document: Document
    texts: list[str]
    links: list[Link]
    element_blocks: dict[etree._Element, list[int]]
    _mention_cache: dict[tuple[str, int], list[int]]

    def _links(self) -> list[Link]:
        """Every link with its block (or ``None``), its place there, and whether it is furniture."""
        found = []
        main = self.document.main
        searched_to: dict[int, int] = {}
        furniture: dict[etree._Element, bool] = {}  # ancestors links share, judged once
        before: dict[etree._Element, int | None] | None = None  # read once, when first needed
        for link in self.document.links():
            chrome = False
            block = None
            ancestors = list(link.iterancestors())
            for ancestor in ancestors:
                if ancestor is main:
                    break
                if ancestor not in furniture:
                    furniture[ancestor] = is_chrome(ancestor) and (
                        ancestor not in self.document.on_demand)
                if furniture[ancestor]:
                    chrome = True
                    break
            label = " ".join((link.text_content() or "").split())
            for element in (link, *ancestors):
                blocks = self.element_blocks.get(element)
                if blocks is not None:
                    # of a paragraph's lines, the one holding the link's words
                    block = next((b for b in blocks if label and label in self.texts[b]),
                                 blocks[0])
                    break
                if element is main:
                    break
            if block is None and not chrome:
                # a button standing beside the text ("Email the SENCO" as an image): it
                # belongs with the block just before it
                if before is None:
                    before = self._blocks_before(main)
                block = before.get(link)
                label = label or " ".join(link.xpath(".//img/@alt"))
            pos = 0
            if block is not None and label:
                text = self.texts[block]
                pos = text.find(label, searched_to.get(block, 0))
                if pos < 0:
                    pos = max(text.find(label), 0)
                else:
                    searched_to[block] = pos + len(label)
            href = unwrapped((link.get("href") or "").strip())
            label = label or (link.get("title") or link.get("aria-label") or "").strip()
            found.append(Link(href, label, block, pos, chrome))
        return found

    def _blocks_before(self, main: etree._Element) -> dict[etree._Element, int | None]:
        """For each link of the main content, the last block begun before it (in one pass)."""
        last: int | None = None
        before: dict[etree._Element, int | None] = {}
        for element in main.iter():
            if element.tag == "a":
                before[element] = last
            blocks = self.element_blocks.get(element)
            if blocks:
                last = max(blocks) if last is None else max(last, *blocks)
        return before

    def _mentions(self, pattern: re.Pattern[str], block: int) -> list[int]:
        key = (pattern.pattern, block)
        if key not in self._mention_cache:
            self._mention_cache[key] = [m.start() for m in pattern.finditer(self.texts[block])]
        return self._mention_cache[key]

    def _best_link(self, strong: re.Pattern[str], avoid: tuple[re.Pattern[str], ...],
                   bare_urls: re.Pattern[str] | None = None,
                   weak: re.Pattern[str] | None = None,
                   never: re.Pattern[str] | None = None, chrome_ok: bool = True,
                   elsewhere: bool = False) -> str | None:
        """The link best matching ``strong`` by its text, its address or the words around it
        (never one whose text or address ``never`` matches; ``bare_urls``: failing a link, an
        address written out in a text these words are in; ``chrome_ok``: a link in the site's
        menus or footer may be taken, a little less readily; ``elsewhere``: only a link to
        another site, never a page or file of the school's own, given by its path)."""
        best: tuple[float, int, str] | None = None
        for order, link in enumerate(self.links):
            href, label, block = link.href, link.label, link.block
            if not href or href.startswith("#") or re.match(r"(?i)(mailto|tel|javascript):", href):
                continue
            if never is not None and (never.search(label) or never.search(href)):
                continue
            if elsewhere and not _ELSEWHERE.match(href):
                continue
            vague = bool(_VAGUE_LINK.match(label))
            if strong.search(label):
                score = 10.0
            elif strong.search(unquote(href)):
                score = 8.0
            elif weak is not None and (weak.search(label) or weak.search(href)):
                score = 4.0
            elif block is None or any(p.search(label) or p.search(href) for p in avoid):
                continue
            else:
                mentions = self._mentions(strong, block)
                if mentions:  # the words around the link name what it is
                    i = bisect_left(mentions, link.pos)
                    distance = min(abs(link.pos - m) for m in mentions[max(0, i - 1):i + 1])
                    score = (6 if vague else 5) - min(distance, 300) / 100
                elif block > 0 and _LEAD_IN.search(self.texts[block - 1]) and self._mentions(
                        strong, block - 1):  # a lead-in line: "Our Local Offer:"
                    score = 4 if vague else 3
                else:
                    continue
            if any(p.search(label) for p in avoid) and not strong.search(label):
                score -= 3
            if re.match(r"(?i)https?://", href):
                score += 2
            if link.chrome:
                if not chrome_ok:
                    continue  # a link in the menus or footer is the site's, not the report's
                score -= 2
            if score <= 0:
                continue
            candidate = (score, -order, href)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if best is None and bare_urls is not None:
            return self._written_address(bare_urls, avoid, never)
        return best[2] if best else None

    def _written_address(self, said: re.Pattern[str], avoid: tuple[re.Pattern[str], ...],
                         never: re.Pattern[str] | None) -> str | None:
        """An address written out (no link) near words ``said`` matches, in the same text
        or under a short lead-in naming it ("Kent County Council's Local Offer:" over the
        address); not one ``avoid`` or ``never`` matches, nor one after words ``never``
        matches ("your school's Local Offer")."""
        def refused(text: str) -> bool:
            return never is not None and never.search(text) is not None

        for index, text in enumerate(self.texts):
            before = self.texts[index - 1] if index else ""
            led = bool(_LEAD_IN.search(before)) and bool(said.search(before)) and len(
                text) <= _NEAR and not refused(before)
            if not (led or said.search(text)):
                continue
            for match in _BARE_URL.finditer(text):
                url = match.group().rstrip(".,;:!?")
                wrapped = _WRAPPED.match(text, match.end()) if url.endswith("-") else (
                    _WRAPPED_LAST.match(text, match.end()) if url.endswith("/") else None)
                if wrapped:  # an address broken after a hyphen or a slash where a line
                    url += wrapped.group(1).rstrip(".,;:!?")  # wrapped
                url = url if url.lower().startswith("http") else "https://" + url
                if any(p.search(url) for p in avoid) or refused(url):
                    continue  # another service's address written out beside it
                lead_in = text[max(0, match.start() - _NEAR):match.start()]
                if not (led or said.search(lead_in + text[match.start():match.end() + _NEAR])
                        ) or refused(re.split(r"[.;!?]\s", lead_in)[-1]):
                    continue  # an address far from the words, or the school's own offer
                return url
        return None

    def local_offer(self) -> str | None:
        return self._best_link(_LOCAL_OFFER, (_SEND_POLICY, _ACCESS_PLAN, _ADVICE_SERVICES,
                                              _ANOTHER_DOCUMENT, _ANOTHER_SERVICE,
                                              _SCHOOL_OFFER),
                               bare_urls=_LOCAL_OFFER_SAID, never=_NOT_THE_LOCAL_OFFER,
                               chrome_ok=False, elsewhere=True)

    def send_policy(self) -> str | None:
        return self._best_link(_SEND_POLICY, (_LOCAL_OFFER, _ACCESS_PLAN), weak=_INCLUSION_POLICY)

    def accessibility_plan(self) -> str | None:
        return self._best_link(_ACCESS_PLAN, (_LOCAL_OFFER, _SEND_POLICY))
