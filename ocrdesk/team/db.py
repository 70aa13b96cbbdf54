"""Connecting to the team database: the URL from --db or OCRDESK_DB, the password from the keyring."""

from __future__ import annotations

import os
from collections.abc import Mapping

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from ocrdesk.errors import ConfigError
from ocrdesk.secrets import default_secret_store

DB_ENV = "OCRDESK_DB"
# the keyring entry of a database password: service "ocrdesk", user "team-db/<user>@<host>:<port>/<dbname>"
KEYRING_PROVIDER = "team-db"
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is reported, not waited for


class TeamDbError(Exception):
    """The database cannot be reached or answered with an error: one readable line, never the password."""


def database_url(explicit: str | None, environ: Mapping[str, str] | None = None) -> str:
    """--db URL, else OCRDESK_DB; ConfigError when neither is set."""
    url = explicit or (os.environ if environ is None else environ).get(DB_ENV, "")
    if not url:
        raise ConfigError(f"no team database: pass --db URL or set {DB_ENV} (e.g. postgresql://ocr@db.example/ocrdesk)")
    return url


def keyring_name(params: Mapping[str, str]) -> str:
    """The keyring user name under KEYRING_PROVIDER for this server and account."""
    user = params.get("user", "")
    host = params.get("host", "localhost")
    return f"{user}@{host}:{params.get('port', '5432')}/{params.get('dbname', user)}"


def conninfo(url: str, *, with_keyring: bool) -> str:
    """The libpq connection string for `url`; with_keyring adds the keyring's password when the URL has none."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise ConfigError(f"not a PostgreSQL URL: {_without_password(str(exc), url)}") from None
    extra: dict[str, str | int] = {"connect_timeout": CONNECT_TIMEOUT, "application_name": "ocrdesk"}
    if with_keyring and "password" not in params:
        password = default_secret_store().get(KEYRING_PROVIDER, keyring_name({k: str(v) for k, v in params.items()}))
        if password:
            extra["password"] = password
    return make_conninfo(url, **{k: v for k, v in extra.items() if k not in params})


def connect(url: str) -> psycopg.Connection[tuple[object, ...]]:
    """A new connection (autocommit off); TeamDbError with one readable line when the server cannot be reached.

    The keyring is asked only when the server wants a password the URL (or PGPASSWORD, ~/.pgpass) lacks, so a
    trusted or peer-authenticated setup never touches it."""
    try:
        try:
            return psycopg.connect(conninfo(url, with_keyring=False))
        except psycopg.OperationalError as exc:
            if "password" not in str(exc):
                raise
            return psycopg.connect(conninfo(url, with_keyring=True))
    except psycopg.OperationalError as exc:
        raise TeamDbError(f"cannot reach the team database {shown_url(url)}: {reason(exc, url)}") from None


def shown_url(url: str) -> str:
    """`url` without its password, for messages and logs."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "(unreadable URL)"
    user = str(params.get("user") or "")
    host = str(params.get("host") or "localhost")
    port = params.get("port")
    where = f"{host}:{port}" if port else str(host)
    return f"postgresql://{user + '@' if user else ''}{where}/{params.get('dbname', '')}"


def reason(exc: BaseException, url: str) -> str:
    """A driver error in one line: libpq's reason and hint, without the address it repeats or the password."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    if not lines:
        return type(exc).__name__
    # 'connection failed: connection to server at "h", port 1 failed: Connection refused' + a hint line
    lines[0] = lines[0].rsplit("failed: ", 1)[-1]
    return _without_password("; ".join(lines), url)


def _without_password(text: str, url: str) -> str:
    try:
        password = conninfo_to_dict(url).get("password")
    except psycopg.ProgrammingError:
        return text
    return text.replace(str(password), "***") if password else text
