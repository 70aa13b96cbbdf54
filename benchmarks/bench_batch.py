"""Batch throughput against a local fake cloud service, and peak memory.

A fake vendor on 127.0.0.1 answers every request after LATENCY seconds. 200 images are recognised
through the real cloud-provider code path (encoding, HTTP client, rate limiter, BatchRunner).
Prints the measured throughput next to the bound min(rate limit, concurrency / latency).

Run: .venv/bin/python benchmarks/bench_batch.py [--images 200] [--latency 0.3] [--rate 10] [--concurrency 4]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ocrdesk.batch import BatchRunner
from ocrdesk.doctypes import DocType
from ocrdesk.imaging import EncodedImage, load_image
from ocrdesk.model import Box, DocStatus, Document
from ocrdesk.providers.base import COMMON_NETWORK_SETTINGS, CancelToken, Recognition
from ocrdesk.providers.cloud import CloudProvider
from ocrdesk.providers.cloud.http import parse_json
from ocrdesk.providers.cloud.normalize import make_field
from ocrdesk.recognition import recognize_image
from tests.fakes.server import FakeResponse, fake_server


class BenchProvider(CloudProvider):
    id = "bench"
    name = "Bench"
    doc_types = (DocType.GENERAL,)
    settings = COMMON_NETWORK_SETTINGS
    default_endpoint = None

    def recognize_encoded(self, encoded: EncodedImage, doc_type: DocType, cancel: CancelToken) -> Recognition:
        response = self.http.send(lambda: requests.Request("POST", self.url("ocr"), data=encoded.data), cancel)
        reply = parse_json(self.name, response)
        return Recognition([make_field("line_1", "Line 1", reply["text"], 0.9, Box(0, 0, 10, 10))])


def make_images(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        image = Image.new("RGB", (1200, 800), "white")
        ImageDraw.Draw(image).text((40, 40), f"DOCUMENT {index}", fill="black")
        path = folder / f"{index}.png"
        image.save(path)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--rate", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()

    active = 0
    peak_active = 0
    lock = threading.Lock()

    def answer(_request: object) -> FakeResponse:
        nonlocal active, peak_active
        with lock:
            active += 1
            peak_active = max(peak_active, active)
        time.sleep(args.latency)
        with lock:
            active -= 1
        return FakeResponse.json('{"text": "ok"}')

    with tempfile.TemporaryDirectory() as tmp, fake_server(answer) as server:
        paths = make_images(Path(tmp), args.images)
        provider = BenchProvider(
            {"endpoint": server.url, "rate_limit": str(args.rate), "concurrency": str(args.concurrency)}
        )
        results: dict[int, Document] = {}

        def work(index: int, cancel: CancelToken) -> Document:
            # full-resolution pixels live only while their job runs: memory stays bounded
            document, _ = recognize_image(provider, load_image(paths[index]), DocType.GENERAL, cancel)
            return document

        done = threading.Event()
        runner = BatchRunner(
            range(len(paths)),
            work,
            concurrency=provider.max_concurrency,
            on_result=results.__setitem__,
            on_finished=lambda cancelled: done.set(),
        )
        started = time.monotonic()
        runner.start()
        done.wait()
        elapsed = time.monotonic() - started

    ok = sum(d.status is DocStatus.OK for d in results.values())
    throughput = len(results) / elapsed
    bound = min(args.rate, args.concurrency / args.latency)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"images                 {args.images} ({ok} ok)")
    print(f"latency / rate / conc. {args.latency * 1000:.0f} ms / {args.rate:g} req/s / {args.concurrency}")
    print(f"elapsed                {elapsed:.2f} s")
    print(f"throughput             {throughput:.2f} images/s")
    print(f"bound min(rate, c/lat) {bound:.2f} images/s  -> {throughput / bound * 100:.0f} % of the bound")
    print(f"peak requests at once  {peak_active}")
    print(f"peak memory (RSS)      {peak_rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
