"""Window-driving test fixtures: fake providers, no modal dialogs, a shown and active window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from ocrdesk.ui import dialogs
from ocrdesk.ui.main_window import MainWindow
from tests.ui_fixtures import (  # noqa: F401  (fixtures for this folder)
    chinese,
    empty_clipboard,
    english_catalogue,
    no_leftover_notices,
    ui_registry,
)


class DialogRecorder:
    """Stands in for QMessageBox's static functions: records, answers, never blocks."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard
        self.unexported_answer = dialogs.DISCARD  # the quit prompt (Export All… / Discard / Cancel)
        self.replace_answer = dialogs.KEEP_MINE  # a re-read over an operator's correction

    def patch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for kind in ("question", "information", "warning", "critical", "about"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._recorder(kind)))
        monkeypatch.setattr(dialogs, "ask_unexported", self._ask_unexported)
        # a locked PDF asks for its password: Cancel, unless a test types one
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(self._no_text))
        monkeypatch.setattr(dialogs, "ask_draft", self._ask_draft)
        monkeypatch.setattr(dialogs, "ask_replace_edit", self._ask_replace_edit)

    def _no_text(self, _parent: Any, title: str, label: str = "", *args: Any, **kwargs: Any) -> tuple[str, bool]:
        self.calls.append(("text", f"{title}: {label}"))
        return "", False

    def _ask_draft(self, _parent: Any, labels: list[str], what: str = "Confirm") -> str:
        self.calls.append(("draft", f"{what}: {', '.join(labels)}"))
        return dialogs.DISCARD_TYPING  # what Ctrl+Enter did before it asked

    def _ask_replace_edit(self, _parent: Any, label: str, mine: str, reading: str) -> str:
        self.calls.append(("replace", f"{label}: {mine} → {reading}"))
        return self.replace_answer

    def _ask_unexported(self, _parent: Any, names: list[str], what: str = "Quit") -> str:
        self.calls.append(("unexported", f"{what}: {', '.join(names)}"))
        return self.unexported_answer

    def _recorder(self, kind: str) -> Callable[..., Any]:
        def record(_parent: Any, title: str, text: str = "", *args: Any, **kwargs: Any) -> Any:
            self.calls.append((kind, f"{title}: {text}"))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return record


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    recorder.patch(monkeypatch)
    return recorder


def make_image(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for i in range(3):
        top = size[1] * (2 * i + 1) // 8
        draw.rectangle((size[0] // 10, top, size[0] * 6 // 10, top + size[1] // 16), fill=(40, 40, 40))
    image.save(path)
    return path


@pytest.fixture
def image_path(tmp_path: Path) -> Path:
    return make_image(tmp_path / "scan.png")


def drop_files(window: MainWindow, files: list[Path]) -> tuple[bool, bool]:
    """Synthesise a drag entering the window and a drop; returns whether each was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    centre = window.rect().center()
    enter = QDragEnterEvent(  # Qt 6 takes a QPoint here but a QPointF for the drop
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def new_window(qtbot: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> Iterator[MainWindow]:  # noqa: F811
    yield new_window(qtbot)


def load(qtbot: Any, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [path])


def recognize(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def select_provider(window: MainWindow, provider_id: str) -> None:
    index = window.provider_combo.findData(provider_id)
    assert index >= 0, provider_id
    window.provider_combo.setCurrentIndex(index)
