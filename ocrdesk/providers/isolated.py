"""Run a provider in a child process.

The local engine (onnxruntime) is a large native library whose loading and pre/post-processing hold
Python's GIL for long stretches: in the GUI process that stalls the window. In a child process the
window's interpreter never loads it, and if the engine crashes the window survives and the next
call starts a fresh child.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import threading
from collections.abc import Iterator, Mapping
from multiprocessing.connection import Connection
from typing import Any, ClassVar

import numpy as np

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, ErrorKind, OcrDeskError, ProviderError
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.imaging import SourceImage, from_rgb_array
from ocrdesk.providers.base import CancelToken, Provider, Recognition

log = logging.getLogger(__name__)

_POLL_SECONDS = 0.05


class IsolatedProvider(Provider):
    """Looks like the wrapped provider (id, name, document types); does its work in a child process.

    Use `IsolatedProvider.wrapping(cls)(config)`: each wrapped class gets a subclass whose class
    attributes are the wrapped provider's, so class-level questions (`supports`) answer the same.
    """

    wrapped: ClassVar[type[Provider]]

    @classmethod
    def wrapping(cls, provider_cls: type[Provider]) -> type[IsolatedProvider]:
        attributes = {
            name: getattr(provider_cls, name)
            for name in ("id", "name", "doc_types", "settings", "default_endpoint", "max_concurrency")
        }
        return type(f"Isolated{provider_cls.__name__}", (cls,), {**attributes, "wrapped": provider_cls})

    def __init__(self, config: Mapping[str, str] | None = None) -> None:
        super().__init__(config)
        self._target = f"{self.wrapped.__module__}:{self.wrapped.__qualname__}"
        self._lock = threading.Lock()  # one request at a time over the pipe
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._stale_replies = 0  # replies still due for requests whose caller cancelled

    def warm_up(self) -> None:
        self._call(("warm_up",), None)

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        self.check_doc_type(doc_type)
        pixels = np.ascontiguousarray(image.rgb_array())
        request = ("recognize", image.source, image.page, pixels.shape, DocType(doc_type).value)
        reply = self._call(request, cancel, payload=pixels.tobytes())
        assert isinstance(reply, Recognition)
        return reply

    def close(self) -> None:
        with self._lock:
            self._stop()

    # -- the pipe ----------------------------------------------------------------------------
    def _call(self, request: tuple[Any, ...], cancel: CancelToken | None, payload: bytes | None = None) -> Any:
        cancel = cancel or CancelToken()
        while not self._lock.acquire(timeout=_POLL_SECONDS):
            cancel.raise_if_cancelled()
        try:
            conn = self._connection()
            self._drain_stale(conn, cancel)
            try:
                conn.send(request)
                if payload is not None:
                    conn.send_bytes(payload)
                while not conn.poll(_POLL_SECONDS):
                    if cancel.cancelled:
                        # the child cannot be interrupted mid-call: its reply is dropped when it comes
                        self._stale_replies += 1
                        raise Cancelled()
                    if self._process is not None and not self._process.is_alive():
                        raise EOFError
                status, value = conn.recv()
            except (EOFError, OSError, BrokenPipeError):
                self._stop()
                template = QT_TRANSLATE_NOOP("EngineErrors", "{name} stopped unexpectedly; it restarts on the next try")
                message = Text("EngineErrors", template, -1, name=Text("ProviderNames", self.name))
                raise ProviderError(message, "engine_crashed", ErrorKind.ENGINE) from None
        finally:
            self._lock.release()
        if status == "ok":
            return value
        error_class, message, code, kind = value
        if error_class == "Cancelled":
            raise Cancelled()
        if error_class == "OcrDeskError":
            raise OcrDeskError(message, code)
        raise ProviderError(message, code, ErrorKind(kind))

    def _drain_stale(self, conn: Connection, cancel: CancelToken) -> None:
        while self._stale_replies:
            while not conn.poll(_POLL_SECONDS):
                cancel.raise_if_cancelled()
            conn.recv()
            self._stale_replies -= 1

    def _connection(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._stop()
        # spawn, not fork: forking a process with Qt threads running is unsafe
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(
            target=serve, args=(child, self._target, dict(self.config)), name=f"ocrdesk-{self.id}", daemon=True
        )
        with _interrupts_held():
            process.start()
        child.close()
        self._process, self._conn = process, parent
        self._stale_replies = 0
        return parent

    def _stop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(("quit",))
            self._conn.close()
        if self._process is not None:
            if self._stale_replies:  # busy with a request nobody waits for any more: no need to let it finish
                self._process.terminate()
            self._process.join(timeout=2)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(timeout=2)
        self._process, self._conn = None, None


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """SIGINT blocked in this thread while the child starts: the child inherits the mask across exec, so a
    Ctrl+C in the terminal (sent to the whole process group) cannot reach it before serve() ignores it.
    The parent still gets it: the kernel hands it to a thread that does not block it."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: serve() ignores it as early as it can
        yield
        return
    from multiprocessing import resource_tracker

    # started first: starting it unblocks SIGINT again in the calling thread
    resource_tracker.ensure_running()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def serve(conn: Connection, target: str, config: dict[str, str]) -> None:
    """The child's loop: build the provider, answer requests until told to quit or the pipe closes."""
    import importlib

    # Ctrl+C is for the parent, which cancels and stops this process; a KeyboardInterrupt here would only
    # print a traceback in the operator's terminal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    module_name, _, class_name = target.partition(":")
    provider: Provider = getattr(importlib.import_module(module_name), class_name)(config)
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            break
        if request[0] == "quit":
            break
        payload = conn.recv_bytes() if request[0] == "recognize" else None
        try:
            if request[0] == "warm_up":
                provider.warm_up()
                reply: tuple[str, Any] = ("ok", None)
            else:
                _, source, page, shape, doc_type = request
                assert payload is not None
                pixels = np.frombuffer(payload, dtype=np.uint8).reshape(shape)
                image = from_rgb_array(pixels, source, page)
                reply = ("ok", provider.recognize(image, DocType(doc_type)))
        except Cancelled:
            reply = ("error", ("Cancelled", "Cancelled", "cancelled", ErrorKind.CANCELLED.value))
        except ProviderError as exc:
            reply = ("error", ("ProviderError", exc.message, exc.code, exc.kind.value))
        except OcrDeskError as exc:
            reply = ("error", ("OcrDeskError", exc.message, exc.code, ErrorKind.ENGINE.value))
        except Exception as exc:  # report, never die silently: the window shows the message
            log.exception("provider failed in the child process")
            reply = ("error", ("ProviderError", f"{type(exc).__name__}: {exc}", "engine", ErrorKind.ENGINE.value))
        conn.send(reply)
    provider.close()
