"""`ocrdesk recognize` treats a damaged PDF like a damaged image: exit 1, an error row, in input order."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from ocrdesk import providers
from ocrdesk.cli import main
from tests.fake_providers import FakeProvider


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(providers._REGISTRY, "fake", "tests.fake_providers:FakeProvider")
    monkeypatch.setattr(FakeProvider, "warmed_up", 0)


def _damaged_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_damaged_pdf_alone_is_a_failed_document(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = _damaged_pdf(tmp_path / "坏的.pdf")
    code, out, err = _run(capsys, "recognize", "--provider", "fake", str(pdf))
    assert code == 1, err  # like a damaged image; not a usage error (2)
    (document,) = json.loads(out)["documents"]
    assert document["source"] == str(pdf) and document["status"] == "error"
    assert document["error"]["code"].startswith("pdf.") and document["error"]["message"]
    assert "坏的.pdf" in err and "nothing to recognise" not in err
    assert FakeProvider.warmed_up == 0  # nothing to read: no engine started for it


def test_a_damaged_pdf_keeps_its_place_in_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("1.jpg", "10.jpg", "3.png"):
        Image.new("RGB", (80, 40), "white").save(folder / name)
    (folder / "2.jpg").write_bytes(b"not a jpeg")  # a damaged image, for comparison
    _damaged_pdf(folder / "5.pdf")
    code, out, _err = _run(capsys, "recognize", "--provider", "fake", str(folder), str(tmp_path / "gone.jpg"))
    assert code == 1
    rows = [(Path(d["source"]).name, d["status"]) for d in json.loads(out)["documents"]]
    assert rows == [
        ("1.jpg", "ok"),
        ("2.jpg", "error"),
        ("3.png", "ok"),
        ("5.pdf", "error"),
        ("10.jpg", "ok"),
        ("gone.jpg", "error"),
    ]


def test_a_damaged_pdf_has_its_row_in_a_csv(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = tmp_path / "a.jpg"
    Image.new("RGB", (80, 40), "white").save(first)
    pdf = _damaged_pdf(tmp_path / "b.pdf")
    target = tmp_path / "out.csv"
    code, out, _err = _run(capsys, "recognize", "--provider", "fake", "-o", str(target), str(pdf), str(first))
    assert (code, out) == (1, "")
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert [(Path(r["source"]).name, r["status"]) for r in rows] == [("b.pdf", "error"), ("a.jpg", "ok")]
    assert rows[0]["error"]


def test_only_damaged_pdfs_with_an_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    pdfs = [str(_damaged_pdf(tmp_path / f"{n}.pdf")) for n in (2, 1)]
    code, out, _err = _run(capsys, "recognize", "--provider", "fake", "-o", str(target), *pdfs)
    assert (code, out) == (1, "")
    documents = json.loads(target.read_text(encoding="utf-8"))["documents"]
    assert [d["source"] for d in documents] == pdfs  # the order named, not sorted
