"""Where `ocrdesk recognize` keeps finished pages while it runs, so an interrupted run loses none.

With `--output FILE`, each finished page is appended at once to a journal beside it,
`FILE.partial.jsonl` (one document object of the ocrdesk.result/1 `documents` list per line, in the
order pages finished, flushed to disk). When the run ends — finished, failed or interrupted — FILE is
written in its own format (atomically) and the journal removed. A run that is killed, or whose FILE
cannot be written, leaves the journal with every page that finished.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import IO

from ocrdesk.model import Document

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".partial.jsonl"


class Journal:
    """An append-only JSON Lines file of finished documents; safe to call from worker threads."""

    def __init__(self, output: Path) -> None:
        self.path = output.with_name(output.name + JOURNAL_SUFFIX)
        self.problem: str | None = None  # why pages could not be kept (said once)
        self._file: IO[str] | None = None
        self._lock = threading.Lock()

    def open(self) -> None:
        """Create the journal (owner-only: it holds recognised personal data), never over an older one."""
        stem, number = self.path.name.removesuffix(JOURNAL_SUFFIX), 1
        while True:
            try:
                # O_BINARY: on Windows a descriptor from os.open is in text mode, which would write "\r\n"
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
                break
            except FileExistsError:  # pages kept by an earlier run that was killed: leave them be
                number += 1
                self.path = self.path.with_name(f"{stem}.partial-{number}.jsonl")
        self._file = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def add(self, document: Document) -> None:
        with self._lock:
            if self._file is None:
                return
            try:
                self._file.write(json.dumps(document.to_dict(), ensure_ascii=False) + "\n")
                self._file.flush()
                os.fsync(self._file.fileno())
            except OSError as exc:
                self.problem = f"cannot keep finished pages in {self.path}: {exc.strerror or exc}"
                self._close()

    def kept(self) -> bool:
        """True when the journal holds the pages (so they survive a failed final write)."""
        return self.problem is None and self.path.exists()

    def remove(self) -> None:
        with self._lock:
            self._close()
            try:
                self.path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("could not remove %s: %s", self.path, exc.strerror or exc)

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
