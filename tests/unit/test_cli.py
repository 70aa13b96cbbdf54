"""`ocrdesk recognize` / `ocrdesk providers`: exit statuses, output, errors, progress (INTERFACE.md).

Recognition uses tests.fake_providers registered in the provider registry, never the real engine.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from ocrdesk import cli, providers, redact
from ocrdesk.cli import Progress, main
from ocrdesk.redact import register_secret
from tests.fake_providers import FakeProvider

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(providers._REGISTRY, "fake", "tests.fake_providers:FakeProvider")
    monkeypatch.setitem(providers._REGISTRY, "needs-key", "tests.fake_providers:NeedsKeyProvider")
    monkeypatch.setattr(FakeProvider, "warmed_up", 0)


@pytest.fixture(autouse=True)
def sigint_handler() -> Iterator[None]:
    """After Ctrl+C the CLI leaves a handler that ends the process at once: not in this one."""
    handler = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, handler)


@pytest.fixture
def images(tmp_path: Path) -> Path:
    folder = tmp_path / "扫描 件"
    folder.mkdir()
    for name, size in (("10.jpg", (100, 50)), ("2.jpg", (60, 40))):
        Image.new("RGB", size, "white").save(folder / name)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_recognize_folder_prints_json(capsys: pytest.CaptureFixture[str], images: Path) -> None:
    code, out, err = run(capsys, "recognize", "--provider", "fake", str(images))
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "ocrdesk.result/1"
    docs = data["documents"]
    assert [Path(d["source"]).name for d in docs] == ["2.jpg", "10.jpg"]
    assert docs[0]["source"] == str(images / "2.jpg")
    assert docs[1]["image"]["width"] == 100 and docs[1]["status"] == "ok"
    assert docs[1]["fields"][0]["box"] == {"left": 10, "top": 10, "right": 90, "bottom": 25}
    assert docs[1]["provider"] == "fake" and docs[1]["doc_type"] == "general"
    assert "扫描 件" in out  # UTF-8, not escapes
    assert err == ""  # not a terminal: no progress, no chatter
    assert FakeProvider.warmed_up == 1


def test_failures_exit_1_and_keep_going(capsys: pytest.CaptureFixture[str], images: Path) -> None:
    Image.new("RGB", (30, 30), "white").save(images / "3-fail.png")
    (images / "4.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    code, out, err = run(capsys, "recognize", "--provider", "fake", str(images))
    assert code == 1
    docs = json.loads(out)["documents"]
    assert [(Path(d["source"]).name, d["status"]) for d in docs] == [
        ("2.jpg", "ok"),
        ("3-fail.png", "error"),
        ("4.png", "error"),
        ("10.jpg", "ok"),
    ]
    assert docs[1]["error"] == {"code": "fake.no_text", "message": "fake failure: no text found"}
    assert docs[2]["error"]["code"] in {"image.corrupt", "image.not_image"}
    lines = err.splitlines()
    assert lines[0] == f"ocrdesk: {images / '3-fail.png'}: fake failure: no text found"
    assert lines[1].startswith(f"ocrdesk: {images / '4.png'}: ") and "4.png: 4.png" not in lines[1]
    assert len(lines) == 2 and "Traceback" not in err


def test_pdf_pages_and_missing_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pdf = tmp_path / "doc.pdf"
    pages = [Image.new("RGB", (200, 100), "white") for _ in range(2)]
    pages[0].save(pdf, save_all=True, append_images=pages[1:], resolution=100)
    code, out, err = run(
        capsys, "recognize", "--provider", "fake", "--dpi", "100", str(pdf), str(tmp_path / "gone.jpg")
    )
    assert code == 1
    docs = json.loads(out)["documents"]
    assert [(d["page"], d["status"]) for d in docs] == [(1, "ok"), (2, "ok"), (None, "error")]
    assert docs[0]["fields"][0]["value"] == "doc.pdf 200x100 p1"
    assert docs[2]["error"]["code"] == "input.not_found"
    assert "gone.jpg: no such file or folder" in err


@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".csv"])
def test_output_file_by_suffix(capsys: pytest.CaptureFixture[str], images: Path, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"结果{suffix}"
    code, out, err = run(capsys, "recognize", "--provider", "fake", "-o", str(target), str(images))
    assert (code, out) == (0, ""), err
    if suffix == ".json":
        assert len(json.loads(target.read_text(encoding="utf-8"))["documents"]) == 2
    elif suffix == ".xlsx":
        assert load_workbook(target).sheetnames[:2] == ["Documents", "Fields"]
    else:
        rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
        assert len(rows) == 3 and rows[1][6] == "2.jpg 60x40"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--provider", "nope"], "unknown provider 'nope'"),
        (["--provider", "fake", "--doc-type", "bank_card"], "does not support 'bank_card'"),
        (["--provider", "fake", "--doc-type", "receipt"], "unknown document type 'receipt'"),
        (["--provider", "fake", "-o", "out.txt"], "'.txt' is not one of .json, .xlsx, .csv"),
        (["--provider", "fake", "-o", "no/such/folder/out.json"], "does not exist"),
        (["--provider", "needs-key"], "token"),
    ],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], images: Path, argv: list[str], message: str) -> None:
    code, out, err = run(capsys, "recognize", *argv, str(images))
    assert code == 2
    assert out == ""
    assert message in err and err.startswith("ocrdesk: ")
    assert "Traceback" not in err


def test_all_inputs_missing_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "recognize", "--provider", "fake", str(tmp_path / "a.jpg"), str(tmp_path / "b"))
    assert (code, out) == (2, "")
    assert err.count("no such file or folder") == 2 and "nothing to recognise" in err


def test_argparse_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recognize"]) == 2
    assert main(["recognize", "--bogus", "x.jpg"]) == 2
    assert main(["providers", "extra"]) == 2
    capsys.readouterr()


def test_credential_from_environment(
    capsys: pytest.CaptureFixture[str], images: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("ocrdesk.config")
    monkeypatch.setenv("OCRDESK_NEEDS_KEY_TOKEN", "t0ken")
    code, out, err = run(capsys, "recognize", "--provider", "needs-key", str(images))
    assert code == 0, err
    assert "t0ken" not in out + err


def test_endpoint_reaches_the_provider(
    capsys: pytest.CaptureFixture[str], images: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, str]] = []
    original = FakeProvider.warm_up

    def record(self: FakeProvider) -> None:
        seen.append(dict(self.config))
        original(self)

    monkeypatch.setattr(FakeProvider, "warm_up", record)
    code, _out, err = run(capsys, "recognize", "--provider", "fake", "--endpoint", "http://127.0.0.1:9/x", str(images))
    assert code == 0, err
    assert seen[0]["endpoint"] == "http://127.0.0.1:9/x"


def test_ctrl_c_exits_130_without_traceback(
    capsys: pytest.CaptureFixture[str], images: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl+C reaches the main thread while it waits for the workers.
    def interrupt(self: object, timeout: float | None = None) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.BatchRunner, "wait", interrupt)
    code, out, err = run(capsys, "recognize", "--provider", "fake", str(images))
    assert (code, out) == (130, "")
    assert err == "ocrdesk: interrupted\n"


def test_unexpected_exception_fails_that_page_only(
    capsys: pytest.CaptureFixture[str], images: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cli.recognize_image

    def broken_for_first(provider, image, doc_type, cancel):  # type: ignore[no-untyped-def]
        if image.source.endswith("10.jpg"):
            raise RuntimeError("boom")
        return real(provider, image, doc_type, cancel)

    monkeypatch.setattr(cli, "recognize_image", broken_for_first)
    code, out, err = run(capsys, "recognize", "--provider", "fake", str(images))
    assert code == 1
    [line] = err.splitlines()
    assert line.startswith("ocrdesk: ") and line.endswith("10.jpg: internal error: RuntimeError: boom")
    statuses = [(Path(d["source"]).name, d["status"]) for d in json.loads(out)["documents"]]
    assert statuses == [("2.jpg", "ok"), ("10.jpg", "error")]


def test_write_failure_exit_1(
    capsys: pytest.CaptureFixture[str], images: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cli, "export_documents", locked)
    code, _out, err = run(capsys, "recognize", "--provider", "fake", "-o", str(tmp_path / "x.xlsx"), str(images))
    assert code == 1
    assert f"cannot write {tmp_path / 'x.xlsx'}: permission denied" in err
    journal = tmp_path / "x.xlsx.partial.jsonl"
    assert f"the finished pages are kept in {journal}" in err
    kept = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(d["source"]).name for d in kept) == ["10.jpg", "2.jpg"]
    assert all(d["status"] == "ok" and d["fields"] for d in kept)
    if os.name == "posix":
        assert journal.stat().st_mode & 0o777 == 0o600  # recognised personal data


def test_each_finished_page_is_journaled_as_it_goes(
    capsys: pytest.CaptureFixture[str], images: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "out.json.partial.jsonl"
    seen: list[list[str]] = []
    real = cli.recognize_image

    def watching(provider, image, doc_type, cancel):  # type: ignore[no-untyped-def]
        lines = journal.read_text(encoding="utf-8").splitlines()
        seen.append([Path(json.loads(line)["source"]).name for line in lines])
        return real(provider, image, doc_type, cancel)

    monkeypatch.setattr(cli, "recognize_image", watching)
    code, _out, err = run(capsys, "recognize", "--provider", "fake", "-o", str(tmp_path / "out.json"), str(images))
    assert code == 0, err
    assert seen == [[], ["2.jpg"]]  # the first page was on disk before the second began
    assert not journal.exists()  # the run ended well: only the result remains
    assert len(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["documents"]) == 2


def test_an_older_journal_is_never_overwritten(
    capsys: pytest.CaptureFixture[str], images: Path, tmp_path: Path
) -> None:
    older = tmp_path / "out.json.partial.jsonl"
    older.write_text('{"kept": "from a killed run"}\n', encoding="utf-8")
    code, _out, err = run(capsys, "recognize", "--provider", "fake", "-o", str(tmp_path / "out.json"), str(images))
    assert code == 0, err
    assert older.read_text(encoding="utf-8") == '{"kept": "from a killed run"}\n'
    assert not (tmp_path / "out.json.partial-2.jsonl").exists()


def test_ctrl_c_keeps_the_finished_pages(
    capsys: pytest.CaptureFixture[str], images: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import _thread

    from ocrdesk.errors import Cancelled

    real = cli.recognize_image
    calls: list[int] = []

    def interrupted_on_the_second(provider, image, doc_type, cancel):  # type: ignore[no-untyped-def]
        if str(tmp_path) not in image.source:  # a page of an earlier test's run, still winding down
            return real(provider, image, doc_type, cancel)
        calls.append(1)
        if len(calls) == 2:
            journal = tmp_path / "out.json.partial.jsonl"
            for _ in range(500):  # pages may run in parallel: let the first one finish
                if journal.exists() and journal.read_text(encoding="utf-8").strip():
                    break
                time.sleep(0.01)
            _thread.interrupt_main()  # Ctrl+C while this page is in flight
            assert cancel.wait(10), "the run did not cancel the page in flight"
            raise Cancelled()
        return real(provider, image, doc_type, cancel)

    monkeypatch.setattr(cli, "recognize_image", interrupted_on_the_second)
    out = tmp_path / "out.json"
    handler = signal.getsignal(signal.SIGINT)
    code, _out, err = run(capsys, "recognize", "--provider", "fake", "-o", str(out), str(images))
    assert signal.getsignal(signal.SIGINT) is not handler  # a second Ctrl+C now ends the process at once
    assert code == 130
    assert err == f"ocrdesk: interrupted: 1 finished page(s) written to {out}\n"
    docs = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert [(Path(d["source"]).name, d["status"]) for d in docs] == [("2.jpg", "ok")]
    assert not (tmp_path / "out.json.partial.jsonl").exists()


def test_verbose_logs_to_stderr(capsys: pytest.CaptureFixture[str], images: Path, tmp_path: Path) -> None:
    code, _out, err = run(
        capsys, "recognize", "--verbose", "--provider", "fake", "-o", str(tmp_path / "a.json"), str(images)
    )
    assert code == 0
    assert "INFO" in err and "wrote 2 document(s)" in err


def test_a_registered_provider_that_cannot_be_loaded(
    capsys: pytest.CaptureFixture[str], images: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(providers._REGISTRY, "broken", "ocrdesk.providers.does_not_exist:Nope")
    code, out, err = run(capsys, "recognize", "--provider", "broken", str(images))
    assert (code, out) == (1, "")  # not the user's typo: not a usage error
    assert err.startswith("ocrdesk: provider 'broken' cannot be loaded (No module named")
    code, out, err = run(capsys, "providers", "--json")
    assert code == 0
    assert "broken" not in [entry["id"] for entry in json.loads(out)]  # the others are still listed
    assert "ocrdesk: provider 'broken' is not available" in err


@pytest.mark.parametrize("verbose", [True, False])
def test_secrets_are_masked_in_the_logs(
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    images: Path,
    tmp_path: Path,
    verbose: bool,
) -> None:
    secret = "sk-CLI-LOG-5a4b3c2d"

    def leaky_warm_up(self: FakeProvider) -> None:
        register_secret(secret)
        logging.getLogger("ocrdesk.providers.http").warning("signing with key=%s", secret)

    monkeypatch.setattr(redact, "_secrets", set())
    monkeypatch.setattr(FakeProvider, "warm_up", leaky_warm_up)
    factory = logging.getLogRecordFactory()
    flags = ["--verbose"] if verbose else []
    code, out, err = run(capsys, "recognize", *flags, "--provider", "fake", "-o", str(tmp_path / "a.json"), str(images))
    assert code == 0
    assert "signing with key=***" in caplog.text
    if verbose:
        assert "signing with key=***" in err  # the CLI's own stderr handler
    assert secret not in out + err + caplog.text
    assert logging.getLogRecordFactory() is factory  # undone for in-process callers


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    terminal = _Terminal()
    progress = Progress(10, terminal)
    progress.show(3, "身份证.jpg")
    progress.show(4, "b.jpg")
    progress.clear()
    text = terminal.getvalue()
    assert "\r[3/10] 身份证.jpg" in text and "\r[4/10] b.jpg" in text
    assert text.endswith("\r") and "\n" not in text

    plain = io.StringIO()
    silent = Progress(10, plain)
    silent.show(1, "a.jpg")
    silent.clear()
    assert plain.getvalue() == ""


def test_providers_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "providers", "--json")
    assert code == 0
    entries = {entry["id"]: entry for entry in json.loads(out)}
    fake = entries["fake"]
    assert set(fake) >= {"id", "name", "doc_types", "settings", "default_endpoint"}
    assert fake["doc_types"] == ["general", "idcard_front"]
    assert fake["default_endpoint"] == "https://fake.invalid"
    token = fake["settings"][0]
    assert (token["name"], token["secret"], token["required"]) == ("token", True, False)
    assert token["env"] == "OCRDESK_FAKE_TOKEN"


def test_providers_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "providers")
    assert code == 0
    assert "fake  Fake provider (tests)" in out and "token*?" in out


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--help")
    assert code == 0
    assert "ocrdesk [IMAGE ...]" in out and "recognize" in out and "providers" in out
    code, out, _err = run(capsys, "recognize", "--help")
    assert code == 0 and "--provider" in out and "--output" in out and "--endpoint" in out
    code, out, _err = run(capsys, "--version")
    assert code == 0 and out.startswith("ocrdesk ")


# ------------------------------------------------------------------------------ real processes


def _subprocess(*argv: str, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OCRDESK_")}
    env.update(
        OCRDESK_CONFIG_DIR=str(tmp_path / "config"),
        OCRDESK_DATA_DIR=str(tmp_path / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONIOENCODING="ascii",  # a hostile console encoding must not break UTF-8 output
    )
    return subprocess.run(
        [sys.executable, "-m", "ocrdesk", *argv], cwd=ROOT, env=env, capture_output=True, timeout=120, check=False
    )


def test_subprocess_providers_json(tmp_path: Path) -> None:
    result = _subprocess("providers", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    entries = json.loads(result.stdout.decode("utf-8"))
    assert isinstance(entries, list)
    for entry in entries:
        assert {"id", "name", "doc_types", "settings", "default_endpoint"} <= set(entry)
        assert all({"name", "secret", "required"} <= set(s) for s in entry["settings"])
    assert b"Traceback" not in result.stderr


def test_subprocess_usage_errors(tmp_path: Path) -> None:
    Image.new("RGB", (10, 10), "white").save(tmp_path / "a.jpg")
    unknown = _subprocess("recognize", "--provider", "nope", str(tmp_path / "a.jpg"), tmp_path=tmp_path)
    assert unknown.returncode == 2
    assert b"unknown provider 'nope'" in unknown.stderr and b"Traceback" not in unknown.stderr

    missing = _subprocess("recognize", str(tmp_path / "缺失.jpg"), tmp_path=tmp_path)
    assert missing.returncode == 2 and missing.stdout == b""
    assert b"Traceback" not in missing.stderr

    bad_suffix = _subprocess("recognize", "-o", str(tmp_path / "out.pdf"), str(tmp_path / "a.jpg"), tmp_path=tmp_path)
    assert bad_suffix.returncode == 2

    helped = _subprocess("--help", tmp_path=tmp_path)
    assert helped.returncode == 0 and b"ocrdesk [IMAGE ...]" in helped.stdout


# ------------------------------------------------------------------------------ hostile servers


def _market_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch | None = None, **settings: str) -> dict[str, str]:
    from tests.fakes.aliyun_market_server import TEST_APPCODE

    values = {"APPCODE": TEST_APPCODE, "RATE_LIMIT": "0", "RETRIES": "0", **settings}
    env = {f"OCRDESK_ALIYUN_MARKET_{name}": value for name, value in values.items()}
    for name, value in env.items():
        if monkeypatch is not None:
            monkeypatch.setenv(name, value)
    return env


def _cards(tmp_path: Path, count: int) -> list[str]:
    from tests.fakes.aliyun_market_server import card_image

    paths = []
    for index in range(count):
        path = tmp_path / f"card-{index + 1}.jpg"
        card_image(seed=index).image.save(path, "JPEG", quality=80)
        paths.append(str(path))
    return paths


def test_a_gateway_error_inside_http_200_is_a_failed_document_not_a_card(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.fakes.server import FakeResponse, fake_server

    _market_env(tmp_path, monkeypatch)
    hostile = {"status": "FAILED", "message": "quota exhausted\x1b[2J\x1b[1A\nocrdesk: card-1.jpg: ok"}
    with fake_server(lambda _: FakeResponse.json(json.dumps(hostile))) as server:
        argv = ["recognize", "--provider", "aliyun-market", "--doc-type", "idcard_front", "--endpoint", server.url]
        code, out, err = run(capsys, *argv, *_cards(tmp_path, 1))
    assert code == 1
    [document] = json.loads(out)["documents"]
    assert (document["status"], document["fields"], document["error"]["code"]) == ("error", [], "FAILED")
    [line] = err.splitlines()  # one line per failure, however many the vendor sent
    assert line.isprintable() and "\x1b" not in err
    assert line.endswith("quota exhausted [2J [1A ocrdesk: card-1.jpg: ok")


def _slow_after_first(_request: object, served: list[int]) -> object:
    from tests.fakes.aliyun_market_server import AliyunMarketFake
    from tests.fakes.server import FakeResponse

    served.append(1)
    if len(served) == 1:
        return AliyunMarketFake()(_request)  # type: ignore[arg-type]
    return FakeResponse.json('{"name": "late"}', trickle=0.5)  # a reply that trickles in for ages


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_stops_a_run_with_a_request_in_flight(tmp_path: Path, presses: int) -> None:
    from tests.fakes.server import fake_server

    served: list[int] = []
    out = tmp_path / "out.json"
    journal = tmp_path / "out.json.partial.jsonl"
    with fake_server(lambda request: _slow_after_first(request, served)) as server:  # type: ignore[arg-type,return-value]
        env = {k: v for k, v in os.environ.items() if not k.startswith("OCRDESK_")}
        env.update(_market_env(tmp_path, TIMEOUT="120", CONCURRENCY="1"))
        env.update(OCRDESK_CONFIG_DIR=str(tmp_path / "config"), OCRDESK_DATA_DIR=str(tmp_path / "data"))
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        argv = ["recognize", "--provider", "aliyun-market", "--doc-type", "idcard_front", "--endpoint", server.url]
        process = subprocess.Popen(
            [sys.executable, "-m", "ocrdesk", *argv, "-o", str(out), *_cards(tmp_path, 3)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:
            give_up = time.monotonic() + 60
            while len(served) < 2 and process.poll() is None and time.monotonic() < give_up:
                time.sleep(0.05)  # until the first page is done and the second is in flight
            assert len(served) == 2, process.communicate(timeout=10)
            for _ in range(presses):
                process.send_signal(signal.SIGINT)
                time.sleep(0.05)
            _, err = process.communicate(timeout=10)  # a generous bound; the aim is 2 s
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == 130
    assert b"Traceback" not in err
    if presses == 1:  # the second press does not wait for the output
        assert err.decode().endswith(f"interrupted: 1 finished page(s) written to {out}\n")
        [document] = json.loads(out.read_text(encoding="utf-8"))["documents"]
        assert document["status"] == "ok" and Path(document["source"]).name == "card-1.jpg"
        assert not journal.exists()
    else:
        assert journal.exists() or out.exists()  # the finished page survives either way
