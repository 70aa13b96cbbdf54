"""Fixtures shared by the Aliyun API market test modules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.aliyun_market_server import AliyunMarketFake
from tests.fakes.server import FakeServer, fake_server


@pytest.fixture(scope="module")
def running() -> Iterator[tuple[AliyunMarketFake, FakeServer]]:
    """One fake server for the module (stopping one costs half a second); reset for every test."""
    handler = AliyunMarketFake()
    with fake_server(handler) as server:
        handler.server = server
        yield handler, server


@pytest.fixture
def fake(running: tuple[AliyunMarketFake, FakeServer]) -> Iterator[AliyunMarketFake]:
    handler, server = running
    handler.reset()
    server.requests.clear()
    yield handler
    assert handler.violations == [], "the provider sent a request the documents do not allow"
