"""What the audit found, in words: the analysis behind the report's sections.

Counts per line and section across authorities (or schools), the weakest lines, the
best practice (the strongest evidence scored Yes), recommendations, a summary per
authority and the areas for future work. The final scores are used: the adviser's
score where given, else the automatic one. Pure.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from senreport.audit.rubric import Rubric

#: Documents linked from a Local Offer but not read: worth a person's look beyond this.
MANY_DOCUMENTS = 5


@dataclass(frozen=True)
class Terms:
    """The words for what was audited: authorities' Local Offers or schools' reports."""

    one: str
    many: str
    document: str

    @classmethod
    def for_kind(cls, kind: str) -> Terms:
        """The words for a kind of document."""
        if kind == "local-offer":
            return cls("authority", "authorities", "Local Offer")
        if kind == "sen-report":
            return cls("school", "schools", "SEN information report")
        return cls("organisation", "organisations", kind.replace("-", " "))


def _label(rubric: Rubric, line_id: str) -> str:
    line = rubric.line(line_id)
    return f"{rubric.sections.get(line.section, line.section)}: {line.heading}"


def _share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def _requirements(rubric: Rubric, line_id: str) -> str:
    """A line's requirements as one clause: "a; b; c"."""
    parts = [r.strip().rstrip(".") for r in rubric.line(line_id).requirements]
    return "; ".join(p if p[1:2].isupper() else p[:1].lower() + p[1:] for p in parts if p)


def line_counts(results: dict[str, Any], rubric: Rubric) -> dict[str, Counter[str]]:
    """Line id -> how many documents scored Yes, Partial, No (final scores; n/a left out)."""
    counts: dict[str, Counter[str]] = {line_id: Counter() for line_id in rubric.ids}
    for document in results["documents"]:
        for line_id, score in document["final_scores"].items():
            if line_id in counts and score != "n/a":
                counts[line_id][score] += 1
    return counts


def section_counts(results: dict[str, Any], rubric: Rubric) -> dict[str, Counter[str]]:
    """Section id -> Yes, Partial and No summed over its lines and all documents."""
    by_line = line_counts(results, rubric)
    totals: dict[str, Counter[str]] = {section: Counter() for section in rubric.sections}
    for line in rubric.lines:
        totals[line.section].update(by_line[line.id])
    return totals


def best_practice(results: dict[str, Any], rubric: Rubric) -> dict[str, dict[str, Any]]:
    """Line id -> the strongest evidence scored Yes: the authority, excerpt and address."""
    best: dict[str, dict[str, Any]] = {}
    for document in results["documents"]:
        for line_id, score in document["final_scores"].items():
            evidence = document["evidence"].get(line_id) or []
            if score != "Yes" or not evidence or line_id not in rubric.ids:
                continue
            strength = document.get("strength", {}).get(line_id, 0.0)
            if line_id not in best or strength > best[line_id]["strength"]:
                best[line_id] = {"authority": document["authority"], "strength": strength,
                                 **evidence[0]}
    return best


def weaknesses(results: dict[str, Any], rubric: Rubric) -> list[dict[str, Any]]:
    """The lines most often missing or thin, weakest first (at least half not fully met)."""
    found = []
    for line_id, counts in line_counts(results, rubric).items():
        total = sum(counts.values())
        if total and counts["No"] + counts["Partial"] >= total / 2:
            missing = [d["authority"] for d in results["documents"]
                       if d["final_scores"].get(line_id) == "No"]
            found.append({"line_id": line_id, "label": _label(rubric, line_id),
                          "no": counts["No"], "partial": counts["Partial"], "total": total,
                          "missing": missing})
    return sorted(found, key=lambda w: (-w["no"], -w["partial"], rubric.ids.index(w["line_id"])))


def recommendations(results: dict[str, Any], rubric: Rubric, terms: Terms) -> list[str]:
    """Region-wide recommendations: each weak line, with a model to follow where one exists."""
    models = best_practice(results, rubric)
    advice = []
    for weak in weaknesses(results, rubric):
        needs = _requirements(rubric, weak["line_id"])
        text = (f"{weak['label']}: {terms.many} should set out {needs} (not in place in "
                f"{weak['no']} of {weak['total']} {terms.many}, partly in {weak['partial']}).")
        model = models.get(weak["line_id"])
        if model:
            text += (f" {model['authority']}'s {terms.document} is a model to share "
                     f"({model['url']}).")
        advice.append(text)
    return advice


def authority_summary(document: dict[str, Any], rubric: Rubric,
                      terms: Terms) -> dict[str, Any]:
    """One authority's counts, strengths, gaps and recommendations."""
    final = document["final_scores"]
    counts = Counter(final.values())
    strengths = [_label(rubric, i) for i in rubric.ids if final.get(i) == "Yes"]
    advice = [f"{_label(rubric, i)}: not found. Add information on {_requirements(rubric, i)}."
              for i in rubric.ids if final.get(i) == "No"]
    advice += [f"{_label(rubric, i)}: covered in part. Say more on {_requirements(rubric, i)}."
               for i in rubric.ids if final.get(i) == "Partial"]
    crawl = document.get("crawl", {})
    return {"authority": document["authority"], "source": document["source"],
            "counts": {w: counts.get(w, 0) for w in ("Yes", "Partial", "No")},
            "strengths": strengths, "recommendations": advice,
            "pages_read": len(document.get("pages", ())),
            "limit_reached": bool(crawl.get("limit_reached")),
            "documents_linked": crawl.get("documents_linked", 0)}


def executive_summary(results: dict[str, Any], rubric: Rubric, terms: Terms) -> list[str]:
    """A few sentences with the overall findings."""
    summary = results["summary"]
    documents = results["documents"]
    sentences = [
        f"{len(documents)} {terms.many if len(documents) != 1 else terms.one} reviewed against "
        f"the rubric '{rubric.title}' (version {rubric.version}, {len(rubric.lines)} lines)"
        + (f"; {summary['failed']} could not be reviewed (see below)." if summary["failed"]
           else ".")
    ]
    if not documents:
        return sentences
    final = summary["final_scores"]
    scored = final["Yes"] + final["Partial"] + final["No"]
    sentences.append(
        f"Across all lines, {_share(final['Yes'], scored)} were fully in place (Yes), "
        f"{_share(final['Partial'], scored)} partly (Partial) and "
        f"{_share(final['No'], scored)} not in place (No).")
    sections = section_counts(results, rubric)
    rates = {s: c["Yes"] / max(sum(c.values()), 1) for s, c in sections.items() if c}
    if rates:
        strong, weak = max(rates, key=rates.get), min(rates, key=rates.get)  # type: ignore[arg-type]
        if strong != weak:
            sentences.append(
                f"The strongest section is {rubric.sections[strong]} "
                f"({_share(sections[strong]['Yes'], sum(sections[strong].values()))} Yes); "
                f"the weakest is {rubric.sections[weak]} "
                f"({_share(sections[weak]['Yes'], sum(sections[weak].values()))} Yes).")
    weak_lines = weaknesses(results, rubric)[:3]
    if weak_lines:
        sentences.append("The lines most often missing: " + "; ".join(
            f"{w['label']} (No in {w['no']} of {w['total']})" for w in weak_lines) + ".")
    if summary["partial_awaiting_adviser"]:
        sentences.append(f"{summary['partial_awaiting_adviser']} lines scored Partial still "
                         "await the SEN adviser's assessment (adviser.yaml).")
    return sentences


def section_trend(results: dict[str, Any], rubric: Rubric, section: str,
                  terms: Terms) -> list[str]:
    """Sentences on one section's lines across authorities."""
    counts = line_counts(results, rubric)
    sentences = []
    for line in rubric.section_lines(section):
        c = counts[line.id]
        total = sum(c.values())
        if not total:
            continue
        sentences.append(f"{line.heading}: Yes in {c['Yes']} of {total} {terms.many}, "
                         f"Partial in {c['Partial']}, No in {c['No']}.")
    return sentences


def future_work(results: dict[str, Any], rubric: Rubric, terms: Terms) -> list[str]:
    """Areas for future work that the audit itself points to."""
    summary = results["summary"]
    items = []
    if summary["failed"]:
        names = ", ".join(f["authority"] for f in summary["failures"])
        items.append(f"Review the {terms.many} that could not be read ({names}) once their "
                     "sites answer; run the same command again to retry only those.")
    if summary["partial_awaiting_adviser"]:
        items.append(f"The SEN adviser to assess the {summary['partial_awaiting_adviser']} "
                     "lines scored Partial (adviser.yaml), then run the audit again.")
    never = [_label(rubric, i) for i, c in line_counts(results, rubric).items()
             if sum(c.values()) and not c["Yes"]]
    if never:
        items.append("No " + terms.one + " scored Yes for: " + "; ".join(never) + ". Check "
                     "these by hand, and amend the rubric's wording or cues if the information "
                     "is there under other words.")
    limited = [d["authority"] for d in results["documents"]
               if d.get("crawl", {}).get("limit_reached")]
    if limited:
        items.append("The page limit was reached for " + ", ".join(limited) + ": a run with "
                     "a higher --max-pages may find more.")
    documents = [d["authority"] for d in results["documents"]
                 if d.get("crawl", {}).get("documents_linked", 0) >= MANY_DOCUMENTS]
    if documents:
        items.append("Much of the information for " + ", ".join(documents) + " is in PDF or "
                     "Word documents, which the audit does not read; review them by hand "
                     "and consider asking for the content as web pages (easier to find and "
                     "to read with assistive technology).")
    only_documents = [d["authority"] for d in results["documents"]
                      if (linked := d.get("crawl", {}).get("report_documents"))
                      and not any(entry.get("web_version") for entry in linked)]
    if only_documents:
        items.append("The SEN information report of " + ", ".join(only_documents) + " is "
                     "published only as a PDF or Word document (it was read and scored); ask "
                     "for it as a web page too, which parents using phones or screen readers "
                     "find far easier.")
    items.append("Repeat the review each year, comparing with this one (--compare), to "
                 "show the annual review of each " + terms.document + ".")
    return items
