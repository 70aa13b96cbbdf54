"""Seeded random mutations of every fake server's replies, replayed through each cloud provider.

`capture(vendor)` runs the provider against its fake server for every document type it offers and
keeps each reply it got (status, headers, body); `fuzz(vendor, samples, count, seed)` mutates those
replies (type swaps, deletions, nesting, huge numbers, strings where numbers go, NaN, deep nesting,
points that are not pairs, control characters, cut-off bodies) and feeds them to the provider in
place of the network. What must come out: a valid Recognition or a ProviderError, nothing else.

`python -m tests.fakes.reply_fuzz [COUNT]` prints the counts per provider.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import json
import math
import random
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import requests

from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, ProviderError
from ocrdesk.imaging import SourceImage, from_rgb_array
from ocrdesk.model import Box, Field
from ocrdesk.providers.base import Recognition
from ocrdesk.providers.cloud import CloudProvider

VENDORS = ("tencent-legacy", "tencent-cloud", "aliyun-market", "aliyun-eas", "sinovoice")
_HUGE_FLOAT = "\x00huge-float\x00"
_HUGE_INT = "\x00huge-int\x00"
_DEEP = "\x00deep\x00"


@dataclass
class Sample:
    doc_type: DocType
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class Outcome:
    tried: int = 0
    recognized: int = 0
    provider_errors: int = 0
    uncaught: list[str] = field(default_factory=list)  # "ExceptionType: message" of each escape
    invalid: list[str] = field(default_factory=list)  # a Recognition that breaks the model's rules


# ------------------------------------------------------------------------------------- capturing


def sample_image(width: int = 640, height: int = 400) -> SourceImage:
    pixels = np.random.default_rng(5).integers(0, 256, (height, width, 3), dtype=np.uint8)
    return from_rgb_array(pixels, source="fuzz.png")


@contextmanager
def running(vendor: str, endpoint: str | None = None, **settings: str) -> Iterator[CloudProvider]:
    """The vendor's provider pointed at its running fake server (or at `endpoint`, the fake running idle);
    no retries unless `settings` say otherwise."""
    from tests.fakes.server import fake_server

    settings = {"retries": "0", "rate_limit": "0", **settings}

    if vendor == "tencent-cloud":
        from ocrdesk.providers.tencent_cloud import TencentCloudProvider
        from tests.fakes.tencent_cloud_server import provider_config, tencent_cloud_server

        with tencent_cloud_server() as (server, _):
            yield TencentCloudProvider(provider_config(server, **{**settings, "endpoint": endpoint or server.url}))
    elif vendor == "tencent-legacy":
        from ocrdesk.providers.tencent_legacy import TencentLegacyProvider
        from tests.fakes.tencent_legacy_server import tencent_legacy_server

        with tencent_legacy_server() as legacy:
            yield TencentLegacyProvider(legacy.provider_config(**{**settings, "endpoint": endpoint or legacy.url}))
    elif vendor == "aliyun-market":
        from tests.fakes.aliyun_market_server import AliyunMarketFake

        market = AliyunMarketFake()
        with fake_server(market) as server:
            market.server = server
            yield market.provider(**{"timeout": "5", **settings, "endpoint": endpoint or server.url})
    elif vendor == "aliyun-eas":
        from ocrdesk.providers.aliyun_eas import AliyunEasProvider
        from tests.fakes.aliyun_eas_server import SERVICE_PATH, TEST_TOKEN, AliyunEasFake

        with fake_server(AliyunEasFake()) as server:
            url = (endpoint or server.url) + SERVICE_PATH
            config = {"token": TEST_TOKEN, **settings, "endpoint": url}
            yield AliyunEasProvider(config)
    elif vendor == "sinovoice":
        from tests.fakes.sinovoice_helpers import make_provider
        from tests.fakes.sinovoice_server import SinoVoiceFake

        with fake_server(SinoVoiceFake()) as server:
            yield make_provider(server, **{**settings, "endpoint": endpoint or server.url})
    else:
        raise ValueError(vendor)


def capture(vendor: str) -> list[Sample]:
    """Every reply the fake server gives the provider, one recognition per document type."""
    samples: list[Sample] = []
    with running(vendor) as provider:
        send = provider.http.send
        for doc_type in provider.doc_types:

            def recording(*args: Any, _doc_type: DocType = doc_type, **kwargs: Any) -> requests.Response:
                response = send(*args, **kwargs)
                headers = dict(response.headers)
                samples.append(Sample(_doc_type, response.status_code, headers, response.content))
                return response

            provider.http.send = recording  # type: ignore[method-assign]
            with contextlib.suppress(ProviderError):  # an error reply is a sample too
                provider.recognize(sample_image(), doc_type)
        provider.close()
    return samples


# ------------------------------------------------------------------------------------- codecs


def _decode(vendor: str, sample: Sample) -> tuple[Any, bytes]:
    """(JSON value, binary tail) of a reply body as the vendor frames it."""
    if vendor == "aliyun-eas":
        envelope = json.loads(base64.b64decode(sample.body))
        if isinstance(envelope.get("data"), str):
            envelope["data"] = {"\x00as-text": json.loads(envelope["data"])}
        return envelope, b""
    if vendor == "sinovoice":
        from ocrdesk.providers.sinovoice.parse import split_reply

        return split_reply(sample.body, sample.headers.get("json-length"))
    return json.loads(sample.body.decode("utf-8-sig")), b""


def _dumps(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    text = text.replace(json.dumps(_HUGE_FLOAT), "1e999").replace(json.dumps(_HUGE_INT), "9" * 5000)
    return text.replace(json.dumps(_DEEP), "[" * 5000 + "]" * 5000)


def _encode(vendor: str, value: Any, tail: bytes, sample: Sample) -> tuple[dict[str, str], bytes]:
    headers = {k: v for k, v in sample.headers.items() if k.lower() not in ("content-length", "content-encoding")}
    if vendor == "aliyun-eas":
        if isinstance(value, dict) and isinstance(value.get("data"), dict) and "\x00as-text" in value["data"]:
            value = dict(value, data=_dumps(value["data"]["\x00as-text"]))
        return headers, base64.b64encode(_dumps(value).encode("utf-8", "surrogatepass"))
    text = _dumps(value).encode("utf-8", "surrogatepass")
    if vendor == "sinovoice":
        headers["json-length"] = str(len(text))
    return headers, text + tail


# ------------------------------------------------------------------------------------- mutations

_REPLACEMENTS: list[Any] = [
    None,
    True,
    0,
    -1,
    "",
    "x",
    [],
    {},
    [1],
    [[1, 2, 3]],
    {"a": 1},
    float("nan"),
    float("inf"),
    -1e308,
    10**30,
    _HUGE_FLOAT,
    _HUGE_INT,
    _DEEP,
    "\x1b[2J\x1b[31mspoofed\nline\r\x07",
    "長" * 20000,
]


def _nodes(value: Any) -> list[tuple[Any, Any]]:
    """(container, key) of every value inside `value`, found without recursion."""
    found: list[tuple[Any, Any]] = []
    pending = [value]
    while pending:
        current = pending.pop()
        if isinstance(current, dict):
            items: Any = current.items()
        else:
            items = enumerate(current) if isinstance(current, list) else ()
        for key, child in items:
            found.append((current, key))
            pending.append(child)
    return found


def _mutate_one(value: Any, rng: random.Random) -> Any:
    nodes = _nodes(value)
    if not nodes:
        return rng.choice(_REPLACEMENTS)
    container, key = rng.choice(nodes)
    old = container[key]
    operation = rng.randrange(8)
    if operation == 0:
        container[key] = copy.deepcopy(rng.choice(_REPLACEMENTS))
    elif operation == 1:
        del container[key]
    elif operation == 2:
        container[key] = rng.choice([[old], {"value": old}, [[[[old]]]]])
    elif operation == 3 and isinstance(old, int | float) and not isinstance(old, bool):
        container[key] = rng.choice([str(old), f"{old}px", old * 10**300 if isinstance(old, int) else old * 1e300])
    elif operation == 4 and isinstance(old, str):
        container[key] = rng.choice([float("nan"), 12, [old], None, old + "\n\x1b]0;title\x07" * 3])
    elif operation == 5 and isinstance(old, list):
        container[key] = rng.choice([old[:1], old * 3, [*old, "x"], [None] * len(old), old[::-1]])
    elif operation == 6 and isinstance(old, dict):
        container[key] = {k: rng.choice(_REPLACEMENTS[:12]) for k in old}
    else:
        container[key] = rng.choice([-old if isinstance(old, int | float) else old, _HUGE_INT, 2**64, -(2**63)])
    return value


def mutate(value: Any, rng: random.Random) -> Any:
    value = copy.deepcopy(value)
    for _ in range(rng.randint(1, 3)):
        value = _mutate_one(value, rng)
    return value


# ------------------------------------------------------------------------------------- checking


def problems(recognition: object) -> list[str]:
    """What makes `recognition` unfit for the rest of the program (empty when fit)."""
    if not isinstance(recognition, Recognition):
        return [f"returned {type(recognition).__name__}"]
    found = []
    for item in recognition.fields:
        if not isinstance(item, Field):
            found.append(f"a field of type {type(item).__name__}")
            continue
        if not all(isinstance(text, str) for text in (item.key, item.label, item.ocr_value, item.value)):
            found.append(f"{item.key!r}: a key, label or value that is not text")
        if item.confidence is not None and not (
            isinstance(item.confidence, float | int) and math.isfinite(item.confidence)
        ):
            found.append(f"{item.key!r}: confidence {item.confidence!r}")
        if item.box is not None and not (
            isinstance(item.box, Box) and all(type(v) is int for v in item.box.to_dict().values())
        ):
            found.append(f"{item.key!r}: box {item.box!r}")
        if item.polygon is not None and not all(
            isinstance(p, tuple | list) and len(p) == 2 and all(type(v) is int for v in p) for p in item.polygon
        ):
            found.append(f"{item.key!r}: polygon {item.polygon!r}"[:200])
    return found


def fuzz(vendor: str, samples: list[Sample], count: int, seed: int = 10) -> Outcome:
    """Replay `count` mutated replies through the provider; what came out of each."""
    rng = random.Random(seed)
    outcome = Outcome()
    decoded = [(sample, *_decode(vendor, sample)) for sample in samples]
    image = sample_image(320, 200)
    with running(vendor) as provider:
        for index in range(count):
            sample, value, tail = decoded[index % len(decoded)]
            if rng.random() < 0.1:  # now and then the bytes themselves: cut off or garbled
                headers = dict(sample.headers)
                body = bytearray(sample.body[: rng.randrange(len(sample.body) + 1)])
                for _ in range(rng.randrange(4)):
                    if body:
                        body[rng.randrange(len(body))] = rng.randrange(256)
                body_bytes = bytes(body)
            elif vendor == "sinovoice" and tail and rng.random() < 0.3:  # the binary node tree
                headers, body_bytes = _encode(vendor, value, _garble(tail, rng), sample)
            else:
                headers, body_bytes = _encode(vendor, mutate(value, rng), tail, sample)
            reply = _response(sample.status, headers, body_bytes)
            provider.http.send = _replying(reply)  # type: ignore[method-assign]
            outcome.tried += 1
            try:
                recognition = provider.recognize(image, sample.doc_type)
            except Cancelled as exc:
                outcome.uncaught.append(f"Cancelled: {exc}")
            except ProviderError:
                outcome.provider_errors += 1
            except Exception as exc:  # what this harness is here to find
                outcome.uncaught.append(f"{type(exc).__name__}: {str(exc)[:120]}")
            else:
                outcome.recognized += 1
                outcome.invalid += problems(recognition)
        provider.close()
    return outcome


def _garble(tail: bytes, rng: random.Random) -> bytes:
    data = bytearray(tail)
    for _ in range(rng.randint(1, 20)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data[: rng.randrange(len(data) + 1)]) if rng.random() < 0.3 else bytes(data)


def _response(status: int, headers: dict[str, str], body: bytes) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.headers.update(headers)
    response._content = body
    response.url = "http://127.0.0.1/fuzz"
    response.encoding = "utf-8"
    return response


def _replying(reply: requests.Response) -> Callable[..., requests.Response]:
    def send(*args: Any, **kwargs: Any) -> requests.Response:
        return reply

    return send


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 200
    total = 0
    for vendor in VENDORS:
        samples = capture(vendor)
        outcome = fuzz(vendor, samples, count)
        kinds = sorted({line.split(":")[0] for line in outcome.uncaught})
        print(
            f"{vendor:15} samples {len(samples):3}  mutations {outcome.tried}  recognised {outcome.recognized}  "
            f"ProviderError {outcome.provider_errors}  uncaught {len(outcome.uncaught)} {kinds}  "
            f"invalid results {len(outcome.invalid)}"
        )
        total += len(outcome.uncaught) + len(outcome.invalid)
    print(f"uncaught or invalid in all: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
