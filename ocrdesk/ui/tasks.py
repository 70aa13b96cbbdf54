"""Run slow work (image decoding, engine warm-up, recognition) off the GUI thread.

The Anki pattern: a task is a plain callable run by a QThreadPool thread; it never touches
widgets. It reports through one long-lived relay QObject whose signals are queued to the GUI
thread, where the runner calls the handler given for that task. Tasks are plain Python objects, so
nothing Qt-owned is ever created or destroyed in a worker thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot

from ocrdesk.errors import Cancelled, ConfigError, OcrDeskError, read_reason
from ocrdesk.i18n import Text, shown
from ocrdesk.providers.base import CancelToken, Provider
from ocrdesk.ui.messages import MessageBridge

log = logging.getLogger(__name__)

T = TypeVar("T")
_ids = itertools.count(1)
# The one graveyard: Qt objects whose threads outlived a shutdown wait (a pool, a batch, a hung
# camera driver) stay referenced here so a late emit reaches a living object; see bury().
_GRAVEYARD: list[object] = []


def bury(*objects: QObject) -> None:
    """Keep objects whose threads are still running alive, unparented, until the process ends (or
    until `exhume`): destroying a QObject a thread still emits to would crash the app."""
    for obj in objects:
        if obj.parent() is not None:
            obj.setParent(None)
        _GRAVEYARD.append(obj)


def exhume(*objects: QObject) -> None:
    """Their threads ended after all: let them go."""
    for obj in objects:
        if obj in _GRAVEYARD:
            _GRAVEYARD.remove(obj)


def readable_error(exc: BaseException) -> str:
    """One line for the operator in the window's language; never a traceback."""
    if isinstance(exc, ConfigError) and "Settings" not in exc.message:
        hint = QCoreApplication.translate("ReadableError", "{message} — set it in Settings → Providers…")
        return hint.format(message=shown(exc.message))
    if isinstance(exc, OcrDeskError):
        return shown(exc.message)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("ReadableError", "Not enough memory for this operation")
    if isinstance(exc, OSError) and len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return shown(exc.args[0])  # an OSError of ours that says it all (a session another window has)
    if isinstance(exc, OSError) and exc.strerror:
        # the core's own reasons are Texts; a bare OS error is put in words the window can translate
        reason = shown(exc.strerror if isinstance(exc.strerror, Text) else read_reason(exc))
        return f"{exc.filename}: {reason}" if exc.filename else reason
    unexpected = QCoreApplication.translate("ReadableError", "Unexpected error: {error}")
    return unexpected.format(error=f"{type(exc).__name__}: {exc}")


class GuiCall(QObject):
    """Runs calls made from any thread on the GUI thread (the thread of `owner`), in order.

    The one way background code reaches the GUI thread. Calls still queued when the owner is
    destroyed are dropped with it. Arguments travel boxed in a tuple: PySide6 6.12 loses a reference
    to a bare True passed to emit().
    """

    _call = Signal(object)

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, fn: Callable[..., object], *args: object) -> None:
        self._call.emit((fn, args))

    def wrap(self, fn: Callable[..., object]) -> Callable[..., None]:
        """`fn` made callable from any thread; it runs later on the GUI thread."""
        return lambda *args: self(fn, *args)

    @Slot(object)
    def _run(self, call: tuple[Callable[..., object], tuple[object, ...]]) -> None:
        fn, args = call
        fn(*args)


@dataclass
class Task:
    """One unit of background work and the GUI-thread handlers of its outcome."""

    fn: Callable[..., Any]
    args: tuple[Any, ...]
    cancel_token: CancelToken
    on_finished: Callable[[Any], None] | None = None
    on_failed: Callable[[BaseException], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    name: str = "task"
    id: int = 0

    def cancel(self) -> None:
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled


class TaskRunner(QObject):
    """Starts tasks on its own thread pool and routes each outcome to the task's handler.

    Failures arrive as the exception itself (Anki's CollectionOp.failure): a task without its own
    `on_failed` gets the runner's `default_failure`, which shows `readable_error(exc)` through the
    message bridge when the runner has one.
    """

    def __init__(
        self, parent: QObject | None = None, max_threads: int = 4, messages: MessageBridge | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._gui = GuiCall(self)
        self._messages = messages
        self._tasks: dict[int, Task] = {}
        self._closed = False

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        cancel: CancelToken | None = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        name: str = "task",
    ) -> Task:
        task = Task(fn, args, cancel or CancelToken(), on_finished, on_failed, on_cancelled, name, next(_ids))
        if self._closed:
            return task
        self._tasks[task.id] = task
        gui = self._gui

        def run() -> None:  # runs in a pool thread: touch no widget here
            try:
                task.cancel_token.raise_if_cancelled()
                result = task.fn(*task.args)
            except Cancelled:
                gui(self._deliver_cancelled, task.id)
            except OcrDeskError as exc:
                log.info("%s failed: %s (%s)", task.name, exc.message, exc.code)
                gui(self._deliver_failed, task.id, exc)
            except Exception as exc:
                log.exception("%s failed unexpectedly", task.name)
                gui(self._deliver_failed, task.id, exc)
            else:
                if task.cancel_token.cancelled:
                    gui(self._deliver_cancelled, task.id)
                else:
                    gui(self._deliver_finished, task.id, result)

        self._pool.start(run)
        return task

    @property
    def active_count(self) -> int:
        return len(self._tasks)

    def _deliver_finished(self, task_id: int, result: object) -> None:
        task = self._tasks.pop(task_id, None)
        if task is not None and task.on_finished is not None:
            task.on_finished(result)

    def _deliver_failed(self, task_id: int, exc: BaseException) -> None:
        task = self._tasks.pop(task_id, None)
        if task is not None:
            (task.on_failed or self.default_failure)(exc)

    def default_failure(self, exc: BaseException) -> None:
        if self._messages is not None:
            self._messages.error(readable_error(exc))

    def _deliver_cancelled(self, task_id: int) -> None:
        task = self._tasks.pop(task_id, None)
        if task is not None and task.on_cancelled is not None:
            task.on_cancelled()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the threads; True when they all stopped in time."""
        self._closed = True
        for task in self._tasks.values():
            task.cancel()
        self._tasks.clear()
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.info("background work still running at shutdown; leaving it to finish unseen")
            bury(self._gui, self._pool)
        return done


class ProviderCache:
    """Providers created once per id (thread-safe), with one lock per provider so its warm-up and
    recognitions never overlap (the local engine loads its model once)."""

    def __init__(self, factory: Callable[[str], Provider] | None = None) -> None:
        # heavy local engines run in a child process so they cannot stall or crash the window
        self._factory = factory or _build_isolated
        self._lock = threading.Lock()
        self._providers: dict[str, Provider] = {}
        self._busy: dict[str, threading.Lock] = {}

    def get(self, provider_id: str) -> Provider:
        with self._lock:
            provider = self._providers.get(provider_id)
            if provider is None:
                provider = self._factory(provider_id)
                self._providers[provider_id] = provider
                self._busy.setdefault(provider_id, threading.Lock())
            return provider

    def run_exclusive(self, provider_id: str, cancel: CancelToken, fn: Callable[[Provider], T]) -> T:
        """Call fn(provider) while holding that provider's lock; waiting stays cancellable."""
        provider = self.get(provider_id)
        lock = self._busy[provider_id]
        while not lock.acquire(timeout=0.05):
            cancel.raise_if_cancelled()
        try:
            cancel.raise_if_cancelled()
            return fn(provider)
        finally:
            lock.release()

    def forget(self, provider_id: str | None = None) -> None:
        """Drop cached providers (after their settings changed); they are recreated on next use."""
        with self._lock:
            ids = [provider_id] if provider_id else list(self._providers)
            dropped = [self._providers.pop(i) for i in ids if i in self._providers]
        for provider in dropped:
            _close_quietly(provider)

    def close(self) -> None:
        self.forget()


def _build_isolated(provider_id: str) -> Provider:
    # the keyring and the settings file load with the first provider, after the window is shown
    from ocrdesk.providers.factory import build_provider

    return build_provider(provider_id, isolated=True)


def _close_quietly(provider: Provider) -> None:
    try:
        provider.close()
    except Exception:
        log.exception("closing provider %s failed", provider.id)
