"""The review workflow's actions, their default keys, and where they appear (Edit menu, View,
Settings, Help, toolbar). Every action gets an objectName: it is the key the shortcut settings
store and the help overlay lists."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ocrdesk.ui import style


@dataclass
class ReviewActions:
    undo: QAction
    redo: QAction
    next_attention: QAction
    previous_attention: QAction
    confirm: QAction
    delete_field: QAction
    draw_box: QAction
    read_region: QAction
    move_left: QAction
    move_right: QAction
    move_up: QAction
    move_down: QAction
    narrower: QAction
    wider: QAction
    shorter: QAction
    taller: QAction
    normalise_dates: QAction
    help: QAction
    shortcuts: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]

    def field_list_only(self) -> list[QAction]:
        """Keys that act on the selected field only while the field list has the focus: Del and
        Ctrl+arrows mean something else in the document list or a text box."""
        return [self.delete_field, *self.nudges()]

    def nudges(self) -> dict[QAction, tuple[int, int, bool]]:
        """action -> (dx, dy, resize): Ctrl+arrows move the box, Ctrl+Shift+arrows move its right/bottom edge."""
        return {
            self.move_left: (-1, 0, False),
            self.move_right: (1, 0, False),
            self.move_up: (0, -1, False),
            self.move_down: (0, 1, False),
            self.narrower: (-1, 0, True),
            self.wider: (1, 0, True),
            self.shorter: (0, -1, True),
            self.taller: (0, 1, True),
        }


def _shortcuts(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Distinct, non-empty sequences (a duplicate would make Qt report an ambiguous shortcut)."""
    result: list[QKeySequence] = []
    for key in keys:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        result += [s for s in sequences if not s.isEmpty() and s not in result]
    return result


def _action(
    window: QMainWindow, name: str, text: str, keys: list[QKeySequence], tip: str = "", icon: str = ""
) -> QAction:
    action = QAction(style.icon(icon), text, window) if icon else QAction(text, window)
    action.setObjectName(name)
    action.setShortcuts(keys)
    action.setToolTip(tip or text.replace("&", "").replace("…", ""))
    action.setShortcutVisibleInContextMenu(True)
    window.addAction(action)  # window-wide: works wherever the focus is in the window
    return action


def create_review_actions(window: QMainWindow, group: QUndoGroup) -> ReviewActions:
    undo = group.createUndoAction(window, "&Undo")
    undo.setObjectName("undo")
    undo.setIcon(style.icon("undo"))
    undo.setShortcuts(_shortcuts(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
    redo = group.createRedoAction(window, "&Redo")
    redo.setObjectName("redo")
    redo.setIcon(style.icon("redo"))
    redo.setShortcuts(_shortcuts("Ctrl+Shift+Z", "Ctrl+Y", QKeySequence.StandardKey.Redo))
    for action in (undo, redo):
        window.addAction(action)
    a = ReviewActions(
        undo=undo,
        redo=redo,
        next_attention=_action(
            window, "next_attention", "&Next Field to Check", _shortcuts("F8"), "Next invalid or low-confidence field"
        ),
        previous_attention=_action(window, "previous_attention", "&Previous Field to Check", _shortcuts("Shift+F8")),
        confirm=_action(
            window,
            "confirm",
            "&Confirm Document",
            _shortcuts("Ctrl+Return", "Ctrl+Enter"),
            "Mark the document reviewed and open the next one",
            "confirm",
        ),
        delete_field=_action(window, "delete_field", "&Delete Field", _shortcuts("Del")),
        draw_box=_action(
            window, "draw_box", "Draw &Box for a Missing Field", _shortcuts("Ctrl+B"), "Draw a box", "draw-box"
        ),
        read_region=_action(
            window, "read_region", "&Read Box Again", _shortcuts("Ctrl+R"), "Recognise only the selected box again"
        ),
        move_left=_action(window, "move_left", "Move Box Left", _shortcuts("Ctrl+Left")),
        move_right=_action(window, "move_right", "Move Box Right", _shortcuts("Ctrl+Right")),
        move_up=_action(window, "move_up", "Move Box Up", _shortcuts("Ctrl+Up")),
        move_down=_action(window, "move_down", "Move Box Down", _shortcuts("Ctrl+Down")),
        narrower=_action(window, "narrower", "Make Box Narrower", _shortcuts("Ctrl+Shift+Left")),
        wider=_action(window, "wider", "Make Box Wider", _shortcuts("Ctrl+Shift+Right")),
        shorter=_action(window, "shorter", "Make Box Shorter", _shortcuts("Ctrl+Shift+Up")),
        taller=_action(window, "taller", "Make Box Taller", _shortcuts("Ctrl+Shift+Down")),
        normalise_dates=_action(
            window, "normalise_dates", "Show Dates as YYYY-MM-DD", [], "Display only: values are kept as read"
        ),
        help=_action(window, "help", "&Keyboard Shortcuts", _shortcuts("F1", "Ctrl+/"), "List every shortcut"),
        shortcuts=_action(window, "shortcuts", "&Keyboard Shortcuts…", [], "Change the keys of every command"),
    )
    for action in a.field_list_only():
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # ReviewWorkflow adds them to the table
    a.draw_box.setIconText("Draw Box")  # toolbar labels: short, the menu says it in full
    a.confirm.setIconText("Confirm")
    a.draw_box.setCheckable(True)
    a.normalise_dates.setCheckable(True)
    return a


def name_window_actions(window: QMainWindow) -> None:
    """Give the window's own actions (ocrdesk.ui.actions.registry.Actions) stable names for the settings."""
    own = getattr(window, "actions", None)
    if own is None or callable(own):
        return
    for name, action in vars(own).items():
        if isinstance(action, QAction) and not action.objectName():
            action.setObjectName(name)


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == title:
            return menu
    return None


def build_review_menus(window: QMainWindow, a: ReviewActions) -> QMenu:
    """An Edit menu after File, plus entries in View, Settings and Help (whatever menus exist)."""
    bar = window.menuBar()
    edit = QMenu("&Edit", bar)
    edit.setObjectName("editMenu")
    view = _menu(window, "View")
    bar.insertMenu(view.menuAction(), edit) if view is not None else bar.addMenu(edit)
    edit.addAction(a.undo)
    edit.addAction(a.redo)
    edit.addSeparator()
    edit.addAction(a.next_attention)
    edit.addAction(a.previous_attention)
    edit.addAction(a.confirm)
    edit.addSeparator()
    edit.addAction(a.draw_box)
    edit.addAction(a.read_region)
    edit.addAction(a.delete_field)
    box = edit.addMenu("Move or Resize &Box")
    for action in a.nudges():
        box.addAction(action)
    if view is not None:
        view.addSeparator()
        view.addAction(a.normalise_dates)
    settings = _menu(window, "Settings")
    (settings or edit).addAction(a.shortcuts)
    help_menu = _menu(window, "Help")
    if help_menu is not None:
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, a.help)
    else:
        edit.addAction(a.help)
    return edit


def add_review_tools(toolbar: QToolBar | None, a: ReviewActions) -> None:
    """Confirm and Draw box on the main toolbar, after Export (before the spacer)."""
    if toolbar is None:
        return
    actions = toolbar.actions()
    export = next((i for i, action in enumerate(actions) if action.objectName() == "export"), None)
    before = actions[export + 1] if export is not None and export + 1 < len(actions) else None
    separator = toolbar.insertSeparator(before) if before is not None else toolbar.addSeparator()
    for action in (a.draw_box, a.confirm):
        toolbar.insertAction(before, action) if before is not None else toolbar.addAction(action)
    separator.setObjectName("reviewSeparator")
