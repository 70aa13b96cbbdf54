"""Team-queue test helpers: a slow fake Tencent Cloud vendor on 127.0.0.1, images, workers as processes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from PIL import Image, ImageDraw

from ocrdesk.config import env_var_name
from ocrdesk.providers.base import Provider
from tests.fakes.server import FakeResponse, FakeServer, RecordedRequest
from tests.fakes.tencent_cloud_server import TencentCloudFake, provider_config, tencent_cloud_server

ROOT = Path(__file__).resolve().parents[3]
PROVIDER = "tencent-cloud"


@dataclass
class SlowTencentCloud(TencentCloudFake):
    """Answers like the fake gateway, each reply `latency` seconds late (a vendor across the internet)."""

    latency: float = 0.0

    def __call__(self, request: RecordedRequest) -> FakeResponse:
        reply = super().__call__(request)
        reply.delay = self.latency
        return reply


@contextmanager
def vendor(latency: float = 0.0) -> Iterator[FakeServer]:
    with tencent_cloud_server(SlowTencentCloud(latency=latency)) as (server, _fake):
        yield server


def provider_factory(server: FakeServer) -> Any:
    def build(provider_id: str) -> Provider:
        from ocrdesk.providers.tencent_cloud import TencentCloudProvider

        assert provider_id == PROVIDER
        return TencentCloudProvider(provider_config(server))

    return build


def worker_env(server: FakeServer, home: Path) -> dict[str, str]:
    """A worker machine's environment: the provider's settings in OCRDESK_* variables, no keyring."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OCRDESK_")}
    env.update({env_var_name(PROVIDER, key): value for key, value in provider_config(server).items()})
    env.update(
        OCRDESK_CONFIG_DIR=str(home / "config"),
        OCRDESK_DATA_DIR=str(home / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def start_worker(url: str, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ocrdesk", "worker", "--db", url, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def make_images(folder: Path, count: int) -> list[Path]:
    """`count` distinct small PNG scans (distinct contents, so distinct stored images)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        image = Image.new("RGB", (320, 200), "white")
        ImageDraw.Draw(image).text((20, 80), f"scan {index:04d}", fill="black")
        path = folder / f"scan_{index:04d}.png"
        image.save(path)
        paths.append(path)
    return paths


def query(url: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as connection:
        return connection.execute(sql, params).fetchall()
