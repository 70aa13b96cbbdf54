"""Guards against known defects of particular PySide6 releases.

PySide6 6.12.0 drops one reference to `True` on every `SignalInstance.emit()` from Python,
whatever the arguments. On Python 3.12+ `True` is immortal and nothing happens; on 3.11 its
reference count runs down with each emit until CPython aborts with "bool_dealloc: deallocating
True or False" (seen after a few thousand emits: mid-session, or at exit). PySide6 6.11.3 does not
do this. When the defect is detected we make `True` effectively immortal, as 3.12 does.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_PROBE_EMITS = 16
_guarded = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """True when emitting a Python signal loses a reference to `True` (PySide6 6.12.0)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= _PROBE_EMITS // 2


def guard_emit_refcount_bug() -> bool:
    """Pin `True` when this PySide6 leaks it on emit; returns whether the guard is in place."""
    global _guarded
    if _guarded:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # True is immortal there
    if not emit_leaks_true():
        return False
    # ob_refcnt is the first field of every CPython object; 2**40 references outlast any session
    ctypes.c_ssize_t.from_address(id(True)).value += 1 << 40
    _guarded = True
    log.info("PySide6 %s loses a reference to True on each signal emit; True pinned", _pyside_version())
    return True


def _pyside_version() -> str:
    import PySide6

    return str(getattr(PySide6, "__version__", "?"))
