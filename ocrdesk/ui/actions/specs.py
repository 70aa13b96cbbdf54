"""Every action of the window, every menu and the toolbar, as data (no Qt here).

`ocrdesk.ui.actions.registry` builds the QActions, menus and toolbar from these tables; the
shortcuts dialog and the F1 overlay list them. An action's id is its QAction objectName, the key
of its shortcut override in ui.ini, and how code finds it: never by its visible text.

Order matters: actions appear in their menu in table order (`separator` starts a new group);
submenus follow their parent's own actions. Texts are English source strings marked for lupdate
with QT_TRANSLATE_NOOP("Actions", …) (the literal context: lupdate cannot read CONTEXT); the builder
translates them when it builds the actions. A menu's entries (and its submenus) need distinct
mnemonics in every language: tests/unit/ui/actions checks both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ocrdesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Actions"  # of every text below; the builder translates them in this context
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
    MenuSpec("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    MenuSpec("box", QT_TRANSLATE_NOOP("Actions", "&Move or Resize Box"), parent="edit"),
    MenuSpec("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    MenuSpec("recognition", QT_TRANSLATE_NOOP("Actions", "&Recognition")),
    MenuSpec("settings", QT_TRANSLATE_NOOP("Actions", "&Settings")),
    MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        ("std:Open",),
        "open",
        QT_TRANSLATE_NOOP("Actions", "Open images or PDFs"),
        "file",
    ),
    ActionSpec(
        "open_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &Folder…"),
        ("Ctrl+Shift+O",),
        "folder",
        QT_TRANSLATE_NOOP("Actions", "Open every image and PDF in a folder"),
        "file",
        separator=True,
        icon_only=True,
    ),
    ActionSpec(
        "include_subfolders",
        QT_TRANSLATE_NOOP("Actions", "Include &Sub-folders"),
        tip=QT_TRANSLATE_NOOP("Actions", "Open Folder also opens the folders inside"),
        menu="file",
        checkable=True,
    ),
    ActionSpec(
        "capture",
        QT_TRANSLATE_NOOP("Actions", "Capture from &Camera…"),
        ("Ctrl+Shift+C",),
        "camera",
        QT_TRANSLATE_NOOP("Actions", "Capture documents with a camera"),
        "file",
        icon_only=True,
    ),
    ActionSpec(
        "paste",
        QT_TRANSLATE_NOOP("Actions", "&Paste Image"),
        ("std:Paste",),
        "paste",
        QT_TRANSLATE_NOOP("Actions", "Paste a picture or files"),
        "file",
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        ("Ctrl+E",),
        "export",
        QT_TRANSLATE_NOOP("Actions", "Export the fields (JSON, Excel, CSV)"),
        "file",
        separator=True,
        enabled=False,
    ),
    ActionSpec(
        "export_all",
        QT_TRANSLATE_NOOP("Actions", "Export &All…"),
        ("Ctrl+Shift+E",),
        "export-all",
        QT_TRANSLATE_NOOP("Actions", "Export every document"),
        "file",
    ),
    ActionSpec(
        "restore_session",
        QT_TRANSLATE_NOOP("Actions", "Res&tore Crashed Session…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Bring back the work of a session that ended without closing OCRDesk"),
        menu="file",
        separator=True,
        enabled=False,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        ("std:Quit", "Ctrl+Q"),
        menu="file",
        separator=True,
        role="quit",
    ),
    # Edit
    ActionSpec(
        "undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("std:Undo", "Ctrl+Z"), "undo", menu="edit", enabled=False
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y", "std:Redo"),
        "redo",
        menu="edit",
        enabled=False,
    ),
    ActionSpec(
        "next_attention",
        QT_TRANSLATE_NOOP("Actions", "&Next Field to Check"),
        ("F8",),
        tip=QT_TRANSLATE_NOOP("Actions", "Next invalid or low-confidence field"),
        menu="edit",
        separator=True,
    ),
    ActionSpec(
        "previous_attention", QT_TRANSLATE_NOOP("Actions", "&Previous Field to Check"), ("Shift+F8",), menu="edit"
    ),
    ActionSpec(
        "confirm",
        QT_TRANSLATE_NOOP("Actions", "&Confirm Document"),
        ("Ctrl+Return", "Ctrl+Enter"),
        "confirm",
        QT_TRANSLATE_NOOP("Actions", "Mark the document reviewed and open the next one"),
        "edit",
        icon_text=QT_TRANSLATE_NOOP("Actions", "Confirm"),
    ),
    ActionSpec(
        "take_first",
        QT_TRANSLATE_NOOP("Actions", "&Keep This Engine's Value"),
        ("Alt+1",),
        tip=QT_TRANSLATE_NOOP("Actions", "Where a second engine read otherwise, keep this engine's value"),
        menu="edit",
        context="field_list",
    ),
    ActionSpec(
        "take_second",
        QT_TRANSLATE_NOOP("Actions", "&Take Second Engine's Value"),
        ("Alt+2",),
        tip=QT_TRANSLATE_NOOP("Actions", "Where a second engine read otherwise, take its value"),
        menu="edit",
        context="field_list",
    ),
    ActionSpec(
        "remove_documents",
        QT_TRANSLATE_NOOP("Actions", "R&emove from List"),
        tip=QT_TRANSLATE_NOOP("Actions", "Remove the selected documents from the list (Del in the list)"),
        menu="edit",
        separator=True,
        enabled=False,
    ),
    ActionSpec(
        "draw_box",
        QT_TRANSLATE_NOOP("Actions", "Draw &Box for a Missing Field"),
        ("Ctrl+B",),
        "draw-box",
        QT_TRANSLATE_NOOP("Actions", "Draw a box"),
        "edit",
        separator=True,
        checkable=True,
        icon_text=QT_TRANSLATE_NOOP("Actions", "Draw Box"),
    ),
    ActionSpec(
        "read_region",
        QT_TRANSLATE_NOOP("Actions", "Read Box &Again"),
        ("Ctrl+R",),
        tip=QT_TRANSLATE_NOOP("Actions", "Recognise only the selected box again"),
        menu="edit",
    ),
    ActionSpec(
        "delete_field", QT_TRANSLATE_NOOP("Actions", "&Delete Field"), ("Del",), menu="edit", context="field_list"
    ),
    ActionSpec(
        "move_left", QT_TRANSLATE_NOOP("Actions", "Move Box Left"), ("Ctrl+Left",), menu="box", context="field_list"
    ),
    ActionSpec(
        "move_right",
        QT_TRANSLATE_NOOP("Actions", "Move Box Right"),
        ("Ctrl+Right",),
        menu="box",
        context="field_list",
    ),
    ActionSpec("move_up", QT_TRANSLATE_NOOP("Actions", "Move Box Up"), ("Ctrl+Up",), menu="box", context="field_list"),
    ActionSpec(
        "move_down", QT_TRANSLATE_NOOP("Actions", "Move Box Down"), ("Ctrl+Down",), menu="box", context="field_list"
    ),
    ActionSpec(
        "narrower",
        QT_TRANSLATE_NOOP("Actions", "Make Box Narrower"),
        ("Ctrl+Shift+Left",),
        menu="box",
        context="field_list",
    ),
    ActionSpec(
        "wider",
        QT_TRANSLATE_NOOP("Actions", "Make Box Wider"),
        ("Ctrl+Shift+Right",),
        menu="box",
        context="field_list",
    ),
    ActionSpec(
        "shorter",
        QT_TRANSLATE_NOOP("Actions", "Make Box Shorter"),
        ("Ctrl+Shift+Up",),
        menu="box",
        context="field_list",
    ),
    ActionSpec(
        "taller",
        QT_TRANSLATE_NOOP("Actions", "Make Box Taller"),
        ("Ctrl+Shift+Down",),
        menu="box",
        context="field_list",
    ),
    # View
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        ("Ctrl+=", "Ctrl++", "std:ZoomIn"),
        "zoom-in",
        menu="view",
        icon_only=True,
        enabled=False,
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        ("Ctrl+-", "std:ZoomOut"),
        "zoom-out",
        menu="view",
        icon_only=True,
        enabled=False,
    ),
    ActionSpec(
        "zoom_fit",
        QT_TRANSLATE_NOOP("Actions", "&Fit to Window"),
        ("Ctrl+0",),
        "zoom-fit",
        menu="view",
        icon_only=True,
        enabled=False,
    ),
    ActionSpec("zoom_actual", QT_TRANSLATE_NOOP("Actions", "&Actual Size"), ("Ctrl+1",), menu="view", enabled=False),
    ActionSpec(
        "previous_document",
        QT_TRANSLATE_NOOP("Actions", "P&revious Document"),
        ("PgUp",),
        menu="view",
        separator=True,
        enabled=False,
    ),
    ActionSpec(
        "next_document", QT_TRANSLATE_NOOP("Actions", "&Next Document"), ("PgDown",), menu="view", enabled=False
    ),
    ActionSpec(
        "normalise_dates",
        QT_TRANSLATE_NOOP("Actions", "Show Dates as YYYY-MM-DD"),
        tip=QT_TRANSLATE_NOOP("Actions", "Display only: values are kept as read"),
        menu="view",
        separator=True,
        checkable=True,
    ),
    # Recognition
    ActionSpec(
        "recognize",
        QT_TRANSLATE_NOOP("Actions", "&Recognise"),
        ("F5",),
        "recognize",
        QT_TRANSLATE_NOOP("Actions", "Recognise the page"),
        "recognition",
        enabled=False,
    ),
    ActionSpec(
        "recognize_all",
        QT_TRANSLATE_NOOP("Actions", "Recognise &All"),
        ("Ctrl+Shift+R",),
        "recognize-all",
        QT_TRANSLATE_NOOP("Actions", "Recognise every pending document"),
        "recognition",
        enabled=False,
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "Co&mpare with Another Engine…"),
        ("Ctrl+K",),
        tip=QT_TRANSLATE_NOOP("Actions", "Read the page with a second engine and mark where the two disagree"),
        menu="recognition",
    ),
    ActionSpec(
        "cancel",
        QT_TRANSLATE_NOOP("Actions", "&Cancel"),
        ("Esc",),
        "cancel",
        QT_TRANSLATE_NOOP("Actions", "Cancel recognition"),
        "recognition",
        enabled=False,
    ),
    ActionSpec(
        "pause_batch",
        QT_TRANSLATE_NOOP("Actions", "&Pause Batch"),
        tip=QT_TRANSLATE_NOOP("Actions", "Finish the running pages, then wait"),
        menu="recognition",
        separator=True,
        enabled=False,
    ),
    ActionSpec(
        "cancel_batch",
        QT_TRANSLATE_NOOP("Actions", "Cancel &Batch"),
        tip=QT_TRANSLATE_NOOP("Actions", "Stop recognising all; the rest stay pending"),
        menu="recognition",
        enabled=False,
    ),
    # Settings
    ActionSpec(
        "providers",
        QT_TRANSLATE_NOOP("Actions", "&Providers…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Credentials and endpoints of the OCR providers"),
        menu="settings",
        role="preferences",
    ),
    ActionSpec(
        "pdf_dpi",
        QT_TRANSLATE_NOOP("Actions", "PDF &Resolution…"),
        tip=QT_TRANSLATE_NOOP("Actions", "How finely PDF pages are rendered for recognition"),
        menu="settings",
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Change the keys of every command"),
        menu="settings",
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Language and other preferences"),
        menu="settings",
        separator=True,
    ),
    # Help
    ActionSpec(
        "help",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        ("F1", "Ctrl+/"),
        tip=QT_TRANSLATE_NOOP("Actions", "List every shortcut"),
        menu="help",
    ),
    ActionSpec(
        "open_sample",
        QT_TRANSLATE_NOOP("Actions", "Open &Sample"),
        tip=QT_TRANSLATE_NOOP("Actions", "Open the bundled sample document"),
        menu="help",
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About OCRDesk"), menu="help", separator=True, role="about"),
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

# right-click menus: the area's objectName -> the actions it offers, in order (SEPARATOR between groups);
# the actions themselves, so texts, keys and enabled states are those of the window's menus
CONTEXT_MENUS: dict[str, tuple[str, ...]] = {
    "documentList": (
        "recognize",
        "recognize_all",
        SEPARATOR,
        "export",
        "export_all",
        SEPARATOR,
        "open",
        "open_folder",
        "paste",
        SEPARATOR,
        "remove_documents",
    ),
    "fieldTable": (
        "undo",
        "redo",
        SEPARATOR,
        "next_attention",
        "previous_attention",
        SEPARATOR,
        "read_region",
        "draw_box",
        "delete_field",
        SEPARATOR,
        "confirm",
    ),
    "pageView": (
        "zoom_in",
        "zoom_out",
        "zoom_fit",
        "zoom_actual",
        SEPARATOR,
        "draw_box",
        "read_region",
        SEPARATOR,
        "recognize",
        "confirm",
    ),
}

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
