"""Settings → Providers…: a list of providers and one generated page each (settings/provider_page.py),
with banners for an unavailable keyring or a damaged settings file."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ocrdesk import providers
from ocrdesk.config import (
    SettingsFile,
)
from ocrdesk.i18n import shown
from ocrdesk.providers.base import Provider
from ocrdesk.redact import redact
from ocrdesk.secrets import SecretStore, default_secret_store
from ocrdesk.ui.settings.provider_page import BANNER_STYLE, ERROR_STYLE, ProviderPage
from ocrdesk.ui.tasks import TaskRunner

__all__ = ["ProviderSettingsDialog", "open_provider_settings"]

log = logging.getLogger(__name__)

LIST_MAX_WIDTH = 240
LIST_MARGIN = 24  # the list's item padding and a scroll bar's room


class ProviderSettingsDialog(QDialog):
    """Settings → Providers…. `saved` carries the ids of the providers whose settings changed."""

    saved = Signal(list)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        store: SecretStore | None = None,
        settings: SettingsFile | None = None,
        environ: Mapping[str, str] | None = None,
        provider_ids: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ProviderSettingsDialog", "Providers"))
        self.resize(760, 520)
        self.store = store if store is not None else default_secret_store()
        self.settings = settings if settings is not None else SettingsFile()
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        self._runner = TaskRunner(self, max_threads=2)
        self.pages: dict[str, ProviderPage] = {}

        layout = QVBoxLayout(self)
        # The pages scroll, so a fixed minimum replaces the layout-computed one (which Qt would
        # re-push to the window on every content change).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(600, 420)
        self.banner = QLabel(self)
        self.banner.setObjectName("keyringBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        layout.addWidget(self.banner)
        self.settings_banner = QLabel(self)
        self.settings_banner.setObjectName("settingsBanner")
        self.settings_banner.setWordWrap(True)
        self.settings_banner.setStyleSheet(BANNER_STYLE)
        layout.addWidget(self.settings_banner)

        body = QHBoxLayout()
        self.provider_list = QListWidget(self)
        self.provider_list.setObjectName("providerList")
        self.stack = QStackedWidget(self)
        body.addWidget(self.provider_list)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

        self.status = QLabel(self)
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.clicked.connect(self._button_clicked)
        layout.addWidget(self.buttons)

        for provider_id in provider_ids if provider_ids is not None else providers.provider_ids():
            self._add_page(provider_id)
        # as wide as the longest name (Chinese names are shorter), so the pages keep the room
        names = self.provider_list.sizeHintForColumn(0) + 2 * self.provider_list.frameWidth() + LIST_MARGIN
        self.provider_list.setMaximumWidth(min(LIST_MAX_WIDTH, names))
        self.provider_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        if self.provider_list.count():
            self.provider_list.setCurrentRow(0)
        self._refresh_banners()
        self._update_buttons()

    def _add_page(self, provider_id: str) -> None:
        cls: type[Provider] | None
        try:
            cls, error = providers.provider_class(provider_id), None
        except Exception as exc:  # one broken provider must not take the whole dialog down
            log.warning("provider %s could not be loaded: %s", provider_id, exc)
            cls, error = None, f"{type(exc).__name__}: {exc}"
        page = ProviderPage(provider_id, cls, self.store, self.settings, self._environ, self._runner, error)
        page.validityChanged.connect(lambda _valid: self._update_buttons())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self.provider_list.addItem(providers.display_name(cls) if cls is not None else provider_id)
        self.pages[provider_id] = page

    def page(self, provider_id: str) -> ProviderPage:
        return self.pages[provider_id]

    def show_provider(self, provider_id: str) -> None:
        self.provider_list.setCurrentRow(list(self.pages).index(provider_id))

    def _refresh_banners(self) -> None:
        reason = self.store.unavailable_reason
        self.banner.setText(shown(reason) if reason else "")
        self.banner.setVisible(bool(reason))
        warnings = " ".join(shown(warning) for warning in self.settings.warnings)
        self.settings_banner.setText(warnings)
        self.settings_banner.setVisible(bool(warnings))

    def _update_buttons(self) -> None:
        valid = all(page.is_valid() for page in self.pages.values())
        for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(which).setEnabled(valid)

    def _button_clicked(self, button: QAbstractButton) -> None:
        if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.ApplyRole:
            self.save()

    def save(self) -> bool:
        """Write every page; True on success. A failure is shown in the dialog, which stays open."""
        if not all(page.is_valid() for page in self.pages.values()):
            self.status.setText(
                QCoreApplication.translate("ProviderSettingsDialog", "Fix the highlighted fields first.")
            )
            return False
        changed: list[str] = []
        try:
            for provider_id, page in self.pages.items():
                if page.save():
                    changed.append(provider_id)
            self.settings.save()
        except (OSError, ValueError) as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            problem = QCoreApplication.translate("ProviderSettingsDialog", "Could not save the settings: {error}")
            self.status.setText(problem.format(error=f"{type(exc).__name__}: {redact(shown(str(exc)))}"))
            return False
        for page in self.pages.values():
            page.after_save()
        self.status.setStyleSheet("")
        if self.store.backend_available:
            saved = QCoreApplication.translate(
                "ProviderSettingsDialog", "Saved. Secrets are in the system keyring; other settings in {path}."
            )
        else:
            saved = QCoreApplication.translate(
                "ProviderSettingsDialog",
                "Saved. Secrets are kept in memory for this session only; other settings in {path}.",
            )
        self.status.setText(saved.format(path=self.settings.path))
        self._refresh_banners()
        self.saved.emit(changed)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc while a connection test runs stops the test, not the dialog: what was typed stays
        testing = [page for page in self.pages.values() if page.testing]
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier and testing:
            for page in testing:
                page.cancel_test()
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        # A connection test may still be waiting on the network: leave it to finish unseen.
        self._runner.shutdown(timeout_ms=0)
        super().done(result)


def open_provider_settings(parent: QWidget | None = None) -> None:
    """Show the dialog modally with the process-wide secret store and the settings file."""
    dialog = ProviderSettingsDialog(parent, store=default_secret_store(), settings=SettingsFile())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
