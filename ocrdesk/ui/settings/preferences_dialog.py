"""Settings → Preferences: one editor per preference the schema offers (`in_dialog`), built from the
declaration itself, so its choices and limits are the store's. Language comes first.

A preference with choices is a combo box, a number a spin box, a switch a check box; OK writes what
changed and returns, Cancel writes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ocrdesk.preferences import PREFERENCES, Preference
from ocrdesk.ui.settings.store import SettingsStore

Editor = QComboBox | QSpinBox | QCheckBox


def object_name(preference: Preference[Any]) -> str:
    """The editor's objectName ("preference_ui_language"): tests and code find editors by it."""
    return "preference_" + preference.key.replace("/", "_")


def shown_preferences() -> list[Preference[Any]]:
    return [preference for preference in PREFERENCES if preference.in_dialog]


def _editor(preference: Preference[Any], value: Any, parent: QWidget) -> Editor:
    editor: Editor
    if preference.choices:
        editor = QComboBox(parent)
        labels = preference.choice_labels or tuple(str(choice) for choice in preference.choices)
        for choice, label in zip(preference.choices, labels, strict=True):
            # endonyms such as 简体中文 are not in the catalogue and come back as written
            editor.addItem(QCoreApplication.translate("Preferences", label), choice)
        editor.setCurrentIndex(max(editor.findData(value), 0))
    elif preference.type is bool:
        editor = QCheckBox(QCoreApplication.translate("Preferences", preference.label), parent)
        editor.setChecked(bool(value))
    else:
        editor = QSpinBox(parent)
        editor.setRange(*preference.limits())
        editor.setSingleStep(preference.step)
        editor.setValue(int(value))
    editor.setObjectName(object_name(preference))
    return editor


def _value(editor: Editor) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    return editor.value()


class PreferencesDialog(QDialog):
    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Preferences"))
        self._settings = settings
        self.saved: list[Preference[Any]] = []  # what OK wrote (empty after Cancel)
        self.editors: dict[str, tuple[Preference[Any], Editor]] = {}
        form = QFormLayout()
        for preference in shown_preferences():
            editor = _editor(preference, settings.get(preference), self)
            self.editors[preference.key] = (preference, editor)
            if isinstance(editor, QCheckBox):
                form.addRow(editor)
            else:
                form.addRow(QCoreApplication.translate("Preferences", preference.label), editor)
            if preference.note:
                note = QLabel(QCoreApplication.translate("Preferences", preference.note), self)
                note.setObjectName(object_name(preference) + "_note")
                note.setWordWrap(True)
                form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("preferencesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # the contents never change: their size once, instead of the layout re-pushing it to the window
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(layout.sizeHint())

    def changed(self) -> list[Preference[Any]]:
        """The preferences whose editor differs from what is stored."""
        return [
            preference
            for preference, editor in self.editors.values()
            if _value(editor) != self._settings.get(preference)
        ]

    def accept(self) -> None:
        changed = self.changed()
        for preference in changed:
            self._settings.set(preference, _value(self.editors[preference.key][1]))
        self._settings.sync()
        self.saved = changed
        super().accept()


def edit_preferences(settings: SettingsStore, parent: QWidget | None = None) -> list[Preference[Any]]:
    """Settings → Preferences…: the dialog, modal; the preferences its OK changed."""
    dialog = PreferencesDialog(settings, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.saved
