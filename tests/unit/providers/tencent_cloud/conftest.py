"""Fixtures shared by the Tencent Cloud test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.server import FakeServer
from tests.fakes.tencent_cloud_server import TencentCloudFake, tencent_cloud_server

TencentCloudRunning = tuple[FakeServer, TencentCloudFake]


@pytest.fixture(scope="module")
def tencent_cloud_running() -> Iterator[TencentCloudRunning]:
    """One fake Tencent Cloud gateway per test module; `tc` resets it for every test."""
    with tencent_cloud_server() as running:
        yield running


@pytest.fixture
def tc(tencent_cloud_running: TencentCloudRunning) -> TencentCloudRunning:
    server, fake = tencent_cloud_running
    fake.reset()
    server.requests.clear()
    return server, fake
