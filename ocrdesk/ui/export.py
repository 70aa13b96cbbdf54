"""File → Export…: the document on screen to JSON, Excel or CSV (the batch export is the queue's)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ocrdesk.errors import OcrDeskError
from ocrdesk.model import DocStatus, Document
from ocrdesk.ui import dialogs
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.tasks import readable_error


class ExportSettings(Protocol):
    """Where the last export went (the preferences store keeps them)."""

    last_export_dir: str
    last_export_filter: str


def exportable(document: Document | None) -> bool:
    return document is not None and document.status in (DocStatus.OK, DocStatus.REVIEWED)


def export_document(
    document: Document | None, settings: ExportSettings, messages: MessageBridge, parent: QWidget
) -> bool:
    """Ask for a file and write the document to it; True when it was written."""
    if document is None or not exportable(document):
        messages.info(QCoreApplication.translate("Export", "Nothing to export yet: recognise the page first"), 8000)
        return False
    source = Path(document.source)
    suffix = dialogs.EXPORT_FILTERS.get(settings.last_export_filter, ".json")
    folder = Path(settings.last_export_dir) if settings.last_export_dir else source.parent
    stem = source.stem if document.page is None else f"{source.stem}_p{document.page}"
    target = dialogs.ask_export_path(parent, folder / f"{stem}{suffix}", settings.last_export_filter)
    if target is None:
        return False
    from ocrdesk.export import export_documents  # openpyxl loads on the first export, not at start

    try:
        export_documents([document], target)
    except (OcrDeskError, OSError, ValueError) as exc:
        messages.error(
            QCoreApplication.translate("Export", "Export failed — {reason}").format(reason=readable_error(exc))
        )
        return False
    settings.last_export_dir = str(target.parent)
    settings.last_export_filter = dialogs.filter_for_suffix(target.suffix)
    messages.info(QCoreApplication.translate("Export", "Exported to {path}").format(path=target), 15000)
    return True
