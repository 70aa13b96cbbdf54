"""Documents coming in like an operator brings them: folders, several files, PDFs, the clipboard;
the list, PgDn/PgUp and thumbnails made off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from ocrdesk import workspace as workspace_module
from ocrdesk.model import DocStatus
from ocrdesk.session import SessionStore
from ocrdesk.ui.main_window import MainWindow
from tests.e2e.conftest import drop_files
from tests.e2e.queue_helpers import make_images, names, open_paths, queue_window, wait_idle
from tests.unit.test_inputs import make_encrypted_pdf, make_pdf

__all__ = ["queue_window"]  # the fixture, imported for pytest


def test_folder_drop_in_natural_order_with_skipped_count(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    folder = tmp_path / "scans"
    make_images(folder, ["10.png", "2.png", "1.png"])
    make_images(folder / "sub", ["3.png"])
    (folder / "notes.txt").write_text("not a page")
    (folder / "Thumbs.db").write_bytes(b"\0\1")
    with qtbot.waitSignal(window.documents.inputs.opened, timeout=10_000) as opened:
        entered, dropped = drop_files(window, [folder])  # a folder, like any file
    assert entered and dropped
    assert opened.args == [3]
    wait_idle(qtbot, window)
    assert names(window) == ["1.png", "2.png", "10.png"]  # 2 before 10; sub-folders not included
    assert "skipped 2 files" in window.message_text()
    assert window.current_document is window.documents.workspace.at(0).document
    assert window.documents.panel.summary.text() == "3 documents"
    assert window.documents.list_view.currentIndex().row() == 0

    window.documents.actions.include_subfolders.setChecked(True)
    other = tmp_path / "more"
    make_images(other / "b", ["1.png"])
    make_images(other, ["a.png"])
    open_paths(qtbot, window, [other])
    assert names(window)[3:] == ["a.png", "1.png"]
    assert window.documents.settings.include_subfolders


def test_several_files_from_the_dialog_in_natural_order(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = make_images(tmp_path, ["page 10.png", "page 2.png", "page 1.png"])

    def choose(*_args: Any) -> tuple[list[str], str]:
        return [str(f) for f in files], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    with qtbot.waitSignal(queue_window.documents.inputs.opened, timeout=10_000):
        qtbot.keyClick(queue_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, queue_window)
    assert names(queue_window) == ["page 1.png", "page 2.png", "page 10.png"]
    assert queue_window.current_document.display_name == "page 1.png"


def test_open_folder_dialog(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_images(tmp_path / "pile", ["b.png", "a.png"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(tmp_path / "pile")))
    with qtbot.waitSignal(queue_window.documents.inputs.opened, timeout=10_000):
        qtbot.keyClick(
            queue_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert names(queue_window) == ["a.png", "b.png"]
    assert queue_window.settings.last_open_dir == str(tmp_path / "pile")


def test_pdf_of_three_pages_is_three_documents(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    pdf = make_pdf(tmp_path / "contract.pdf", pages=3, size=(300, 400))
    open_paths(qtbot, window, [pdf])
    assert names(window) == ["contract.pdf p.1", "contract.pdf p.2", "contract.pdf p.3"]
    assert [e.document.page for e in window.documents.workspace] == [1, 2, 3]
    # rendered at the DPI setting (default 200): 300 px at 100 dpi → 600 px
    assert window.view.pixmap_item.pixmap().width() == 600
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.current_document.page == 2
    assert window.windowTitle().startswith("contract.pdf p.2")


def test_damaged_and_locked_pdfs_are_explained_and_listed(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    folder = tmp_path / "in"
    make_images(folder, ["1.png"])
    (folder / "2 broken.pdf").write_bytes(b"%PDF-1.4\nnot really\n")
    make_encrypted_pdf(folder / "3 locked.pdf")
    open_paths(qtbot, window, [folder])
    text = window.message_text()
    assert "2 broken.pdf: not a PDF or the file is damaged" in text
    assert "3 locked.pdf: the PDF is password-protected" in text
    entries = window.documents.workspace.entries
    assert [e.name for e in entries] == ["2 broken.pdf", "3 locked.pdf", "1.png"]
    assert [e.status for e in entries[:2]] == [DocStatus.ERROR, DocStatus.ERROR]
    assert entries[1].document.error.code == "pdf.encrypted"
    # clicking one says why it cannot be shown, and the page on screen stays
    view = window.documents.list_view
    rect = view.visualRect(window.documents.model.index(1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "password-protected" in window.message_text()
    assert window.current_document.display_name == "1.png"


def test_pasting_a_picture_queues_it_losslessly(qtbot: Any, queue_window: MainWindow) -> None:
    window = queue_window
    image = QImage(120, 80, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))  # transparent: pasted on white
    for x in range(20, 100):
        for y in range(30, 40):
            image.setPixelColor(x, y, QColor(200, 30, 60))
    QApplication.clipboard().setImage(image)
    with qtbot.waitSignal(window.documents.inputs.opened, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    [entry] = window.documents.workspace.entries
    assert entry.document.source.startswith("clipboard:20")
    assert entry.ref.path.parent == SessionStore().frames_dir
    saved = np.asarray(Image.open(entry.ref.path).convert("RGB"))
    assert saved.shape == (80, 120, 3)
    assert tuple(saved[35, 50]) == (200, 30, 60) and tuple(saved[5, 5]) == (255, 255, 255)
    assert window.current_document is entry.document
    assert window.windowTitle().startswith(entry.document.display_name)


def test_pasting_copied_files_opens_them(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    files = make_images(tmp_path, ["b.png", "a.png"])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    QApplication.clipboard().setMimeData(mime)  # the clipboard now owns `mime`
    try:
        with qtbot.waitSignal(queue_window.documents.inputs.opened, timeout=10_000):
            queue_window.documents.actions.paste.trigger()
        assert sorted(names(queue_window)) == ["a.png", "b.png"]
    finally:
        # left on the clipboard, the mime data is freed twice at exit (Qt and Python): a segfault
        QApplication.clipboard().clear()


def test_pgdn_pgup_and_clicks_move_through_the_queue(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    make_images(tmp_path / "q", ["1.png", "2.png", "3.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    window.table.setFocus()  # the keys work wherever the focus is in the window
    shown: list[str] = []
    window.state.pageShown.connect(lambda document: shown.append(document.display_name))
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
            qtbot.keyClick(window.table, key)
    qtbot.keyClick(window.table, Qt.Key.Key_PageDown)  # already the last: stays
    assert "last document" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert shown == ["2.png", "3.png", "2.png"]
    view = window.documents.list_view
    rect = view.visualRect(window.documents.model.index(0))
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_document.display_name == "1.png"
    assert window.documents.all_documents() == [e.document for e in window.documents.workspace]


def test_open_next_pending_skips_reviewed_documents(qtbot: Any, queue_window: MainWindow, tmp_path: Path) -> None:
    window = queue_window
    make_images(tmp_path / "q", ["1.png", "2.png", "3.png"])
    open_paths(qtbot, window, [tmp_path / "q"])
    window.current_document.status = DocStatus.REVIEWED
    window.documents.workspace.at(1).document.status = DocStatus.REVIEWED
    with qtbot.waitSignal(window.state.pageShown, timeout=10_000):
        assert window.documents.open_next_pending()
    assert window.current_document.display_name == "3.png"
    window.current_document.status = DocStatus.REVIEWED
    assert not window.documents.open_next_pending()  # everything is reviewed


def test_thumbnails_are_made_off_the_gui_thread(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = workspace_module.make_thumbnail

    def watched(ref: Any, *args: Any) -> Any:
        threads.append(threading.current_thread())
        return real(ref, *args)

    monkeypatch.setattr(workspace_module, "make_thumbnail", watched)
    make_images(tmp_path / "q", ["1.png", "2.png"], size=(1200, 900))
    open_paths(qtbot, queue_window, [tmp_path / "q"])
    model = queue_window.documents.model
    qtbot.waitUntil(lambda: all(e.thumbnail is not None for e in queue_window.documents.workspace), timeout=10_000)
    assert len(threads) == 2
    assert all(t is not threading.main_thread() for t in threads)
    for entry in queue_window.documents.workspace:
        assert max(entry.thumbnail.width, entry.thumbnail.height) <= 160
        assert model.thumbnail(entry.id) is not None


def test_a_file_named_again_asks_only_when_work_would_be_lost(
    qtbot: Any, queue_window: MainWindow, tmp_path: Path, message_boxes: Any
) -> None:
    window = queue_window
    [path] = make_images(tmp_path, ["a.png"])
    open_paths(qtbot, window, [path])
    open_paths(qtbot, window, [path])  # nothing recognised yet: re-read quietly
    assert names(window) == ["a.png"] and not message_boxes.calls
    window.documents.workspace.at(0).document.status = DocStatus.OK
    message_boxes.answer = message_boxes.answer.Cancel
    drop_files(window, [path])
    assert message_boxes.calls[-1][0] == "question"
    assert window.documents.workspace.at(0).status == DocStatus.OK
