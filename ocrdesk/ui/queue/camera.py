"""File → Capture from camera: a live preview; Space (or the button) grabs the picture, and an
optional auto-capture grabs it once the document has been held steady and sharp for a moment.

Frames are read on a QThread (queue/camera_worker.py); this dialog only draws them. No camera, a busy one or
one unplugged mid-preview gives a message in the preview, and closing always stops the thread.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QThread, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QImage, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ocrdesk.camera import CameraSource, list_cameras
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.ui.queue.camera_worker import CameraFactory, CameraWorker
from ocrdesk.ui.tasks import TaskRunner, bury, exhume

if TYPE_CHECKING:
    from ocrdesk.ui.settings.store import SettingsStore

log = logging.getLogger(__name__)

RESOLUTIONS: tuple[tuple[str, tuple[int, int] | None], ...] = (
    (QT_TRANSLATE_NOOP("CameraDialog", "Camera default"), None),  # the sizes are stored as shown: never translated
    ("640 × 480", (640, 480)),
    ("1280 × 720", (1280, 720)),
    ("1920 × 1080", (1920, 1080)),
)


def source_name(source: CameraSource) -> str:
    if isinstance(source, int):
        return QCoreApplication.translate("CameraDialog", "Camera {index}").format(index=source)
    return QCoreApplication.translate("CameraDialog", "{name} (file)").format(name=Path(str(source)).name)


class PreviewWidget(QWidget):
    """Draws the latest frame fitted into the widget, or a message; a fixed size hint keeps the
    dialog's layout still whatever the camera sends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.message = QCoreApplication.translate("CameraDialog", "Starting the camera…")
        self.setMinimumSize(320, 240)

    def sizeHint(self) -> QSize:
        return QSize(720, 480)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.message = ""
        self.update()

    def set_message(self, text: str, keep_image: bool = False) -> None:
        self.message = text
        if not keep_image:
            self._image = QImage()
        self.update()

    @property
    def has_image(self) -> bool:
        return not self._image.isNull()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202124"))
        if not self._image.isNull():
            size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, self._image)
        if self.message:
            painter.setPen(QColor(255, 255, 255, 220))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(24, 24, -24, -24), int(flags), self.message)
        painter.end()


class CameraDialog(QDialog):
    captured = Signal(str, str)  # saved frame path, document source (camera:<index>@<time>)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        source: CameraSource | None = None,
        settings: SettingsStore | None = None,
        folder: Path | None = None,
        hold_seconds: float = 1.0,
        camera_factory: CameraFactory | None = None,
        list_devices: Any = list_cameras,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CameraDialog", "Capture from Camera"))
        self.setObjectName("cameraDialog")
        self._settings = settings
        self._folder = folder or Path.cwd()
        self._hold = hold_seconds
        self._factory = camera_factory
        self._list_devices = list_devices
        self._thread: QThread | None = None
        self._worker: CameraWorker | None = None
        self.captured_count = 0
        self.last_error = ""
        self._probe = TaskRunner(self, max_threads=1)
        self._build()
        if source is not None:
            self._set_devices([source])
        else:
            self.preview.set_message(QCoreApplication.translate("CameraDialog", "Looking for cameras…"))
            # opening devices can take a second each with real cameras: never on the GUI thread
            self._probe.start(self._list_devices, on_finished=self._set_devices, name="list cameras")

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.device_combo = QComboBox(self)
        self.device_combo.setMinimumWidth(180)
        self.resolution_combo = QComboBox(self)
        for label, size in RESOLUTIONS:
            self.resolution_combo.addItem(QCoreApplication.translate("CameraDialog", label), size)
        saved = self._settings.camera_resolution if self._settings else ""
        index = self.resolution_combo.findText(saved) if saved else 0
        self.resolution_combo.setCurrentIndex(max(0, index))
        self.auto_check = QCheckBox(
            QCoreApplication.translate("CameraDialog", "Capture automatically when steady"), self
        )
        self.auto_check.setChecked(bool(self._settings and self._settings.auto_capture))
        self.auto_check.setToolTip(
            QCoreApplication.translate(
                "CameraDialog", "Takes the picture once the document has been still and sharp for about a second"
            )
        )
        top.addWidget(QLabel(QCoreApplication.translate("CameraDialog", "Camera"), self))
        top.addWidget(self.device_combo)
        top.addSpacing(12)
        top.addWidget(QLabel(QCoreApplication.translate("CameraDialog", "Resolution"), self))
        top.addWidget(self.resolution_combo)
        top.addStretch(1)
        top.addWidget(self.auto_check)
        self.preview = PreviewWidget(self)
        steady_row = QHBoxLayout()
        self.steady_bar = QProgressBar(self)
        self.steady_bar.setRange(0, 100)
        self.steady_bar.setTextVisible(False)
        self.steady_bar.setMaximumHeight(10)
        self.steady_bar.setMaximumWidth(180)
        self.steady_label = QLabel("", self)
        self.steady_label.setObjectName("steadiness")
        steady_row.addWidget(QLabel(QCoreApplication.translate("CameraDialog", "Steadiness"), self))
        steady_row.addWidget(self.steady_bar)
        steady_row.addWidget(self.steady_label, 1)
        self.resolution_label = QLabel("", self)
        self.resolution_label.setStyleSheet("color: palette(placeholder-text);")
        steady_row.addWidget(self.resolution_label)
        bottom = QHBoxLayout()
        self.count_label = QLabel(
            QCoreApplication.translate("CameraDialog", "Hold a document in front of the camera, then press Space."),
            self,
        )
        self.capture_button = QPushButton(QCoreApplication.translate("CameraDialog", "Capture (Space)"), self)
        self.capture_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space is the capture shortcut
        self.capture_button.setEnabled(False)
        self.close_button = QPushButton(QCoreApplication.translate("CameraDialog", "Done"), self)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.capture_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(steady_row)
        layout.addLayout(bottom)
        # a fixed minimum rather than the layout's: label changes never resize the window (and
        # platforms without size-hint support, e.g. offscreen, would warn each time)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(560, 440)
        self.resize(820, 640)

        self.grab_action = QAction(QCoreApplication.translate("CameraDialog", "Capture"), self)
        self.grab_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.grab_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.grab_action)
        self.grab_action.triggered.connect(self.capture_frame)
        self.capture_button.clicked.connect(self.capture_frame)
        self.close_button.clicked.connect(self.accept)
        self.auto_check.toggled.connect(self._on_auto_toggled)
        self.device_combo.currentIndexChanged.connect(lambda _i: self.start_preview())
        self.resolution_combo.currentIndexChanged.connect(self._on_resolution_changed)

    def _set_devices(self, sources: list[CameraSource]) -> None:
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for source in sources:
            self.device_combo.addItem(source_name(source), source)
        self.device_combo.blockSignals(False)
        if not sources:
            self._show_error(
                QCoreApplication.translate(
                    "CameraDialog",
                    "No camera found. Connect a camera (or close the other program using it) and open this again.",
                )
            )
            return
        self.start_preview()

    # -- preview ----------------------------------------------------------------------------------
    def start_preview(self) -> None:
        self.stop()
        if self.device_combo.count() == 0:
            return
        source = self.device_combo.currentData()
        self.last_error = ""
        self.preview.set_message(
            QCoreApplication.translate("CameraDialog", "Opening {camera}…").format(camera=source_name(source))
        )
        worker = CameraWorker(
            source,
            self._folder,
            self.resolution_combo.currentData(),
            hold_seconds=self._hold,
            auto_capture=self.auto_check.isChecked(),
            camera_factory=self._factory,
        )
        thread = QThread()
        thread.setObjectName("ocrdesk-camera")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # direct: QThread.quit is thread-safe, and the GUI thread may be blocked in stop() waiting for it
        worker.stopped.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.opened.connect(self._on_opened)
        worker.frameReady.connect(self._on_frame)
        worker.captured.connect(self._on_captured)
        worker.failed.connect(self._show_error)
        self._thread, self._worker = thread, worker
        thread.start()

    def stop(self) -> None:
        """End the capture loop and wait for its thread (briefly: a hung driver is left to finish)."""
        worker, thread = self._worker, self._thread
        self._worker = self._thread = None
        if worker is None or thread is None:
            return
        worker.stop()
        if not thread.wait(3000):
            log.warning("the camera thread did not stop in time; leaving it to finish")
            bury(thread, worker)
            thread.finished.connect(lambda: exhume(thread, worker))
        self.capture_button.setEnabled(False)

    @property
    def previewing(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _on_opened(self, size: str) -> None:
        self.resolution_label.setText(size)
        self.capture_button.setEnabled(True)

    def _on_frame(self, image: QImage, sharpness: float, steadiness: float, ready: int) -> None:
        self.preview.set_image(image)
        self.steady_bar.setValue(round(steadiness * 100))
        if ready and self.auto_check.isChecked():
            text = QCoreApplication.translate("CameraDialog", "Steady and sharp — capturing")
        elif ready:
            text = QCoreApplication.translate("CameraDialog", "Steady and sharp — press Space")
        elif steadiness > 0:
            text = QCoreApplication.translate("CameraDialog", "Hold still…")
        elif sharpness >= 60:
            text = QCoreApplication.translate("CameraDialog", "Hold the document still")
        else:
            text = QCoreApplication.translate("CameraDialog", "Too blurred: hold it still, in focus")
        self.steady_label.setText(text)
        if self._worker is not None:
            self._worker.frame_shown()

    def _on_captured(self, path: str, source: str) -> None:
        self.captured_count += 1
        count = self.captured_count  # lupdate reads a translate() call only when its n is a bare name
        self.count_label.setText(
            QCoreApplication.translate("CameraDialog", "%n picture(s) added to the document list.", None, count)
        )
        self.captured.emit(path, source)

    def _show_error(self, message: str) -> None:
        self.last_error = message
        self.preview.set_message(message)
        self.capture_button.setEnabled(False)
        self.steady_bar.setValue(0)
        self.steady_label.setText("")
        self.count_label.setText(message)

    # -- controls ---------------------------------------------------------------------------------
    def capture_frame(self) -> None:
        if self._worker is not None and self.capture_button.isEnabled():
            self._worker.grab()

    def _on_auto_toggled(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.auto_capture = on
        if self._worker is not None:
            self._worker.set_auto_capture(on)

    def _on_resolution_changed(self, _index: int) -> None:
        if self._settings is not None:
            self._settings.camera_resolution = self.resolution_combo.currentText() if _index else ""
        self.start_preview()

    def done(self, result: int) -> None:
        self.stop()
        self._probe.shutdown(2000)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)
