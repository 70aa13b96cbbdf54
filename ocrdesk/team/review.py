"""Review claims as leases, submissions with their audit, and the documents an export hands over.

A claim is a lease: `holder` and `claim_until` on the document. It runs out when the operator goes idle (the
window renews it while they work) and the document is ready for the next claimer. A submission is accepted
only from the holder while the document is still in review (a lease that ran out but that nobody took is
still theirs); anyone else's changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from psycopg.types.json import Jsonb

from ocrdesk.model import DocStatus, Document, Field
from ocrdesk.team.queue import EFFECTIVE_STATE, Connection


class NotHolder(Exception):
    """The operator does not hold the claim on the document; nothing was changed."""


@dataclass(frozen=True)
class Claimed:
    id: int
    document: Document


@dataclass(frozen=True)
class TeamDocument:
    """A document as exported: the reviewed one when there is one, else the machine's result."""

    id: int
    document: Document
    operator: str | None
    reviewed_at: datetime | None


@dataclass(frozen=True)
class AuditEntry:
    document_id: int
    field_key: str
    machine_value: str | None
    submitted_value: str | None
    operator: str
    at: datetime


def claim_next(connection: Connection, operator: str, lease_seconds: float) -> Claimed | None:
    """Lease the oldest ready document (or one whose claim ran out) to `operator`; None when none is ready."""
    with connection.transaction(), connection.cursor() as cursor:
        cursor.execute(
            """
            WITH next AS (
                SELECT id FROM documents
                WHERE state IN ('ready', 'in_review') AND (state = 'ready' OR claim_until < now())
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            UPDATE documents d
            SET state = 'in_review', holder = %s, claimed_at = now(),
                claim_until = now() + make_interval(secs => %s)
            FROM next, results r
            WHERE d.id = next.id AND r.document_id = d.id AND r.provider = d.provider
            RETURNING d.id, r.document
            """,
            (operator, lease_seconds),
        )
        row = cursor.fetchone()
    if row is None:
        return None
    return Claimed(int(row[0]), Document.from_dict(row[1]))


def renew_claim(connection: Connection, document_id: int, operator: str, lease_seconds: float) -> bool:
    """Extend the operator's claim; False when they no longer hold it."""
    with connection.transaction(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE documents SET claim_until = now() + make_interval(secs => %s) "
            "WHERE id = %s AND state = 'in_review' AND holder = %s",
            (lease_seconds, document_id, operator),
        )
        return cursor.rowcount == 1


def hand_back(connection: Connection, document_id: int, operator: str) -> bool:
    """Give the document back unreviewed (ready for the next claimer); False when `operator` did not hold it."""
    with connection.transaction(), connection.cursor() as cursor:
        cursor.execute(
            "UPDATE documents SET state = 'ready', holder = NULL, claimed_at = NULL, claim_until = NULL "
            "WHERE id = %s AND state = 'in_review' AND holder = %s",
            (document_id, operator),
        )
        return cursor.rowcount == 1


def submit(connection: Connection, document_id: int, operator: str, document: Document) -> datetime:
    """Record the reviewed document and one audit row per field; the review time. NotHolder changes nothing."""
    with connection.transaction(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.state, d.holder, r.document FROM documents d "
            "LEFT JOIN results r ON r.document_id = d.id AND r.provider = d.provider WHERE d.id = %s FOR UPDATE OF d",
            (document_id,),
        )
        row = cursor.fetchone()
        if row is None:
            raise NotHolder(f"there is no document {document_id}")
        state, holder, machine = row
        if state != "in_review" or holder != operator:
            raise NotHolder(_refusal(document_id, operator, str(state), holder))
        document.status = DocStatus.REVIEWED
        cursor.execute(
            "UPDATE documents SET state = 'reviewed', reviewed_by = %s, reviewed_at = now(), reviewed = %s, "
            "claim_until = NULL WHERE id = %s RETURNING reviewed_at",
            (operator, Jsonb(document.to_dict()), document_id),
        )
        done = cursor.fetchone()
        assert done is not None
        machine_fields = [] if machine is None else Document.from_dict(machine).fields
        cursor.executemany(
            "INSERT INTO audit (document_id, field_key, machine_value, submitted_value, operator, at) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [(document_id, key, old, new, operator, done[0]) for key, old, new in _changes(machine_fields, document)],
        )
    return done[0]  # type: ignore[no-any-return]


def _refusal(document_id: int, operator: str, state: str, holder: str | None) -> str:
    if state == "in_review" and holder:
        return f"document {document_id} is held by {holder}, not {operator}: nothing was changed"
    if state == "reviewed":
        return f"document {document_id} was already reviewed: nothing was changed"
    return f"{operator} does not hold a claim on document {document_id} (it is {state}): nothing was changed"


def _value(item: Field) -> str:
    return item.value if item.value is not None else item.ocr_value


def _changes(machine: Sequence[Field], submitted: Document) -> list[tuple[str, str | None, str | None]]:
    """(key, machine value, submitted value) for every field either side has, machine order first."""
    before = {item.key: item.ocr_value for item in machine}
    after = {item.key: _value(item) for item in submitted.fields}
    keys = list(before) + [key for key in after if key not in before]
    return [(key, before.get(key), after.get(key)) for key in keys]


def audit_of(connection: Connection, document_id: int) -> list[AuditEntry]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT document_id, field_key, machine_value, submitted_value, operator, at FROM audit "
            "WHERE document_id = %s ORDER BY id",
            (document_id,),
        )
        rows = cursor.fetchall()
    connection.commit()
    return [AuditEntry(int(r[0]), str(r[1]), r[2], r[3], str(r[4]), r[5]) for r in rows]


def documents_in(connection: Connection, state: str | None) -> list[TeamDocument]:
    """Documents in `state` (all with results when None), in queue order."""
    where = "" if state is None else "WHERE d.shown = %s"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.id, coalesce(d.reviewed, r.document), d.reviewed_by, d.reviewed_at "
            f"FROM (SELECT *, {EFFECTIVE_STATE} AS shown FROM documents) d "
            f"JOIN results r ON r.document_id = d.id AND r.provider = d.provider {where} ORDER BY d.id",
            () if state is None else (state,),
        )
        rows = cursor.fetchall()
    connection.commit()
    return [TeamDocument(int(r[0]), Document.from_dict(r[1]), r[2], r[3]) for r in rows]


@dataclass(frozen=True)
class QueueEntry:
    """One row of the team queue as the window lists it: "张三 · 3 分钟前" comes from holder and since."""

    id: int
    source: str
    page: int | None
    state: str
    holder: str | None  # who holds it now (a worker while recognizing, an operator while in review)
    since: datetime | None


def queue_entries(connection: Connection, limit: int = 1000) -> list[QueueEntry]:
    """The oldest `limit` documents not yet reviewed, with their state as a lease-aware reader sees it."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT id, source, page, shown,
                CASE shown WHEN 'in_review' THEN holder WHEN 'recognizing' THEN worker END,
                CASE shown WHEN 'in_review' THEN claimed_at END
            FROM (SELECT *, {EFFECTIVE_STATE} AS shown FROM documents WHERE state <> 'reviewed') d
            ORDER BY id LIMIT %s
            """,
            (limit,),
        )
        rows = cursor.fetchall()
    connection.commit()
    return [QueueEntry(int(r[0]), str(r[1]), r[2], str(r[3]), r[4], r[5]) for r in rows]
