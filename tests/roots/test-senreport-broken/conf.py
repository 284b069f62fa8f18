extensions = ["sphinx_senreport"]
senreport_today = "2026-10-01"
