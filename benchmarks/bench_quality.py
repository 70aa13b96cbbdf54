"""The local engine's quality warnings measured on rendered photographs (benchmarks/corpus/fields).

Prints, per capture condition of the corpus, the measures ocrdesk.providers.local.quality takes
(sharpness, burnt-out share, the card's share of the picture, sides along the border) and how many
pictures get each warning with the current thresholds; then the same for pictures made from the
corpus cards to show each fault on purpose:
  * cut: the picture cropped through the card (a quarter of it outside the frame);
  * small: the picture shrunk to a third and set in a frame of its own background colour;
  * two: the picture beside itself (two cards).
The thresholds in quality.py were chosen from these figures: blurred is the corpus's `blur`
condition; glare its `glare` condition; the others the made-up sets; every other picture should
stay quiet. Figures vary a little with OpenCV's version; the corpus is fixed.

Run: .venv/bin/python benchmarks/bench_quality.py [--split dev|holdout|all] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ocrdesk.doctypes import DocType  # noqa: E402
from ocrdesk.extraction.quad import find_document  # noqa: E402
from ocrdesk.imaging import load_image  # noqa: E402
from ocrdesk.providers.local import quality  # noqa: E402

CARDS = {"idcard_front", "idcard_back", "bank_card", "driver_license", "vehicle_license"}


def _cut(rgb: np.ndarray, doc_type: DocType) -> np.ndarray | None:
    kind = quality.KINDS.get(doc_type)
    corners = find_document(rgb, kind.aspect if kind else None)
    if corners is None:
        return None
    left, right = corners[:, 0].min(), corners[:, 0].max()
    keep = int(right - (right - left) * 0.25)
    return rgb[:, :keep].copy()


def _small(rgb: np.ndarray) -> np.ndarray:
    import cv2

    height, width = rgb.shape[:2]
    shrunk = cv2.resize(rgb, (width // 3, height // 3), interpolation=cv2.INTER_AREA)
    canvas = np.empty_like(rgb)
    canvas[:] = np.median(rgb.reshape(-1, 3), axis=0).astype(np.uint8)
    top, left = height // 3, width // 3
    canvas[top : top + shrunk.shape[0], left : left + shrunk.shape[1]] = shrunk
    return canvas


def _two(rgb: np.ndarray) -> np.ndarray:
    return np.concatenate([rgb, rgb], axis=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="all")
    parser.add_argument("--limit", type=int, default=0, help="at most N pictures per split (0: all)")
    args = parser.parse_args()
    splits = ("dev", "holdout") if args.split == "all" else (args.split,)
    rows: dict[str, list[quality.Measures]] = defaultdict(list)
    flagged: dict[str, Counter[str]] = defaultdict(Counter)
    timings: list[float] = []
    for split in splits:
        folder = ROOT / "benchmarks" / "corpus" / "fields" / split
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        items = sorted(truth.items())[: args.limit or None]
        for name, entry in items:
            doc_type = DocType(entry["doc_type"])
            rgb = load_image(folder / name).rgb_array()
            sets = [(entry["condition"], rgb)]
            if entry["doc_type"] in CARDS and entry["condition"] in ("scan", "perspective", "skew", "jpeg25"):
                cut = _cut(rgb, doc_type)
                sets += [("made:small", _small(rgb)), ("made:two", _two(rgb))]
                sets += [("made:cut", cut)] if cut is not None else []
            for label, picture in sets:
                started = time.perf_counter()
                measures = quality.measure(picture, doc_type)
                timings.append(time.perf_counter() - started)
                rows[label].append(measures)
                flagged[label]["pictures"] += 1
                for warning in quality.assess(measures, doc_type):
                    flagged[label][warning.code] += 1

    print("condition      n  sharpness(min/med/max)  washed-out(med/max)  card share(min/med)  on border  no outline")
    for label in sorted(rows):
        values = rows[label]
        sharp = [m.sharpness for m in values]
        glare = [m.glare for m in values]
        shares = [m.area_share for m in values if m.area_share is not None]
        border = sum(1 for m in values if 1 <= m.border_sides <= 3)
        missing = sum(1 for m in values if not m.found)
        share_text = f"{min(shares):.2f}/{statistics.median(shares):.2f}" if shares else "  -  "
        print(
            f"{label:12s} {len(values):3d}  {min(sharp):7.0f}/{statistics.median(sharp):6.0f}/{max(sharp):6.0f}"
            f"      {statistics.median(glare):.3f}/{max(glare):.3f}        {share_text:>11s}"
            f"      {border:5d}  {missing:9d}"
        )
    print()
    codes = ("blurred", "glare", "too_small", "border_incomplete", "multiple_cards")
    print(f"warnings given   {'  '.join(f'{c:>17s}' for c in codes)}")
    for label in sorted(flagged):
        counts = flagged[label]
        total = counts["pictures"]
        print(f"{label:12s} {total:3d} " + "  ".join(f"{counts[c]:>17d}" for c in codes))
    print()
    print(
        f"thresholds: blurred < {quality.BLUR_BELOW:g}, glare > {quality.GLARE_ABOVE:g}, "
        f"too small < {quality.TOO_SMALL_BELOW:g}, second card {quality.SECOND_CARD_SIZE} of the first"
    )
    timings.sort()
    median, p95 = statistics.median(timings), timings[int(len(timings) * 0.95)]
    print(f"time per picture: median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms (a shared machine: noisy)")


if __name__ == "__main__":
    main()
