"""The window's actions, menus and toolbar, built from the tables in specs.py and kept by id.

`build_actions(window, overrides)` creates every QAction (objectName = its id, added to the window
so its shortcut works even when the menu bar is hidden), the menus and their entries; keys stored
as overrides replace the defaults unless they conflict. Features then connect to
`registry["recognize"]` (or `registry.recognize`) and find a menu with `registry.menu("settings")`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMenuBar, QSizePolicy, QToolBar, QToolButton, QWidget

from ocrdesk.ui import style
from ocrdesk.ui.actions.keys import action_text, plain_text, problem_with, sequences, shown_keys
from ocrdesk.ui.actions.specs import ACTIONS, MENUS, SEPARATOR, SPACER, TOOLBAR, WIDGETS, ActionSpec, MenuSpec

log = logging.getLogger(__name__)

_ROLES = {
    "quit": QAction.MenuRole.QuitRole,
    "about": QAction.MenuRole.AboutRole,
    "preferences": QAction.MenuRole.PreferencesRole,
}


class ActionRegistry:
    """Every action of the window by id, in table order, with its default keys."""

    def __init__(self, specs: Sequence[ActionSpec], actions: Mapping[str, QAction], menus: Mapping[str, QMenu]):
        self._specs = {spec.id: spec for spec in specs}
        self._actions = dict(actions)
        self._menus = dict(menus)
        self._defaults = {spec.id: sequences(spec.keys) for spec in specs}

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __getattr__(self, action_id: str) -> QAction:
        actions = self.__dict__.get("_actions", {})
        if action_id not in actions:
            raise AttributeError(action_id)
        return actions[action_id]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def __len__(self) -> int:
        return len(self._actions)

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    @property
    def specs(self) -> list[ActionSpec]:
        return list(self._specs.values())

    def spec(self, action_id: str) -> ActionSpec:
        return self._specs[action_id]

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]

    def text(self, action_id: str) -> str:
        """The action's name as lists show it (its text may change: "Undo Edit Name")."""
        return plain_text(action_text(self._specs[action_id].text))

    def texts(self) -> dict[str, str]:
        return {action_id: self.text(action_id) for action_id in self._specs}

    def with_context(self, context: str) -> list[QAction]:
        return [self._actions[spec.id] for spec in self._specs.values() if spec.context == context]

    def defaults(self, action_id: str) -> list[QKeySequence]:
        return list(self._defaults[action_id])

    def keys(self) -> dict[str, list[QKeySequence]]:
        return {action_id: list(action.shortcuts()) for action_id, action in self._actions.items()}

    def set_keys(self, action_id: str, keys: list[QKeySequence]) -> None:
        action = self._actions[action_id]
        action.setShortcuts(keys)
        spec = self._specs[action_id]
        tip = action_text(spec.tip) if spec.tip else plain_text(action_text(spec.text))
        shown = shown_keys(keys[:1])
        action.setToolTip(f"{tip} ({shown})" if shown else tip)

    def overrides(self) -> dict[str, list[QKeySequence]]:
        """The keys that differ from the defaults (what is worth storing)."""
        return {i: keys for i, keys in self.keys().items() if keys != self._defaults[i]}

    def apply_overrides(self, overrides: Mapping[str, list[QKeySequence]]) -> list[str]:
        """Set stored keys; one that another action or the field list uses, or that types a
        character, is refused (the default stays) and named in the returned problems."""
        wanted = {i: keys for i, keys in overrides.items() if i in self._actions}
        assigned = {i: wanted.get(i, self.defaults(i)) for i in self._actions}
        texts, problems = self.texts(), []
        for action_id, keys in wanted.items():
            found = [p for key in keys if (p := problem_with(key, action_id, assigned, texts))]
            if found:
                log.warning("stored keys of %s refused: %s", action_id, found[0])
                problems.append(found[0])
            else:
                self.set_keys(action_id, keys)
        return problems


def find_action(widget: QWidget, action_id: str) -> QAction:
    """An action by its id (its objectName), for code that holds only the window."""
    action = widget.findChild(QAction, action_id)
    if action is None:
        raise KeyError(action_id)
    return action


def build_actions(
    window: QMainWindow,
    overrides: Mapping[str, list[QKeySequence]] | None = None,
    specs: Sequence[ActionSpec] = ACTIONS,
    menus: Sequence[MenuSpec] = MENUS,
) -> ActionRegistry:
    """Every action, in the window and in its menus; stored keys applied over the defaults."""
    built_menus = _build_menus(window.menuBar(), menus)
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = actions[spec.id] = _create(window, spec)
        if spec.menu:
            menu = built_menus[spec.menu]
            if spec.separator and menu.actions():
                menu.addSeparator()
            menu.addAction(action)
    for menu_spec in menus:  # submenus after their parent's own entries
        if menu_spec.parent:
            built_menus[menu_spec.parent].addMenu(built_menus[menu_spec.id])
    registry = ActionRegistry(specs, actions, built_menus)
    for spec in specs:
        registry.set_keys(spec.id, registry.defaults(spec.id))
    registry.apply_overrides(overrides or {})
    return registry


def _build_menus(bar: QMenuBar, menus: Sequence[MenuSpec]) -> dict[str, QMenu]:
    built: dict[str, QMenu] = {}
    for spec in menus:
        menu = QMenu(action_text(spec.title), built[spec.parent] if spec.parent else bar)
        menu.setObjectName(f"{spec.id}Menu")
        if not spec.parent:
            bar.addMenu(menu)
        built[spec.id] = menu
    return built


def _create(window: QMainWindow, spec: ActionSpec) -> QAction:
    action = QAction(action_text(spec.text), window)
    action.setObjectName(spec.id)
    if spec.icon:
        action.setIcon(style.icon(spec.icon))
    # Qt's own icon text drops "&" and "…" but would keep a Chinese text's appended "(&O)" as "(O)"
    action.setIconText(action_text(spec.icon_text) if spec.icon_text else plain_text(action.text()))
    action.setCheckable(spec.checkable)
    action.setEnabled(spec.enabled)
    if spec.role:
        action.setMenuRole(_ROLES[spec.role])
    if spec.context == "field_list":
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the field list adds them to itself
    action.setShortcutVisibleInContextMenu(True)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def bind_undo(registry: ActionRegistry, group: QUndoGroup) -> None:
    """Undo and Redo follow the active stack, as QUndoGroup.createUndoAction's actions do:
    enabled when there is a step, named after it ("Undo Edit Name")."""
    # a whole template per action, not "prefix + name": a Chinese text puts its mnemonic "(&U)" last
    for action_id, can, text, step, named in (
        ("undo", group.canUndoChanged, group.undoTextChanged, group.undo, _undo_text),
        ("redo", group.canRedoChanged, group.redoTextChanged, group.redo, _redo_text),
    ):
        action, plain = registry[action_id], action_text(registry.spec(action_id).text)
        can.connect(action.setEnabled)
        text.connect(lambda name, a=action, p=plain, f=named: a.setText(f(name) if name else p))
        action.triggered.connect(step)
    registry["undo"].setEnabled(group.canUndo())
    registry["redo"].setEnabled(group.canRedo())


def _undo_text(step: str) -> str:
    return QCoreApplication.translate("Actions", "&Undo {step}").format(step=step)


def _redo_text(step: str) -> str:
    return QCoreApplication.translate("Actions", "&Redo {step}").format(step=step)


def build_toolbar(
    window: QMainWindow,
    registry: ActionRegistry,
    pickers: Sequence[tuple[str, QWidget]],
    layout: Sequence[str] = TOOLBAR,
) -> QToolBar:
    """The main toolbar; `pickers` ((caption, widget) pairs) go where the layout says WIDGETS."""
    toolbar = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")  # saveState() needs it
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for item in layout:
        if item == SEPARATOR:
            toolbar.addSeparator()
        elif item == SPACER:
            spacer = QWidget(toolbar)
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            toolbar.addWidget(spacer)
        elif item == WIDGETS:
            for caption, widget in pickers:
                label = QLabel(caption, toolbar)
                label.setContentsMargins(10, 0, 4, 0)
                toolbar.addWidget(label)
                toolbar.addWidget(widget)
        else:
            toolbar.addAction(registry[item])
            button = toolbar.widgetForAction(registry[item])
            if registry.spec(item).icon_only and isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
