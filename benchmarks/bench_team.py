"""Team queue figures on a private PostgreSQL (fsync on) and a fake cloud vendor on 127.0.0.1.

1. Throughput: 1 worker process against 3, each `--concurrency C`, the vendor answering after LATENCY
   seconds (the real Tencent Cloud provider code: signing, HTTP). Workers are started and idle first; the
   clock runs from the commit of `team add`'s transaction to the last document ready. Target: 3 workers
   ≥ 2.5× the documents per second of 1.
2. Claim and submit latency with QUEUED documents waiting for recognition, READY waiting for review and
   REVIEWED already done (history), through ocrdesk.team.review (one connection, as an operator's window):
   median, p95 and max of REPS claims and submits, then the same after dropping the partial queue indexes
   (what the index buys). Target: ≤ 20 ms each. Also the table and index sizes per document.

Run: .venv/bin/python benchmarks/bench_team.py [--latency 0.3] [--concurrency 2] [--per-worker 40]
     [--queued 100000] [--ready 2000] [--reviewed 50000] [--reps 200]
A shared machine makes every figure noisy: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg
from psycopg.types.json import Jsonb

from ocrdesk.inputs import PageRef
from ocrdesk.model import Document, Field
from ocrdesk.team.db import connect
from ocrdesk.team.migrate import upgrade
from ocrdesk.team.queue import add_pages
from ocrdesk.team.review import claim_next, submit
from tests.postgres_server import PostgresServer
from tests.unit.team.helpers import PROVIDER, make_images, start_worker, vendor, worker_env


def new_database(server: PostgresServer, name: str) -> str:
    with psycopg.connect(server.url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    url = server.url.rsplit("/", 1)[0] + f"/{name}"
    upgrade(url)
    return url


def throughput(server: PostgresServer, workers: int, args: argparse.Namespace, home: Path) -> float:
    url = new_database(server, f"throughput_{workers}")
    count = workers * args.per_worker
    pages = [PageRef(path) for path in make_images(home / f"in{workers}", count)]
    with vendor(latency=args.latency) as fake:
        env = worker_env(fake, home)
        processes = [start_worker(url, env, "--concurrency", str(args.concurrency)) for _ in range(workers)]
        with connect(url) as connection:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # every worker connected and listening
                listening = connection.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN%%'"
                ).fetchone()
                connection.commit()
                if listening and listening[0] >= workers * args.concurrency:
                    break
                time.sleep(0.1)
            start = time.perf_counter()
            add_pages(connection, pages, PROVIDER, "general")
            while True:
                row = connection.execute("SELECT count(*) FROM documents WHERE state = 'ready'").fetchone()
                connection.commit()
                if row and row[0] == count:
                    break
                time.sleep(0.02)
            elapsed = time.perf_counter() - start
        for process in processes:
            process.terminate()
        for process in processes:
            process.communicate(timeout=60)
    rate = count / elapsed
    print(f"  {workers} worker(s) × {args.concurrency}: {count} documents in {elapsed:.2f} s = {rate:.2f} documents/s")
    return rate


def fill(url: str, args: argparse.Namespace) -> None:
    """Many documents at once in SQL (one stored image; results as the worker stores them)."""
    machine = Document(
        source="scan.png",
        provider=PROVIDER,
        fields=[Field(f"line_{n}", f"Line {n}", f"text of line {n} 0123456789", confidence=0.9) for n in range(1, 9)],
    ).to_dict()
    with connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("INSERT INTO images (sha256, name, data) VALUES ('bench', 'scan.png', %s)", (b"x" * 200_000,))
        for state, count in (("reviewed", args.reviewed), ("ready", args.ready), ("queued", args.queued)):
            cursor.execute(
                "INSERT INTO documents (source, image_sha256, provider, doc_type, state, reviewed_by, reviewed_at, "
                "reviewed) SELECT 'scan_' || n || '.png', 'bench', %s, 'general', %s, "
                "CASE WHEN %s = 'reviewed' THEN 'operator' END, CASE WHEN %s = 'reviewed' THEN now() END, "
                "CASE WHEN %s = 'reviewed' THEN %s END FROM generate_series(1, %s) n",
                (PROVIDER, state, state, state, state, Jsonb(machine), count),
            )
        cursor.execute(
            "INSERT INTO results (document_id, provider, document, worker) "
            "SELECT id, provider, %s, 'bench' FROM documents WHERE state IN ('ready', 'reviewed')",
            (Jsonb(machine),),
        )
        cursor.execute(
            "INSERT INTO audit (document_id, field_key, machine_value, submitted_value, operator) "
            "SELECT d.id, 'line_' || n, 'text', 'text', 'operator' FROM documents d, generate_series(1, 8) n "
            "WHERE d.state = 'reviewed'"
        )
        connection.commit()
        connection.autocommit = True
        connection.execute("VACUUM ANALYZE")


def timed_review(url: str, reps: int) -> tuple[list[float], list[float]]:
    claims: list[float] = []
    submits: list[float] = []
    with connect(url) as connection:
        for rep in range(reps):
            start = time.perf_counter()
            claimed = claim_next(connection, f"operator-{rep % 50}", 300)
            claims.append(time.perf_counter() - start)
            assert claimed is not None, "ran out of ready documents: raise --ready"
            document = claimed.document
            document.fields[0].value = "changed by the operator"
            start = time.perf_counter()
            submit(connection, claimed.id, f"operator-{rep % 50}", document)
            submits.append(time.perf_counter() - start)
    return claims, submits


def summary(name: str, seconds: list[float]) -> str:
    ms = sorted(1000 * s for s in seconds)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return f"{name} median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms"


def sizes(url: str) -> None:
    with connect(url) as connection:
        rows = connection.execute(
            "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
            "WHERE c.relname IN ('documents', 'results', 'audit', 'images', 'documents_work', 'documents_review', "
            "'documents_state', 'documents_pkey') ORDER BY 1"
        ).fetchall()
        [(documents,)] = connection.execute("SELECT count(*) FROM documents").fetchall()
    for name, size in rows:
        print(f"  {name:<18} {size / 1e6:8.1f} MB  ({size / documents:7.0f} bytes per document)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--per-worker", type=int, default=40)
    parser.add_argument("--queued", type=int, default=100_000)
    parser.add_argument("--ready", type=int, default=2_000)
    parser.add_argument("--reviewed", type=int, default=50_000)
    parser.add_argument("--reps", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; PostgreSQL with fsync on")
    server = PostgresServer(fsync=True)
    server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="ocrdesk-bench-team-") as home:
            print(f"throughput, vendor latency {args.latency * 1000:.0f} ms:")
            one = throughput(server, 1, args, Path(home))
            three = throughput(server, 3, args, Path(home))
            print(f"  speed-up 3 vs 1: {three / one:.2f}×  (target ≥ 2.5×)")

        url = new_database(server, "latency")
        start = time.perf_counter()
        fill(url, args)
        print(
            f"claim + submit with {args.queued} queued, {args.ready} ready, {args.reviewed} reviewed documents "
            f"(filled in {time.perf_counter() - start:.1f} s):"
        )
        claims, submits = timed_review(url, args.reps)
        print("  " + summary("claim ", claims) + "  (target ≤ 20 ms)")
        print("  " + summary("submit", submits) + "  (target ≤ 20 ms)")
        sizes(url)
        with connect(url) as connection:
            connection.execute("DROP INDEX documents_review; DROP INDEX documents_work; DROP INDEX documents_state")
            connection.commit()
        claims, submits = timed_review(url, max(10, args.reps // 10))
        print("  without the partial queue indexes:")
        print("  " + summary("claim ", claims))
        print("  " + summary("submit", submits))
    finally:
        server.remove()
    print(f"load average {os.getloadavg()[0]:.1f} afterwards")


if __name__ == "__main__":
    main()
