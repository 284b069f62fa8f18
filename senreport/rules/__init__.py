"""The rule families. Importing this package registers every rule."""

from senreport.rules import (  # noqa: F401
    accessibility,
    document_files,
    documents,
    image_blocks,
    jargon,
    plain_language,
    statutory,
    statutory_page,
)
from senreport.rules.registry import REGISTRY, Rule, rule, rules_for

__all__ = ["REGISTRY", "Rule", "rule", "rules_for"]
