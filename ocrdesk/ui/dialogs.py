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
COMMIT_TYPING, DISCARD_TYPING = "commit", "discard"
REPLACE, KEEP_MINE = "replace", "keep"

# an answer, its button (a text, or a standard button Qt labels itself) and the button's role
Choice = tuple[str, "str | QMessageBox.StandardButton", QMessageBox.ButtonRole]
_CANCEL_CHOICE: Choice = (CANCEL, QMessageBox.StandardButton.Cancel, QMessageBox.ButtonRole.RejectRole)


def _choose(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str,
    choices: list[Choice],
    *,
    default: str,
    escape: str,
) -> str:
    """Ask with one button per choice; the answer of the button clicked (closing the box is `escape`)."""
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setText(text)
    box.setInformativeText(informative)
    buttons = {
        answer: box.addButton(button) if isinstance(button, QMessageBox.StandardButton) else box.addButton(button, role)
        for answer, button, role in choices
    }
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((answer for answer, button in buttons.items() if button is clicked), escape)


def ask_unexported(parent: QWidget, names: list[str], what: str = "Quit") -> str:
    """Export All… / Discard / Cancel for work no export has written: EXPORT_ALL, DISCARD or CANCEL."""
    shown = names[:12] + ([f"… and {len(names) - 12} more"] if len(names) > 12 else [])
    count = len(names)
    return _choose(
        parent,
        QMessageBox.Icon.Warning,
        "Unexported work",
        f"{count} document{'s have' if count != 1 else ' has'} work that was not exported:",
        "\n".join(shown) + f"\n\n{what} and discard it, or export everything first?",
        [
            (EXPORT_ALL, "Export All…", QMessageBox.ButtonRole.AcceptRole),
            (DISCARD, "Discard", QMessageBox.ButtonRole.DestructiveRole),
            _CANCEL_CHOICE,
        ],
        default=EXPORT_ALL,
        escape=CANCEL,
    )


def ask_draft(parent: QWidget, labels: list[str], what: str = "Confirm") -> str:
    """Typing not committed with Enter in `labels`: COMMIT_TYPING, DISCARD_TYPING or CANCEL."""
    return _choose(
        parent,
        QMessageBox.Icon.Question,
        "Typing not committed",
        f"Your typing in {', '.join(labels)} was not committed with Enter.",
        f"Commit it before {what.lower()}, or discard it?",
        [
            (COMMIT_TYPING, "Commit Typing", QMessageBox.ButtonRole.AcceptRole),
            (DISCARD_TYPING, "Discard Typing", QMessageBox.ButtonRole.DestructiveRole),
            _CANCEL_CHOICE,
        ],
        default=COMMIT_TYPING,
        escape=CANCEL,
    )


def ask_replace_edit(parent: QWidget, label: str, mine: str, reading: str) -> str:
    """A re-read found `reading` where the operator had corrected `label` to `mine`: REPLACE or KEEP_MINE."""
    return _choose(
        parent,
        QMessageBox.Icon.Question,
        "Replace your correction?",
        f"Replace your correction '{mine}' with the new reading '{reading}'?",
        f"{label} was corrected by hand; reading its box again found other text.",
        [
            (REPLACE, "Replace", QMessageBox.ButtonRole.DestructiveRole),
            (KEEP_MINE, "Keep Mine", QMessageBox.ButtonRole.RejectRole),
        ],
        default=KEEP_MINE,  # Enter or Esc never throw away the operator's work
        escape=KEEP_MINE,
    )
