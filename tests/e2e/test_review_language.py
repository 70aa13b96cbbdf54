"""The review side of the window in Chinese, driven like an operator: the real zh_CN catalogue installed
before the window is built, as the app does on a Chinese system."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QSpinBox

from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.session import SessionState, SessionStore
from ocrdesk.ui import dialogs
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.fields.table import CONFIDENCE, LABEL, VALUE
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.queue.camera import CameraDialog
from ocrdesk.ui.review import autosave
from tests.camera_frames import document_frame, write_sequence
from tests.e2e.conftest import DialogRecorder, drop_files, new_window
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, REGISTRY, KeyCounter, choose, row_of, write_image

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen, a message box
ctrl = Qt.KeyboardModifier.ControlModifier
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
REAL_PROMPT = dialogs.ask_unexported  # the window fixture answers it; this test clicks it


@pytest.fixture
def window(qtbot: Any, chinese: None, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> MainWindow:
    ui_registry.update(REGISTRY)
    return new_window(qtbot)


def recognized_card(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    choose(window, "idcards", "idcard_front")
    with qtbot.waitSignal(window.controller.imageLoaded, timeout=10_000):
        drop_files(window, [write_image(tmp_path / "card.png")])
    with qtbot.waitSignal(window.controller.recognitionFinished, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_recognising_and_reviewing_reads_chinese(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    recognized_card(qtbot, window, tmp_path)
    model = window.model
    assert re.fullmatch(r"已识别 6 个字段，用时 [0-9.,]+ 秒", window.statusBar().currentMessage())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (LABEL, VALUE, CONFIDENCE)]
    assert headers == ["字段", "值", "置信度"]
    assert model.index(row_of(window, "name"), LABEL).data() == "姓名"
    assert window.fields.title.text().startswith("字段 — ")
    assert not LATIN_WORD.search(window.fields.title.text())  # the document type by its Chinese name
    assert window.fields.summary.text() == "6 个字段 · 1 个问题"
    assert window.status.image.text() == "800 × 500 像素"

    qtbot.keyClick(window.table, Qt.Key.Key_Return, ctrl)  # confirm with a problem left: asked to fix it
    assert window.statusBar().currentMessage().startswith("还有 1 个问题：请修正，或再按 ")

    window.review.go_to(row_of(window, "id_number"))
    KeyCounter(qtbot).type(GOOD_ID)  # the first key opens the editor, the rest go into it
    qtbot.keyClick(window.review.editor(), Qt.Key.Key_Return)
    assert window.fields.summary.text() == "6 个字段 · 1 个已修改"
    assert "编辑公民身份号码" in window.review.actions.undo.text()
    tip = model.index(row_of(window, "id_number"), VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"已修改，识别值：{BAD_ID}" in tip


def test_the_restore_dialog_speaks_chinese(qtbot: Any, chinese: None, tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # a process that is gone: its session is a crashed one
    edited = Field("name", "姓名", "张三", 0.99, Box(80, 35, 640, 82), value="李四")
    documents = [
        Document(str(write_image(tmp_path / "a.png")), doc_type="idcard_front", status=DocStatus.REVIEWED),
        Document(str(write_image(tmp_path / "b.png")), doc_type="idcard_front", fields=[edited]),
    ]
    SessionStore(pid=child.pid).save(SessionState(documents, current=0))
    [session] = SessionStore().recoverable()
    dialog = autosave.RestoreDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "恢复未保存的工作？"
    assert "该会话中有 2 份文档和 1 处修改，可能尚未导出。" in dialog.summary.text()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["文档", "状态", "字段数", "修改数"]
    assert [dialog.table.item(r, 1).text() for r in range(2)] == ["已确认", "未识别"]
    buttons = [b.text() for b in (dialog.restore_button, dialog.discard_button, dialog.later_button)]
    assert buttons == ["恢复(&R)", "丢弃(&D)", "稍后决定(&L)"]


def test_the_unexported_work_prompt_speaks_chinese(qtbot: Any, window: MainWindow) -> None:
    seen: list[tuple[str, str, str, list[str]]] = []

    def answer(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(10, lambda: answer(tries - 1))
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert REAL_PROMPT(window, ["a.png", "b.png"]) == dialogs.CANCEL
    [(title, text, informative, buttons)] = seen
    assert (title, text) == ("有未导出的工作", "2 份文档有尚未导出的工作：")
    assert informative == "a.png\nb.png\n\n要退出并丢弃这些工作，还是先全部导出？"
    assert sorted(buttons) == sorted(["全部导出…", "丢弃", "取消"])  # Qt's own Cancel from qtbase_zh_CN


def test_the_camera_dialog_speaks_chinese(qtbot: Any, chinese: None, tmp_path: Path) -> None:
    source = write_sequence(tmp_path / "cam", [document_frame()] * 4)
    dialog = CameraDialog(None, source=source, folder=tmp_path / "frames")
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: dialog.preview.has_image and dialog.capture_button.isEnabled(), timeout=10_000)
        assert dialog.windowTitle() == "摄像头拍摄"
        assert dialog.device_combo.currentText() == "frame_%03d.png（文件）"
        assert dialog.capture_button.text() == "拍摄（空格）"
        with qtbot.waitSignal(dialog.captured, timeout=10_000):
            qtbot.keyClick(dialog, Qt.Key.Key_Space)
        assert dialog.count_label.text() == "已向文档列表添加 1 张照片。"
    finally:
        dialog.stop()


def test_english_stays_english(qtbot: Any, ui_registry: dict[str, str], message_boxes: DialogRecorder) -> None:
    ui_registry.update(REGISTRY)
    window = new_window(qtbot)  # no Chinese catalogue: the English one of the test session
    assert window.model.headerData(LABEL, Qt.Orientation.Horizontal) == "Label"
    assert window.fields.title.text() == "Fields"
    assert window.view.placeholder == "Drop an image here, or press Ctrl+O to open one"


def test_opening_a_folder_says_what_was_added_and_skipped_in_chinese(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "扫描件"
    folder.mkdir()
    for name in ("1.png", "2.png"):
        write_image(folder / name)
    (folder / "notes.txt").write_text("not a page")
    with qtbot.waitSignal(window.documents.inputs.opened, timeout=10_000):
        drop_files(window, [folder])
    qtbot.waitUntil(lambda: window.message_text() != "", timeout=10_000)
    assert window.message_text() == "已添加 2 份文档；跳过 1 个文件（不是图片或 PDF）。"


def test_the_pdf_resolution_dialog_speaks_chinese(qtbot: Any, window: MainWindow) -> None:
    seen: list[tuple[str, str]] = []

    def answer(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            if tries:
                QTimer.singleShot(10, lambda: answer(tries - 1))
            return
        seen.append((dialog.windowTitle(), dialog.labelText()))
        spin = dialog.findChild(QSpinBox)
        assert spin is not None
        spin.selectAll()
        qtbot.keyClicks(spin, "300")
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    find_action(window, "pdf_dpi").trigger()
    [(title, label)] = seen
    assert title == "PDF 分辨率"
    assert re.search("[\u4e00-\u9fff]", label)  # the preference's own label, in Chinese
    assert window.settings.pdf_dpi == 300
    assert window.statusBar().currentMessage() == "此后 PDF 页面将以 300 dpi 渲染"
