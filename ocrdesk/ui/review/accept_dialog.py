""" "Accept anyway": the operator confirms a document the provider warned about (a photocopy, a re-shot
screen) and says why. The rule that asks for it is ocrdesk.review.can_confirm; this only asks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ocrdesk.doc_warnings import display_text
from ocrdesk.model import DocumentWarning


class AcceptAnywayDialog(QDialog):
    """The warnings, a reason line, and Accept Anyway (enabled once a reason is typed) or Cancel."""

    def __init__(self, parent: QWidget | None, document_name: str, warnings: Sequence[DocumentWarning]) -> None:
        super().__init__(parent)
        self.setObjectName("acceptAnywayDialog")
        self.setWindowTitle(QCoreApplication.translate("AcceptAnywayDialog", "Accept Anyway"))
        layout = QVBoxLayout(self)
        intro = QCoreApplication.translate(
            "AcceptAnywayDialog", "{document} cannot be confirmed as it is: the recognition service warns"
        ).format(document=document_name)
        layout.addWidget(QLabel(intro, self))
        listing = QLabel("\n".join(f"• {display_text(warning)}" for warning in warnings), self)
        listing.setObjectName("acceptWarnings")
        layout.addWidget(listing)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "AcceptAnywayDialog",
                    "To confirm it anyway, give the reason (kept with the document and exported):",
                ),
                self,
            )
        )
        self.reason = QLineEdit(self)
        self.reason.setObjectName("acceptReason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("AcceptAnywayDialog", "e.g. original seen at the counter")
        )
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = self.buttons.addButton(
            QCoreApplication.translate("AcceptAnywayDialog", "Accept Anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("acceptAnywayButton")
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda text: self.accept_button.setEnabled(bool(text.strip())))
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        if self.reason.text().strip():  # Enter in an empty reason must not accept
            super().accept()


def ask_accept_anyway(parent: QWidget | None, document_name: str, warnings: Sequence[DocumentWarning]) -> str | None:
    """The reason the operator typed, or None when they cancelled."""
    dialog = AcceptAnywayDialog(parent, document_name, warnings)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason.text() if accepted else None
    finally:
        dialog.deleteLater()
