"""The team queue: images by content hash, documents with recognition and review leases, results, audit.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE images (
            sha256 text PRIMARY KEY,
            name text NOT NULL,
            data bytea NOT NULL,
            added_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE documents (
            id bigserial PRIMARY KEY,
            source text NOT NULL,
            page integer,
            image_sha256 text NOT NULL REFERENCES images (sha256),
            provider text NOT NULL,
            doc_type text NOT NULL,
            state text NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'recognizing', 'ready', 'in_review', 'reviewed', 'error')),
            added_at timestamptz NOT NULL DEFAULT now(),
            worker text,
            worker_until timestamptz,
            attempts integer NOT NULL DEFAULT 0,
            holder text,
            claimed_at timestamptz,
            claim_until timestamptz,
            reviewed_by text,
            reviewed_at timestamptz,
            reviewed jsonb
        );
        -- the two queues, each a small partial index walked in id order (FIFO) by FOR UPDATE SKIP LOCKED
        CREATE INDEX documents_work ON documents (id) WHERE state IN ('queued', 'recognizing');
        CREATE INDEX documents_review ON documents (id) WHERE state IN ('ready', 'in_review');
        CREATE INDEX documents_state ON documents (state);
        -- one result per document and provider: a retried job finds it there and stores nothing new
        CREATE TABLE results (
            document_id bigint NOT NULL REFERENCES documents (id),
            provider text NOT NULL,
            document jsonb NOT NULL,
            worker text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (document_id, provider)
        );
        CREATE TABLE audit (
            id bigserial PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents (id),
            field_key text NOT NULL,
            machine_value text,
            submitted_value text,
            operator text NOT NULL,
            at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX audit_document ON audit (document_id);
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE audit; DROP TABLE results; DROP TABLE documents; DROP TABLE images;")
