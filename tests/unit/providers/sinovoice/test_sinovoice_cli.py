"""`ocrdesk recognize --provider sinovoice` end to end: env-var credentials, the fake server, JSON out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from ocrdesk.cli import main
from tests.fakes.server import FakeServer
from tests.fakes.sinovoice_helpers import (  # noqa: F401 - fixtures
    fake_fixture,
    server_fixture,
    sinovoice_slot_fixture,
)
from tests.fakes.sinovoice_server import APP_KEY, DEV_KEY, SinoVoiceFake


@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "card.png"
    Image.new("RGB", (1600, 1000), "white").save(path)
    return path


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCRDESK_SINOVOICE_APP_KEY", APP_KEY)
    monkeypatch.setenv("OCRDESK_SINOVOICE_DEV_KEY", DEV_KEY)


def run(server: FakeServer, tmp_path: Path, image: Path, doc_type: str) -> tuple[int, dict[str, Any]]:
    out = tmp_path / "out.json"
    args = ["recognize", "--provider", "sinovoice", "--doc-type", doc_type, "--endpoint", server.url]
    code = main([*args, "-o", str(out), str(image)])
    return code, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


@pytest.mark.usefixtures("credentials")
def test_idcard_front(server: FakeServer, tmp_path: Path, image: Path) -> None:
    code, result = run(server, tmp_path, image, "idcard_front")
    assert code == 0
    assert result["format"] == "ocrdesk.result/1"
    (document,) = result["documents"]
    assert (document["provider"], document["doc_type"], document["status"]) == ("sinovoice", "idcard_front", "ok")
    assert document["image"]["width"] == 1600
    fields = {f["key"]: f for f in document["fields"]}
    assert list(fields) == ["id_number", "ethnicity", "name", "sex", "birth_date", "address"]
    assert fields["birth_date"]["value"] == "1991-03-16"
    assert fields["birth_date"]["label"] == "出生日期"
    assert fields["birth_date"]["box"] == {"left": 209, "top": 265, "right": 485, "bottom": 293}
    assert fields["name"]["value"] == "陈丹阳" and fields["name"]["confidence"] is None
    assert server.requests[-1].header("x-app-key") == APP_KEY


@pytest.mark.usefixtures("credentials")
def test_general_text_lines_with_boxes(server: FakeServer, tmp_path: Path, image: Path) -> None:
    code, result = run(server, tmp_path, image, "general")
    assert code == 0
    first, second = result["documents"][0]["fields"]
    assert (first["key"], first["label"], first["value"]) == ("line_1", "Line 1", "北京捷通华声图像云技冠中华")
    assert first["box"] == {"left": 40, "top": 40, "right": 454, "bottom": 80}
    assert first["polygon"] == [[40, 40], [454, 40], [454, 80], [40, 80]]
    assert first["confidence"] == round((12 + (1 - 102 / 255)) / 13, 4)
    assert (second["value"], second["confidence"]) == ("灵云 OCR 5.2", 1.0)


@pytest.mark.usefixtures("credentials")
def test_vendor_error_exits_1(
    fake: SinoVoiceFake, server: FakeServer, tmp_path: Path, image: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.faults = [240]
    code, result = run(server, tmp_path, image, "bank_card")
    assert code == 1
    (document,) = result["documents"]
    assert document["status"] == "error"
    assert document["error"]["code"] == "240"
    assert "用户账号余额不足" in document["error"]["message"]
    assert "240" in capsys.readouterr().err


def test_wrong_dev_key_exits_1_without_leaking_it(
    server: FakeServer, tmp_path: Path, image: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "SECRET-cli-dev-key-0b1d"
    monkeypatch.setenv("OCRDESK_SINOVOICE_APP_KEY", APP_KEY)
    monkeypatch.setenv("OCRDESK_SINOVOICE_DEV_KEY", secret)
    code, result = run(server, tmp_path, image, "passport")
    assert code == 1
    assert result["documents"][0]["error"]["code"] == "211"
    captured = capsys.readouterr()
    assert secret not in captured.err + captured.out + json.dumps(result)


@pytest.mark.usefixtures("credentials")
def test_missing_endpoint_exits_2(tmp_path: Path, image: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["recognize", "--provider", "sinovoice", "--doc-type", "general", "-o", str(tmp_path / "o.json")]
    assert main([*args, str(image)]) == 2
    assert "endpoint" in capsys.readouterr().err
    assert not (tmp_path / "o.json").exists()


def test_missing_dev_key_exits_2(
    server: FakeServer, tmp_path: Path, image: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OCRDESK_SINOVOICE_APP_KEY", APP_KEY)
    code, _ = run(server, tmp_path, image, "general")
    assert code == 2
    assert "OCRDESK_SINOVOICE_DEV_KEY" in capsys.readouterr().err
    assert server.requests == []


@pytest.mark.usefixtures("credentials")
def test_unsupported_doc_type_exits_2(server: FakeServer, tmp_path: Path, image: Path) -> None:
    assert run(server, tmp_path, image, "license_plate")[0] == 2


def test_providers_json_lists_sinovoice(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers", "--json"]) == 0
    entry = next(e for e in json.loads(capsys.readouterr().out) if e["id"] == "sinovoice")
    assert entry["default_endpoint"] is None
    assert "idcard_front" in entry["doc_types"] and "home_return_permit" in entry["doc_types"]
    settings = {s["name"]: s for s in entry["settings"]}
    assert settings["dev_key"]["secret"] and settings["dev_key"]["required"]
    assert not settings["app_key"]["secret"] and settings["app_key"]["required"]
    assert not settings["text_language"]["required"] and not settings["with_position"]["required"]
