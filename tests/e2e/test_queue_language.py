"""The document list and Recognise All in Chinese: summary, row status, progress and the closing message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from ocrdesk.batch import Progress
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.queue.list_view import STATUS_ROLE
from tests.e2e.queue_helpers import make_images, open_paths, queue_window

__all__ = ["queue_window"]


def test_recognise_all_speaks_chinese(qtbot: Any, chinese: None, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    make_images(tmp_path / "q", ["1.png", "2.png", "3.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    assert window.documents.panel.summary.text() == "3 份文档"
    with qtbot.waitSignal(window.documents.batch.finished, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.documents.panel.summary.text() == "3 份文档 · 已识别 3 份"
    assert window.statusBar().currentMessage().startswith("已识别 3 份文档，用时 ")
    index = window.documents.model.index(0)
    assert index.data(STATUS_ROLE) == "ok"
    assert "已识别" in index.data(Qt.ItemDataRole.ToolTipRole) and "3 个字段" in index.data(Qt.ItemDataRole.ToolTipRole)
    status = window.documents.batch.status
    status.show_progress(Progress(12, 200, 0, 30.0, 65.0), paused=True)
    assert status.label.text() == "已暂停 · 第 12 / 200 份"
    status.show_progress(Progress(12, 200, 0, 30.0, 65.0))
    assert status.label.text() == "第 12 / 200 份，约剩 1 分 05 秒"
    assert str(Progress(12, 200, 0, 30.0, 65.0).text) == "12 of 200, about 1 min 05 s left"  # the CLI's English
