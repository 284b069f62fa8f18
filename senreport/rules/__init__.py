"""The rule families. Importing this package registers every rule."""

from senreport.rules import (  # noqa: F401
    accessibility,
    documents,
    image_blocks,  # noqa: F401
    plain_language,
    statutory,
)
from senreport.rules.registry import REGISTRY, Rule, rule, rules_for

__all__ = ["REGISTRY", "Rule", "rule", "rules_for"]
