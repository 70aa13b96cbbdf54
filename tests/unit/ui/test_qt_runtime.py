"""The Qt runtime the UI relies on."""

from __future__ import annotations

from typing import Any


def test_signal_emit_keeps_references_to_true(qapp: Any) -> None:
    """PySide6 6.12.0 drops a reference to True on every emit, and Python 3.11 then aborts
    (bool_dealloc). pyproject.toml excludes that release; this fails clearly if it comes back."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(64):
        emitter.ping.emit()
    assert before - sys.getrefcount(True) < 32, "this PySide6 release leaks True on emit: see pyproject.toml"
