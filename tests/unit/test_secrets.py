"""SecretStore: keyring service/user names, fallbacks to session memory, no secret ever leaks."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked, PasswordSetError

from ocrdesk import paths
from ocrdesk.secrets import (
    KEYRING_SERVICE,
    NO_KEYRING_MESSAGE,
    SecretStore,
    default_secret_store,
    keyring_user,
    reset_default_secret_store,
)
from tests.memory_keyring import MemoryKeyring, installed

SECRET = "S3cr3t-Zq9-do-not-leak"


class PlaintextKeyring(KeyringBackend):
    """Looks like keyrings.alt's file backend, which writes secrets to a plain file."""

    __module__ = "keyrings.alt.file"
    priority = -5.0  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[(service, username)] = password


class LockedKeyring(MemoryKeyring):
    """Reads fine, then refuses to store (a locked collection); its error text even echoes the value."""

    priority = -2.0  # type: ignore[assignment]

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked(f"collection is locked, could not store {password}")


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        reset_default_secret_store()
        yield backend  # type: ignore[misc]
    reset_default_secret_store()


def _files_containing(text: str, *folders: Path) -> list[Path]:
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and text.encode() in path.read_bytes():
                hits.append(path)
    return hits


def test_keyring_user_names_provider_and_setting() -> None:
    assert keyring_user("tencent-legacy", "secret_key") == "tencent-legacy/secret_key"
    with pytest.raises(ValueError):
        keyring_user("", "x")


def test_round_trip_uses_service_ocrdesk_and_provider_slash_setting(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("tencent-cloud", "secret_key", SECRET)
    assert memory.passwords == {(KEYRING_SERVICE, "tencent-cloud/secret_key"): SECRET}
    assert store.get("tencent-cloud", "secret_key") == SECRET
    assert store.has("tencent-cloud", "secret_key")
    assert store.get("tencent-cloud", "secret_id") is None
    assert ("get", "ocrdesk", "tencent-cloud/secret_key") in memory.calls
    assert store.backend_available
    assert store.unavailable_reason is None
    assert store.backend_name == "memory keyring MemoryKeyring"

    store.delete("tencent-cloud", "secret_key")
    assert memory.passwords == {}
    store.delete("tencent-cloud", "secret_key")  # absent: no error, still available
    assert store.backend_available


def test_empty_value_deletes(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("p", "token", SECRET)
    store.set("p", "token", "")
    assert store.get("p", "token") is None
    assert memory.passwords == {}


def test_no_keyring_keeps_secret_in_memory_and_writes_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore(fail.Keyring())
    store.set("aliyun-market", "appcode", SECRET)
    assert store.get("aliyun-market", "appcode") == SECRET
    assert not store.backend_available
    assert store.backend_name == "session memory"
    assert store.unavailable_reason == NO_KEYRING_MESSAGE
    assert "session only" in NO_KEYRING_MESSAGE
    store.delete("aliyun-market", "appcode")
    assert store.get("aliyun-market", "appcode") is None
    store.set("aliyun-market", "appcode", SECRET)
    assert _files_containing(SECRET, paths.config_dir(), paths.data_dir()) == []
    assert SECRET not in caplog.text
    assert SECRET not in repr(store) and SECRET not in str(store)


def test_no_keyring_error_raised_by_the_active_backend_falls_back() -> None:
    with installed(fail.Keyring()):
        store = SecretStore()
        store.set("p", "token", SECRET)
        assert store.get("p", "token") == SECRET
        assert not store.backend_available


def test_null_backend_is_not_a_keyring() -> None:
    store = SecretStore(null.Keyring())
    store.set("p", "token", SECRET)
    assert store.get("p", "token") == SECRET
    assert not store.backend_available
    assert "turned off" in (store.unavailable_reason or "")


def test_plaintext_keyrings_alt_backend_is_refused() -> None:
    backend = PlaintextKeyring()
    store = SecretStore(backend)
    store.set("p", "token", SECRET)
    assert backend.written == {}
    assert store.get("p", "token") == SECRET
    assert not store.backend_available
    reason = store.unavailable_reason or ""
    assert "plain file" in reason and "keyrings.alt" in reason and "session only" in reason


def test_chainer_skips_plaintext_backends(monkeypatch: pytest.MonkeyPatch) -> None:
    plain, real = PlaintextKeyring(), MemoryKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, real])
    store = SecretStore(chainer.ChainerBackend())
    store.set("p", "token", SECRET)
    assert real.passwords == {(KEYRING_SERVICE, "p/token"): SECRET}
    assert plain.written == {}

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain])
    only_plain = SecretStore(chainer.ChainerBackend())
    assert not only_plain.backend_available


def test_keyring_failure_switches_to_memory_without_leaking(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    backend = LockedKeyring()
    store = SecretStore(backend)
    assert store.backend_available
    store.set("p", "token", SECRET)
    assert store.get("p", "token") == SECRET
    assert not store.backend_available
    reason = store.unavailable_reason or ""
    assert "KeyringLocked" in reason and "session only" in reason
    assert SECRET not in reason
    assert SECRET not in caplog.text


def test_password_set_error_is_a_keyring_error_too() -> None:
    class Refusing(MemoryKeyring):
        priority = -3.0  # type: ignore[assignment]

        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError("refused")

    store = SecretStore(Refusing())
    store.set("p", "token", SECRET)
    assert store.get("p", "token") == SECRET
    assert not store.backend_available


def test_repr_shows_no_names_or_values(memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("p", "token", SECRET)
    text = repr(store) + str(store)
    assert SECRET not in text
    assert "token" not in text


def test_default_store_is_shared_and_follows_set_keyring(memory: MemoryKeyring) -> None:
    first = default_secret_store()
    assert default_secret_store() is first
    with installed(fail.Keyring()):
        other = default_secret_store()
        assert other is not first
        assert not other.backend_available
    assert keyring.get_keyring() is memory
