"""One provider's page of Settings → Providers…: a form generated from its SettingSpecs.

Secrets go to the SecretStore (OS keyring, or session memory), everything else to the SettingsFile.
A stored secret is never shown: its field stays empty with a placeholder, and an empty secret field
on save means "keep what is stored". Values set by environment variables win over both
(INTERFACE.md), so their fields are read-only here and never saved.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ocrdesk import providers
from ocrdesk.config import (
    SettingsFile,
    effective_required,
    env_value,
    env_var_name,
    validate_value,
)
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.providers.base import Provider, SettingSpec
from ocrdesk.secrets import SecretStore
from ocrdesk.ui.settings.connection_row import ERROR_STYLE, ConnectionTestRow
from ocrdesk.ui.settings.connection_test import NOT_A_CHOICE, has_connection_test
from ocrdesk.ui.settings.setting_editors import Editor, editor_value, is_unknown_choice, make_editor, same_value
from ocrdesk.ui.tasks import TaskRunner

__all__ = ["ProviderPage", "SettingField"]

log = logging.getLogger(__name__)

# source texts (translated where shown, in the ProviderPage context)
STORED_PLACEHOLDER = QT_TRANSLATE_NOOP("ProviderPage", "•••••• (stored in keyring)")
SESSION_PLACEHOLDER = QT_TRANSLATE_NOOP("ProviderPage", "•••••• (kept for this session only)")
CLEAR_PLACEHOLDER = QT_TRANSLATE_NOOP("ProviderPage", "(will be removed when you save)")
LOCAL_NO_SETTINGS = QT_TRANSLATE_NOOP("ProviderPage", "No settings: the local engine works offline.")
NO_SETTINGS = QT_TRANSLATE_NOOP("ProviderPage", "This provider has no settings.")
NO_TEST = QT_TRANSLATE_NOOP("ProviderPage", "This provider has no connection test.")
REQUIRED, OPTIONAL = QT_TRANSLATE_NOOP("ProviderPage", "Required."), QT_TRANSLATE_NOOP("ProviderPage", "Optional.")
KEYRING_NOTE = QT_TRANSLATE_NOOP("ProviderPage", "Stored in the system keyring, never in a file.")
BANNER_STYLE = "QLabel { background: #fef7e0; color: #3c2f00; border: 1px solid #f9ab00; padding: 6px; }"


@dataclass
class SettingField:
    """The widgets of one generated setting row."""

    spec: SettingSpec
    editor: Editor
    row: QWidget
    env_var: str
    env_value: str | None
    note: QLabel
    error: QLabel
    show_button: QToolButton | None = None
    clear_button: QPushButton | None = None
    stored: bool = False  # a secret exists in the store
    pending_clear: bool = False

    @property
    def overridden(self) -> bool:
        return self.env_value is not None


class ProviderPage(QWidget):
    """The form of one provider, or why there is none."""

    validityChanged = Signal(bool)

    def __init__(
        self,
        provider_id: str,
        provider_cls: type[Provider] | None,
        store: SecretStore,
        settings: SettingsFile,
        environ: Mapping[str, str],
        runner: TaskRunner,
        load_error: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider_id = provider_id
        self.provider_cls = provider_cls
        self._store = store
        self._settings = settings
        self._environ = environ
        self._runner = runner
        self.fields: dict[str, SettingField] = {}
        self.test_button: QPushButton | None = None
        self.test_result: QLabel | None = None
        self.test_row: ConnectionTestRow | None = None

        layout = QVBoxLayout(self)
        title = QLabel(providers.display_name(provider_cls) if provider_cls else provider_id)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        subtitle = QLabel(QCoreApplication.translate("ProviderPage", "Provider id: {id}").format(id=provider_id))
        subtitle.setEnabled(False)
        layout.addWidget(subtitle)

        if provider_cls is None:
            problem = QCoreApplication.translate("ProviderPage", "Could not load this provider: {error}")
            self.message = QLabel(problem.format(error=load_error))
            self.message.setWordWrap(True)
            self.message.setStyleSheet(ERROR_STYLE)
            layout.addWidget(self.message)
            layout.addStretch(1)
            return
        if not provider_cls.settings:
            none = LOCAL_NO_SETTINGS if provider_id == providers.DEFAULT_PROVIDER else NO_SETTINGS
            self.message = QLabel(_shown(none))
            self.message.setWordWrap(True)
            layout.addWidget(self.message)
        else:
            self.message = QLabel(
                QCoreApplication.translate("ProviderPage", "Fields marked * are required. Hover a field for help.")
            )
            self.message.setEnabled(False)
            layout.addWidget(self.message)
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for spec in provider_cls.settings:
                self._add_row(form, spec)
            layout.addLayout(form)

        if provider_cls.settings or has_connection_test(provider_cls):
            self._add_test_row(layout)
        layout.addStretch(1)

    # ----- building -----

    def _add_row(self, form: QFormLayout, spec: SettingSpec) -> None:
        assert self.provider_cls is not None
        required = effective_required(self.provider_cls, spec)
        env_var = env_var_name(self.provider_id, spec.name)
        overridden = env_value(self.provider_id, spec.name, self._environ)
        tooltip = _tooltip(spec, required, env_var)

        row = QWidget(self)
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        row_layout.addLayout(line)
        editor = self._make_editor(spec, overridden)
        editor.setObjectName(f"setting_{spec.name}")
        editor.setToolTip(tooltip)
        line.addWidget(editor, 1)
        note = QLabel(row)
        note.setWordWrap(True)
        note.setEnabled(False)
        note.setVisible(False)
        error = QLabel(row)
        error.setStyleSheet(ERROR_STYLE)
        error.setVisible(False)
        row_layout.addWidget(note)
        row_layout.addWidget(error)
        item = SettingField(spec, editor, row, env_var, overridden, note, error)

        if spec.secret:
            assert isinstance(editor, QLineEdit)
            editor.setEchoMode(QLineEdit.EchoMode.Password)
            show = QToolButton(row)
            show.setText(QCoreApplication.translate("ProviderPage", "Show"))
            show.setCheckable(True)
            show.setToolTip(QCoreApplication.translate("ProviderPage", "Show or hide what you type"))
            show.toggled.connect(lambda on, e=editor, b=show: self._toggle_echo(e, b, on))
            clear = QPushButton(QCoreApplication.translate("ProviderPage", "Clear"), row)
            clear.setToolTip(QCoreApplication.translate("ProviderPage", "Remove the stored secret when you save"))
            clear.clicked.connect(lambda _=False, i=item: self._clear_secret(i))
            line.addWidget(show)
            line.addWidget(clear)
            item.show_button, item.clear_button = show, clear
        if overridden is not None:
            if isinstance(editor, QComboBox | QCheckBox):
                editor.setEnabled(False)  # neither has a read-only mode
            else:
                editor.setReadOnly(True)
            note.setText(
                QCoreApplication.translate(
                    "ProviderPage",
                    "Set by the environment variable {name}, which overrides this setting (read-only here).",
                ).format(name=env_var)
            )
            note.setVisible(True)
            if item.show_button is not None and item.clear_button is not None:
                item.show_button.setEnabled(False)
                item.clear_button.setEnabled(False)
        if spec.kind == "url" and isinstance(editor, QLineEdit):
            editor.textChanged.connect(lambda _text, i=item: self._validate(i))
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _index, i=item: self._validate(i))
        if isinstance(editor, QCheckBox):
            editor.setAccessibleName(setting_text(spec.label))

        label = QLabel(f"{setting_text(spec.label)} *" if required else setting_text(spec.label))
        label.setToolTip(tooltip)
        label.setBuddy(editor)
        form.addRow(label, row)
        self.fields[spec.name] = item
        self._refresh_secret(item)
        self._validate(item)

    def _make_editor(self, spec: SettingSpec, overridden: str | None) -> Editor:
        value = overridden if overridden is not None or spec.secret else self._settings.get(self.provider_id, spec.name)
        default_endpoint = self.provider_cls.default_endpoint if self.provider_cls is not None else None
        return make_editor(spec, value, overridden is not None, default_endpoint, self)

    def _add_test_row(self, layout: QVBoxLayout) -> None:
        assert self.provider_cls is not None
        self.test_row = ConnectionTestRow(self._runner, self)
        self.test_button, self.test_result = self.test_row.test_button, self.test_row.result
        if has_connection_test(self.provider_cls):
            self.test_button.setToolTip(
                QCoreApplication.translate(
                    "ProviderPage", "Send one small request with the values on this page (saved or not)"
                )
            )
            self.test_button.clicked.connect(self.start_test)
        else:
            self.test_button.setEnabled(False)
            self.test_button.setToolTip(_shown(NO_TEST))
        layout.addWidget(self.test_row)

    # ----- behaviour -----

    @staticmethod
    def _toggle_echo(editor: QLineEdit, button: QToolButton, shown: bool) -> None:
        editor.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        button.setText(
            QCoreApplication.translate("ProviderPage", "Hide")
            if shown
            else QCoreApplication.translate("ProviderPage", "Show")
        )

    def _clear_secret(self, item: SettingField) -> None:
        item.pending_clear = True
        assert isinstance(item.editor, QLineEdit)
        item.editor.clear()
        self._refresh_secret(item)

    def _refresh_secret(self, item: SettingField) -> None:
        if not item.spec.secret or item.overridden:
            return
        editor = item.editor
        assert isinstance(editor, QLineEdit) and item.clear_button is not None
        if not item.pending_clear:
            item.stored = self._store.has(self.provider_id, item.spec.name)
        if item.pending_clear:
            editor.setPlaceholderText(_shown(CLEAR_PLACEHOLDER))
        elif item.stored:
            editor.setPlaceholderText(
                _shown(STORED_PLACEHOLDER if self._store.backend_available else SESSION_PLACEHOLDER)
            )
        else:
            editor.setPlaceholderText("")
        item.clear_button.setEnabled(item.stored and not item.pending_clear)

    def _validate(self, item: SettingField) -> None:
        problem = None
        if item.spec.kind == "url" and isinstance(item.editor, QLineEdit) and not item.overridden:
            text = item.editor.text().strip()
            problem = validate_value(item.spec, text) if text else None
        elif is_unknown_choice(item.spec, item.editor) and not item.overridden:
            problem = NOT_A_CHOICE
        if problem:
            problem = QCoreApplication.translate("ProviderPage", "{setting} {problem}").format(
                setting=setting_text(item.spec.label), problem=setting_text(problem)
            )
        item.error.setText(problem or "")
        item.error.setVisible(problem is not None)
        self.validityChanged.emit(self.is_valid())

    def is_valid(self) -> bool:
        # a value the settings file held that is none of the choices is shown, not saved over, and must
        # not keep the operator from saving the other providers' pages
        return not any(
            item.error.text() and not is_unknown_choice(item.spec, item.editor) for item in self.fields.values()
        )

    def overrides(self) -> dict[str, str | None]:
        """What the form says, for a connection test before saving (None = not set)."""
        result: dict[str, str | None] = {}
        for name, item in self.fields.items():
            if item.overridden:
                continue
            if item.spec.secret:
                assert isinstance(item.editor, QLineEdit)
                if item.editor.text().strip():
                    result[name] = item.editor.text().strip()
                elif item.pending_clear:
                    result[name] = None
            else:
                result[name] = editor_value(item.spec, item.editor)
        return result

    def save(self) -> bool:
        """Write this page: secrets to the store, the rest into the settings file (not yet on disk).

        True when something changed, so cached providers built from the old values can be dropped.
        """
        changed = False
        for name, item in self.fields.items():
            if item.overridden:
                continue  # the environment's value is never copied into a file or the keyring
            if item.spec.secret:
                assert isinstance(item.editor, QLineEdit)
                typed = item.editor.text().strip()  # pasted keys often carry a stray space
                if typed:
                    self._store.set(self.provider_id, name, typed)
                    changed = True
                elif item.pending_clear:
                    self._store.delete(self.provider_id, name)
                    changed = True
            else:
                value = editor_value(item.spec, item.editor)
                if not same_value(item.spec, value, self._settings.get(self.provider_id, name)):
                    self._settings.set(self.provider_id, name, value)
                    changed = True
        return changed

    def after_save(self) -> None:
        for item in self.fields.values():
            if item.spec.secret and not item.overridden:
                assert isinstance(item.editor, QLineEdit)
                item.editor.clear()
                item.pending_clear = False
                self._refresh_secret(item)

    # ----- connection test -----

    def start_test(self) -> None:
        if self.provider_cls is None or self.test_row is None:
            return
        self.test_row.start(self.provider_cls, self.overrides(), self._store, self._settings, self._environ)

    def cancel_test(self) -> None:
        if self.test_row is not None:
            self.test_row.cancel()

    @property
    def testing(self) -> bool:
        return self.test_row is not None and self.test_row.testing


def setting_text(text: str) -> str:
    """A provider setting's label, help or value problem (marked "ProviderSettings" where declared),
    in the UI's language."""
    return QCoreApplication.translate("ProviderSettings", text)


def _shown(text: str) -> str:
    return QCoreApplication.translate("ProviderPage", text)


def _tooltip(spec: SettingSpec, required: bool, env_var: str) -> str:
    parts = [
        setting_text(spec.help) if spec.help else "",
        _shown(REQUIRED if required else OPTIONAL),
        QCoreApplication.translate("ProviderPage", "Environment variable: {name}").format(name=env_var),
        _shown(KEYRING_NOTE) if spec.secret else "",
    ]
    return "\n".join(part for part in parts if part)
