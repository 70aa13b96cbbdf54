"""Autosave of the operator's work, and recovery after a crash or kill.

Each running instance owns one session file, rewritten atomically after every committed edit.
A session file whose owner process is gone without closing cleanly holds work that was not
exported: the next start offers it back.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ocrdesk.atomic import atomic_write_text
from ocrdesk.model import Document
from ocrdesk.paths import data_dir

log = logging.getLogger(__name__)

SESSION_FORMAT = "ocrdesk.session/1"


@dataclass
class SessionState:
    """What must survive a crash: the documents (results, edits, statuses) and where the operator was."""

    documents: list[Document] = field(default_factory=list)
    current: int | None = None
    saved_at: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SESSION_FORMAT,
            "saved_at": self.saved_at,
            "current": self.current,
            "documents": [d.to_dict() for d in self.documents],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionState:
        if data.get("format") != SESSION_FORMAT:
            raise ValueError(f"not an OCRDesk session (format {data.get('format')!r})")
        return cls(
            documents=[Document.from_dict(d) for d in data.get("documents", [])],
            current=data.get("current"),
            saved_at=float(data.get("saved_at") or 0.0),
        )


def snapshot(state: SessionState) -> SessionState:
    """A copy to hand to a writer thread while the window goes on editing the originals.

    Shallow copies suffice: boxes, image infos and errors are immutable, and fields are edited by
    assigning new values, never by changing a value in place (polygons are copied all the same).
    """
    documents = []
    for document in state.documents:
        copied = copy.copy(document)
        copied.fields = [copy.copy(item) for item in document.fields]
        for item in copied.fields:
            if item.polygon is not None:
                item.polygon = list(item.polygon)
            item.corrections = list(item.corrections)
        documents.append(copied)
    return SessionState(documents, state.current, state.saved_at)


class BackgroundSaver:
    """Writes session states on one background thread, newest first: a burst of requests while a
    write is under way collapses into one more write. Callbacks run on the writer thread."""

    def __init__(self, store: SessionStore, on_saved: Callable[[], None], on_failed: Callable[[OSError], None]) -> None:
        self.store = store
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._condition = threading.Condition()
        self._next: SessionState | None = None
        self._writing = False
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="ocrdesk-autosave", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        with self._condition:
            return self._writing or self._next is not None

    def submit(self, state: SessionState) -> None:
        with self._condition:
            self._next = state
            self._condition.notify_all()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted is written; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._writing or self._next is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._thread.is_alive():
                    return False
                self._condition.wait(remaining)
        return True

    def close(self, timeout: float = 10.0) -> None:
        self.flush(timeout)
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._next is None and not self._stopping:
                    self._condition.wait()
                if self._next is None:
                    return
                state, self._next = self._next, None
                self._writing = True
            try:
                self.store.save(state)
            except OSError as exc:
                self._on_failed(exc)
            else:
                self._on_saved()
            finally:
                with self._condition:
                    self._writing = False
                    self._condition.notify_all()


@dataclass(frozen=True)
class RecoverableSession:
    path: Path
    state: SessionState


class SessionStore:
    """The session file of this process, plus discovery of sessions left by crashed ones."""

    def __init__(self, folder: Path | None = None, pid: int | None = None) -> None:
        self.folder = folder or data_dir() / "sessions"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.pid = os.getpid() if pid is None else pid
        self.path = self.folder / f"session-{self.pid}.json"
        self.frames_dir = self.folder / "frames"

    def save(self, state: SessionState) -> None:
        state.saved_at = time.time()
        payload = {**state.to_dict(), "owner_pid": self.pid, "clean": False}
        # the pure-Python encoder yields the GIL between chunks; the C one holds it for the whole
        # document (tens of ms for a large batch), which would stall the window's thread
        text = "".join(json.JSONEncoder(ensure_ascii=False).iterencode(payload))
        atomic_write_text(self.path, text)

    def close(self) -> None:
        """A clean exit: nothing to recover from this process."""
        self.path.unlink(missing_ok=True)

    def recoverable(self) -> list[RecoverableSession]:
        """Sessions of processes that died without closing, newest first; unreadable ones are set aside."""
        found: list[RecoverableSession] = []
        for path in self.folder.glob("session-*.json"):
            if path == self.path:
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                owner = int(data.get("owner_pid", -1))
                if data.get("clean") or _process_alive(owner):
                    continue
                state = SessionState.from_dict(data)
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("setting aside unreadable session %s: %s", path.name, exc)
                path.replace(path.with_suffix(".bad"))
                continue
            found.append(RecoverableSession(path, state))
        return sorted(found, key=lambda s: s.state.saved_at, reverse=True)

    def adopt(self, recovered: RecoverableSession) -> SessionState:
        """Take over a crashed session: it becomes this process's session."""
        self.save(recovered.state)
        recovered.path.unlink(missing_ok=True)
        return recovered.state

    @staticmethod
    def discard(recovered: RecoverableSession) -> None:
        recovered.path.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 only checks; never sent on POSIX
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return _not_zombie(pid)


def _not_zombie(pid: int) -> bool:
    # A killed child not yet reaped by its parent still answers signal 0 on Linux.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _windows_process_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows; ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
