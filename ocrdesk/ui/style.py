"""Look-and-feel constants shared by the view and the table (one place for each)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPainter
from PySide6.QtWidgets import QAbstractItemView

from ocrdesk import paths
from ocrdesk.extraction.notices import shown_note
from ocrdesk.model import Field

# A field whose confidence is below this is flagged in the table and drawn in another colour.
LOW_CONFIDENCE = 0.80

BOX_COLOR = QColor("#1a73e8")
LOW_CONFIDENCE_COLOR = QColor("#e8710a")
EDITED_COLOR = QColor("#188038")
SELECTED_COLOR = QColor("#d01884")
INVALID_COLOR = QColor("#d93025")  # a field that fails validation (row mark, box outline)
LOW_CONFIDENCE_ROW = QColor(255, 171, 64, 56)  # amber tint behind low-confidence rows
INVALID_ROW = QColor(217, 48, 37, 46)  # red tint behind invalid rows (wins over low confidence)
# A value a rule repaired (check digit, vocabulary, QR code): violet, so that it reads neither as a
# problem (red), a doubt (amber) nor an operator's edit (green).
CORRECTED_COLOR = QColor("#8430ce")
CORRECTED_ROW = QColor(132, 48, 206, 36)
MISSING_COLOR = QColor("#80868b")  # the grey "not found" placeholder in place of a value
VIEW_BACKGROUND = QColor("#5f6368")

# Fonts that carry Simplified Chinese, in order of preference; the first found on the system is
# placed right after the UI font so Chinese values never fall back to a Japanese glyph variant.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
    "SimHei",
)


def is_low_confidence(item: Field) -> bool:
    return item.confidence is not None and item.confidence < LOW_CONFIDENCE


def is_corrected(item: Field) -> bool:
    """A rule changed the value and the operator has kept it (an edit or a revert to what was read
    makes the value the operator's again)."""
    if not item.corrections or item.edited:
        return False
    return item.corrected_value is None or item.value == item.corrected_value


def is_missing(item: Field) -> bool:
    """The engine found no value and no place for it: the operator has to draw its box."""
    return not item.value and item.box is None


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldMarks", text)


def correction_lines(item: Field) -> list[str]:
    """What the table row and the box say of a rule's repair: each note, then what was read."""
    if not is_corrected(item):
        return []
    notes = [_tr("Corrected: ") + shown_note(note) for note in item.corrections]
    return [*notes, _tr("read: ") + (item.ocr_value or _tr("(nothing)"))]


def missing_text() -> str:
    """The placeholder shown in place of a value the engine did not find."""
    return _tr("not found — draw its box with Ctrl+B")


def box_color(item: Field) -> QColor:
    if item.edited:
        return EDITED_COLOR
    if is_corrected(item):
        return CORRECTED_COLOR
    return LOW_CONFIDENCE_COLOR if is_low_confidence(item) else BOX_COLOR


@cache
def _installed_cjk_families() -> tuple[str, ...]:
    available = set(QFontDatabase.families())
    return tuple(name for name in CJK_FAMILIES if name in available)


def with_cjk_fallback(font: QFont) -> QFont:
    """`font` with Chinese-capable families after its own (needs a QGuiApplication)."""
    result = QFont(font)
    families = [f for f in font.families() if f] or [font.family()]
    result.setFamilies(families + [f for f in _installed_cjk_families() if f not in families])
    return result


def icon(name: str) -> QIcon:
    """An icon from resources/icons (an empty icon when the file is missing)."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def paint_placeholder(view: QAbstractItemView, text: str, top: int = 16) -> None:
    """Grey guidance text in an empty list or table ("Open an image to start")."""
    model = view.model()
    if model is None or model.rowCount() or not text:
        return
    painter = QPainter(view.viewport())
    painter.setPen(QColor(view.palette().placeholderText().color()))
    rect = view.viewport().rect().adjusted(16, top, -16, -16)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), text)
    painter.end()
