"""Camera capture against fake cameras (image sequences), steadiness detection, saving frames."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocrdesk.camera import Camera, CameraError, SteadyShotDetector, parse_source, save_frame, sharpness, source_label
from tests.camera_frames import document_frame, write_sequence


def test_fake_camera_reads_rgb_frames_and_loops(tmp_path: Path) -> None:
    red = np.zeros((120, 160, 3), np.uint8)
    red[..., 0] = 255
    pattern = write_sequence(tmp_path / "cam", [red, document_frame(size=(160, 120))])
    with Camera(pattern) as camera:
        first = camera.read()
        assert first.shape == (120, 160, 3)
        assert tuple(first[0, 0]) == (255, 0, 0)  # RGB, not OpenCV's BGR
        camera.read()
        again = camera.read()  # past the end: the fake camera loops
        assert tuple(again[0, 0]) == (255, 0, 0)


def test_missing_camera_is_a_clear_error() -> None:
    with pytest.raises(CameraError, match="not connected, or another program is using it") as caught:
        Camera(63)
    assert caught.value.code == "camera.unavailable"
    with pytest.raises(CameraError):
        Camera("/nonexistent/frame_%03d.png")


def test_sources_parse_and_label() -> None:
    assert parse_source("0") == 0
    assert parse_source(" frames/f_%03d.png ") == "frames/f_%03d.png"
    assert source_label(1) == "camera:1"


def test_steady_sharp_picture_becomes_ready_after_a_second() -> None:
    detector = SteadyShotDetector(hold_seconds=1.0)
    frame = document_frame()
    states = [detector.update(frame, t) for t in (0.0, 0.2, 0.6, 1.0, 1.3)]
    assert not any(s.ready for s in states[:4])
    assert states[-1].ready and states[-1].steady_for == pytest.approx(1.1)


def test_moving_or_blurred_picture_never_becomes_ready() -> None:
    moving = SteadyShotDetector(hold_seconds=0.5)
    assert not any(moving.update(document_frame(shift=(i % 2) * 40), i * 0.2).ready for i in range(12))
    blurred = SteadyShotDetector(hold_seconds=0.5)
    frame = document_frame(blur=6)
    assert sharpness(frame) < sharpness(document_frame())
    assert not any(blurred.update(frame, i * 0.2).ready for i in range(12))


def test_saved_frame_is_lossless(tmp_path: Path) -> None:
    frame = document_frame()
    path = save_frame(frame, tmp_path / "frames", 0)
    assert path.suffix == ".png" and path.name.startswith("camera-0-")
    assert np.array_equal(np.asarray(Image.open(path).convert("RGB")), frame)
