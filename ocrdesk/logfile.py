"""The application log, owner-only: it names the files the operator opened and the errors met.

RotatingFileHandler creates its files with the process's umask (0644: readable by every user of
the machine). Here the folder is 0700 and every log file, the current one and the rotated ones,
is created 0600 before the handler opens it.
"""

from __future__ import annotations

import logging.handlers
import os
from pathlib import Path

from ocrdesk.paths import PRIVATE_FILE_MODE, ensure_folder, make_private


def _create_private(path: str) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
    os.close(os.open(path, flags, PRIVATE_FILE_MODE))
    make_private(Path(path))


def _rotate_private(source: str, destination: str) -> None:
    if os.path.exists(source):
        os.replace(source, destination)  # a rename keeps the 0600 mode
    _create_private(source)  # the handler reopens this name next: it must exist, owner-only


def private_rotating_handler(
    path: Path, max_bytes: int = 1_000_000, backup_count: int = 3
) -> logging.handlers.RotatingFileHandler:
    """A rotating handler writing `path` (folder 0700, files 0600); OSError (FolderError) when impossible."""
    ensure_folder(path.parent, "log", private=True)
    _create_private(str(path))
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    handler.rotator = _rotate_private
    return handler
