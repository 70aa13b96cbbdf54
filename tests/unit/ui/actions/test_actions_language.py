"""The menus, toolbar, shortcuts dialog and F1 overlay in Chinese with the shipped zh_CN catalogue, and
menu mnemonics that work: one per entry, none twice in a menu, in English and in Chinese alike."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from ocrdesk.ui import language
from ocrdesk.ui.actions.help_overlay import HelpOverlay
from ocrdesk.ui.actions.registry import ActionRegistry, build_actions, build_toolbar
from ocrdesk.ui.actions.shortcuts import Shortcuts, ShortcutsDialog
from ocrdesk.ui.actions.specs import ACTIONS, MENUS

# offscreen: a shown menu bar and an open menu
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

_MNEMONIC = re.compile(r"&([^&])")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# what stays Latin in a Chinese UI: product and format names, and key names as Qt prints them
_ALLOWED = {"OCRDesk", "OCR", "PDF", "JSON", "Excel", "CSV", "Ctrl", "Shift", "Alt", "Esc", "Del", "Tab", "Enter"}
_ALLOWED |= {"PgUp", "PgDown", "Return", "Backtab", "Ins", "Meta"}


class _OverrideMemory:
    def __init__(self) -> None:
        self.stored: dict[str, str] = {}

    def shortcut_overrides(self) -> dict[str, str]:
        return dict(self.stored)

    def set_shortcut_overrides(self, overrides: dict[str, str]) -> None:
        self.stored = dict(overrides)


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def _english_words(text: str) -> list[str]:
    return [word for word in _LATIN_WORD.findall(text) if word not in _ALLOWED]


def _menus(window: QMainWindow) -> list[QMenu]:
    return window.menuBar().findChildren(QMenu)


def _mnemonics(texts: list[str]) -> list[str]:
    return [found.group(1).upper() for text in texts if (found := _MNEMONIC.search(text))]


def test_the_menu_bar_and_actions_read_chinese(chinese: None, window: QMainWindow) -> None:
    registry = build_actions(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "识别(&R)", "设置(&S)", "帮助(&H)"]
    assert registry["open"].text() == "打开(&O)…"
    assert registry["recognize_all"].text() == "全部识别(&A)"
    assert registry.menu("box").title() == "移动或调整框(&M)"
    assert registry["recognize"].toolTip() == "识别当前页 (F5)"
    assert registry.text("open_folder") == "打开文件夹"  # lists drop the appended "(&F)…"
    build_toolbar(window, registry, [])
    assert registry["confirm"].iconText() == "确认" and registry["draw_box"].iconText() == "画框"
    assert registry["open"].iconText() == "打开" and registry["recognize_all"].iconText() == "全部识别"  # no "(A)"
    for action in registry:
        assert not _english_words(action.text()), action.objectName()
        assert not _english_words(action.toolTip()), action.objectName()


@pytest.mark.parametrize("chinese_ui", [False, True], ids=["English", "Chinese"])
def test_each_menu_has_distinct_mnemonics(qapp: QApplication, window: QMainWindow, chinese_ui: bool) -> None:
    if chinese_ui:
        language.install(qapp, language.CHINESE)
    try:
        build_actions(window)
        bar = [action.text() for action in window.menuBar().actions()]
        assert len(_mnemonics(bar)) == len(bar) and len(set(_mnemonics(bar))) == len(bar)
        for menu in _menus(window):
            texts = [action.text() for action in menu.actions() if not action.isSeparator()]
            letters = _mnemonics(texts)
            assert len(letters) == len(set(letters)), (menu.objectName(), texts)
        # an entry with a mnemonic in English keeps one in Chinese
        with_mnemonic = [spec.id for spec in ACTIONS if _MNEMONIC.search(spec.text)]
        assert all(_MNEMONIC.search(window.findChild(QAction, i).text()) for i in with_mnemonic)  # type: ignore[union-attr]
    finally:
        language.uninstall(qapp)


def test_a_chinese_mnemonic_opens_its_menu_and_triggers_its_entry(
    chinese: None, window: QMainWindow, qtbot: QtBot
) -> None:
    registry = build_actions(window)
    window.show()
    qtbot.waitExposed(window)
    # to the menu bar: the offscreen platform never makes the window active, so its shortcuts would not fire
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # 文件(&F)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is registry.menu("file"))
    with qtbot.waitSignal(registry["open_folder"].triggered):
        qtbot.keyClick(registry.menu("file"), Qt.Key.Key_F)  # 打开文件夹(&F)…


def test_the_shortcuts_dialog_reads_chinese_and_names_a_conflict(
    chinese: None, window: QMainWindow, qtbot: QtBot
) -> None:
    registry = build_actions(window)
    dialog = ShortcutsDialog(Shortcuts(registry, _OverrideMemory()), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "快捷键"
    headers = [dialog.table.horizontalHeaderItem(column).text() for column in range(3)]
    assert headers == ["命令", "快捷键", "默认"]
    commands = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "打开" in commands and "全部识别" in commands
    assert all(not _english_words(text) for text in commands)
    zoom_in = next(row for row, action_id in enumerate(dialog.edits) if action_id == "zoom_in")
    assert " 或 " in dialog.table.item(zoom_in, 2).text()  # "Ctrl+= 或 Ctrl++"
    confirm = list(dialog.edits).index("confirm")
    assert dialog.table.item(confirm, 2).text() == "Ctrl+回车"  # Return and Enter: one name in Chinese

    edit = dialog.edits["open_sample"]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_F5)  # the key of 识别
    assert edit.keySequence() == QKeySequence("F5")
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert dialog.error.text() == "F5 同时被“识别”和“打开示例”使用"


def test_the_f1_overlay_reads_chinese(chinese: None, window: QMainWindow, qtbot: QtBot) -> None:
    registry: ActionRegistry = build_actions(window)
    overlay = HelpOverlay(window, registry)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    overlay.toggle()
    text = overlay.label.text()
    for expected in (
        "快捷键",
        "字段列表",
        "鼠标",
        "文件",
        "编辑",
        "识别",
        "全部识别",
        "下一个 / 上一个字段",
        "Ctrl+滚轮",
    ):
        assert expected in text, expected
    shown = re.sub(r"<[^>]+>", " ", text)
    assert not _english_words(shown), _english_words(shown)
    for top in (menu for menu in MENUS if not menu.parent):
        assert "(" + _MNEMONIC.search(top.title).group(1) not in shown  # type: ignore[union-attr]  # no "(F)" left
