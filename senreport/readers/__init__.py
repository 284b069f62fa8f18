"""Readers: every form a school publishes, into the report model or a parsed document."""
