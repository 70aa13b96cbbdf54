"""A tiny HTTP server on 127.0.0.1 for fake vendor servers: records requests, can misbehave on cue."""

from __future__ import annotations

import functools
import gzip
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class FakeResponse:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (bounded by the test's timeout)
    reset: bool = False  # close the connection without any answer
    truncate: bool = False  # announce the full length, send half, close
    # hostile modes, each bounded to HOSTILE_SECONDS so a client bug cannot hang the suite forever:
    trickle: float = 0.0  # slowloris: send the body one byte at a time, this many seconds apart
    trickle_headers: float = 0.0  # slowloris in the status line and headers
    chunked: bool = False  # Transfer-Encoding: chunked, one chunk per `trickle` seconds (or at once)
    endless: bool = False  # with `chunked`: repeat the body for ever (until the client hangs up)

    @classmethod
    def json(cls, text: str, status: int = 200, **kwargs: object) -> FakeResponse:
        headers = {"Content-Type": "application/json; charset=utf-8"}
        return cls(status, text.encode("utf-8"), headers, **kwargs)  # type: ignore[arg-type]


Handler = Callable[[RecordedRequest], FakeResponse]
HOSTILE_SECONDS = 15.0
FAKES = Path(__file__).resolve().parent
UNTRUSTED_CERT = FAKES / "untrusted_cert.pem"  # self-signed for 127.0.0.1, trusted by nobody
UNTRUSTED_KEY = FAKES / "untrusted_key.pem"


@functools.cache
def gzip_bomb(inflated_mib: int = 1024) -> bytes:
    """A gzip body of about 1 KB per inflated MiB (1 GiB → ~1 MB): gzip members of zeros back to back."""
    member = gzip.compress(bytes(8 << 20), compresslevel=9)
    return member * max(1, inflated_mib // 8)


class FakeServer:
    """Runs `handler` for every request; `requests` lists what arrived, in order."""

    def __init__(self, handler: Handler, *, tls: bool = False) -> None:
        self.handler = handler
        self.requests: list[RecordedRequest] = []
        self.connections = 0  # accepted, counted before any TLS handshake
        self.tls = tls
        outer = self

        class _RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # quiet test output
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorded = RecordedRequest(
                    self.command,
                    parts.path,
                    parse_qs(parts.query),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                outer.requests.append(recorded)
                reply = outer.handler(recorded)
                if reply.delay:
                    time.sleep(min(reply.delay, 10.0))
                if reply.reset:
                    # SO_LINGER 0 makes close() send RST: the client sees "connection reset"
                    import struct

                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    self.close_connection = True
                    return
                if reply.trickle_headers or reply.trickle or reply.chunked:
                    self._hostile(reply)
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                if reply.truncate:
                    self.send_header("Connection", "close")
                self.end_headers()
                if reply.truncate:
                    self.wfile.write(reply.body[: len(reply.body) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(reply.body)

            def _hostile(self, reply: FakeResponse) -> None:
                self.close_connection = True
                give_up = time.monotonic() + HOSTILE_SECONDS
                head = [f"HTTP/1.1 {reply.status} OK\r\n"]
                head += [f"{name}: {value}\r\n" for name, value in reply.headers.items()]
                if reply.chunked:
                    head.append("Transfer-Encoding: chunked\r\n")
                else:
                    head.append(f"Content-Length: {len(reply.body)}\r\n")
                head_bytes = ("".join(head) + "\r\n").encode("latin-1")
                if reply.trickle_headers:
                    self._drip(head_bytes, reply.trickle_headers, give_up)
                else:
                    self.wfile.write(head_bytes)
                    self.wfile.flush()
                if not reply.chunked:
                    self._drip(reply.body, reply.trickle, give_up)
                    return
                while time.monotonic() < give_up:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(reply.body), reply.body))
                    self.wfile.flush()
                    if not reply.endless:
                        self.wfile.write(b"0\r\n\r\n")
                        return
                    if reply.trickle:
                        time.sleep(reply.trickle)

            def _drip(self, data: bytes, pause: float, give_up: float) -> None:
                for index in range(len(data)):
                    if time.monotonic() > give_up:
                        return
                    self.wfile.write(data[index : index + 1])
                    self.wfile.flush()
                    time.sleep(pause)

            def handle_one_request(self) -> None:
                # a client that timed out has gone: writing the late reply must not print a traceback
                try:
                    super().handle_one_request()
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                    self.close_connection = True

            do_GET = _handle
            do_POST = _handle
            do_PUT = _handle

        class _Server(ThreadingHTTPServer):
            def get_request(self) -> tuple[socket.socket, Any]:
                sock, address = super().get_request()
                outer.connections += 1
                if outer.tls:
                    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
                    context.load_cert_chain(UNTRUSTED_CERT, UNTRUSTED_KEY)
                    sock = context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
                return sock, address

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that refused our certificate or hung up: expected here

        self._server = _Server(("127.0.0.1", 0), _RequestHandler)
        self._server.daemon_threads = True
        # a short poll interval makes stop() quick (the default 0.5 s adds up over hundreds of tests)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def fake_server(handler: Handler, *, tls: bool = False) -> Iterator[FakeServer]:
    server = FakeServer(handler, tls=tls).start()
    try:
        yield server
    finally:
        server.stop()
