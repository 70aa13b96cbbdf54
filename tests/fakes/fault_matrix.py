"""Transport and protocol faults against every cloud provider: which of them each one survives.

A provider survives a fault when `recognize` ends with a ProviderError (never another exception,
never a hang) within a bound of its 1 s timeout, without holding the hostile reply in memory.

`python -m tests.fakes.fault_matrix [--skip NAME,NAME]` prints one line per provider and fault.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

from ocrdesk.errors import Cancelled, ProviderError
from tests.fakes.reply_fuzz import VENDORS, running, sample_image
from tests.fakes.server import FakeResponse, RecordedRequest, fake_server, gzip_bomb

TIMEOUT = 1.0
TIME_BOUND = 10.0  # seconds: retries with backoff included, far below the hostile server's 15 s
MEMORY_BOUND = 256 << 20  # the gzip bomb inflates to 1 GiB


def _json(text: str, **kwargs: object) -> Callable[[], FakeResponse]:
    return lambda: FakeResponse.json(text, **kwargs)  # type: ignore[arg-type]


FAULTS: dict[str, Callable[[], FakeResponse]] = {
    "slowloris-body": lambda: FakeResponse(body=b'{"x": "' + b"y" * 2000 + b'"}', trickle=0.2),
    "slowloris-headers": lambda: FakeResponse(body=b"{}", trickle_headers=0.2),
    "slow-endless-chunked": lambda: FakeResponse(body=b"[1,", chunked=True, endless=True, trickle=0.2),
    "fast-endless-chunked": lambda: FakeResponse(body=b"[1," * 20000, chunked=True, endless=True),
    "gzip-bomb": lambda: FakeResponse(body=gzip_bomb(1024), headers={"Content-Encoding": "gzip"}),
    "gzip-garbage": lambda: FakeResponse(body=b"\x1f\x8b\x08\x00garbage" * 50, headers={"Content-Encoding": "gzip"}),
    "answer-too-late": lambda: FakeResponse(body=b"{}", delay=3.0),
    "connection-reset": lambda: FakeResponse(reset=True),
    "cut-off-reply": lambda: FakeResponse(body=b'{"a": "' + b"b" * 500 + b'"}', truncate=True),
    "html-in-200": lambda: FakeResponse(200, b"<html><body>502 Bad Gateway</body></html>"),
    "empty-200": lambda: FakeResponse(200, b""),
    "deep-json": _json("[" * 100000 + "]" * 100000),
    "huge-number": _json('{"code": ' + "9" * 50000 + "}"),
    "nan-json": _json('{"code": NaN, "data": [Infinity]}'),
    "error-inside-200": _json(json.dumps({"status": "FAILED", "message": "quota exhausted\x1b[2J\n"})),
    "untrusted-tls": lambda: FakeResponse.json("{}"),
}


@dataclass
class Result:
    vendor: str
    fault: str
    survived: bool
    caught: bool  # a ProviderError came out (survived adds the time and memory bounds)
    outcome: str
    seconds: float
    peak_mb: float


def try_fault(vendor: str, fault: str) -> Result:
    reply = FAULTS[fault]()

    def handler(_: RecordedRequest) -> FakeResponse:
        return reply

    started = time.monotonic()
    tracemalloc.start()
    try:
        with (
            fake_server(handler, tls=fault == "untrusted-tls") as server,
            running(vendor, endpoint=server.url, timeout=str(TIMEOUT), retries="2") as provider,
        ):
            try:
                provider.recognize(sample_image(320, 200), provider.doc_types[0])
                outcome, caught = "accepted as a document", False
            except Cancelled as exc:
                outcome, caught = f"Cancelled: {exc}", False
            except ProviderError as exc:
                outcome, caught = f"{exc.kind.value}: {exc.message}", True
            except Exception as exc:  # what this matrix is here to find
                outcome, caught = f"uncaught {type(exc).__name__}: {str(exc)[:80]}", False
            finally:
                provider.close()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    seconds = time.monotonic() - started
    survived = caught and seconds < TIME_BOUND and peak < MEMORY_BOUND
    return Result(vendor, fault, survived, caught, outcome, seconds, peak / (1 << 20))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fakes.fault_matrix")
    parser.add_argument("--skip", default="", help="comma-separated faults to leave out")
    parser.add_argument("--vendors", default=",".join(VENDORS))
    args = parser.parse_args(argv)
    skipped = {name for name in args.skip.split(",") if name}
    totals: dict[str, list[int]] = {}
    for vendor in args.vendors.split(","):
        for fault in FAULTS:
            if fault in skipped:
                continue
            result = try_fault(vendor, fault)
            tally = totals.setdefault(vendor, [0, 0])
            tally[0] += result.survived
            tally[1] += 1
            mark = "ok  " if result.survived else "FAIL"
            figures = f"{result.seconds:5.1f} s {result.peak_mb:7.1f} MB"
            print(f"{mark} {vendor:15} {fault:21} {figures}  {result.outcome[:100]}", flush=True)
    for vendor, (survived, tried) in totals.items():
        print(f"{vendor:15} survived {survived} of {tried} faults")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
