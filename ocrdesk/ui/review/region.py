"""A field the provider missed: ask for its key and label, and read just its region again.

Reading runs the document's provider on the cropped region (document type `general`, which the
local engine supports) in a worker thread; the lines it finds become one value and their boxes
are mapped back onto the page (ocrdesk.review.read_region).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ocrdesk.doctypes import DocType, field_name
from ocrdesk.errors import OcrDeskError
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, Document
from ocrdesk.providers import provider_class
from ocrdesk.providers.base import CancelToken
from ocrdesk.review import RegionReading, default_label, read_region, suggested_keys
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.state import AppState

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class NewFieldDialog(QDialog):
    """Key (the document type's missing canonical keys offered; any snake_case key allowed) and label."""

    def __init__(self, doc_type: str, existing: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("NewFieldDialog", "New field"))
        self._existing = set(existing)
        self._doc_type = doc_type
        self.key = QComboBox(self)
        self.key.setEditable(True)
        self.key.addItems(suggested_keys(doc_type, existing))
        self.label = QLineEdit(self)
        self._label_touched = False
        self.problem = QLabel("", self)
        self.problem.setStyleSheet("color: #d93025;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("NewFieldDialog", "&Key"), self.key)
        form.addRow(QCoreApplication.translate("NewFieldDialog", "&Label"), self.label)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.key.currentTextChanged.connect(self._key_changed)
        self.label.textEdited.connect(self._label_edited)
        self._key_changed(self.key.currentText())

    def _label_edited(self, _text: str) -> None:
        self._label_touched = True
        self._check()

    def _key_changed(self, key: str) -> None:
        if not self._label_touched:
            key = key.strip()  # a canonical key offers its name in the UI's language (性别 for sex)
            self.label.setText(field_name(key, self._doc_type, default_label(key)) if key else "")
        self._check()

    def chosen(self) -> tuple[str, str]:
        key = self.key.currentText().strip()
        return key, self.label.text().strip() or default_label(key)

    def _check(self) -> None:
        key = self.key.currentText().strip()
        if not key:
            problem = QCoreApplication.translate("NewFieldDialog", "Give the field a key")
        elif not _KEY.match(key):
            problem = QCoreApplication.translate(
                "NewFieldDialog", "Keys are lower-case letters, digits and _ (like birth_date)"
            )
        elif key in self._existing:
            problem = QCoreApplication.translate("NewFieldDialog", "The document already has a field {key}").format(
                key=key
            )
        else:
            problem = ""
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()


def ask_new_field(parent: QWidget, document: Document) -> tuple[str, str] | None:
    dialog = NewFieldDialog(document.doc_type, [f.key for f in document.fields], parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class RegionReader(QObject):
    """Reads a region with the document's provider in the window controller's worker pool.

    The page on screen (AppState.source) is cropped without a second decode; other pages are
    read again from their source.
    """

    def __init__(self, state: AppState, recognizer: Recognizer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._recognizer = recognizer

    def provider_for(self, document: Document) -> str:
        return document.provider or self._state.provider_id or ""

    def can_read(self, document: Document) -> bool:
        """The provider reads plain text (type `general`): the local engine and most clouds do."""
        try:
            return provider_class(self.provider_for(document)).supports(DocType.GENERAL)
        except (OcrDeskError, ImportError, ValueError):
            return False

    def read(
        self,
        document: Document,
        box: Box,
        on_done: Callable[[RegionReading], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        controller = self._recognizer
        provider_id = self.provider_for(document)
        page = self._state.source
        if page is not None and (page.source, page.page) != (document.source, document.page):
            page = None
        token = CancelToken()

        def work() -> RegionReading:  # a worker thread: no widgets here
            image = page if page is not None else _load(document)
            return controller.providers.run_exclusive(
                provider_id, token, lambda provider: read_region(provider, image, box, DocType.GENERAL, token)
            )

        controller.runner.start(work, cancel=token, on_finished=on_done, on_failed=on_failed, name="read region")


def _load(document: Document) -> SourceImage:
    from ocrdesk.inputs import PageRef, load_page

    return load_page(PageRef(Path(document.source), document.page))
