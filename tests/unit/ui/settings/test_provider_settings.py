"""Settings → Providers…: generated forms, keyring/settings-file writes, env overrides, connection test."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QLineEdit
from pytestqt.qtbot import QtBot

from ocrdesk import paths, providers
from ocrdesk.config import SettingsFile
from ocrdesk.doctypes import DocType
from ocrdesk.errors import ErrorKind, ProviderError
from ocrdesk.providers.base import CancelToken, Provider, Recognition, SettingSpec
from ocrdesk.secrets import KEYRING_SERVICE, SecretStore
from ocrdesk.ui.settings import providers_dialog
from ocrdesk.ui.settings.provider_page import LOCAL_NO_SETTINGS, NO_TEST, SESSION_PLACEHOLDER, STORED_PLACEHOLDER
from ocrdesk.ui.settings.providers_dialog import ProviderSettingsDialog
from tests.memory_keyring import MemoryKeyring, installed

SECRET = "Sk-UI-9d2f-never-on-disk"


class _Base(Provider):
    doc_types = (DocType.GENERAL,)

    def recognize(self, image, doc_type, cancel=None) -> Recognition:  # type: ignore[no-untyped-def]
        raise NotImplementedError


class FakeLocal(_Base):
    id = "local"
    name = "Offline engine"


class FakeCloud(_Base):
    id = "fake-cloud"
    name = "Fake Cloud"
    settings = (
        SettingSpec("appid", "App ID", help="The numeric app id from the console."),
        SettingSpec("secret_key", "Secret key", secret=True),
        SettingSpec("endpoint", "Endpoint URL", required=False, kind="url"),
        SettingSpec("timeout", "Timeout (s)", required=False, default="30", kind="float"),
    )
    default_endpoint = "https://ocr.example.com"

    def test_connection(self, cancel: CancelToken | None = None) -> str:
        if self.config.get("appid") == "bad":
            raise ProviderError("AuthFailure: the signature does not match", "AuthFailure", ErrorKind.AUTH)
        return f"OK: 200 ({self.config['appid']}, timeout {self.config['timeout']})"


class FakeNoTest(_Base):
    id = "fake-notest"
    name = "Fake without test"
    settings = (SettingSpec("token", "Token", secret=True),)
    default_endpoint = "https://x.example.com"


@pytest.fixture(autouse=True)
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        providers,
        "_REGISTRY",
        {
            "local": f"{__name__}:FakeLocal",
            "fake-cloud": f"{__name__}:FakeCloud",
            "fake-notest": f"{__name__}:FakeNoTest",
        },
    )


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


def _dialog(qtbot: QtBot, store: SecretStore, environ: dict[str, str] | None = None) -> ProviderSettingsDialog:
    dialog = ProviderSettingsDialog(None, store=store, settings=SettingsFile(), environ=environ or {})
    qtbot.addWidget(dialog)
    dialog.show_provider("fake-cloud")
    dialog.show()
    return dialog


def _editor(dialog: ProviderSettingsDialog, name: str, provider_id: str = "fake-cloud") -> QLineEdit:
    editor = dialog.page(provider_id).fields[name].editor
    assert isinstance(editor, QLineEdit)
    return editor


def _apply(qtbot: QtBot, dialog: ProviderSettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)


def _settings_json() -> dict:
    return json.loads((paths.config_dir() / "settings.json").read_text(encoding="utf-8"))


def test_pages_are_generated_from_the_registry(qtbot: QtBot, memory: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, SecretStore())
    names = [dialog.provider_list.item(i).text() for i in range(dialog.provider_list.count())]
    assert names == ["Offline engine", "Fake Cloud", "Fake without test"]
    assert dialog.page("local").message.text() == LOCAL_NO_SETTINGS
    assert dialog.page("local").fields == {}
    assert dialog.page("local").test_button is None  # nothing to test offline

    page = dialog.page("fake-cloud")
    assert list(page.fields) == ["appid", "secret_key", "endpoint", "timeout"]
    assert isinstance(page.fields["timeout"].editor, QDoubleSpinBox)
    assert page.fields["timeout"].editor.value() == 30.0
    assert _editor(dialog, "secret_key").echoMode() is QLineEdit.EchoMode.Password
    assert "console" in _editor(dialog, "appid").toolTip()
    assert "OCRDESK_FAKE_CLOUD_APPID" in _editor(dialog, "appid").toolTip()
    labels = [w.text() for w in page.findChildren(type(page.message)) if w.buddy() is not None]
    assert "App ID *" in labels and "Secret key *" in labels and "Endpoint URL" in labels
    assert dialog.stack.currentWidget().widget() is page  # type: ignore[attr-defined]
    assert dialog.banner.isHidden()


def test_save_writes_secret_to_keyring_and_rest_to_file_then_reopen_masks(qtbot: QtBot, memory: MemoryKeyring) -> None:
    store = SecretStore()
    dialog = _dialog(qtbot, store)
    qtbot.keyClicks(_editor(dialog, "appid"), "1250000000")
    qtbot.keyClicks(_editor(dialog, "secret_key"), SECRET)
    qtbot.keyClicks(_editor(dialog, "endpoint"), "http://127.0.0.1:8080/ocr")
    dialog.page("fake-cloud").fields["timeout"].editor.setValue(12.5)
    with qtbot.waitSignal(dialog.saved) as saved:
        _apply(qtbot, dialog)
    assert saved.args == [["fake-cloud"]]

    assert memory.passwords == {(KEYRING_SERVICE, "fake-cloud/secret_key"): SECRET}
    assert _settings_json() == {
        "version": 1,
        "providers": {
            "fake-cloud": {"appid": "1250000000", "endpoint": "http://127.0.0.1:8080/ocr", "timeout": "12.5"}
        },
    }
    for path in paths.config_dir().rglob("*"):
        assert SECRET.encode() not in path.read_bytes()
    assert _editor(dialog, "secret_key").text() == ""
    assert _editor(dialog, "secret_key").placeholderText() == STORED_PLACEHOLDER

    again = _dialog(qtbot, SecretStore())
    assert _editor(again, "appid").text() == "1250000000"
    assert _editor(again, "endpoint").text() == "http://127.0.0.1:8080/ocr"
    assert again.page("fake-cloud").fields["timeout"].editor.value() == 12.5
    secret = _editor(again, "secret_key")
    assert secret.text() == ""
    assert secret.placeholderText() == STORED_PLACEHOLDER
    assert SECRET not in secret.placeholderText()


def test_empty_secret_keeps_stored_one_and_clear_deletes_it(qtbot: QtBot, memory: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("fake-cloud", "secret_key", SECRET)
    dialog = _dialog(qtbot, store)
    item = dialog.page("fake-cloud").fields["secret_key"]
    assert item.clear_button is not None and item.clear_button.isEnabled()
    qtbot.keyClicks(_editor(dialog, "appid"), "1")
    _apply(qtbot, dialog)
    assert store.get("fake-cloud", "secret_key") == SECRET
    with qtbot.waitSignal(dialog.saved) as saved:
        _apply(qtbot, dialog)  # nothing changed since
    assert saved.args == [[]]

    qtbot.mouseClick(item.clear_button, Qt.MouseButton.LeftButton)
    assert store.get("fake-cloud", "secret_key") == SECRET  # only on save
    assert not item.clear_button.isEnabled()
    _apply(qtbot, dialog)
    assert store.get("fake-cloud", "secret_key") is None
    assert memory.passwords == {}
    assert _editor(dialog, "secret_key").placeholderText() == ""


def test_show_hide_toggle(qtbot: QtBot, memory: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, SecretStore())
    item = dialog.page("fake-cloud").fields["secret_key"]
    assert item.show_button is not None
    qtbot.mouseClick(item.show_button, Qt.MouseButton.LeftButton)
    assert _editor(dialog, "secret_key").echoMode() is QLineEdit.EchoMode.Normal
    assert item.show_button.text() == "Hide"
    qtbot.mouseClick(item.show_button, Qt.MouseButton.LeftButton)
    assert _editor(dialog, "secret_key").echoMode() is QLineEdit.EchoMode.Password


def test_invalid_url_blocks_saving(qtbot: QtBot, memory: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, SecretStore())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    qtbot.keyClicks(_editor(dialog, "endpoint"), "ocr.example.com")
    item = dialog.page("fake-cloud").fields["endpoint"]
    assert not item.error.isHidden() and "http" in item.error.text()
    assert not ok.isEnabled() and not apply.isEnabled()
    assert not dialog.save()
    _editor(dialog, "endpoint").clear()
    qtbot.keyClicks(_editor(dialog, "endpoint"), "https://ocr.example.com")
    assert item.error.isHidden()
    assert ok.isEnabled() and apply.isEnabled()


def test_environment_overrides_are_read_only_and_never_saved(qtbot: QtBot, memory: MemoryKeyring) -> None:
    environ = {"OCRDESK_FAKE_CLOUD_APPID": "env-app", "OCRDESK_FAKE_CLOUD_SECRET_KEY": SECRET}
    dialog = _dialog(qtbot, SecretStore(), environ)
    page = dialog.page("fake-cloud")
    appid, secret = page.fields["appid"], page.fields["secret_key"]
    assert appid.editor.isReadOnly() and appid.editor.text() == "env-app"  # type: ignore[union-attr]
    assert not appid.note.isHidden() and "OCRDESK_FAKE_CLOUD_APPID" in appid.note.text()
    assert secret.editor.isReadOnly() and secret.editor.text() == ""  # type: ignore[union-attr]
    assert "OCRDESK_FAKE_CLOUD_SECRET_KEY" in secret.note.text()
    assert secret.clear_button is not None and not secret.clear_button.isEnabled()
    assert not _editor(dialog, "endpoint").isReadOnly()
    _apply(qtbot, dialog)
    assert memory.passwords == {}
    assert _settings_json()["providers"] == {}


def test_connection_test_success_uses_unsaved_values(qtbot: QtBot, memory: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, SecretStore())
    qtbot.keyClicks(_editor(dialog, "appid"), "42")
    qtbot.keyClicks(_editor(dialog, "secret_key"), SECRET)
    page = dialog.page("fake-cloud")
    assert page.test_button is not None and page.test_result is not None
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_result.text().startswith("OK"), timeout=5000)
    assert page.test_result.text() == "OK: 200 (42, timeout 30)"
    assert page.test_button.isEnabled() and not page.testing
    assert memory.passwords == {}  # testing saves nothing


def test_connection_test_failures_are_shown(qtbot: QtBot, memory: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, SecretStore())
    page = dialog.page("fake-cloud")
    assert page.test_button is not None and page.test_result is not None

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)  # nothing filled in yet
    qtbot.waitUntil(lambda: page.test_result.text().startswith("Failed"), timeout=5000)
    # the form's labels, not the internal keys, and no "open Settings → Providers…" from inside it
    assert page.test_result.text() == "Failed: Fill in first: App ID, Secret key."

    qtbot.keyClicks(_editor(dialog, "appid"), "bad")
    qtbot.keyClicks(_editor(dialog, "secret_key"), SECRET)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "AuthFailure" in page.test_result.text(), timeout=5000)
    assert page.test_result.text() == "Failed: AuthFailure: the signature does not match"
    assert SECRET not in page.test_result.text()


def test_provider_without_connection_test_has_disabled_button(qtbot: QtBot, memory: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, SecretStore())
    button = dialog.page("fake-notest").test_button
    assert button is not None and not button.isEnabled()
    assert button.toolTip() == NO_TEST


def test_keyring_unavailable_shows_banner_and_keeps_secret_for_session(qtbot: QtBot) -> None:
    with installed(fail.Keyring()):
        store = SecretStore()
        dialog = _dialog(qtbot, store)
        assert dialog.banner.isVisible()
        assert "No system keyring is available" in dialog.banner.text()
        qtbot.keyClicks(_editor(dialog, "appid"), "7")
        qtbot.keyClicks(_editor(dialog, "secret_key"), SECRET)
        _apply(qtbot, dialog)
        assert store.get("fake-cloud", "secret_key") == SECRET
        assert _editor(dialog, "secret_key").placeholderText() == SESSION_PLACEHOLDER
        assert "session only" in dialog.status.text()
        for folder in (paths.config_dir(), paths.data_dir()):
            for path in folder.rglob("*"):
                assert SECRET.encode() not in path.read_bytes()


def test_damaged_settings_file_is_reported(qtbot: QtBot, memory: MemoryKeyring) -> None:
    (paths.config_dir() / "settings.json").write_text("{oops", encoding="utf-8")
    dialog = _dialog(qtbot, SecretStore())
    assert dialog.settings_banner.isVisible()
    assert "settings.json.bad" in dialog.settings_banner.text()


def test_broken_provider_gets_an_error_page(
    qtbot: QtBot, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(providers._REGISTRY, "broken", "ocrdesk.providers.does_not_exist:Nope")
    dialog = _dialog(qtbot, SecretStore())
    assert "Could not load this provider" in dialog.page("broken").message.text()
    assert dialog.provider_list.item(3).text() == "broken"


def test_ok_saves_and_closes(qtbot: QtBot, memory: MemoryKeyring) -> None:
    dialog = _dialog(qtbot, SecretStore())
    qtbot.keyClicks(_editor(dialog, "appid"), "99")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _settings_json()["providers"] == {"fake-cloud": {"appid": "99"}}


def test_open_provider_settings_uses_shared_store(
    qtbot: QtBot, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ProviderSettingsDialog] = []

    def fake_exec(self: ProviderSettingsDialog) -> int:
        opened.append(self)
        qtbot.addWidget(self)
        return 0

    monkeypatch.setattr(ProviderSettingsDialog, "exec", fake_exec)
    providers_dialog.open_provider_settings(None)
    assert len(opened) == 1
    assert opened[0].store is providers_dialog.default_secret_store()
