"""Registered secrets never reach a log handler's output, from any logger, once redaction is installed."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from ocrdesk import redact
from ocrdesk.redact import MASK, RedactingFilter, install_log_redaction, register_secret

SECRET = "sk-LOG-REDACTION-9f8e7d"


@pytest.fixture(autouse=True)
def clean_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A root logger without handlers and the factory as it was, whatever a test installs."""
    monkeypatch.setattr(redact, "_secrets", set())
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)


def stream_handler() -> tuple[logging.Handler, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    return handler, stream


def test_child_logger_records_are_masked_in_handlers_added_later() -> None:
    register_secret(SECRET)
    install_log_redaction()
    on_root, root_output = stream_handler()
    logging.getLogger().addHandler(on_root)  # added after installing: still covered
    on_child, child_output = stream_handler()
    child = logging.getLogger("ocrdesk.providers.http")
    child.addHandler(on_child)
    try:
        child.warning("key=%s", SECRET)
        child.warning(f"inline {SECRET}")
    finally:
        child.removeHandler(on_child)
    for output in (root_output.getvalue(), child_output.getvalue()):
        assert SECRET not in output
        assert output.splitlines() == [f"ocrdesk.providers.http: key={MASK}", f"ocrdesk.providers.http: inline {MASK}"]


def test_tracebacks_and_stacks_are_masked() -> None:
    register_secret(SECRET)
    install_log_redaction()
    handler, output = stream_handler()
    logging.getLogger().addHandler(handler)
    log = logging.getLogger("ocrdesk.providers.tencent_cloud")
    try:
        raise ValueError(f"server echoed {SECRET}")
    except ValueError:
        log.exception("request failed")
    log.warning("here", stack_info=True, extra={"note": SECRET})
    text = output.getvalue()
    assert "ValueError: server echoed ***" in text
    assert SECRET not in text


def test_records_made_elsewhere_are_masked_by_the_handler_filter() -> None:
    register_secret(SECRET)
    handler, output = stream_handler()
    logging.getLogger().addHandler(handler)
    install_log_redaction()
    assert any(isinstance(f, RedactingFilter) for f in handler.filters)
    # as a record rebuilt from another process arrives: it never went through the factory
    record = logging.makeLogRecord({"name": "child", "msg": "token %s", "args": (SECRET,), "levelno": logging.ERROR})
    logging.getLogger("child").handle(record)
    assert output.getvalue() == f"child: token {MASK}\n"


def test_installing_twice_wraps_once_and_undo_restores() -> None:
    original = logging.getLogRecordFactory()
    handler, _ = stream_handler()
    logging.getLogger().addHandler(handler)
    undo = install_log_redaction()
    installed = logging.getLogRecordFactory()
    assert installed is not original
    undo_again = install_log_redaction()
    assert logging.getLogRecordFactory() is installed
    assert len(handler.filters) == 1
    undo_again()
    undo()
    assert logging.getLogRecordFactory() is original
    assert handler.filters == []


def test_a_badly_formatted_call_does_not_raise_and_stays_masked(capsys: pytest.CaptureFixture[str]) -> None:
    register_secret(SECRET)
    install_log_redaction()
    handler, output = stream_handler()
    logging.getLogger().addHandler(handler)
    logging.getLogger("ocrdesk").warning("two %s %s", SECRET)  # one argument short
    assert SECRET not in output.getvalue() + capsys.readouterr().err


def test_nothing_changes_without_secrets() -> None:
    install_log_redaction()
    record = logging.getLogger("ocrdesk").makeRecord("ocrdesk", logging.INFO, "f", 1, "a %s", ("b",), None)
    assert (record.msg, record.args) == ("a %s", ("b",))


def test_the_apps_logging_setup_masks_child_loggers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ocrdesk import app

    register_secret(SECRET)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # as at start-up (pytest adds its own for the test's call)
    monkeypatch.setattr(root, "level", root.level)
    app.configure_logging()
    added = list(root.handlers)
    try:
        assert added, "the app adds a log file and a console handler"
        logging.getLogger("ocrdesk.providers.http").warning("key=%s", SECRET)
        for handler in added:
            handler.flush()
        written = app.log_file().read_text(encoding="utf-8")
    finally:
        for handler in added:
            root.removeHandler(handler)
            handler.close()
    console = capsys.readouterr().err
    assert f"ocrdesk.providers.http: key={MASK}" in written
    assert f"key={MASK}" in console
    assert SECRET not in written + console
