"""Starting and stopping the window from a terminal: no display to open it on, and Ctrl+C.

Both happen before or outside the window, where Qt itself would abort (no display: Qt's platform plugin
fails, and its message blames a library that is installed) or Python would print a traceback (Ctrl+C).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

EXIT_NO_DISPLAY = 2
EXIT_INTERRUPTED = 130


def display_problem(
    args: Sequence[str], environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """One line saying there is no display for the window and what to do instead; None when there is one.

    Mirrors how Qt picks its platform on Linux and the BSDs: `-platform NAME`, else QT_QPA_PLATFORM
    (a ";"-separated list tried in order), else Wayland in a Wayland session and X11 (xcb) otherwise.
    Windows and macOS always have one.
    """
    if platform.startswith(("win", "darwin")):
        return None
    env = os.environ if environ is None else environ
    chosen = _platform_option(args) or env.get("QT_QPA_PLATFORM", "")
    names = [name.split(":", 1)[0].strip() for name in chosen.split(";") if name.strip()]
    if not names:
        names = ["wayland", "xcb"] if env.get("XDG_SESSION_TYPE") == "wayland" else ["xcb"]
    for name in names:
        if name == "xcb":
            if env.get("DISPLAY"):
                return None
        elif name.startswith("wayland"):
            if env.get("WAYLAND_DISPLAY"):
                return None
        else:
            return None  # offscreen, vnc, eglfs, ... need no display server; one we do not know, Qt decides
    # Said before any translator is loaded (no QApplication can exist without a display): English.
    return (
        "ocrdesk: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). "
        "Start it in a desktop session, or recognise without a window: ocrdesk recognize FILE ... "
        "(ocrdesk recognize --help)."
    )


def _platform_option(args: Sequence[str]) -> str:
    for index, arg in enumerate(args):
        if arg in ("-platform", "--platform") and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(("-platform=", "--platform=")):
            return arg.split("=", 1)[1]
    return ""


class InterruptHandler:
    """SIGINT while the window is open: the first closes the windows as the operator would (a prompt about
    unexported work may still ask); a second ends the process at once, the session file kept for Restore."""

    def __init__(self, hard_exit: Callable[[int], object] = os._exit) -> None:
        self.interrupted = False
        self._hard_exit = hard_exit

    def __call__(self, _signum: int, _frame: object) -> None:
        if self.interrupted:
            sys.stderr.flush()
            self._hard_exit(EXIT_INTERRUPTED)
            return
        self.interrupted = True
        # queued: runs in the event loop (at once if it runs, when it starts if the window is still being built)
        QTimer.singleShot(0, QApplication.closeAllWindows)
