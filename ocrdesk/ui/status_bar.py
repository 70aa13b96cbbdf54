"""The window's permanent status-bar widgets: progress, engine, image size and zoom."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar


@dataclass
class StatusWidgets:
    progress: QProgressBar
    engine: QLabel
    image: QLabel
    zoom: QLabel


def build_status_bar(bar: QStatusBar) -> StatusWidgets:
    progress = QProgressBar(bar)
    progress.setRange(0, 0)  # indeterminate: recognition reports no percentage
    progress.setMaximumWidth(140)
    progress.setMaximumHeight(14)
    progress.setTextVisible(False)
    progress.hide()
    widgets = StatusWidgets(progress, QLabel("", bar), QLabel("", bar), QLabel("", bar))
    for label in (widgets.engine, widgets.image, widgets.zoom):
        label.setContentsMargins(8, 0, 8, 0)
    widgets.zoom.setMinimumWidth(56)
    widgets.zoom.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for widget in (widgets.progress, widgets.engine, widgets.image, widgets.zoom):
        bar.addPermanentWidget(widget)
    return widgets
