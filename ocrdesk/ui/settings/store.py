"""UI settings in an INI file under `ocrdesk.paths.config_dir()` (never the platform's default store).

Tests get isolated settings because conftest points OCRDESK_CONFIG_DIR at a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ocrdesk import paths

SETTINGS_FILE = "ui.ini"


class SettingsStore:
    """Typed access to the few values the window remembers."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / SETTINGS_FILE
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- plain values -------------------------------------------------------------------------
    def _str(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def last_open_dir(self) -> str:
        return self._str("paths/last_open_dir")

    @last_open_dir.setter
    def last_open_dir(self, value: str) -> None:
        self._settings.setValue("paths/last_open_dir", value)

    @property
    def last_export_dir(self) -> str:
        return self._str("paths/last_export_dir")

    @last_export_dir.setter
    def last_export_dir(self, value: str) -> None:
        self._settings.setValue("paths/last_export_dir", value)

    @property
    def last_export_filter(self) -> str:
        return self._str("paths/last_export_filter")

    @last_export_filter.setter
    def last_export_filter(self, value: str) -> None:
        self._settings.setValue("paths/last_export_filter", value)

    @property
    def provider(self) -> str:
        return self._str("recognition/provider")

    @provider.setter
    def provider(self, value: str) -> None:
        self._settings.setValue("recognition/provider", value)

    def doc_type(self, provider_id: str) -> str:
        """The document type last used with this provider (each provider offers its own)."""
        return self._str(f"recognition/doc_type/{provider_id}")

    def set_doc_type(self, provider_id: str, value: str) -> None:
        self._settings.setValue(f"recognition/doc_type/{provider_id}", value)

    # -- window layout ------------------------------------------------------------------------
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
