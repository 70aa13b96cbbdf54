"""Field accuracy of the offline provider on the rendered corpus (benchmarks/corpus/fields).

Each image is loaded with ocrdesk.imaging (EXIF orientation applied, as the app does) and recognised
by the `local` provider for the document's type, the path the CLI and window take (recognize_image).
Values are compared with truth.json by exact match after trivial normalisation only (NFKC full-width →
half-width, whitespace removed; see tests/docgen/scoring.py). Prints, per split: fields right / total and
documents fully right (every printed field right and no value invented for a field that is not printed)
per type, per field and per capture condition, overall, and per-document warm time (mean, p95).
A type the provider does not offer yet scores 0 and is marked "unsupported type".

The holdout split is for measuring only: never tune extraction on it (--show-errors refuses it).

Run: .venv/bin/python benchmarks/bench_fields.py [--split dev|holdout|all] [--types T ...] [--limit N]
                                                  [--auto] [--json FILE|-] [--show-errors]
Targets (issue 9): >= 0.97 of fields overall, >= 0.95 for every type, >= 0.85 of documents fully right;
a card <= 1.0 s warm, a business-licence page <= 2.0 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # before anything imports onnxruntime

from ocrdesk.doctypes import DocType  # noqa: E402
from ocrdesk.imaging import load_image  # noqa: E402
from ocrdesk.providers.base import Provider  # noqa: E402
from ocrdesk.providers.factory import build_provider  # noqa: E402
from ocrdesk.recognition import recognize_image  # noqa: E402
from tests.docgen.capture import CONDITIONS  # noqa: E402
from tests.docgen.scoring import DocumentScore, Tally, score_document, tally_by  # noqa: E402

CORPUS = ROOT / "benchmarks" / "corpus" / "fields"
TYPE_ORDER = (
    "idcard_front",
    "idcard_back",
    "bank_card",
    "business_license",
    "driver_license",
    "vehicle_license",
    "vat_invoice",
)


def auto_doc_type() -> DocType | None:
    """The 'detect automatically' type when this build has one."""
    try:
        return DocType("auto")
    except ValueError:
        return None


def load_truth(split: str, types: Sequence[str] | None, limit: int | None) -> dict[str, dict[str, Any]]:
    path = CORPUS / split / "truth.json"
    if not path.exists():
        return {}
    truth: dict[str, dict[str, Any]] = json.loads(path.read_text("utf-8"))
    chosen: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    for name, entry in truth.items():
        doc_type = entry["doc_type"]
        if types and doc_type not in types:
            continue
        if limit is not None and counts.get(doc_type, 0) >= limit:
            continue
        counts[doc_type] = counts.get(doc_type, 0) + 1
        chosen[name] = entry
    return chosen


def run_split(
    provider: Provider, split: str, truth: dict[str, dict[str, Any]], auto: bool
) -> tuple[list[DocumentScore], dict[str, dict[str, str]]]:
    """Recognise every document of one split; return scores and what was read (for --show-errors)."""
    scores: list[DocumentScore] = []
    read: dict[str, dict[str, str]] = {}
    auto_type = auto_doc_type()
    for name, entry in truth.items():
        doc_type = auto_type if auto else DocType(entry["doc_type"])
        if doc_type is None or not provider.supports(doc_type):
            scores.append(score_document(name, entry, None, "unsupported type"))
            continue
        started = time.perf_counter()
        image = load_image(CORPUS / split / name)
        document, _ = recognize_image(provider, image, doc_type)
        seconds = time.perf_counter() - started
        if document.error is not None:
            scores.append(score_document(name, entry, None, f"error: {document.error.code}"))
            continue
        values = {f.key: f.value or "" for f in document.fields}
        read[name] = values
        score = score_document(name, entry, values)
        score.seconds = seconds
        score.detected = document.doc_type if auto else None
        scores.append(score)
    return scores, read


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


HEADER = ("", "fields", "rate", "docs fully right", "rate", "spurious", "mean s", "p95 s", "")


def _cells(label: str, tally: Tally) -> list[str]:
    cells = [label, f"{tally.fields_right}/{tally.fields}", f"{tally.field_rate:.2f}"]
    if tally.documents:
        cells += [f"{tally.documents_right}/{tally.documents}", f"{tally.document_rate:.2f}", str(tally.spurious)]
    else:
        cells += ["", "", ""]
    if tally.times:
        cells += [f"{statistics.fmean(tally.times):.2f}", f"{_p95(tally.times):.2f}"]
    else:
        cells += ["", ""]
    cells.append("unsupported type" if tally.unsupported and tally.unsupported == tally.documents else "")
    return cells


def format_table(heading: str, rows: list[list[str]]) -> str:
    """Plain aligned columns: the label left-aligned, figures right-aligned."""
    table = [[heading, *HEADER[1:]], *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    lines = []
    for row in table:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(widths[i]) for i, cell in enumerate(row[1:-1], 1)]
        lines.append(("  ".join(cells) + "  " + row[-1]).rstrip())
    return "\n".join(lines)


def print_tables(title: str, scores: list[DocumentScore]) -> None:
    print(f"\n== {title}: {len(scores)} documents ==")
    for group in ("type", "field", "condition"):
        tallies = tally_by(scores, group)
        if group == "type":
            tallies = dict(
                sorted(tallies.items(), key=lambda kv: TYPE_ORDER.index(kv[0]) if kv[0] in TYPE_ORDER else 99)
            )
            tallies["overall"] = tally_by(scores, "overall").get("overall", Tally())
        elif group == "condition":
            tallies = dict(sorted(tallies.items(), key=lambda kv: CONDITIONS.index(kv[0])))
        print()
        print(format_table(group, [_cells(label, tally) for label, tally in tallies.items()]))
    detected = [s for s in scores if s.detected is not None]
    if detected:
        right = sum(s.detected == s.doc_type for s in detected)
        print(f"\ntype detected right: {right}/{len(detected)}")


def as_json(scores: list[DocumentScore]) -> dict[str, Any]:
    def tally_json(tally: Tally) -> dict[str, Any]:
        out: dict[str, Any] = {
            "fields_right": tally.fields_right,
            "fields": tally.fields,
            "field_rate": round(tally.field_rate, 4),
        }
        if tally.documents:
            out |= {
                "documents_right": tally.documents_right,
                "documents": tally.documents,
                "document_rate": round(tally.document_rate, 4),
                "unsupported": tally.unsupported,
                "spurious": tally.spurious,
            }
        if tally.times:
            out |= {"mean_seconds": round(statistics.fmean(tally.times), 3), "p95_seconds": round(_p95(tally.times), 3)}
        return out

    return {
        "overall": tally_json(tally_by(scores, "overall").get("overall", Tally())),
        **{
            group: {k: tally_json(v) for k, v in tally_by(scores, group).items()}
            for group in ("type", "field", "condition")
        },
        "documents": [
            {"name": s.name, "status": s.status, "right": s.right, "spurious": s.spurious, "detected": s.detected}
            for s in scores
        ],
    }


def show_errors(scores: list[DocumentScore], truth: dict[str, dict[str, Any]], read: dict[str, dict[str, str]]) -> None:
    print("\n== fields wrong (dev) ==")
    for score in scores:
        if score.status != "ok":
            continue
        for key, ok in score.right.items():
            if not ok:
                expected = truth[score.name]["fields"][key]
                print(f"{score.name} {key}: expected {expected!r}, got {read[score.name].get(key)!r}")
        for key in score.spurious:
            print(f"{score.name} {key}: not printed, got {read[score.name][key]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "holdout", "all"), default="dev")
    parser.add_argument("--types", nargs="+", metavar="TYPE", help="only these document types")
    parser.add_argument("--limit", type=int, help="at most N documents per type and split")
    parser.add_argument("--auto", action="store_true", help="also recognise with document type 'auto'")
    parser.add_argument("--json", metavar="FILE", help="write the figures as JSON ('-': to stdout, no tables)")
    parser.add_argument("--show-errors", action="store_true", help="list wrong fields (dev split only)")
    args = parser.parse_args(argv)
    splits = ("dev", "holdout") if args.split == "all" else (args.split,)
    if args.show_errors and "holdout" in splits:
        parser.error("--show-errors is for the dev split only: holdout must not be used for tuning")
    quiet = args.json == "-"
    provider = build_provider("local")
    started = time.perf_counter()
    provider.warm_up()
    if not quiet:
        print(
            f"local provider warm-up: {time.perf_counter() - started:.2f} s; types offered: "
            f"{', '.join(t.value for t in type(provider).doc_types)}"
        )
        # times depend on what else runs: the machine is shared, so say how busy it was
        print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    report: dict[str, Any] = {}
    for split in splits:
        truth = load_truth(split, args.types, args.limit)
        if not truth:
            print(f"no documents in the {split} split", file=sys.stderr)
            continue
        runs = [("typed", False)] + ([("auto", True)] if args.auto else [])
        for mode, auto in runs:
            if auto and auto_doc_type() is None and not quiet:
                print("\n(auto: this build has no 'auto' document type yet; every document counts as unsupported)")
            scores, read = run_split(provider, split, truth, auto)
            report[f"{split}/{mode}"] = as_json(scores)
            if not quiet:
                print_tables(f"{split}, document type {'auto' if auto else 'given'}", scores)
            if args.show_errors and not auto:
                show_errors(scores, truth, read)
    if args.json:
        text = json.dumps(report, ensure_ascii=False, indent=1)
        if quiet:
            print(text)
        else:
            Path(args.json).write_text(text + "\n", "utf-8")
    provider.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
