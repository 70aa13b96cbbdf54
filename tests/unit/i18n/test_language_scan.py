"""The scan the language tests rely on: what it counts as an English word or as Chinese interface text."""

from __future__ import annotations

import pytest

from tests.e2e.language_scan import chinese, english_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("打开(&O)…", []),
        ("导出为 JSON、Excel 或 CSV（Ctrl+Shift+E）", []),
        ("按 F5 识别，F12 无", []),
        ("已打开 /tmp/scans/invoice 2024.pdf", []),
        ("<b>字段</b> frame_%03d.png", []),
        ("Open file", ["Open", "file"]),
        ("识别服务 ready", ["ready"]),
        ("<p>Check the <i>value</i></p>", ["Check", "the", "value"]),
        ("{count} 份 documents", ["documents"]),
    ],
)
def test_english_words(text: str, words: list[str]) -> None:
    assert english_words(text) == words


def test_names_given_are_not_english_words() -> None:
    assert english_words("识别服务标识：local", names=["local"]) == []


def test_chinese_interface_text_leaves_out_names_and_file_names() -> None:
    assert chinese("Name: 张三", names=["张三"]) is False
    assert chinese("Opened 居民身份证.png") is False
    assert chinese("Opened /tmp/身份证/a.png") is False
    assert chinese("Document type: 身份证人像面 (front)") is True
    assert chinese("Language: 简体中文", names=["简体中文"]) is False
