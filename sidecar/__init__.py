"""The senreport sidecar: a Flask service and the WordPress-facing services it uses."""
