"""How well PDF and Word reports are read: each corpus report as a web page, and made into a
Word file (python-docx), an untagged PDF (fpdf2) and, with --chromium, a tagged PDF
(Debian's Chromium); the share of items whose coverage agrees with the web page, and the
facts that differ.

Run: .venv/bin/python benchmarks/document_agreement.py [--chromium]
Goal: at least 95% of items agree over the corpus for each kind of document.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_loader import cases  # noqa: E402
from document_makers import chromium_pdf, fpdf_untagged, word_docx  # noqa: E402

from senreport.check import check  # noqa: E402

FACTS = ("senco_name", "senco_email", "senco_phone", "local_offer_url", "reviewed")


def main() -> None:
    with_chromium = "--chromium" in sys.argv
    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for case in cases():
            if "blocks" in case.path.name:
                continue  # block markup is WordPress's, not a page a school prints
            web = check(case.text, source=case.path.name)
            made = {"docx": (word_docx(case.text), "report.docx"),
                    "pdf (untagged)": (fpdf_untagged(case.text, title="SEN report"),
                                       "report.pdf")}
            if with_chromium:
                page = Path(folder) / f"{case.name}.html"
                page.write_text(case.text, encoding="utf-8")
                made["pdf (tagged)"] = (chromium_pdf(page, page.with_suffix(".pdf")),
                                        "report.pdf")
            row = [f"{case.name:<36}"]
            for label, (data, name) in made.items():
                result = check(data, source=name)
                ours, theirs = web.coverage.to_dict(), result.coverage.to_dict()
                same = sum(ours[k] == theirs[k] for k in ours)
                total = totals.setdefault(label, [0, 0])
                total[0] += same
                total[1] += len(ours)
                differ = [f for f in FACTS
                          if getattr(web.facts, f) != getattr(result.facts, f)
                          and f != "local_offer_url" or (
                              f == "local_offer_url" and web.facts.local_offer_url
                              and not str(result.facts.local_offer_url or "").endswith(
                                  str(web.facts.local_offer_url).lstrip("/")))]
                row.append(f"{label} {same}/{len(ours)}"
                           + (f" (facts: {', '.join(differ)})" if differ else ""))
            print("  ".join(row))
    for label, (same, total) in totals.items():
        print(f"{label:<16} {same}/{total} items agree ({100 * same / total:.1f}%, goal >= 95%)")


if __name__ == "__main__":
    main()
