"""The camera dialog against fake cameras (image sequences OpenCV opens like a device)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt

from ocrdesk.camera import CameraError
from ocrdesk.model import DocStatus
from ocrdesk.session import SessionStore
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.queue.camera import CameraDialog
from tests.camera_frames import document_frame, write_sequence
from tests.e2e.queue_helpers import queue_window, wait_idle

__all__ = ["queue_window"]


@pytest.fixture
def steady_camera(tmp_path: Path) -> str:
    """A document held perfectly still: the same sharp frame again and again."""
    return write_sequence(tmp_path / "cam", [document_frame()] * 4)


@pytest.fixture
def dialog_factory(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    made: list[CameraDialog] = []

    def make(**kwargs: Any) -> CameraDialog:
        kwargs.setdefault("folder", tmp_path / "frames")
        dialog = CameraDialog(None, **kwargs)
        qtbot.addWidget(dialog)
        made.append(dialog)
        dialog.show()
        return dialog

    yield make
    for dialog in made:
        dialog.stop()


def open_camera(qtbot: Any, window: MainWindow) -> CameraDialog:
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.documents.inputs.camera_dialog
    assert isinstance(dialog, CameraDialog)
    qtbot.waitUntil(lambda: dialog.preview.has_image and dialog.capture_button.isEnabled(), timeout=10_000)
    return dialog


def test_preview_grab_with_space_then_recognise(
    qtbot: Any, queue_window: MainWindow, steady_camera: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = queue_window
    monkeypatch.setenv("OCRDESK_CAMERA_SOURCE", steady_camera)
    dialog = open_camera(qtbot, window)
    assert dialog.previewing
    assert dialog.device_combo.currentText() == "frame_%03d.png (file)"
    assert dialog.resolution_label.text() == "640 × 480"
    main = threading.main_thread()
    assert dialog._thread is not None and dialog._thread is not main  # frames come from the capture thread

    with qtbot.waitSignal(window.documents.documentsAdded, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert "1 picture added" in dialog.count_label.text()
    dialog.close_button.click()
    assert not dialog.previewing  # closing stopped the thread
    qtbot.waitUntil(lambda: window.documents.inputs.camera_dialog is None)

    wait_idle(qtbot, window)
    [entry] = window.documents.workspace.entries
    assert entry.document.source.startswith("camera:frame_%03d.png@20")
    assert entry.ref.path.parent == SessionStore().frames_dir
    saved = np.asarray(Image.open(entry.ref.path).convert("RGB"))
    assert np.array_equal(saved, document_frame())  # lossless
    assert window.current_document is entry.document

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert entry.status == DocStatus.OK and entry.field_count == 3
    assert entry.document.source.startswith("camera:")  # re-recognisable and exported under its capture name
    assert window.current_document is entry.document


def test_auto_capture_when_the_document_is_steady(qtbot: Any, dialog_factory: Any, steady_camera: str) -> None:
    dialog = dialog_factory(source=steady_camera, hold_seconds=0.2)
    captured: list[tuple[str, str]] = []
    dialog.captured.connect(lambda path, source: captured.append((path, source)))
    qtbot.waitUntil(lambda: dialog.preview.has_image, timeout=10_000)
    assert not captured  # auto-capture is off until asked for
    dialog.auto_check.setChecked(True)
    qtbot.waitUntil(lambda: len(captured) == 1, timeout=10_000)
    assert Path(captured[0][0]).is_file()
    # the frame shown at the capture may be an earlier one (a busy GUI drops frames): wait for the next ones
    qtbot.waitUntil(lambda: dialog.steady_bar.value() == 100, timeout=10_000)
    qtbot.waitUntil(lambda: "Steady and sharp" in dialog.steady_label.text(), timeout=10_000)
    qtbot.wait(400)  # the same document held still is not captured again
    assert len(captured) == 1


def test_a_moving_picture_is_not_auto_captured(qtbot: Any, dialog_factory: Any, tmp_path: Path) -> None:
    shaky = write_sequence(tmp_path / "shaky", [document_frame(shift=(i % 2) * 40) for i in range(4)])
    dialog = dialog_factory(source=shaky, hold_seconds=0.2)
    dialog.auto_check.setChecked(True)
    captured: list[str] = []
    dialog.captured.connect(lambda path, _source: captured.append(path))
    qtbot.waitUntil(lambda: dialog.preview.has_image, timeout=10_000)
    qtbot.wait(500)
    assert not captured
    assert dialog.steady_bar.value() == 0


def test_a_missing_camera_is_explained(qtbot: Any, dialog_factory: Any) -> None:
    dialog = dialog_factory(source="/nonexistent/frame_%03d.png")
    qtbot.waitUntil(lambda: bool(dialog.last_error), timeout=10_000)
    assert "not connected, or another program is using it" in dialog.last_error
    assert dialog.preview.message == dialog.last_error
    assert not dialog.capture_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=5000)
    dialog.reject()  # closing never hangs


def test_no_camera_at_all(qtbot: Any, dialog_factory: Any) -> None:
    dialog = dialog_factory(list_devices=lambda: [])
    qtbot.waitUntil(lambda: bool(dialog.last_error), timeout=10_000)
    assert dialog.last_error.startswith("No camera found")
    assert dialog.device_combo.count() == 0


def test_devices_are_listed_off_the_gui_thread(qtbot: Any, dialog_factory: Any, steady_camera: str) -> None:
    threads: list[threading.Thread] = []

    def devices() -> list[str]:
        threads.append(threading.current_thread())
        return [steady_camera]

    dialog = dialog_factory(list_devices=devices)
    qtbot.waitUntil(lambda: dialog.preview.has_image, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()


class VanishingCamera:
    """Delivers a few frames, then behaves like an unplugged device."""

    def __init__(self, frames: int = 5) -> None:
        self.left = frames
        self.released = False

    def read(self) -> np.ndarray:
        if self.left <= 0:
            raise CameraError("The camera 0 stopped delivering pictures", "camera.lost")
        self.left -= 1
        return document_frame()

    def release(self) -> None:
        self.released = True


def test_a_camera_lost_mid_preview(qtbot: Any, dialog_factory: Any) -> None:
    camera = VanishingCamera()
    dialog = dialog_factory(source=0, camera_factory=lambda *_args: camera)
    qtbot.waitUntil(lambda: bool(dialog.last_error), timeout=10_000)
    assert dialog.last_error == "The camera 0 stopped delivering pictures"
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=5000)
    assert camera.released
    assert not dialog.capture_button.isEnabled()


def test_changing_the_resolution_restarts_the_preview(
    qtbot: Any, dialog_factory: Any, steady_camera: str, tmp_path: Path
) -> None:
    asked: list[tuple[Any, ...]] = []

    def factory(source: Any, width: Any, height: Any) -> VanishingCamera:
        asked.append((source, width, height))
        return VanishingCamera(frames=10_000)

    dialog = dialog_factory(source=0, camera_factory=factory)
    qtbot.waitUntil(lambda: dialog.preview.has_image, timeout=10_000)
    dialog.resolution_combo.setCurrentIndex(dialog.resolution_combo.findText("1280 × 720"))
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10_000)
    assert asked == [(0, None, None), (0, 1280, 720)]
    qtbot.waitUntil(lambda: dialog.previewing, timeout=5000)


def test_closing_the_window_stops_the_camera(
    qtbot: Any, queue_window: MainWindow, steady_camera: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCRDESK_CAMERA_SOURCE", steady_camera)
    dialog = open_camera(qtbot, queue_window)
    thread = dialog._thread
    assert thread is not None and thread.isRunning()
    queue_window.close()
    assert not thread.isRunning()
