"""The database password comes from the keyring when the server asks for one, and never shows in messages."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from ocrdesk.secrets import reset_default_secret_store
from ocrdesk.team.db import KEYRING_PROVIDER, TeamDbError, connect
from tests.memory_keyring import MemoryKeyring, installed
from tests.postgres_server import PostgresServer

PASSWORD = "pw-from-the-keyring-7731"


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with installed(backend):
        reset_default_secret_store()
        yield backend
    reset_default_secret_store()


def test_password_from_the_keyring_only_when_the_server_asks(
    postgres: PostgresServer, keyring_backend: MemoryKeyring
) -> None:
    with psycopg.connect(postgres.url, autocommit=True) as admin:
        admin.execute("CREATE DATABASE guarded")
        admin.execute(f"CREATE ROLE clerk LOGIN PASSWORD '{PASSWORD}'")
    postgres.require_password("guarded")
    url = f"postgresql://clerk@127.0.0.1:{postgres.port}/guarded"

    with pytest.raises(TeamDbError) as refused:  # nothing in the keyring yet
        connect(url)
    assert "password" in str(refused.value)

    keyring_backend.passwords[("ocrdesk", f"{KEYRING_PROVIDER}/clerk@127.0.0.1:{postgres.port}/guarded")] = PASSWORD
    with connect(url) as connection:
        assert connection.execute("SELECT current_user").fetchone() == ("clerk",)

    keyring_backend.calls.clear()
    with connect(postgres.url):  # a trusted connection never asks the keyring
        pass
    assert keyring_backend.calls == []

    keyring_backend.passwords[("ocrdesk", f"{KEYRING_PROVIDER}/clerk@127.0.0.1:{postgres.port}/guarded")] = "wrong-pw"
    with pytest.raises(TeamDbError) as wrong:
        connect(url)
    assert "wrong-pw" not in str(wrong.value) and "password authentication failed" in str(wrong.value)
