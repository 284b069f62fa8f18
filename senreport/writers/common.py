"""What both writers share: headings, contact lines and dates written for parents."""

from __future__ import annotations

import html
import re
from datetime import date

from senreport.catalogue import schedule_item
from senreport.model import OTHER, Report, Section
from senreport.safe_html import safe_url

OTHER_HEADING = "More information"


def heading_of(section: Section) -> str:
    """The section's heading: its own title, or the catalogue's plain-English heading."""
    if section.title:
        return section.title
    if section.item == OTHER:
        return OTHER_HEADING
    try:
        return schedule_item(section.item).heading
    except KeyError:
        return section.item


def anchor(item: str) -> str:
    """The id of a section's heading, stable across renders (``item-3a``)."""
    return f"item-{re.sub(r'[^a-z0-9]+', '-', item.lower())}"


def long_date(day: date) -> str:
    """A date as a parent reads it: 1 September 2025."""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def senco_card(report: Report) -> str:
    """The SENCO's name and contact details as one paragraph of HTML (empty if none)."""
    senco = report.senco
    if not (senco.name or senco.email or senco.phone):
        return ""
    parts = []
    if senco.name:
        parts.append(
            f"Our {html.escape(senco.title)} is "
            f'<span class="senreport-senco-name">{html.escape(senco.name)}</span>.'
        )
    if senco.email:
        email = html.escape(senco.email)
        parts.append(f'Email: <a href="mailto:{email}">{email}</a>.')
    if senco.phone:
        digits = re.sub(r"[^0-9+]", "", senco.phone.split("ext")[0])
        parts.append(f'Telephone: <a href="tel:{digits}">{html.escape(senco.phone)}</a>.')
    return f'<p class="senreport-contact">{" ".join(parts)}</p>'


def local_offer_line(report: Report) -> str:
    """A sentence linking to the local authority's Local Offer (empty if no address)."""
    offer = report.local_offer
    if not offer.url or not safe_url(offer.url):
        return ""
    who = f"{html.escape(offer.authority)}'s" if offer.authority else "The local authority's"
    url = html.escape(offer.url)
    return (
        f'<p class="senreport-local-offer">Read <a href="{url}">{who} Local Offer</a>: '
        "what is available for children and young people with special educational needs "
        "and disabilities in our area.</p>"
    )


def review_line(report: Report) -> str:
    """When the report was reviewed and will next be reviewed (empty if neither is known)."""
    parts = []
    if report.reviewed:
        parts.append(
            f'This report was reviewed on <time datetime="{report.reviewed.isoformat()}">'
            f"{long_date(report.reviewed)}</time>."
        )
    if report.next_review:
        parts.append(
            f'It will next be reviewed by <time datetime="{report.next_review.isoformat()}">'
            f"{long_date(report.next_review)}</time>."
        )
    return f'<p class="senreport-review">{" ".join(parts)}</p>' if parts else ""


def generated_for(report: Report, item: str) -> str:
    """The markup the writers add to a section from the structured fields."""
    if item == "4":
        return senco_card(report)
    if item == "13":
        return local_offer_line(report)
    return ""
