"""`ocrdesk team init`: create or upgrade the schema with Alembic; safe to run again, and at the same time."""

from __future__ import annotations

from pathlib import Path

import psycopg
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from ocrdesk.team.db import TeamDbError, connect, reason, shown_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# two `team init` at once: the second waits for the first, then finds nothing to do
_INIT_LOCK = 0x0CD5_7EA1


def upgrade(url: str) -> None:
    """Bring the database to the newest schema revision."""
    # connect() raises a clear TeamDbError when unreachable, before Alembic's own wrapping
    engine = create_engine("postgresql+psycopg://", creator=lambda: connect(url), poolclass=NullPool)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _INIT_LOCK})
            connection.commit()
            try:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                connection.commit()
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _INIT_LOCK})
                connection.commit()
    except Exception as exc:
        if isinstance(exc, TeamDbError):
            raise
        cause = exc.orig if hasattr(exc, "orig") else exc
        if isinstance(cause, psycopg.Error):
            raise TeamDbError(f"cannot set up the team database {shown_url(url)}: {reason(cause, url)}") from None
        raise
    finally:
        engine.dispose()


def current_revision(connection: psycopg.Connection[tuple[object, ...]]) -> str | None:
    """The schema revision stored in the database (None before `team init`)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('alembic_version') IS NOT NULL")
        row = cursor.fetchone()
        if not row or not row[0]:
            return None
        cursor.execute("SELECT version_num FROM alembic_version")
        found = cursor.fetchone()
    return None if found is None else str(found[0])
