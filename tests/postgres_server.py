"""A private PostgreSQL server for tests and benchmarks: Debian's binaries, initdb into a temporary folder,
listening on 127.0.0.1 only. The server refuses to run as root, so as root it runs as the `postgres` user."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def postgres_bin() -> Path:
    """The newest installed /usr/lib/postgresql/<version>/bin (or the folder of initdb on PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError("PostgreSQL is not installed: run scripts/setup.sh --test (Debian package 'postgresql')")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """`start()`, `stop()`, `url`; `stop()` then `start()` is a database restart (the data stays)."""

    def __init__(self, *, fsync: bool = False) -> None:
        self.fsync = fsync  # on for benchmarks: commits then cost what they cost on this disk
        self.bin = postgres_bin()
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="ocrdesk-pg-"))
        self.data = self.folder / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "ocr", "--no-sync", "-E", "UTF8")

    @property
    def url(self) -> str:
        return f"postgresql://ocr@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [*self._as, str(self.bin / tool), *args]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=self.folder)
        if result.returncode != 0:
            raise RuntimeError(f"{tool} failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> None:
        # fsync off for tests (the machine does not crash during one); synchronous commit stays on, so
        # stopping in "immediate" mode, a crash of the server, loses no committed transaction
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync={'on' if self.fsync else 'off'} "
            "-c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def require_password(self, database: str) -> None:
        """Connections to `database` must give a password (SCRAM); the others stay trusted."""
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host {database} all 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self._run("pg_ctl", "-D", str(self.data), "reload")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
