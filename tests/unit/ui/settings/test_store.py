"""The preferences store: the same ui.ini and keys as before, every value read through the schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ocrdesk import preferences
from ocrdesk.preferences import PDF_DPI, PreferenceError
from ocrdesk.ui.settings.store import SettingsStore


def _raw(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_a_settings_file_of_an_earlier_version_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "ui.ini"
    # what the earlier SettingsStore, QueueSettings, review and shortcuts handles wrote
    old = _raw(path)
    old.setValue("paths/last_open_dir", "/scans/2024")
    old.setValue("paths/last_export_filter", "CSV (*.csv)")
    old.setValue("recognition/provider", "tencent_cloud")
    old.setValue("recognition/doc_type/tencent_cloud", "idcard_front")
    old.setValue("inputs/pdf_dpi", 300)
    old.setValue("inputs/include_subfolders", "true")
    old.setValue("camera/source", "1")
    old.setValue("camera/resolution", "1280 × 720")
    old.setValue("camera/auto_capture", "true")
    old.setValue("review/normalise_dates", "true")
    old.setValue("shortcuts/next_attention", "Ctrl+Shift+N")
    old.setValue("window/geometry", QByteArray(b"\x01\x02"))
    old.sync()

    store = SettingsStore(path)
    assert store.last_open_dir == "/scans/2024" and store.last_export_dir == ""
    assert store.last_export_filter == "CSV (*.csv)"
    assert store.provider == "tencent_cloud" and store.doc_type("tencent_cloud") == "idcard_front"
    assert store.doc_type("aliyun_market") == ""
    assert store.pdf_dpi == 300
    assert store.include_subfolders is True and store.auto_capture is True and store.normalize_dates is True
    assert store.camera_source == "1" and store.camera_resolution == "1280 × 720"
    assert store.shortcut_overrides() == {"next_attention": "Ctrl+Shift+N"}
    assert store.geometry == QByteArray(b"\x01\x02") and store.window_state is None


def test_values_are_written_under_the_same_keys(tmp_path: Path) -> None:
    path = tmp_path / "ui.ini"
    store = SettingsStore(path)
    store.pdf_dpi = 150
    store.include_subfolders = True
    store.normalize_dates = False
    store.set_doc_type("local", "general")
    store.set_shortcut_overrides({"recognize": "F8"})  # syncs
    raw = _raw(path)
    assert str(raw.value("inputs/pdf_dpi")) == "150"
    assert raw.value("inputs/include_subfolders") == "true"
    assert raw.value("review/normalise_dates") == "false"
    assert raw.value("recognition/doc_type/local") == "general"
    assert raw.value("shortcuts/recognize") == "F8"


def test_a_stored_resolution_out_of_the_dialogs_range_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "ui.ini"
    store = SettingsStore(path)
    low, high = PDF_DPI.limits()
    for stored, read in ((high, high), (low, low), (high + 1, PDF_DPI.default), (30, PDF_DPI.default)):
        store.pdf_dpi = read  # a value the dialog can set
        raw = _raw(path)
        raw.setValue("inputs/pdf_dpi", stored)  # a hand edit, or a limit of an earlier version (30-1200)
        raw.sync()
        assert SettingsStore(path).pdf_dpi == read, stored
    raw.setValue("inputs/pdf_dpi", "fine")
    raw.sync()
    assert SettingsStore(path).pdf_dpi == PDF_DPI.default


def test_the_store_refuses_what_the_schema_does(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "ui.ini")
    with pytest.raises(PreferenceError):
        store.pdf_dpi = 1200
    with pytest.raises(PreferenceError):
        store.last_export_filter = "Word (*.docx)"
    assert store.pdf_dpi == PDF_DPI.default


def test_shortcut_overrides_replace_the_whole_group(tmp_path: Path) -> None:
    path = tmp_path / "ui.ini"
    store = SettingsStore(path)
    store.set_shortcut_overrides({"recognize": "F8", "confirm": "Ctrl+K, Ctrl+J"})
    assert store.shortcut_overrides() == {"recognize": "F8", "confirm": "Ctrl+K, Ctrl+J"}
    store.set_shortcut_overrides({"confirm": "Ctrl+K"})
    assert store.shortcut_overrides() == {"confirm": "Ctrl+K"}
    assert _raw(path).value("shortcuts/recognize") is None


def test_every_declared_preference_has_a_way_in_and_out_of_the_store(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "ui.ini")
    for preference in preferences.PREFERENCES:
        name = "x" if "{}" in preference.key else ""
        assert store.get(preference, name) == preference.default
        store.set(preference, preference.default, name)
        assert store.get(preference, name) == preference.default
