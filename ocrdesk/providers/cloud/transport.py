"""Bounded replies: a total deadline per attempt and caps on reply and decompressed size.

requests' own timeouts apply to each socket operation, so a server that trickles one byte per second
(in the headers or the body) never times out, and its automatic decompression inflates a gzip bomb
entirely in memory. Here a watchdog thread shuts an attempt's socket down when its deadline passes or
its cancel token is set (which wakes a blocked read at once), and the body is read in chunks and
inflated with a bounded output. A name lookup cannot be woken that way (getaddrinfo blocks in the C
library), so it runs in a thread of its own and the attempt waits for it only until its deadline.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

from ocrdesk.providers.base import CancelToken

MAX_REPLY_BYTES = 32 * 1024 * 1024  # documented in INTERFACE.md: compressed or not, no reply is larger
ACCEPT_ENCODING = "gzip, deflate"  # only what _Inflater can bound (no brotli or zstd bombs)
_CHUNK = 64 * 1024
_POLL = 0.1  # how often the watchdog looks at cancel tokens


class ReplyError(Exception):
    """The reply broke a rule of ours (too large, undecodable); `what` completes "<vendor> sent …"."""

    def __init__(self, what: str, code: str) -> None:
        super().__init__(what)
        self.what = what
        self.code = code


class Attempt:
    """One request attempt: its deadline, its cancel token and the connection it is using."""

    def __init__(self, seconds: float, cancel: CancelToken) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.cancel = cancel
        self.aborted: str | None = None  # "deadline" or "cancelled" once the watchdog stepped in
        self._connection: HTTPConnection | None = None
        self._finished = False
        self._lock = threading.Lock()

    def remaining(self) -> float:
        return max(0.01, self.deadline - time.monotonic())

    def bind(self, connection: HTTPConnection) -> None:
        with self._lock:
            self._connection = connection
            if self.aborted:
                _shut(connection)

    def abort(self, why: str) -> None:
        # under the lock, so that a connection `finish` has handed back to the pool (and another
        # attempt may be using) is never shut
        with self._lock:
            if self.aborted or self._finished:
                return
            self.aborted = why
            if self._connection is not None:
                _shut(self._connection)

    def finish(self) -> None:
        """The attempt is over: from now on its connection belongs to the pool, not to the watchdog."""
        with self._lock:
            self._finished = True
            self._connection = None


def _shut(connection: HTTPConnection) -> None:
    sock = getattr(connection, "sock", None)
    if sock is not None:
        # socket.socket.shutdown, not SSLSocket's: that one drops the TLS object under a reading thread
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread for all attempts in the process: aborts the expired and the cancelled."""

    def __init__(self) -> None:
        self._attempts: set[Attempt] = set()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def add(self, attempt: Attempt) -> None:
        with self._wake:
            self._attempts.add(attempt)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="ocrdesk-http-deadlines", daemon=True)
                self._thread.start()
            self._wake.notify()

    def remove(self, attempt: Attempt) -> None:
        with self._wake:
            self._attempts.discard(attempt)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._attempts:
                    self._wake.wait()
                now = time.monotonic()
                due = [a for a in self._attempts if a.cancel.cancelled or now >= a.deadline]
                self._attempts.difference_update(due)
                if not due:
                    nearest = min(a.deadline for a in self._attempts)
                    self._wake.wait(min(_POLL, max(0.0, nearest - now)))
            for attempt in due:
                attempt.abort("cancelled" if attempt.cancel.cancelled else "deadline")


_watchdog = _Watchdog()
_current = threading.local()


@contextlib.contextmanager
def watching(attempt: Attempt) -> Iterator[Attempt]:
    """Within this block, the connection this thread sends on is shut at the attempt's deadline."""
    _current.attempt = attempt
    _watchdog.add(attempt)
    try:
        yield attempt
    finally:
        _watchdog.remove(attempt)
        _current.attempt = None


def _bind_current(connection: HTTPConnection) -> None:
    attempt = getattr(_current, "attempt", None)
    if attempt is not None:
        attempt.bind(connection)


class _Lookup:
    """One getaddrinfo in a daemon thread; attempts for the same host and port share it, so a hanging
    resolver holds one thread per name, not one per request."""

    def __init__(self, host: str, port: int) -> None:
        self.key = (host, port)
        self.done = threading.Event()
        self.addresses: list[str] = []
        self.error: OSError | None = None
        threading.Thread(target=self._run, name="ocrdesk-name-lookup", daemon=True).start()

    def _run(self) -> None:
        try:
            infos = socket.getaddrinfo(self.key[0], self.key[1], 0, socket.SOCK_STREAM)
            self.addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        except OSError as exc:
            self.error = exc
        finally:
            with _lookups_lock:
                if _lookups.get(self.key) is self:
                    del _lookups[self.key]
            self.done.set()


_lookups: dict[tuple[str, int], _Lookup] = {}
_lookups_lock = threading.Lock()


def resolve(host: str, port: int, attempt: Attempt) -> list[str]:
    """The addresses of `host`, looked up within the attempt's deadline; raises TimeoutError (the
    attempt marked "deadline" or "cancelled") when the lookup outlasts it, socket.gaierror when it fails."""
    with _lookups_lock:
        lookup = _lookups.get((host, port))
        if lookup is None:
            lookup = _lookups[(host, port)] = _Lookup(host, port)
    while not lookup.done.wait(min(_POLL, max(0.0, attempt.deadline - time.monotonic()))):
        if attempt.cancel.cancelled:
            attempt.abort("cancelled")
        elif time.monotonic() >= attempt.deadline:
            attempt.abort("deadline")
        if attempt.aborted:
            raise TimeoutError(f"looking up {host} did not finish within {attempt.seconds:g} s")
    if lookup.error is not None:
        raise lookup.error
    return lookup.addresses


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _connect_within_deadline(connection: HTTPConnection, connect: Callable[[], socket.socket]) -> socket.socket:
    """urllib3's `_new_conn` with the name looked up by `resolve` first, then each address tried in turn."""
    attempt = getattr(_current, "attempt", None)
    host = connection._dns_host
    if attempt is None or _is_address(host):
        return connect()
    try:
        addresses = resolve(host, connection.port, attempt)
    except socket.gaierror as exc:
        raise NameResolutionError(connection.host, connection, exc) from exc
    except TimeoutError as exc:
        raise ConnectTimeoutError(connection, str(exc)) from exc
    failure: Exception = NameResolutionError(connection.host, connection, socket.gaierror("no address"))
    for address in addresses:
        connection._dns_host = address  # TLS still checks the certificate against `host`, restored below
        try:
            return connect()
        except (NewConnectionError, ConnectTimeoutError) as exc:
            failure = exc
        finally:
            connection._dns_host = host
    raise failure


class _TrackedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _bind_current(self)  # before connecting, so a slow handshake is covered too
        super().request(*args, **kwargs)

    def _new_conn(self) -> socket.socket:
        return _connect_within_deadline(self, super()._new_conn)


class _TrackedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _bind_current(self)
        super().request(*args, **kwargs)

    def _new_conn(self) -> socket.socket:
        return _connect_within_deadline(self, super()._new_conn)


class _TrackedPool(HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection


class _TrackedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection


_POOLS = {"http": _TrackedPool, "https": _TrackedHTTPSPool}


class TrackedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections register with the attempt being sent (see `watching`)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


def read_body(response: requests.Response, limit: int = MAX_REPLY_BYTES) -> bytes:
    """The whole body of a streamed response, inflated, refused past `limit` bytes (either side)."""
    declared = response.headers.get("Content-Length", "")
    if declared.strip().isdigit() and int(declared) > limit:
        raise ReplyError(f"a reply of {int(declared)} bytes, more than the {_mb(limit)} allowed", "reply_too_large")
    inflater = _Inflater(response.headers.get("Content-Encoding", ""), limit)
    received = 0
    read = getattr(response.raw, "read1", None) or response.raw.read
    while True:
        chunk = read(_CHUNK, decode_content=False)
        if not chunk:
            break
        received += len(chunk)
        if received > limit:
            raise ReplyError(f"a reply larger than the {_mb(limit)} allowed", "reply_too_large")
        inflater.feed(chunk)
    return inflater.finish()


class _Inflater:
    """gzip/deflate decoding whose output never grows past `limit` (a 1 MB bomb stays 1 MB in memory)."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        codings = [c.strip() for c in content_encoding.lower().split(",") if c.strip() not in ("", "identity")]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            shown = content_encoding.strip()[:40]
            raise ReplyError(f"a reply compressed as '{shown}', which was not asked for", "bad_encoding")
        self.coding = codings[0] if codings else None
        self.limit = limit
        self.out = bytearray()
        self._z: Any = None

    def feed(self, chunk: bytes) -> None:
        if self.coding is None:
            self.out += chunk
            return
        if self._z is None:
            self._z = zlib.decompressobj(_wbits(self.coding, chunk))
        try:
            while chunk:
                piece = self._z.decompress(chunk, self.limit - len(self.out) + 1)
                self.out += piece
                if len(self.out) > self.limit:
                    raise ReplyError(
                        f"a reply that decompresses to more than the {_mb(self.limit)} allowed", "reply_too_large"
                    )
                chunk = self._z.unconsumed_tail
                if self._z.eof:
                    if self.coding == "deflate" or not self._z.unused_data:
                        break
                    # gzip allows several members one after another (RFC 1952): go on with the next
                    chunk = self._z.unused_data
                    self._z = zlib.decompressobj(31)
        except zlib.error:
            raise ReplyError("a compressed reply that cannot be decompressed (corrupted)", "bad_compression") from None

    def finish(self) -> bytes:
        if self._z is not None and not self._z.eof:  # (an empty body with a Content-Encoding is just empty)
            raise ReplyError("a compressed reply that was cut off", "bad_compression")
        return bytes(self.out)


def _wbits(coding: str, head: bytes) -> int:
    if coding != "deflate":
        return 31  # gzip
    # "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate: look at the header
    zlib_header = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] * 256 + head[1]) % 31 == 0
    return 15 if zlib_header else -15


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"
