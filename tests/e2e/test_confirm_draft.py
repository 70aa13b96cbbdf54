"""Ctrl+Enter with typing left without Enter asks: commit it, discard it, or cancel the confirm."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from ocrdesk.model import DocStatus
from ocrdesk.ui import dialogs
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import DialogRecorder, drop_files, new_window
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, REGISTRY, KeyCounter, choose, row_of, value_index, write_image
from tests.e2e.test_quit_prompt import answer_prompt

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen, a message box
REAL_ASK = dialogs.ask_draft
ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def card(
    qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder, monkeypatch: Any, tmp_path: Any
) -> MainWindow:
    ui_registry.update(REGISTRY)
    monkeypatch.setattr(dialogs, "ask_draft", REAL_ASK)
    window = new_window(qtbot)
    choose(window, "idcards", "idcard_front")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [write_image(tmp_path / "card.png")])
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    KeyCounter(qtbot).type(GOOD_ID)  # into the ID number (attention first)...
    other = window.table.visualRect(value_index(window, 0)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=other)  # ...left without Enter
    qtbot.waitUntil(lambda: window.review.editor() is None)
    assert window.review.delegate.drafted()
    return window


def id_number(window: MainWindow) -> str | None:
    return window.model.field(row_of(window, "id_number")).value


def test_cancel_keeps_the_draft_and_does_not_confirm(qtbot: Any, card: MainWindow) -> None:
    seen = answer_prompt("Cancel")
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert seen and "Commit Typing" in seen[0] and "Discard Typing" in seen[0]
    assert card.current_document.status == DocStatus.OK
    assert id_number(card) == BAD_ID and card.review.delegate.drafted()


def test_commit_keeps_the_typing_then_confirms(qtbot: Any, card: MainWindow) -> None:
    seen = answer_prompt("Commit Typing")
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert seen
    qtbot.waitUntil(lambda: id_number(card) == GOOD_ID)
    assert card.current_document.status == DocStatus.REVIEWED
    assert not card.review.delegate.drafted()


def test_discard_drops_the_typing_then_confirms(qtbot: Any, card: MainWindow) -> None:
    seen = answer_prompt("Discard Typing")
    qtbot.keyClick(card.table, Qt.Key.Key_Return, ctrl)
    assert seen and id_number(card) == BAD_ID
    assert not card.review.delegate.drafted()
