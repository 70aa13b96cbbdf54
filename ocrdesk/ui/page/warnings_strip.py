"""What the provider said about the picture on screen (a photocopy, a re-shot screen, blur), shown above
the page for as long as that document is on screen: unlike the message banner it is the document's own
state, not a passing message. Warnings that block Confirm are in the error colour, the others amber."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from ocrdesk.doc_warnings import display_text
from ocrdesk.model import Document
from ocrdesk.review import unaccepted_warnings

_BLOCKING = ("#fce8e6", "#f28b82", "#a50e0e")
_INFORMING = ("#fef7e0", "#fdd663", "#7a4f01")


def warnings_text(document: Document) -> str:
    """The document's warnings in the window's language, one line; the accepted reason after them."""
    text = "; ".join(display_text(warning) for warning in document.warnings)
    if text and document.acceptance is not None:
        accepted = QCoreApplication.translate("DocumentWarnings", "accepted anyway: {reason}")
        text += " — " + accepted.format(reason=document.acceptance.reason)
    return text


class DocumentWarningsStrip(QFrame):
    """An icon and the warnings of the document on screen; hidden when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentWarnings")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(8)
        self._glyph = QLabel(self)
        self._glyph.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(18))
        self._label = QLabel(self)
        self._label.setObjectName("documentWarningsText")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._glyph, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._label, 1)
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self._label.text()

    def show_document(self, document: Document | None, blocking: Collection[str]) -> None:
        text = warnings_text(document) if document is not None else ""
        if not text:
            self._label.clear()
            self.hide()
            return
        blocked = document is not None and bool(unaccepted_warnings(document, blocking))
        background, border, foreground = _BLOCKING if blocked else _INFORMING
        self.setStyleSheet(
            f"#documentWarnings {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"#documentWarnings QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self._label.setText(text)
        self.setToolTip(
            QCoreApplication.translate("DocumentWarnings", "Confirm asks for a reason before accepting this document")
            if blocked
            else ""
        )
        self.show()
