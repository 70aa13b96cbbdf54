"""The team commands against a real PostgreSQL: init, add, status, claim, submit, release, export, exit statuses."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from ocrdesk import cli
from ocrdesk.team.db import connect
from ocrdesk.team.review import audit_of
from ocrdesk.team.worker import Worker
from tests.postgres_server import PostgresServer
from tests.unit.team.helpers import PROVIDER, make_images, provider_factory, query, vendor


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def recognize_all(url: str) -> None:
    with vendor() as server:
        stats = Worker(url, provider_factory(server), concurrency=2, poll=0.1, until_done=True).run()
    assert stats.config_error is None


def add(capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path, count: int) -> list[int]:
    make_images(tmp_path / "in", count)
    code, out, _err = run(capsys, "team", "add", "--db", url, "--provider", PROVIDER, str(tmp_path / "in"))
    assert code == 0
    return [int(line.split("\t")[0]) for line in out.splitlines()]


def test_init_is_safe_to_run_again_and_status_lists_every_state(
    team_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "team", "init", "--db", team_db)
    assert code == 0 and "ready (schema 0001)" in out
    code, out, _ = run(capsys, "team", "status", "--db", team_db, "--json")
    assert code == 0
    assert json.loads(out) == dict.fromkeys(("queued", "recognizing", "ready", "in_review", "reviewed", "error"), 0)


def test_add_prints_id_and_source_per_document_and_queues_them(
    team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_images(tmp_path / "in", 3)
    monkeypatch.setenv("OCRDESK_DB", team_db)  # the URL from the environment
    code, out, _ = run(capsys, "team", "add", "--provider", PROVIDER, str(tmp_path / "in"))
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert [source for _id, source in lines] == [str(p) for p in paths]
    code, again, _ = run(capsys, "team", "add", "--provider", PROVIDER, str(paths[0]))
    assert code == 0 and again.split("\t")[1] == f"{paths[0]}\n"
    assert len({int(i) for i, _ in lines} | {int(again.split("\t")[0])}) == 4
    # the same file twice is one stored image
    assert query(team_db, "SELECT count(*) FROM images") == [(3,)]
    code, out, _ = run(capsys, "team", "status", "--json")
    assert json.loads(out)["queued"] == 4


def test_usage_errors_exit_2_with_one_line(
    team_db: str, postgres: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_images(tmp_path, 1)
    closed = f"postgresql://ocr:s3cret-pw@127.0.0.1:{postgres.port + 1}/postgres"  # nothing listens there
    code, _out, err = run(capsys, "team", "status", "--db", closed)
    assert code == 2 and err.count("\n") == 1 and "cannot reach the team database" in err
    assert "Connection refused" in err and "s3cret-pw" not in err
    code, _out, err = run(capsys, "team", "status", "--db", postgres.url)  # no schema there
    assert code == 2 and "ocrdesk team init" in err
    code, _out, err = run(capsys, "team", "add", "--db", team_db, "--provider", "nope", str(tmp_path))
    assert code == 2 and "unknown provider" in err


def test_review_flow_audit_and_export(team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = add(capsys, team_db, tmp_path, 2)
    recognize_all(team_db)
    assert json.loads(run(capsys, "team", "status", "--db", team_db, "--json")[1])["ready"] == 2

    code, out, _ = run(capsys, "team", "claim", "--db", team_db, "--operator", "张三", "--json")
    assert code == 0
    claimed = json.loads(out)
    assert claimed["id"] == ids[0] and claimed["fields"]
    machine = claimed["fields"][0]["ocr_value"]
    claimed["fields"][0]["value"] = "corrected by hand"
    submission = tmp_path / "doc.json"
    submission.write_text(json.dumps(claimed, ensure_ascii=False), encoding="utf-8")
    before = time.time()
    code, out, _ = run(capsys, "team", "submit", "--db", team_db, "--operator", "张三", str(submission))
    assert code == 0 and "reviewed by 张三" in out

    with connect(team_db) as connection:
        audit = audit_of(connection, ids[0])
    first = audit[0]
    assert (first.field_key, first.machine_value, first.submitted_value) == (
        claimed["fields"][0]["key"],
        machine,
        "corrected by hand",
    )
    assert {entry.operator for entry in audit} == {"张三"}
    assert len(audit) == len(claimed["fields"]) and abs(first.at.timestamp() - before) < 60

    counts = json.loads(run(capsys, "team", "status", "--db", team_db, "--json")[1])
    assert (counts["reviewed"], counts["ready"]) == (1, 1)
    for suffix in ("json", "csv", "xlsx"):
        output = tmp_path / f"out.{suffix}"
        assert run(capsys, "team", "export", "--db", team_db, "-o", str(output))[0] == 0
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["documents"]
    assert [(d["id"], d["operator"], d["status"]) for d in exported] == [(ids[0], "张三", "reviewed")]
    assert exported[0]["fields"][0]["value"] == "corrected by hand" and exported[0]["reviewed_at"]
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["operator"] for row in rows} == {"张三"} and rows[0]["value"] == "corrected by hand"
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["Documents"]
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(row=2, column=header.index("operator") + 1).value == "张三"


def test_claim_exits_3_when_nothing_is_ready(team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add(capsys, team_db, tmp_path, 1)  # queued, not recognised yet
    code, out, err = run(capsys, "team", "claim", "--db", team_db, "--operator", "a")
    assert (code, out) == (3, "") and "no document is ready" in err


def test_submission_after_a_lost_claim_exits_4_and_changes_nothing(
    team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = add(capsys, team_db, tmp_path, 1)
    recognize_all(team_db)
    code, out, _ = run(capsys, "team", "claim", "--db", team_db, "--operator", "alice", "--lease", "0.3")
    assert code == 0
    document = json.loads(out)
    time.sleep(0.5)  # alice went idle: her claim ran out and bob takes the document
    code, out, _ = run(capsys, "team", "claim", "--db", team_db, "--operator", "bob")
    assert code == 0 and json.loads(out)["id"] == ids[0]

    document["fields"][0]["value"] = "alice's late change"
    late = tmp_path / "late.json"
    late.write_text(json.dumps(document), encoding="utf-8")
    code, _out, err = run(capsys, "team", "submit", "--db", team_db, "--operator", "alice", str(late))
    assert code == 4 and "held by bob" in err
    never = tmp_path / "never.json"
    never.write_text(json.dumps(document), encoding="utf-8")
    assert run(capsys, "team", "submit", "--db", team_db, "--operator", "carol", str(never))[0] == 4
    assert query(team_db, "SELECT state, holder, reviewed FROM documents") == [("in_review", "bob", None)]
    assert query(team_db, "SELECT count(*) FROM audit") == [(0,)]

    # bob hands it back; then nobody holds it and it is ready again
    assert run(capsys, "team", "release", "--db", team_db, "--operator", "bob", str(ids[0]))[0] == 0
    assert json.loads(run(capsys, "team", "status", "--db", team_db, "--json")[1])["ready"] == 1


def test_database_restart_between_two_operations(
    team_db: str, postgres: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(capsys, team_db, tmp_path, 2)
    postgres.stop()
    try:
        code, out, err = run(capsys, "team", "status", "--db", team_db, "--json")
        assert (code, out) == (2, "") and err.count("\n") == 1 and "cannot reach the team database" in err
    finally:
        postgres.start()
    code, out, _ = run(capsys, "team", "status", "--db", team_db, "--json")
    assert code == 0 and json.loads(out)["queued"] == 2  # nothing lost


def test_pdf_pages_and_a_damaged_file(team_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    scans = make_images(tmp_path / "scans", 2)
    pages = [Image.open(path).convert("RGB") for path in scans]
    folder.mkdir()
    pages[0].save(folder / "a.pdf", save_all=True, append_images=pages[1:])
    (folder / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n this is not really a picture")
    code, out, _ = run(capsys, "team", "add", "--db", team_db, "--provider", PROVIDER, str(folder))
    assert code == 0
    assert [line.split("\t")[1] for line in out.splitlines()] == [
        f"{folder / 'a.pdf'} (page 1)",
        f"{folder / 'a.pdf'} (page 2)",
        str(folder / "b.png"),
    ]
    recognize_all(team_db)
    counts = json.loads(run(capsys, "team", "status", "--db", team_db, "--json")[1])
    assert (counts["ready"], counts["error"], counts["queued"]) == (2, 1, 0)
    output = tmp_path / "all.json"
    assert run(capsys, "team", "export", "--db", team_db, "--status", "all", "-o", str(output))[0] == 0
    documents = json.loads(output.read_text(encoding="utf-8"))["documents"]
    assert [(d["page"], d["status"], d["operator"]) for d in documents] == [
        (1, "ok", None),
        (2, "ok", None),
        (None, "error", None),
    ]
    assert documents[2]["error"]["code"].startswith("image")


def test_the_window_in_team_mode_says_it_is_not_there_yet(capsys: pytest.CaptureFixture[str]) -> None:
    from ocrdesk.__main__ import main

    assert main(["--db", "postgresql://ocr@db.example/ocrdesk"]) == 2
    assert "team mode (--db) is not available yet" in capsys.readouterr().err
