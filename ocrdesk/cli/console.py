"""The terminal side of the command line: UTF-8 output, one-line messages, a one-line progress display."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import unicodedata
from typing import TextIO

from ocrdesk.redact import printable_line


def write_stdout(text: str) -> None:
    """UTF-8 whatever the console's code page: output is for programs as much as for people."""
    if sys.stdout is None:  # windowed (pythonw / bundled GUI) build: there is no console
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def print_error(message: str) -> None:
    # vendor words and file names alike: one printable line, so nothing can spoof or clear the terminal
    print(f"ocrdesk: {printable_line(message, 2000)}", file=sys.stderr, flush=True)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def tolerant_stream(stream: TextIO) -> None:
    # a GBK or cp1252 console must not crash on a file name it cannot show
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


def silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class Progress:
    """`[3/10] name` on one terminal line, redrawn with \\r; silent when stderr is not a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.enabled = _isatty(stream)
        self._shown = 0

    def show(self, index: int, name: str) -> None:
        if not self.enabled:
            return
        columns = shutil.get_terminal_size((80, 24)).columns - 1
        line = _fit(f"[{index}/{self.total}] {name}", columns)
        width = _width(line)
        self.stream.write("\r" + line + " " * max(0, self._shown - width))
        self.stream.flush()
        self._shown = width

    def clear(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, columns: int) -> str:
    # a line that wraps can no longer be redrawn with \r
    while _width(text) > columns and len(text) > 1:
        text = text[:-2] + "…"
    return text
