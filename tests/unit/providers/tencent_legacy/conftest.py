"""Fixtures shared by the Tencent legacy test modules: one fake server per module, reset for every test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.tencent_legacy_server import TencentLegacyFake, tencent_legacy_server


@pytest.fixture(scope="module")
def server() -> Iterator[TencentLegacyFake]:
    with tencent_legacy_server() as running:
        yield running


@pytest.fixture
def fake(server: TencentLegacyFake) -> TencentLegacyFake:
    server.reset()
    return server
