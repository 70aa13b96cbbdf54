"""The whole window in one language: started on a Chinese system it shows no English word on any screen
an operator uses; started on an English one, no Chinese interface text.

The tour: restore after a crash, a recognised ID card with a validation problem, every menu, the F1
overlay, and the dialogs (providers, keyboard shortcuts, camera, PDF resolution, preferences, export,
about, unexported work on quit). Allowed English in Chinese: see tests/e2e/language_scan.py.

Chinese by nature in an English window (not interface text): what was read from a document (values,
and labels a provider reads off the page), file names, and the language list's 简体中文. Canonical
field names and document types follow the interface language.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from ocrdesk import providers
from ocrdesk.doctypes import DOC_TYPE_LABELS
from ocrdesk.model import Box, DocStatus, Document, Field
from ocrdesk.preferences import PROVIDER
from ocrdesk.session import SessionState, SessionStore
from ocrdesk.ui import language
from ocrdesk.ui.actions.registry import find_action
from ocrdesk.ui.main_window import MainWindow
from ocrdesk.ui.settings.store import SettingsStore
from tests.camera_frames import document_frame, write_sequence
from tests.e2e import review_helpers
from tests.e2e.conftest import load, new_window, recognize
from tests.e2e.language_scan import Seen, chinese, english, menu_texts, widget_texts, with_modal
from tests.e2e.review_helpers import BAD_ID, GOOD_ID, row_of, value_index, write_image

CHINA = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
AMERICA = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(autouse=True)
def _source_language(qapp: QApplication) -> Iterator[None]:
    yield
    language.uninstall(qapp)


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The real providers, plus an ID card reader standing in for a service (named as a Chinese one would be)."""
    registry = dict(providers._REGISTRY)
    registry["idcards"] = review_helpers.REGISTRY["idcards"]
    monkeypatch.setattr(providers, "_REGISTRY", registry)
    monkeypatch.setattr(review_helpers.IdCardProvider, "name", "身份证识别")
    SettingsStore().set(PROVIDER, "idcards")  # the local engine's models stay unloaded
    monkeypatch.setenv("OCRDESK_CAMERA_SOURCE", write_sequence(tmp_path / "camera", [document_frame()] * 4))


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def crashed_session(folder: Path) -> None:
    first, second = write_image(folder / "身份证.png"), write_image(folder / "户口本.png")
    fields = [
        Field("name", "姓名", "张三", 0.99, Box(80, 35, 640, 82), value="李四"),
        Field("id_number", "公民身份号码", BAD_ID, 0.95, Box(80, 390, 640, 437), value=GOOD_ID),
    ]
    reviewed = Document(
        str(first), provider="idcards", doc_type="idcard_front", status=DocStatus.REVIEWED, fields=fields
    )
    SessionStore(pid=_dead_pid()).save(SessionState([reviewed, Document(str(second), provider="idcards")], 0))


def tour(qtbot: Any, window: MainWindow, folder: Path, before_quit: Callable[[], None] = lambda: None) -> list[Seen]:
    """Everything an operator reads on the way through the window, with the dialogs it opens."""
    seen: list[Seen] = []

    def dialog_texts(dialog: QWidget) -> None:
        # a file dialog's list is the disk's, not ours
        seen.extend(widget_texts(dialog, cells=lambda view: not isinstance(dialog, QFileDialog)))

    assert with_modal(window.review.offer_restore, dialog_texts), "no restore dialog"
    seen.extend(widget_texts(window))  # the empty window, before any page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    review_helpers.choose(window, "idcards", "idcard_front")
    load(qtbot, window, write_image(folder / "居民身份证.png"))
    recognize(qtbot, window)
    seen += widget_texts(window)
    seen += menu_texts(window)
    seen.append(("status bar", window.statusBar().currentMessage()))

    for action_id in ("providers", "shortcuts", "pdf_dpi", "preferences", "export", "about"):
        assert with_modal(find_action(window, action_id).trigger, dialog_texts), action_id

    find_action(window, "capture").trigger()
    camera = window.documents.inputs.camera_dialog
    assert camera is not None
    qtbot.waitUntil(lambda: camera.preview.has_image, timeout=10_000)
    seen += widget_texts(camera)
    camera.reject()

    find_action(window, "help").trigger()  # F1
    overlays = [w for w in window.findChildren(QWidget) if type(w).__name__ == "HelpOverlay" and w.isVisible()]
    assert overlays, "no F1 overlay"
    seen += widget_texts(overlays[0])
    qtbot.keyClick(overlays[0], Qt.Key.Key_Escape)

    before_quit()
    # a correction makes unexported work, which quitting names
    assert window.model.setData(value_index(window, row_of(window, "name")), "王五", Qt.ItemDataRole.EditRole)
    assert with_modal(window.close, dialog_texts), "no unexported-work prompt on quit"
    window.documents.unexported.exported(window.documents.unexported.mark([window.state.entry_id]))
    seen = [(where, text) for where, text in seen if text]
    assert len({text for _where, text in seen}) > 300, "the tour read too little to mean anything"
    return seen


# the offscreen platform cannot resize a window to its dialogs' size hints and says so
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_chinese_system_sees_no_english(qtbot: Any, qapp: QApplication, registry: None, tmp_path: Path) -> None:
    crashed_session(tmp_path)
    assert language.install(qapp, "system", CHINA) == "zh_CN"
    window = new_window(qtbot)
    # provider ids are keys, shown as they are stored (like canonical field keys)
    found = english(tour(qtbot, window, tmp_path), names=providers.provider_ids())
    assert not found, f"{len(found)} English text(s) in the Chinese window:\n" + "\n".join(found)


def chinese_by_nature(window: MainWindow) -> set[str]:
    """What stays Chinese in an English window: the documents' own names for their types, vendors' brand
    names, what was read from the documents, and 简体中文 in the language list."""
    names = {"简体中文", *(chinese for _english, chinese in DOC_TYPE_LABELS.values())}
    names |= {providers.display_name(provider_id) for provider_id in providers.provider_ids()}
    for document in window.documents.all_documents():
        for field in document.fields:
            names |= {field.label, field.ocr_value, field.value or "", field.corrected_value or ""}
    return names


def test_an_english_system_sees_no_chinese_interface_text(
    qtbot: Any, qapp: QApplication, registry: None, tmp_path: Path
) -> None:
    crashed_session(tmp_path)
    assert language.install(qapp, "system", AMERICA) == "en"
    window = new_window(qtbot)
    names: set[str] = set()
    seen = tour(qtbot, window, tmp_path, before_quit=lambda: names.update(chinese_by_nature(window)))
    found = sorted({f"{where}: {text!r}" for where, text in seen if chinese(text, names)})
    assert not found, f"{len(found)} Chinese text(s) in the English window:\n" + "\n".join(found)
