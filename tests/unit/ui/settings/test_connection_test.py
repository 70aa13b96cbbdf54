"""Settings → Providers… "Test connection" with the real providers against fake vendor servers on
127.0.0.1: it can be cancelled while the service keeps it waiting, and its messages name the form's
labels, never internal keys, and never send the operator to the dialog they are in."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from ocrdesk import paths, providers
from ocrdesk.config import SettingsFile
from ocrdesk.secrets import SecretStore
from ocrdesk.ui import language
from ocrdesk.ui.settings.provider_page import ProviderPage
from ocrdesk.ui.settings.providers_dialog import ProviderSettingsDialog
from tests.fakes.server import FakeResponse, RecordedRequest, fake_server
from tests.fakes.tencent_cloud_server import TEST_SECRET_ID, TEST_SECRET_KEY, TencentCloudFake
from tests.memory_keyring import MemoryKeyring, installed

HOLD_SECONDS = 30.0  # how long the held request waits at most, should the test fail before releasing it


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


@pytest.fixture(autouse=True)
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = providers._REGISTRY
    monkeypatch.setattr(providers, "_REGISTRY", {name: shipped[name] for name in ("tencent-cloud", "sinovoice")})


def _page(qtbot: QtBot, provider_id: str, environ: dict[str, str] | None = None) -> ProviderPage:
    dialog = ProviderSettingsDialog(None, store=SecretStore(), settings=SettingsFile(), environ=environ or {})
    qtbot.addWidget(dialog)
    dialog.show_provider(provider_id)
    dialog.show()
    return dialog.page(provider_id)


def _type(qtbot: QtBot, page: ProviderPage, name: str, text: str) -> None:
    editor = page.fields[name].editor
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text)


def _test(qtbot: QtBot, page: ProviderPage) -> str:
    assert page.test_button is not None and page.test_result is not None
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.testing, timeout=20000)
    return page.test_result.text()


def test_a_test_the_service_keeps_waiting_can_be_cancelled(qtbot: QtBot, memory: MemoryKeyring) -> None:
    vendor = TencentCloudFake()
    arrived, release = threading.Event(), threading.Event()

    def held(request: RecordedRequest) -> FakeResponse:
        arrived.set()
        release.wait(HOLD_SECONDS)  # the first answer comes only when the test says so
        return vendor(request)

    with fake_server(held) as server:
        vendor.expected_host = urlsplit(server.url).netloc
        page = _page(qtbot, "tencent-cloud")
        _type(qtbot, page, "secret_id", TEST_SECRET_ID)
        _type(qtbot, page, "secret_key", TEST_SECRET_KEY)
        _type(qtbot, page, "endpoint", server.url)
        row = page.test_row
        assert row is not None and page.test_result is not None
        assert row.cancel_button.isHidden()

        row.test_button.setFocus()
        qtbot.keyClick(row.test_button, Qt.Key.Key_Space)
        qtbot.waitUntil(arrived.is_set, timeout=20000)
        assert page.testing and page.test_result.text() == "Testing…"
        assert not row.test_button.isEnabled()
        assert row.cancel_button.isVisible() and page.window().focusWidget() is row.cancel_button  # Space: cancel

        qtbot.keyClick(row.cancel_button, Qt.Key.Key_Space)
        # the request is abandoned at once: the test ends while the service still holds its answer
        qtbot.waitUntil(lambda: not page.testing, timeout=20000)
        assert not release.is_set()
        assert page.test_result.text() == "Test cancelled."
        assert row.test_button.isEnabled() and row.cancel_button.isHidden()
        assert page.window().focusWidget() is row.test_button

        release.set()
        answer = _test(qtbot, page)
    assert answer.startswith("Connected to Tencent Cloud OCR (API 3.0)"), answer
    assert len(server.requests) == 2 and vendor.rejections == []
    assert memory.passwords == {}  # testing saves nothing
    assert not (paths.config_dir() / "settings.json").exists()


def test_missing_settings_are_named_by_their_labels(qtbot: QtBot, memory: MemoryKeyring) -> None:
    page = _page(qtbot, "tencent-cloud")
    assert _test(qtbot, page) == "Failed: Fill in first: SecretId, SecretKey."
    _type(qtbot, page, "secret_id", TEST_SECRET_ID)
    assert _test(qtbot, page) == "Failed: Fill in first: SecretKey."


def test_a_value_the_provider_refuses_is_named_by_its_label(qtbot: QtBot, memory: MemoryKeyring) -> None:
    with fake_server(lambda request: FakeResponse(500)) as server:
        page = _page(qtbot, "sinovoice")
        app_key = page.fields["app_key"].editor
        assert isinstance(app_key, QLineEdit)
        app_key.insert("应用")  # pasted (QTest types ASCII only); header values must be ASCII: refused before sending
        _type(qtbot, page, "dev_key", "dev-key-123")
        _type(qtbot, page, "endpoint", server.url)
        answer = _test(qtbot, page)
    assert answer == "Failed: App key (x-app-key) has a value the service cannot use: check what was entered."
    assert server.requests == []
    assert "app_key" not in answer and "Settings" not in answer


def test_a_wrong_value_from_the_environment_says_where_it_comes_from(qtbot: QtBot, memory: MemoryKeyring) -> None:
    environ = {"OCRDESK_TENCENT_CLOUD_PASSPORTS": "sideways"}
    page = _page(qtbot, "tencent-cloud", environ)
    _type(qtbot, page, "secret_id", TEST_SECRET_ID)
    _type(qtbot, page, "secret_key", TEST_SECRET_KEY)
    assert _test(qtbot, page) == (
        "Failed: Passports is not one of the offered choices "
        "(set by the environment variable OCRDESK_TENCENT_CLOUD_PASSPORTS)"
    )


def test_esc_stops_a_test_and_closing_the_dialog_ends_one(qtbot: QtBot, memory: MemoryKeyring) -> None:
    arrived, release = threading.Event(), threading.Event()

    def held(request: RecordedRequest) -> FakeResponse:
        arrived.set()
        release.wait(HOLD_SECONDS)
        return FakeResponse(500)

    with fake_server(held) as server:
        dialog = ProviderSettingsDialog(None, store=SecretStore(), settings=SettingsFile(), environ={})
        qtbot.addWidget(dialog)
        dialog.show_provider("tencent-cloud")
        dialog.show()
        page = dialog.page("tencent-cloud")
        _type(qtbot, page, "secret_id", TEST_SECRET_ID)
        _type(qtbot, page, "secret_key", TEST_SECRET_KEY)
        _type(qtbot, page, "endpoint", server.url)
        page.start_test()
        qtbot.waitUntil(arrived.is_set, timeout=20000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc stops the test; the dialog and what was typed stay
        qtbot.waitUntil(lambda: not page.testing, timeout=20000)
        assert dialog.isVisible() and page.test_result is not None
        assert page.test_result.text() == "Test cancelled."
        page.start_test()
        qtbot.waitUntil(lambda: len(server.requests) == 2, timeout=20000)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        # the worker was told to stop: it ends without the service ever answering
        assert dialog._runner.shutdown(timeout_ms=20000)
        assert not release.is_set()
        release.set()


def test_the_form_words_read_chinese(qtbot: QtBot, memory: MemoryKeyring, qapp: QApplication) -> None:
    language.install(qapp, language.CHINESE)
    try:
        page = _page(qtbot, "tencent-cloud")
        side = page.fields["driver_license_side"].editor
        assert isinstance(side, QComboBox)
        assert [side.itemText(i) for i in range(side.count())] == ["主页", "副页", "任一页或两页"]
        assert page.test_row is not None and page.test_row.cancel_button.text() == "取消测试"
        assert _test(qtbot, page) == "失败：请先填写SecretId、SecretKey。"
    finally:
        language.uninstall(qapp)
