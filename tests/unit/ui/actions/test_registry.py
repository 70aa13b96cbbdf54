"""The action builder: every spec becomes one action with its keys, menus are found by id, stored
keys override the defaults unless they conflict, and the toolbar follows its layout."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu, QToolButton, QWidget

from ocrdesk.ui.actions.keys import sequences
from ocrdesk.ui.actions.registry import ActionRegistry, bind_undo, build_actions, build_toolbar, find_action
from ocrdesk.ui.actions.specs import ACTIONS, MENUS, NUDGES, SEPARATOR, SPACER, TOOLBAR, WIDGETS


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_the_tables_are_consistent() -> None:
    ids = [spec.id for spec in ACTIONS]
    menus = {menu.id for menu in MENUS}
    assert len(ids) == len(set(ids)) and len(menus) == len(MENUS)
    assert all(spec.menu in menus for spec in ACTIONS)  # every action is reachable from a menu
    assert all(menu.parent in menus for menu in MENUS if menu.parent)
    assert {item for item in TOOLBAR if item not in (SEPARATOR, SPACER, WIDGETS)} <= set(ids)
    assert set(NUDGES) <= {spec.id for spec in ACTIONS if spec.context == "field_list"}


def test_every_spec_becomes_an_action_with_its_keys(window: QMainWindow) -> None:
    registry = build_actions(window)
    assert len(registry) == len(ACTIONS)
    for spec in ACTIONS:
        action = registry[spec.id]
        assert action is getattr(registry, spec.id) is find_action(window, spec.id)
        assert action.objectName() == spec.id and action in QWidget.actions(window)
        assert action.shortcuts() == sequences(spec.keys) == registry.defaults(spec.id)
        assert action.isCheckable() == spec.checkable
    assert registry["recognize"].shortcuts() == [QKeySequence("F5")]
    assert registry["confirm"].shortcuts() == [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
    assert registry["recognize"].toolTip() == "Recognise the page (F5)"
    assert not registry["export"].isEnabled()  # nothing to export at start
    with pytest.raises(KeyError):
        registry["no_such_action"]
    with pytest.raises(AttributeError):
        _ = registry.no_such_action


def test_menus_are_found_by_id_and_hold_their_actions_in_table_order(window: QMainWindow) -> None:
    registry = build_actions(window)
    view = registry.menu("view")
    assert view is window.menuBar().findChild(QMenu, "viewMenu")
    in_view = [a.objectName() for a in view.actions() if not a.isSeparator()]
    assert in_view == [spec.id for spec in ACTIONS if spec.menu == "view"]
    tops = [a.menu().objectName() for a in window.menuBar().actions()]  # type: ignore[union-attr]
    assert tops == [f"{menu.id}Menu" for menu in MENUS if not menu.parent]
    box = registry.menu("box")
    assert box.menuAction() in registry.menu("edit").actions()  # a submenu, after the Edit entries
    assert registry.menu("edit").actions()[-1] is box.menuAction()
    file_items = ["|" if a.isSeparator() else a.objectName() for a in registry.menu("file").actions()]
    assert file_items[:3] == ["open", "|", "open_folder"] and file_items[-2:] == ["|", "quit"]


def test_a_stored_override_replaces_the_default_keys(window: QMainWindow) -> None:
    registry = build_actions(window, {"recognize": [QKeySequence("Ctrl+F5")], "gone_action": [QKeySequence("F9")]})
    assert registry["recognize"].shortcuts() == [QKeySequence("Ctrl+F5")]
    assert registry["recognize"].toolTip() == "Recognise the page (Ctrl+F5)"
    assert registry.overrides() == {"recognize": [QKeySequence("Ctrl+F5")]}
    assert registry.defaults("recognize") == [QKeySequence("F5")]


@pytest.mark.parametrize(
    ("overrides", "complaint"),
    [
        ({"recognize": [QKeySequence("F8")]}, "F8 is used by both “Recognise” and “Next Field to Check”"),
        ({"recognize": [QKeySequence("A")]}, "types into the field"),
        ({"recognize": [QKeySequence("Tab")]}, "moves between fields"),
    ],
)
def test_a_conflicting_override_is_refused(
    window: QMainWindow, overrides: dict[str, list[QKeySequence]], complaint: str, caplog: pytest.LogCaptureFixture
) -> None:
    registry = build_actions(window, overrides)
    assert registry["recognize"].shortcuts() == [QKeySequence("F5")]  # the default stays
    assert registry["next_attention"].shortcuts() == [QKeySequence("F8")]
    assert complaint in caplog.text
    assert registry.overrides() == {}


def test_two_overrides_that_swap_keys_are_both_applied(window: QMainWindow) -> None:
    registry = build_actions(window, {"recognize": [QKeySequence("F8")], "next_attention": [QKeySequence("F5")]})
    assert registry["recognize"].shortcuts() == [QKeySequence("F8")]
    assert registry["next_attention"].shortcuts() == [QKeySequence("F5")]


def test_field_list_actions_only_act_where_the_field_list_adds_them(window: QMainWindow) -> None:
    registry = build_actions(window)
    field_list = registry.with_context("field_list")
    assert {a.objectName() for a in field_list} == {"delete_field", "take_first", "take_second", *NUDGES}
    assert all(a.shortcutContext().name == "WidgetShortcut" for a in field_list)
    assert registry["recognize"].shortcutContext().name == "WindowShortcut"


def test_the_toolbar_follows_its_layout(window: QMainWindow) -> None:
    registry = build_actions(window)
    combo = QComboBox()
    toolbar = build_toolbar(window, registry, [("Provider", combo)])
    ids = [a.objectName() for a in toolbar.actions() if a.objectName()]
    assert ids == [item for item in TOOLBAR if item not in (SEPARATOR, SPACER, WIDGETS)]
    assert toolbar.widgetForAction(toolbar.actions()[5]) is combo  # open, folder, camera, |, caption, combo
    buttons = {item: toolbar.widgetForAction(registry[item]) for item in ("open", "open_folder", "zoom_in")}
    styles = {item: button.toolButtonStyle() for item, button in buttons.items() if isinstance(button, QToolButton)}
    assert styles["open"].name == "ToolButtonTextBesideIcon"
    assert styles["open_folder"].name == styles["zoom_in"].name == "ToolButtonIconOnly"
    assert registry["draw_box"].iconText() == "Draw Box"  # the toolbar's short label


def test_undo_and_redo_follow_the_active_stack(window: QMainWindow) -> None:
    registry = build_actions(window)
    group = QUndoGroup(window)
    stack = QUndoStack(group)
    group.setActiveStack(stack)
    bind_undo(registry, group)
    undo, redo = registry["undo"], registry["redo"]
    assert not undo.isEnabled() and undo.text() == "&Undo"
    stack.push(QUndoCommand("Edit Name"))
    assert undo.isEnabled() and undo.text() == "&Undo Edit Name"
    undo.trigger()
    assert stack.index() == 0 and redo.isEnabled() and redo.text() == "&Redo Edit Name"
    assert registry.text("undo") == "Undo"  # lists name the command, not the step


def test_find_action_by_id(window: QMainWindow) -> None:
    registry = build_actions(window)
    assert isinstance(find_action(window, "open"), QAction)
    assert find_action(window, "open") is registry.open
    with pytest.raises(KeyError):
        find_action(window, "&Open…")  # never by its visible text


def test_the_registry_iterates_in_table_order(window: QMainWindow) -> None:
    registry: ActionRegistry = build_actions(window)
    assert [a.objectName() for a in registry] == [spec.id for spec in ACTIONS]
    assert "recognize" in registry and "nothing" not in registry
