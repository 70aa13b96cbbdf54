"""build_provider: settings resolved from the environment, --endpoint wins, heavy engines isolated on request."""

from __future__ import annotations

from typing import ClassVar

import pytest

from ocrdesk import providers
from ocrdesk.errors import ConfigError
from ocrdesk.providers.factory import build_provider
from ocrdesk.providers.isolated import IsolatedProvider
from tests.fake_providers import FakeProvider, NeedsKeyProvider


class HeavyProvider(FakeProvider):
    """A provider that asks to run in a child process, like the local engine."""

    id = "heavy"
    run_isolated: ClassVar[bool] = True


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(providers._REGISTRY, "fake", "tests.fake_providers:FakeProvider")
    monkeypatch.setitem(providers._REGISTRY, "needs-key", "tests.fake_providers:NeedsKeyProvider")
    monkeypatch.setitem(providers._REGISTRY, "heavy", f"{__name__}:HeavyProvider")


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCRDESK_NEEDS_KEY_TOKEN", "tok-123")
    provider = build_provider("needs-key")
    assert type(provider) is NeedsKeyProvider
    assert provider.config == {"token": "tok-123"}


def test_endpoint_argument_replaces_the_configured_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCRDESK_FAKE_ENDPOINT", "https://configured.invalid")
    assert build_provider("fake").config["endpoint"] == "https://configured.invalid"
    assert build_provider("fake", endpoint="http://127.0.0.1:9").config["endpoint"] == "http://127.0.0.1:9"


def test_isolated_wraps_only_providers_that_ask_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCRDESK_HEAVY_TOKEN", "t")
    heavy = build_provider("heavy", isolated=True)
    try:
        assert isinstance(heavy, IsolatedProvider)
        assert type(heavy).wrapped is HeavyProvider
        assert (heavy.id, heavy.config) == ("heavy", {"token": "t"})
    finally:
        heavy.close()
    assert type(build_provider("heavy")) is HeavyProvider  # in-process unless asked
    assert type(build_provider("fake", isolated=True)) is FakeProvider


def test_unknown_id_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        build_provider("nope")
    assert caught.value.code == "unknown_provider"


def test_missing_credential_is_a_config_error_naming_the_variable() -> None:
    with pytest.raises(ConfigError) as caught:
        build_provider("needs-key")
    assert "OCRDESK_NEEDS_KEY_TOKEN" in caught.value.message
