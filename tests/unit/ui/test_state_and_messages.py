"""AppState and the message bridge: they announce changes, and only changes."""

from __future__ import annotations

from typing import Any

from ocrdesk.model import Document
from ocrdesk.ui.messages import ERROR, WARNING, MessageBridge
from ocrdesk.ui.state import AppState


def test_provider_and_busy_signal_only_on_change(qapp: Any) -> None:
    state = AppState()
    seen: list[tuple[str, object]] = []
    state.providerChanged.connect(lambda value: seen.append(("provider", value)))
    state.docTypeChanged.connect(lambda value: seen.append(("doc_type", value)))
    state.busyChanged.connect(lambda value: seen.append(("busy", value)))
    state.set_provider("lines", "general")
    state.set_provider("lines", "general")
    state.set_provider("lines", "handwriting")
    state.set_busy(True)
    state.set_busy(True)
    state.set_busy(False)
    assert seen == [
        ("provider", "lines"),
        ("doc_type", "general"),
        ("doc_type", "handwriting"),
        ("busy", 1),
        ("busy", 0),
    ]
    assert (state.provider_id, state.doc_type, state.busy) == ("lines", "handwriting", False)


def test_replacing_the_document_keeps_the_page(qapp: Any) -> None:
    state = AppState()
    replaced: list[Document] = []
    state.documentReplaced.connect(replaced.append)
    document = Document(source="a.png")
    state.replace_document(document)
    assert state.document is document and replaced == [document]
    assert state.entry_id is None and state.source is None  # no page was shown


def test_messages_reach_their_listeners_and_the_banner_text_is_kept(qapp: Any) -> None:
    bridge = MessageBridge()
    status: list[tuple[str, int]] = []
    banner: list[tuple[str, str]] = []
    cleared: list[bool] = []
    bridge.statusShown.connect(lambda text, ms: status.append((text, ms)))
    bridge.bannerShown.connect(lambda text, level: banner.append((text, level)))
    bridge.bannerCleared.connect(lambda: cleared.append(True))
    bridge.info("Opened a.png", 8000)
    bridge.warning("Check the date")
    bridge.error("Recognition failed")
    assert status == [("Opened a.png", 8000)]
    assert banner == [("Check the date", WARNING), ("Recognition failed", ERROR)]
    assert bridge.banner_text == "Recognition failed"
    bridge.dismissed()  # the operator closed the banner: nothing is emitted, nothing is on show
    assert bridge.banner_text == "" and not cleared
    bridge.error("Again")
    bridge.clear()
    assert bridge.banner_text == "" and cleared == [True]
