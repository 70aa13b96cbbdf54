"""F1 / Ctrl+/: every shortcut of the window over a dimmed page, generated from the action table
(with the keys as the operator configured them), grouped by menu."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.ui import style
from ocrdesk.ui.actions.keys import (
    FIELD_LIST_KEYS,
    action_text,
    field_list_keys,
    plain_text,
    shortcut_text,
    shown_keys,
)
from ocrdesk.ui.actions.registry import ActionRegistry
from ocrdesk.ui.actions.specs import MENUS

_FOOTER = QT_TRANSLATE_NOOP("Shortcuts", "Change keys in Settings → Keyboard Shortcuts…  ·  any key closes this")
_EXTRA = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Mouse on the page"),
        QT_TRANSLATE_NOOP("Shortcuts", "Drag a selected box to move it, its handles to resize it"),
    ),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+wheel"), QT_TRANSLATE_NOOP("Shortcuts", "Zoom")),
)


def shortcut_groups(registry: ActionRegistry) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(keys, what)]) for every action with a key: by top menu (its submenus included),
    then those in no menu; the field list first, the mouse last."""
    field_list = [(field_list_keys(keys), shortcut_text(what)) for keys, what in FIELD_LIST_KEYS]
    groups: list[tuple[str, list[tuple[str, str]]]] = [
        (QCoreApplication.translate("Shortcuts", "Field list"), field_list)
    ]

    def rows(menu_ids: set[str]) -> list[tuple[str, str]]:
        found = [
            (shown_keys(registry[s.id].shortcuts()), registry.text(s.id)) for s in registry.specs if s.menu in menu_ids
        ]
        return [(keys, what) for keys, what in found if keys]

    for top in (m for m in MENUS if not m.parent):
        submenus = [m.id for m in MENUS if m.parent == top.id]
        listed = rows({top.id}) + [row for sub in submenus for row in rows({sub})]
        if listed:
            groups.append((plain_text(action_text(top.title)), listed))
    rest = rows({""})
    if rest:
        groups.append((QCoreApplication.translate("Shortcuts", "Other"), rest))
    groups.append(
        (QCoreApplication.translate("Shortcuts", "Mouse"), [(shortcut_text(k), shortcut_text(w)) for k, w in _EXTRA])
    )
    return groups


def _group_table(groups: list[tuple[str, list[tuple[str, str]]]]) -> str:
    parts = ["<table cellspacing='0' cellpadding='2'>"]
    for group, rows in groups:
        parts.append(f"<tr><td colspan='2' style='padding-top:10px'><b>{html.escape(group)}</b></td></tr>")
        for keys, what in rows:
            parts.append(
                f"<tr><td style='padding-right:14px; color:#1a73e8; white-space:nowrap'>{html.escape(keys)}</td>"
                f"<td style='padding-right:24px'>{html.escape(what)}</td></tr>"
            )
    parts.append("</table>")
    return "".join(parts)


class HelpOverlay(QWidget):
    """Covers the window; any key or click closes it (the shortcut that opened it toggles it)."""

    def __init__(self, window: QMainWindow, registry: ActionRegistry) -> None:
        super().__init__(window)
        self._window = window
        self._registry = registry
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.panel = QFrame(self)
        self.panel.setObjectName("helpPanel")
        self.panel.setStyleSheet(
            "#helpPanel { background: palette(window); border-radius: 10px; } QLabel { background: transparent; }"
        )
        self.scroll_area = QScrollArea(self.panel)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel(self.scroll_area)
        self.label.setObjectName("helpText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setFont(style.with_cjk_fallback(self.label.font()))
        self.scroll_area.setWidget(self.label)
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.scroll_area)
        self.hide()
        window.installEventFilter(self)

    def text(self) -> str:
        return self.label.text()

    def toggle(self) -> None:
        self.close_overlay() if self.isVisible() else self.open_overlay()

    def open_overlay(self) -> None:
        self._previous_focus = self._window.focusWidget()
        self.label.setText(self._html())
        self._layout_panel()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_overlay(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        previous = getattr(self, "_previous_focus", None)
        if isinstance(previous, QWidget) and previous.isVisible():
            previous.setFocus(Qt.FocusReason.OtherFocusReason)

    def _html(self) -> str:
        groups = shortcut_groups(self._registry)
        # two columns of whole groups, balanced by rows, so the list fits without scrolling
        total, left, count = sum(len(rows) + 2 for _g, rows in groups), [], 0
        for group in groups:
            if count < total / 2:
                left.append(group)
                count += len(group[1]) + 2
        right = groups[len(left) :]
        columns = "".join(f"<td valign='top' width='50%'>{_group_table(g)}</td>" for g in (left, right))
        title = QCoreApplication.translate("Shortcuts", "Keyboard shortcuts")
        return (
            f"<h2 style='margin:0 0 4px 0'>{html.escape(title)}</h2>"
            f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{columns}</tr></table>"
            f"<p style='color:gray'>{html.escape(shortcut_text(_FOOTER))}</p>"
        )

    def _layout_panel(self) -> None:
        self.setGeometry(self._window.rect())
        width = min(1040, self.width() - 40)
        height = min(self.label.sizeHint().height() + 40, self.height() - 40)
        self.panel.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._layout_panel()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 120))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # every key closes the overlay, none triggers a command behind it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            return
        self.close_overlay()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()
