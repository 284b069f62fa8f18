"""SP, GR and LO: the SEND policy, the governors' report and the Local Offer rubric.

One rule per catalogue entry, generated from the catalogue, so the rubric or the
policy contents can change in one place. Each rule's examples come from the entry's
own wording.
"""

from __future__ import annotations

from collections.abc import Iterator

from senreport.catalogue import GOVERNORS_TOPICS, POLICY_ELEMENTS, RUBRIC
from senreport.catalogue.local_offer import RUBRIC_SECTIONS
from senreport.context import CheckContext
from senreport.findings import Finding, finding
from senreport.rules.registry import rule

_UNRELATED = "<h2>Our school day</h2><p>The school day starts at 8.45am and ends at 3.15pm.</p>"


def _indent(snippet: str) -> str:
    return "\n".join("        " + line for line in snippet.splitlines())


def _docstring(summary: str, why: str, good: str) -> str:
    return (
        f"{summary}\n\n    {why}\n\n    Bad::\n\n{_indent(_UNRELATED)}\n\n"
        f"    Good::\n\n{_indent(good)}\n"
    )


def _coverage_rule(code: str, name: str, kind: str, item_id: str, reference: str,
                   messages: dict[str, tuple[str, str]], doc: str) -> None:
    """Register a rule that reports an item of the kind missing or thin."""

    def check(ctx: CheckContext) -> Iterator[Finding]:
        decision = ctx.coverage.items.get(item_id)
        if decision is None or decision.value == "in_place":
            return
        severity, message = messages[decision.value]
        evidence = decision.evidence[0] if decision.evidence else None
        yield finding(message, item=item_id, severity=severity,
                      xpath=evidence.xpath if evidence else None,
                      line=evidence.line if evidence else None, excerpt=item_id)

    check.__doc__ = doc
    check.__name__ = f"check_{name.replace('-', '_')}"
    rule(code, name, severity=messages["not_in_place"][0], reference=reference,
         kinds=(kind,))(check)


for _number, _element in enumerate(POLICY_ELEMENTS, start=101):
    _what = _element.description.split(":")[0].lower()
    _coverage_rule(
        f"SP{_number}", f"policy-{_element.id.replace('_', '-')}", "send-policy", _element.id,
        _element.reference,
        {
            "not_in_place": ("warning", f"The SEND policy does not set out its {_what}. "
                                        f"Add it: {_element.description}"),
            "partly": ("info", f"The SEND policy says little about its {_what}. "
                               f"Say more: {_element.description}"),
        },
        _docstring(
            f"The SEND policy sets out its {_what}.",
            "A school policy should include it (DfE advice on statutory policies, 2014).",
            f"<h2>{_element.heading}</h2>\n<p>{_element.description} "
            + " ".join(f"Our policy covers {c}." for c in _element.cues[:4]) + "</p>",
        ),
    )

for _number, _topic in enumerate(GOVERNORS_TOPICS, start=101):
    _coverage_rule(
        f"GR{_number}", f"governors-{_topic.id.replace('_', '-')}", "governors-report", _topic.id,
        _topic.reference,
        {
            "not_in_place": ("warning", f"The report to governors does not cover "
                                        f"'{_topic.heading}'. {_topic.description}"),
            "partly": ("info", f"The report to governors says little about "
                               f"'{_topic.heading}'. {_topic.description}"),
        },
        _docstring(
            f"The report to governors covers {_topic.heading.lower()}.",
            "Governors need this to hold the school to account for SEND each year.",
            f"<h2>{_topic.heading}</h2>\n<p>{_topic.description} "
            + " ".join(f"This year we report on {c}." for c in _topic.cues[:4]) + "</p>",
        ),
    )

for _number, _line in enumerate(RUBRIC, start=101):
    _section = RUBRIC_SECTIONS[_line.section]
    _coverage_rule(
        f"LO{_number}", f"rubric-{_line.id.replace('.', '-').replace('_', '-')}", "local-offer",
        _line.id, _line.reference,
        {
            "not_in_place": ("warning", f"{_section}, {_line.heading}: the Local Offer does not "
                                        f"cover this ({'; '.join(_line.requirements)})."),
            "partly": ("info", f"{_section}, {_line.heading}: the Local Offer covers this only "
                               f"in part ({'; '.join(_line.requirements)}). An adviser should "
                               "judge it."),
        },
        _docstring(
            f"The Local Offer covers {_section.lower()}: {_line.heading.lower()}.",
            "Source: the Local Offer assessment rubric (Yes / Partial / No per line).",
            f"<h2>{_section}: {_line.heading}</h2>\n<p>"
            + " ".join(_line.requirements) + " "
            + " ".join(f"We describe {c}." for c in _line.cues) + "</p>",
        ),
    )


@rule("SP120", "policy-review-due", severity="warning",
      reference="SEND policy contents (DfE statutory policies advice, 2014): reviewed every "
                "3 years", kinds=("send-policy",))
def check_policy_review_due(ctx: CheckContext) -> Iterator[Finding]:
    """The SEND policy has been reviewed within the last three years.

    A SEND policy is reviewed at least every three years, and by the review date it
    gives.

    Bad::

        <h2>Review</h2>
        <p>This policy was approved by the governing body in March 2019.</p>

    Good::

        <h2>Review</h2>
        <p>This policy was approved by the governing body in March 2026. Next review:
        March 2029.</p>
    """
    facts = ctx.facts
    if facts.next_review is not None and facts.next_review < ctx.today:
        yield finding(
            f"The SEND policy was due for review by {facts.next_review:%d %B %Y}. Review it "
            "with the governing body and update the date.",
            excerpt=facts.next_review.isoformat(),
        )
    elif facts.reviewed is not None and (ctx.today - facts.reviewed).days > 3 * 366:
        yield finding(
            f"The SEND policy was last reviewed on {facts.reviewed:%d %B %Y}, more than "
            "three years ago. Review it with the governing body.",
            excerpt=facts.reviewed.isoformat(),
        )
    elif facts.reviewed is None and facts.next_review is None:
        yield finding("The SEND policy does not say when it was approved or when it will "
                      "be reviewed. Add both dates.")
