"""Coverage: is each item of a document in place, partly in place or missing, and why.

* :mod:`~senreport.coverage.tally` reads the document once and notes, for every item, the
  passages that speak about it (under its own heading, in paragraphs of their own, or in
  passing);
* :mod:`~senreport.coverage.fact_items` decides the items that are facts (the SENCO's
  contact details, where the Local Offer is published);
* :mod:`~senreport.coverage.judgement` applies the written guide (``docs/judging.rst``):
  every part the item's wording requires, answered with substance;
* :mod:`~senreport.coverage.decide` puts them together, with the evidence.
"""

from senreport.coverage.decide import (
    Coverage,
    Evidence,
    ItemCoverage,
    detect_coverage,
    part_scores,
)

__all__ = ["Coverage", "Evidence", "ItemCoverage", "detect_coverage", "part_scores"]
