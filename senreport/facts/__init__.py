"""Facts a report gives: the SENCO's name, email and telephone, the Local Offer's address and
the date of review, found in the main content and never taken from page chrome."""

from senreport.facts.extract import Facts, extract_facts, without_title

__all__ = ["Facts", "extract_facts", "without_title"]
