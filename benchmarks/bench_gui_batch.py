"""The window during a batch: Recognise All on 3000 images against a fast fake cloud service, 8
requests at a time, while an "operator" pages through the documents; how late the window's
heartbeat got (longest stall and percentiles), throughput and peak memory.

The fake service runs in a child process (answers after LATENCY seconds; 0 by default, no rate
limit), so the measured process holds only the window: the list, thumbnails made in the
background, page loads on PgDn, the batch's pool and the provider's HTTP client. A QTimer ticks
every 10 ms on the main thread; each gap between ticks is recorded, and the longest is the longest
the window could not react. Target (issue 10): longest stall during the batch ≤ 100 ms.
The earlier slow-service scenario: --images 200 --latency 0.3 --rate 10 --concurrency 4.

Run: .venv/bin/python benchmarks/bench_gui_batch.py [--images 3000] [--latency 0] [--rate 0] [--concurrency 8]
     [--size 1200x800] (offscreen unless DISPLAY is set; figures vary with the machine's load)
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
if not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("OCRDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="ocrdesk-bench-config-"))
os.environ.setdefault("OCRDESK_DATA_DIR", tempfile.mkdtemp(prefix="ocrdesk-bench-data-"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def serve(latency: float, conn: Connection) -> None:
    """The fake cloud, in its own process: {"text": "ok"} after `latency` seconds."""
    from tests.fakes.server import FakeResponse, fake_server

    with fake_server(lambda _request: FakeResponse.json('{"text": "ok"}', delay=latency)) as server:
        conn.send(server.url)
        conn.recv()  # until told to stop


def make_images(folder: Path, count: int, size: tuple[int, int]) -> None:
    from PIL import Image, ImageDraw

    for index in range(count):
        image = Image.new("RGB", size, "white")
        ImageDraw.Draw(image).text((40, 40), f"DOCUMENT {index}", fill="black")
        image.save(folder / f"{index}.png")


def describe(gaps: list[int]) -> str:
    """The longest gap between heartbeat ticks and the percentiles of all gaps, in ms."""
    if not gaps:
        return "no ticks"
    ordered = sorted(gaps)

    def at(share: float) -> int:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    over = sum(gap > 100 for gap in gaps)
    return (
        f"longest {ordered[-1]} ms; p50 {at(0.5)}, p90 {at(0.9)}, p99 {at(0.99)}, p99.9 {at(0.999)} ms;"
        f" {over} of {len(gaps)} gaps > 100 ms"
    )


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=3000)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds the fake service takes per request")
    parser.add_argument("--rate", type=float, default=0.0, help="requests/s the provider allows (0: no limit)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--size", default="1200x800", help="pixels of each generated page, WxH")
    parser.add_argument("--page-every", type=float, default=1.0, help="seconds between PgDn of the operator")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ocrdesk import providers

    parent_end, child_end = multiprocessing.get_context("spawn").Pipe()
    server = multiprocessing.get_context("spawn").Process(target=serve, args=(args.latency, child_end), daemon=True)
    server.start()
    url = parent_end.recv()
    # the bench provider is configured like any cloud provider: from OCRDESK_<ID>_<SETTING>
    os.environ.update(
        OCRDESK_BENCH_ENDPOINT=url,
        OCRDESK_BENCH_RATE_LIMIT=str(args.rate),
        OCRDESK_BENCH_CONCURRENCY=str(args.concurrency),
    )
    providers._REGISTRY["bench"] = "bench_batch:BenchProvider"

    folder = Path(tempfile.mkdtemp(prefix="ocrdesk-bench-images-"))
    width, height = (int(side) for side in args.size.lower().split("x"))
    make_images(folder, args.images, (width, height))

    app = QApplication([sys.argv[0]])
    from ocrdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.provider_combo.setCurrentIndex(window.provider_combo.findData("bench"))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    rss_window = rss_mb()

    clock, gaps = QElapsedTimer(), {"open": list[int](), "batch": list[int]()}
    phase = ["open"]

    def tick() -> None:
        gaps[phase[0]].append(clock.restart())

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(tick)
    clock.start()
    heartbeat.start()

    def wait_for(signal: object, timeout_ms: int = 600_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    documents = window.documents
    opened_at = time.perf_counter()
    window.open_paths([str(folder)])
    wait_for(documents.inputs.opened)
    wait_for(window.state.pageShown)
    open_seconds = time.perf_counter() - opened_at

    phase[0] = "batch"
    load_before = os.getloadavg()[0]
    cpu_before = time.thread_time()  # the GUI thread's own work, to tell it from waiting for a core
    pager = QTimer()  # the operator reviews while the batch runs
    pager.setInterval(round(args.page_every * 1000))
    pager.timeout.connect(lambda: documents.step(1))
    started_at = [0.0]
    documents.batch.started.connect(lambda _n: started_at.__setitem__(0, time.perf_counter()))
    documents.batch.recognize_all()
    pager.start()
    wait_for(documents.batch.finished)
    elapsed = time.perf_counter() - started_at[0]
    pager.stop()
    heartbeat.stop()
    gui_cpu = time.thread_time() - cpu_before
    load_after = os.getloadavg()[0]
    rss_after = rss_mb()
    thumbnails = sum(entry.thumbnail is not None for entry in documents.workspace)
    ok = sum(entry.status.value == "ok" for entry in documents.workspace)
    shown = documents.workspace.index_of(window.state.entry_id) + 1
    window.close()
    parent_end.send("stop")
    server.join(5)

    limits = [limit for limit in (args.rate, args.concurrency / args.latency if args.latency else 0.0) if limit]
    bound = min(limits) if limits else 0.0
    throughput = args.images / elapsed
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"images                    {args.images} ({ok} ok, {thumbnails} thumbnails)")
    rate = f"{args.rate:g} req/s" if args.rate else "no rate limit"
    print(f"latency / rate / conc.    {args.latency * 1000:.0f} ms / {rate} / {args.concurrency}")
    print(f"queue planned and shown   {open_seconds * 1000:.0f} ms")
    print(f"batch elapsed             {elapsed:.2f} s   (operator paged to document {shown})")
    print(f"throughput                {throughput:.2f} images/s")
    if bound:
        print(f"bound min(rate, c/lat)    {bound:.2f} images/s  -> {throughput / bound * 100:.0f} % of the bound")
    print(f"heartbeat ticks (10 ms)   {sum(len(g) for g in gaps.values())}")
    print(f"GUI thread CPU in batch   {gui_cpu:.2f} s of {elapsed:.2f} s")
    print(f"load average (1 min)      {load_before:.1f} at start, {load_after:.1f} at end ({os.cpu_count()} cores)")
    longest = max((max(g) for g in gaps.values() if g), default=0)
    print(f"longest main-thread stall {longest} ms   (target during the batch ≤ 100 ms)")
    for name, values in gaps.items():
        print(f"  during {name:<18} {describe(values)}")
    print(f"memory: window shown      {rss_window:.0f} MB")
    grown = rss_after - rss_window
    print(f"memory: after the batch   {rss_after:.0f} MB  (+{grown:.0f} MB for {args.images} documents)")
    print(f"peak memory (RSS)         {peak:.0f} MB")


if __name__ == "__main__":
    main()
