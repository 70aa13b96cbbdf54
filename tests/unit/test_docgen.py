"""The corpus renderers (tests/docgen): truth values valid, images decodable, output deterministic."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.imaging import load_image
from ocrdesk.validation.checks import check_bank_card, check_id_number, id_birth_date, id_sex
from ocrdesk.validation.dates import parse_period
from tests.docgen import RENDERERS, variant_for
from tests.docgen.bank import luhn_complete
from tests.docgen.capture import CONDITIONS, capture
from tests.docgen.fonts import fonts_available
from tests.docgen.identity import ETHNICITIES, SURNAMES, split_pool

pytestmark = pytest.mark.skipif(not fonts_available(), reason="needs fonts-noto-cjk and DejaVu fonts")

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "corpus" / "fields"
TODAY = dt.date(2026, 1, 1)


def _birth_text(value: str) -> dt.date:
    year, rest = value.split("年")
    month, rest = rest.split("月")
    return dt.date(int(year), int(month), int(rest.rstrip("日")))


def check_truth(doc_type: str, fields: dict[str, str]) -> None:
    """The ground truth of one document is internally consistent and uses canonical keys."""
    assert set(fields) <= set(CANONICAL_KEYS[DocType(doc_type)])
    assert all(value and value == value.strip() for value in fields.values())
    if doc_type == "idcard_front":
        number = fields["id_number"]
        assert check_id_number(number, TODAY) == []
        assert id_birth_date(number) == _birth_text(fields["birth_date"])
        assert id_sex(number) == fields["sex"]
        assert fields["ethnicity"] in ETHNICITIES
        assert len(fields["address"]) <= 33
    elif doc_type == "idcard_back":
        period = parse_period(fields["valid_period"])
        assert period is not None and period.start is not None
        if not period.long_term:
            assert period.end is not None and period.end.year - period.start.year in (10, 20)
        assert fields["authority"].endswith("分局") and "公安局" in fields["authority"]
    elif doc_type == "bank_card":
        assert check_bank_card(fields["card_number"]) == []
        assert fields["card_type"] in ("借记卡", "信用卡")
        if "valid_date" in fields:
            month, year = fields["valid_date"].split("/")
            assert 1 <= int(month) <= 12 and len(year) == 2


@pytest.mark.parametrize("doc_type", list(RENDERERS))
@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_rendered_truth_is_valid_and_deterministic(doc_type: str, split: str) -> None:
    for seed in range(4):
        first = RENDERERS[doc_type](random.Random(seed), variant_for(split))
        check_truth(doc_type, first.fields)
        assert first.image.mode == "RGBA" and first.image.width > first.image.height
    again = RENDERERS[doc_type](random.Random(3), variant_for(split))
    assert again.fields == first.fields
    assert again.image.tobytes() == first.image.tobytes()


def test_luhn_completion_matches_the_validator() -> None:
    rng = random.Random(1)
    for length in (16, 19):
        for _ in range(50):
            number = luhn_complete("".join(str(rng.randint(0, 9)) for _ in range(length - 1)))
            assert check_bank_card(number) == []
            broken = number[:-1] + str((int(number[-1]) + 1) % 10)
            assert check_bank_card(broken) != []


def test_splits_draw_from_disjoint_vocabularies() -> None:
    assert not set(split_pool(SURNAMES, "dev")) & set(split_pool(SURNAMES, "holdout"))
    with pytest.raises(ValueError):
        variant_for("test")


@pytest.mark.parametrize("condition", CONDITIONS)
def test_every_condition_gives_a_decodable_upright_jpeg(condition: str, tmp_path: Path) -> None:
    rendered = RENDERERS["bank_card"](random.Random(7), variant_for("dev"))
    captured = capture(rendered, condition, random.Random(8), "dev")
    data = captured.encode()
    assert data == capture(rendered, condition, random.Random(8), "dev").encode()
    path = tmp_path / "photo.jpg"
    path.write_bytes(data)
    loaded = load_image(path)  # the app's loader applies EXIF orientation
    stored = Image.open(io.BytesIO(data))
    if condition in ("rot90", "rot270"):
        assert loaded.height > loaded.width  # the card lies on its side in the pixels
    elif condition == "exif":
        assert ImageOps.exif_transpose(stored).size == loaded.image.size
        assert loaded.width > loaded.height  # upright landscape card once the tag is applied
        if captured.exif_orientation in (6, 8):
            assert stored.height > stored.width
    else:
        assert loaded.width > loaded.height
    if condition == "small600":
        assert 600 <= loaded.width < 900


def test_capture_rejects_unknown_conditions() -> None:
    rendered = RENDERERS["idcard_back"](random.Random(0), variant_for("dev"))
    with pytest.raises(ValueError):
        capture(rendered, "underwater", random.Random(0), "dev")


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_committed_corpus_matches_its_truth(split: str) -> None:
    truth_path = CORPUS / split / "truth.json"
    if not truth_path.exists():
        pytest.skip(f"no {split} corpus committed yet")
    truth = json.loads(truth_path.read_text("utf-8"))
    assert truth
    files = {str(p.relative_to(CORPUS / split)) for p in (CORPUS / split).rglob("*.jpg")}
    assert files == set(truth)
    for name, entry in truth.items():
        assert name.startswith(f"{entry['doc_type']}/")
        assert entry["condition"] in CONDITIONS
        if entry["doc_type"] in ("idcard_front", "idcard_back", "bank_card"):
            check_truth(entry["doc_type"], entry["fields"])
