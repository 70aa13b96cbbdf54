"""Right-click menus of the document list, the field table and the page, built from CONTEXT_MENUS.

Each entry is the window's own QAction: the same text, keys and enabled state as in the menu bar,
nothing written twice; what cannot act now is shown greyed, as in the menu bar.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

from ocrdesk.ui.actions.registry import ActionRegistry
from ocrdesk.ui.actions.specs import CONTEXT_MENUS, SEPARATOR


class ContextMenu(QObject):
    """The right-click menu of one area (`name`: its key in CONTEXT_MENUS, also the menu's objectName
    prefix: "documentListMenu")."""

    def __init__(self, widget: QWidget, name: str, registry: ActionRegistry, items: Sequence[str]) -> None:
        super().__init__(widget)
        self.widget, self.name, self.registry, self.items = widget, name, registry, tuple(items)
        self.menu: QMenu | None = None
        # a scroll area's clicks land on its viewport, which maps the position
        target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        self._target = target
        target.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        target.customContextMenuRequested.connect(self.open_at)

    def build(self) -> QMenu:
        """A fresh menu of the area's actions (separators only between shown groups)."""
        menu = QMenu(self.widget)
        menu.setObjectName(f"{self.name}Menu")
        pending_separator = False
        for item in self.items:
            if item == SEPARATOR:
                pending_separator = bool(menu.actions())
                continue
            action = self.registry[item]
            if not action.isVisible():
                continue
            if pending_separator:
                menu.addSeparator()
                pending_separator = False
            menu.addAction(action)
        return menu

    def open_at(self, position: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.build()
        if self.menu.actions():
            self.menu.popup(self._target.mapToGlobal(position))  # popup, not exec: the event loop runs on


def install_context_menus(
    registry: ActionRegistry, widgets: Mapping[str, QWidget], menus: Mapping[str, Sequence[str]] = CONTEXT_MENUS
) -> dict[str, ContextMenu]:
    """One ContextMenu per area of `widgets` (keys of `menus`)."""
    return {name: ContextMenu(widget, name, registry, menus[name]) for name, widget in widgets.items()}
