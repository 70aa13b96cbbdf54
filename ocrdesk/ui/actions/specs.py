"""Every action of the window, every menu and the toolbar, as data (no Qt here).

`ocrdesk.ui.actions.registry` builds the QActions, menus and toolbar from these tables; the
shortcuts dialog and the F1 overlay list them. An action's id is its QAction objectName, the key
of its shortcut override in ui.ini, and how code finds it: never by its visible text.

Order matters: actions appear in their menu in table order (`separator` starts a new group);
submenus follow their parent's own actions. Texts are English source strings: the builder
translates each through QCoreApplication.translate("Actions", text), so a translation catalogue for
the "Actions" context can be made from these tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CONTEXT = "Actions"  # the builder passes every text below through QCoreApplication.translate(CONTEXT, …)
STANDARD = "std:"  # "std:Open" is QKeySequence.StandardKey.Open (keys that differ between platforms)
# toolbar items that are not actions
SEPARATOR, WIDGETS, SPACER = "|", "<widgets>", "<spacer>"


@dataclass(frozen=True)
class MenuSpec:
    id: str
    title: str
    parent: str = ""  # the id of the menu this one is a submenu of


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    keys: tuple[str, ...] = ()  # the first is the one shown; all of them work
    icon: str = ""
    tip: str = ""
    menu: str = ""
    separator: bool = False  # a separator before it in its menu
    context: Literal["window", "field_list"] = "window"  # field_list: only while the field list has the focus
    checkable: bool = False
    icon_text: str = ""  # the toolbar's short label, when the menu text is long
    icon_only: bool = False  # on the toolbar, a button without its label
    role: Literal["", "quit", "about", "preferences"] = ""  # where macOS moves it
    enabled: bool = True  # at start, before any state is known


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec("file", "&File"),
    MenuSpec("edit", "&Edit"),
    MenuSpec("box", "Move or Resize &Box", parent="edit"),
    MenuSpec("view", "&View"),
    MenuSpec("recognition", "&Recognition"),
    MenuSpec("settings", "&Settings"),
    MenuSpec("help", "&Help"),
)

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", "&Open…", ("std:Open",), "open", "Open images or PDFs", "file"),
    ActionSpec(
        "open_folder",
        "Open &Folder…",
        ("Ctrl+Shift+O",),
        "folder",
        "Open every image and PDF in a folder",
        "file",
        separator=True,
        icon_only=True,
    ),
    ActionSpec(
        "include_subfolders",
        "Include &Sub-folders",
        tip="Open Folder also opens the folders inside",
        menu="file",
        checkable=True,
    ),
    ActionSpec(
        "capture",
        "Capture from &Camera…",
        ("Ctrl+Shift+C",),
        "camera",
        "Capture documents with a camera",
        "file",
        icon_only=True,
    ),
    ActionSpec(
        "paste",
        "&Paste Image",
        ("std:Paste",),
        "paste",
        "Paste a picture or files",
        "file",
    ),
    ActionSpec(
        "export",
        "&Export…",
        ("Ctrl+E",),
        "export",
        "Export the fields (JSON, Excel, CSV)",
        "file",
        separator=True,
        enabled=False,
    ),
    ActionSpec(
        "export_all",
        "Export &All…",
        ("Ctrl+Shift+E",),
        "export-all",
        "Export every document",
        "file",
    ),
    ActionSpec(
        "quit",
        "&Quit",
        ("std:Quit", "Ctrl+Q"),
        menu="file",
        separator=True,
        role="quit",
    ),
    # Edit
    ActionSpec("undo", "&Undo", ("std:Undo", "Ctrl+Z"), "undo", menu="edit", enabled=False),
    ActionSpec(
        "redo",
        "&Redo",
        ("Ctrl+Shift+Z", "Ctrl+Y", "std:Redo"),
        "redo",
        menu="edit",
        enabled=False,
    ),
    ActionSpec(
        "next_attention",
        "&Next Field to Check",
        ("F8",),
        tip="Next invalid or low-confidence field",
        menu="edit",
        separator=True,
    ),
    ActionSpec("previous_attention", "&Previous Field to Check", ("Shift+F8",), menu="edit"),
    ActionSpec(
        "confirm",
        "&Confirm Document",
        ("Ctrl+Return", "Ctrl+Enter"),
        "confirm",
        "Mark the document reviewed and open the next one",
        "edit",
        icon_text="Confirm",
    ),
    ActionSpec(
        "draw_box",
        "Draw &Box for a Missing Field",
        ("Ctrl+B",),
        "draw-box",
        "Draw a box",
        "edit",
        separator=True,
        checkable=True,
        icon_text="Draw Box",
    ),
    ActionSpec(
        "read_region",
        "&Read Box Again",
        ("Ctrl+R",),
        tip="Recognise only the selected box again",
        menu="edit",
    ),
    ActionSpec("delete_field", "&Delete Field", ("Del",), menu="edit", context="field_list"),
    ActionSpec("move_left", "Move Box Left", ("Ctrl+Left",), menu="box", context="field_list"),
    ActionSpec(
        "move_right",
        "Move Box Right",
        ("Ctrl+Right",),
        menu="box",
        context="field_list",
    ),
    ActionSpec("move_up", "Move Box Up", ("Ctrl+Up",), menu="box", context="field_list"),
    ActionSpec("move_down", "Move Box Down", ("Ctrl+Down",), menu="box", context="field_list"),
    ActionSpec(
        "narrower",
        "Make Box Narrower",
        ("Ctrl+Shift+Left",),
        menu="box",
        context="field_list",
    ),
    ActionSpec(
        "wider",
        "Make Box Wider",
        ("Ctrl+Shift+Right",),
        menu="box",
        context="field_list",
    ),
    ActionSpec(
        "shorter",
        "Make Box Shorter",
        ("Ctrl+Shift+Up",),
        menu="box",
        context="field_list",
    ),
    ActionSpec(
        "taller",
        "Make Box Taller",
        ("Ctrl+Shift+Down",),
        menu="box",
        context="field_list",
    ),
    # View
    ActionSpec(
        "zoom_in",
        "Zoom &In",
        ("Ctrl+=", "Ctrl++", "std:ZoomIn"),
        "zoom-in",
        menu="view",
        icon_only=True,
        enabled=False,
    ),
    ActionSpec(
        "zoom_out",
        "Zoom &Out",
        ("Ctrl+-", "std:ZoomOut"),
        "zoom-out",
        menu="view",
        icon_only=True,
        enabled=False,
    ),
    ActionSpec(
        "zoom_fit",
        "&Fit to Window",
        ("Ctrl+0",),
        "zoom-fit",
        menu="view",
        icon_only=True,
        enabled=False,
    ),
    ActionSpec("zoom_actual", "&Actual Size", ("Ctrl+1",), menu="view", enabled=False),
    ActionSpec(
        "previous_document",
        "P&revious Document",
        ("PgUp",),
        menu="view",
        separator=True,
        enabled=False,
    ),
    ActionSpec("next_document", "&Next Document", ("PgDown",), menu="view", enabled=False),
    ActionSpec(
        "normalise_dates",
        "Show Dates as YYYY-MM-DD",
        tip="Display only: values are kept as read",
        menu="view",
        separator=True,
        checkable=True,
    ),
    # Recognition
    ActionSpec(
        "recognize",
        "&Recognise",
        ("F5",),
        "recognize",
        "Recognise the page",
        "recognition",
        enabled=False,
    ),
    ActionSpec(
        "recognize_all",
        "Recognise &All",
        ("Ctrl+Shift+R",),
        "recognize-all",
        "Recognise every pending document",
        "recognition",
        enabled=False,
    ),
    ActionSpec(
        "cancel",
        "&Cancel",
        ("Esc",),
        "cancel",
        "Cancel recognition",
        "recognition",
        enabled=False,
    ),
    ActionSpec(
        "pause_batch",
        "&Pause Batch",
        tip="Finish the running pages, then wait",
        menu="recognition",
        separator=True,
        enabled=False,
    ),
    ActionSpec(
        "cancel_batch",
        "Cancel &Batch",
        tip="Stop recognising all; the rest stay pending",
        menu="recognition",
        enabled=False,
    ),
    # Settings
    ActionSpec(
        "providers",
        "&Providers…",
        tip="Credentials and endpoints of the OCR providers",
        menu="settings",
        role="preferences",
    ),
    ActionSpec(
        "pdf_dpi",
        "PDF &Resolution…",
        tip="How finely PDF pages are rendered for recognition",
        menu="settings",
    ),
    ActionSpec(
        "shortcuts",
        "&Keyboard Shortcuts…",
        tip="Change the keys of every command",
        menu="settings",
    ),
    # Help
    ActionSpec(
        "help",
        "&Keyboard Shortcuts",
        ("F1", "Ctrl+/"),
        tip="List every shortcut",
        menu="help",
    ),
    ActionSpec(
        "open_sample",
        "Open &Sample",
        tip="Open the bundled sample document",
        menu="help",
    ),
    ActionSpec("about", "&About OCRDesk", menu="help", separator=True, role="about"),
)

TOOLBAR: tuple[str, ...] = (
    "open",
    "open_folder",
    "capture",
    SEPARATOR,
    WIDGETS,  # the provider and document type pickers
    SEPARATOR,
    "recognize",
    "recognize_all",
    "cancel",
    SEPARATOR,
    "export",
    SEPARATOR,
    "draw_box",
    "confirm",
    SPACER,
    "zoom_out",
    "zoom_fit",
    "zoom_in",
)

# Ctrl+arrows move the selected box, Ctrl+Shift+arrows its right or bottom edge: id -> (dx, dy, resize)
NUDGES: dict[str, tuple[int, int, bool]] = {
    "move_left": (-1, 0, False),
    "move_right": (1, 0, False),
    "move_up": (0, -1, False),
    "move_down": (0, 1, False),
    "narrower": (-1, 0, True),
    "wider": (1, 0, True),
    "shorter": (0, -1, True),
    "taller": (0, 1, True),
}
