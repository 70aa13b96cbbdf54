"""`ocrdesk [IMAGE ...]`: arguments, the window it opens, and the last-resort exception hook."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ocrdesk import app
from tests.e2e.conftest import DialogRecorder, new_window


def test_parser_takes_files_and_hidden_options() -> None:
    options = app.build_parser().parse_args(["a.png", "b.jpg", "--auto-recognize", "--provider", "cards"])
    assert options.files == ["a.png", "b.jpg"]
    assert options.auto_recognize
    assert options.provider == "cards"
    assert "--auto-recognize" not in app.build_parser().format_help()


def test_create_window_loads_and_recognises(
    qtbot: Any, image_path: Path, ui_registry: dict[str, str], message_boxes: DialogRecorder
) -> None:
    options = app.build_parser().parse_args(
        [str(image_path), "--auto-recognize", "--provider", "cards", "--doc-type", "bank_card"]
    )
    window = app.create_window(options)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.provider_id == "cards"
    assert window.doc_type == "bank_card"
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].doc_type == "bank_card"
    assert window.model.rowCount() == 3


def test_excepthook_shows_the_error_in_the_window(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, ui_registry: dict[str, str], message_boxes: DialogRecorder
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = new_window(qtbot)
    app.install_excepthook(lambda: window)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "Unexpected error: ValueError: boom" in window.message_text()
    assert window.isVisible()


def test_excepthook_without_a_window_uses_a_message_box(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication, message_boxes: DialogRecorder
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook(lambda: None)
    sys.excepthook(RuntimeError, RuntimeError("early"), None)
    assert message_boxes.calls and message_boxes.calls[-1][0] == "critical"
    assert "early" in message_boxes.calls[-1][1]


def test_main_runs_until_the_window_closes(
    qtbot: Any,
    image_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ui_registry: dict[str, str],
    message_boxes: DialogRecorder,
) -> None:
    # keep the test run's logging, Qt message capture and signal handling as they are
    monkeypatch.setattr(app, "configure_logging", lambda: None)
    monkeypatch.setattr(app, "qInstallMessageHandler", lambda _handler: None)
    monkeypatch.setattr(app.signal, "signal", lambda *_args: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    opened: list[Any] = []
    real_create = app.create_window

    def create(options: Any) -> Any:
        window = real_create(options)
        opened.append(window)
        window.controller.imageLoaded.connect(lambda *_: QTimer.singleShot(0, window.close))
        return window

    monkeypatch.setattr(app, "create_window", create)
    assert app.main([str(image_path)]) == 0
    assert opened and opened[0].windowTitle().startswith("scan.png")
    opened[0].deleteLater()
