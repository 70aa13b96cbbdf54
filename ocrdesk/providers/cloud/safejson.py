"""JSON from a vendor, parsed with limits so that no reply can raise anything but a decode error.

The standard parser turns a 5000-digit number into a ValueError (Python's int limit), 1e999 into
infinity, NaN into a float no box can hold, and 5000 nested brackets into a RecursionError. Here each
of those is a `json.JSONDecodeError` (so every caller's existing "not valid JSON" branch handles it),
and a value nested deeper than MAX_DEPTH is refused too, so code walking the value never recurses far.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 64  # vendor replies nest a dozen levels at most
MAX_INT_DIGITS = 30  # beyond any id, count or coordinate a vendor sends as a number


class _Refused(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"a number of {len(text)} digits")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {text[:20]} is out of range")
    return value


def _parse_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a number")


_DECODER = json.JSONDecoder(parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)


def loads(data: str | bytes) -> Any:
    """Like json.loads (bytes as UTF-8, a BOM allowed), within the limits above."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes | bytearray) else data.removeprefix("\ufeff")
    value, end = raw_decode(text, len(text) - len(text.lstrip()))
    if text[end:].strip():
        raise json.JSONDecodeError("Extra data", text, end)
    return value


def raw_decode(text: str, start: int = 0) -> tuple[Any, int]:
    """Like json.JSONDecoder().raw_decode, within the limits above."""
    try:
        value, end = _DECODER.raw_decode(text, start)
    except _Refused as exc:
        raise json.JSONDecodeError(str(exc), text, start) from None
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", text, start) from None
    if _depth(value) > MAX_DEPTH:
        raise json.JSONDecodeError(f"nested deeper than {MAX_DEPTH} levels", text, start)
    return value, end


def _depth(value: Any) -> int:
    deepest = 0
    pending = [(value, 1)]
    while pending:
        current, level = pending.pop()
        if isinstance(current, dict):
            children: Any = current.values()
        elif isinstance(current, list):
            children = current
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        pending.extend((child, level + 1) for child in children)
    return deepest
