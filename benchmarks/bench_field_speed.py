"""Where the time goes when the offline provider reads named fields: geometry, OCR, rules, per document type.

Reads the first N documents per type of the rendered corpus (benchmarks/corpus/fields/<split>/),
each loaded with ocrdesk.imaging, through ocrdesk.extraction.pipeline.read_document with the local
provider's engine callback — the path `LocalProvider.recognize` takes — warm, R repetitions each.
Prints per type the mean and p95 of the whole read, and the mean of its parts: finding and
rectifying the document, the OCR engine, and the rest (orientation, layout rules, QR, mapping back).
Targets (issue 9): a card ≤ 1.0 s, a business-licence page ≤ 2.0 s, on a 2-core machine.
The load average is printed too: on a shared machine other work slows every figure; the CPU seconds
of the process (all threads) do not grow with other work, and on an idle 2-core machine a read takes
at least half of them.

Run: .venv/bin/python benchmarks/bench_field_speed.py [--split dev] [--per-type 4] [--reps 2] [--types T ...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before anything imports onnxruntime

import numpy as np  # noqa: E402

from ocrdesk.doctypes import DocType  # noqa: E402
from ocrdesk.extraction.geometry import kind_for, rectify  # noqa: E402
from ocrdesk.extraction.lines import TextLine  # noqa: E402
from ocrdesk.extraction.pipeline import read_document  # noqa: E402
from ocrdesk.imaging import load_image  # noqa: E402
from ocrdesk.providers.local import LocalProvider  # noqa: E402
from ocrdesk.providers.local.named import NAMED_TYPES, read_lines  # noqa: E402

CORPUS = ROOT / "benchmarks" / "corpus" / "fields"
TARGETS = {DocType.BUSINESS_LICENSE: 2.0}  # everything else is a card or a card-sized booklet page: 1.0 s
PAGE_TYPES = (DocType.BUSINESS_LICENSE, DocType.VAT_INVOICE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "holdout"))
    parser.add_argument("--per-type", type=int, default=4)
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument(
        "--types", nargs="+", metavar="TYPE", default=[t.value for t in NAMED_TYPES if t != DocType.AUTO]
    )
    args = parser.parse_args()
    truth_path = CORPUS / args.split / "truth.json"
    if not truth_path.is_file():
        print(f"no corpus at {truth_path}: run scripts/make_field_corpus.py first")
        return 1
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    LocalProvider({}).warm_up()
    load = os.getloadavg()[0]
    print(f"engine warm-up {time.perf_counter() - started:.2f} s; load average {load:.1f} on {os.cpu_count()} CPUs")
    header = f"{'type':18} {'docs':>4} {'mean s':>7} {'p95 s':>7} {'cpu s':>6} {'geometry':>9} {'OCR':>6} {'rest':>6}"
    print(f"{header}  target")
    for name in args.types:
        doc_type = DocType(name)
        files = sorted(key for key, entry in truth.items() if entry["doc_type"] == name)[: args.per_type]
        totals: list[float] = []
        cpu: list[float] = []
        geometry: list[float] = []
        ocr: list[float] = []
        for key in files:
            rgb = load_image(CORPUS / args.split / key).rgb_array()
            read_document(rgb, doc_type, read_lines)  # first run of this size primes onnxruntime's shapes
            for _ in range(args.reps):
                spent: list[float] = []

                def timed(image: np.ndarray, spent: list[float] = spent) -> list[TextLine]:
                    begin = time.perf_counter()
                    lines = read_lines(image)
                    spent.append(time.perf_counter() - begin)
                    return lines

                begin = time.perf_counter()
                rectify(rgb, kind_for(doc_type))
                geometry.append(time.perf_counter() - begin)
                begin, begin_cpu = time.perf_counter(), time.process_time()
                read_document(rgb, doc_type, timed)
                totals.append(time.perf_counter() - begin)
                cpu.append(time.process_time() - begin_cpu)
                ocr.append(sum(spent))
        if not totals:
            print(f"{name:18} no documents")
            continue
        mean, p95 = statistics.fmean(totals), sorted(totals)[max(0, round(0.95 * len(totals)) - 1)]
        rest = mean - statistics.fmean(geometry) - statistics.fmean(ocr)
        target = TARGETS.get(doc_type, None if doc_type in PAGE_TYPES else 1.0)
        verdict = "-" if target is None else f"≤ {target:.1f} s {'ok' if mean <= target else 'MISSED'}"
        print(
            f"{name:18} {len(files):>4} {mean:>7.2f} {p95:>7.2f} {statistics.fmean(cpu):>6.2f}"
            f" {statistics.fmean(geometry):>9.3f}"
            f" {statistics.fmean(ocr):>6.2f} {rest:>6.3f}  {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
