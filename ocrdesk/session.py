"""Autosave of the operator's work, and recovery after a crash or kill.

Each running instance owns one session file, `session-<start time>-<random id>.json`, rewritten
atomically after every committed edit, and holds a lock on `session-<…>.lock` beside it for as
long as it runs. The operating system drops that lock when the process dies, however it dies, so
a session file whose lock is free belongs to no one: its work was not exported and the next start
offers it back. Process ids are not used: a container or a sandbox hands the same id out again.

A session file that cannot be read (damaged, wrong types, another program's) is renamed
`*.corrupt-<time>` and reported once through ocrdesk.notices; it never stops a start.
Sessions and captured frames hold personal data: their folders are 0700 and their files 0600.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ocrdesk import notices
from ocrdesk.atomic import atomic_write_text, clean_stale_temp
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.locking import FileLock, is_held_elsewhere
from ocrdesk.model import Document, ErrorInfo
from ocrdesk.paths import PRIVATE_FILE_MODE, FolderError, data_dir, ensure_folder

_T = TypeVar("_T")

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
            "documents": [_document_data(d) for d in self.documents],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionState:
        """Parse a session read from disk; SessionDamaged (a ValueError) for anything of the wrong shape."""
        try:
            return _parse_state(data)
        except SessionDamaged:
            raise
        except _PARSE_ERRORS as exc:
            raise SessionDamaged(_short(f"{type(exc).__name__}: {exc}")) from None


def _document_data(document: Document) -> dict[str, Any]:
    data = document.to_dict()
    # a failure's message also as its template, so a restored one still reads in the window's language;
    # "error_text" beside "error" is ignored by versions that do not know it
    if document.error is not None and isinstance(document.error.message, Text):
        data["error_text"] = document.error.message.to_data()
    return data


def _shallow(obj: _T) -> _T:
    # copy.copy's generic reduce protocol is 3x slower; the window snapshots thousands of documents
    clone = object.__new__(type(obj))
    clone.__dict__.update(obj.__dict__)
    return clone


def snapshot(state: SessionState) -> SessionState:
    """A copy to hand to a writer thread while the window goes on editing the originals.

    Shallow copies suffice: boxes, image infos and errors are immutable, and fields are edited by
    assigning new values, never by changing a value in place (polygons are copied all the same).
    """
    documents = []
    for document in state.documents:
        copied = _shallow(document)
        copied.fields = [_shallow(item) for item in document.fields]
        for item in copied.fields:
            if item.polygon is not None:
                item.polygon = list(item.polygon)
            item.corrections = list(item.corrections)
        copied.warnings, copied.outlines = list(document.warnings), list(document.outlines)
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


class SessionDamaged(ValueError):
    """A session file that is not a readable OCRDesk session; str() says why in one line."""


class SessionBusy(OSError):
    """Another running OCRDesk owns (or has just claimed) this session."""


_LATEST_TIME = 32_503_680_000.0  # the year 3000: later save times are damage
_MAX_COORDINATE = 10_000_000  # pixels; drawing code (Qt uses 32-bit ints) must never see more
# what wrong types in a file read as JSON can raise while being turned into documents
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, OverflowError, RecursionError)


def _says(template: str, **params: object) -> Text:
    # English in the log, in the window's language in the notice
    return Text("Session", template, -1, **params)


def _short(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_state(data: object) -> SessionState:
    if not isinstance(data, dict):
        raise SessionDamaged(
            _says(QT_TRANSLATE_NOOP("Session", "a JSON {kind}, not a session"), kind=type(data).__name__)
        )
    if data.get("format") != SESSION_FORMAT:
        shown_format = _short(repr(data.get("format")), 60)
        raise SessionDamaged(
            _says(QT_TRANSLATE_NOOP("Session", "not an OCRDesk session (format {format})"), format=shown_format)
        )
    raw_documents = data.get("documents", [])
    if not isinstance(raw_documents, list) or not all(isinstance(d, dict) for d in raw_documents):
        raise SessionDamaged(_says(QT_TRANSLATE_NOOP("Session", "its documents are not a list of documents")))
    current = data.get("current")
    if current is not None and not _is_int(current):
        raise SessionDamaged(_says(QT_TRANSLATE_NOOP("Session", "its current document is not a number")))
    saved_at = data.get("saved_at")
    saved_at = 0.0 if saved_at is None else saved_at
    if not isinstance(saved_at, int | float) or isinstance(saved_at, bool):
        raise SessionDamaged(_says(QT_TRANSLATE_NOOP("Session", "its save time is not a number")))
    if saved_at != saved_at or not 0 <= saved_at <= _LATEST_TIME:
        saved_at = 0.0  # only shown as "when"; an absurd one must not lose the work (or crash the date)
    documents = [Document.from_dict(d) for d in raw_documents]
    for raw, document in zip(raw_documents, documents, strict=True):
        if document.error is not None and "error_text" in raw:
            message = Text.from_data(raw["error_text"], document.error.message)
            document.error = ErrorInfo(document.error.code, message)
    for document in documents:
        for item in document.fields:
            box = item.box
            numbers = [*(() if box is None else (box.left, box.top, box.right, box.bottom))]
            numbers += [n for point in item.polygon or () for n in point]
            if any(abs(n) > _MAX_COORDINATE for n in numbers):
                raise SessionDamaged(
                    _says(
                        QT_TRANSLATE_NOOP("Session", "a box of {key} lies far outside any page"),
                        key=repr(item.key[:40]),
                    )
                )
        for outline in document.outlines:
            if any(abs(n) > _MAX_COORDINATE for point in outline.polygon for n in point):
                raise SessionDamaged(f"the outline {outline.key[:40]!r} lies far outside any page")
        # from_dict converts most values with str()/int(); these two it takes as they come
        if document.page is not None and not (_is_int(document.page) and document.page >= 1):
            page = _short(repr(document.page), 60)
            raise SessionDamaged(
                _says(QT_TRANSLATE_NOOP("Session", "a page number is not a positive number ({page})"), page=page)
            )
        image = document.image
        if image is not None and not (_is_int(image.width) and _is_int(image.height) and isinstance(image.sha256, str)):
            raise SessionDamaged(_says(QT_TRANSLATE_NOOP("Session", "an image description has the wrong types")))
    return SessionState(documents=documents, current=current, saved_at=float(saved_at))


@dataclass(frozen=True)
class RecoverableSession:
    path: Path
    state: SessionState

    @property
    def lock_path(self) -> Path:
        return self.path.with_suffix(".lock")


@dataclass(frozen=True)
class SetAsideSession:
    """A session file that could not be read, and where it was moved."""

    path: Path
    moved_to: Path | None
    reason: str

    @property
    def message(self) -> Text:
        if self.moved_to:
            where = _says(QT_TRANSLATE_NOOP("Session", "set aside as {name}"), name=self.moved_to.name)
        else:
            where = _says(QT_TRANSLATE_NOOP("Session", "left where it is (it could not be moved)"))
        template = QT_TRANSLATE_NOOP(
            "Session", "A damaged session file ({name}) could not be restored and was {where}: {reason}."
        )
        return _says(template, name=self.path.name, where=where, reason=self.reason)


ORPHAN_LOCK_AGE = 60.0  # seconds; a younger lock without its session may be an instance about to save


class SessionStore:
    """The session file of this instance, plus discovery and claiming of sessions left by crashed ones.

    Constructing a store writes nothing: the session file and its lock appear with the first save.
    A sessions folder that cannot be created does not raise here; it is reported once through
    ocrdesk.notices and every save raises the FolderError (an OSError), which autosave reports.
    `pid` (default: this process's) is only recorded in the file, for diagnostics.
    """

    def __init__(self, folder: Path | None = None, pid: int | None = None) -> None:
        self.folder = folder or data_dir() / "sessions"
        self.problem: FolderError | None = None
        self.frames_dir = self.folder / "frames"
        try:
            ensure_folder(self.folder, "sessions", private=True)
            # camera and clipboard pictures are written here by code that only creates missing folders
            ensure_folder(self.frames_dir, "frames", private=True)
        except FolderError as exc:
            self.problem = exc
            log.warning("%s", exc)
            message = _says(
                QT_TRANSLATE_NOOP("Session", "{problem}. Autosave cannot work until this is fixed."),
                problem=exc.strerror,
            )
            notices.add(message, key=f"sessions:{self.folder}")
        self.pid = os.getpid() if pid is None else pid  # recorded for diagnostics; never used to decide
        self.session_id = f"{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:16]}"
        self.path = self.folder / f"session-{self.session_id}.json"
        self.lock_path = self.path.with_suffix(".lock")
        self.set_aside: list[SetAsideSession] = []
        self._lock = FileLock(self.lock_path)
        self._claims: dict[Path, FileLock] = {}
        self._claims_guard = threading.Lock()

    # -- this instance's own session ----------------------------------------------------------------
    def save(self, state: SessionState) -> None:
        if self.problem is not None:
            raise self.problem
        if not self._lock.held and not self._lock.acquire():
            raise SessionBusy(
                _says(
                    QT_TRANSLATE_NOOP("Session", "the session lock {name} is held by another program"),
                    name=self.lock_path.name,
                )
            )
        state.saved_at = time.time()
        payload = {**state.to_dict(), "owner_pid": self.pid, "session_id": self.session_id, "clean": False}
        # the pure-Python encoder yields the GIL between chunks; the C one holds it for the whole
        # document (tens of ms for a large batch), which would stall the window's thread
        text = "".join(json.JSONEncoder(ensure_ascii=False).iterencode(payload))
        atomic_write_text(self.path, text, mode=PRIVATE_FILE_MODE)

    def close(self) -> None:
        """A clean exit: nothing to recover from this instance."""
        self.path.unlink(missing_ok=True)
        if self._lock.held:
            self.lock_path.unlink(missing_ok=True)
        self._lock.release()
        with self._claims_guard:
            claims = list(self._claims.values())
            self._claims.clear()
        for claim in claims:
            claim.release()

    # -- sessions of other instances ----------------------------------------------------------------
    def recoverable(self) -> list[RecoverableSession]:
        """Sessions nobody owns (their instance crashed or was killed), newest first.

        A session whose lock is held by a running instance is left alone. Unreadable ones are set
        aside (`self.set_aside`, and one notice each). Temp files and lock files left by kills are
        cleaned on the way.
        """
        if self.problem is not None:
            return []
        for folder in (self.folder, self.frames_dir):
            clean_stale_temp(folder)
        found: list[RecoverableSession] = []
        for path in sorted(self.folder.glob("session-*.json")):
            if path == self.path or path in self._claims:
                continue
            lock_path = path.with_suffix(".lock")
            if is_held_elsewhere(lock_path):
                continue  # a live instance's session
            try:
                data = json.loads(path.read_bytes().decode("utf-8"))
                if isinstance(data, dict) and data.get("clean"):
                    continue
                state = SessionState.from_dict(data)
            except OSError as exc:
                log.warning("cannot read session %s: %s", path.name, exc)
                continue  # unreadable now (permissions, a network drive): not damaged, try next start
            except (SessionDamaged, *_PARSE_ERRORS) as exc:
                self._set_aside(path, exc)
                continue
            found.append(RecoverableSession(path, state))
        self._remove_orphan_locks()
        return sorted(found, key=lambda s: s.state.saved_at, reverse=True)

    def claim(self, recovered: RecoverableSession) -> bool:
        """Lock a crashed session for this instance (False when another instance holds it)."""
        with self._claims_guard:
            if recovered.path in self._claims:
                return True
            lock = FileLock(recovered.lock_path)
            try:
                if not lock.acquire():
                    return False
            except OSError:
                return False
            self._claims[recovered.path] = lock
            return True

    def release(self, recovered: RecoverableSession) -> None:
        """Give up a claim without changing the session (the operator decides later)."""
        with self._claims_guard:
            lock = self._claims.pop(recovered.path, None)
        if lock is not None:
            lock.release()

    def adopt(self, recovered: RecoverableSession) -> SessionState:
        """Take over a crashed session: it becomes this instance's session. SessionBusy if another has it."""
        if not self.claim(recovered):
            raise SessionBusy(
                _says(QT_TRANSLATE_NOOP("Session", "another OCRDesk window has taken {name}"), name=recovered.path.name)
            )
        self.save(recovered.state)
        self._forget(recovered)
        return recovered.state

    def discard(self, recovered: RecoverableSession) -> bool:
        """Delete a crashed session (the operator chose to); False when another instance has it."""
        if not self.claim(recovered):
            return False
        self._forget(recovered)
        return True

    def _forget(self, recovered: RecoverableSession) -> None:
        recovered.path.unlink(missing_ok=True)
        recovered.lock_path.unlink(missing_ok=True)  # while still held: no one can take it half-deleted
        self.release(recovered)

    def _set_aside(self, path: Path, exc: BaseException) -> None:
        said = exc.args[0] if isinstance(exc, SessionDamaged) and exc.args else None
        reason = said if isinstance(said, Text) else _short(str(exc) or type(exc).__name__)
        moved = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        target: Path | None = moved
        try:
            path.replace(moved)
        except OSError:
            target = None
        path.with_suffix(".lock").unlink(missing_ok=True)
        aside = SetAsideSession(path, target, reason)
        self.set_aside.append(aside)
        log.warning("%s", aside.message)
        notices.add(aside.message)

    def _remove_orphan_locks(self) -> None:
        cutoff = time.time() - ORPHAN_LOCK_AGE
        for lock_path in self.folder.glob("session-*.lock"):
            if lock_path == self.lock_path or lock_path.with_suffix(".json").exists():
                continue
            try:
                if lock_path.stat().st_mtime > cutoff or is_held_elsewhere(lock_path):
                    continue
                lock_path.unlink()
            except OSError:
                continue
