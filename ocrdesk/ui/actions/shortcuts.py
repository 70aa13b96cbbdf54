"""Configurable keyboard shortcuts: stored in the UI settings file, edited in a dialog generated
from the window's actions, with conflicts rejected.

Rules a new key must pass:
- no other action uses it (and no key of the field list: Tab, Shift+Tab, Up, Down, F2, Enter);
- it is not a plain typing key (a letter, digit or sign without Ctrl/Alt/Meta): typing in the field
  list starts editing, and Chinese input methods type Latin letters first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
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

SETTINGS_GROUP = "shortcuts"
# Keys the field list itself uses (not actions, so not configurable).
FIELD_LIST_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Down / Up", "Next / previous field"),
    ("F2, or just type", "Edit the value"),
    ("Enter", "Commit the value (the only key that does)"),
    ("Esc", "Discard the typing"),
)
RESERVED = tuple(QKeySequence(k) for k in ("Tab", "Shift+Tab", "Backtab", "Up", "Down", "F2", "Return", "Enter"))
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def plain_text(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def ordinary_key(sequence: QKeySequence) -> bool:
    """Keys every keyboard has: not the dedicated Open/Undo/Paste… keys or F13-F35 that Qt adds
    to the standard bindings on some platforms (they only clutter the list)."""
    if sequence.isEmpty():
        return False
    key = int(sequence[0].key())
    return key < int(Qt.Key.Key_Escape) or key <= int(Qt.Key.Key_F12)


def configurable_actions(window: QWidget) -> list[QAction]:
    """The window's named actions, each once, in the order they were added."""
    seen: set[str] = set()
    result: list[QAction] = []
    # QWidget.actions: MainWindow.actions is its Actions record
    for action in QWidget.actions(window):
        name = action.objectName()
        if name and name not in seen and not action.isSeparator():
            seen.add(name)
            result.append(action)
    return result


def is_typing_key(sequence: QKeySequence) -> bool:
    """A first chord without Ctrl/Alt/Meta whose key types a character."""
    if sequence.isEmpty():
        return False
    combination = sequence[0]
    key = combination.key()
    return not (combination.keyboardModifiers() & _MODIFIERS) and int(key) < 0x01000000 and key != Qt.Key.Key_Escape


def problem_with(
    sequence: QKeySequence, name: str, assigned: dict[str, list[QKeySequence]], texts: dict[str, str]
) -> str:
    """Why `sequence` cannot be the key of action `name` ('' when it can)."""
    if sequence.isEmpty():
        return ""
    if is_typing_key(sequence):
        return f"{native(sequence)} types into the field: use Ctrl, Alt or a function key"
    if any(sequence.matches(reserved) == QKeySequence.SequenceMatch.ExactMatch for reserved in RESERVED):
        return f"{native(sequence)} moves between fields or edits them"
    for other, sequences in assigned.items():
        if other != name and sequence in sequences:
            return f"{native(sequence)} is used by both “{texts.get(name, name)}” and “{texts.get(other, other)}”"
    return ""


class ShortcutStore:
    """Overrides of the default keys, by action name, in the [shortcuts] group of ui.ini."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def load(self) -> dict[str, list[QKeySequence]]:
        self._settings.beginGroup(SETTINGS_GROUP)
        try:
            result = {}
            for name in self._settings.childKeys():
                value = self._settings.value(name, "")
                text = value if isinstance(value, str) else ", ".join(str(v) for v in value or [])
                result[name] = [s for s in QKeySequence.listFromString(text) if not s.isEmpty()]
            return result
        finally:
            self._settings.endGroup()

    def save(self, overrides: dict[str, list[QKeySequence]]) -> None:
        self._settings.remove(SETTINGS_GROUP)
        for name, sequences in overrides.items():
            text = QKeySequence.listToString(sequences, QKeySequence.SequenceFormat.PortableText)
            self._settings.setValue(f"{SETTINGS_GROUP}/{name}", text)
        self._settings.sync()


class Shortcuts:
    """The defaults as built, the overrides as stored, and applying them to the actions."""

    def __init__(self, window: QWidget, path: Path) -> None:
        self.window = window
        self.store = ShortcutStore(path)
        self.defaults: dict[str, list[QKeySequence]] = {}

    def capture_defaults(self) -> None:
        for action in configurable_actions(self.window):
            self.defaults.setdefault(action.objectName(), list(action.shortcuts()))

    def apply_saved(self) -> None:
        self.capture_defaults()
        actions = {a.objectName(): a for a in configurable_actions(self.window)}
        for name, sequences in self.store.load().items():
            if name in actions:
                actions[name].setShortcuts(sequences)

    def set(self, keys: dict[str, list[QKeySequence]]) -> None:
        """New keys for every action; only differences from the defaults are stored."""
        self.capture_defaults()
        for action in configurable_actions(self.window):
            sequences = keys.get(action.objectName())
            if sequences is not None:
                action.setShortcuts(sequences)
        self.store.save({name: seqs for name, seqs in keys.items() if seqs != self.defaults.get(name, [])})


class ShortcutsDialog(QDialog):
    """One row per action: its key (editable), its default. OK is disabled while a key conflicts."""

    def __init__(self, shortcuts: Shortcuts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.resize(620, 560)
        self._shortcuts = shortcuts
        shortcuts.capture_defaults()
        self._actions = configurable_actions(shortcuts.window)
        self._texts = {a.objectName(): plain_text(a.text()) for a in self._actions}
        self.table = QTableWidget(len(self._actions), 3, self)
        self.table.setHorizontalHeaderLabels(["Command", "Shortcut", "Default"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.edits: dict[str, QKeySequenceEdit] = {}
        for row, action in enumerate(self._actions):
            name = action.objectName()
            self.table.setItem(row, 0, _cell(self._texts[name]))
            edit = QKeySequenceEdit(action.shortcut(), self.table)
            edit.setObjectName(name)
            edit.setClearButtonEnabled(True)
            edit.setMaximumSequenceLength(1)
            edit.keySequenceChanged.connect(self._check)
            self.table.setCellWidget(row, 1, edit)
            self.edits[name] = edit
            defaults = [native(k) for k in shortcuts.defaults.get(name, []) if ordinary_key(k)]
            self.table.setItem(row, 2, _cell(" or ".join(defaults)))
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
        """Each action's keys as edited: the edited key, plus the default alternates when it was not changed."""
        result: dict[str, list[QKeySequence]] = {}
        for action in self._actions:
            name = action.objectName()
            sequence = self.edits[name].keySequence()
            current = list(action.shortcuts())
            if current and sequence == current[0]:
                result[name] = current
            else:
                result[name] = [] if sequence.isEmpty() else [sequence]
        return result

    def problems(self) -> list[str]:
        assigned = self.keys()
        return [
            problem
            for name, sequences in assigned.items()
            for sequence in sequences
            if (problem := problem_with(sequence, name, assigned, self._texts))
        ]

    def _check(self) -> None:
        problems = self.problems()
        self.error.setText(problems[0] if problems else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def restore_defaults(self) -> None:
        for name, edit in self.edits.items():
            defaults = self._shortcuts.defaults.get(name, [])
            edit.setKeySequence(defaults[0] if defaults else QKeySequence())
        self._check()

    def accept(self) -> None:
        if self.problems():
            return
        keys = self.keys()
        for name, defaults in self._shortcuts.defaults.items():
            edited = keys.get(name)
            if edited is not None and defaults and edited[:1] == defaults[:1]:
                keys[name] = list(defaults)  # back to the default: its alternates too
        self._shortcuts.set(keys)
        super().accept()


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
