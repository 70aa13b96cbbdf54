"""The window's non-visual half: loads images, warms up and runs providers in the background.

Providers are created and cached per id here (not in the window). Every result arrives as a signal
in the GUI thread; a cancelled or superseded run's result is discarded.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QImage

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ImageLoadError
from ocrdesk.i18n import shown
from ocrdesk.imaging import SourceImage
from ocrdesk.inputs import DEFAULT_DPI, PageRef, expand_inputs, load_page
from ocrdesk.model import Document
from ocrdesk.providers.base import CancelToken
from ocrdesk.recognition import recognize_image
from ocrdesk.ui.messages import MessageBridge
from ocrdesk.ui.tasks import ProviderCache, Task, TaskRunner, readable_error

log = logging.getLogger(__name__)


def read_page(path: str) -> SourceImage:
    """Decode what the operator opened: an image, the first page of a PDF, a folder's first image."""
    plan = expand_inputs([path])
    if plan.pages:
        return load_page(plan.pages[0])
    problem = plan.problems[0] if plan.problems else None
    nothing = QCoreApplication.translate("Recognizer", "{name}: nothing to open").format(name=Path(path).name)
    raise ImageLoadError(problem.message if problem else nothing, "input.unreadable")


def pil_to_qimage(image: Image.Image) -> QImage:
    """A QImage that owns its pixels (safe to build in a worker thread; QPixmap is not)."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    wrapped = QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    # converting copies the pixels, so `data` may go; RGB32 is also what the raster engine draws fastest
    return wrapped.convertToFormat(QImage.Format.Format_RGB32)


def _load(path: str | PageRef, dpi: int = DEFAULT_DPI) -> tuple[SourceImage, QImage]:
    # a PageRef is one queued page (an image, or page N of a PDF at the chosen resolution)
    source = load_page(path, dpi) if isinstance(path, PageRef) else read_page(path)
    # QImage (unlike QPixmap) may be built off the GUI thread; big scans convert here, not there
    return source, pil_to_qimage(source.image)


class Recognizer(QObject):
    imageLoaded = Signal(object, object)  # SourceImage, QImage
    imageFailed = Signal(str)
    recognitionStarted = Signal(str)  # provider id
    recognitionFinished = Signal(object)  # Document, whatever its status (a vendor error is a result too)
    recognitionFailed = Signal(object)  # the exception raised before any document existed (ConfigError, …)
    recognitionCancelled = Signal()
    warmUpFinished = Signal(str)
    warmUpFailed = Signal(str, str)  # provider id, message
    # int, not bool: PySide6 6.12 drops a reference to True on every emit of a Python True (on
    # Python 3.11 that ends in "bool_dealloc: deallocating True"); 1 = busy, 0 = idle
    busyChanged = Signal(int)

    def __init__(self, parent: QObject | None = None, providers: ProviderCache | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(self)
        self.providers = providers or ProviderCache()
        self._load_task: Task | None = None
        self._recognition: Task | None = None
        self._warm: set[str] = set()
        self._busy = False
        self.last_warnings: list[str] = []
        self.last_elapsed = 0.0

    # -- state ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._load_task is not None

    @property
    def recognizing(self) -> bool:
        return self._recognition is not None

    def _update_busy(self) -> None:
        busy = self.loading or self.recognizing
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(int(busy))

    # -- loading ----------------------------------------------------------------------------
    def load(self, path: str | PageRef, dpi: int = DEFAULT_DPI) -> None:
        """Decode `path` in the background; a newer load supersedes an older one."""
        if self._load_task is not None:
            self._load_task.cancel()
        token = CancelToken()

        def done(result: tuple[SourceImage, QImage]) -> None:
            if self._owns(self._load_task, token):
                self._load_task = None
                self._update_busy()
                self.imageLoaded.emit(*result)

        def failed(exc: BaseException) -> None:
            if self._owns(self._load_task, token):
                self._load_task = None
                self._update_busy()
                self.imageFailed.emit(readable_error(exc))

        def cancelled() -> None:
            if self._owns(self._load_task, token):
                self._load_task = None
                self._update_busy()

        self._load_task = self.runner.start(
            _load, path, dpi, cancel=token, on_finished=done, on_failed=failed, on_cancelled=cancelled, name="load"
        )
        self._update_busy()

    # -- providers --------------------------------------------------------------------------
    def is_warm(self, provider_id: str) -> bool:
        """True once a warm-up (or a recognition) of this provider was started."""
        return provider_id in self._warm

    def warm_up(self, provider_id: str) -> None:
        """Create the provider and load its engine in the background (once per provider)."""
        if provider_id in self._warm:
            return
        self._warm.add(provider_id)
        token = CancelToken()

        def failed(exc: BaseException) -> None:
            self._warm.discard(provider_id)  # try again on next use
            self.warmUpFailed.emit(provider_id, readable_error(exc))

        self.runner.start(
            self.providers.run_exclusive,
            provider_id,
            token,
            lambda provider: provider.warm_up(),
            cancel=token,
            on_finished=lambda _result: self.warmUpFinished.emit(provider_id),
            on_failed=failed,
            name=f"warm-up {provider_id}",
        )

    def forget_providers(self, provider_id: str | None = None) -> None:
        """Drop cached providers after their settings changed; they are rebuilt on next use."""
        self.providers.forget(provider_id)
        if provider_id is None:
            self._warm.clear()
        else:
            self._warm.discard(provider_id)

    # -- recognition ------------------------------------------------------------------------
    def recognize(self, provider_id: str, image: SourceImage, doc_type: str) -> None:
        if self._recognition is not None:
            self._recognition.cancel()
        token = CancelToken()
        started = time.monotonic()
        self._warm.add(provider_id)

        def work() -> tuple[Document, list[str]]:
            def call(provider: object) -> tuple[Document, list[str]]:
                document, recognition = recognize_image(provider, image, DocType(doc_type), token)  # type: ignore[arg-type]
                return document, list(recognition.warnings) if recognition else []

            return self.providers.run_exclusive(provider_id, token, call)

        def done(result: tuple[Document, list[str]]) -> None:
            if not self._owns(self._recognition, token):
                return  # cancelled or superseded: discard
            self._recognition = None
            self._update_busy()
            document, warnings = result
            self.last_warnings = warnings
            self.last_elapsed = time.monotonic() - started
            self.recognitionFinished.emit(document)

        def failed(exc: BaseException) -> None:
            if self._owns(self._recognition, token):
                self._recognition = None
                self._update_busy()
                self.recognitionFailed.emit(exc)

        def cancelled() -> None:
            if self._owns(self._recognition, token):
                self._recognition = None
                self._update_busy()
                self.recognitionCancelled.emit()

        self._recognition = self.runner.start(
            work, cancel=token, on_finished=done, on_failed=failed, on_cancelled=cancelled, name="recognize"
        )
        self._update_busy()
        self.recognitionStarted.emit(provider_id)

    def cancel(self) -> bool:
        """Cancel the running recognition; its result, should it still arrive, is discarded."""
        task, self._recognition = self._recognition, None
        if task is None:
            return False
        task.cancel()
        self._update_busy()
        self.recognitionCancelled.emit()
        return True

    @staticmethod
    def _owns(task: Task | None, token: CancelToken) -> bool:
        return task is not None and task.cancel_token is token

    def shutdown(self) -> None:
        self._load_task = self._recognition = None
        self.runner.shutdown()
        self.providers.close()


class RecognitionReport(QObject):
    """What the operator reads about F5: started, how many fields in how long, why it failed.

    The outcome is stored by the queue (apply_result) before these run; this only reports it.
    """

    def __init__(self, recognizer: Recognizer, messages: MessageBridge, name_of: Callable[[str], str]) -> None:
        super().__init__(recognizer)
        self._recognizer, self._messages, self._name_of = recognizer, messages, name_of

    def on_started(self, provider_id: str) -> None:
        text = QCoreApplication.translate("RecognitionReport", "Recognising with {provider}…")
        self._messages.info(text.format(provider=self._name_of(provider_id)))

    def on_finished(self, document: Document) -> None:
        if document.error is not None:
            self._failed(shown(document.error.message))
            return
        count, elapsed = len(document.fields), self._recognizer.last_elapsed
        log.info("recognised %s: %d fields in %.2f s", document.display_name, count, elapsed)
        seconds = QLocale().toString(elapsed, "f", 1)
        if count:
            text = QCoreApplication.translate("RecognitionReport", "Recognised %n field(s) in {seconds} s", None, count)
        else:
            text = QCoreApplication.translate("RecognitionReport", "No text found in {seconds} s")
        self._messages.info(text.format(seconds=seconds), 15000)
        if self._recognizer.last_warnings:
            self._messages.warning("; ".join(shown(w) for w in self._recognizer.last_warnings))

    def on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ConfigError):
            log.warning("recognition failed: %s", readable_error(exc))
        self._failed(readable_error(exc))

    def _failed(self, message: str) -> None:
        failed = QCoreApplication.translate("RecognitionReport", "Recognition failed — {reason}")
        self._messages.error(failed.format(reason=message))
        self._messages.info(QCoreApplication.translate("RecognitionReport", "Recognition failed"), 15000)

    def on_cancelled(self) -> None:
        self._messages.info(QCoreApplication.translate("RecognitionReport", "Cancelled"), 8000)
