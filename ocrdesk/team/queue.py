"""Adding documents to the team queue, counting it, and handing recognition jobs to workers as leases.

A job is a document row in state `recognizing` with the worker's name and a lease end (`worker_until`); the
worker renews it while it works. A worker that dies stops renewing, and once the lease has run out the row
counts as queued again: the next worker takes it over (FOR UPDATE SKIP LOCKED, so two never take one row).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ocrdesk.imaging import SourceImage, decode_image
from ocrdesk.inputs import PageRef, is_pdf_path, render_pdf_page
from ocrdesk.model import DocStatus, Document
from ocrdesk.team import STATES

Connection = psycopg.Connection[tuple[Any, ...]]

JOBS_CHANNEL = "ocrdesk_jobs"  # LISTEN/NOTIFY: new documents were queued

# A lease that ran out counts as the state before it: the worker or operator is gone.
EFFECTIVE_STATE = """CASE
    WHEN state = 'recognizing' AND worker_until < now() THEN 'queued'
    WHEN state = 'in_review' AND claim_until < now() THEN 'ready'
    ELSE state END"""


@dataclass(frozen=True)
class Added:
    id: int
    source: str
    page: int | None

    @property
    def label(self) -> str:
        return self.source if self.page is None else f"{self.source} (page {self.page})"


@dataclass(frozen=True)
class Job:
    id: int
    source: str
    page: int | None
    image_sha256: str
    image_name: str
    provider: str
    doc_type: str


def add_pages(connection: Connection, pages: Sequence[PageRef], provider: str, doc_type: str) -> list[Added]:
    """Queue every page in one transaction (all or nothing); each file's bytes are stored once, by hash."""
    added: list[Added] = []
    stored: dict[Path, str] = {}
    with connection.transaction(), connection.cursor() as cursor:
        for ref in pages:
            digest = stored.get(ref.path)
            if digest is None:
                data = ref.path.read_bytes()
                digest = hashlib.sha256(data).hexdigest()
                cursor.execute(
                    "INSERT INTO images (sha256, name, data) VALUES (%s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                    (digest, ref.path.name, data),
                )
                stored[ref.path] = digest
            cursor.execute(
                "INSERT INTO documents (source, page, image_sha256, provider, doc_type) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (str(ref.path), ref.page, digest, provider, doc_type),
            )
            row = cursor.fetchone()
            assert row is not None
            added.append(Added(int(row[0]), str(ref.path), ref.page))
        cursor.execute(f"NOTIFY {JOBS_CHANNEL}")  # idle workers wake at once (sent when this commits)
    return added


def status_counts(connection: Connection) -> dict[str, int]:
    """Documents per state, every state present (0 when none)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {EFFECTIVE_STATE} AS shown, count(*) FROM documents GROUP BY shown")
        found = {str(state): int(count) for state, count in cursor.fetchall()}
    connection.commit()
    return {state: found.get(state, 0) for state in STATES}


def take_job(connection: Connection, worker: str, lease_seconds: float) -> Job | None:
    """Lease the oldest queued document (or one whose worker's lease ran out) to `worker`; None when none."""
    with connection.transaction(), connection.cursor() as cursor:
        cursor.execute(
            """
            WITH next AS (
                SELECT id FROM documents
                WHERE state IN ('queued', 'recognizing') AND (state = 'queued' OR worker_until < now())
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            UPDATE documents d
            SET state = 'recognizing', worker = %s, worker_until = now() + make_interval(secs => %s),
                attempts = d.attempts + 1
            FROM next, images i
            WHERE d.id = next.id AND i.sha256 = d.image_sha256
            RETURNING d.id, d.source, d.page, d.image_sha256, i.name, d.provider, d.doc_type
            """,
            (worker, lease_seconds),
        )
        row = cursor.fetchone()
    if row is None:
        return None
    return Job(int(row[0]), str(row[1]), row[2], str(row[3]), str(row[4]), str(row[5]), str(row[6]))


def renew_jobs(connection: Connection, ids: Iterable[int], worker: str, lease_seconds: float) -> None:
    with connection.transaction():
        connection.execute(
            "UPDATE documents SET worker_until = now() + make_interval(secs => %s) "
            "WHERE id = ANY(%s) AND state = 'recognizing' AND worker = %s",
            (lease_seconds, list(ids), worker),
        )


def hand_back_jobs(connection: Connection, ids: Iterable[int], worker: str) -> None:
    """Jobs `worker` will not finish (it is stopping) go back to the queue at once."""
    with connection.transaction():
        connection.execute(
            "UPDATE documents SET state = 'queued', worker = NULL, worker_until = NULL "
            "WHERE id = ANY(%s) AND state = 'recognizing' AND worker = %s",
            (list(ids), worker),
        )


def store_result(connection: Connection, job: Job, document: Document, worker: str) -> bool:
    """Store the job's result unless one is there already (a retried or taken-over job); True if this one was
    stored. The document becomes ready (error when the stored result is a failure)."""
    payload = document.to_dict()
    with connection.transaction(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO results (document_id, provider, document, worker) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (document_id, provider) DO NOTHING RETURNING document_id",
            (job.id, job.provider, Jsonb(payload), worker),
        )
        stored = cursor.fetchone() is not None
        cursor.execute(
            """
            UPDATE documents d
            SET state = CASE WHEN r.document ->> 'status' = %s THEN 'error' ELSE 'ready' END,
                worker = NULL, worker_until = NULL
            FROM results r
            WHERE d.id = %s AND d.state = 'recognizing' AND r.document_id = d.id AND r.provider = d.provider
            """,
            (DocStatus.ERROR.value, job.id),
        )
    return stored


def load_job_image(connection: Connection, job: Job, dpi: int = 200) -> SourceImage:
    """The job's page decoded from the stored file (ImageLoadError when it cannot be)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT data FROM images WHERE sha256 = %s", (job.image_sha256,))
        row = cursor.fetchone()
    connection.commit()
    if row is None:
        raise LookupError(f"image {job.image_sha256} of document {job.id} is missing")
    data = bytes(row[0])
    if not is_pdf_path(Path(job.image_name)):
        return decode_image(data, job.source, name=job.image_name, page=job.page)
    with tempfile.TemporaryDirectory(prefix="ocrdesk-team-") as folder:
        path = Path(folder) / job.image_name
        path.write_bytes(data)
        image = render_pdf_page(path, job.page or 1, dpi)
    image.source = job.source
    return image
