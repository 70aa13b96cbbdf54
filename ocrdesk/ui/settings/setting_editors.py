"""The editor of one provider setting on its page (a line edit; a spin box for numbers; a combo box
for a choice; a check box for on/off), and the value it holds as the settings file stores it (None
for "not set / the default")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from ocrdesk.config import validate_value
from ocrdesk.providers.base import BOOL_OFF, BOOL_ON, SettingSpec

Editor = QLineEdit | QSpinBox | QDoubleSpinBox | QComboBox | QCheckBox
NUMBER_MAX = 1_000_000
UNSET = -1  # the spin box value meaning "not set", for numbers without a default


def number_text(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def make_editor(
    spec: SettingSpec, value: str | None, overridden: bool, default_endpoint: str | None, parent: QWidget
) -> Editor:
    """An editor showing `value` (the stored one, or the environment's when `overridden`); a secret's
    editor starts empty, whatever is stored."""
    if spec.secret:
        editor = QLineEdit(parent)
        if overridden:
            editor.setPlaceholderText(QCoreApplication.translate("SettingEditors", "(from the environment)"))
        return editor
    if spec.kind in {"int", "float"}:
        return _number_editor(spec, value, parent)
    if spec.kind == "choice":
        return _choice_editor(spec, value, parent)
    if spec.kind == "bool":
        check = QCheckBox(parent)
        check.setChecked(_known(spec, value) == BOOL_ON)
        return check
    editor = QLineEdit(parent)
    editor.setText(value or "")
    if spec.name == "endpoint" and default_endpoint:
        editor.setPlaceholderText(_default_text().format(value=default_endpoint))
    elif spec.kind == "url":
        editor.setPlaceholderText("https://…")
    elif spec.default:
        editor.setPlaceholderText(_default_text().format(value=spec.default))
    return editor


def _default_text() -> str:
    return QCoreApplication.translate("SettingEditors", "default: {value}")


def _known(spec: SettingSpec, value: str | None) -> str | None:
    """The stored value in its canonical form, else the default's (None when neither is usable)."""
    for candidate in (value, spec.default):
        if candidate is not None and candidate.strip():
            return spec.canonical(candidate)
    return None


def _choice_editor(spec: SettingSpec, value: str | None, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for stored, label in spec.choices:
        combo.addItem(QCoreApplication.translate("ProviderSettings", label), stored)
    current = _known(spec, value)
    if current is None and value is not None and value.strip():
        # a hand-edited value none of the choices matches: shown as it is (the page marks it) rather
        # than silently replaced by the default when the operator saves something else
        unknown = QCoreApplication.translate("SettingEditors", "{value} (not one of the choices)")
        combo.addItem(unknown.format(value=value.strip()), value.strip())
        combo.setCurrentIndex(combo.count() - 1)
    elif current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def is_unknown_choice(spec: SettingSpec, editor: Editor) -> bool:
    """The choice box still shows a stored value that is none of the setting's choices."""
    return isinstance(editor, QComboBox) and spec.canonical(str(editor.currentData())) is None


def _number_editor(spec: SettingSpec, value: str | None, parent: QWidget) -> QSpinBox | QDoubleSpinBox:
    spin: QSpinBox | QDoubleSpinBox
    if spec.kind == "int":
        spin = QSpinBox(parent)
        spin.setRange(0 if spec.default else UNSET, NUMBER_MAX)
        spin.setValue(spin.minimum())
    else:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(2)
        spin.setRange(0.0 if spec.default else UNSET, NUMBER_MAX)
        spin.setValue(spin.minimum())
    if not spec.default:
        spin.setSpecialValueText(QCoreApplication.translate("SettingEditors", "not set"))
    for candidate in (value, spec.default):
        if candidate is not None and validate_value(spec, candidate) is None:
            number = float(candidate)
            if isinstance(spin, QSpinBox):
                spin.setValue(int(number))
            else:
                spin.setValue(number)
            break
    spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
    return spin


def editor_value(spec: SettingSpec, editor: Editor) -> str | None:
    """The non-secret value on the form, or None for "not set / default"."""
    if isinstance(editor, QLineEdit):
        return editor.text().strip() or None
    if isinstance(editor, QComboBox | QCheckBox):
        if isinstance(editor, QComboBox):
            chosen = str(editor.currentData()) if editor.currentIndex() >= 0 else None
        else:
            chosen = BOOL_ON if editor.isChecked() else BOOL_OFF
        default = spec.canonical(spec.default) if spec.default else None
        return None if chosen is None or chosen == default else chosen
    if editor.value() == editor.minimum() and not spec.default:
        return None
    text = str(editor.value()) if isinstance(editor, QSpinBox) else number_text(editor.value())
    if spec.default is not None and float(text) == float(spec.default):
        return None
    return text


def same_value(spec: SettingSpec, first: str | None, second: str | None) -> bool:
    """Both mean the same setting (None = the default): a file saying "true" or "front" is left as it
    is when the operator did not change that setting."""

    def meaning(value: str | None) -> str | None:
        value = value if value is not None and value.strip() else spec.default
        if value is None:
            return None
        return spec.canonical(value) or value.strip() if spec.kind in {"choice", "bool"} else value.strip()

    return meaning(first) == meaning(second)
