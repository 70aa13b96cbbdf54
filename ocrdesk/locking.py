"""An advisory lock on a file, held by an open handle: the operating system releases it when the
process ends, however it ends (kill -9, power cut, crash). That makes it the reliable answer to
"is the owner of this session still running?", unlike a process id, which the next process (in a
container, a sandbox, after a reboot) may be given again.

POSIX uses flock() (per open file: two handles in one process exclude each other too), Windows
msvcrt.locking() on the first byte. Locks are never waited for: acquiring one that is held fails
at once.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: io.FileIO) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: io.FileIO) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: io.FileIO) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: io.FileIO) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class FileLock:
    """An exclusive lock on `path` (created owner-only if missing). Not re-entrant, not waiting."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: io.FileIO | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock; False at once when another handle (this process or another) holds it.

        OSError when the lock file cannot be created at all (a read-only folder)."""
        if self._handle is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        # a FileIO closes its descriptor when collected, so a forgotten lock cannot outlive its owner object
        handle = io.FileIO(fd, "r+", closefd=True)
        if not _try_lock(handle):
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()


def is_held_elsewhere(path: Path) -> bool:
    """True when some live handle holds the lock on `path`; a missing lock file is not held."""
    if not path.exists():
        return False
    probe = FileLock(path)
    try:
        if not probe.acquire():
            return True
    except OSError:
        return False
    probe.release()
    return False
