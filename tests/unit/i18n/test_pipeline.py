"""scripts/i18n.py on a small tree of its own: what `update`, `fill`, `release` and `check` write and find.

Each test copies nothing from the real catalogue, so the team's work in progress cannot make these fail.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "i18n.py"

SOURCE = """
from PySide6.QtCore import QCoreApplication
from ocrdesk.i18n import QT_TRANSLATE_NOOP, translate

NAMES = (QT_TRANSLATE_NOOP("Table", "Name & <value> \\"quoted\\" it's"),)


def texts(n: int) -> list[str]:
    return [
        QCoreApplication.translate("Window", "&File"),
        QCoreApplication.translate("Window", "Added %n document(s)", None, n),
        translate("Core", "Check digit should be {want}, not {got}"),
        translate("Core", "%n entry(ies) left", None, n),
        QCoreApplication.translate("Window", "… and %n more", None, n),
        QCoreApplication.translate("Window", "Open", "menu"),
    ]
"""

CHINESE = {
    "Table": {'Name & <value> "quoted" it\'s': "名称 & <值> “引号”"},
    "Window": {
        "&File": "文件(&F)",
        "Added %n document(s)": "已添加 %n 份文档",
        "… and %n more": ["……还有 %n 份"],
        "Open": "打开",
    },
    "Core": {"Check digit should be {want}, not {got}": "校验位应为 {want}，而不是 {got}", "%n entry(ies) left": ""},
}


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "ocrdesk" / "sub").mkdir(parents=True)
    (tmp_path / "ocrdesk" / "sub" / "texts.py").write_text(SOURCE, encoding="utf-8")
    return tmp_path


def run(tree: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(tree), *args], capture_output=True, text=True, check=False
    )


def catalogue(tree: Path, language: str) -> Path:
    return tree / "ocrdesk" / "translations" / f"ocrdesk_{language}.ts"


def fill(tree: Path, data: dict[str, dict[str, object]], *extra: str) -> subprocess.CompletedProcess[str]:
    path = tree / "zh.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return run(tree, "fill", str(path), *extra)


def test_update_collects_every_marked_text_and_writes_it_back_unchanged(script: ModuleType, tree: Path) -> None:
    assert run(tree, "update").returncode == 0
    path = catalogue(tree, "zh_CN")
    found = {(context, source) for (context, source, _), _ in script.messages(script.load(path))}
    assert ("Window", "&File") in found and ("Core", "Check digit should be {want}, not {got}") in found
    assert ("Table", 'Name & <value> "quoted" it\'s') in found
    first = path.read_text(encoding="utf-8")
    script.save(script.load(path), path)  # our writer and lupdate's agree byte for byte
    assert path.read_text(encoding="utf-8") == first
    assert run(tree, "update").returncode == 0
    assert path.read_text(encoding="utf-8") == first


def test_every_text_with_a_count_becomes_a_plural_message_and_keeps_its_translation(
    script: ModuleType, tree: Path
) -> None:
    run(tree, "update")
    fill(tree, CHINESE)
    run(tree, "update")  # lupdate alone would file these as plain and unfinished again
    messages = {source: message for (_, source, _), message in script.messages(script.load(catalogue(tree, "zh_CN")))}
    assert script.is_numerus(messages["Added %n document(s)"])
    assert script.is_finished(messages["Added %n document(s)"])
    assert script.forms(messages["Added %n document(s)"]) == ["已添加 %n 份文档"]  # Chinese has one form
    assert not script.is_numerus(messages["&File"])


def test_english_plural_forms_come_from_the_source(script: ModuleType, tree: Path) -> None:
    run(tree, "update")
    english = {source: message for (_, source, _), message in script.messages(script.load(catalogue(tree, "en")))}
    assert script.forms(english["Added %n document(s)"]) == ["Added %n document", "Added %n documents"]
    assert script.forms(english["%n entry(ies) left"]) == ["%n entry left", "%n entries left"]
    assert script.forms(english["… and %n more"]) == ["… and %n more", "… and %n more"]


def test_fill_reports_texts_the_catalogue_does_not_have(tree: Path) -> None:
    run(tree, "update")
    result = fill(tree, {"Window": {"Not in the code": "不存在"}, "Elsewhere": {"&File": "文件(&F)"}})
    assert result.returncode == 0
    assert "[Window] 'Not in the code'" in result.stderr and "[Elsewhere] '&File'" in result.stderr


def test_check_lists_unfinished_missing_and_broken_translations(tree: Path) -> None:
    run(tree, "update")
    fill(tree, CHINESE | {"Window": CHINESE["Window"] | {"&File": "文件"}})
    run(tree, "release")
    source = tree / "ocrdesk" / "sub" / "texts.py"
    source.write_text(source.read_text(encoding="utf-8").replace("Open", "Open a file"), encoding="utf-8")
    result = run(tree, "check")
    assert result.returncode == 1
    assert "no longer in the code" not in result.stdout  # harmless: only --strict lists it
    report = run(tree, "check", "--strict").stdout
    assert "unfinished: [Core] '%n entry(ies) left'" in report
    assert "keyboard accelerator (&X) missing: [Window] '&File'" in report
    assert "not in the .ts (run update): [Window] 'Open a file'" in report
    assert "no longer in the code (run update): [Window] 'Open'" in report


def test_check_finds_calls_lupdate_cannot_see(tree: Path) -> None:
    hidden = tree / "ocrdesk" / "hidden.py"
    hidden.write_text(
        "from ocrdesk.i18n import translate\n"
        "def f(items: list[str]) -> str:\n"
        "    return translate('Core', '%n item(s)', None, len(items))\n",
        encoding="utf-8",
    )
    run(tree, "update")
    result = run(tree, "check")
    assert "ocrdesk/hidden.py:3: lupdate cannot see this call" in result.stdout


def test_a_wrong_placeholder_is_reported(tree: Path) -> None:
    run(tree, "update")
    broken = CHINESE | {"Core": {"Check digit should be {want}, not {got}": "校验位应为 {wanted}，而不是 {got}"}}
    fill(tree, broken)
    assert "placeholders ['{got}', '{wanted}'] instead of ['{got}', '{want}']" in run(tree, "check").stdout


def test_a_complete_catalogue_passes_and_its_release_picks_plural_forms(tree: Path, qapp: QCoreApplication) -> None:
    run(tree, "update")
    fill(tree, CHINESE | {"Core": CHINESE["Core"] | {"%n entry(ies) left": "还剩 %n 条"}})
    assert run(tree, "release").returncode == 0
    assert run(tree, "check").stdout.strip() == "translations complete"
    translations = tree / "ocrdesk" / "translations"
    for language, one, two in (
        ("zh_CN", "已添加 1 份文档", "已添加 2 份文档"),
        ("en", "Added 1 document", "Added 2 documents"),
    ):
        translator = QTranslator()
        assert translator.load(str(translations / f"ocrdesk_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            assert QCoreApplication.translate("Window", "Added %n document(s)", None, 1) == one
            assert QCoreApplication.translate("Window", "Added %n document(s)", None, 2) == two
        finally:
            QCoreApplication.removeTranslator(translator)


def test_a_release_older_than_its_catalogue_is_reported(tree: Path) -> None:
    run(tree, "update")
    fill(tree, CHINESE | {"Core": CHINESE["Core"] | {"%n entry(ies) left": "还剩 %n 条"}})
    run(tree, "release")
    fill(tree, {"Window": {"Open": "打开文件"}})
    assert "ocrdesk_zh_CN.qm: differs from a fresh lrelease" in run(tree, "check").stdout
