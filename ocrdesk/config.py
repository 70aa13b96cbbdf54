"""Provider settings: the non-secret settings file, and resolving a provider's full configuration.

Precedence for each `SettingSpec` of a provider (INTERFACE.md):
  1. the environment variable ``OCRDESK_<PROVIDER>_<SETTING>`` (a set but empty variable counts as unset);
  2. the OS keyring for secrets (`ocrdesk.secrets.SecretStore`), the settings file for the rest;
  3. the spec's default.
An explicit `endpoint` argument (``--endpoint``) beats all of them for the ``endpoint`` setting.

The settings file is JSON at ``config_dir()/settings.json``::

    {"version": 1, "providers": {"<id>": {"<name>": "<value>"}}}

It never holds a secret: `SettingsFile.set` refuses secret names and the writer checks again.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ocrdesk import notices, paths
from ocrdesk.atomic import atomic_write_text
from ocrdesk.errors import ConfigError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text, joined
from ocrdesk.providers.base import Provider, SettingSpec
from ocrdesk.secrets import SecretStore, default_secret_store

__all__ = [
    "SETTINGS_FILENAME",
    "SETTINGS_VERSION",
    "SettingsFile",
    "effective_required",
    "env_value",
    "env_var_name",
    "is_valid_url",
    "resolve_provider_config",
    "validate_value",
]

log = logging.getLogger(__name__)

SETTINGS_FILENAME = "settings.json"
SETTINGS_VERSION = 1
ENV_PREFIX = "OCRDESK_"
DIALOG_HINT = QT_TRANSLATE_NOOP("ProviderConfig", "Settings → Providers…")


# ----- names and values -----


def env_var_name(provider_id: str, setting: str) -> str:
    """``OCRDESK_<PROVIDER>_<SETTING>``: upper case, ``-`` (and any other non-alphanumeric) as ``_``."""

    def part(text: str) -> str:
        return "".join(ch if ch.isalnum() else "_" for ch in text.upper())

    return f"{ENV_PREFIX}{part(provider_id)}_{part(setting)}"


def env_value(provider_id: str, setting: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The value the environment sets for this setting, or None (unset or empty)."""
    source = os.environ if environ is None else environ
    value = source.get(env_var_name(provider_id, setting))
    return value if value else None


def is_valid_url(text: str) -> bool:
    """An absolute http(s) URL with a host."""
    try:
        parts = urlsplit(text.strip())
        return parts.scheme in {"http", "https"} and bool(parts.hostname)
    except ValueError:
        return False


def validate_value(spec: SettingSpec, value: str) -> str | None:
    """Why `value` does not fit `spec.kind` (never quoting the value), or None when it fits; the
    reason is marked for lupdate and translated where shown."""
    if spec.kind == "int":
        try:
            int(value.strip())
        except ValueError:
            return QT_TRANSLATE_NOOP("ProviderSettings", "must be a whole number")
    elif spec.kind == "float":
        try:
            float(value.strip())
        except ValueError:
            return QT_TRANSLATE_NOOP("ProviderSettings", "must be a number")
    elif spec.kind == "url" and not is_valid_url(value):
        return QT_TRANSLATE_NOOP("ProviderSettings", "must be an http:// or https:// URL")
    return None


def effective_required(provider_cls: type[Provider], spec: SettingSpec) -> bool:
    """Required as declared, and the endpoint whenever the provider has no default endpoint."""
    if spec.name == "endpoint" and provider_cls.default_endpoint is None:
        return True
    return spec.required


# ----- the settings file -----


class SettingsFile:
    """Non-secret provider settings in JSON. Load once, `set` values, then `save()` (atomic).

    `save()` re-reads the file and applies only this object's changes, so two windows (or the
    dialog and the main window) do not undo each other's edits. Problems reading the file never
    raise: they land in `warnings` (one readable line each) and the defaults are used.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else paths.config_dir() / SETTINGS_FILENAME
        self.warnings: list[str] = []
        self._data: dict[str, Any] = _empty()
        self._changes: dict[tuple[str, str], str | None] = {}
        self.reload()

    # -- reading --

    def reload(self) -> None:
        """Read the file again, dropping unsaved changes."""
        self._changes.clear()
        self._data = self._read(report=True)

    def _read(self, *, report: bool) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _empty()
        except OSError as exc:
            if report:
                template = QT_TRANSLATE_NOOP("SettingsFile", "Could not read {name} ({error}); using default settings.")
                self._notice(_says(template, name=self.path.name, error=type(exc).__name__))
            return _empty()
        try:
            return _parse(raw.decode("utf-8"))
        except UnicodeDecodeError:
            if report:
                template = QT_TRANSLATE_NOOP(
                    "SettingsFile", "{name} is damaged (not UTF-8 text); {backup} Using default settings."
                )
                self._notice(_says(template, name=self.path.name, backup=self._backup()))
            return _empty()
        except ValueError as exc:
            if report:
                template = QT_TRANSLATE_NOOP(
                    "SettingsFile", "{name} is damaged ({reason}); {backup} Using default settings."
                )
                reason = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
                self._notice(_says(template, name=self.path.name, reason=reason, backup=self._backup()))
            return _empty()

    def _backup(self) -> Text:
        backup = self.path.with_name(self.path.name + ".bad")
        try:
            shutil.copyfile(self.path, backup)
        except OSError as exc:
            template = QT_TRANSLATE_NOOP("SettingsFile", "it could not be copied to {name} ({error}).")
            return _says(template, name=backup.name, error=type(exc).__name__)
        return _says(QT_TRANSLATE_NOOP("SettingsFile", "a copy was kept as {name}."), name=backup.name)

    def _notice(self, message: str) -> None:
        # settings are read again on every change: the window is told once per process, not each time
        self._warn(message)
        notices.add(message, key=f"settings-damaged:{self.path}")

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning("%s", message)

    def get(self, provider_id: str, name: str) -> str | None:
        value = self._data["providers"].get(provider_id, {}).get(name)
        return value if value else None

    def provider_values(self, provider_id: str) -> dict[str, str]:
        return dict(self._data["providers"].get(provider_id, {}))

    # -- writing --

    def set(self, provider_id: str, name: str, value: str | None) -> None:
        """Change one value in memory (None or "" removes it); call `save()` to write."""
        if name in _secret_names(provider_id):
            raise ValueError(f"'{provider_id}/{name}' is a secret: it belongs in the SecretStore, not {self.path.name}")
        value = value or None
        _apply(self._data, provider_id, name, value)
        self._changes[(provider_id, name)] = value

    def save(self) -> None:
        """Write the file atomically (temp file in the same folder, then rename). Raises OSError on failure."""
        data = self._read(report=False)
        for (provider_id, name), value in self._changes.items():
            _apply(data, provider_id, name, value)
        removed = _drop_secrets(data)
        for provider_id, name in removed:
            self._warn(
                f"Removed the secret '{provider_id}/{name}' from {self.path.name}: secrets belong in the keyring."
            )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, _serialise(data))
        self._data = data
        self._changes.clear()

    def __repr__(self) -> str:
        return f"<SettingsFile {str(self.path)!r}>"


def _empty() -> dict[str, Any]:
    return {"version": SETTINGS_VERSION, "providers": {}}


def _says(template: str, **params: object) -> Text:
    # notices about the settings file: English in the log, the window's language on screen
    return Text("SettingsFile", template, -1, **params)


def _parse(text: str) -> dict[str, Any]:
    """The file's content, normalised; ValueError (with a short reason, no content) when unusable."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            _says(QT_TRANSLATE_NOOP("SettingsFile", "not valid JSON at line {line}"), line=exc.lineno)
        ) from None
    if not isinstance(raw, dict):
        raise ValueError(_says(QT_TRANSLATE_NOOP("SettingsFile", "not a JSON object")))
    if raw.get("version") != SETTINGS_VERSION:
        raise ValueError(
            _says(QT_TRANSLATE_NOOP("SettingsFile", "unknown version {version}"), version=repr(raw.get("version"))[:40])
        )
    providers = raw.get("providers", {})
    if not isinstance(providers, dict):
        raise ValueError(_says(QT_TRANSLATE_NOOP("SettingsFile", "'providers' is not an object")))
    clean: dict[str, dict[str, str]] = {}
    for provider_id, values in providers.items():
        if not isinstance(values, dict):
            raise ValueError(
                _says(
                    QT_TRANSLATE_NOOP("SettingsFile", "settings of '{provider}' are not an object"),
                    provider=provider_id,
                )
            )
        kept: dict[str, str] = {}
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                continue  # hand-edited nonsense: ignore this value, keep the rest
            kept[str(name)] = str(value)
        clean[str(provider_id)] = kept
    data = dict(raw)  # keep unknown top-level sections for whoever owns them
    data["providers"] = clean
    return data


def _apply(data: dict[str, Any], provider_id: str, name: str, value: str | None) -> None:
    providers: dict[str, dict[str, str]] = data["providers"]
    if value is None:
        values = providers.get(provider_id)
        if values is not None:
            values.pop(name, None)
            if not values:
                del providers[provider_id]
    else:
        providers.setdefault(provider_id, {})[name] = value


def _drop_secrets(data: dict[str, Any]) -> list[tuple[str, str]]:
    """Remove secrets that reached the file by hand-editing; the names removed."""
    removed = []
    for provider_id, values in list(data["providers"].items()):
        for name in _secret_names(provider_id) & set(values):
            del values[name]
            removed.append((provider_id, name))
        if not values:
            del data["providers"][provider_id]
    return removed


def _serialise(data: dict[str, Any]) -> str:
    # The last line of defence: a secret name must never reach the file, whatever the caller did.
    for provider_id, values in data["providers"].items():
        leaked = _secret_names(provider_id) & set(values)
        if leaked:
            raise ValueError(f"refusing to write secret setting(s) {sorted(leaked)} of '{provider_id}' to a file")
    data = {**data, "version": SETTINGS_VERSION}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _secret_names(provider_id: str) -> frozenset[str]:
    """Secret setting names of a registered provider; empty for unknown or unloadable ones."""
    from ocrdesk import providers

    if provider_id not in providers.provider_ids():
        return frozenset()
    try:
        cls = providers.provider_class(provider_id)
    except Exception:  # a provider module that fails to import has no say over the file
        return frozenset()
    return frozenset(spec.name for spec in cls.settings if spec.secret)


# ----- resolution -----


def resolve_provider_config(
    provider_cls: type[Provider],
    endpoint: str | None = None,
    *,
    store: SecretStore | None = None,
    settings: SettingsFile | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, str | None] | None = None,
) -> dict[str, str]:
    """The configuration to construct `provider_cls` with: setting name -> value (unset ones omitted).

    `overrides` (used by the settings dialog to test unsaved input) replaces the keyring / file value
    of the names it contains; None there means "not set". The environment still wins over it.
    Raises ConfigError naming every missing or malformed setting and how to provide it, never a value.
    """
    environ = os.environ if environ is None else environ
    overrides = overrides or {}
    provider_id = provider_cls.id
    config: dict[str, str] = {}
    missing: list[SettingSpec] = []
    invalid: list[str] = []
    for spec in provider_cls.settings:
        value: str | None
        where: str = _config_text(QT_TRANSLATE_NOOP("ProviderConfig", "setting '{name}'"), name=spec.name)
        if spec.name == "endpoint" and endpoint:
            value, where = (
                endpoint,
                _config_text(QT_TRANSLATE_NOOP("ProviderConfig", "the endpoint given (--endpoint)")),
            )
        elif (value := env_value(provider_id, spec.name, environ)) is not None:
            where = env_var_name(provider_id, spec.name)
        elif spec.name in overrides:
            value = overrides[spec.name] or None
        elif spec.secret:
            value = (store if store is not None else default_secret_store()).get(provider_id, spec.name)
        else:
            if settings is None:
                settings = SettingsFile()
            value = settings.get(provider_id, spec.name)
        if value is None or not value.strip():
            value = spec.default
        if value is None or not value.strip():
            if effective_required(provider_cls, spec):
                missing.append(spec)
            continue
        problem = validate_value(spec, value)
        if problem:
            reason = Text("ProviderSettings", problem)
            invalid.append(
                _config_text(QT_TRANSLATE_NOOP("ProviderConfig", "{where} {problem}"), where=where, problem=reason)
            )
            continue
        config[spec.name] = value.strip()
    if endpoint and "endpoint" not in config:
        config["endpoint"] = endpoint  # providers that take an endpoint without declaring it
    if missing or invalid:
        raise ConfigError(
            _config_message(provider_cls, missing, invalid), "missing_setting" if missing else "bad_setting"
        )
    return config


def _config_message(provider_cls: type[Provider], missing: list[SettingSpec], invalid: list[str]) -> str:
    label = _config_text(
        QT_TRANSLATE_NOOP("ProviderConfig", "{name} ({id})"),
        name=Text("ProviderNames", provider_cls.name),
        id=provider_cls.id,
    )
    parts: list[Text] = []
    if missing:
        names = ", ".join(spec.name for spec in missing)
        variables = ", ".join(env_var_name(provider_cls.id, spec.name) for spec in missing)
        dialog = _config_text(DIALOG_HINT)
        if any(spec.name == "endpoint" for spec in missing):
            template = QT_TRANSLATE_NOOP(
                "ProviderConfig",
                "set {variables}, or enter them in {dialog} (the endpoint can also be given with --endpoint)",
            )
        else:
            template = QT_TRANSLATE_NOOP("ProviderConfig", "set {variables}, or enter them in {dialog}")
        how = _config_text(template, variables=variables, dialog=dialog)
        template = QT_TRANSLATE_NOOP("ProviderConfig", "{provider} is missing required setting(s): {names}; {how}.")
        parts.append(_config_text(template, provider=label, names=names, how=how))
    if invalid:
        problems = joined(invalid)
        parts.append(
            _config_text(
                QT_TRANSLATE_NOOP("ProviderConfig", "{provider}: {problems}."), provider=label, problems=problems
            )
        )
    if len(parts) == 2:
        return _config_text(
            QT_TRANSLATE_NOOP("ProviderConfig", "{missing} {invalid}"), missing=parts[0], invalid=parts[1]
        )
    return parts[0]


def _config_text(template: str, **params: object) -> Text:
    # English for the command line and the log; the window's language in Settings and the banner
    return Text("ProviderConfig", template, -1, **params)
