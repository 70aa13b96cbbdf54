"""Generate the field-extraction corpus: rendered documents with ground truth, under capture conditions.

Run: .venv/bin/python scripts/make_field_corpus.py --split dev --per-type 12 [--seed S] [--types T ...]
Writes benchmarks/corpus/fields/<split>/<doc_type>/<index>_<condition>.jpg and merges their truth
into benchmarks/corpus/fields/<split>/truth.json (entries of other types are kept, so types can be
added one at a time). Output is deterministic for a (split, seed, per-type) triple: each document's
random generator is seeded from (seed, split, doc_type, index) alone. The committed corpus was made
with the default seeds below; the holdout split also uses other vocabularies, jitter and clutter
(tests/docgen) so it measures generalisation, never tuning.

Truth values are what an operator would type from the document: dates as printed (出生 "1990年3月15日",
有效期限 "2015.03.12-2035.03.12" or "2015.03.12-长期", bank card "MM/YY"), numbers without the
spaces printed between their groups, multi-line values joined without line breaks; licence dates
"2015-03-12", business-licence and invoice dates "2015年03月12日", invoice amounts without "¥".
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.docgen import DEFAULT_SEEDS, RENDERERS, document_rng, variant_for  # noqa: E402
from tests.docgen.capture import CONDITIONS, capture  # noqa: E402

CORPUS = ROOT / "benchmarks" / "corpus" / "fields"


def conditions_for(doc_type: str, split: str, seed: int, count: int) -> list[str]:
    """Every condition once per round of 12, in a seeded order, so each type covers all conditions."""
    rng = random.Random(f"{seed}:{split}:{doc_type}:conditions")
    order: list[str] = []
    while len(order) < count:
        round_ = list(CONDITIONS)
        rng.shuffle(round_)
        order.extend(round_)
    return order[:count]


def generate(
    split: str, seed: int, per_type: int, types: list[str], out: Path = CORPUS
) -> dict[str, dict[str, object]]:
    """Render, capture and write the images of `types`; return their truth entries."""
    variant = variant_for(split)
    entries: dict[str, dict[str, object]] = {}
    for doc_type in types:
        folder = out / split / doc_type
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.jpg"):
            stale.unlink()
        for index, condition in enumerate(conditions_for(doc_type, split, seed, per_type)):
            rng = document_rng(seed, split, doc_type, index)
            rendered = RENDERERS[doc_type](rng, variant)
            captured = capture(rendered, condition, rng, split)
            name = f"{doc_type}/{index:03d}_{condition}.jpg"
            (out / split / name).write_bytes(captured.encode())
            entries[name] = {"doc_type": doc_type, "condition": condition, "fields": rendered.fields}
    return entries


def write_truth(split: str, entries: dict[str, dict[str, object]], types: list[str], out: Path = CORPUS) -> Path:
    path = out / split / "truth.json"
    truth: dict[str, dict[str, object]] = json.loads(path.read_text("utf-8")) if path.exists() else {}
    truth = {name: entry for name, entry in truth.items() if entry["doc_type"] not in types}
    truth.update(entries)
    ordered = dict(sorted(truth.items(), key=lambda item: (list(RENDERERS).index(str(item[1]["doc_type"])), item[0])))
    path.write_text(json.dumps(ordered, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "holdout"), required=True)
    parser.add_argument("--per-type", type=int, default=12)
    parser.add_argument("--seed", type=int, help="default: a fixed seed per split")
    parser.add_argument("--types", nargs="+", choices=list(RENDERERS), default=list(RENDERERS))
    parser.add_argument("--out", type=Path, default=CORPUS, help="corpus root (default: the committed one)")
    args = parser.parse_args(argv)
    seed = DEFAULT_SEEDS[args.split] if args.seed is None else args.seed
    entries = generate(args.split, seed, args.per_type, args.types, args.out)
    path = write_truth(args.split, entries, args.types, args.out)
    size = sum(f.stat().st_size for f in (args.out / args.split).rglob("*.jpg"))
    print(f"{len(entries)} documents written; {path} ({size / 1e6:.1f} MB of images in {args.split})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
