"""The window's preferences in ui.ini under `ocrdesk.paths.config_dir()` (never the platform's default
store), through ONE QSettings, read and written as `ocrdesk.preferences` declares them.

Same file and keys as every earlier version, so an operator's settings carry over; a stored value of
the wrong type or out of its limits reads back as the default. Tests get isolated settings because
conftest points OCRDESK_CONFIG_DIR at a temporary folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Generic

from PySide6.QtCore import QByteArray, QSettings

from ocrdesk import paths
from ocrdesk.preferences import (
    AUTO_CAPTURE,
    BLOCKING_WARNINGS,
    CAMERA_RESOLUTION,
    CAMERA_SOURCE,
    DOC_TYPE,
    INCLUDE_SUBFOLDERS,
    LAST_EXPORT_DIR,
    LAST_EXPORT_FILTER,
    LAST_OPEN_DIR,
    NORMALIZE_DATES,
    PDF_DPI,
    PROVIDER,
    SHORTCUT,
    Preference,
    T,
    decode,
    encode,
)

SETTINGS_FILE = "ui.ini"
_SHORTCUTS_GROUP = SHORTCUT.key.partition("/")[0]


class _Stored(Generic[T]):
    """A declared preference as a typed attribute of the store (`store.pdf_dpi = 300`)."""

    def __init__(self, preference: Preference[T]) -> None:
        self.preference: Preference[T] = preference

    def __get__(self, store: SettingsStore, owner: object = None) -> T:
        return store.get(self.preference)

    def __set__(self, store: SettingsStore, value: T) -> None:
        store.set(self.preference, value)


class SettingsStore:
    """Every UI preference, plus the window's layout (Qt's own blobs, kept raw)."""

    last_open_dir = _Stored(LAST_OPEN_DIR)
    last_export_dir = _Stored(LAST_EXPORT_DIR)
    last_export_filter = _Stored(LAST_EXPORT_FILTER)
    provider = _Stored(PROVIDER)
    pdf_dpi = _Stored(PDF_DPI)
    include_subfolders = _Stored(INCLUDE_SUBFOLDERS)
    camera_source = _Stored(CAMERA_SOURCE)
    camera_resolution = _Stored(CAMERA_RESOLUTION)
    auto_capture = _Stored(AUTO_CAPTURE)
    normalize_dates = _Stored(NORMALIZE_DATES)
    blocking_warnings = _Stored(BLOCKING_WARNINGS)

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / SETTINGS_FILE
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, preference: Preference[T], name: str = "") -> T:
        key = preference.key_for(name)
        return decode(preference, self._settings.value(key), key)

    def set(self, preference: Preference[T], value: T, name: str = "") -> None:
        self._settings.setValue(preference.key_for(name), encode(preference, value))

    def doc_type(self, provider_id: str) -> str:
        """The document type last used with this provider (each provider offers its own)."""
        return self.get(DOC_TYPE, provider_id)

    def set_doc_type(self, provider_id: str, value: str) -> None:
        self.set(DOC_TYPE, value, provider_id)

    def shortcut_overrides(self) -> dict[str, str]:
        """Action id -> its keys as stored (portable text), for the actions whose keys were changed."""
        self._settings.beginGroup(_SHORTCUTS_GROUP)
        try:
            names = self._settings.childKeys()
        finally:
            self._settings.endGroup()
        return {name: self.get(SHORTCUT, name) for name in names}

    def set_shortcut_overrides(self, overrides: Mapping[str, str]) -> None:
        self._settings.remove(_SHORTCUTS_GROUP)
        for name, keys in overrides.items():
            self.set(SHORTCUT, keys, name)
        self._settings.sync()

    # -- window layout ------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    def sync(self) -> None:
        self._settings.sync()
