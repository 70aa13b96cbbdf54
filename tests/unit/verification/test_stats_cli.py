"""`ocrdesk stats EXPORT…` prints accuracy per field from JSON exports and sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ocrdesk.cli import main
from ocrdesk.model import DocStatus, Document, Field, ReviewMethod
from ocrdesk.verification.records import confirm


def _export(path: Path, edited: bool) -> Path:
    document = Document("a.jpg", provider="tencent-cloud", doc_type="bank_card", status=DocStatus.OK)
    document.fields = [Field("card_number", "卡号", "6222020200112233445", confidence=0.9)]
    if edited:
        document.fields[0].value = "6222020200112233446"
    confirm(document, ReviewMethod.DOUBLE_ENTRY, seconds=8.0)
    path.write_text(json.dumps({"format": "ocrdesk.result/1", "documents": [document.to_dict()]}), encoding="utf-8")
    return path


def test_stats_prints_each_field_of_each_engine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _export(tmp_path / "a.json", False), _export(tmp_path / "b.json", True)
    assert main(["stats", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "card_number" in line)
    assert row.split() == ["tencent-cloud", "bank_card", "card_number", "2", "50.0%", "50.0%"]
    assert "double_entry 2" in out

    assert main(["stats", "--json", str(first)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fields"][0]["accuracy"] == 1.0
    assert data["documents"][0]["mean_review_seconds"] == 8.0


def test_stats_names_an_unreadable_file_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    assert main(["stats", str(missing)]) == 1
    assert "missing.json" in capsys.readouterr().err
