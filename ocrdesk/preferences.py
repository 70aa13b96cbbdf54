"""The window's preferences, declared once: where each is stored, its type, default, limits and label.

Qt-free so the rules hold without a window: the store (ocrdesk.ui.settings.store) reads and writes
ui.ini only through `decode` and `encode`, and a dialog takes its limits from the same declaration,
so what a dialog allows and what the store accepts cannot drift apart. A stored value of the wrong
type or out of its limits (an old version, a hand edit) is replaced by the default and logged.

Not preferences: the window's geometry, state and splitter sizes are Qt's own blobs and stay raw
QSettings values (`WINDOW_LAYOUT_KEYS`). Provider settings have their own schema (SettingSpec).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ocrdesk.doc_warnings import DEFAULT_BLOCKING, WarningCode
from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.inputs import DEFAULT_DPI

log = logging.getLogger(__name__)

T = TypeVar("T", str, int, bool)

# Raw QSettings values written and read by Qt itself (saveGeometry/saveState), not declared here.
WINDOW_LAYOUT_KEYS = ("window/geometry", "window/state", "window/splitter")
_TRUE, _FALSE = "true", "false"  # how QSettings writes a bool to an INI file


class PreferenceError(ValueError):
    """A value a preference cannot hold (a caller's mistake: dialogs take their limits from the schema)."""


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One preference. `key` may hold "{}" for a family of values (one per provider, one per action)."""

    key: str
    type: type[T]
    default: T
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[T, ...] = ()
    label: str = ""  # marked with QT_TRANSLATE_NOOP("Preferences", …); translated where shown
    step: int = 1  # what a spin box adds per click
    choice_labels: tuple[str, ...] = ()  # one per choice, shown instead of the stored value
    in_dialog: bool = False  # offered by the Preferences dialog (the others have their own place)
    note: str = ""  # a line the dialog shows under the value

    def limits(self) -> tuple[int, int]:
        """(minimum, maximum) of a number, for a dialog's spin box."""
        if self.minimum is None or self.maximum is None:
            raise PreferenceError(f"{self.key} has no limits")
        return self.minimum, self.maximum

    def key_for(self, name: str = "") -> str:
        """The INI key; the name fills the "{}" of a family key."""
        if ("{}" in self.key) != bool(name):
            raise PreferenceError(f"{self.key}: a name is {'required' if name == '' else 'not expected'}")
        return self.key.format(name) if name else self.key


SYSTEM_LANGUAGE = "system"
LANGUAGES = ("zh_CN", "en")  # the catalogues shipped in ocrdesk/translations
LANGUAGE = Preference(
    "ui/language",
    str,
    SYSTEM_LANGUAGE,
    choices=(SYSTEM_LANGUAGE, *LANGUAGES),
    # a language is named in itself, so an operator finds theirs whatever the window speaks now
    choice_labels=(QT_TRANSLATE_NOOP("Preferences", "Follow the system"), "简体中文", "English"),
    label=QT_TRANSLATE_NOOP("Preferences", "Language:"),
    in_dialog=True,
    note=QT_TRANSLATE_NOOP("Preferences", "A new language takes effect when OCRDesk is started again."),
)
LAST_OPEN_DIR = Preference("paths/last_open_dir", str, "", label=QT_TRANSLATE_NOOP("Preferences", "Last folder opened"))
# files and folders opened lately, newest first, one per line (File → Recent Files and Folders)
RECENT_PATHS = Preference(
    "paths/recent", str, "", label=QT_TRANSLATE_NOOP("Preferences", "Files and folders opened lately")
)
LAST_EXPORT_DIR = Preference(
    "paths/last_export_dir", str, "", label=QT_TRANSLATE_NOOP("Preferences", "Last export folder")
)
LAST_EXPORT_FILTER = Preference(
    "paths/last_export_filter",
    str,
    "",
    choices=("", "JSON (*.json)", "Excel workbook (*.xlsx)", "CSV (*.csv)"),
    label=QT_TRANSLATE_NOOP("Preferences", "Last export format"),
)
PROVIDER = Preference("recognition/provider", str, "", label=QT_TRANSLATE_NOOP("Preferences", "Provider"))
DOC_TYPE = Preference(
    "recognition/doc_type/{}",
    str,
    "",
    label=QT_TRANSLATE_NOOP("Preferences", "Document type last used with a provider"),
)
PDF_DPI = Preference(
    "inputs/pdf_dpi",
    int,
    DEFAULT_DPI,
    minimum=72,
    maximum=600,
    step=25,
    label=QT_TRANSLATE_NOOP("Preferences", "Render PDF pages at (dots per inch):"),
    in_dialog=True,
)
INCLUDE_SUBFOLDERS = Preference(
    "inputs/include_subfolders", bool, False, label=QT_TRANSLATE_NOOP("Preferences", "Include sub-folders")
)
CAMERA_SOURCE = Preference("camera/source", str, "", label=QT_TRANSLATE_NOOP("Preferences", "Camera"))
CAMERA_RESOLUTION = Preference(
    "camera/resolution", str, "", label=QT_TRANSLATE_NOOP("Preferences", "Camera resolution")
)
AUTO_CAPTURE = Preference(
    "camera/auto_capture", bool, False, label=QT_TRANSLATE_NOOP("Preferences", "Capture automatically when steady")
)
# the key keeps its first spelling: existing settings files use it
NORMALIZE_DATES = Preference(
    "review/normalise_dates", bool, False, label=QT_TRANSLATE_NOOP("Preferences", "Show dates as YYYY-MM-DD")
)
# ocrdesk.doc_warnings codes, comma-separated: a document with one of them is confirmed only with a reason.
# The dialog offers three policies; a hand-edited list of codes in ui.ini is not offered there (it falls back).
BLOCKING_WARNINGS = Preference(
    "review/blocking_warnings",
    str,
    ",".join(sorted(DEFAULT_BLOCKING)),
    choices=(",".join(sorted(DEFAULT_BLOCKING)), "", ",".join(sorted(code.value for code in WarningCode))),
    choice_labels=(
        QT_TRANSLATE_NOOP("Preferences", "Authenticity warnings (photocopy, re-shot, screenshot, edited, …)"),
        QT_TRANSLATE_NOOP("Preferences", "None (warnings only inform)"),
        QT_TRANSLATE_NOOP("Preferences", "Every warning, quality ones too"),
    ),
    label=QT_TRANSLATE_NOOP("Preferences", "Warnings that block Confirm until accepted with a reason"),
    in_dialog=True,
)
# Issue 15 (ocrdesk.verification): blind double entry and documents that confirm themselves.
DOUBLE_ENTRY = Preference(
    "review/double_entry",
    bool,
    False,
    label=QT_TRANSLATE_NOOP("Preferences", "Type ID and card numbers blind (double entry)"),
    in_dialog=True,
)
# comma-separated field keys typed blind, per document type (a hand edit in ui.ini; empty: none)
BLIND_FIELDS = Preference(
    "review/blind_fields/{}",
    str,
    "id_number,card_number",
    label=QT_TRANSLATE_NOOP("Preferences", "Fields typed blind"),
)
AUTO_CONFIRM = Preference(
    "review/auto_confirm",
    bool,
    False,
    label=QT_TRANSLATE_NOOP("Preferences", "Confirm clean documents by rule (auto-confirm)"),
    in_dialog=True,
)
AUTO_CONFIRM_THRESHOLD = Preference(
    "review/auto_confirm_threshold",
    int,
    95,
    minimum=50,
    maximum=100,
    label=QT_TRANSLATE_NOOP("Preferences", "Auto-confirm: lowest confidence (%)"),
    in_dialog=True,
)
# per document type (a hand edit in ui.ini); 0 follows the threshold above
AUTO_CONFIRM_TYPE_THRESHOLD = Preference(
    "review/auto_confirm_threshold_by_type/{}",
    int,
    0,
    minimum=0,
    maximum=100,
    label=QT_TRANSLATE_NOOP("Preferences", "Auto-confirm: lowest confidence for a document type (%)"),
)
AUTO_CONFIRM_AGREEMENT = Preference(
    "review/auto_confirm_agreement",
    bool,
    False,
    label=QT_TRANSLATE_NOOP("Preferences", "Auto-confirm only where a second engine agrees"),
    in_dialog=True,
)
AUTO_CONFIRM_SAMPLE = Preference(
    "review/auto_confirm_sample",
    int,
    5,
    minimum=0,
    maximum=100,
    label=QT_TRANSLATE_NOOP("Preferences", "Auto-confirm: share sent to an operator anyway (%)"),
    in_dialog=True,
)
SHORTCUT = Preference(
    "shortcuts/{}", str, "", label=QT_TRANSLATE_NOOP("Preferences", "Keys of an action (overrides its default)")
)

PREFERENCES: tuple[Preference[Any], ...] = (
    LANGUAGE,  # first: the Preferences dialog lists its preferences in this order
    LAST_OPEN_DIR,
    RECENT_PATHS,
    LAST_EXPORT_DIR,
    LAST_EXPORT_FILTER,
    PROVIDER,
    DOC_TYPE,
    PDF_DPI,
    INCLUDE_SUBFOLDERS,
    CAMERA_SOURCE,
    CAMERA_RESOLUTION,
    AUTO_CAPTURE,
    NORMALIZE_DATES,
    BLOCKING_WARNINGS,
    DOUBLE_ENTRY,
    BLIND_FIELDS,
    AUTO_CONFIRM,
    AUTO_CONFIRM_THRESHOLD,
    AUTO_CONFIRM_TYPE_THRESHOLD,
    AUTO_CONFIRM_AGREEMENT,
    AUTO_CONFIRM_SAMPLE,
    SHORTCUT,
)


def problem(preference: Preference[Any], value: object) -> str:
    """Why `value` cannot be held by the preference ('' when it can)."""
    kind = preference.type
    # bool is an int to Python: a True must not pass for a resolution
    if type(value) is not kind:
        return f"expected {kind.__name__}, found {type(value).__name__}"
    if isinstance(value, int) and not isinstance(value, bool):
        if preference.minimum is not None and value < preference.minimum:
            return f"below the minimum {preference.minimum}"
        if preference.maximum is not None and value > preference.maximum:
            return f"above the maximum {preference.maximum}"
    if preference.choices and value not in preference.choices:
        return "not one of the choices"
    return ""


def _parse(kind: type, raw: object) -> object:
    """A value as QSettings hands it back from an INI file (strings, or a list when it held commas)."""
    if kind is bool and isinstance(raw, str) and raw.strip().lower() in (_TRUE, _FALSE):
        return raw.strip().lower() == _TRUE
    if kind is int and isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            return raw
    if kind is str and isinstance(raw, list) and all(isinstance(part, str) for part in raw):
        return ", ".join(raw)  # an unquoted value with commas comes back split
    return raw


def decode(preference: Preference[T], raw: object, key: str = "") -> T:
    """The stored value as the preference's type; the default when it is missing or not acceptable."""
    if raw is None:
        return preference.default
    value = _parse(preference.type, raw)
    reason = problem(preference, value)
    if reason:
        # the value itself stays out of the log: a path or a key is of no use to anyone reading it
        log.warning("ignoring the stored %s (%s); using the default", key or preference.key, reason)
        return preference.default
    return value  # type: ignore[return-value]  # problem() checked the type


def encode(preference: Preference[T], value: T) -> str | int:
    """What to hand QSettings; PreferenceError for a value the preference cannot hold."""
    reason = problem(preference, value)
    if reason:
        raise PreferenceError(f"{preference.key}: {reason}")
    if isinstance(value, bool):
        return _TRUE if value else _FALSE
    return value
