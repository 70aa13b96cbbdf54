"""The window's geometry, dock state and splitter position: raw QSettings values (labelme's ADR
0001: layout is not a preference), restored at start and saved on a clean exit."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULT_SIZE = (1280, 800)


class LayoutSettings(Protocol):
    """Where the layout is kept (the SettingsStore provides it)."""

    @property
    def geometry(self) -> QByteArray | None: ...

    @geometry.setter
    def geometry(self, value: QByteArray) -> None: ...

    @property
    def window_state(self) -> QByteArray | None: ...

    @window_state.setter
    def window_state(self, value: QByteArray) -> None: ...

    @property
    def splitter_state(self) -> QByteArray | None: ...

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None: ...

    def sync(self) -> None: ...


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: LayoutSettings) -> None:
    geometry = settings.geometry
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    state = settings.window_state
    if state is not None:
        window.restoreState(state)
    sizes = settings.splitter_state
    if sizes is None or not splitter.restoreState(sizes):
        splitter.setSizes([DEFAULT_SIZE[0] * 3 // 5, DEFAULT_SIZE[0] * 2 // 5])


def save_layout(window: QMainWindow, splitter: QSplitter, settings: LayoutSettings) -> None:
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.splitter_state = splitter.saveState()
    settings.sync()
