"""The extension's settings: one dataclass, registered as ``senreport_*`` config values."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from sphinx.errors import ExtensionError

from senreport.model import SCHOOL_TYPES
from senreport.rules import REGISTRY
from senreport.rules.registry import FAMILIES

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

PREFIX = "senreport_"


@dataclass
class SenreportConfig:
    """What an LA team can set in ``conf.py`` (each field is ``senreport_<name>``)."""

    #: The day reviews are judged against (``YYYY-MM-DD``); empty means the day of the build.
    #: Fix it in CI so that a build gives the same warnings tomorrow as today.
    today: str = field(default="", metadata={"rebuild": "env"})
    #: The school type assumed for a report that does not give ``school.type``
    #: (``mainstream``, ``nursery``, ``special`` or ``post16``); empty means mainstream.
    school_type: str = field(default="", metadata={"rebuild": "env"})
    #: The rule families to run (``SR``, ``AX``, ``PL``, ...); empty means every family.
    rule_families: list[str] = field(default_factory=list,
                                     metadata={"rebuild": "env", "types": (list, tuple)})
    #: The authority's Local Offer address, used by ``local-offer-link``.
    local_offer_url: str = field(default="", metadata={"rebuild": "env"})
    #: The authority's name, as in "Exampleshire County Council's Local Offer".
    authority: str = field(default="", metadata={"rebuild": "env"})
    #: Known gaps the authority accepts, with the reason: report path (relative to the source
    #: folder) -> {rule code: reason}. Accepted findings do not warn; tables show the reason.
    accepted: dict[str, dict[str, str]] = field(default_factory=dict,
                                                metadata={"rebuild": "env", "types": (dict,)})
    #: Other sites' exports to list in directories: name -> path of a senreport.json
    #: (relative to the source folder), used by ``sen-report-directory``'s ``:import:``.
    import_json: dict[str, str] = field(default_factory=dict,
                                        metadata={"rebuild": "env", "types": (dict,)})
    #: A folder (relative to the source folder) to write the rule reference into when the
    #: build starts, one page per rule plus ``index.rst``; empty means no rule pages.
    rule_pages: str = field(default="", metadata={"rebuild": "env"})


def register_config(app: Sphinx) -> None:
    """Declare every field of :class:`SenreportConfig` as a ``senreport_*`` config value."""
    for spec in fields(SenreportConfig):
        default = spec.default_factory() if spec.default_factory is not MISSING else spec.default
        app.add_config_value(
            PREFIX + spec.name, default, spec.metadata.get("rebuild", "env"),
            types=spec.metadata.get("types", (type(default),)),
        )


def settings(config: Config) -> SenreportConfig:
    """The extension's settings as read from ``conf.py`` (already validated)."""
    return SenreportConfig(**{spec.name: getattr(config, PREFIX + spec.name)
                              for spec in fields(SenreportConfig)})


def validate_config(app: Sphinx, config: Config) -> None:
    """Refuse a broken setup early, with the setting's name (``config-inited``)."""
    values = settings(config)
    problems = list(_problems(values))
    if problems:
        raise ExtensionError("sphinx_senreport: " + "; ".join(problems))
    # Normalise families once so every directive sees the same upper-case codes.
    setattr(config, PREFIX + "rule_families", [f.upper() for f in values.rule_families])
    setattr(config, PREFIX + "accepted", {
        path.removeprefix("./"): {code.upper(): reason.strip() for code, reason in gaps.items()}
        for path, gaps in values.accepted.items()})
    config.suppress_warnings = suppressions(config.suppress_warnings)


def suppressions(entries: list[str] | tuple[str, ...]) -> list[str]:
    """``suppress_warnings`` with this extension's entries in lower case, as its subtypes are.

    Sphinx matches subtypes exactly; rule codes are written in capitals everywhere else, so
    ``"senreport.SR140"`` (or ``"SENREPORT"``) silences what it says.
    """
    return [entry.lower() if isinstance(entry, str) and entry.lower().split(".")[0] == "senreport"
            else entry for entry in entries]


def _problems(values: SenreportConfig) -> list[str]:
    problems = []
    for spec in fields(SenreportConfig):
        value: Any = getattr(values, spec.name)
        expected = spec.metadata.get("types", (str,))
        if not isinstance(value, expected):
            what = ("list" if list in expected else "dictionary" if dict in expected
                    else "string")
            problems.append(f"{PREFIX}{spec.name} should be a {what}, "
                            f"not {type(value).__name__}")
    if problems:
        return problems
    if values.today:
        try:
            date.fromisoformat(values.today)
        except ValueError:
            problems.append(f"{PREFIX}today = {values.today!r} is not a date like 2026-09-01")
    if values.school_type and values.school_type not in SCHOOL_TYPES:
        problems.append(f"{PREFIX}school_type = {values.school_type!r} is not one of "
                        f"{', '.join(SCHOOL_TYPES)}")
    unknown = [f for f in values.rule_families
               if not isinstance(f, str) or f.upper() not in FAMILIES]
    if unknown:
        problems.append(f"{PREFIX}rule_families has unknown families {unknown!r} "
                        f"(use {', '.join(FAMILIES)})")
    url = values.local_offer_url
    if url and not url.startswith(("https://", "http://")):
        problems.append(f"{PREFIX}local_offer_url = {url!r} is not a web address")
    problems.extend(_accepted_problems(values.accepted))
    if not all(isinstance(k, str) and isinstance(v, str) and v
               for k, v in values.import_json.items()):
        problems.append(f"{PREFIX}import_json should map each name to the path of a "
                        "senreport.json file")
    if values.rule_pages.startswith(("/", "..")):
        problems.append(f"{PREFIX}rule_pages should be a folder inside the source folder")
    return problems


def _accepted_problems(accepted: dict[str, Any]) -> list[str]:
    name = f"{PREFIX}accepted"
    for path, gaps in accepted.items():
        if not isinstance(path, str) or not isinstance(gaps, dict):
            return [f"{name} should map each report's path to {{rule code: reason}}"]
        for code, reason in gaps.items():
            if not isinstance(code, str) or code.upper() not in REGISTRY:
                return [f"{name}[{path!r}]: {code!r} is not a rule code"]
            if not isinstance(reason, str) or not reason.strip():
                return [f"{name}[{path!r}][{code!r}] should give the reason the gap is accepted"]
    return []


def today_of(values: SenreportConfig) -> date:
    """The day to judge reviews against."""
    return date.fromisoformat(values.today) if values.today else date.today()
