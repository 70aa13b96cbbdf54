"""The "Test connection" row of a provider page: the button, a Cancel button while the test runs, and
the line saying how it ended. The test itself runs in a pool thread (settings/connection_test.py)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ocrdesk.config import SettingsFile
from ocrdesk.providers.base import CancelToken, Provider
from ocrdesk.redact import redact
from ocrdesk.secrets import SecretStore
from ocrdesk.ui.settings.connection_test import run_connection_test
from ocrdesk.ui.tasks import Task, TaskRunner, readable_error

__all__ = ["ConnectionTestRow"]

ERROR_STYLE = "QLabel { color: #c5221f; }"


class ConnectionTestRow(QWidget):
    """Starts one test at a time; Cancel stops it (the request is abandoned at once) and the row is
    ready for the next test when the worker has ended."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._task: Task | None = None
        self._refocus = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.test_button = QPushButton(QCoreApplication.translate("ProviderPage", "Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.cancel_button = QPushButton(QCoreApplication.translate("ConnectionTest", "Cancel Test"), self)
        self.cancel_button.setObjectName("cancelTest")
        self.cancel_button.setToolTip(
            QCoreApplication.translate("ConnectionTest", "Stop waiting for the service; nothing is saved")
        )
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        line.addWidget(self.test_button)
        line.addWidget(self.cancel_button)
        line.addStretch(1)
        layout.addLayout(line)
        self.result = QLabel(self)
        self.result.setObjectName("testResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)

    @property
    def testing(self) -> bool:
        return self._task is not None

    def start(
        self,
        provider_cls: type[Provider],
        overrides: Mapping[str, str | None],
        store: SecretStore,
        settings: SettingsFile,
        environ: Mapping[str, str],
    ) -> None:
        if self._task is not None:
            return
        token = CancelToken()
        had_focus = self._focused(self.test_button)
        self.test_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        if had_focus:  # the keyboard stays on the row: Space now cancels
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show(QCoreApplication.translate("ProviderPage", "Testing…"), error=False)
        self._task = self._runner.start(
            run_connection_test,
            provider_cls,
            dict(overrides),
            store,
            settings,
            dict(environ),
            token,
            cancel=token,
            on_finished=self._finished,
            on_failed=lambda exc: self._finished((False, readable_error(exc))),
            on_cancelled=self._cancelled,
            name=f"test connection {provider_cls.id}",
        )

    def cancel(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        self._refocus = self._focused(self.cancel_button)  # disabling it moves the focus away
        self.cancel_button.setEnabled(False)
        self._show(QCoreApplication.translate("ConnectionTest", "Cancelling…"), error=False)

    def _finished(self, outcome: object) -> None:
        ok, text = outcome if isinstance(outcome, tuple) else (False, str(outcome))
        self._ended()
        line = redact(str(text))
        failed = QCoreApplication.translate("ProviderPage", "Failed: {reason}")
        self._show(line if ok else failed.format(reason=line), error=not ok)

    def _cancelled(self) -> None:
        self._ended()
        self._show(QCoreApplication.translate("ConnectionTest", "Test cancelled."), error=False)

    def _ended(self) -> None:
        self._task = None
        refocus = self._refocus or self._focused(self.cancel_button)
        self._refocus = False
        self.cancel_button.setVisible(False)
        self.test_button.setEnabled(True)
        if refocus:
            self.test_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focused(self, button: QPushButton) -> bool:
        # the window's focus widget, not hasFocus(): the latter is False while another window is active
        return self.window().focusWidget() is button

    def _show(self, text: str, *, error: bool) -> None:
        self.result.setStyleSheet(ERROR_STYLE if error else "")
        self.result.setText(text)
