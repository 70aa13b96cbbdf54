"""A password-protected PDF asks for its password (issue 13): typed into a password field, kept in
memory only, a wrong one asks again, Cancel leaves the error row."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from ocrdesk import inputs
from ocrdesk.model import DocStatus
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.queue_helpers import open_paths, queue_window
from tests.pdf_locked import make_locked_pdf

__all__ = ["queue_window"]  # the fixture, imported for pytest

SECRET = "s3cret"


class Typist:
    """Stands in for QInputDialog.getText: types the answers in turn, records what was asked."""

    def __init__(self, answers: list[tuple[str, bool]]) -> None:
        self.answers, self.asked = list(answers), []

    def __call__(self, _parent: Any, title: str, label: str, echo: QLineEdit.EchoMode, *_a: Any) -> tuple[str, bool]:
        assert echo == QLineEdit.EchoMode.Password  # never shown as typed
        self.asked.append(label)
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def forget_passwords() -> Any:
    yield
    inputs._PASSWORDS.clear()


def test_a_wrong_password_asks_again_then_the_pages_load(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    window = queue_window
    locked = make_locked_pdf(tmp_path / "statement.pdf", SECRET)
    typist = Typist([("wrong", True), (SECRET, True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typist))
    open_paths(qtbot, window, [locked])
    qtbot.waitUntil(lambda: not typist.answers and window.documents.workspace.entries[-1].ref is not None)
    assert typist.asked[0].startswith("statement.pdf is password-protected")
    assert typist.asked[1].startswith("Wrong password for statement.pdf")
    entries = window.documents.workspace.entries
    assert [(e.name, e.status) for e in entries] == [("statement.pdf p.1", DocStatus.PENDING)]  # the error row went
    qtbot.waitUntil(lambda: window.current_document is not None and window.current_document.page == 1)
    assert window.view.pixmap_item is not None  # its page is on screen
    assert SECRET not in caplog.text  # never logged
    qtbot.waitUntil(lambda: not window.review.autosave.pending and window.review.autosave.path.is_file())
    assert SECRET not in window.review.autosave.path.read_text(encoding="utf-8")  # nor in the session


def test_cancel_leaves_the_error_row(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = queue_window
    locked = make_locked_pdf(tmp_path / "statement.pdf", SECRET)
    typist = Typist([("", False)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typist))
    open_paths(qtbot, window, [locked])
    qtbot.waitUntil(lambda: not typist.answers)
    [entry] = window.documents.workspace.entries
    assert entry.status == DocStatus.ERROR and entry.document.error is not None
    assert entry.document.error.code == "pdf.encrypted"
    assert not inputs._PASSWORDS


def test_clicking_the_locked_row_asks_again(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = queue_window
    locked = make_locked_pdf(tmp_path / "statement.pdf", SECRET)
    typist = Typist([("", False), (SECRET, True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typist))
    open_paths(qtbot, window, [locked])
    qtbot.waitUntil(lambda: len(typist.answers) == 1)  # cancelled at first
    view = window.documents.list_view
    rect = view.visualRect(window.documents.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.documents.workspace.entries[0].ref is not None)
    assert [e.name for e in window.documents.workspace] == ["statement.pdf p.1"]


def test_a_closed_window_asks_for_no_password(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = queue_window
    locked = make_locked_pdf(tmp_path / "locked.pdf", SECRET)
    typist = Typist([(SECRET, True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typist))
    window.documents.inputs.passwords.ask([locked])  # asked once the current event is done…
    window.close()  # …but the window is gone by then
    qtbot.wait(50)
    assert typist.asked == []
