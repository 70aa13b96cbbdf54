"""Write a file so that readers see either the old content or the new, never half of one.

A crash, a full disk or a power cut while exporting must not destroy the previous export or the
autosave the operator relies on: we write a temporary file beside the target, flush it to disk
and only then rename it over the target (a rename within one folder is atomic on every platform
we ship on).

A failure is raised as an OSError (same errno, so the same subclass) that names the TARGET and says
what happened in words ("the disk is full": a `Text`, which the window shows in its language); the
temporary file is an implementation detail the operator never sees. A kill leaves the temporary file
behind: `clean_stale_temp(folder)` at the next start removes those, and only those.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text


def _current_umask() -> int:
    # os.umask can only be read by setting it; do it once, at import, before any threads exist.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()
_TEMP_MARK = "ocrdesk-"
# ".<target name>.ocrdesk-<mkstemp's 8 characters>.tmp"; earlier versions wrote no mark
_TEMP_PATTERN = re.compile(r"\..+\.(?:ocrdesk-)?[a-z0-9_]{8}\.tmp")
STALE_TEMP_AGE = 60.0  # seconds: a temp file younger than this may belong to a write under way

_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileErrors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("FileErrors", "the disk quota is used up"),
    errno.EACCES: QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileErrors", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileErrors", "the disk is read-only"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileErrors", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileErrors", "the folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileErrors", "a folder of that name is in the way"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileErrors", "the name is too long"),
}


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> None:
    """Replace `path` with `data` atomically; on any failure the old file is untouched and no temp is left.

    The new file gets `mode` when given; otherwise the mode of the file it replaces, or for a new
    file what a plain open() would give, except in an owner-only folder (sessions, frames), where
    it stays owner-only (0600) like its folder.
    """
    target = Path(path)
    folder = target.parent
    temp_name = ""
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.{_TEMP_MARK}", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600
        wanted = mode if mode is not None else _target_mode(target)
        if wanted != 0o600:
            os.chmod(temp_name, wanted)
        os.replace(temp_name, target)
    except BaseException as exc:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise write_error(exc, target) from exc
        raise
    _fsync_folder(folder)


def atomic_write_text(
    path: str | os.PathLike[str], text: str, encoding: str = "utf-8", *, mode: int | None = None
) -> None:
    """Text variant of atomic_write_bytes; newlines are written exactly as given (no translation)."""
    atomic_write_bytes(path, text.encode(encoding), mode=mode)


def write_error(exc: OSError, target: Path) -> OSError:
    """`exc` restated for the operator: the target's name, and a full disk called a full disk."""
    if exc.errno is None:
        return OSError(
            Text(
                "FileErrors",
                QT_TRANSLATE_NOOP("FileErrors", "Cannot write {target}: {error}"),
                -1,
                target=target,
                error=str(exc),
            )
        )
    known = _REASONS.get(exc.errno)
    reason = Text("FileErrors", known) if known else (exc.strerror or str(exc)).lower()
    # OSError(errno, ...) picks the matching subclass (PermissionError, FileNotFoundError, ...)
    return OSError(exc.errno, reason, str(target))


def clean_stale_temp(folder: str | os.PathLike[str], *, older_than: float = STALE_TEMP_AGE) -> list[Path]:
    """Remove temporary files that an interrupted atomic write left in `folder`; the removed paths.

    Safe to call on any folder (the export folder, the sessions folder): only regular files of
    ours named like our temporary files and untouched for `older_than` seconds are removed, so a
    write under way in another instance is never disturbed. Errors are ignored.
    """
    removed: list[Path] = []
    cutoff = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP_PATTERN.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or info.st_mtime > cutoff:
                continue
            if os.name == "posix" and info.st_uid != os.getuid():
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _target_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        pass
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if stat.S_IMODE(target.parent.stat().st_mode) & 0o077 == 0:
                return 0o600
    return 0o666 & ~_UMASK


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way (and need not).
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
