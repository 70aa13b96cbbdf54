"""The connection test of a provider page: one small real request with the values on the page,
run in a pool thread, ending in a line to show whatever happens."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from ocrdesk.config import SettingsFile, resolve_provider_config
from ocrdesk.errors import OcrDeskError
from ocrdesk.i18n import shown
from ocrdesk.providers.base import Provider
from ocrdesk.redact import redact
from ocrdesk.secrets import SecretStore

log = logging.getLogger(__name__)


def has_connection_test(provider_cls: type[Provider]) -> bool:
    return callable(getattr(provider_cls, "test_connection", None))


def run_connection_test(
    provider_cls: type[Provider],
    overrides: Mapping[str, str | None],
    store: SecretStore,
    settings: SettingsFile,
    environ: Mapping[str, str],
) -> tuple[bool, str]:
    """Runs in a pool thread: resolve, construct, `test_connection()`, close. Never raises."""
    provider: Provider | None = None
    try:
        config = resolve_provider_config(
            provider_cls, store=store, settings=settings, environ=environ, overrides=overrides
        )
        provider = provider_cls(config)
        answer = provider.test_connection()  # type: ignore[attr-defined]
        # the page gets one line of text to show: put it in the UI's language here
        return True, shown(answer) if isinstance(answer, str) else str(answer)
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
