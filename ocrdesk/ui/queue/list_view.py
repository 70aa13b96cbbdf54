"""The document list beside the page: thumbnail, name, status, field count, lowest confidence."""

from __future__ import annotations

from collections import Counter
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QWidget,
)

from ocrdesk.doc_warnings import display_text
from ocrdesk.i18n import QT_TRANSLATE_NOOP, shown
from ocrdesk.inputs import PageRef
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.workspace import CAMERA_PREFIX, CLIPBOARD_PREFIX, Entry, Thumbnail, Workspace

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
VERSION_ROLE = Qt.ItemDataRole.UserRole + 4  # changes whenever the row must be drawn anew
LOWEST_ROLE = Qt.ItemDataRole.UserRole + 5  # lowest confidence as a number (None when unknown)

THUMB_BOX = 52  # the square the thumbnail is fitted into, in the list
ROW_HEIGHT = 66

STATUS_TEXT = {  # translated where shown: status_text()
    DocStatus.PENDING: QT_TRANSLATE_NOOP("DocumentList", "Pending"),
    DocStatus.RECOGNISING: QT_TRANSLATE_NOOP("DocumentList", "Recognising…"),
    DocStatus.OK: QT_TRANSLATE_NOOP("DocumentList", "Recognised"),
    DocStatus.ERROR: QT_TRANSLATE_NOOP("DocumentList", "Error"),
    DocStatus.REVIEWED: QT_TRANSLATE_NOOP("DocumentList", "Reviewed"),
}
STATUS_COLOR = {
    DocStatus.PENDING: QColor("#80868b"),
    DocStatus.RECOGNISING: QColor("#f29900"),
    DocStatus.OK: QColor("#1a73e8"),
    DocStatus.ERROR: QColor("#d93025"),
    DocStatus.REVIEWED: QColor("#188038"),
}


def status_text(status: DocStatus) -> str:
    return QCoreApplication.translate("DocumentList", STATUS_TEXT[status])


def pretty_name(document: Document) -> str:
    """Captured pictures read better as "Camera 0 · 10:22:33" than as their source string."""
    source = document.source
    camera, pasted = (
        QCoreApplication.translate("DocumentList", "Camera"),
        QCoreApplication.translate("DocumentList", "Pasted image"),
    )
    for prefix, label in ((CAMERA_PREFIX, camera), (CLIPBOARD_PREFIX, pasted)):
        if source.startswith(prefix):
            rest = source[len(prefix) :]
            device, _, stamp = rest.rpartition("@") if "@" in rest else ("", "", rest)
            when = stamp.split("T", 1)[1][:8] if "T" in stamp else stamp
            return f"{label} {device} · {when}".replace("  ", " ") if device else f"{label} · {when}"
    return document.display_name


def detail_text(entry: Entry) -> str:
    """Beside the status: how many fields, or the error's message."""
    document = entry.document
    if document.status == DocStatus.ERROR and document.error is not None:
        # "scan.png: file is empty" ("scan.png：文件为空"): the row already names the file
        message = shown(document.error.message)
        for name in (entry.name, PurePath(document.source).name):
            for head in (f"{name}: ", f"{name}："):
                if message.startswith(head):
                    return message[len(head) :]
        return message
    if document.status not in (DocStatus.OK, DocStatus.REVIEWED):
        return ""
    count = entry.field_count
    if count:
        fields = QCoreApplication.translate("DocumentList", "%n field(s)", None, count)
    else:
        fields = QCoreApplication.translate("DocumentList", "no text found")
    if document.warnings:  # what the provider said about the picture comes first: a copy is no detail
        return f"⚠ {'; '.join(display_text(w) for w in document.warnings)} · {fields}"
    return fields


def lowest_text(entry: Entry) -> str:
    """The lowest confidence of a recognised document ("min 55 %"), drawn at the name's right."""
    lowest = entry.lowest_confidence
    if lowest is None or entry.status not in (DocStatus.OK, DocStatus.REVIEWED):
        return ""
    return QCoreApplication.translate("DocumentList", "min {percent} %").format(percent=f"{lowest * 100:.0f}")


def lowest_tooltip(entry: Entry) -> str:
    lowest = entry.lowest_confidence
    if lowest is None or not lowest_text(entry):
        return ""
    return QCoreApplication.translate("DocumentList", "lowest confidence {percent} %").format(
        percent=f"{lowest * 100:.0f}"
    )


def thumbnail_icon(png: bytes) -> QImage:
    """The list's picture of a thumbnail, twice the drawn size (sharp on high-DPI screens); a QImage,
    so it can be made in a worker thread."""
    image = QImage.fromData(png, "PNG")  # type: ignore[arg-type]  # the stub lists (data, len); Qt has (data, format)
    side = THUMB_BOX * 2
    if image.isNull() or (image.width() <= side and image.height() <= side):
        return image
    return image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class DocumentListModel(QAbstractListModel):
    """Rows are the workspace's entries; every change to the queue goes through here."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._pixmaps: dict[int, QPixmap] = {}
        self._versions: dict[int, int] = {}
        # how many entries have each status, kept as rows come, go and change: the summary never
        # counts thousands of rows again for one result
        self._statuses: dict[int, DocStatus] = {}
        self._counts: Counter[DocStatus] = Counter()
        for entry in workspace.entries:
            self._track(entry)

    def _track(self, entry: Entry) -> Entry:
        self._statuses[entry.id] = entry.status
        self._counts[entry.status] += 1
        return entry

    def counts(self) -> Counter[DocStatus]:
        """Entries per status (as of the last change announced through this model)."""
        return Counter(self._counts)

    # -- changing the queue -----------------------------------------------------------------
    def add(self, ref: PageRef | None, *, source: str | None = None, document: Document | None = None) -> Entry:
        row = len(self.workspace)
        self.beginInsertRows(QModelIndex(), row, row)
        try:
            return self._track(self.workspace.add(ref, document, source=source))
        finally:
            self.endInsertRows()

    def add_many(self, pages: list[tuple[PageRef, str | None]]) -> list[Entry]:
        """Append many pages in one insertion: the list lays itself out once, not once per page."""
        if not pages:
            return []
        first = len(self.workspace)
        self.beginInsertRows(QModelIndex(), first, first + len(pages) - 1)
        try:
            return [self._track(self.workspace.add(ref, source=source)) for ref, source in pages]
        finally:
            self.endInsertRows()

    def add_failed(self, source: str, error: ErrorInfo) -> Entry:
        row = len(self.workspace)
        self.beginInsertRows(QModelIndex(), row, row)
        try:
            return self._track(self.workspace.add_failed(source, error))
        finally:
            self.endInsertRows()

    def remove(self, entry_id: int) -> None:
        row = self.workspace.index_of(entry_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self.workspace.remove(entry_id)
        self._pixmaps.pop(entry_id, None)
        self._versions.pop(entry_id, None)
        status = self._statuses.pop(entry_id, None)
        if status is not None:
            self._counts[status] -= 1
        self.endRemoveRows()

    def entry_changed(self, entry_id: int) -> None:
        self._versions[entry_id] = self._versions.get(entry_id, 0) + 1
        entry = self.workspace.get(entry_id)
        before = self._statuses.get(entry_id)
        if entry is not None and before is not None and before != entry.status:
            self._counts[before] -= 1
            self._counts[entry.status] += 1
            self._statuses[entry_id] = entry.status
        row = self.workspace.index_of(entry_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def set_thumbnail(self, entry_id: int, thumbnail: Thumbnail, icon: QImage | None = None) -> None:
        """Store a thumbnail; `icon` is it already scaled for the list (made off the GUI thread)."""
        entry = self.workspace.get(entry_id)
        if entry is None:
            return
        entry.thumbnail = thumbnail
        image = icon if icon is not None else thumbnail_icon(thumbnail.png)
        if not image.isNull():
            self._pixmaps[entry_id] = QPixmap.fromImage(image)
        self.entry_changed(entry_id)

    def forget_thumbnail(self, entry_id: int) -> None:
        self._pixmaps.pop(entry_id, None)

    def thumbnail(self, entry_id: int) -> QPixmap | None:
        return self._pixmaps.get(entry_id)

    def entry_at(self, row: int) -> Entry | None:
        return self.workspace.at(row) if 0 <= row < len(self.workspace) else None

    def row_of(self, entry_id: int) -> int:
        return self.workspace.index_of(entry_id)

    # -- QAbstractListModel -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.workspace)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return pretty_name(entry.document)
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == STATUS_ROLE:
            return entry.status.value
        if role == DETAIL_ROLE:
            return detail_text(entry)
        if role == VERSION_ROLE:
            return self._versions.get(entry.id, 0)
        if role == LOWEST_ROLE:
            return entry.lowest_confidence if lowest_text(entry) else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmaps.get(entry.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [entry.document.source if entry.document.page is None else entry.name]
            lines.append(status_text(entry.status))
            lines += [text for text in (detail_text(entry), lowest_tooltip(entry)) if text]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{pretty_name(entry.document)}, {status_text(entry.status)}"
        return None
