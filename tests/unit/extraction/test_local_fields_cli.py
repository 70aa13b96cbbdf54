"""End to end with the real offline engine: rendered ID card photos through `ocrdesk recognize --provider local`."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from ocrdesk.cli import main
from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.imaging import load_image
from tests.docgen import RENDERERS, variant_for
from tests.docgen.capture import capture
from tests.docgen.fonts import fonts_available

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not fonts_available(), reason="the document renderers need the CJK fonts"),
]


def _photo(tmp_path: Path, doc_type: str, condition: str, seed: int) -> tuple[Path, dict[str, str]]:
    rng = random.Random(seed)
    rendered = RENDERERS[doc_type](rng, variant_for("dev"))
    captured = capture(rendered, condition, rng, "dev")
    path = tmp_path / f"{doc_type}_{condition}.jpg"
    path.write_bytes(captured.encode())
    return path, rendered.fields


def _recognize(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, Any]]:
    assert main(["recognize", "--provider", "local", *args]) == 0
    payload = json.loads(capsys.readouterr().out)
    documents: list[dict[str, Any]] = payload["documents"]
    return documents


def test_photographed_id_cards_give_their_named_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("rapidocr")
    tilted, tilted_truth = _photo(tmp_path, "idcard_front", "perspective", seed=3)
    upside_down, upside_down_truth = _photo(tmp_path, "idcard_front", "rot180", seed=7)
    documents = _recognize(capsys, "--doc-type", "idcard_front", str(tilted), str(upside_down))
    for document, truth, path in ((documents[0], tilted_truth, tilted), (documents[1], upside_down_truth, upside_down)):
        assert document["status"] == "ok"
        assert document["doc_type"] == "idcard_front"
        fields = document["fields"]
        assert [f["key"] for f in fields] == list(CANONICAL_KEYS[DocType.IDCARD_FRONT])
        assert {f["key"]: f["value"] for f in fields} == truth
        image = load_image(path)
        for item in fields:
            box = item["box"]
            assert box is not None and 0 <= box["left"] < box["right"] <= image.width
            assert 0 <= box["top"] < box["bottom"] <= image.height
            assert 0.0 < item["confidence"] <= 1.0
    # the ID number is printed at the card's foot: on the photo turned upside down its box is near the top
    by_key = {f["key"]: f for f in documents[1]["fields"]}
    height = load_image(upside_down).height
    assert by_key["id_number"]["box"]["bottom"] < by_key["name"]["box"]["top"] < height


def test_auto_detects_the_card_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("rapidocr")
    back, truth = _photo(tmp_path, "idcard_back", "skew", seed=5)
    (document,) = _recognize(capsys, "--doc-type", "auto", str(back))
    assert document["doc_type"] == "idcard_back"
    assert {f["key"]: f["value"] for f in document["fields"]} == truth


def test_providers_lists_the_offline_types(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    local = next(entry for entry in listed if entry["id"] == "local")
    assert {"general", "idcard_front", "bank_card", "vat_invoice", "auto"} <= set(local["doc_types"])
