"""The connection test of a provider page: one small real request with the values on the page, run in
a pool thread, cancellable, ending in a line to show whatever happens.

The line speaks the form's words: a setting is named by its label on the page (never its internal
key), and nothing sends the operator to Settings → Providers…, the dialog they are already in.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ocrdesk.config import (
    SettingsFile,
    effective_required,
    env_value,
    env_var_name,
    resolve_provider_config,
    validate_value,
)
from ocrdesk.errors import Cancelled, ConfigError, OcrDeskError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, shown
from ocrdesk.providers.base import CancelToken, Provider, SettingSpec
from ocrdesk.redact import redact
from ocrdesk.secrets import SecretStore

log = logging.getLogger(__name__)

NOT_A_CHOICE = QT_TRANSLATE_NOOP("ProviderSettings", "is not one of the offered choices")
NOT_ON_OFF = QT_TRANSLATE_NOOP("ProviderSettings", "must be on or off")
# a provider's ConfigError codes that name one of its settings (CloudProvider.require/switch/choice)
_SETTING_CODE = re.compile(r"(missing|bad)_(\w+)")


def has_connection_test(provider_cls: type[Provider]) -> bool:
    return callable(getattr(provider_cls, "test_connection", None))


def run_connection_test(
    provider_cls: type[Provider],
    overrides: Mapping[str, str | None],
    store: SecretStore,
    settings: SettingsFile,
    environ: Mapping[str, str],
    cancel: CancelToken,
) -> tuple[bool, str]:
    """Runs in a pool thread: check the form, resolve, construct, `test_connection(cancel)`, close.

    Raises only Cancelled (the runner reports it as cancelled); anything else ends in (ok, line).
    """
    problem = form_problem(provider_cls, overrides, store, settings, environ)
    if problem is not None:
        return False, problem
    provider: Provider | None = None
    try:
        config = resolve_provider_config(
            provider_cls, store=store, settings=settings, environ=environ, overrides=overrides
        )
        cancel.raise_if_cancelled()
        provider = provider_cls(config)
        answer = provider.test_connection(cancel)  # type: ignore[attr-defined]
        # the page gets one line of text to show: put it in the UI's language here
        return True, shown(answer) if isinstance(answer, str) else str(answer)
    except Cancelled:
        raise
    except ConfigError as exc:
        return False, config_problem(provider_cls, exc)
    except OcrDeskError as exc:
        return False, shown(exc.message)
    except Exception as exc:  # a provider bug must still end in a readable line, not a stuck "Testing…"
        log.warning("connection test of %s failed unexpectedly: %s", provider_cls.id, type(exc).__name__)
        return False, f"{type(exc).__name__}: {redact(str(exc))}"
    finally:
        if provider is not None:
            try:
                provider.close()
            except Exception:
                log.warning("closing %s after the connection test failed", provider_cls.id)


def form_problem(
    provider_cls: type[Provider],
    overrides: Mapping[str, str | None],
    store: SecretStore,
    settings: SettingsFile,
    environ: Mapping[str, str],
) -> str | None:
    """What keeps the form's values from being tested, in the form's words; None when nothing does.

    Follows resolve_provider_config's order (environment, the form, the keyring or the settings
    file, the default) so it finds exactly what resolution would refuse, but names labels.
    """
    missing: list[str] = []
    invalid: list[str] = []
    for spec in provider_cls.settings:
        from_env = env_value(provider_cls.id, spec.name, environ)
        if from_env is not None:
            value: str | None = from_env
        elif spec.name in overrides:
            value = overrides[spec.name]
        elif spec.secret:
            value = store.get(provider_cls.id, spec.name)
        else:
            value = settings.get(provider_cls.id, spec.name)
        if value is None or not value.strip():
            value = spec.default
        if value is None or not value.strip():
            if effective_required(provider_cls, spec):
                missing.append(label_text(spec))
            continue
        reason = kind_problem(spec, value)
        if reason is None:
            continue
        line = QCoreApplication.translate("ProviderPage", "{setting} {problem}").format(
            setting=label_text(spec), problem=QCoreApplication.translate("ProviderSettings", reason)
        )
        if from_env is not None:
            where = QCoreApplication.translate("ConnectionTest", "{problem} (set by the environment variable {name})")
            line = where.format(problem=line, name=env_var_name(provider_cls.id, spec.name))
        invalid.append(line)
    if missing:
        return enter_first(missing)
    if invalid:
        return QCoreApplication.translate("ConnectionTest", "; ").join(invalid)
    return None


def kind_problem(spec: SettingSpec, value: str) -> str | None:
    """Why `value` does not fit the setting's kind (a "ProviderSettings" source text), or None."""
    if spec.kind == "choice" and spec.canonical(value) is None:
        return NOT_A_CHOICE
    if spec.kind == "bool" and spec.canonical(value) is None:
        return NOT_ON_OFF
    return validate_value(spec, value)


def config_problem(provider_cls: type[Provider], exc: ConfigError) -> str:
    """A provider's refusal of a setting (its code names the setting) said with the setting's label."""
    match = _SETTING_CODE.fullmatch(exc.code)
    spec = next((s for s in provider_cls.settings if match and s.name == match.group(2)), None)
    if match is None or spec is None:
        return shown(exc.message)
    log.info("connection test of %s: %s", provider_cls.id, exc.message)  # the provider's details, for support
    if match.group(1) == "missing":
        return enter_first([label_text(spec)])
    unusable = QCoreApplication.translate(
        "ConnectionTest", "{setting} has a value the service cannot use: check what was entered."
    )
    return unusable.format(setting=label_text(spec))


def enter_first(labels: list[str]) -> str:
    template = QCoreApplication.translate("ConnectionTest", "Fill in first: {settings}.")
    return template.format(settings=QCoreApplication.translate("ConnectionTest", ", ").join(labels))


def label_text(spec: SettingSpec) -> str:
    """The setting's label as the page shows it (without the required mark)."""
    return QCoreApplication.translate("ProviderSettings", spec.label)
