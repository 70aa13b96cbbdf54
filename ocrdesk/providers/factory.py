"""The one way to build a provider with its settings resolved, for the command line and the window."""

from __future__ import annotations

from ocrdesk.config import resolve_provider_config
from ocrdesk.providers import provider_class
from ocrdesk.providers.base import Provider
from ocrdesk.providers.isolated import IsolatedProvider


def build_provider(provider_id: str, *, endpoint: str | None = None, isolated: bool = False) -> Provider:
    """A provider configured from the environment, the keyring and the settings file.

    `endpoint` replaces the configured endpoint (`--endpoint`). With `isolated`, a heavy native
    engine (`run_isolated`) runs in a child process so it cannot stall or crash the caller's window.
    Raises ConfigError for an unknown id or a missing or malformed setting, ImportError when the
    provider's engine is not installed.
    """
    cls = provider_class(provider_id)
    config = resolve_provider_config(cls, endpoint=endpoint)
    if isolated and cls.run_isolated:
        return IsolatedProvider.wrapping(cls)(config)
    return cls(config)
