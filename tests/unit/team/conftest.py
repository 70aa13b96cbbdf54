"""One real PostgreSQL server for the whole session; each test gets a fresh, initialised database on it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import psycopg
import pytest

from ocrdesk.team.migrate import upgrade
from tests.postgres_server import PostgresServer

_names = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture
def team_db(postgres: PostgresServer) -> str:
    """The URL of a new database with the team schema (databases are cheap; tests never share one)."""
    name = f"team_{next(_names)}"
    with psycopg.connect(postgres.url, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    url = postgres.url.rsplit("/", 1)[0] + f"/{name}"
    upgrade(url)
    return url
