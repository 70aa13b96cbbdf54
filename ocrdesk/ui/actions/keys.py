"""Keys: the spec's key names as QKeySequences, how they are shown, and which ones an action may not take.

Rules a key must pass to be an action's (the shortcuts dialog and stored overrides alike):
- no other action uses it (and no key of the field list: Tab, Shift+Tab, Up, Down, F2, Enter);
- it is not a plain typing key (a letter, digit or sign without Ctrl/Alt/Meta): typing in the field
  list starts editing, and Chinese input methods type Latin letters first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from ocrdesk.ui.actions.specs import CONTEXT, STANDARD

# Keys the field list itself uses (not actions, so not configurable): (keys, what they do).
FIELD_LIST_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Down / Up", "Next / previous field"),
    ("F2, or just type", "Edit the value"),
    ("Enter", "Commit the value (the only key that does)"),
    ("Esc", "Discard the typing"),
)
RESERVED = tuple(QKeySequence(k) for k in ("Tab", "Shift+Tab", "Backtab", "Up", "Down", "F2", "Return", "Enter"))
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


# the context of the texts the shortcuts dialog and the help overlay show (the table's own are in CONTEXT)
SHORTCUTS_CONTEXT = "Shortcuts"


def translate(text: str, context: str = CONTEXT) -> str:
    """`text` in the UI's language (the English source text until a translator is installed)."""
    return QCoreApplication.translate(context, text)


def _tr(text: str) -> str:
    return translate(text, SHORTCUTS_CONTEXT)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic and ellipsis, as a list shows it."""
    return text.replace("&", "").replace("…", "").strip()


def sequences(keys: Iterable[str]) -> list[QKeySequence]:
    """Distinct, non-empty sequences (a duplicate would make Qt report an ambiguous shortcut);
    "std:Name" stands for all the platform's keys of QKeySequence.StandardKey.Name."""
    result: list[QKeySequence] = []
    for key in keys:
        if key.startswith(STANDARD):
            found = QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, key.removeprefix(STANDARD)))
        else:
            found = [QKeySequence(key)]
        result += [s for s in found if not s.isEmpty() and s not in result]
    return result


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def ordinary_key(sequence: QKeySequence) -> bool:
    """Keys every keyboard has: not the dedicated Open/Undo/Paste… keys or F13-F35 that Qt adds
    to the standard bindings on some platforms (they only clutter the list)."""
    if sequence.isEmpty():
        return False
    key = int(sequence[0].key())  # type: ignore[index]  # the stubs lack QKeySequence.__getitem__
    return key < int(Qt.Key.Key_Escape) or key <= int(Qt.Key.Key_F12)


def shown_keys(keys: Iterable[QKeySequence]) -> str:
    return " or ".join(native(s) for s in keys if ordinary_key(s))


def is_typing_key(sequence: QKeySequence) -> bool:
    """A first chord without Ctrl/Alt/Meta whose key types a character."""
    if sequence.isEmpty():
        return False
    combination = sequence[0]  # type: ignore[index]  # the stubs lack QKeySequence.__getitem__
    key = combination.key()
    return not (combination.keyboardModifiers() & _MODIFIERS) and int(key) < 0x01000000 and key != Qt.Key.Key_Escape


def problem_with(
    sequence: QKeySequence, name: str, assigned: Mapping[str, list[QKeySequence]], texts: Mapping[str, str]
) -> str:
    """Why `sequence` cannot be the key of action `name` ('' when it can)."""
    if sequence.isEmpty():
        return ""
    if is_typing_key(sequence):
        return _tr("{key} types into the field: use Ctrl, Alt or a function key").format(key=native(sequence))
    if any(sequence.matches(reserved) == QKeySequence.SequenceMatch.ExactMatch for reserved in RESERVED):
        return _tr("{key} moves between fields or edits them").format(key=native(sequence))
    for other, others in assigned.items():
        if other != name and sequence in others:
            both = _tr("{key} is used by both “{one}” and “{other}”")
            return both.format(key=native(sequence), one=texts.get(name, name), other=texts.get(other, other))
    return ""
