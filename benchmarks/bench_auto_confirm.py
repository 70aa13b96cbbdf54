"""Auto-confirm on clean ID cards (issue 15): how many of N rendered, clean ID card fronts read by the
local engine confirm themselves by rule, how many the sampling rate sends to an operator, how many the
rules keep for a look (and why), and the operator keystrokes the batch needs (0 for a card that
confirmed itself; Ctrl+Enter for a sampled or kept card that is right, plus Enter per wrong field
and its typing). Every auto-confirmed card is checked against the rendered truth: a wrong value that
confirmed itself is the figure to watch (it is what auto-confirm risks). Then the per-field accuracy
of the engine against the truth, as `ocrdesk stats` prints it.

The cards are flat renders (tests/docgen, split dev; no capture effects) on a light scanner bed:
"clean" documents. Timing
is not the point here; on a shared machine the run takes ~1-3 s per card.

Run: .venv/bin/python benchmarks/bench_auto_confirm.py [--cards 100] [--threshold 95] [--sample 5] [--seed 15]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before anything imports onnxruntime

from PIL import Image  # noqa: E402

from ocrdesk.doctypes import DocType  # noqa: E402
from ocrdesk.imaging import load_image  # noqa: E402
from ocrdesk.model import DocStatus, Document, ReviewMethod  # noqa: E402
from ocrdesk.providers.local import LocalProvider  # noqa: E402
from ocrdesk.recognition import recognize_image  # noqa: E402
from ocrdesk.validation import validate_document  # noqa: E402
from ocrdesk.verification.auto_confirm import AutoConfirmRule, decide  # noqa: E402
from ocrdesk.verification.compare import comparable  # noqa: E402
from ocrdesk.verification.records import confirm  # noqa: E402
from ocrdesk.verification.stats import collect, report  # noqa: E402
from tests.docgen.base import variant_for  # noqa: E402
from tests.docgen.idcard import idcard_front  # noqa: E402


def render(count: int, seed: int, folder: Path) -> list[tuple[Path, dict[str, str]]]:
    rng = random.Random(seed)
    variant = variant_for("dev")
    cards = []
    for index in range(count):
        rendered = idcard_front(rng, variant)
        # on a scanner's light bed with a margin: a card that fills the picture is "cut off" (a warning)
        width, height = rendered.image.size
        flat = Image.new("RGB", (width * 13 // 10, height * 13 // 10), (250, 250, 250))
        card = rendered.image
        flat.paste(card, (width * 15 // 100, height * 15 // 100), card.getchannel("A") if card.mode == "RGBA" else None)
        path = folder / f"{index:03d}.png"
        flat.save(path)
        cards.append((path, rendered.fields))
    return cards


def wrong_fields(document: Document, truth: dict[str, str]) -> list[str]:
    values = {item.key: item.value or "" for item in document.fields}
    return [key for key, value in truth.items() if comparable(values.get(key)) != comparable(value)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=100)
    parser.add_argument("--threshold", type=int, default=95, help="lowest confidence in percent (default 95)")
    parser.add_argument("--sample", type=int, default=5, help="sampling rate in percent (default 5)")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    rule = AutoConfirmRule(enabled=True, threshold=args.threshold / 100, sample_rate=args.sample / 100)
    provider = LocalProvider({})
    started = time.perf_counter()
    provider.warm_up()
    print(f"engine warm-up {time.perf_counter() - started:.1f} s; load average {os.getloadavg()[0]:.1f}")
    outcome: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    keys = 0
    typed = 0
    wrong_auto: list[str] = []
    truths: list[Document] = []
    with tempfile.TemporaryDirectory(prefix="ocrdesk-bench-auto-") as temp:
        cards = render(args.cards, args.seed, Path(temp))
        started = time.perf_counter()
        for path, truth in cards:
            document, _ = recognize_image(provider, load_image(path), DocType.IDCARD_FRONT)
            wrong = wrong_fields(document, truth) if document.status == DocStatus.OK else list(truth)
            decision = decide(document, validate_document(document), rule)
            if decision.confirms:
                outcome["auto-confirmed"] += 1
                if wrong:
                    wrong_auto.append(f"{path.name}: {', '.join(wrong)}")
            else:
                outcome["sampled" if decision.sampled else "kept for a look"] += 1
                reasons.update(decision.reasons)
                # the operator: Enter per corrected field (and its typing), Ctrl+Enter to confirm
                keys += 1 + len(wrong)
                typed += sum(len(truth[key]) for key in wrong)
            # the truth as the confirmed values, for the per-field statistics
            for item in document.fields:
                if item.key in truth:
                    item.value = truth[item.key]
            confirm(document, ReviewMethod.AUTO if decision.confirms else ReviewMethod.OPERATOR)
            truths.append(document)
        elapsed = time.perf_counter() - started
    print(f"{args.cards} clean ID card fronts read in {elapsed:.0f} s ({elapsed / max(1, args.cards):.2f} s each)")
    print(f"rule: every field valid, confidence >= {args.threshold} %, no warning; sampling {args.sample} %")
    for name in ("auto-confirmed", "sampled", "kept for a look"):
        print(f"  {name:<16} {outcome[name]:>4}")
    for reason, count in reasons.most_common():
        print(f"    because {reason}: {count}")
    print(f"operator keystrokes for the batch: {keys} (+ {typed} typed characters); auto-confirmed cards: 0")
    print(f"auto-confirmed with a wrong value: {len(wrong_auto)}")
    for line in wrong_auto:
        print(f"    {line}")
    print()
    print(report(collect(truths)), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
