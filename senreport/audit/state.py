"""The saved progress of a long audit, so that it can be resumed.

``state.json`` in the output folder holds every site finished so far: its result, or
why it could not be audited. A re-run with the same rubric skips the sites already
audited and tries the failed ones again. A different rubric (or kind) starts afresh,
so that results scored with two versions of the rubric are never mixed. Pure.
"""

from __future__ import annotations

import json
from typing import Any

from senreport.audit.rubric import Rubric
from senreport.audit.targets import Target

STATE_FILE = "state.json"
STATE_FORMAT = 1


def new_state(rubric: Rubric) -> dict[str, Any]:
    """An empty state for an audit with this rubric."""
    return {"format": STATE_FORMAT, "kind": rubric.kind, "rubric": rubric.describe(),
            "sites": {}}


def parse_state(text: str) -> dict[str, Any] | None:
    """A saved state, or ``None`` if the text is not one (it is then ignored)."""
    try:
        state = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT or not isinstance(
            state.get("sites"), dict):
        return None
    return state


def mismatch(state: dict[str, Any], rubric: Rubric) -> str | None:
    """Why a saved state cannot be resumed with this rubric (``None`` if it can)."""
    saved = state.get("rubric", {})
    if state.get("kind") != rubric.kind:
        return f"the earlier run audited {state.get('kind')}, this one {rubric.kind}"
    if saved.get("fingerprint") != rubric.fingerprint:
        return (f"the rubric has changed since the earlier run (version "
                f"{saved.get('version')} then, {rubric.version} now)")
    return None


def is_done(state: dict[str, Any], target: Target) -> bool:
    """Whether the site was audited in an earlier run (failed sites are not done)."""
    return state["sites"].get(target.key, {}).get("status") == "done"


def record(state: dict[str, Any], target: Target, *, document: dict[str, Any] | None = None,
           failure: dict[str, Any] | None = None) -> None:
    """Note a site's result (or its failure) in the state."""
    if document is not None:
        state["sites"][target.key] = {"status": "done", "name": target.name,
                                      "location": target.location, "document": document}
    else:
        state["sites"][target.key] = {"status": "failed", "name": target.name,
                                      "location": target.location, "failure": failure}


def outcomes(state: dict[str, Any], targets: list[Target] | None = None
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The documents and failures of the given targets (of every saved site if none), in
    order."""
    sites = state["sites"]
    keys = [t.key for t in targets] if targets is not None else list(sites)
    documents, failures = [], []
    for key in keys:
        entry = sites.get(key)
        if entry is None:
            continue
        if entry["status"] == "done":
            documents.append(entry["document"])
        else:
            failures.append(entry["failure"])
    return documents, failures


def state_json(state: dict[str, Any]) -> str:
    """The state as JSON text."""
    return json.dumps(state, ensure_ascii=False) + "\n"
