"""Startup notices: what the core repaired, set aside or could not write, for the window to say once.

Core code cannot show anything (it has no Qt), and much of it runs before the window exists: a
damaged settings file found while reading providers, a session file set aside, a data folder that
cannot be created. Each adds one readable line here; the window takes them all when it is ready
and shows them. A notice with a `key` is added at most once per process, however often the code
that finds the problem runs (settings are re-read on every change).

A notice is English as a `str` (what the log keeps); notices built as `ocrdesk.i18n.Text` are shown
in the window's language (`ocrdesk.i18n.shown`).
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_pending: list[str] = []
_seen_keys: set[str] = set()


def add(text: str, *, key: str | None = None) -> None:
    """Queue one line for the operator; repeated text (or a repeated `key`) is queued once."""
    with _lock:
        if key is not None:
            if key in _seen_keys:
                return
            _seen_keys.add(key)
        if text not in _pending:
            _pending.append(text)


def take_all() -> list[str]:
    """The notices queued so far, oldest first; the queue is empty afterwards."""
    with _lock:
        taken = list(_pending)
        _pending.clear()
    return taken


def pending() -> list[str]:
    """The notices queued so far, without taking them (tests, diagnostics)."""
    with _lock:
        return list(_pending)


def reset() -> None:
    """Forget queued notices and keys (tests)."""
    with _lock:
        _pending.clear()
        _seen_keys.clear()
