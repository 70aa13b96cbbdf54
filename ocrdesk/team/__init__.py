"""The team queue on PostgreSQL (issue 16): documents, recognition jobs, review claims and the audit.

Qt-free. One database is the one shared engine: `db` connects, `migrate` creates or upgrades the schema
(Alembic), `queue` adds documents and hands recognition jobs to workers, `review` leases documents to
operators and records their submissions, `worker` is the recognition loop, `export` the back office's file.
"""

from __future__ import annotations

# a document's life: added (queued) → a worker holds it (recognizing) → recognised (ready, or error when the
# provider failed) → an operator holds it (in_review) → submitted (reviewed). Expired leases count as their
# previous state: a recognizing document whose worker stopped renewing is queued again, an in_review one whose
# operator went idle is ready again.
STATES: tuple[str, ...] = ("queued", "recognizing", "ready", "in_review", "reviewed", "error")
