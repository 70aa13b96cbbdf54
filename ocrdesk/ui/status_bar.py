"""The window's permanent status-bar widgets (progress, engine, image size, zoom) and the engine's status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.state import AppState


@dataclass
class StatusWidgets:
    progress: QProgressBar
    engine: QLabel
    image: QLabel
    zoom: QLabel
    problem: QLabel  # a lasting problem in short ("Autosave failed"), its text as the tip


def build_status_bar(bar: QStatusBar) -> StatusWidgets:
    progress = QProgressBar(bar)
    progress.setRange(0, 0)  # indeterminate: recognition reports no percentage
    progress.setMaximumWidth(140)
    progress.setMaximumHeight(14)
    progress.setTextVisible(False)
    progress.hide()
    widgets = StatusWidgets(progress, QLabel("", bar), QLabel("", bar), QLabel("", bar), QLabel("", bar))
    widgets.problem.setObjectName("lastingProblem")
    widgets.problem.setStyleSheet("color: #a50e0e; font-weight: bold;")
    widgets.problem.hide()
    for label in (widgets.engine, widgets.image, widgets.zoom):
        label.setContentsMargins(8, 0, 8, 0)
    widgets.zoom.setMinimumWidth(56)
    widgets.zoom.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for widget in (widgets.problem, widgets.progress, widgets.engine, widgets.image, widgets.zoom):
        bar.addPermanentWidget(widget)
    return widgets


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text.split(" — ", 1)[0] if text else "")
    label.setToolTip(text)
    label.setVisible(bool(text))


class EngineStatus(QObject):
    """The engine label: "<provider>: starting… / ready / not ready", and the warm-up behind it.

    The chosen provider's engine is warmed up once the window is shown (models load in the
    background), and again after its settings changed.
    """

    def __init__(
        self,
        label: QLabel,
        state: AppState,
        recognizer: Recognizer,
        messages: MessageBridge,
        name_of: Callable[[str], str],
    ) -> None:
        super().__init__(label)
        self._label, self._state, self._recognizer, self._messages = label, state, recognizer, messages
        self._name_of = name_of
        self.active = False  # the window is shown: warm-ups may start

    def warm_up(self) -> None:
        provider_id = self._state.provider_id
        if provider_id and not self._recognizer.is_warm(provider_id):
            self.show(provider_id, QCoreApplication.translate("EngineStatus", "starting…"))
            self._recognizer.warm_up(provider_id)
        elif provider_id:
            self.show(provider_id, QCoreApplication.translate("EngineStatus", "ready"))

    def show(self, provider_id: str, how: str, tip: str = "") -> None:
        """`how`: the engine's state, translated."""
        if provider_id == self._state.provider_id:
            text = QCoreApplication.translate("EngineStatus", "{provider}: {state}")
            self._label.setText(text.format(provider=self._name_of(provider_id), state=how))
            self._label.setToolTip(tip)

    def on_warm_up_finished(self, provider_id: str) -> None:
        self.show(provider_id, QCoreApplication.translate("EngineStatus", "ready"))

    def on_warm_up_failed(self, provider_id: str, message: str) -> None:
        if provider_id == self._state.provider_id:
            self.show(provider_id, QCoreApplication.translate("EngineStatus", "not ready"), message)
            self._messages.info(message, 15000)

    def on_provider_changed(self, _provider_id: str) -> None:
        if self.active:
            self.warm_up()
