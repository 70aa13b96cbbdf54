"""Providers, a window fixture and helpers for the document-queue tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import Qt

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Field
from ocrdesk.providers.base import CancelToken, Recognition
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import drop_files, make_image, new_window
from tests.fake_providers import LinesProvider


def page_name(image: SourceImage) -> str:
    name = Path(image.source).name
    return name if image.page is None else f"{name} p.{image.page}"


class NamedProvider(LinesProvider):
    """Four at a time, like a cloud provider; reads back the page's own name after a per-page delay."""

    id = "named"
    name = "Named OCR"
    max_concurrency: ClassVar[int] = 4
    delays: ClassVar[dict[str, float]] = {}
    finished: ClassVar[list[str]] = []
    threads: ClassVar[set[str]] = set()
    _lock = threading.Lock()

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        token = cancel or CancelToken()
        name = page_name(image)
        if token.wait(self.delays.get(name, 0.0)):
            raise Cancelled()
        with self._lock:
            type(self).finished.append(name)
            type(self).threads.add(threading.current_thread().name)
        return Recognition([Field("line_1", "Line 1", name, 0.9), Field("line_2", "Line 2", "low", 0.5)])


class GatedProvider(LinesProvider):
    """One at a time; each page waits until the test opens the gate (cancellable meanwhile)."""

    id = "gated"
    name = "Gated OCR"
    gate: ClassVar[threading.Event] = threading.Event()
    started: ClassVar[list[str]] = []

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        token = cancel or CancelToken()
        type(self).started.append(page_name(image))
        while not self.gate.wait(0.01):
            if token.cancelled:
                raise Cancelled()
        return super().recognize(image, doc_type, cancel)


QUEUE_REGISTRY = {
    "named": f"{__name__}:NamedProvider",
    "gated": f"{__name__}:GatedProvider",
}


@pytest.fixture
def queue_window(qtbot: Any, ui_registry: dict[str, str], message_boxes: Any) -> Iterator[MainWindow]:
    ui_registry.update(QUEUE_REGISTRY)
    NamedProvider.delays = {}
    NamedProvider.finished = []
    NamedProvider.threads = set()
    GatedProvider.gate = threading.Event()
    GatedProvider.started = []
    window = new_window(qtbot)
    yield window
    GatedProvider.gate.set()  # let a still-waiting page finish so the window can close


def make_images(folder: Path, names: list[str], size: tuple[int, int] = (320, 240)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [make_image(folder / name, size) for name in names]


def open_paths(qtbot: Any, window: MainWindow, paths: list[Path], timeout: int = 10_000) -> None:
    """Drop `paths` on the window and wait until the queue has them and the first is on screen."""
    with qtbot.waitSignal(window.documents.inputs.opened, timeout=timeout):
        drop_files(window, paths)
    wait_idle(qtbot, window)


def wait_idle(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.controller.loading and window.documents._loading_id is None, timeout=10_000)


def names(window: MainWindow) -> list[str]:
    return [entry.name for entry in window.documents.workspace]


def statuses(window: MainWindow) -> list[str]:
    return [entry.status.value for entry in window.documents.workspace]


def recognise_all(qtbot: Any, window: MainWindow, timeout: int = 20_000) -> None:
    with qtbot.waitSignal(window.documents.batch.finished, timeout=timeout):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def select_provider(window: MainWindow, provider_id: str) -> None:
    index = window.provider_combo.findData(provider_id)
    assert index >= 0, provider_id
    window.provider_combo.setCurrentIndex(index)
