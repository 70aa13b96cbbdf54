"""Settings → Providers… and the toolbar pickers in Chinese with the shipped zh_CN catalogue: the real
providers' names, setting labels, help, the connection test and its answer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ocrdesk import providers
from ocrdesk.config import SettingsFile
from ocrdesk.secrets import SecretStore
from ocrdesk.ui.settings.pickers import ProviderPicker
from ocrdesk.ui.settings.providers_dialog import ProviderSettingsDialog
from ocrdesk.ui.settings.store import SettingsStore
from tests.fakes.server import fake_server
from tests.memory_keyring import MemoryKeyring, installed
from tests.unit.providers.cloud.test_cloud import _answer_size

# Latin words a Chinese operator still reads here: product and vendor credential names as the vendors'
# consoles spell them, setting values typed as they are, and URL/host parts
_ALLOWED = {"OCR", "RapidOCR", "PAI", "EAS", "API", "APPCODE", "AppCode", "AppID", "APPID", "SecretId", "SecretKey"}
_ALLOWED |= {"Token", "Bucket", "bucket", "http", "https", "PDF", "JSON", "Excel", "CSV", "Ctrl", "Alt"}


@pytest.fixture
def store() -> Iterator[SecretStore]:
    with installed(MemoryKeyring()):
        yield SecretStore()


def _labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def _english(text: str) -> list[str]:
    # a vendor's own term in brackets after the Chinese one ("应用标识（x-app-key）") is meant to stay
    text = re.sub(r"（[\x20-\x7e]+）", "", text)
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in _ALLOWED]


def test_the_providers_dialog_reads_chinese(chinese: None, store: SecretStore, qtbot: QtBot) -> None:
    dialog = ProviderSettingsDialog(None, store=store, settings=SettingsFile(), environ={})
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "识别服务"
    names = [dialog.provider_list.item(row).text() for row in range(dialog.provider_list.count())]
    assert names[0] == "本地引擎（离线，RapidOCR）" and "腾讯云 OCR（API 3.0）" in names
    assert dialog.page("local").message.text() == "无需设置：本地引擎离线工作。"

    dialog.show_provider("tencent-cloud")
    page = dialog.page("tencent-cloud")
    labels = _labels(page)
    assert "SecretKey *" in labels and "地域" in labels and "超时（秒）" in labels
    assert page.test_button is not None and page.test_button.text() == "测试连接"
    timeout = page.fields["timeout"].editor
    assert timeout.toolTip().splitlines() == [
        "每个请求（包括接收完整回复）须在此秒数内完成。",
        "选填。",
        "环境变量：OCRDESK_TENCENT_CLOUD_TIMEOUT",
    ]
    for provider_id, provider_page in dialog.pages.items():
        for text in _labels(provider_page):
            assert not _english(text.replace(provider_id, "")), (provider_id, text)  # the id is a name
    buttons = [button.text() for button in dialog.buttons.buttons()]
    assert "取消" in buttons  # Qt's own catalogue for the standard buttons


def test_a_wrong_url_is_explained_in_chinese(chinese: None, store: SecretStore, qtbot: QtBot) -> None:
    dialog = ProviderSettingsDialog(None, store=store, settings=SettingsFile(), environ={})
    qtbot.addWidget(dialog)
    dialog.show_provider("tencent-cloud")
    dialog.show()
    endpoint = dialog.page("tencent-cloud").fields["endpoint"]
    assert isinstance(endpoint.editor, QLineEdit)
    qtbot.keyClicks(endpoint.editor, "ocr.example.com")
    assert endpoint.error.text() == "服务地址必须是以 http:// 或 https:// 开头的网址"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def test_the_pickers_name_providers_and_types_in_chinese(chinese: None, tmp_path: Path, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    picker = ProviderPicker(SettingsStore(tmp_path / "ui.ini"), parent)
    picker.populate()
    combo = picker.provider_combo
    assert combo.itemText(combo.findData("local")) == "本地引擎（离线，RapidOCR）"
    assert combo.toolTip() == "OCR 识别服务"
    types = picker.doc_type_combo
    types.setCurrentIndex(types.findData("idcard_front"))
    assert types.currentText() == "身份证人像面"
    assert picker.doc_type_combo.toolTip() == "文档类型：身份证人像面"


def test_the_connection_test_answers_in_chinese(
    chinese: None, store: SecretStore, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(providers, "_REGISTRY", {"echo": "tests.unit.providers.cloud.test_cloud:EchoProvider"})
    with fake_server(_answer_size) as server:
        environ = {"OCRDESK_ECHO_ENDPOINT": server.url, "OCRDESK_ECHO_TOKEN": "tok-12345"}
        dialog = ProviderSettingsDialog(None, store=store, settings=SettingsFile(), environ=environ)
        qtbot.addWidget(dialog)
        dialog.show()
        page = dialog.page("echo")
        assert page.test_button is not None and page.test_result is not None
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        assert page.test_result.text() == "正在测试…"
        qtbot.waitUntil(lambda: not page.testing, timeout=20000)
    assert page.test_result.text() == "已连接到Echo：测试图片中识别出 1 个字段。"


def test_no_keyring_is_said_in_chinese(chinese: None, qtbot: QtBot) -> None:
    with installed(fail.Keyring()):
        dialog = ProviderSettingsDialog(None, store=SecretStore(), settings=SettingsFile(), environ={})
        qtbot.addWidget(dialog)
        assert dialog.banner.text().startswith("没有可用的系统密钥环")
        assert dialog.banner.text().endswith("密钥仅在本次会话中保留。")
