"""Quitting with work no export has written: the prompt names every such document (not only the
one on screen) and offers Export All… / Discard / Cancel; the session file goes only when nothing
unexported remains."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ocrdesk.model import DocStatus
from ocrdesk.ui import dialogs
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import DialogRecorder, drop_files, new_window
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, REGISTRY, KeyCounter, choose, write_image

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen, a message box
REAL_PROMPT = dialogs.ask_unexported  # the fixtures below answer it; these tests click it
ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(
    qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    ui_registry.update(REGISTRY)
    monkeypatch.setattr(dialogs, "ask_unexported", REAL_PROMPT)
    return new_window(qtbot)  # each test ends with the window closed: no prompt left for the teardown


def edited_second_of_two(qtbot: Any, window: MainWindow, tmp_path: Path) -> Path:
    """Open two cards, Recognise All, correct the second's ID number, PgUp back to the first."""
    choose(window, "idcards", "idcard_front")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [write_image(tmp_path / "first.png"), write_image(tmp_path / "second.png")])
    qtbot.keyClick(window, Qt.Key.Key_R, ctrl | shift)
    workspace = window.documents.workspace
    qtbot.waitUntil(lambda: all(e.status == DocStatus.OK for e in workspace), timeout=10_000)
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    KeyCounter(qtbot).type(GOOD_ID)  # the ID number needs attention: the review starts there
    qtbot.keyClick(window.review.editor(), Qt.Key.Key_Return)
    second = workspace.at(1).document
    qtbot.waitUntil(lambda: any(f.value == GOOD_ID for f in second.fields))
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageUp)
    path = window.review.autosave.path
    qtbot.waitUntil(lambda: not window.review.autosave.pending and path.is_file())
    return path


def answer_prompt(button: str) -> list[str]:
    """Click `button` in the next message box, as the operator would; returns what it said."""
    seen: list[str] = []

    def click(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(10, lambda: click(tries - 1))
            return
        labels = [b.text() for b in box.buttons()]
        seen.append(f"{box.text()}\n{box.informativeText()}\n{' | '.join(sorted(labels))}")
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)
    return seen


def test_quit_names_the_edited_document_off_screen_and_cancel_keeps_everything(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    session = edited_second_of_two(qtbot, window, tmp_path)
    seen = answer_prompt("Cancel")
    qtbot.keyClick(window, Qt.Key.Key_Q, ctrl)
    assert len(seen) == 1
    assert "second.png" in seen[0] and "first.png" not in seen[0]
    assert seen[0].endswith("Cancel | Discard | Export All…")
    assert window.isVisible() and session.is_file()

    seen = answer_prompt("Discard")
    window.close()  # the window's close button this time
    assert len(seen) == 1 and not window.isVisible()
    assert not session.exists()  # discarded by the operator: nothing to recover


def test_export_all_from_the_prompt_writes_every_document_then_closes(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = edited_second_of_two(qtbot, window, tmp_path)
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    seen = answer_prompt("Export All…")
    window.close()
    assert seen and window.isVisible()  # open until the file is written
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    documents = json.loads(target.read_text(encoding="utf-8"))["documents"]
    values = [{f["key"]: f["value"] for f in d["fields"]}["id_number"] for d in documents]
    assert values == [BAD_ID, GOOD_ID]
    assert not session.exists()


def test_typing_not_committed_is_named_too(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    choose(window, "idcards", "idcard_front")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [write_image(tmp_path / "card.png")])
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    KeyCounter(qtbot).type("123")  # no Enter
    seen = answer_prompt("Cancel")
    window.close()
    assert seen and "card.png (typing not committed)" in seen[0]
    assert window.isVisible()
    assert window.review.editor() is not None or window.review.delegate.drafted()  # the typing is still there
    answer_prompt("Discard")
    window.close()
    assert not window.isVisible()
