"""What an operator reads: every visible text of a window or dialog (titles, labels, buttons, tooltips,
headers, list and combo items, menus, the status bar), and the words in it that are English or Chinese.

Allowed in a Chinese window: product, format, vendor and key names, which a Chinese operator reads as
written (OCRDesk, JSON, Excel, Ctrl, F5 …), the language's own name "English" in the language list, and
units and patterns (px, dpi, YYYY-MM-DD).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

Seen = tuple[str, str]  # where, text

PRODUCTS = {"OCRDesk", "OCR", "RapidOCR", "PP-OCR", "PP-OCRv4", "PP-OCRv5", "PaddleOCR", "ONNX", "Qt", "Python"}
FORMATS = {"JSON", "Excel", "CSV", "PDF", "PNG", "JPEG", "JPG", "TIFF", "TIF", "BMP", "WebP", "XLSX", "UTF-8"}
KEYS = {
    "Ctrl", "Shift", "Alt", "Meta", "Esc", "Enter", "Return", "Tab", "Space", "Del", "Delete", "Backspace",
    "Home", "End", "PgUp", "PgDown", "Ins", "Insert", "Up", "Down", "Left", "Right", "Backtab", "Print", "Menu",
}  # fmt: skip
# vendors, their products and the names of their credentials as their consoles spell them
VENDORS = {
    "Tencent", "Cloud", "Aliyun", "Alibaba", "SinoVoice", "EAS", "API", "AppCode", "AppKey", "AppSecret",
    "SecretId", "SecretKey", "AccessKey", "ID", "Secret", "Token", "URL", "HTTP", "HTTPS", "SDK",
}  # fmt: skip
UNITS = {"px", "dpi", "DPI", "MB", "KB", "GB", "ms", "YYYY-MM-DD", "YYYY", "MM", "DD", "MP"}
LANGUAGE_NAMES = {"English"}
# names of other software a message names as it is called (Photoshop, the keyring package and its backend)
SOFTWARE = {"PS", "keyring", "null", "PAI-EAS", "APPCODE"}
ALLOWED_ENGLISH = PRODUCTS | FORMATS | KEYS | VENDORS | UNITS | LANGUAGE_NAMES | SOFTWARE
_FUNCTION_KEY = re.compile(r"^F\d{1,2}$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
# not words: file suffixes and patterns (*.png, scan.pdf), the mnemonic of 文件(&F), placeholders
_NOT_WORDS = re.compile(
    r"https?://\S+"  # addresses
    r"|(?:~|\.{1,2}|[A-Za-z]:)?[/\\][^\s'\"（）()]*"  # paths, which name the operator's files
    r"|[\w%.-]*\.[A-Za-z0-9]{2,5}\b"  # file names and patterns: scan.pdf, *.png, frame_%03d.png
    r"|\(&.\)|&(?=\w)|\{[a-z_]+\}"  # the mnemonic of 文件(&F), placeholders
)
_CHINESE = re.compile(r"[\u3400-\u9fff]")


def plain(text: str) -> str:
    """Rich text as the reader sees it."""
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def english_words(text: str, names: Iterable[str] = ()) -> list[str]:
    """Words of `text` a Chinese operator would read as English (allowed names, and `names` such as
    provider ids, left out)."""
    allowed = ALLOWED_ENGLISH | set(names)
    words = _WORD.findall(_NOT_WORDS.sub(" ", plain(text)))
    return [word for word in words if len(word) > 1 and word not in allowed and not _FUNCTION_KEY.match(word)]


def chinese(text: str, names: Iterable[str] = ()) -> bool:
    """Whether `text` has Chinese besides file names, paths and `names` (what is Chinese by nature)."""
    text = _NOT_WORDS.sub(" ", plain(text))
    for name in sorted((n for n in names if n), key=len, reverse=True):
        text = text.replace(name, " ")
    return bool(_CHINESE.search(text))


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    if isinstance(model, QAbstractListModel):  # its columnCount is private to Python
        return 1 if not parent.isValid() else 0
    return model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, where: str, cells: bool) -> Iterable[Seen]:
    for section in range(_columns(model, QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(header, str) and header:
                yield f"{where} header", header
    if not cells:
        return
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        yield f"{where} cell", value
            child = model.index(row, 0, parent)
            if model.rowCount(child) > 0:
                pending.append(child)


def widget_texts(root: QWidget, cells: Callable[[QAbstractItemView], bool] = lambda _view: True) -> list[Seen]:
    """Every text of `root` and its visible children; `cells(view)` says whether a view's items count
    (a value read from a document is the document's, not the window's)."""
    seen: list[Seen] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and widget is not root:
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        texts: list[str] = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
            if widget.isReadOnly():
                texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                texts += [widget.itemText(index), str(widget.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                texts += [widget.tabText(index), widget.tabToolTip(index)]
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            texts += [widget.specialValueText(), getattr(widget, "suffix", lambda: "")()]
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            texts.append(widget.text())
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            # the boxes on the page, and what they say when hovered
            texts += [item.toolTip() for item in widget.scene().items()]
            texts.append(str(getattr(widget, "placeholder", "") or ""))  # painted while no page is shown
        if isinstance(widget, QAbstractItemView) and widget.model() is not None and not isinstance(widget, QComboBox):
            seen += list(_model_texts(widget.model(), where, cells(widget)))
        seen += [(where, text) for text in texts if text]
    return seen


def menu_texts(window: QMainWindow) -> list[Seen]:
    """Every menu title and every action in the menus (what opening each menu shows)."""
    seen: list[Seen] = []

    def walk(actions: Iterable[QAction], where: str) -> None:
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            name = f"{where} › {action.objectName() or action.text()}"
            seen.extend((name, text) for text in (action.text(), action.toolTip(), action.statusTip()) if text)
            menu = action.menu()
            if isinstance(menu, QMenu):
                seen.append((name, menu.title()))
                walk(menu.actions(), name)

    walk(window.menuBar().actions(), "menu")
    return seen


def english(seen: Iterable[Seen], names: Iterable[str] = ()) -> list[str]:
    """'where: text [words]' for every text with an English word, sorted and without repeats."""
    names = set(names)
    found = {f"{where}: {text!r} {words}" for where, text in seen if (words := english_words(text, names))}
    return sorted(found)


def with_modal(act: Callable[[], Any], inspect: Callable[[QWidget], None], timeout_ms: int = 10_000) -> bool:
    """Run `act` (which opens a modal dialog and waits for it); `inspect` the dialog once shown, then
    close it as Esc would. True if a dialog was seen; an error inside `inspect` is raised here."""
    seen: list[QWidget] = []
    errors: list[BaseException] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            seen.append(dialog)
            try:
                inspect(dialog)
            except Exception as exc:  # a slot must not raise: Qt would only print it
                errors.append(exc)
            finally:
                reject = getattr(dialog, "reject", None)
                reject() if reject is not None else dialog.close()
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    act()
    if errors:
        raise errors[0]
    return bool(seen)
