"""Sphinx configuration for senreport's own documentation (built with its own extension)."""

project = "senreport"
author = "senreport contributors"
copyright = "2026, senreport contributors"
language = "en"

extensions = ["sphinx_senreport"]

# The day the example reports are judged against, fixed so that the build (and its
# warnings) is the same whenever it runs.
senreport_today = "2026-10-01"
senreport_authority = "Exampleshire County Council"
senreport_local_offer_url = "https://www.exampleshire.gov.uk/send-local-offer"
# The rule reference: rules/*.rst written from the rule registry when the build starts
# (the folder is generated, and ignored by git).
senreport_rule_pages = "rules"

exclude_patterns = ["_build"]
html_title = "senreport"
html_theme = "alabaster"
html_theme_options = {"description": "Complete, lawful, accessible SEN information reports"}

# Accessibility of the theme itself (the built pages are checked with axe-core): a sidebar
# with h2 headings, a footer in a landmark, text colours with enough contrast.
templates_path = ["_templates"]
html_static_path = ["_static"]
html_sidebars = {"**": ["about.html", "navigation.html", "searchbox.html"]}
pygments_style = "vs"
html_theme_options.update({"footer_text": "#4a4a4a", "show_powered_by": True})
