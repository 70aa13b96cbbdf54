"""What the operator is told: one bridge every component talks through (qutebrowser's utils/message.py).

Components call `messages.info(text)` for a passing note in the status bar and
`messages.warning(text)` / `messages.error(text)` for something the operator must read (the banner
above the page). Only `MainWindow._connect()` knows where these end up; no component reaches into
the window's status bar or banner.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ocrdesk import notices
from ocrdesk.i18n import shown

WARNING = "warning"
ERROR = "error"


class MessageBridge(QObject):
    # text, how long it stays in milliseconds (0: until the next one)
    statusShown = Signal(str, int)
    # text, level (WARNING or ERROR)
    bannerShown = Signal(str, str)
    bannerCleared = Signal()
    # a lasting problem (a failing autosave) until it is resolved: "" when it is
    lastingChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banner_text = ""
        self._lasting = ""

    def info(self, text: str, timeout_ms: int = 0) -> None:
        self.statusShown.emit(text, timeout_ms)

    def warning(self, text: str) -> None:
        self.show(text, WARNING)

    def error(self, text: str) -> None:
        self.show(text, ERROR)

    def show(self, text: str, level: str) -> None:
        """A banner message of a level decided elsewhere (WARNING or ERROR)."""
        self._banner_text = text
        self.bannerShown.emit(text, level)

    def clear(self) -> None:
        self._banner_text = ""
        self.bannerCleared.emit()
        if self._lasting:  # a page load clears passing messages, never a lasting problem
            self.warning(self._lasting)

    def set_lasting(self, text: str) -> None:
        """A problem that stays in the banner (and the status bar) until `set_lasting("")`."""
        previous, self._lasting = self._lasting, text
        if text:
            self.warning(text)
        elif previous and self._banner_text == previous:
            self.clear()
        if text != previous:
            self.lastingChanged.emit(text)

    @property
    def lasting(self) -> str:
        return self._lasting

    def dismissed(self) -> None:
        """The operator closed the banner: nothing is on show any more (emits nothing)."""
        self._banner_text = ""

    def show_notices(self) -> None:
        """What the core repaired, set aside or could not write before anyone could say so
        (ocrdesk.notices), shown once in the banner."""
        taken = notices.take_all()
        if taken:
            self.warning("\n".join(shown(notice) for notice in taken))

    @property
    def banner_text(self) -> str:
        """The last banner message since the last clear (what a follow-up note is added to)."""
        return self._banner_text
