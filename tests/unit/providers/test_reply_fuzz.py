"""Fuzzed vendor replies: whatever a server sends, a provider returns a valid Recognition or a ProviderError."""

from __future__ import annotations

import json

import pytest

from ocrdesk.providers.cloud import safejson
from ocrdesk.providers.cloud.normalize import polygon_from_points
from tests.fakes.reply_fuzz import VENDORS, capture, fuzz

MUTATIONS = 200  # per provider; seeded, so a failure repeats


@pytest.mark.parametrize("vendor", VENDORS)
def test_mutated_replies_give_a_recognition_or_a_provider_error(vendor: str) -> None:
    samples = capture(vendor)
    assert len({s.doc_type for s in samples}) >= 2, "the fake server gave too few replies to mutate"
    outcome = fuzz(vendor, samples, MUTATIONS, seed=10)
    assert outcome.tried == MUTATIONS
    assert outcome.uncaught == []
    assert outcome.invalid == []
    assert outcome.recognized and outcome.provider_errors  # the mutations hit both ways


@pytest.mark.parametrize(
    "text",
    ["[" * 5000 + "]" * 5000, "[" * 80 + "]" * 80, "9" * 5000, "[1e999]", '{"a": NaN}', "[-Infinity]", "[1] [2]"],
    ids=["deep", "deeper-than-limit", "huge-int", "huge-float", "nan", "infinity", "extra"],
)
def test_safe_json_refuses_with_a_decode_error_only(text: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        safejson.loads(text)


def test_safe_json_reads_what_json_reads() -> None:
    assert safejson.loads(b'\xef\xbb\xbf {"a": [1, 2.5, "x", null, true]} ') == {"a": [1, 2.5, "x", None, True]}
    assert safejson.raw_decode('{"a": 1}tail', 0) == ({"a": 1}, 8)


def test_points_that_are_not_pairs_or_far_outside_any_image_give_no_polygon() -> None:
    assert polygon_from_points([[1, 2], [3, 4], [5, 6]]) == [(1, 2), (3, 4), (5, 6)]
    assert polygon_from_points([[1, 2], 7, [5, 6]]) is None
    assert polygon_from_points([[1, 2, 3], [3, 4, 5], [5, 6, 7]]) is None
    assert polygon_from_points([[1, 2], [2**64, 4], [5, 6]]) is None
