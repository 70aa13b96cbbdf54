"""The corpus renderers (tests/docgen): truth values valid, images decodable, output deterministic."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
from decimal import Decimal
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageOps

from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.imaging import load_image
from ocrdesk.validation.checks import (
    check_bank_card,
    check_credit_code,
    check_id_number,
    check_plate,
    check_vin,
    id_birth_date,
    id_sex,
)
from ocrdesk.validation.dates import parse_date, parse_period
from tests.docgen import DEFAULT_SEEDS, RENDERERS, document_rng, variant_for
from tests.docgen.bank import luhn_complete
from tests.docgen.capture import CONDITIONS, capture
from tests.docgen.company import chinese_amount, registration_check
from tests.docgen.fonts import fonts_available
from tests.docgen.identity import ETHNICITIES, SURNAMES, split_pool
from tests.docgen.invoice import money_in_words

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
    elif doc_type == "business_license":
        assert ("credit_code" in fields) != ("registration_number" in fields)
        if "credit_code" in fields:
            assert check_credit_code(fields["credit_code"]) == []
        else:
            assert registration_check(fields["registration_number"])
        for key in ("established_date", "issue_date"):
            assert parse_date(fields[key]) is not None
        assert len(fields["business_scope"]) > 10
    elif doc_type == "driver_license":
        assert check_id_number(fields["license_number"], TODAY) == []
        assert id_sex(fields["license_number"]) == fields["sex"]
        assert ("valid_to" in fields) != ("valid_period" in fields)
        assert parse_date(fields["valid_from"]) is not None
    elif doc_type == "vehicle_license":
        assert check_vin(fields["vin"]) == []
        assert check_plate(fields["plate_number"]) == []
        assert parse_date(fields["register_date"]) <= parse_date(fields["issue_date"])  # type: ignore[operator]
    elif doc_type == "vat_invoice":
        assert Decimal(fields["amount"]) + Decimal(fields["tax"]) == Decimal(fields["total"])
        assert fields["total_in_words"] == money_in_words(Decimal(fields["total"]))
        assert check_credit_code(fields["buyer_tax_id"]) == [] and check_credit_code(fields["seller_tax_id"]) == []
        assert len(fields["invoice_number"]) == 8 and len(fields["invoice_code"]) in (10, 12)
        assert "check_code" not in fields or len(fields["check_code"]) == 20


@pytest.mark.parametrize("doc_type", list(RENDERERS))
@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_rendered_truth_is_valid_and_deterministic(doc_type: str, split: str) -> None:
    for seed in range(2):
        first = RENDERERS[doc_type](random.Random(seed), variant_for(split))
        check_truth(doc_type, first.fields)
        assert first.image.mode == "RGBA"
        assert (first.image.width > first.image.height) == (doc_type != "business_license")
    again = RENDERERS[doc_type](random.Random(1), variant_for(split))
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
        check_truth(entry["doc_type"], entry["fields"])


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_committed_truth_is_what_the_renderers_make(split: str) -> None:
    """The committed corpus is reproducible: the first document of every type renders to its committed truth."""
    truth_path = CORPUS / split / "truth.json"
    if not truth_path.exists():
        pytest.skip(f"no {split} corpus committed yet")
    truth = json.loads(truth_path.read_text("utf-8"))
    for doc_type, render in RENDERERS.items():
        first = next((entry for name, entry in truth.items() if name.startswith(f"{doc_type}/000_")), None)
        if first is None:
            continue
        rendered = render(document_rng(DEFAULT_SEEDS[split], split, doc_type, 0), variant_for(split))
        assert rendered.fields == first["fields"], doc_type


def test_money_and_capital_numerals() -> None:
    assert money_in_words(Decimal("1308.63")) == "壹仟叁佰零捌圆陆角叁分"
    assert money_in_words(Decimal("200")) == "贰佰圆整"
    assert money_in_words(Decimal("100000.05")) == "壹拾万圆零伍分"
    assert money_in_words(Decimal("10010.10")) == "壹万零壹拾圆壹角整"
    assert chinese_amount(1050) == "壹仟零伍拾"


def test_invoice_qr_code_carries_the_printed_fields() -> None:
    rendered = RENDERERS["vat_invoice"](random.Random(3), variant_for("dev"))
    bgr = np.ascontiguousarray(np.asarray(rendered.image.convert("RGB"))[:, :, ::-1])
    payload, _, _ = cv2.QRCodeDetector().detectAndDecode(bgr)
    parts = payload.split(",")
    fields = rendered.fields
    assert parts[0] == "01" and parts[1] in ("01", "04") and len(parts) == 8
    assert parts[2:5] == [fields["invoice_code"], fields["invoice_number"], fields["amount"]]
    assert parts[5] == fields["invoice_date"].replace("年", "").replace("月", "").replace("日", "")
    assert parts[6] == fields.get("check_code", "")
