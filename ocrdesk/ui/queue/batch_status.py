"""The batch's place in the status bar: "n of N, about X left", a bar, Pause/Resume, Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from ocrdesk.batch import Progress
from ocrdesk.i18n import shown
from ocrdesk.ui import style


class BatchStatus(QWidget):
    """In the status bar while a batch runs: "n of N, about X left", a bar, Pause/Resume, Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(6)
        self.label = QLabel("", self)
        self.label.setObjectName("batchProgressText")
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.pause_button = QToolButton(self)
        self.pause_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pause_button.setAutoRaise(True)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(QCoreApplication.translate("BatchStatus", "Cancel"))
        self.cancel_button.setIcon(style.icon("cancel"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.setToolTip(
            QCoreApplication.translate("BatchStatus", "Stop the batch; documents not started stay pending")
        )
        for widget in (self.label, self.bar, self.pause_button, self.cancel_button):
            layout.addWidget(widget)
        self.set_paused(False)
        self.hide()

    def set_paused(self, paused: bool) -> None:
        self.pause_button.setText(
            QCoreApplication.translate("BatchStatus", "Resume")
            if paused
            else QCoreApplication.translate("BatchStatus", "Pause")
        )
        self.pause_button.setIcon(style.icon("resume" if paused else "pause"))
        self.pause_button.setToolTip(
            QCoreApplication.translate("BatchStatus", "Start the remaining documents")
            if paused
            else QCoreApplication.translate("BatchStatus", "Finish the running pages, then wait")
        )

    def show_progress(self, progress: Progress, paused: bool = False, cancelling: bool = False) -> None:
        self.bar.setRange(0, max(1, progress.total))
        # QProgressBar.setValue repaints at once (synchronously); during a batch an update queued
        # for the next paint is enough
        self.bar.setUpdatesEnabled(False)
        self.bar.setValue(progress.done)
        self.bar.setUpdatesEnabled(True)
        self.bar.update()
        text = shown(progress.text)
        if cancelling:
            text = QCoreApplication.translate("BatchStatus", "Cancelling… {done} of {total}").format(
                done=progress.done, total=progress.total
            )
        elif paused:
            text = QCoreApplication.translate("BatchStatus", "Paused · {done} of {total}").format(
                done=progress.done, total=progress.total
            )
        self.label.setText(text)
        self.show()
