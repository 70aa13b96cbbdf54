"""File dialogs and small dialogs of the main window (kept apart so tests can patch QFileDialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ocrdesk import __version__ as _version
from ocrdesk.imaging import IMAGE_SUFFIXES

EXPORT_FILTERS = {
    "JSON (*.json)": ".json",
    "Excel workbook (*.xlsx)": ".xlsx",
    "CSV (*.csv)": ".csv",
}
EXPORT_SUFFIXES = frozenset(EXPORT_FILTERS.values())


def open_image_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES | {".pdf"}))
    return f"Images and PDF ({patterns});;All files (*)"


def ask_export_path(parent: QWidget, default_path: Path, preferred_filter: str) -> Path | None:
    """The file to export to, its suffix completed from the chosen filter; None when cancelled."""
    filters = ";;".join(EXPORT_FILTERS)
    selected = preferred_filter if preferred_filter in EXPORT_FILTERS else next(iter(EXPORT_FILTERS))
    path, chosen = QFileDialog.getSaveFileName(parent, "Export Results", str(default_path), filters, selected)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in EXPORT_SUFFIXES:
        target = target.with_name(target.name + EXPORT_FILTERS.get(chosen, ".json"))
    return target


def filter_for_suffix(suffix: str) -> str:
    for name, value in EXPORT_FILTERS.items():
        if value == suffix.lower():
            return name
    return next(iter(EXPORT_FILTERS))


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About OCRDesk",
        f"<h3>OCRDesk {_version}</h3>"
        "<p>Scan documents, recognise their fields with an offline engine or a cloud OCR service, "
        "review and correct them, and export to JSON, Excel or CSV.</p>",
    )


def confirm_discard(parent: QWidget, name: str, what: str) -> bool:
    """Ask before throwing away corrections that were not exported."""
    answer = QMessageBox.question(
        parent,
        "Discard corrections?",
        f"Your corrections to {name} have not been exported.\n{what} and discard them?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


EXPORT_ALL, DISCARD, CANCEL = "export", "discard", "cancel"


def ask_unexported(parent: QWidget, names: list[str], what: str = "Quit") -> str:
    """Export All… / Discard / Cancel for work no export has written: EXPORT_ALL, DISCARD or CANCEL."""
    shown = names[:12] + ([f"… and {len(names) - 12} more"] if len(names) > 12 else [])
    box = QMessageBox(QMessageBox.Icon.Warning, "Unexported work", "", QMessageBox.StandardButton.NoButton, parent)
    count = len(names)
    box.setText(f"{count} document{'s have' if count != 1 else ' has'} work that was not exported:")
    box.setInformativeText("\n".join(shown) + f"\n\n{what} and discard it, or export everything first?")
    export = box.addButton("Export All…", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return EXPORT_ALL if clicked is export else DISCARD if clicked is discard else CANCEL


COMMIT_TYPING, DISCARD_TYPING = "commit", "discard"


def ask_draft(parent: QWidget, labels: list[str], what: str = "Confirm") -> str:
    """Typing not committed with Enter in `labels`: COMMIT_TYPING, DISCARD_TYPING or CANCEL."""
    box = QMessageBox(
        QMessageBox.Icon.Question, "Typing not committed", "", QMessageBox.StandardButton.NoButton, parent
    )
    box.setText(f"Your typing in {', '.join(labels)} was not committed with Enter.")
    box.setInformativeText(f"Commit it before {what.lower()}, or discard it?")
    commit = box.addButton("Commit Typing", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard Typing", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(commit)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return COMMIT_TYPING if clicked is commit else DISCARD_TYPING if clicked is discard else CANCEL


REPLACE, KEEP_MINE = "replace", "keep"


def ask_replace_edit(parent: QWidget, label: str, mine: str, reading: str) -> str:
    """A re-read found `reading` where the operator had corrected `label` to `mine`: REPLACE or KEEP_MINE."""
    box = QMessageBox(
        QMessageBox.Icon.Question, "Replace your correction?", "", QMessageBox.StandardButton.NoButton, parent
    )
    box.setText(f"Replace your correction '{mine}' with the new reading '{reading}'?")
    box.setInformativeText(f"{label} was corrected by hand; reading its box again found other text.")
    replace = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep Mine", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter or Esc never throw away the operator's work
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return REPLACE if clicked is replace else KEEP_MINE
