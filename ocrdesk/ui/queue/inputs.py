"""Every way documents come into the queue: files, folders, PDFs, the clipboard and the camera.

Planning (listing folders, counting PDF pages) and saving pasted pictures run in the background;
the queue grows on the GUI thread when they are done. Bad inputs never stop an open: unreadable
files become error entries, other files are skipped and counted.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from ocrdesk import paths as app_paths
from ocrdesk.camera import CameraSource, parse_source
from ocrdesk.i18n import shown
from ocrdesk.inputs import PDF_PASSWORD_CODE, InputPlan, PageRef, expand_inputs, natural_key
from ocrdesk.model import ErrorInfo
from ocrdesk.preferences import PDF_DPI
from ocrdesk.session import SessionStore
from ocrdesk.ui import dialogs
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.queue.batch import BatchController
from ocrdesk.ui.queue.pdf_password import PdfPasswords
from ocrdesk.ui.queue.recent import RecentInputs
from ocrdesk.ui.settings.store import SettingsStore
from ocrdesk.ui.state import AppState
from ocrdesk.ui.tasks import TaskRunner, readable_error
from ocrdesk.workspace import Entry, Workspace, clipboard_source, save_clipboard_image

if TYPE_CHECKING:
    from ocrdesk.ui.queue.camera import CameraDialog

SAMPLE_NAME = "sample_document.png"
CAMERA_SOURCE_ENV = "OCRDESK_CAMERA_SOURCE"
# problems that name a file we could not read (rather than a typo): listed as error rows
_ERROR_ROW_CODES = ("pdf.", "input.unreadable")


def frames_folder() -> Path:
    """Where captured and pasted pictures are kept (the session's frames folder)."""
    return SessionStore().frames_dir


def qimage_to_rgb(image: QImage) -> np.ndarray:
    """An RGB array of a QImage (transparent parts on white, as a scanner would see them)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = rgba.width(), rgba.height()
    buffer = np.frombuffer(rgba.constBits(), np.uint8, count=rgba.sizeInBytes())
    pixels = buffer.reshape(height, rgba.bytesPerLine())[:, : width * 4].reshape(height, width, 4)
    picture = Image.fromarray(pixels.copy(), "RGBA")
    background = Image.new("RGBA", picture.size, (255, 255, 255, 255))
    return np.asarray(Image.alpha_composite(background, picture).convert("RGB"))


def _save_pasted(image: QImage, folder: Path, when: datetime) -> Path:
    return save_clipboard_image(qimage_to_rgb(image), folder, when)


def local_files(mime: QMimeData | None) -> list[str]:
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime and mime.hasUrls() else []


class DropHandler(QObject):
    """Files and folders dropped on the window are queued (an event filter on the main window)."""

    def __init__(self, inputs: InputsController) -> None:
        super().__init__(inputs)
        self._inputs = inputs

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if local_files(event.mimeData()):  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            files = local_files(event.mimeData())  # type: ignore[attr-defined]
            if not files:
                event.ignore()
                return True
            event.acceptProposedAction()  # type: ignore[attr-defined]
            self._inputs.open_paths(files)
            return True
        return False


class Queue(Protocol):
    """What the inputs need of the document queue (QueueController provides it)."""

    state: AppState
    messages: MessageBridge
    settings: SettingsStore
    workspace: Workspace
    runner: TaskRunner
    batch: BatchController
    recent: RecentInputs

    def add_pages(self, pages: list[tuple[PageRef, str | None]], show_first: bool = True) -> list[Entry]: ...

    def add_failed(self, source: str, error: ErrorInfo) -> Entry: ...

    def reopen(self, entry_id: int) -> None: ...

    def remove_entries(self, entry_ids: list[int]) -> None: ...


class InputsController(QObject):
    opened = Signal(int)  # one open, paste or capture is done: how many documents it added

    def __init__(self, documents: Queue, parent: QWidget) -> None:
        super().__init__(parent)
        self.documents = documents
        self.messages, self.settings = documents.messages, documents.settings
        self._parent = parent  # of the dialogs
        self.camera_dialog: CameraDialog | None = None
        self._note: tuple[str, str] | None = None  # (text, level) shown once the first new page is on screen
        self.drops = DropHandler(self)  # the window installs it: files dropped anywhere on it
        self.passwords = PdfPasswords(documents, parent)

    # -- files and folders ----------------------------------------------------------------------
    def open_files_dialog(self) -> None:
        start = self.settings.last_open_dir or str(Path.home())
        title = QCoreApplication.translate("InputsController", "Open Images or PDFs")
        paths, _chosen = QFileDialog.getOpenFileNames(self._parent, title, start, dialogs.open_image_filter())
        if paths:
            self.settings.last_open_dir = str(Path(paths[0]).parent)
            # a multiple selection comes in click order: queue it as a scanner numbers pages
            self.open_paths(sorted(paths, key=lambda p: natural_key(Path(p).name)))

    def open_folder_dialog(self) -> None:
        start = self.settings.last_open_dir or str(Path.home())
        title = QCoreApplication.translate("InputsController", "Open Folder")
        folder = QFileDialog.getExistingDirectory(self._parent, title, start)
        if folder:
            self.settings.last_open_dir = folder
            self.open_paths([folder])

    def open_sample(self) -> None:
        """Help → Open Sample Document: the page shipped with the app."""
        sample = app_paths.resources_dir() / "samples" / SAMPLE_NAME
        if not sample.is_file():
            text = QCoreApplication.translate(
                "InputsController", "The sample document is missing (expected at {path})."
            )
            self.messages.warning(text.format(path=sample))
            return
        self.open_paths([str(sample)], remember=False)

    def open_paths(self, paths: list[str], remember: bool = True) -> None:
        """Queue files, folders and PDFs (planned in the background) and show the first new page;
        `remember`: they go into File → Recent (the sample does not)."""
        if not paths:
            return
        if remember:
            self.documents.recent.add(paths)
        reopen = self._queued_again([Path(p) for p in paths])
        if reopen is None:
            return  # the operator kept what they have
        again = {os.path.normcase(os.path.abspath(self.documents.workspace.get(i).ref.path)) for i in reopen}  # type: ignore[union-attr]
        fresh = [p for p in paths if os.path.normcase(os.path.abspath(p)) not in again]
        for entry_id in reopen:
            self.documents.reopen(entry_id)
        if not fresh:
            self.opened.emit(0)
            return
        others = len(fresh) - 1  # lupdate reads a translate() call only when its n is a bare name
        if others:
            opening = QCoreApplication.translate("InputsController", "Opening {name} and %n more…", None, others)
        else:
            opening = QCoreApplication.translate("InputsController", "Opening {name}…")
        self.messages.info(opening.format(name=Path(fresh[0]).name))
        self.documents.runner.start(
            expand_inputs,
            fresh,
            self.settings.include_subfolders,
            on_finished=lambda plan: self._on_planned(plan, show=not reopen),
            on_failed=self._on_plan_failed,
            name="plan inputs",
        )

    def _on_plan_failed(self, exc: BaseException) -> None:
        self.messages.info("")  # "Opening …" ends here too
        text = QCoreApplication.translate("InputsController", "Cannot open — {reason}")
        self.messages.error(text.format(reason=readable_error(exc)))

    def _queued_again(self, paths: list[Path]) -> list[int] | None:
        """Entries of files named again; asks before their results are thrown away (None: cancel)."""
        workspace = self.documents.workspace
        queued = [entry for path in paths if not path.is_dir() for entry in workspace.entries_for(path)]
        with_work = [entry for entry in queued if entry.has_work]
        if with_work:
            names = ", ".join(sorted({entry.ref.path.name for entry in with_work if entry.ref}))
            answer = QMessageBox.question(
                self._parent,
                QCoreApplication.translate("InputsController", "Open again?"),
                QCoreApplication.translate(
                    "InputsController",
                    "{names} is already in the list with results or corrections.\n"
                    "Open it again from disk and discard them?",
                ).format(names=names),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return None
        return [entry.id for entry in queued]

    def _on_planned(self, plan: InputPlan, show: bool = True) -> None:
        self.messages.info("")  # "Opening …" ends with the planning; what was added is said below
        workspace = self.documents.workspace
        new_pages = [ref for ref in plan.pages if workspace.find(ref.path, ref.page) is None]
        already = len(plan.pages) - len(new_pages)
        problems: list[str] = []
        error_rows = 0
        for problem in plan.problems:
            problems.append(shown(problem.message))
            known = any(entry.document.source == str(problem.path) for entry in workspace)
            if problem.code.startswith(_ERROR_ROW_CODES) and not known:
                self.documents.add_failed(str(problem.path), ErrorInfo(problem.code, problem.message))
                error_rows += 1
        entries = self.documents.add_pages([(ref, None) for ref in new_pages], show_first=show)
        self.passwords.ask([problem.path for problem in plan.problems if problem.code == PDF_PASSWORD_CODE])
        parts = []
        # lupdate reads a translate() call only when its n is a bare name; error rows are documents too
        added, skipped, more = len(entries) + error_rows, plan.skipped, len(problems) - 3
        if len(entries) != 1 or plan.skipped or problems or already:
            parts.append(QCoreApplication.translate("InputsController", "Added %n document(s)", None, added))
        if plan.skipped:
            parts.append(
                QCoreApplication.translate("InputsController", "skipped %n file(s) (not images or PDFs)", None, skipped)
            )
        if already:
            parts.append(QCoreApplication.translate("InputsController", "%n already in the list", None, already))
        separator = QCoreApplication.translate("InputsController", "; ")
        text = separator.join(parts) + QCoreApplication.translate("InputsController", ".") if parts else ""
        if problems:
            rest = QCoreApplication.translate("InputsController", "… and %n more", None, more)
            listed = problems[:3] + ([rest] if more > 0 else [])
            text = "\n".join([text, *listed]).strip()
        level = "warning" if problems else "info" if plan.skipped or already else ""
        self._note = (text, level) if text else None
        if not entries or not show:
            self.on_page_shown()
        if self.documents.state.recognize_when_shown and len(entries) > 1:
            self.documents.state.recognize_when_shown = False
            self.documents.batch.recognize_all()
        self.opened.emit(len(entries))

    def on_page_shown(self, *_args: object) -> None:
        note, self._note = self._note, None
        if note is None:
            return
        text, level = note
        if level:
            self.messages.show(text, level)
        else:
            self.messages.info(text, 15000)

    def on_image_failed(self, *_args: object) -> None:
        note, self._note = self._note, None
        if note is not None and note[1]:  # keep the open's own failure on top; add what else happened
            self.messages.warning(f"{self.messages.banner_text}\n{note[0]}".strip())

    # -- clipboard ------------------------------------------------------------------------------
    def paste(self) -> None:
        """Ctrl+V: copied files are opened; a copied picture (a screenshot) is saved and queued."""
        clipboard = QApplication.clipboard()
        mime = clipboard.mimeData()
        files = local_files(mime)
        if files:
            self.open_paths(files)
            return
        image = clipboard.image() if mime is not None and mime.hasImage() else QImage()
        if image.isNull():
            text = QCoreApplication.translate(
                "InputsController", "Nothing to paste: copy a picture or some files first"
            )
            self.messages.info(text, 8000)
            return
        when = datetime.now()
        self.documents.runner.start(
            _save_pasted,
            image,
            frames_folder(),
            when,
            on_finished=lambda path: self._add_capture(str(path), clipboard_source(when)),
            on_failed=lambda exc: self.messages.error(
                QCoreApplication.translate("InputsController", "Cannot paste the picture — {reason}").format(
                    reason=readable_error(exc)
                )
            ),
            name="paste",
        )

    def _add_capture(self, path: str, source: str) -> None:
        entries = self.documents.add_pages([(PageRef(Path(path)), source)])
        self.opened.emit(len(entries))

    # -- camera -----------------------------------------------------------------------------------
    def camera_source(self) -> CameraSource | None:
        """An injected camera (env OCRDESK_CAMERA_SOURCE or setting camera/source); None: list devices."""
        text = os.environ.get(CAMERA_SOURCE_ENV) or self.settings.camera_source
        return parse_source(text) if text and text.strip() else None

    def capture(self) -> None:
        from ocrdesk.ui.queue.camera import CameraDialog  # OpenCV loads on first use only

        if self.camera_dialog is not None:
            self.camera_dialog.raise_()
            self.camera_dialog.activateWindow()
            return
        dialog = CameraDialog(self._parent, source=self.camera_source(), settings=self.settings, folder=frames_folder())
        dialog.captured.connect(self._add_capture)
        dialog.finished.connect(self._on_camera_closed)
        self.camera_dialog = dialog
        dialog.open()

    def _on_camera_closed(self) -> None:
        dialog, self.camera_dialog = self.camera_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # -- settings ---------------------------------------------------------------------------------
    def ask_pdf_dpi(self) -> None:
        low, high = PDF_DPI.limits()  # what the store accepts: the two cannot disagree
        value, ok = QInputDialog.getInt(
            self._parent,
            QCoreApplication.translate("InputsController", "PDF Resolution"),
            QCoreApplication.translate("Preferences", PDF_DPI.label),  # the schema marks its labels
            self.settings.pdf_dpi,
            low,
            high,
            PDF_DPI.step,
        )
        if ok:
            self.settings.pdf_dpi = value
            text = QCoreApplication.translate("InputsController", "PDF pages are rendered at {dpi} dpi from now on")
            self.messages.info(text.format(dpi=value), 8000)

    def shutdown(self) -> None:
        if self.camera_dialog is not None:
            self.camera_dialog.stop()
