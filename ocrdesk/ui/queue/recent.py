"""File → Recent Files and Folders: what was opened lately, remembered in ui.ini (RECENT_PATHS)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ocrdesk.preferences import RECENT_PATHS
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.settings.store import SettingsStore

RECENT_LIMIT = 10


def remembered(recent: list[str], opened: list[str], limit: int = RECENT_LIMIT) -> list[str]:
    """`recent` with `opened` in front (the first opened first), each path once, at most `limit`."""
    result: list[str] = []
    seen: set[str] = set()
    for path in [*opened, *recent]:
        key = os.path.normcase(os.path.abspath(path))
        if path and key not in seen:
            seen.add(key)
            result.append(path)
    return result[:limit]


class RecentInputs(QObject):
    """The Recent submenu of File, rebuilt each time it opens; choosing an entry opens it again."""

    def __init__(
        self,
        settings: SettingsStore,
        messages: MessageBridge,
        open_paths: Callable[[list[str]], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.settings, self.messages, self._open_paths = settings, messages, open_paths
        self.menu = QMenu(QCoreApplication.translate("RecentInputs", "&Recent Files and Folders"), parent)
        self.menu.setObjectName("recentMenu")
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def paths(self) -> list[str]:
        return [line for line in self.settings.get(RECENT_PATHS).splitlines() if line.strip()]

    def _store(self, paths: list[str]) -> None:
        self.settings.set(RECENT_PATHS, "\n".join(paths))

    def add(self, paths: list[str]) -> None:
        """Paths just opened (absolute: they are opened again from anywhere)."""
        self._store(remembered(self.paths(), [os.path.abspath(p) for p in paths]))
        self.rebuild()

    def rebuild(self) -> None:
        self.menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            label = path.replace("&", "&&")  # a literal "&" in a name, not a mnemonic
            action = QAction(f"&{number} {label}" if number < 10 else label, self.menu)
            action.setObjectName(f"recent_{number}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.reopen(p))
            self.menu.addAction(action)
        if paths:
            self.menu.addSeparator()
        clear = QAction(QCoreApplication.translate("RecentInputs", "&Clear the List"), self.menu)
        clear.setObjectName("recent_clear")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: self._store([]))
        self.menu.addAction(clear)
        self.menu.setEnabled(bool(paths))

    def reopen(self, path: str) -> None:
        if not os.path.exists(path):
            self._store([p for p in self.paths() if p != path])
            self.rebuild()
            text = QCoreApplication.translate("RecentInputs", "{path} is no longer there: removed from the list")
            self.messages.warning(text.format(path=path))
            return
        self._open_paths([path])
