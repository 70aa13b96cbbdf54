"""`ocrdesk recognize --provider tencent-cloud` end to end: env credentials, fake gateway, JSON out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ocrdesk import cli
from tests.fakes.tencent_cloud_server import (
    TEST_SECRET_ID,
    TEST_SECRET_KEY,
    VendorError,
    sample_image,
    tencent_cloud_server,
)


@pytest.fixture
def card(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OCRDESK_TENCENT_CLOUD_SECRET_ID", TEST_SECRET_ID)
    monkeypatch.setenv("OCRDESK_TENCENT_CLOUD_SECRET_KEY", TEST_SECRET_KEY)
    monkeypatch.setenv("OCRDESK_TENCENT_CLOUD_REGION", "ap-shanghai")
    path = tmp_path / "card.png"
    sample_image().image.save(path)
    return path


def _run(server_url: str, card: Path, out: Path) -> int:
    argv = ["recognize", "--provider", "tencent-cloud", "--doc-type", "idcard_front", "--endpoint", server_url]
    return cli.main([*argv, "-o", str(out), str(card)])


def test_recognize_writes_the_normalized_json(card: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    with tencent_cloud_server() as (server, fake):
        assert _run(server.url, card, out) == 0
        assert fake.rejections == []
        assert server.requests[0].header("X-TC-Region") == "ap-shanghai"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["format"] == "ocrdesk.result/1"
    [document] = result["documents"]
    assert (document["provider"], document["doc_type"], document["status"]) == ("tencent-cloud", "idcard_front", "ok")
    assert document["error"] is None
    assert document["image"]["width"] == 640 and document["image"]["height"] == 400
    assert [(f["key"], f["label"], f["value"]) for f in document["fields"]] == [
        ("name", "Name", "李明"),
        ("sex", "Sex", "男"),
        ("ethnicity", "Nation", "汉"),
        ("birth_date", "Birth", "1987/1/1"),
        ("address", "Address", "北京市石景山区高新技术园腾讯大楼"),
        ("id_number", "IdNum", "440524198701010014"),
    ]
    assert all(f["box"] is None and f["confidence"] is None for f in document["fields"])


def test_vendor_error_exits_1_with_the_code_in_the_output(
    card: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    with tencent_cloud_server() as (server, fake):
        fake.queue(VendorError("FailedOperation.ImageNoIdCard", "图片中未检测到身份证"))
        assert _run(server.url, card, out) == 1
    [document] = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert document["status"] == "error" and document["fields"] == []
    assert document["error"]["code"] == "FailedOperation.ImageNoIdCard"
    assert "No ID card found" in document["error"]["message"]
    stderr = capsys.readouterr().err
    assert "FailedOperation.ImageNoIdCard" in stderr
    assert TEST_SECRET_KEY not in stderr and TEST_SECRET_KEY not in out.read_text(encoding="utf-8")


def test_missing_secret_key_is_a_usage_error(
    card: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OCRDESK_TENCENT_CLOUD_SECRET_KEY")
    with tencent_cloud_server() as (server, _fake):
        assert _run(server.url, card, tmp_path / "out.json") == 2
        assert server.requests == []
    assert "OCRDESK_TENCENT_CLOUD_SECRET_KEY" in capsys.readouterr().err


def test_a_warned_document_gets_one_stderr_line_and_fails_with_fail_on_warning(
    card: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    second = tmp_path / "clean.png"
    sample_image().image.save(second)
    with tencent_cloud_server() as (server, fake):
        fake.conditions["IDCardOCR"] = [-9102, -9107]
        out = tmp_path / "out.xlsx"
        assert _run(server.url, card, out) == 0  # a warning alone is not a failure…
        lines = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
        assert lines == [
            f"ocrdesk: {card}: warning: copy (-9102): The picture is a photocopy, not the original; "
            "glare (-9107): Glare over the card"
        ]
        argv = ["recognize", "--provider", "tencent-cloud", "--doc-type", "idcard_front", "--endpoint", server.url]
        # …unless the script says so; every page is still written, the warned one with its warnings
        status = cli.main([*argv, "--fail-on-warning", "-o", str(tmp_path / "out.json"), str(card), str(second)])
        assert status == 1
        fake.conditions.clear()
        assert cli.main([*argv, "--fail-on-warning", "-o", str(tmp_path / "clean.json"), str(second)]) == 0
    documents = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["documents"]
    assert [[w["code"] for w in d["warnings"]] for d in documents] == [["copy", "glare"], ["copy", "glare"]]
    assert all(d["status"] == "ok" for d in documents)
