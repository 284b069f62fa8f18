"""The rule families. Importing this package registers every rule."""

from senreport.rules import accessibility, documents, plain_language, statutory  # noqa: F401
from senreport.rules import image_blocks  # noqa: F401
from senreport.rules.registry import REGISTRY, Rule, rule, rules_for

__all__ = ["REGISTRY", "Rule", "rule", "rules_for"]
