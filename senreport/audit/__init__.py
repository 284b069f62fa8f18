"""Audits at scale: many Local Offers (or schools' SEN reports) scored against a rubric.

* :mod:`senreport.audit.rubric` — the rubric as amendable, versioned data (YAML);
* :mod:`senreport.audit.scoring` — pages checked and combined into one score per line;
* :mod:`senreport.audit.adviser` — the SEN adviser's judgement of Partial lines;
* :mod:`senreport.audit.results`, :mod:`~senreport.audit.report`,
  :mod:`~senreport.audit.compare` — the JSON, CSV and HTML outputs, and comparisons;
* :mod:`senreport.audit.targets`, :mod:`~senreport.audit.state` — site lists and resuming.

All pure: the network and the files are the command line's business
(:mod:`senreport.cli.audit`, :mod:`senreport.cli.audit_run`, :mod:`senreport.cli.crawl`,
:mod:`senreport.cli.fetch`).
"""
