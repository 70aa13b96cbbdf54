"""Keys: the spec's key names as QKeySequences, how they are shown, and which ones an action may not take.

Rules a key must pass to be an action's (the shortcuts dialog and stored overrides alike):
- no other action uses it (and no key of the field list: Tab, Shift+Tab, Up, Down, F2, Enter);
- it is not a plain typing key (a letter, digit or sign without Ctrl/Alt/Meta): typing in the field
  list starts editing, and Chinese input methods type Latin letters first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from ocrdesk.i18n import QT_TRANSLATE_NOOP
from ocrdesk.ui.actions.specs import CONTEXT, STANDARD

# Keys the field list itself uses (not actions, so not configurable): (keys, what they do); the
# keys are shown as Qt names them in the UI's language.
FIELD_LIST_KEYS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous field")),
    (("Down", "Up"), QT_TRANSLATE_NOOP("Shortcuts", "Next / previous field")),
    (("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Edit the value (or just type)")),
    (("Enter",), QT_TRANSLATE_NOOP("Shortcuts", "Commit the value (the only key that does)")),
    (("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Discard the typing")),
)
RESERVED = tuple(QKeySequence(k) for k in ("Tab", "Shift+Tab", "Backtab", "Up", "Down", "F2", "Return", "Enter"))
_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


# the context of the texts the shortcuts dialog and the help overlay show (the table's own are in CONTEXT)
SHORTCUTS_CONTEXT = "Shortcuts"
# a mnemonic Chinese menus append, "打开(&O)…": lists show the text without it
_APPENDED_MNEMONIC = re.compile(r"\s*\(&[^)]\)")


def action_text(text: str) -> str:
    """A text of the action table (specs.py) in the UI's language (the source text until a translator
    is installed). Not named `translate`: lupdate would read its arguments as (context, text)."""
    return QCoreApplication.translate(CONTEXT, text)


def shortcut_text(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Shortcuts", …), in the UI's language."""
    return QCoreApplication.translate(SHORTCUTS_CONTEXT, text)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic and ellipsis, as a list shows it."""
    return _APPENDED_MNEMONIC.sub("", text).replace("&", "").replace("…", "").strip()


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
    """ "Ctrl+= or Ctrl++": the keys every keyboard has, as Qt names them in the UI's language."""
    between = QCoreApplication.translate("Shortcuts", "{key} or {other}")
    # distinct names: Chinese calls both Return and Enter "回车" ("Ctrl+回车 或 Ctrl+回车" says nothing)
    shown = list(dict.fromkeys(native(s) for s in keys if ordinary_key(s)))
    return functools.reduce(lambda left, right: between.format(key=left, other=right), shown) if shown else ""


def field_list_keys(keys: tuple[str, ...]) -> str:
    return " / ".join(native(QKeySequence(key)) for key in keys)


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
        problem = QCoreApplication.translate("Shortcuts", "{key} types into the field: use Ctrl, Alt or a function key")
        return problem.format(key=native(sequence))
    if any(sequence.matches(reserved) == QKeySequence.SequenceMatch.ExactMatch for reserved in RESERVED):
        return QCoreApplication.translate("Shortcuts", "{key} moves between fields or edits them").format(
            key=native(sequence)
        )
    for other, others in assigned.items():
        if other != name and sequence in others:
            both = QCoreApplication.translate("Shortcuts", "{key} is used by both “{one}” and “{other}”")
            return both.format(key=native(sequence), one=texts.get(name, name), other=texts.get(other, other))
    return ""
