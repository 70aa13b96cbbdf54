"""A dismissable message strip above the page: errors the operator must read, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

_LEVELS = {
    # level: (background, border, text)
    "error": ("#fce8e6", "#f28b82", "#a50e0e"),
    "warning": ("#fef7e0", "#fdd663", "#7a4f01"),
    "info": ("#e8f0fe", "#aecbfa", "#174ea6"),
}
_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class MessageBanner(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.level = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(8)
        self._glyph = QLabel(self)
        self._label = QLabel(self)
        self._label.setObjectName("messageText")
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(QCoreApplication.translate("MessageBanner", "Dismiss"))
        close.setCursor(Qt.CursorShape.PointingHandCursor)
        close.clicked.connect(self.clear)
        layout.addWidget(self._glyph, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        return self._label.text() if self.level else ""

    def show_message(self, text: str, level: str = "error") -> None:
        background, border, foreground = _LEVELS.get(level, _LEVELS["error"])
        self.level = level
        self.setStyleSheet(
            f"#messageBanner {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"
            f"#messageBanner QLabel {{ color: {foreground}; background: transparent; }}"
            f"#messageBanner QToolButton {{ color: {foreground}; border: none; padding: 2px 6px; }}"
        )
        glyph = self.style().standardIcon(_ICONS.get(level, _ICONS["error"]))
        self._glyph.setPixmap(glyph.pixmap(18))
        self._label.setText(text)
        self.show()

    def clear(self) -> None:
        self.level = ""
        self._label.clear()
        self.hide()
        self.dismissed.emit()
