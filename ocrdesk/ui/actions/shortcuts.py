"""Configurable keyboard shortcuts: a dialog generated from the action table, conflicts rejected
(the rules are in ocrdesk.ui.actions.keys), the keys that differ from the defaults kept in the
preferences store and applied to the next window."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocrdesk.ui.actions.keys import problem_with, shown_keys
from ocrdesk.ui.actions.registry import ActionRegistry


class OverrideStore(Protocol):
    """Where the keys that differ from the defaults are kept (the window's SettingsStore)."""

    def shortcut_overrides(self) -> dict[str, str]: ...

    def set_shortcut_overrides(self, overrides: Mapping[str, str]) -> None: ...


def stored_keys(store: OverrideStore) -> dict[str, list[QKeySequence]]:
    """The overrides kept in the preferences store, by action id."""
    return {
        action_id: [s for s in QKeySequence.listFromString(text) if not s.isEmpty()]
        for action_id, text in store.shortcut_overrides().items()
    }


class Shortcuts:
    """The actions' keys: the defaults from the table, the operator's overrides in the store."""

    def __init__(self, registry: ActionRegistry, store: OverrideStore) -> None:
        self.registry = registry
        self.store = store

    def set(self, keys: dict[str, list[QKeySequence]]) -> None:
        """New keys for the actions; only differences from the defaults are stored."""
        for action_id, sequences in keys.items():
            self.registry.set_keys(action_id, sequences)
        overrides = self.registry.overrides()
        self.store.set_shortcut_overrides(
            {i: QKeySequence.listToString(s, QKeySequence.SequenceFormat.PortableText) for i, s in overrides.items()}
        )


class ShortcutsDialog(QDialog):
    """One row per action, in table order: its key (editable), its default. OK is disabled while a key conflicts."""

    def __init__(self, shortcuts: Shortcuts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard Shortcuts"))
        self.resize(620, 560)
        self._shortcuts = shortcuts
        registry = self._registry = shortcuts.registry
        self._texts = registry.texts()
        self.table = QTableWidget(len(self._texts), 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Shortcuts", "Command"),
                QCoreApplication.translate("Shortcuts", "Shortcut"),
                QCoreApplication.translate("Shortcuts", "Default"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.edits: dict[str, QKeySequenceEdit] = {}
        for row, (action_id, text) in enumerate(self._texts.items()):
            self.table.setItem(row, 0, _cell(text))
            edit = QKeySequenceEdit(registry[action_id].shortcut(), self.table)
            edit.setObjectName(action_id)
            edit.setClearButtonEnabled(True)
            edit.setMaximumSequenceLength(1)
            edit.keySequenceChanged.connect(self._check)
            self.table.setCellWidget(row, 1, edit)
            self.edits[action_id] = edit
            self.table.setItem(row, 2, _cell(shown_keys(registry.defaults(action_id))))
        self.table.resizeColumnToContents(1)
        self.error = QLabel("", self)
        self.error.setObjectName("shortcutError")
        self.error.setStyleSheet("color: #d93025;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()

    def keys(self) -> dict[str, list[QKeySequence]]:
        """Each action's keys as edited: the edited key, plus the current alternates when it was not changed."""
        result: dict[str, list[QKeySequence]] = {}
        for action_id, edit in self.edits.items():
            sequence = edit.keySequence()
            current = list(self._registry[action_id].shortcuts())
            if current and sequence == current[0]:
                result[action_id] = current
            else:
                result[action_id] = [] if sequence.isEmpty() else [sequence]
        return result

    def problems(self) -> list[str]:
        assigned = self.keys()
        return [
            problem
            for action_id, sequences in assigned.items()
            for sequence in sequences
            if (problem := problem_with(sequence, action_id, assigned, self._texts))
        ]

    def _check(self) -> None:
        problems = self.problems()
        self.error.setText(problems[0] if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def restore_defaults(self) -> None:
        for action_id, edit in self.edits.items():
            defaults = self._registry.defaults(action_id)
            edit.setKeySequence(defaults[0] if defaults else QKeySequence())
        self._check()

    def accept(self) -> None:
        if self.problems():
            return
        keys = self.keys()
        for action_id, edited in keys.items():
            defaults = self._registry.defaults(action_id)
            if defaults and edited[:1] == defaults[:1]:
                keys[action_id] = defaults  # back to the default: its alternates too
        self._shortcuts.set(keys)
        super().accept()


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
