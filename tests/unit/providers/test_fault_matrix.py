"""Every cloud provider survives the quick faults of tests/fakes/fault_matrix.py: a ProviderError
and bounded memory. (The slow ones, which wait out a deadline, run against the shared HTTP layer in
cloud/test_transport.py.)"""

from __future__ import annotations

import pytest

from tests.fakes.fault_matrix import try_fault
from tests.fakes.reply_fuzz import VENDORS

QUICK_FAULTS = (
    "fast-endless-chunked",
    "gzip-bomb",
    "gzip-garbage",
    "html-in-200",
    "empty-200",
    "deep-json",
    "huge-number",
    "nan-json",
    "error-inside-200",
    "untrusted-tls",
)


@pytest.mark.parametrize("fault", QUICK_FAULTS)
@pytest.mark.parametrize("vendor", VENDORS)
def test_the_provider_survives(vendor: str, fault: str) -> None:
    result = try_fault(vendor, fault)
    assert result.caught, result.outcome
    assert result.peak_mb < 256  # the bomb inflates to 1 GiB, the endless reply for ever
    if fault in ("gzip-garbage", "deep-json", "huge-number", "nan-json"):
        assert result.outcome.startswith("malformed:"), result.outcome
    if fault == "untrusted-tls":
        assert "the server's certificate is not trusted" in result.outcome
