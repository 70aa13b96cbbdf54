"""Settings → Providers… with the real providers: a choice is a combo box, an on/off a check box, both
driven with the keyboard; older settings files keep loading and are not rewritten behind the
operator's back."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ocrdesk import paths, providers
from ocrdesk.config import SettingsFile, resolve_provider_config
from ocrdesk.providers import aliyun_market, sinovoice, tencent_cloud
from ocrdesk.providers.base import Provider, SettingSpec
from ocrdesk.secrets import SecretStore
from ocrdesk.ui.settings.providers_dialog import ProviderSettingsDialog
from tests.memory_keyring import MemoryKeyring, installed


@pytest.fixture
def store() -> Iterator[SecretStore]:
    with installed(MemoryKeyring()):
        yield SecretStore()


def _dialog(qtbot: QtBot, store: SecretStore, environ: dict[str, str] | None = None) -> ProviderSettingsDialog:
    dialog = ProviderSettingsDialog(None, store=store, settings=SettingsFile(), environ=environ or {})
    qtbot.addWidget(dialog)
    dialog.show_provider("tencent-cloud")
    dialog.show()
    return dialog


def _combo(dialog: ProviderSettingsDialog, provider_id: str, name: str) -> QComboBox:
    editor = dialog.page(provider_id).fields[name].editor
    assert isinstance(editor, QComboBox)
    return editor


def _check(dialog: ProviderSettingsDialog, provider_id: str, name: str) -> QCheckBox:
    editor = dialog.page(provider_id).fields[name].editor
    assert isinstance(editor, QCheckBox)
    return editor


def _spec(cls: type[Provider], name: str) -> SettingSpec:
    return next(spec for spec in cls.settings if spec.name == name)


def _file() -> dict:
    return json.loads((paths.config_dir() / "settings.json").read_text(encoding="utf-8"))


def test_the_declared_choices_are_what_the_providers_accept() -> None:
    def values(cls: type[Provider], name: str) -> tuple[str, ...]:
        spec = _spec(cls, name)
        assert spec.kind == "choice" and spec.default == spec.choices[0][0]
        return tuple(stored for stored, _label in spec.choices)

    assert values(tencent_cloud.TencentCloudProvider, "driver_license_side") == tencent_cloud.DRIVER_SIDES
    assert values(tencent_cloud.TencentCloudProvider, "passports") == tencent_cloud.PASSPORT_KINDS
    assert set(values(sinovoice.SinoVoiceProvider, "text_language")) == set(sinovoice.TEXT_LANGUAGES)
    assert values(aliyun_market.AliyunMarketProvider, "request_format") == aliyun_market.REQUEST_FORMATS
    assert _spec(tencent_cloud.TencentCloudProvider, "checks").kind == "bool"
    assert _spec(sinovoice.SinoVoiceProvider, "with_position").kind == "bool"


def test_pick_a_choice_with_the_keyboard_and_toggle_a_bool(qtbot: QtBot, store: SecretStore) -> None:
    dialog = _dialog(qtbot, store)
    side = _combo(dialog, "tencent-cloud", "driver_license_side")
    labels = [side.itemText(i) for i in range(side.count())]
    assert labels == ["Main page", "Second page (副页)", "Either page, or both"]
    assert side.currentText() == "Main page"
    checks = _check(dialog, "tencent-cloud", "checks")
    assert checks.isChecked() and checks.accessibleName() == "Authenticity and quality checks"

    side.setFocus()
    qtbot.keyClick(side, Qt.Key.Key_Down)
    assert side.currentText() == "Second page (副页)"
    checks.setFocus()
    qtbot.keyClick(checks, Qt.Key.Key_Space)
    assert not checks.isChecked()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    # stored as before this form had combo and check boxes: the provider's own words
    assert _file()["providers"] == {"tencent-cloud": {"checks": "off", "driver_license_side": "BACK"}}

    again = _dialog(qtbot, SecretStore())
    assert _combo(again, "tencent-cloud", "driver_license_side").currentText() == "Second page (副页)"
    assert not _check(again, "tencent-cloud", "checks").isChecked()
    qtbot.keyClick(_combo(again, "tencent-cloud", "driver_license_side"), Qt.Key.Key_Up)
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    assert _file()["providers"] == {"tencent-cloud": {"checks": "off"}}  # back to the default: not stored


def test_older_settings_files_load_and_stay_as_they_were(qtbot: QtBot, store: SecretStore) -> None:
    older = {
        "tencent-cloud": {"checks": "true", "driver_license_side": "back", "passports": "sideways"},
        "sinovoice": {"with_position": "0", "text_language": "ENGLISH"},
    }
    path = paths.config_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "providers": older}), encoding="utf-8")

    dialog = _dialog(qtbot, store)
    assert _check(dialog, "tencent-cloud", "checks").isChecked()
    assert _combo(dialog, "tencent-cloud", "driver_license_side").currentText() == "Second page (副页)"
    assert not _check(dialog, "sinovoice", "with_position").isChecked()
    assert _combo(dialog, "sinovoice", "text_language").currentText() == "English (ocr.cloud.english)"
    # a value none of the choices matches is shown as it is and marked, but saving other pages works
    passports = dialog.page("tencent-cloud").fields["passports"]
    assert isinstance(passports.editor, QComboBox)
    assert passports.editor.currentText() == "sideways (not one of the choices)"
    assert passports.error.text() == "Passports is not one of the offered choices"
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    assert apply.isEnabled()
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert _file()["providers"] == older  # nothing changed on the form: nothing rewritten

    qtbot.keyClick(passports.editor, Qt.Key.Key_Home)
    assert passports.editor.currentText() == "Chinese passports (PassportOCR)" and passports.error.isHidden()
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert "passports" not in _file()["providers"]["tencent-cloud"]  # the default
    # and the providers read the older spellings as they always did
    typed = {"app_key": "k", "dev_key": "d", "endpoint": "http://127.0.0.1:9"}
    config = resolve_provider_config(
        sinovoice.SinoVoiceProvider, store=store, settings=SettingsFile(), environ={}, overrides=typed
    )
    provider = sinovoice.SinoVoiceProvider(config)
    assert not provider.with_position and provider.text_language == "english"
    provider.close()


def test_a_choice_set_by_the_environment_is_shown_and_locked(qtbot: QtBot, store: SecretStore) -> None:
    environ = {"OCRDESK_TENCENT_CLOUD_PASSPORTS": "any", "OCRDESK_TENCENT_CLOUD_CHECKS": "no"}
    dialog = _dialog(qtbot, store, environ)
    passports = _combo(dialog, "tencent-cloud", "passports")
    checks = _check(dialog, "tencent-cloud", "checks")
    assert passports.currentData() == "any" and not passports.isEnabled()
    assert not checks.isChecked() and not checks.isEnabled()
    assert "OCRDESK_TENCENT_CLOUD_PASSPORTS" in dialog.page("tencent-cloud").fields["passports"].note.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    assert _file()["providers"] == {}


def test_the_forms_are_the_shipped_providers() -> None:
    # these tests are about the shipped providers' forms, not fakes
    assert {"tencent-cloud", "sinovoice", "aliyun-market"} <= set(providers.provider_ids())
