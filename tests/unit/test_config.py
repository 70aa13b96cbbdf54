"""Settings file and provider configuration resolution (no Qt)."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail

from ocrdesk import notices, paths, providers
from ocrdesk.config import (
    SettingsFile,
    env_value,
    env_var_name,
    is_valid_url,
    resolve_provider_config,
)
from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, Provider, Recognition, SettingSpec
from ocrdesk.secrets import KEYRING_SERVICE, SecretStore
from tests.memory_keyring import MemoryKeyring, installed

SECRET = "K3y-Unique-7f3a-not-for-files"


class FakeCloud(Provider):
    id = "fake-cloud"
    name = "Fake Cloud"
    doc_types = (DocType.GENERAL,)
    settings = (
        SettingSpec("appid", "App ID"),
        SettingSpec("secret_key", "Secret key", secret=True),
        SettingSpec("region", "Region", required=False, default="ap-guangzhou"),
        *COMMON_NETWORK_SETTINGS,
    )
    default_endpoint = "https://ocr.example.com"

    def recognize(self, image, doc_type, cancel=None) -> Recognition:  # type: ignore[no-untyped-def]
        raise NotImplementedError


class FakeEas(FakeCloud):
    id = "fake-eas"
    name = "Fake EAS"
    settings = (SettingSpec("token", "Token", secret=True), *COMMON_NETWORK_SETTINGS)
    default_endpoint = None


@pytest.fixture(autouse=True)
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(providers._REGISTRY, "fake-cloud", f"{__name__}:FakeCloud")
    monkeypatch.setitem(providers._REGISTRY, "fake-eas", f"{__name__}:FakeEas")


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


def _settings_path() -> Path:
    return paths.config_dir() / "settings.json"


# ----- names -----


def test_env_var_name() -> None:
    assert env_var_name("tencent-legacy", "secret_key") == "OCRDESK_TENCENT_LEGACY_SECRET_KEY"
    assert env_var_name("local", "timeout") == "OCRDESK_LOCAL_TIMEOUT"
    assert env_value("fake-cloud", "appid", {"OCRDESK_FAKE_CLOUD_APPID": ""}) is None
    assert env_value("fake-cloud", "appid", {"OCRDESK_FAKE_CLOUD_APPID": "1"}) == "1"


def test_is_valid_url() -> None:
    assert is_valid_url("https://ocr.example.com/v1")
    assert is_valid_url("http://127.0.0.1:8080")
    assert not is_valid_url("ocr.example.com")
    assert not is_valid_url("ftp://x")
    assert not is_valid_url("https://")
    assert not is_valid_url("http://[::1")


# ----- settings file -----


def test_settings_round_trip_and_shape() -> None:
    settings = SettingsFile()
    assert settings.path == _settings_path()
    assert settings.get("fake-cloud", "appid") is None
    settings.set("fake-cloud", "appid", "1250000000")
    settings.set("fake-cloud", "timeout", "12.5")
    settings.save()
    on_disk = json.loads(_settings_path().read_text(encoding="utf-8"))
    assert on_disk == {"version": 1, "providers": {"fake-cloud": {"appid": "1250000000", "timeout": "12.5"}}}

    again = SettingsFile()
    assert again.get("fake-cloud", "appid") == "1250000000"
    assert again.provider_values("fake-cloud") == {"appid": "1250000000", "timeout": "12.5"}
    again.set("fake-cloud", "timeout", None)
    again.set("fake-cloud", "appid", "")
    again.save()
    assert json.loads(_settings_path().read_text(encoding="utf-8")) == {"version": 1, "providers": {}}
    assert again.warnings == []


def test_save_is_atomic_and_leaves_no_temp_files(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = SettingsFile()
    settings.set("fake-cloud", "appid", "first")
    settings.save()
    before = _settings_path().read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    settings.set("fake-cloud", "appid", "second")
    with monkeypatch.context() as patch, pytest.raises(OSError):
        patch.setattr(os, "replace", broken_replace)
        settings.save()
    assert _settings_path().read_bytes() == before
    assert sorted(p.name for p in paths.config_dir().iterdir()) == ["settings.json"]


def test_save_merges_with_changes_made_by_another_instance() -> None:
    one, two = SettingsFile(), SettingsFile()
    one.set("fake-cloud", "appid", "A")
    one.save()
    two.set("fake-eas", "timeout", "3")
    two.save()
    assert SettingsFile().provider_values("fake-cloud") == {"appid": "A"}
    assert SettingsFile().provider_values("fake-eas") == {"timeout": "3"}


def test_unknown_top_level_sections_are_kept() -> None:
    _settings_path().write_text(json.dumps({"version": 1, "providers": {}, "ui": {"theme": "dark"}}), encoding="utf-8")
    settings = SettingsFile()
    settings.set("fake-cloud", "appid", "A")
    settings.save()
    assert json.loads(_settings_path().read_text(encoding="utf-8"))["ui"] == {"theme": "dark"}


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"version": 1, "providers": [1, 2]}',
        b"[]",
        b'{"version": 99, "providers": {}}',
        b"\xff\xfe garbage",
        b'{"version": 1, "providers": {"fake-cloud": "x"}}',
    ],
)
def test_corrupt_file_recovers_with_backup_and_warning(content: bytes, caplog: pytest.LogCaptureFixture) -> None:
    notices.reset()
    _settings_path().write_bytes(content)
    settings = SettingsFile()
    assert settings.get("fake-cloud", "appid") is None
    assert len(settings.warnings) == 1
    assert "settings.json" in settings.warnings[0]
    SettingsFile()  # read again (every change does): the window is still told once
    assert notices.take_all() == settings.warnings
    assert (paths.config_dir() / "settings.json.bad").read_bytes() == content
    settings.set("fake-cloud", "appid", "fresh")
    settings.save()
    assert json.loads(_settings_path().read_text(encoding="utf-8"))["providers"] == {"fake-cloud": {"appid": "fresh"}}


def test_non_string_values_are_kept_as_text_or_ignored() -> None:
    _settings_path().write_text(
        json.dumps({"version": 1, "providers": {"fake-cloud": {"timeout": 7, "appid": None, "x": [1]}}}),
        encoding="utf-8",
    )
    settings = SettingsFile()
    assert settings.provider_values("fake-cloud") == {"timeout": "7"}
    assert settings.warnings == []


def test_secret_names_never_reach_the_file() -> None:
    settings = SettingsFile()
    with pytest.raises(ValueError) as caught:
        settings.set("fake-cloud", "secret_key", SECRET)
    assert SECRET not in str(caught.value)
    settings.set("fake-cloud", "appid", "A")
    settings.save()
    assert "secret_key" not in _settings_path().read_text(encoding="utf-8")


def test_writer_refuses_secrets_and_hand_edited_secrets_are_removed() -> None:
    from ocrdesk import config

    with pytest.raises(ValueError) as caught:
        config._serialise({"version": 1, "providers": {"fake-eas": {"token": SECRET}}})
    assert SECRET not in str(caught.value)

    _settings_path().write_text(
        json.dumps({"version": 1, "providers": {"fake-eas": {"token": SECRET, "timeout": "3"}}}), encoding="utf-8"
    )
    settings = SettingsFile()
    settings.set("fake-eas", "timeout", "4")
    settings.save()
    text = _settings_path().read_text(encoding="utf-8")
    assert SECRET not in text and "token" not in text
    assert any("fake-eas/token" in w for w in settings.warnings)
    assert all(SECRET not in w for w in settings.warnings)


# ----- resolution -----


def test_resolution_order_env_then_store_or_file_then_default(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("fake-cloud", "secret_key", "from-keyring")
    settings = SettingsFile()
    settings.set("fake-cloud", "appid", "from-file")
    settings.set("fake-cloud", "timeout", "9")
    settings.save()

    config = resolve_provider_config(FakeCloud, store=store, settings=SettingsFile(), environ={})
    assert config == {
        "appid": "from-file",
        "secret_key": "from-keyring",
        "region": "ap-guangzhou",
        "timeout": "9",
        "rate_limit": "5",
        "concurrency": "4",
    }
    assert (KEYRING_SERVICE, "fake-cloud/secret_key") in memory.passwords

    environ = {
        "OCRDESK_FAKE_CLOUD_APPID": "from-env",
        "OCRDESK_FAKE_CLOUD_SECRET_KEY": "env-secret",
        "OCRDESK_FAKE_CLOUD_TIMEOUT": "2",
        "OCRDESK_FAKE_CLOUD_ENDPOINT": "http://env.example",
    }
    config = resolve_provider_config(FakeCloud, store=store, settings=SettingsFile(), environ=environ)
    assert config["appid"] == "from-env"
    assert config["secret_key"] == "env-secret"
    assert config["timeout"] == "2"
    assert config["endpoint"] == "http://env.example"

    config = resolve_provider_config(
        FakeCloud, "http://127.0.0.1:9/", store=store, settings=SettingsFile(), environ=environ
    )
    assert config["endpoint"] == "http://127.0.0.1:9/"


def test_env_is_read_from_os_environ_by_default(memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCRDESK_FAKE_CLOUD_APPID", "a")
    monkeypatch.setenv("OCRDESK_FAKE_CLOUD_SECRET_KEY", "b")
    config = resolve_provider_config(FakeCloud)
    assert config["appid"] == "a" and config["secret_key"] == "b"
    assert not [call for call in memory.calls if call[0] == "get"]  # env values need no keyring look-up


def test_env_secret_skips_the_keyring_entirely() -> None:
    store = SecretStore(fail.Keyring())
    config = resolve_provider_config(
        FakeEas,
        store=store,
        environ={"OCRDESK_FAKE_EAS_TOKEN": "t", "OCRDESK_FAKE_EAS_ENDPOINT": "https://eas.example"},
    )
    assert config["token"] == "t"
    assert store.backend_available is False  # not opened for the look-up: still reports honestly


def test_missing_settings_name_them_and_never_values(memory: MemoryKeyring) -> None:
    store = SecretStore()
    environ = {"OCRDESK_FAKE_CLOUD_APPID": SECRET}  # a value that must not be echoed
    with pytest.raises(ConfigError) as caught:
        resolve_provider_config(FakeCloud, store=store, settings=SettingsFile(), environ=environ)
    message = str(caught.value)
    assert "secret_key" in message
    assert "OCRDESK_FAKE_CLOUD_SECRET_KEY" in message
    assert "Settings → Providers…" in message
    assert "appid" not in message.replace("OCRDESK_FAKE_CLOUD_APPID", "")
    assert SECRET not in message
    assert caught.value.kind is ErrorKind.CONFIG


def test_endpoint_required_without_default_endpoint() -> None:
    store = SecretStore(fail.Keyring())
    store.set("fake-eas", "token", SECRET)
    with pytest.raises(ConfigError) as caught:
        resolve_provider_config(FakeEas, store=store, settings=SettingsFile(), environ={})
    message = str(caught.value)
    assert "endpoint" in message and "OCRDESK_FAKE_EAS_ENDPOINT" in message and "--endpoint" in message
    assert SECRET not in message and "token" not in message.split("missing")[1].split(";")[0]
    config = resolve_provider_config(
        FakeEas, "https://eas.example/api", store=store, settings=SettingsFile(), environ={}
    )
    assert config["endpoint"] == "https://eas.example/api"
    assert config["token"] == SECRET


def test_malformed_values_are_reported_without_the_value() -> None:
    environ = {
        "OCRDESK_FAKE_CLOUD_APPID": "a",
        "OCRDESK_FAKE_CLOUD_SECRET_KEY": SECRET,
        "OCRDESK_FAKE_CLOUD_TIMEOUT": "soon-ish",
    }
    with pytest.raises(ConfigError) as caught:
        resolve_provider_config(FakeCloud, "not a url", store=SecretStore(fail.Keyring()), environ=environ)
    message = str(caught.value)
    assert "OCRDESK_FAKE_CLOUD_TIMEOUT must be a number" in message
    assert "--endpoint" in message
    assert "soon-ish" not in message and "not a url" not in message and SECRET not in message


def test_overrides_replace_store_and_file_but_not_env(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("fake-cloud", "secret_key", "stored")
    config = resolve_provider_config(
        FakeCloud,
        store=store,
        settings=SettingsFile(),
        environ={"OCRDESK_FAKE_CLOUD_APPID": "env"},
        overrides={"appid": "typed", "secret_key": "typed-secret"},
    )
    assert config["appid"] == "env" and config["secret_key"] == "typed-secret"
    with pytest.raises(ConfigError):
        resolve_provider_config(
            FakeCloud, store=store, settings=SettingsFile(), environ={}, overrides={"appid": "a", "secret_key": None}
        )


def test_provider_without_settings_resolves_to_empty() -> None:
    class Offline(FakeCloud):
        id = "offline"
        settings = ()

    assert resolve_provider_config(Offline, environ={}) == {}


def test_secrets_absent_from_every_repr_and_log(memory: MemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore()
    store.set("fake-cloud", "secret_key", SECRET)
    settings = SettingsFile()
    settings.set("fake-cloud", "appid", "A")
    settings.save()
    resolve_provider_config(FakeCloud, store=store, settings=settings, environ={})
    for text in (repr(store), str(store), repr(settings), str(settings), caplog.text):
        assert SECRET not in text
    for path in paths.config_dir().rglob("*"):
        assert SECRET.encode() not in path.read_bytes()


def test_core_modules_do_not_import_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ocrdesk.config, ocrdesk.secrets; "
        "print([m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'} or m.startswith('ocrdesk.ui')])"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
