"""`ocrdesk stats EXPORT…`: accuracy per provider, document type and field (INTERFACE.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ocrdesk.cli.console import print_error, write_stdout
from ocrdesk.model import Document
from ocrdesk.verification.stats import collect, load_documents, report

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    stats = commands.add_parser(
        "stats",
        prog="ocrdesk stats",
        parents=[common],
        help="accuracy per field: machine values against confirmed ones, from JSON exports and sessions",
        description=(
            "Print, per provider, document type and field, how often the machine's value was kept and how "
            "often an operator changed it; per second engine how often it was right; per document type how "
            "documents were confirmed, the mean review time and the auto-confirmed documents changed later. "
            "Only confirmed (reviewed) documents count."
        ),
    )
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    stats.add_argument("files", nargs="+", metavar="EXPORT", help="a JSON export or a saved session file")


def run_stats(files: list[str], as_json: bool) -> int:
    documents: list[Document] = []
    failed = False
    for name in files:
        try:
            documents += load_documents(Path(name))
        except ValueError as exc:
            print_error(str(exc))
            failed = True
    statistics = collect(documents)
    if as_json:
        write_stdout(json.dumps(statistics.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(report(statistics))
    return EXIT_FAILED if failed else EXIT_OK
