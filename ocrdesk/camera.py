"""Webcam capture with OpenCV, Qt-free: open a device or a stand-in, read RGB frames, judge steadiness.

The source is injectable: an integer opens a device, a string opens a video file or an image
sequence such as "frames/frame_%03d.png" (tests and demos use these as fake cameras).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image

from ocrdesk.atomic import atomic_write_bytes
from ocrdesk.errors import OcrDeskError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text

# OpenCV prints a warning per failed probe of an absent device; the UI reports those itself.
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

import cv2

CameraSource = int | str
# A device that fails this many reads in a row has gone (unplugged, taken by another program).
MAX_FAILED_READS = 15


class CameraError(OcrDeskError):
    """No camera, a busy camera or one that stopped delivering frames."""


def parse_source(text: str) -> CameraSource:
    text = text.strip()
    return int(text) if text.isdigit() else text


def source_label(source: CameraSource) -> str:
    return f"camera:{source}" if isinstance(source, int) else f"camera:{Path(source).name}"


class Camera:
    """One open capture. Not thread-safe: use it from the one capture thread."""

    def __init__(self, source: CameraSource, width: int | None = None, height: int | None = None) -> None:
        self.source = source
        self._is_file = isinstance(source, str)
        self._capture = cv2.VideoCapture(source)
        if not self._capture.isOpened():
            self._capture.release()
            if isinstance(source, int):
                template = QT_TRANSLATE_NOOP(
                    "Camera", "Cannot open camera {source}: it is not connected, or another program is using it"
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "Camera", "Cannot open '{source}': it is not connected, or another program is using it"
                )
            raise CameraError(Text("Camera", template, -1, source=source), "camera.unavailable")
        if width and height and not self._is_file:
            self._capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            self._capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
        self._failed_reads = 0

    @property
    def resolution(self) -> tuple[int, int]:
        return int(self._capture.get(cv2.CAP_PROP_FRAME_WIDTH)), int(self._capture.get(cv2.CAP_PROP_FRAME_HEIGHT))

    def read(self) -> np.ndarray:
        """The next frame as RGB uint8; files loop. Raises CameraError when the device has gone."""
        while True:
            ok, frame = self._capture.read()
            if ok and frame is not None:
                self._failed_reads = 0
                return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
            if self._is_file and self._failed_reads == 0:
                self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)  # end of a fake camera: loop
                self._failed_reads += 1
                continue
            self._failed_reads += 1
            if self._failed_reads >= (2 if self._is_file else MAX_FAILED_READS):
                template = QT_TRANSLATE_NOOP("Camera", "The camera {source} stopped delivering pictures")
                raise CameraError(Text("Camera", template, -1, source=self.source), "camera.lost")

    def release(self) -> None:
        self._capture.release()

    def __enter__(self) -> Camera:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def list_cameras(indices: Iterable[int] = range(4)) -> list[int]:
    """Device indices that open; absent ones fail within milliseconds."""
    found = []
    for index in indices:
        capture = cv2.VideoCapture(index)
        if capture.isOpened():
            found.append(index)
        capture.release()
    return found


def sharpness(frame: np.ndarray) -> float:
    """Variance of the Laplacian on a small grey copy: high for crisp text, low for blur."""
    grey = cv2.cvtColor(_small(frame), cv2.COLOR_RGB2GRAY)
    return float(cv2.Laplacian(grey, cv2.CV_64F).var())


def _small(frame: np.ndarray, width: int = 320) -> np.ndarray:
    height = max(1, round(frame.shape[0] * width / frame.shape[1]))
    return cv2.resize(frame, (width, height), interpolation=cv2.INTER_AREA)


@dataclass(frozen=True)
class Steadiness:
    ready: bool
    sharpness: float
    motion: float
    steady_for: float


class SteadyShotDetector:
    """Says when the picture has been still and sharp for `hold_seconds` (a document held steady)."""

    def __init__(self, hold_seconds: float = 1.0, max_motion: float = 4.0, min_sharpness: float = 60.0) -> None:
        self.hold_seconds = hold_seconds
        self.max_motion = max_motion
        self.min_sharpness = min_sharpness
        self._previous: np.ndarray | None = None
        self._steady_since: float | None = None

    def reset(self) -> None:
        self._previous = None
        self._steady_since = None

    def update(self, frame: np.ndarray, now: float) -> Steadiness:
        small = cv2.cvtColor(_small(frame, 160), cv2.COLOR_RGB2GRAY).astype(np.int16)
        motion = 255.0 if self._previous is None else float(np.abs(small - self._previous).mean())
        self._previous = small
        crisp = sharpness(frame)
        if motion <= self.max_motion and crisp >= self.min_sharpness:
            if self._steady_since is None:
                self._steady_since = now
        else:
            self._steady_since = None
        steady_for = 0.0 if self._steady_since is None else now - self._steady_since
        return Steadiness(steady_for >= self.hold_seconds, crisp, motion, steady_for)


def save_frame(frame: np.ndarray, folder: Path, source: CameraSource, when: datetime | None = None) -> Path:
    """Write the frame losslessly (PNG) so it can be recognised again and exported later."""
    when = when or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    device = source if isinstance(source, int) else "file"
    path = folder / f"camera-{device}-{when:%Y%m%d-%H%M%S-%f}.png"
    buffer = io.BytesIO()
    Image.fromarray(frame, "RGB").save(buffer, "PNG")
    atomic_write_bytes(path, buffer.getvalue())
    return path
