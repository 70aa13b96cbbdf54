"""The camera's capture loop, on its own QThread: never a camera read on the GUI thread.

A thin QObject around ocrdesk.camera: it opens the Camera, reads frames, judges steadiness, sends
small preview QImages, and saves a full-resolution frame when asked (or when auto-capture finds
the picture steady). Requests from the GUI thread are plain thread-safe flags: the loop owns the
thread, so it never waits on queued slots.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

from ocrdesk.camera import Camera, CameraError, CameraSource, SteadyShotDetector, save_frame
from ocrdesk.i18n import shown
from ocrdesk.workspace import capture_source, capture_time

log = logging.getLogger(__name__)

PREVIEW_WIDTH = 960  # preview frames are shrunk here: the GUI thread only scales a small picture
FILE_FPS = 30.0  # a fake camera (image sequence, video file) is paced like a real one

CameraFactory = Callable[[CameraSource, int | None, int | None], Camera]


def rgb_to_qimage(frame: np.ndarray) -> QImage:
    """A QImage owning a copy of the pixels (the array may be reused by the next read)."""
    height, width = frame.shape[:2]
    data = np.ascontiguousarray(frame)
    return QImage(data.data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


class CameraWorker(QObject):
    """Signals (all queued to the GUI thread):

    - opened(str): "640 × 480", once frames come
    - frameReady(QImage, float sharpness, float steadiness 0..1, int ready)
    - captured(str path, str source): a frame was saved
    - failed(str): a readable message; the loop has stopped
    - stopped(): the loop ended (always last)
    """

    opened = Signal(str)
    frameReady = Signal(QImage, float, float, int)
    captured = Signal(str, str)
    failed = Signal(str)
    stopped = Signal()

    def __init__(
        self,
        source: CameraSource,
        folder: Path,
        resolution: tuple[int, int] | None = None,
        *,
        hold_seconds: float = 1.0,
        auto_capture: bool = False,
        camera_factory: CameraFactory | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.folder = folder
        self.resolution = resolution
        self._factory: CameraFactory = camera_factory or (lambda src, w, h: Camera(src, w, h))
        self._detector = SteadyShotDetector(hold_seconds=hold_seconds)
        self._stop = threading.Event()
        self._grab = threading.Event()
        self._auto = threading.Event()
        # one preview frame in flight at a time: a busy GUI thread never gets a backlog of frames
        self._in_flight = threading.Event()
        if auto_capture:
            self._auto.set()
        # after an automatic capture, wait for the picture to change before taking another
        self._armed = True

    # -- requests from the GUI thread (thread-safe) --------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    def grab(self) -> None:
        self._grab.set()

    def frame_shown(self) -> None:
        """The GUI has drawn the last preview frame: the next one may be sent."""
        self._in_flight.clear()

    def set_auto_capture(self, on: bool) -> None:
        if on:
            self._auto.set()
        else:
            self._auto.clear()

    # -- the loop (capture thread) -------------------------------------------------------------
    def run(self) -> None:
        camera: Camera | None = None
        try:
            width, height = self.resolution or (None, None)
            camera = self._factory(self.source, width, height)
            paced = isinstance(self.source, str)
            first = True
            while not self._stop.is_set():
                began = time.monotonic()
                frame = camera.read()
                if first:
                    self.opened.emit(f"{frame.shape[1]} × {frame.shape[0]}")
                    first = False
                self._one_frame(frame, began)
                if paced:
                    self._stop.wait(max(0.0, 1.0 / FILE_FPS - (time.monotonic() - began)))
        except CameraError as exc:
            self.failed.emit(shown(exc.message))
        except Exception as exc:  # OpenCV errors, a full disk while saving: say so, never hang
            log.exception("camera loop failed")
            # QCoreApplication.translate is thread-safe: the message is made here, shown by the dialog
            text = QCoreApplication.translate("CameraWorker", "The camera stopped: {error}")
            self.failed.emit(text.format(error=f"{type(exc).__name__}: {exc}"))
        finally:
            if camera is not None:
                camera.release()
            self.stopped.emit()

    def _one_frame(self, frame: np.ndarray, now: float) -> None:
        state = self._detector.update(frame, now)
        if state.motion > self._detector.max_motion * 3:
            self._armed = True  # the document was moved or swapped: ready for the next one
        auto = self._auto.is_set() and state.ready and self._armed
        if self._grab.is_set() or auto:
            self._grab.clear()
            self._save(frame)
            if auto:
                self._armed = False
        if self._in_flight.is_set():
            return
        self._in_flight.set()
        hold = self._detector.hold_seconds or 1.0
        steadiness = min(1.0, state.steady_for / hold)
        self.frameReady.emit(self._preview(frame), state.sharpness, steadiness, int(state.ready))

    def _save(self, frame: np.ndarray) -> None:
        when = capture_time(datetime.now())
        path = save_frame(frame, self.folder, self.source, when)
        self.captured.emit(str(path), capture_source(self.source, when))

    @staticmethod
    def _preview(frame: np.ndarray) -> QImage:
        height, width = frame.shape[:2]
        if width > PREVIEW_WIDTH:
            size = (PREVIEW_WIDTH, max(1, round(height * PREVIEW_WIDTH / width)))
            frame = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
        return rgb_to_qimage(frame)
