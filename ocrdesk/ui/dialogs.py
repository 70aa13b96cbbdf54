"""File dialogs and small dialogs of the main window (kept apart so tests can patch QFileDialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ocrdesk import __version__ as _version
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.imaging import IMAGE_SUFFIXES

# the English filter is what the preferences store keeps; the dialog shows it translated
EXPORT_FILTERS = {
    "JSON (*.json)": ".json",
    QT_TRANSLATE_NOOP("Dialogs", "Excel workbook (*.xlsx)"): ".xlsx",
    "CSV (*.csv)": ".csv",
}
EXPORT_SUFFIXES = frozenset(EXPORT_FILTERS.values())


def open_image_filter() -> str:
    patterns = " ".join(f"*{suffix}" for suffix in sorted(IMAGE_SUFFIXES | {".pdf"}))
    images = QCoreApplication.translate("Dialogs", "Images and PDF ({patterns})").format(patterns=patterns)
    everything = QCoreApplication.translate("Dialogs", "All files (*)")
    return f"{images};;{everything}"


def ask_export_path(parent: QWidget, default_path: Path, preferred_filter: str) -> Path | None:
    """The file to export to, its suffix completed from the chosen filter; None when cancelled."""
    shown = {QCoreApplication.translate("Dialogs", name): name for name in EXPORT_FILTERS}
    selected = preferred_filter if preferred_filter in EXPORT_FILTERS else next(iter(EXPORT_FILTERS))
    title = QCoreApplication.translate("Dialogs", "Export Results")
    selected_shown = QCoreApplication.translate("Dialogs", selected)
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(default_path), ";;".join(shown), selected_shown)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in EXPORT_SUFFIXES:
        target = target.with_name(target.name + EXPORT_FILTERS.get(shown.get(chosen, chosen), ".json"))
    return target


def filter_for_suffix(suffix: str) -> str:
    for name, value in EXPORT_FILTERS.items():
        if value == suffix.lower():
            return name
    return next(iter(EXPORT_FILTERS))


def show_about(parent: QWidget) -> None:
    text = QCoreApplication.translate(
        "Dialogs",
        "Scan documents, recognise their fields with an offline engine or a cloud OCR service, "
        "review and correct them, and export to JSON, Excel or CSV.",
    )
    title = QCoreApplication.translate("Dialogs", "About OCRDesk")
    QMessageBox.about(parent, title, f"<h3>OCRDesk {_version}</h3><p>{text}</p>")


def confirm_discard(parent: QWidget, name: str, what: str) -> bool:
    """Ask before throwing away corrections that were not exported (`what`: the action, translated)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Discard corrections?"),
        QCoreApplication.translate(
            "Dialogs", "Your corrections to {name} have not been exported.\n{action} and discard them?"
        ).format(name=name, action=what),
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


def ask_unexported(parent: QWidget, names: list[str], what: str | None = None) -> str:
    """Export All… / Discard / Cancel for work no export has written: EXPORT_ALL, DISCARD or CANCEL.

    `what`: the action that would discard the work, translated (Quit when None)."""
    more = len(names) - 12
    shown = names[:12] + ([QCoreApplication.translate("Dialogs", "… and %n more", None, more)] if more > 0 else [])
    action = what or QCoreApplication.translate("Dialogs", "Quit")
    count = len(names)  # lupdate reads a translate() call only when its n is a bare name
    question = QCoreApplication.translate("Dialogs", "{action} and discard it, or export everything first?")
    return _choose(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Dialogs", "Unexported work"),
        QCoreApplication.translate("Dialogs", "%n document(s) have work that was not exported:", None, count),
        "\n".join(shown) + "\n\n" + question.format(action=action),
        [
            (EXPORT_ALL, QCoreApplication.translate("Dialogs", "Export All…"), QMessageBox.ButtonRole.AcceptRole),
            (DISCARD, QCoreApplication.translate("Dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole),
            _CANCEL_CHOICE,
        ],
        default=EXPORT_ALL,
        escape=CANCEL,
    )


def ask_draft(parent: QWidget, labels: list[str], what: str | None = None) -> str:
    """Typing not committed with Enter in `labels`: COMMIT_TYPING, DISCARD_TYPING or CANCEL.

    `what`: the action waiting for the answer, translated (confirming when None)."""
    action = what or QCoreApplication.translate("Dialogs", "confirming")
    separator = QCoreApplication.translate("Dialogs", ", ")
    return _choose(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Typing not committed"),
        QCoreApplication.translate("Dialogs", "Your typing in {fields} was not committed with Enter.").format(
            fields=separator.join(labels)
        ),
        QCoreApplication.translate("Dialogs", "Commit it before {action}, or discard it?").format(action=action),
        [
            (COMMIT_TYPING, QCoreApplication.translate("Dialogs", "Commit Typing"), QMessageBox.ButtonRole.AcceptRole),
            (
                DISCARD_TYPING,
                QCoreApplication.translate("Dialogs", "Discard Typing"),
                QMessageBox.ButtonRole.DestructiveRole,
            ),
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
        QCoreApplication.translate("Dialogs", "Replace your correction?"),
        QCoreApplication.translate(
            "Dialogs", "Replace your correction '{mine}' with the new reading '{reading}'?"
        ).format(mine=mine, reading=reading),
        QCoreApplication.translate(
            "Dialogs", "{field} was corrected by hand; reading its box again found other text."
        ).format(field=label),
        [
            (REPLACE, QCoreApplication.translate("Dialogs", "Replace"), QMessageBox.ButtonRole.DestructiveRole),
            (KEEP_MINE, QCoreApplication.translate("Dialogs", "Keep Mine"), QMessageBox.ButtonRole.RejectRole),
        ],
        default=KEEP_MINE,  # Enter or Esc never throw away the operator's work
        escape=KEEP_MINE,
    )
