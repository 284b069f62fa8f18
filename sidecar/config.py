"""The sidecar's settings: defaults, then a TOML file, then ``SENREPORT_*`` variables, then tests.

Setting names are upper case because they become Flask config keys unchanged
(``MAX_CONTENT_LENGTH`` is Flask's own), so ``app.config["PORT"]`` and ``Settings.PORT`` agree.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ENV_PREFIX = "SENREPORT_"
CONFIG_FILE_ENV = "SENREPORT_CONFIG"
CONFIG_FILE_NAME = "config.toml"


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the setting and where it came from."""


@dataclass(frozen=True)
class Settings:
    """Everything the sidecar can be configured with (secrets kept out of ``repr``)."""

    HOST: str = "127.0.0.1"
    PORT: int = 8765
    HOME: Path = field(default_factory=lambda: Path("~/.senreport").expanduser())
    # None means "senreport.db in HOME" (the Store's and the CLI's default too).
    DATABASE: Path | None = None
    HOOK_SECRET: str | None = field(default=None, repr=False)
    API_TOKEN: str | None = field(default=None, repr=False)
    MAX_CONTENT_LENGTH: int = 2 * 1024 * 1024
    #: Bodies over this many bytes are "large": only some workers may check them at once
    #: (sidecar/admission.py), so the others stay free for editors' ordinary pages.
    LARGE_BODY: int = 256 * 1024
    WP_TIMEOUT: float = 10.0
    SIGNATURE_TOLERANCE: int = 300

    @property
    def database_path(self) -> Path:
        """The SQLite file: DATABASE if set, else HOME/senreport.db."""
        return self.DATABASE if self.DATABASE is not None else self.HOME / "senreport.db"

    def as_config(self) -> dict[str, Any]:
        """The settings as Flask config keys (DATABASE resolved to a path)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["DATABASE"] = self.database_path
        return values


SETTING_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Settings))
_SECRETS = {"HOOK_SECRET", "API_TOKEN"}


def _convert(name: str, value: Any, origin: str) -> Any:
    """Turn a value from a file or the environment into the setting's type."""
    try:
        if name in ("PORT", "MAX_CONTENT_LENGTH", "LARGE_BODY", "SIGNATURE_TOLERANCE"):
            if isinstance(value, bool):
                raise ValueError
            number = int(value)
            if number < 0 or (name == "PORT" and number > 65535):
                raise ValueError
            return number
        if name == "WP_TIMEOUT":
            if isinstance(value, bool):
                raise ValueError
            timeout = float(value)
            if timeout <= 0:
                raise ValueError
            return timeout
        if name in ("HOME", "DATABASE"):
            if not isinstance(value, (str, os.PathLike)) or not str(value):
                raise ValueError
            return Path(value).expanduser()
        if not isinstance(value, str):
            raise TypeError
        return value
    except (TypeError, ValueError):
        # Never echo a secret back, even in an error message.
        shown = "the value given" if name in _SECRETS else repr(value)
        raise ConfigError(f"{origin}: {name}: {shown} is not a valid "
                          f"{_describe(name)}") from None


def _describe(name: str) -> str:
    return {
        "PORT": "port number (0 to 65535)",
        "MAX_CONTENT_LENGTH": "size in bytes",
        "LARGE_BODY": "size in bytes",
        "SIGNATURE_TOLERANCE": "number of seconds",
        "WP_TIMEOUT": "number of seconds greater than 0",
        "HOME": "folder path",
        "DATABASE": "file path",
    }.get(name, "text value")


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """``SENREPORT_<NAME>`` for every setting; an empty variable counts as unset."""
    values: dict[str, Any] = {}
    for name in SETTING_NAMES:
        raw = environ.get(ENV_PREFIX + name)
        if raw is not None and raw.strip() != "":
            values[name] = _convert(name, raw.strip(), f"environment variable {ENV_PREFIX}{name}")
    return values


def read_config_file(path: Path, *, required: bool) -> dict[str, Any]:
    """Settings from a TOML file: top-level keys, overridden by a ``[sidecar]`` table.

    Keys may be written in any case (``port = 8765``). Other tables are left alone, so the file
    can hold settings for other parts of senreport.
    """
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        if required:
            raise ConfigError(f"the configuration file {path} does not exist") from None
        return {}
    except OSError as error:
        raise ConfigError(f"the configuration file {path} cannot be read "
                          f"({error.strerror or error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"the configuration file {path} is not valid TOML ({error})") from None
    scopes: list[tuple[str, Mapping[str, Any]]] = [
        (str(path), {k: v for k, v in data.items() if not isinstance(v, dict)})
    ]
    section = data.get("sidecar")
    if isinstance(section, dict):
        scopes.append((f"{path} [sidecar]", section))
    values: dict[str, Any] = {}
    for origin, scope in scopes:
        for key, value in scope.items():
            name = key.upper()
            if name not in SETTING_NAMES:
                known = ", ".join(n.lower() for n in SETTING_NAMES)
                raise ConfigError(f"{origin}: {key!r} is not a sidecar setting (use {known})")
            values[name] = _convert(name, value, origin)
    return values


def load_settings(test_config: Mapping[str, Any] | None = None,
                  environ: Mapping[str, str] | None = None) -> Settings:
    """Build the settings: defaults < config file < ``SENREPORT_*`` variables < test_config.

    The config file is ``test_config["CONFIG_FILE"]``, else ``$SENREPORT_CONFIG`` (both must
    exist), else ``HOME/config.toml`` if it is there; HOME for that lookup is the most specific
    HOME given (test_config, then the environment, then the default).
    """
    environ = os.environ if environ is None else environ
    overrides = {k: v for k, v in (test_config or {}).items() if k in SETTING_NAMES}
    from_env = _from_environment(environ)
    explicit = (test_config or {}).get("CONFIG_FILE") or environ.get(CONFIG_FILE_ENV, "").strip()
    if explicit:
        file_values = read_config_file(Path(explicit).expanduser(), required=True)
    else:
        home = (_convert("HOME", overrides["HOME"], "test_config") if "HOME" in overrides
                else from_env.get("HOME", Settings().HOME))
        file_values = read_config_file(Path(home) / CONFIG_FILE_NAME, required=False)
    settings = Settings()
    for layer, origin in ((file_values, "file"), (from_env, "environment"),
                          (overrides, "test_config")):
        if origin == "test_config":
            layer = {k: _convert(k, v, "test_config") if v is not None else None
                     for k, v in layer.items()}
        settings = replace(settings, **layer)
    return settings
