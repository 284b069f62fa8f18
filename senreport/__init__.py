"""senreport: complete, lawful, accessible SEN information reports.

The core is pure: it takes strings and returns values, and never imports a web
framework, Sphinx or an HTTP client.
"""

__version__ = "0.1.0"
