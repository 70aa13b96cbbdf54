"""The window's actions, menus and toolbar (shortcuts are shown in the menus)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QSizePolicy, QToolBar, QToolButton, QWidget

from ocrdesk.ui import style


@dataclass
class Actions:
    open: QAction
    export: QAction
    quit: QAction
    recognize: QAction
    cancel: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_fit: QAction
    zoom_actual: QAction
    providers: QAction
    open_sample: QAction
    about: QAction


def _shortcuts(*keys: QKeySequence | QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Distinct, non-empty sequences (a duplicate would make Qt report an ambiguous shortcut)."""
    result: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty() and sequence not in result:
                result.append(sequence)
    return result


def _action(
    window: QMainWindow, text: str, icon: str = "", keys: list[QKeySequence] | None = None, tip: str = ""
) -> QAction:
    action = QAction(style.icon(icon), text, window) if icon else QAction(text, window)
    if keys:
        action.setShortcuts(keys)
        shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip or text.replace('…', '').replace('&', '')} ({shortcut})")
    elif tip:
        action.setToolTip(tip)
    action.setShortcutVisibleInContextMenu(True)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def create_actions(window: QMainWindow) -> Actions:
    actions = Actions(
        open=_action(window, "&Open…", "open", _shortcuts(QKeySequence.StandardKey.Open), "Open images or PDFs"),
        export=_action(window, "&Export…", "export", _shortcuts("Ctrl+E"), "Export the fields (JSON, Excel, CSV)"),
        quit=_action(window, "&Quit", "", _shortcuts(QKeySequence.StandardKey.Quit, "Ctrl+Q")),
        recognize=_action(window, "&Recognise", "recognize", _shortcuts("F5"), "Recognise the page"),
        cancel=_action(window, "&Cancel", "cancel", _shortcuts("Esc"), "Cancel recognition"),
        zoom_in=_action(window, "Zoom &In", "zoom-in", _shortcuts("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn)),
        zoom_out=_action(window, "Zoom &Out", "zoom-out", _shortcuts("Ctrl+-", QKeySequence.StandardKey.ZoomOut)),
        zoom_fit=_action(window, "&Fit to Window", "zoom-fit", _shortcuts("Ctrl+0")),
        zoom_actual=_action(window, "&Actual Size", "", _shortcuts("Ctrl+1")),
        providers=_action(window, "&Providers…", "", None, "Credentials and endpoints of the OCR providers"),
        open_sample=_action(window, "Open &Sample", "", None, "Open the bundled sample document"),
        about=_action(window, "&About OCRDesk", "", None),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.providers.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.cancel.setEnabled(False)
    return actions


def build_menus(window: QMainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(actions.open)
    file_menu.addAction(actions.export)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    view_menu = bar.addMenu("&View")
    for action in (actions.zoom_in, actions.zoom_out, actions.zoom_fit, actions.zoom_actual):
        view_menu.addAction(action)

    recognition_menu = bar.addMenu("&Recognition")
    recognition_menu.addAction(actions.recognize)
    recognition_menu.addAction(actions.cancel)

    settings_menu = bar.addMenu("&Settings")
    settings_menu.setObjectName("settingsMenu")  # provider_settings may add entries here
    settings_menu.addAction(actions.providers)

    help_menu = bar.addMenu("&Help")
    help_menu.addAction(actions.open_sample)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setContentsMargins(10, 0, 4, 0)
    return label


def build_toolbar(
    window: QMainWindow, actions: Actions, provider_combo: QComboBox, doc_type_combo: QComboBox
) -> QToolBar:
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolbar")  # saveState() needs it
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(actions.open)
    toolbar.addSeparator()
    toolbar.addWidget(_caption("Provider", toolbar))
    toolbar.addWidget(provider_combo)
    toolbar.addWidget(_caption("Document", toolbar))
    toolbar.addWidget(doc_type_combo)
    toolbar.addSeparator()
    toolbar.addAction(actions.recognize)
    toolbar.addAction(actions.cancel)
    toolbar.addSeparator()
    toolbar.addAction(actions.export)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    for action in (actions.zoom_out, actions.zoom_fit, actions.zoom_in):
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
