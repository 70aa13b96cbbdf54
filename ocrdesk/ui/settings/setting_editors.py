"""The editor of one provider setting on its page: a line edit, or a spin box for numbers, and the
value it holds as the settings file stores it (None for "not set / the default")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from ocrdesk.config import validate_value
from ocrdesk.providers.base import SettingSpec

Editor = QLineEdit | QSpinBox | QDoubleSpinBox
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
    if editor.value() == editor.minimum() and not spec.default:
        return None
    text = str(editor.value()) if isinstance(editor, QSpinBox) else number_text(editor.value())
    if spec.default is not None and float(text) == float(spec.default):
        return None
    return text
